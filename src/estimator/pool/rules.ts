// PyTorch 1.13's checks for MaxPool1d/2d and AvgPool1d/2d, in the order its code runs them and
// in its words. The pool constructors check nothing: every rule fires in forward, along one of
// four paths (the golden invalid records hold each message):
// - MaxPool1d without indices: torch.max_pool1d (MaxPooling.cpp), its own checks;
// - MaxPool1d with indices: max_pool1d_with_indices (Pooling.cpp), then MaxPool2d's checks on
//   the input with a height of 1 inserted, kernel (1, k), stride (1, s), padding (0, p), dilation (1, d);
// - MaxPool2d: max_pool2d_with_indices (DilatedMaxPool2d.cpp) with pooling_output_shape and
//   pool2d_shape_check (Pool.h);
// - AvgPool1d: avg_pool1d (Pooling.cpp), then AvgPool2d's checks the same way;
// - AvgPool2d: avg_pool2d's meta function (AveragePool2d.cpp), then the same Pool.h checks.
import type { InvalidInput } from '../core/module.ts';
import { creationError, listText } from '../core/tensors.ts';
import { pyFloorDiv } from '../conv/tuples.ts';
import type { PoolParams } from './params.ts';

/** One pooled axis of a layer PyTorch accepts. */
export interface PoolAxis {
  size_in: bigint;
  kernel_size: bigint;
  stride: bigint;
  padding: bigint;
  dilation: bigint;
  size_out: bigint;
}

export type Checked = { ok: true; axes: PoolAxis[] } | { ok: false; error: InvalidInput };

export interface RuleInfo {
  id: string;
  param: string;
  summary: string;
}

/** eq-pool-rules: every rule, in the order PyTorch checks them (all at forward: the constructors accept anything). */
export const rules: readonly RuleInfo[] = [
  { id: 'negative_dimension', param: 'batch', summary: 'The input tensor has no negative size.' },
  { id: 'wrong_input_rank', param: 'input_shape', summary: 'The input has nd + 1 (unbatched) or nd + 2 dimensions.' },
  { id: 'tuple_length_mismatch', param: 'kernel_size', summary: 'kernel_size, stride, padding and dilation have 1 entry (1-d) or 1 or 2 (2-d); stride may be None.' },
  { id: 'integer_out_of_range', param: 'kernel_size', summary: 'MaxPool2d (and MaxPool1d with indices) hold the arguments as 32-bit integers.' },
  { id: 'divisor_override_zero', param: 'divisor_override', summary: 'divisor_override is not 0 (negative values are accepted).' },
  { id: 'stride_zero', param: 'stride', summary: 'stride ≠ 0 (a None stride with kernel_size 0 is 0 too).' },
  { id: 'padding_negative', param: 'padding', summary: 'padding ≥ 0.' },
  { id: 'padding_over_half_kernel', param: 'padding', summary: 'padding ≤ kernel_size // 2 (the kernel, not its dilated span).' },
  { id: 'kernel_size_nonpositive', param: 'kernel_size', summary: 'kernel_size ≥ 1.' },
  { id: 'stride_nonpositive', param: 'stride', summary: 'stride ≥ 1.' },
  { id: 'dilation_nonpositive', param: 'dilation', summary: 'dilation ≥ 1.' },
  { id: 'zero_channels', param: 'channels', summary: 'channels ≥ 1.' },
  { id: 'zero_spatial_input', param: 'length_in', summary: 'No empty spatial dimension (an empty batch is fine).' },
  { id: 'output_too_small', param: 'kernel_size', summary: 'Every output size ≥ 1 (MaxPool1d without indices accepts 0).' },
];

const fail = (rule: string, param: string, message: string, torch: string, type = 'RuntimeError'): { ok: false; error: InvalidInput } => ({
  ok: false,
  error: { rule, param, message, torch: { stage: 'forward', type, message: torch } },
});

/** An argument as PyTorch's int[n] parser hands it on: an integer repeated n times, a tuple as given, None as []. */
export const asList = (v: bigint | readonly bigint[] | null | undefined, n: number, absent: bigint): bigint[] =>
  v === null ? [] : v === undefined ? Array.from({ length: n }, () => absent) : typeof v === 'bigint' ? Array.from({ length: n }, () => v) : [...v];

