// torch.nn.MultiheadAttention: scaled dot-product attention over num_heads heads, with learned
// projections of the query, key and value in and of the result out. One call is declared by the
// constructor's arguments, the forward call's (need_weights, the masks by kind,
// average_attn_weights), the module's mode and the three input shapes.
import { genericTorchExpression } from '../core/define.ts';
import type { MethodSpec, ModuleDefinition, Outcome, Warning } from '../core/module.ts';
import { INT64_MIN, type ParamsOf, type ParamValues } from '../core/params.ts';
import { mhaDense, mhaExact, mhaSizes, type MhaExact, type MhaSizes } from './counts.ts';
import { MASK_KINDS, mhaRules } from './rules.ts';

const shape = <N extends string>(name: N, label: string, symbol: string, help: string, initial: readonly bigint[]) =>
  ({ name, kind: 'shape', role: 'input', label, symbol, help, minRank: 0, maxRank: 8, initial }) as const;

const maskParam = <N extends string>(name: N, help: string) =>
  ({ name, kind: 'enum', label: name, symbol: '', help, options: MASK_KINDS, torchDefault: 'none', initial: 'none' }) as const;

export const params = [
  { name: 'embed_dim', kind: 'int', label: 'embed_dim', symbol: 'E', help: 'Width of the model: the query’s features, and the width every head’s output is projected back to.', initial: 768n, min: INT64_MIN },
  { name: 'num_heads', kind: 'int', label: 'num_heads', symbol: 'h', help: 'Parallel attention heads; each works on embed_dim / num_heads features, so it must divide embed_dim.', initial: 12n, min: INT64_MIN },
  { name: 'dropout', kind: 'float', label: 'dropout', symbol: 'p', help: 'Probability of zeroing an attention weight, in training mode only; 0 for none.', torchDefault: 0, initial: 0 },
  { name: 'bias', kind: 'bool', label: 'bias', symbol: 'b', help: 'Whether the input and output projections add a bias.', torchDefault: true, initial: true },
  { name: 'add_bias_kv', kind: 'bool', label: 'add_bias_kv', symbol: '', help: 'Append a learned key and value to every sequence: one more key to attend to.', torchDefault: false, initial: false },
  { name: 'add_zero_attn', kind: 'bool', label: 'add_zero_attn', symbol: '', help: 'Append an all-zero key and value after the projections: one more key to attend to.', torchDefault: false, initial: false },
  { name: 'kdim', kind: 'int', label: 'kdim', symbol: 'E_k', help: 'Features of the key; empty (None) for embed_dim.', initial: null, min: INT64_MIN, nullable: { meaning: 'None: the key has embed_dim features', toggle: 'None (embed_dim)' } },
  { name: 'vdim', kind: 'int', label: 'vdim', symbol: 'E_v', help: 'Features of the value; empty (None) for embed_dim.', initial: null, min: INT64_MIN, nullable: { meaning: 'None: the value has embed_dim features', toggle: 'None (embed_dim)' } },
  { name: 'batch_first', kind: 'bool', label: 'batch_first', symbol: '', help: 'Batched inputs and output as (N, L, E) instead of (L, N, E); an unbatched call ignores it.', torchDefault: false, initial: false },
  maskParam('key_padding_mask', 'The key_padding_mask forward gets, by kind: none, bool (True ignores that key) or float (added to the scores); its shape is (N, S), or (S,) unbatched.'),
  { name: 'need_weights', kind: 'bool', label: 'need_weights', symbol: '', help: 'forward’s need_weights: also return the attention weights (PyTorch’s default).', torchDefault: true, initial: true },
  maskParam('attn_mask', 'The attn_mask forward gets, by kind: none, bool (True forbids that position) or float (added to the scores); its shape is (L, S) or (N·num_heads, L, S).'),
  { name: 'average_attn_weights', kind: 'bool', label: 'average_attn_weights', symbol: '', help: 'forward’s average_attn_weights: with need_weights, return the weights averaged over the heads (the default) instead of one set per head.', torchDefault: true, initial: true },
  { name: 'training', kind: 'bool', label: 'training', symbol: '', help: 'The module’s mode at the forward pass: true after .train() (PyTorch’s default), false after .eval(). Only dropout depends on it. Not a constructor argument.', torchDefault: true, initial: false },
  shape('query_shape', 'Query shape', 'q', 'The query as passed to forward: (L, N, E), (N, L, E) with batch_first, or (L, E) unbatched.', [128n, 8n, 768n]),
  shape('key_shape', 'Key shape', 'k', 'The key: (S, N, kdim), (N, S, kdim) with batch_first, or (S, kdim) unbatched. Self-attention passes the query again.', [128n, 8n, 768n]),
  shape('value_shape', 'Value shape', 'v', 'The value: (S, N, vdim), (N, S, vdim) with batch_first, or (S, vdim) unbatched; S and N as the key’s.', [128n, 8n, 768n]),
] as const;

