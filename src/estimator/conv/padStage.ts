// F.pad(input, pad, mode) for the non-'zeros' padding modes, on shapes only: PyTorch 1.13's
// _pad_enum picks reflection/replication padding or _pad_circular by the pad's length and the
// input's rank, and each checks the shape in its own words. Messages are PyTorch's, verbatim.
import type { TorchError } from '../core/module.ts';
import { INT64_MAX } from '../core/params.ts';
import { emptyTensor, list } from './text.ts';

/** Which of F.pad's checks failed. */
export type PadFailureKind =
  | 'length' // more pad entries than twice the rank
  | 'dims' // no padding function for this pad length and rank
  | 'empty' // reflect/replicate: an empty non-batch dimension
  | 'reflect_size' // reflect: padding not smaller than the input
  | 'too_small' // reflect/replicate: every padded size below 1 (or the only one, in 1-d)
  | 'alloc' // reflect/replicate: a padded size below 0 where the other sizes pass
  | 'circular_size' // circular: pad length not 2·(rank − 2)
  | 'circular_wrap' // circular: padding larger than the input
  | 'circular_empty'; // circular: a padded size below 0

export interface PadFailure {
  ok: false;
  kind: PadFailureKind;
  torch: TorchError;
  /** The tensor dimension the failure concerns, when there is one. */
  dim?: number;
}

export interface Padded {
  ok: true;
  shape: bigint[];
  /** [left, right] added to each tensor dimension (negative values crop). */
  pads: [bigint, bigint][];
}

const fail = (kind: PadFailureKind, type: string, message: string, dim?: number): PadFailure => ({
  ok: false,
  kind,
  torch: { stage: 'forward', type, message },
  ...(dim === undefined ? {} : { dim }),
});
const runtime = (kind: PadFailureKind, message: string, dim?: number) => fail(kind, 'RuntimeError', message, dim);

/** eq-conv-numel-check: c10's numel check: the sizes multiplied as unsigned 64-bit integers must neither overflow nor exceed 2^63 − 1. */
export function numelOverflows(shape: readonly bigint[]): boolean {
  let product = 1n;
  let overflow = false;
  for (const x of shape) {
    const full = product * BigInt.asUintN(64, x);
    if (full >= 1n << 64n) overflow = true;
    product = BigInt.asUintN(64, full);
  }
  return overflow || product > INT64_MAX;
}

const negativeDimension = (shape: readonly bigint[]) => {
  const at = shape.findIndex((x) => x < 0n);
  return at < 0 ? null : runtime('alloc', `Trying to create tensor with negative dimension ${shape[at]}: ${list(shape)}`, at);
};

/** The padded shape, with the pairs of `pad` applied to the last dimensions (pad lists the last dimension first). */
function applied(shape: readonly bigint[], pad: readonly bigint[]): Padded {
  const out = [...shape];
  const pads = shape.map(() => [0n, 0n] as [bigint, bigint]);
  for (let j = 0; j < pad.length / 2; j++) {
    const dim = shape.length - 1 - j;
    out[dim] = shape[dim] + pad[2 * j] + pad[2 * j + 1];
    pads[dim] = [pad[2 * j], pad[2 * j + 1]];
  }
  return { ok: true, shape: out, pads };
}

function reflect(s: readonly bigint[], pad: readonly bigint[], v: number): Padded | PadFailure {
  const r = s.length;
  const nonzero = (from: number) => s.slice(from).every((x) => x !== 0n);
  const out = applied(s, pad);
  const o = out.shape;
  if (v === 1) {
    if (!((r === 2 && s[1] !== 0n) || (r === 3 && nonzero(1)))) {
      return runtime('empty', `2D or 3D (batch mode) tensor expected for input, but got: ${emptyTensor(s)}`);
    }
    const w = r - 1;
    if (!(pad[0] < s[w] && pad[1] < s[w])) {
      return runtime('reflect_size', `Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (${pad[0]}, ${pad[1]}) at dimension ${w} of input ${list(s)}`, w);
    }
    if (o[w] < 1n) return runtime('too_small', `2input (W: ${s[w]})is too small. Calculated output W: ${o[w]}`, w);
    return out;
  }
  if (v === 2) {
    if (!((r === 3 && s[1] !== 0n && s[2] !== 0n) || (r === 4 && nonzero(1)))) {
      return runtime('empty', `3D or 4D (batch mode) tensor expected for input, but got: ${emptyTensor(s)}`);
    }
    const [w, h] = [r - 1, r - 2];
    if (!(pad[0] < s[w] && pad[1] < s[w])) {
      return runtime('reflect_size', `Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (${pad[0]}, ${pad[1]}) at dimension ${w} of input ${r}`, w);
    }
    if (!(pad[2] < s[h] && pad[3] < s[h])) {
      return runtime('reflect_size', `Argument #6: Padding size should be less than the corresponding input dimension, but got: padding (${pad[2]}, ${pad[3]}) at dimension ${h} of input ${r}`, h);
    }
    if (!(o[w] >= 1n || o[h] >= 1n)) {
      return runtime('too_small', `input (H: ${s[h]}, W: ${s[w]})is too small. Calculated output H: ${o[h]} W: ${o[w]}`, o[h] < 1n ? h : w);
    }
    // reflection_pad2d sizes its output through numel(), which takes a negative size for a huge
    // unsigned one (an empty dimension elsewhere hides it). Sizes too large for memory are not
    // PyTorch's rules but its machine's limits, and are not modelled here.
    const negative = o.findIndex((x) => x < 0n);
    if (negative >= 0 && numelOverflows(o)) return runtime('alloc', 'numel: integer multiplication overflow', negative);
    return out;
  }
  if (!((r === 4 && nonzero(0)) || (r === 5 && nonzero(1)))) {
    return runtime('empty', `Expected 4D or 5D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions for input, but got: ${list(s)}`);
  }
  const [w, h, d] = [r - 1, r - 2, r - 3];
  const checks: [number, number, string][] = [
    [w, 0, '#4'],
    [h, 2, '#6'],
    [d, 4, '#8'],
  ];
  for (const [dim, at, arg] of checks) {
    if (!(pad[at] < s[dim] && pad[at + 1] < s[dim])) {
      return runtime('reflect_size', `Argument ${arg}: Padding size should be less than the corresponding input dimension, but got: padding (${pad[at]}, ${pad[at + 1]}) at dimension ${dim} of input ${list(s)}`, dim);
    }
  }
  if (!(o[w] >= 1n || o[h] >= 1n || o[d] >= 1n)) {
    return runtime('too_small', `input (D: ${s[d]} H: ${s[h]}, W: ${s[w]}) is too small. Calculated output D: ${o[d]} H: ${o[h]} W: ${o[w]}`, d);
  }
  return negativeDimension(o) ?? out;
}

