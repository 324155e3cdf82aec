// PyTorch 1.13's checks for nn.MultiheadAttention, in its order and words: the constructor
// (head_dim = embed_dim // num_heads, the weights, Xavier initialisation), the three inputs, then
// MultiheadAttention.forward and F.multi_head_attention_forward up to the reshapes into heads and
// the dropout on the attention weights. The golden records (tests/fixtures/golden/) hold each message.
import type { InvalidInput } from '../core/module.ts';
import { pyFloat } from '../dropout/index.ts';
import { creationError, listText } from '../core/tensors.ts';

/** The arguments the rules and the counts read (index.ts declares them). */
export interface MhaArgs {
  embed_dim: bigint;
  num_heads: bigint;
  dropout: number;
  bias: boolean;
  add_bias_kv: boolean;
  add_zero_attn: boolean;
  kdim: bigint | null;
  vdim: bigint | null;
  batch_first: boolean;
  need_weights: boolean;
  key_padding_mask: string;
  attn_mask: string;
  average_attn_weights: boolean;
  training: boolean;
  query_shape: readonly bigint[];
  key_shape: readonly bigint[];
  value_shape: readonly bigint[];
}

export const MASK_KINDS = ['none', 'bool', 'float'] as const;

function err(rule: string, param: string, message: string, stage: string, type: string, torch: string): InvalidInput {
  return { rule, param, message, torch: { stage, type, message: torch } };
}

/** Python's floor division, as `embed_dim // num_heads` computes it (num_heads ≠ 0). */
export const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
};

/** torch.Size's repr in an assertion message: torch.Size([3, 1, 8]). */
const sizeText = (s: readonly bigint[]) => `torch.Size(${listText(s)})`;

/**
 * Tensor.view's size inference (ATen's infer_size): one -1 is inferred, any other negative size
 * is refused, and the sizes must hold exactly the tensor's elements.
 */
function viewError(sizes: readonly bigint[], elements: bigint): string | null {
  let inferred = -1;
  let known = 1n;
  for (const [i, s] of sizes.entries()) {
    if (s === -1n) {
      if (inferred >= 0) return 'only one dimension can be inferred';
      inferred = i;
    } else if (s < 0n) return `invalid shape dimension ${s}`;
    else known *= s;
  }
  const fits = inferred >= 0 ? known > 0n && elements % known === 0n : known === elements;
  return fits ? null : `shape '${listText(sizes)}' is invalid for input of size ${elements}`;
}