/** C++ integer division (truncating toward zero), as `kernel_size / 2` in PyTorch's checks. */
const half = (k: bigint) => k / 2n;

/**
 * eq-pool-output-size: pooling_output_shape, with its three checks first. Output =
 * ⌊(in + 2p − d·(k − 1) − 1 + (ceil ? s − 1 : 0))/s⌋ + 1, one less with ceil_mode when the last
 * window would start at or beyond in + p (in the right padding).
 */
function outputShape(size: bigint, k: bigint, p: bigint, s: bigint, d: bigint, ceil: boolean, param: string): bigint | { ok: false; error: InvalidInput } {
  if (s === 0n) return fail('stride_zero', 'stride', 'stride is 0 (a None stride takes kernel_size, here 0): windows must move by at least 1.', 'stride should not be zero');
  if (p < 0n) return fail('padding_negative', 'padding', `padding = ${p} is negative; pools pad with at least 0 on each side.`, `pad must be non-negative, but got pad: ${p}`);
  if (p > half(k)) return fail('padding_over_half_kernel', 'padding', `padding = ${p} is more than half of kernel_size = ${k}: PyTorch allows at most ${half(k) < 0n ? 0n : half(k)}.`, `pad should be at most half of kernel size, but got pad=${p} and kernel_size=${k}`);
  return poolOut(size, k, p, s, d, ceil, param);
}

/** The output size alone (no checks), as pooling_output_shape_pad_lr computes it. */
export function poolOut(size: bigint, k: bigint, p: bigint, s: bigint, d: bigint, ceil: boolean, _param = ''): bigint {
  let out = pyFloorDiv(size + 2n * p - d * (k - 1n) - 1n + (ceil ? s - 1n : 0n), s) + 1n;
  if (ceil && (out - 1n) * s >= size + p) out -= 1n;
  return out;
}

const INT32_MIN = -(1n << 31n);
const INT32_MAX = (1n << 31n) - 1n;

interface Args2d {
  kernel: bigint[];
  stride: bigint[];
  padding: bigint[];
  dilation: bigint[] | null;
  ceil: boolean;
  divisor: bigint | null;
}

/**
 * eq-pool-path-2d: max_pool2d_with_indices (op = 'max_pool2d') or avg_pool2d (op = 'avg_pool2d') on
 * an input of this shape, with the argument lists as the parser hands them on. `spatialParams`
 * name the arguments our sentences blame for an empty height or width.
 */
