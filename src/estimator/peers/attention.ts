// What other counting tools report for nn.MultiheadAttention (peers-modules.md §5), each tool
// run on PyTorch 2.x as its users run it today, the module on its ordinary path (not the fused
// inference kernel). On 2.x, need_weights=False sends the attention core through
// scaled_dot_product_attention, which several tools do not see. Counts are exact bigints; a count
// is null where the tool raises or reports nothing, with a note saying why.
import type { PeerCount } from '../core/module.ts';
import { assemble, type Answer } from './kinds.ts';

/** What the formulas read of a valid call. */
export interface AttentionView {
  embed_dim: bigint;
  num_heads: bigint;
  bias: boolean;
  kdim: bigint | null;
  vdim: bigint | null;
  batch_first: boolean;
  need_weights: boolean;
  average_attn_weights: boolean;
  attn_mask: string;
  key_padding_mask: string;
  training: boolean;
  add_bias_kv: boolean;
  add_zero_attn: boolean;
  query_shape: readonly bigint[];
  /** N, L, S′ (keys attended to) and S (keys given). */
  batch: bigint;
  target_length: bigint;
  source_length: bigint;
  keys: bigint;
}

const SDPA = 'With need_weights=False, PyTorch 2.x computes the scores and the weighted sum in scaled_dot_product_attention';

/** Every tool's number for a valid MultiheadAttention call. */
export function attentionPeers(p: AttentionView): Record<string, PeerCount> {
  const E = p.embed_dim;
  const h = p.num_heads;
  const kd = p.kdim ?? E;
  const vd = p.vdim ?? E;
  const { batch: N, target_length: L, source_length: S1, keys: S } = p;
  const batched = p.query_shape.length === 3;
  /** The four projections' products. */
  const Pr = N * E * (2n * L * E + S * kd + S * vd);
  /** QKᵀ and A·V as the batched products see them, over the S′ keys attended to. */
  const At = 2n * N * L * S1 * E;
  /** Softmax elements. */
  const Sm = N * h * L * S1;
  const masked = p.attn_mask !== 'none' || p.key_padding_mask !== 'none';
  const core = p.need_weights;
  const fused = !p.training && p.batch_first && batched && !p.add_bias_kv && !p.add_zero_attn && kd === E && vd === E && p.bias && p.attn_mask === 'none';
  const fusedNote = fused ? ' Under no_grad with the query, key and value one tensor (self-attention), PyTorch runs its fused kernel instead, which the tool does not count: 0.' : '';

  // ptflops' hook reads q, k and v positionally as 3-d tensors; its N₀ is the query's first size (the root model's first input).
  let ptflops: Answer;
  if (!batched) ptflops = { count: null, note: 'Its hook reads the third size of the query, which an unbatched (2-d) query does not have: IndexError, so the tool reports nothing.' };
  else if (p.query_shape[0] === 0n) ptflops = { count: null, note: 'The query’s first size is 0, and the tool divides its total by it: ZeroDivisionError, so it reports nothing.' };
  else {
    const n0 = p.query_shape[0];
    const vh = vd / h;
    const hook = N * (L * E + L * E * E + S * kd * kd + S * vd * vd + (p.bias ? (L + 2n * S) * E : 0n) + h * (L * S * (E / h) + L * S + L * S * vh) + L * vd * (vd + 1n));
    const maskNumel = p.key_padding_mask !== 'none' ? (p.attn_mask !== 'none' ? Sm : N * h * S1) : p.attn_mask !== 'none' ? L * S1 : 0n;
    const functional = core ? At + Sm + maskNumel : 0n;
    const rounded = hook % n0 !== 0n ? ' The tool prints the fraction; the value here is rounded down.' : '';
    ptflops = {
      count: hook / n0 + functional,
      perSample: true,
      note: `Its hook’s total (the K and V projections taken as k_dim² and v_dim², the softmax as one per score, the output projection with a bias always) is divided by N₀ = ${n0}, the query’s first size${batched && !p.batch_first ? ', which is L, not the batch, for a sequence-first query' : ''}.${core ? ' The patched torch.bmm and F.softmax inside the functional then add the attention core and the softmax again, undivided.' : ''}${rounded}`,
    };
  }

  // ptflops' aten backend: matrix products, with the bias where ATen's linear uses addmm (a contiguous input).
  const inBias = p.bias && !(p.batch_first && batched) ? N * (L + 2n * S) * E : 0n;
  const outBias = p.bias ? N * L * E : 0n;
  const atenCore = core ? (masked ? At / 2n : At) : 0n;

  return assemble({
    flopcountermode: {
      count: 2n * (Pr + (core ? At : 0n)),
      note: `${core ? 'Two FLOPs per product of the projections and of QKᵀ and A·V; biases, scaling and softmax are not counted.' : `${SDPA}, whose CPU kernel is not in its registry (pytorch #195460): only the projections are counted.`}${fusedNote}`,
    },
    fvcore: { count: Pr + (core ? At : 0n), note: core ? undefined : `${SDPA}, an operator fvcore does not support (it warns and skips it).` },
    ptflops,
    ptflops_aten: {
      count: Pr + inBias + outBias + atenCore,
      note: [
        !core ? `${SDPA}, which the backend does not map.` : masked ? 'With a mask the scores come from baddbmm, which the backend does not map: QKᵀ is left out.' : undefined,
        p.bias && p.batch_first && batched ? 'With batch_first the transposed inputs make ATen’s linear add the input bias separately, which the backend does not count.' : undefined,
      ].filter(Boolean).join(' ') || undefined,
    },
    thop: { count: 0n, note: 'MultiheadAttention has no rule, and its child out_proj is never called (the functional uses its weights): 0.' },
    uthop: { count: Pr + At + 2n * Sm + N * h * L * (S1 > 0n ? S1 - 1n : 0n), note: 'Its MultiheadAttention rule (registered only where hooks see keyword arguments, PyTorch 2.0 and later) counts the projections, QKᵀ and A·V, and per softmax row of n scores n exponentials, n − 1 additions and n divisions.' },
    calflops_flops: { count: 2n * Pr + (core ? Sm : 0n), note: 'torch.bmm is not patched and scaled_dot_product_attention is not either, so QKᵀ and A·V are never counted.' },
    calflops_macs: { count: Pr },
    deepspeed_flops: { count: 2n * (Pr + At) + (core ? Sm : 0n), note: core ? 'One FLOP per softmax element; the scaling is not counted.' : 'scaled_dot_product_attention is patched (v0.13.3 and later): two FLOPs per product of the core.' },
    deepspeed_macs: { count: Pr + At },
    torchinfo: { count: 0n, note: 'MultiheadAttention is not a leaf (it has the child out_proj), torchinfo sums leaves only, and out_proj never runs: 0.' },
    torchprofile: {
      count: Pr + At + (core ? N * L * E + (p.average_attn_weights ? N * L * S1 : 0n) : 0n),
      note: core ? 'On PyTorch 2.x the traced graph also has the query’s scaling (aten::mul)' + (p.average_attn_weights ? ' and the mean over heads (aten::mean), each counted one per element.' : ', counted one per element.') : undefined,
    },
    moduleprofiler: { count: null, note: 'Its ops map has no entry for MultiheadAttention: the default function returns None.' },
  });
}