export type MultiheadAttentionParams = ParamsOf<typeof params>;

export type MultiheadAttentionResult = {
  ok: true;
  params: MultiheadAttentionParams;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  documented: null;
  exact: MhaExact;
  dense: { macs: bigint; total_ops: bigint };
} & MhaSizes;

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count, by kind (PyTorch’s attention, stage by stage)',
  summary: 'The four projections’ dot products and biases, q divided by √d, the scores QKᵀ plus the mask, a max-subtracted softmax per row, dropout in training, the weighted sum of the values and the head average of the returned weights.',
  quantities: [
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-exact-mults' },
    { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-exact-adds' },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', equation: 'eq-exact-divs' },
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', equation: 'eq-softmax' },
    { key: 'comparisons', label: 'Comparisons (row maxima)', unit: 'comparisons', equation: 'eq-softmax' },
    { key: 'logical_ors', label: 'Logical ORs (merging a bool attn_mask with key_padding_mask)', unit: 'logical ORs', equation: 'eq-masks' },
    { key: 'random_draws', label: 'Random draws (dropout)', unit: 'draws', equation: 'eq-dropout' },
    { key: 'macs', label: 'MACs (products in dot products)', unit: 'MACs', equation: 'eq-exact-macs' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact-total' },
  ],
};

export const denseMethod: MethodSpec = {
  id: 'dense',
  label: 'Counters’ convention (fvcore, DeepSpeed, FlopCounterMode)',
  summary: 'One MAC per product of the four projections and of the two batched products QKᵀ and A·V; FLOPs taken as twice the MACs; biases, scaling, softmax, masks and dropout left out.',
  quantities: [
    { key: 'macs', label: 'MACs', unit: 'MACs', equation: 'eq-dense' },
    { key: 'total_ops', label: 'FLOPs (2 per MAC)', unit: 'FLOPs', equation: 'eq-dense' },
  ],
};

/** The shapes forward returns: attn_output like the query, and the weights (empty when not returned). */
function outputShapes(p: MultiheadAttentionParams, z: MhaSizes): bigint[][] {
  const batched = p.query_shape.length === 3;
  const out = [...p.query_shape];
  const { batch: N, target_length: L, source_length: S1 } = z;
  const lead = batched ? [N] : [];
  const weights = !p.need_weights ? [] : p.average_attn_weights ? [...lead, L, S1] : [...lead, p.num_heads, L, S1];
  return [out, weights];
}

/** eq-sizes … eq-dense: the counts of one call, in closed form. */
export function estimate(p: MultiheadAttentionParams): Outcome<MultiheadAttentionParams> {
  const error = mhaRules(p);
  if (error) return { ok: false, error };
  const sizes = mhaSizes(p);
  const result: MultiheadAttentionResult = {
    ok: true,
    params: p,
    output_shapes: outputShapes(p, sizes),
    ...sizes,
    documented: null,
    exact: mhaExact(p, sizes).exact,
    dense: mhaDense(p, sizes),
  };
  return result;
}