function path2d(op: 'max_pool2d' | 'avg_pool2d', shape: bigint[], a: Args2d, spatialParams: readonly [string, string]): Checked {
  const isMax = op === 'max_pool2d';
  const len = (v: bigint[], ok: readonly number[]) => ok.includes(v.length);
  if (!len(a.kernel, [1, 2])) return fail('tuple_length_mismatch', 'kernel_size', `kernel_size has ${a.kernel.length} entries; a 2-d pool takes one or two.`, `${op}: kernel_size must either be a single int, or a tuple of two ints`);
  const kH = a.kernel[0];
  const kW = a.kernel.length === 1 ? kH : a.kernel[1];
  const range = (vals: bigint[], param: string) =>
    isMax && vals.some((v) => v < INT32_MIN || v > INT32_MAX)
      ? fail('integer_out_of_range', param, `${param} has an entry beyond a 32-bit integer, which ${op} holds its arguments in.`, 'integer out of range')
      : null;
  const r1 = range([kH, kW], 'kernel_size');
  if (r1) return r1;
  if (!len(a.stride, [0, 1, 2])) return fail('tuple_length_mismatch', 'stride', `stride has ${a.stride.length} entries; a 2-d pool takes None, one or two.`, `${op}: stride must either be omitted, a single int, or a tuple of two ints`);
  const dH = a.stride.length === 0 ? kH : a.stride[0];
  const dW = a.stride.length === 0 ? kW : a.stride.length === 1 ? dH : a.stride[1];
  const r2 = range([dH, dW], 'stride');
  if (r2) return r2;
  if (!len(a.padding, [1, 2]))
    return fail('tuple_length_mismatch', 'padding', `padding has ${a.padding.length} entries; a 2-d pool takes one or two.`, isMax ? `${op}: padding must be either be a single int, or a tuple of two ints` : `${op}: padding must either be a single int, or a tuple of two ints`);
  const padH = a.padding[0];
  const padW = a.padding.length === 1 ? padH : a.padding[1];
  const r3 = range([padH, padW], 'padding');
  if (r3) return r3;
  let dilH = 1n;
  let dilW = 1n;
  if (a.dilation) {
    if (!len(a.dilation, [1, 2])) return fail('tuple_length_mismatch', 'dilation', `dilation has ${a.dilation.length} entries; a 2-d pool takes one or two.`, `${op}: dilation must be either a single int, or a tuple of two ints`);
    dilH = a.dilation[0];
    dilW = a.dilation.length === 1 ? dilH : a.dilation[1];
    const r4 = range([dilH, dilW], 'dilation');
    if (r4) return r4;
  }
  const nd = shape.length;
  if (isMax) {
    if (nd !== 3 && nd !== 4) return fail('wrong_input_rank', 'input_shape', `The input has ${nd} dimension${nd === 1 ? '' : 's'}; MaxPool2d takes 3 (unbatched) or 4.`, 'non-empty 3D or 4D (batch mode) tensor expected for input');
  } else {
    if (divisorZero(a.divisor)) return fail('divisor_override_zero', 'divisor_override', 'divisor_override is 0: every average would divide by zero.', 'divisor must be not zero');
    if (nd < 3) {
      const torch = nd === 0 ? 'dimension specified as -3 but tensor has no dimensions' : `Dimension out of range (expected to be in range of [${-nd}, ${nd - 1}], but got -3)`;
      return fail('wrong_input_rank', 'input_shape', `The input has ${nd} dimension${nd === 1 ? '' : 's'}; AvgPool2d reads the channels at dimension −3, so it takes 3 (unbatched) or 4.`, torch, 'IndexError');
    }
  }
  const [C, H, W] = shape.slice(-3);
  const oH = outputShape(H, kH, padH, dH, dilH, a.ceil, spatialParams[0]);
  if (typeof oH !== 'bigint') return oH;
  const oW = outputShape(W, kW, padW, dW, dilW, a.ceil, spatialParams[1]);
  if (typeof oW !== 'bigint') return oW;
  // pool2d_shape_check
  if (!(kW > 0n && kH > 0n)) return fail('kernel_size_nonpositive', 'kernel_size', `kernel_size must be at least 1 in every dimension; got (${kH}, ${kW}).`, `kernel size should be greater than zero, but got kH: ${kH} kW: ${kW}`);
  if (!(dW > 0n && dH > 0n)) return fail('stride_nonpositive', 'stride', `stride must be at least 1 in every dimension; got (${dH}, ${dW}).`, `stride should be greater than zero, but got dH: ${dH} dW: ${dW}`);
  if (!(dilH > 0n && dilW > 0n)) return fail('dilation_nonpositive', 'dilation', `dilation must be at least 1 in every dimension; got (${dilH}, ${dilW}).`, `dilation should be greater than zero, but got dilationH: ${dilH} dilationW: ${dilW}`);
  const validDims = shape[1] !== 0n && shape[2] !== 0n;
  if (!((nd === 3 && shape[0] !== 0n && validDims) || (nd === 4 && validDims && shape[3] !== 0n))) {
    const zeroC = C === 0n;
    return fail(
      zeroC ? 'zero_channels' : nd > 4 ? 'wrong_input_rank' : 'zero_spatial_input',
      zeroC ? 'channels' : nd > 4 ? 'input_shape' : H === 0n ? spatialParams[0] : spatialParams[1],
      zeroC ? 'channels is 0: the input must have at least one channel.' : nd > 4 ? `The input has ${nd} dimensions; a 2-d pool takes 3 (unbatched) or 4.` : 'An input size is 0: every spatial size must be at least 1 (only the batch may be empty).',
      `Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:${listText(shape)}`,
    );
  }
  if (oW < 1n || oH < 1n)
    return fail('output_too_small', 'kernel_size', `The window (with its dilation) does not fit the padded input: the output would be ${oH}×${oW}, and PyTorch needs at least 1×1.`, `Given input size: (${C}x${H}x${W}). Calculated output size: (${C}x${oH}x${oW}). Output size is too small`);
  return {
    ok: true,
    axes: [
      { size_in: H, kernel_size: kH, stride: dH, padding: padH, dilation: dilH, size_out: oH },
      { size_in: W, kernel_size: kW, stride: dW, padding: padW, dilation: dilW, size_out: oW },
    ],
  };
}

