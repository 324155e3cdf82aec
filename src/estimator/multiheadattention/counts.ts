// The counts of one nn.MultiheadAttention call in closed form, stage by stage as PyTorch 1.13's
// F.multi_head_attention_forward runs them: the three input projections, q scaled by √d, the
// scores QKᵀ (plus the mask), a softmax per row, dropout, the weighted sum of the values, the
// output projection and the head average of the returned weights. Valid arguments only (rules.ts).
import { dropoutCounts } from '../dropout/index.ts';
import { softmaxRows } from '../softmax/index.ts';
import { floorDiv, type MhaArgs } from './rules.ts';

const max0 = (v: bigint) => (v > 0n ? v : 0n);

/** The sizes the derivation names. */
export type MhaSizes = {
  /** N: the batch (1 for an unbatched call). */
  batch: bigint;
  /** L: the query's length. */
  target_length: bigint;
  /** S′: the keys attended to, S plus one for add_bias_kv and one for add_zero_attn. */
  source_length: bigint;
  /** d = E / h. */
  head_dim: bigint;
  /** N·h·L·S′: the attention scores (and weights). */
  scores: bigint;
};

export type MhaExact = {
  multiplications: bigint;
  additions: bigint;
  divisions: bigint;
  exponentials: bigint;
  comparisons: bigint;
  logical_ors: bigint;
  random_draws: bigint;
  macs: bigint;
  total_ops: bigint;
};

/** S: the keys given, before add_bias_kv and add_zero_attn append theirs. */
export const keysGiven = (p: Pick<MhaArgs, 'add_bias_kv' | 'add_zero_attn'>, S1: bigint) => S1 - (p.add_bias_kv ? 1n : 0n) - (p.add_zero_attn ? 1n : 0n);

/** The sizes of a valid call (eq-sizes). */
export function mhaSizes(p: MhaArgs): MhaSizes {
  const batched = p.query_shape.length === 3;
  const [lq, nq] = batched && p.batch_first ? [1, 0] : [0, 1];
  const N = batched ? p.query_shape[nq] : 1n;
  const L = p.query_shape[lq];
  const S = p.key_shape[batched ? lq : 0];
  const S1 = S + (p.add_bias_kv ? 1n : 0n) + (p.add_zero_attn ? 1n : 0n);
  const d = floorDiv(p.embed_dim, p.num_heads);
  return { batch: N, target_length: L, source_length: S1, head_dim: d, scores: N * p.num_heads * L * S1 };
}

/** Products and additions of a projection of `rows` vectors of `inF` features to `outF` (eq-linear-part). */
export function projection(rows: bigint, inF: bigint, outF: bigint, bias: boolean) {
  return { multiplications: rows * outF * inF, additions: rows * outF * max0(inF + (bias ? 1n : 0n) - 1n) };
}

/** The exact count, by kind (eq-exact-*), and the stages it sums. */
export function mhaExact(p: MhaArgs, z: MhaSizes) {
  const E = p.embed_dim;
  const { batch: N, target_length: L, source_length: S1, head_dim: d, scores: M } = z;
  const h = p.num_heads;
  const S = keysGiven(p, S1);
  const kdim = p.kdim ?? E;
  const vdim = p.vdim ?? E;
  const q = projection(N * L, E, E, p.bias);
  const k = projection(N * S, kdim, E, p.bias);
  const v = projection(N * S, vdim, E, p.bias);
  const out = projection(N * L, E, E, p.bias);
  const masked = p.attn_mask !== 'none' || p.key_padding_mask !== 'none';
  const rows = N * h * L;
  const stages = {
    in_projection: { multiplications: q.multiplications + k.multiplications + v.multiplications, additions: q.additions + k.additions + v.additions },
    scaling: { divisions: N * L * E },
    scores: { multiplications: M * d, additions: M * max0(d - 1n) + (masked ? M : 0n) },
    mask_merge: { logical_ors: p.attn_mask === 'bool' && p.key_padding_mask !== 'none' ? M : 0n },
    softmax: softmaxRows(rows, S1),
    // Only in training with dropout > 0 (a negative dropout is never applied), as nn.Dropout counts it.
    dropout: dropoutCounts(p.training, p.dropout, M),
    weighted_sum: { multiplications: M * d, additions: N * h * L * d * max0(S1 - 1n) },
    out_projection: out,
    head_average: p.need_weights && p.average_attn_weights ? { additions: N * L * S1 * max0(h - 1n), divisions: N * L * S1 } : {},
  };
  const total: Record<string, bigint> = {};
  for (const stage of Object.values(stages)) for (const [key, n] of Object.entries(stage)) total[key] = (total[key] ?? 0n) + (n as bigint);
  const exact: MhaExact = {
    multiplications: total.multiplications ?? 0n,
    additions: total.additions ?? 0n,
    divisions: total.divisions ?? 0n,
    exponentials: total.exponentials ?? 0n,
    comparisons: total.comparisons ?? 0n,
    logical_ors: total.logical_ors ?? 0n,
    random_draws: total.random_draws ?? 0n,
    // The products inside dot products: projections, scores and the weighted sum.
    macs: stages.in_projection.multiplications + stages.scores.multiplications + stages.weighted_sum.multiplications + out.multiplications,
    total_ops: 0n,
  };
  exact.total_ops = exact.multiplications + exact.additions + exact.divisions + exact.exponentials + exact.comparisons + exact.logical_ors + exact.random_draws;
  return { exact, stages };
}

/** The counters' convention (eq-dense): one MAC per product of the four projections and the two batched products. */
export function mhaDense(p: MhaArgs, z: MhaSizes): { macs: bigint; total_ops: bigint } {
  const E = p.embed_dim;
  const { batch: N, target_length: L, source_length: S1 } = z;
  const S = keysGiven(p, S1);
  const projections = N * E * (L * E + S * (p.kdim ?? E) + S * (p.vdim ?? E) + L * E);
  const attention = 2n * N * L * S1 * E;
  const macs = projections + attention;
  return { macs, total_ops: 2n * macs };
}