/** The constructor's arguments but kdim and vdim (the forward call's and the mode are not in the expression). */
const CONSTRUCTOR = new Set(['embed_dim', 'num_heads', 'dropout', 'bias', 'add_bias_kv', 'add_zero_attn', 'batch_first']);

/** PyTorch's constructor call: nn.MultiheadAttention(512, 8, dropout=0.1, kdim=256); kdim and vdim by keyword when not None. */
function torchExpression(p: MultiheadAttentionParams): string {
  const base = genericTorchExpression({ params: params.filter((s) => CONSTRUCTOR.has(s.name)), title: 'MultiheadAttention' }, p);
  const dims = (['kdim', 'vdim'] as const).filter((k) => p[k] !== null).map((k) => `, ${k}=${p[k]}`);
  return `${base.slice(0, -1)}${dims.join('')})`;
}

/**
 * need_weights and average_attn_weights from what a traced call returned: no weights (None), or
 * weights of the query's rank (averaged over the heads) or one more (per head).
 */
function fromOutputs(outputs: readonly (readonly bigint[] | null)[], inputs: readonly (readonly bigint[] | null)[]): Record<string, unknown> {
  const weights = outputs[1];
  // None in a trace (null); the weights are never 0-d, so an empty shape means none too.
  if (!weights || weights.length === 0) return { need_weights: false };
  const rank = inputs[0]?.length ?? 3;
  return { need_weights: true, average_attn_weights: weights.length === rank };
}

export const definition: ModuleDefinition<MultiheadAttentionParams> = {
  id: 'multiheadattention',
  torchName: 'torch.nn.MultiheadAttention',
  title: 'MultiheadAttention',
  family: 'Attention',
  summary: 'Scaled dot-product attention over several heads, with learned projections of the query, key and value, and of the result.',
  params,
  fromValues: (v: ParamValues) => ({ ...v }) as unknown as MultiheadAttentionParams,
  inputs: [
    { name: 'query', shape: 'query_shape', batchOptional: true, dims: [{ param: 'query_shape', symbol: 'L' }, { param: 'query_shape', symbol: 'N' }, { param: 'query_shape', symbol: 'E' }] },
    { name: 'key', shape: 'key_shape', batchOptional: true, dims: [{ param: 'key_shape', symbol: 'S' }, { param: 'key_shape', symbol: 'N' }, { param: 'key_shape', symbol: 'E_k' }] },
    { name: 'value', shape: 'value_shape', batchOptional: true, dims: [{ param: 'value_shape', symbol: 'S' }, { param: 'value_shape', symbol: 'N' }, { param: 'value_shape', symbol: 'E_v' }] },
  ],
  outputs: ['attn_output', 'attn_output_weights'],
  methods: [exactMethod, denseMethod],
  sizes: [
    { key: 'batch', label: 'Batch N (1 unbatched)', unit: 'sequences', equation: 'eq-sizes' },
    { key: 'target_length', label: 'Query length L', unit: 'positions', equation: 'eq-sizes' },
    { key: 'source_length', label: 'Keys attended to S′', unit: 'keys', equation: 'eq-sizes' },
    { key: 'head_dim', label: 'Head width d = E / h', unit: 'features', equation: 'eq-sizes' },
    { key: 'scores', label: 'Attention scores N·h·L·S′', unit: 'scores', equation: 'eq-sizes' },
  ],
  headline: [
    { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
    { method: 'exact', key: 'macs' },
    { method: 'dense', key: 'macs' },
  ],
  estimate,
  versions: [{ version: 1, date: '2026-12-02', estimate }],
  documentedSource: null,
  torchExpression,
  fromOutputs,
  traceAssumes:
    'its masks (attn_mask, key_padding_mask) are passed by keyword, which a trace does not identify, so every call is counted without one; a masked call adds one addition per attention score, and as many logical ORs when a boolean attn_mask meets a key_padding_mask.',
};