const divisorZero = (d: bigint | null) => d !== null && d === 0n;

/** eq-pool-check1d: Pooling.cpp's checkDimRange and check1d, for max_pool1d_with_indices and avg_pool1d. */
function path1dVia2d(op: 'max_pool1d' | 'avg_pool1d', shape: bigint[], lists: Record<string, bigint[]>, ceil: boolean, spatialParam: string): Checked {
  if (lists.stride.length === 0) lists.stride = lists.kernel_size.slice();
  const nd = shape.length;
  if (nd < 2 || nd > 3)
    return fail('wrong_input_rank', 'input_shape', `The input has ${nd} dimension${nd === 1 ? '' : 's'}; a 1-d pool takes 2 (unbatched) or 3.`, `Expected 2 to 3 dimensions, but got ${nd}-dimensional tensor for argument #1 'self' (while checking arguments for ${op})`);
  for (const name of Object.keys(lists)) {
    const v = lists[name];
    if (v.length !== 1) return fail('tuple_length_mismatch', name, `${name} has ${v.length} entries; a 1-d pool takes one.`, `${op}() argument '${name}' should contain one int (got ${v.length})`);
  }
  const unsqueezed = [...shape.slice(0, -1), 1n, shape[shape.length - 1]];
  const r = path2d(op === 'max_pool1d' ? 'max_pool2d' : 'avg_pool2d', unsqueezed, {
    kernel: [1n, lists.kernel_size[0]],
    stride: [1n, lists.stride[0]],
    padding: [0n, lists.padding[0]],
    dilation: lists.dilation ? [1n, lists.dilation[0]] : null,
    ceil,
    divisor: null,
  }, ['channels', spatialParam]);
  return r.ok ? { ok: true, axes: [r.axes[1]] } : r;
}