function replicate(s: readonly bigint[], pad: readonly bigint[], v: number): Padded | PadFailure {
  const r = s.length;
  const nonzero = (from: number) => s.slice(from).every((x) => x !== 0n);
  const out = applied(s, pad);
  const o = out.shape;
  const tensor = `tensor with possibly 0 batch size and other non-zero dimensions for input, but got: ${list(s)}`;
  if (!((r === v + 1 && nonzero(0)) || (r === v + 2 && nonzero(1)))) {
    return runtime('empty', `Expected ${v + 1}D or ${v + 2}D (batch mode) ${tensor}`);
  }
  const [w, h, d] = [r - 1, r - 2, r - 3];
  if (v === 1) {
    return o[w] >= 1n ? out : runtime('too_small', `input (W: ${s[w]}) is too small. Calculated output W: ${o[w]}`, w);
  }
  if (v === 2) {
    if (!(o[w] >= 1n || o[h] >= 1n)) {
      return runtime('too_small', `input (H: ${s[h]}, W: ${s[w]} ) is too small. Calculated output H: ${o[h]} W: ${o[w]}`, o[h] < 1n ? h : w);
    }
    return negativeDimension(o) ?? out;
  }
  if (!(o[w] >= 1n || o[h] >= 1n || o[d] >= 1n)) {
    return runtime('too_small', `input (D: ${s[d]} H: ${s[h]}, W: ${s[w]}) is too small. Calculated output D: ${o[d]} H: ${o[h]} W: ${o[w]}`, d);
  }
  return negativeDimension(o) ?? out;
}

function circular(s: readonly bigint[], pad: readonly bigint[]): Padded | PadFailure {
  const ndim = s.length - 2;
  if (pad.length + 4 !== s.length * 2) return runtime('circular_size', `Invalid padding size, expected ${ndim * 2} but got ${pad.length}`);
  for (let i = 0; i < ndim; i++) {
    const [l, r] = [pad[2 * (ndim - i - 1)], pad[2 * (ndim - i - 1) + 1]];
    const size = s[2 + i];
    if (!(l <= size && r <= size)) return runtime('circular_wrap', 'Padding value causes wrapping around more than once.', 2 + i);
    if (size + l + r < 0n) return runtime('circular_empty', 'Negative padding value is resulting in an empty dimension', 2 + i);
  }
  return applied(s, pad);
}

/**
 * eq-conv-pad-stage: F.pad(input, pad, mode) on the input's shape for mode reflect, replicate or
 * circular: the padded shape and the pair added to each dimension, or PyTorch's error. The
 * variant follows the pad's length and the input's rank, not the layer: a 2-entry pad on a 3-d
 * tensor is 1-d padding of a batch, whatever the tensor is.
 */
export function padStage(shape: readonly bigint[], pad: readonly bigint[], mode: string): Padded | PadFailure {
  const rank = shape.length;
  if (pad.length > rank * 2) return runtime('length', 'Padding length too large');
  const v = pad.length / 2;
  if (!((v === 1 || v === 2 || v === 3) && (rank === v + 1 || rank === v + 2))) {
    return fail('dims', 'NotImplementedError', 'Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now');
  }
  if (mode === 'reflect') return reflect(shape, pad, v);
  if (mode === 'replicate') return replicate(shape, pad, v);
  return circular(shape, pad);
}