/** PyTorch 1.13's checks for one call, in its order, or null when it runs. */
export function mhaRules(p: MhaArgs): InvalidInput | null {
  const E = p.embed_dim;
  const h = p.num_heads;
  const kdim = p.kdim ?? E;
  const vdim = p.vdim ?? E;
  // ---- construction
  for (const kind of [p.attn_mask, p.key_padding_mask]) {
    if (!(MASK_KINDS as readonly string[]).includes(kind)) {
      const param = kind === p.attn_mask ? 'attn_mask' : 'key_padding_mask';
      return { rule: 'mask_kind', param, message: `${param} is described by its kind here: none, bool or float; '${kind}' is none of them.`, torch: null };
    }
  }
  if (h === 0n) return err('num_heads_zero', 'num_heads', 'num_heads must be at least 1: PyTorch divides embed_dim by it to get each head’s width.', 'construct', 'ZeroDivisionError', 'integer division or modulo by zero');
  const headDim = floorDiv(E, h);
  if (headDim * h !== E) {
    return err('embed_dim_not_divisible', 'num_heads', `embed_dim = ${E} must be a multiple of num_heads = ${h}: every head gets embed_dim / num_heads features.`, 'construct', 'AssertionError', 'embed_dim must be divisible by num_heads');
  }
  const same = kdim === E && vdim === E;
  const weights: [bigint[], string][] = same
    ? [[[3n * E, E], 'embed_dim']]
    : [[[E, E], 'embed_dim'], [[E, kdim], 'kdim'], [[E, vdim], 'vdim']];
  for (const [shape, param] of weights) {
    const e = creationError(shape, 'construct', param, `A projection weight of shape (${shape.join(', ')})`);
    if (e) return e;
  }
  if (E === 0n) {
    return err('embed_dim_zero', 'embed_dim', 'embed_dim must be at least 1: with no features, PyTorch’s Xavier initialisation of the projection weights divides by zero.', 'construct', 'ZeroDivisionError', 'float division by zero');
  }
  // ---- the inputs
  for (const [shape, param, what] of [[p.query_shape, 'query_shape', 'The query'], [p.key_shape, 'key_shape', 'The key'], [p.value_shape, 'value_shape', 'The value']] as const) {
    const e = creationError(shape, 'input', param, what);
    if (e) return e;
  }
  // ---- MultiheadAttention.forward: batch_first swaps the first two dimensions of a batched call.
  let [q, k, v] = [p.query_shape, p.key_shape, p.value_shape].map((s) => [...s]);
  const batched = q.length === 3;
  if (p.batch_first && batched) {
    for (const [s, param] of [[k, 'key_shape'], [v, 'value_shape']] as const) {
      if (s.length < 2) {
        return err('input_rank', param, `With batch_first and a batched (3-d) query, the ${param === 'key_shape' ? 'key' : 'value'} must be 3-d too; this one has ${s.length} dimension${s.length === 1 ? '' : 's'}.`, 'forward', 'IndexError', 'Dimension out of range (expected to be in range of [-1, 0], but got 1)');
      }
    }
    [q, k, v] = [q, k, v].map((s) => [s[1], s[0], ...s.slice(2)]);
  }
  // ---- F.multi_head_attention_forward: _mha_shape_check
  if (batched) {
    if (k.length !== 3 || v.length !== 3) {
      return err('input_rank', k.length !== 3 ? 'key_shape' : 'value_shape', `A batched (3-d) query needs a 3-d key and value; they have ${k.length} and ${v.length} dimensions.`, 'forward', 'AssertionError', `For batched (3-D) \`query\`, expected \`key\` and \`value\` to be 3-D but found ${k.length}-D and ${v.length}-D tensors respectively`);
    }
  } else if (q.length === 2) {
    if (k.length !== 2 || v.length !== 2) {
      return err('input_rank', k.length !== 2 ? 'key_shape' : 'value_shape', `An unbatched (2-d) query needs a 2-d key and value; they have ${k.length} and ${v.length} dimensions.`, 'forward', 'AssertionError', `For unbatched (2-D) \`query\`, expected \`key\` and \`value\` to be 2-D but found ${k.length}-D and ${v.length}-D tensors respectively`);
    }
  } else {
    return err('input_rank', 'query_shape', `The query must be (L, N, E) (batched; (N, L, E) with batch_first) or (L, E) (unbatched); this one has ${q.length} dimension${q.length === 1 ? '' : 's'}.`, 'forward', 'AssertionError', `query should be unbatched 2D or batched 3D tensor but received ${q.length}-D query tensor`);
  }
  if (!batched) [q, k, v] = [q, k, v].map((s) => [s[0], 1n, s[1]]);
  const [L, N, qE] = q;
  const S = k[0];
  if (qE !== E) return err('query_embed_dim', 'query_shape', `The query’s last size is ${qE}, but embed_dim is ${E}: they must be equal.`, 'forward', 'AssertionError', `was expecting embedding dimension of ${E}, but got ${qE}`);
  if (!same) {
    if (k[0] !== v[0] || k[1] !== v[1]) {
      return err('key_value_lengths', 'value_shape', 'The key and the value must have the same length and batch (the value gives one vector per key).', 'forward', 'AssertionError', `key's sequence and batch dims ${sizeText(k.slice(0, 2))} do not match value's ${sizeText(v.slice(0, 2))}`);
    }
  } else if (k.some((s, i) => s !== v[i])) {
    return err('key_value_shape', 'value_shape', 'With kdim and vdim equal to embed_dim, the key and the value must have the same shape.', 'forward', 'AssertionError', `key shape ${sizeText(k)} does not match value shape ${sizeText(v)}`);
  }
  // In-projection: one packed weight split in three (a matrix product), or three weights checked by shape.
  if (same) {
    if (k[2] !== E) {
      return err('key_features', 'key_shape', `The key’s last size is ${k[2]}, but the key projection takes embed_dim = ${E} features (kdim is not set).`, 'forward', 'RuntimeError', `mat1 and mat2 shapes cannot be multiplied (${k[0] * k[1]}x${k[2]} and ${E}x${E})`);
    }
  } else {
    if (k[2] !== kdim) return err('key_features', 'key_shape', `The key’s last size is ${k[2]}, but kdim is ${kdim}: they must be equal.`, 'forward', 'AssertionError', `expecting key weights shape of (${E}, ${k[2]}), but got ${sizeText([E, kdim])}`);
    if (v[2] !== vdim) return err('value_features', 'value_shape', `The value’s last size is ${v[2]}, but vdim is ${vdim}: they must be equal.`, 'forward', 'AssertionError', `expecting value weights shape of (${E}, ${v[2]}), but got ${sizeText([E, vdim])}`);
  }
  // bias_k and bias_v are repeated over the query's batch and concatenated to the keys and values.
  if (p.add_bias_kv && k[1] !== N) {
    return err('batch_mismatch', 'key_shape', `The key’s batch is ${k[1]} but the query’s is ${N}: they must be equal.`, 'forward', 'RuntimeError', `Sizes of tensors must match except in dimension 0. Expected size ${k[1]} but got size ${N} for tensor number 1 in the list.`);
  }
  const S1 = S + (p.add_bias_kv ? 1n : 0n);
  // The reshapes into heads: q, then k and v, as (length, batch · heads, head_dim).
  const views: [bigint[], bigint, string][] = [
    [[L, N * h, headDim], L * N * E, 'query_shape'],
    [[S1, N * h, headDim], S1 * k[1] * E, 'key_shape'],
    [[S1, N * h, headDim], S1 * v[1] * E, 'value_shape'],
  ];
  for (const [sizes, elements, param] of views) {
    const e = viewError(sizes, elements);
    if (e === null) continue;
    const message = h < 0n ? `num_heads = ${h} is negative; it must be at least 1.` : `The ${param === 'key_shape' ? 'key' : 'value'}’s batch is ${k[1]} but the query’s is ${N}: they must be equal.`;
    return err(h < 0n ? 'num_heads_negative' : 'batch_mismatch', h < 0n ? 'num_heads' : param, message, 'forward', 'RuntimeError', e);
  }
  // Dropout on the attention weights runs only in training with dropout > 0, and then checks it.
  if (p.training && p.dropout > 1) {
    return err('dropout_range', 'dropout', `dropout = ${p.dropout} is a probability: in training mode it must be between 0 and 1.`, 'forward', 'ValueError', `dropout probability has to be between 0 and 1, but got ${pyFloat(p.dropout)}`);
  }
  return null;
}