/** eq-pool-max1d-plain: torch.max_pool1d without indices (MaxPooling.cpp), which accepts an output length of 0. */
function pathMax1d(shape: bigint[], k: bigint[], s: bigint[], p: bigint[], d: bigint[], ceil: boolean): Checked {
  const nd = shape.length;
  if (!((nd === 2 && shape[0] !== 0n && shape[1] !== 0n) || (nd === 3 && shape[1] !== 0n && shape[2] !== 0n))) {
    const C = nd === 2 ? shape[0] : nd === 3 ? shape[1] : 1n;
    const rank = nd !== 2 && nd !== 3;
    return fail(
      rank ? 'wrong_input_rank' : C === 0n ? 'zero_channels' : 'zero_spatial_input',
      rank ? 'input_shape' : C === 0n ? 'channels' : 'length_in',
      rank ? `The input has ${nd} dimension${nd === 1 ? '' : 's'}; MaxPool1d takes 2 (unbatched) or 3.` : C === 0n ? 'channels is 0: the input must have at least one channel.' : 'length_in is 0: the input must have at least one element along its length.',
      `max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for input, but got:${listText(shape)}`,
    );
  }
  const t = 'max_pool1d()';
  if (k.length !== 1) return fail('tuple_length_mismatch', 'kernel_size', `kernel_size has ${k.length} entries; MaxPool1d takes one.`, `${t} kernel_size must be an int, list of ints or tuple of ints of size 1 but got size ${k.length}`);
  if (s.length > 1) return fail('tuple_length_mismatch', 'stride', `stride has ${s.length} entries; MaxPool1d takes None or one.`, `${t} stride must be None, an int, list of ints, or tuple of ints of size 1 but got size ${s.length}`);
  if (p.length !== 1) return fail('tuple_length_mismatch', 'padding', `padding has ${p.length} entries; MaxPool1d takes one.`, `${t} padding must be an int, list of ints, or tuple of ints of size 1 but got size ${p.length}`);
  if (d.length !== 1) return fail('tuple_length_mismatch', 'dilation', `dilation has ${d.length} entries; MaxPool1d takes one.`, `${t} dilation must be an int, list of ints or tuple of ints of size 1 but got size ${d.length}`);
  const [K, P, D] = [k[0], p[0], d[0]];
  const S = s.length === 0 ? K : s[0];
  if (K <= 0n) return fail('kernel_size_nonpositive', 'kernel_size', `kernel_size must be at least 1; got ${K}.`, `${t} kernel_size must be greater than zero, but got ${K}`);
  if (S <= 0n) return fail('stride_nonpositive', 'stride', `stride must be at least 1; got ${S}.`, `${t} stride must be greater than zero, but got ${S}`);
  if (P < 0n) return fail('padding_negative', 'padding', `padding = ${P} is negative; pools pad with at least 0 on each side.`, `${t} padding must be non-negative, but got ${P}`);
  if (P > half(K)) return fail('padding_over_half_kernel', 'padding', `padding = ${P} is more than half of kernel_size = ${K}: PyTorch allows at most ${half(K)}.`, `${t} padding should be at most half of kernel size, but got padding=${P} and kernel_size=${K}`);
  if (D <= 0n) return fail('dilation_nonpositive', 'dilation', `dilation must be at least 1; got ${D}.`, `${t} dilation must be greater than zero, but got ${D}`);
  const L = shape[nd - 1];
  const out = poolOut(L, K, P, S, D, ceil);
  if (out < 0n) return fail('output_too_small', 'kernel_size', `The window (with its dilation) is longer than the padded input: the output length would be ${out}.`, `${t} Invalid computed output size: ${out}`);
  return { ok: true, axes: [{ size_in: L, kernel_size: K, stride: S, padding: P, dilation: D, size_out: out }] };
}

export type PoolKind = 'max' | 'avg';

/**
 * eq-pool-validate: PyTorch's path for the layer on an input of this shape (the arguments' own
 * shape, or another rank from the command line): the per-axis sizes it pools, or its error.
 */
export function check(p: PoolParams, kind: PoolKind, nd: 1 | 2, shape: bigint[], spatialIn: readonly string[]): Checked {
  const names = [...(shape.length === spatialIn.length + 2 ? ['batch'] : []), 'channels', ...spatialIn];
  const negative = shape.findIndex((x) => x < 0n);
  const created = creationError(shape, 'input', names[negative] ?? 'input_shape', 'The input');
  if (created) return { ok: false, error: { ...created, torch: created.torch && { ...created.torch, stage: 'forward' } } };
  const k = asList(p.kernel_size, nd, 0n);
  const s = asList(p.stride, nd, 0n);
  const pad = asList(p.padding, nd, 0n);
  const ceil = p.ceil_mode;
  if (kind === 'max') {
    const d = asList(p.dilation, nd, 1n);
    if (nd === 1 && !p.return_indices) return pathMax1d(shape, k, s, pad, d, ceil);
    if (nd === 1) return path1dVia2d('max_pool1d', shape, { kernel_size: k, stride: s, padding: pad, dilation: d }, ceil, spatialIn[0]);
    return path2d('max_pool2d', shape, { kernel: k, stride: s, padding: pad, dilation: d, ceil, divisor: null }, [spatialIn[0], spatialIn[1]]);
  }
  if (nd === 1) return path1dVia2d('avg_pool1d', shape, { kernel_size: k, stride: s, padding: pad }, ceil, spatialIn[0]);
  return path2d('avg_pool2d', shape, { kernel: k, stride: s, padding: pad, dilation: null, ceil, divisor: p.divisor_override ?? null }, [spatialIn[0], spatialIn[1]]);
}
