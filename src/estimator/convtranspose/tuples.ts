// How PyTorch holds the tuple arguments, and the per-axis geometry of a valid layer.
import type { Layout } from './layout.ts';
import { sizesIn, type TransposedParams } from './params.ts';

/** One spatial axis of a transposed convolution: exactly the 1-d module's geometry. */
export interface Axis {
  length_in: bigint;
  kernel_size: bigint;
  stride: bigint;
  padding: bigint;
  output_padding: bigint;
  dilation: bigint;
}

// The constructor passes each argument through _pair/_triple, which repeats an integer nd times
// and keeps a tuple as given (any length); the length is only checked when the layer runs.
/** eq-ctn-stored-tuple: the tuple the module stores for an argument (an integer repeated nd times). */
export function storedTuple(v: bigint | readonly bigint[], nd: number): bigint[] {
  return typeof v === 'bigint' ? new Array<bigint>(nd).fill(v) : [...v];
}

/** eq-ctn-expand: expand_param_if_needed: a 1-entry tuple broadcast to `dims` entries; another length must equal dims, else null. */
export function expandTuple(v: bigint | readonly bigint[], nd: number, dims: number): bigint[] | null {
  const t = storedTuple(v, nd);
  if (t.length === 1) return new Array<bigint>(dims).fill(t[0]);
  return t.length === dims ? t : null;
}

// Only for a layer the rules accept: kernel_size with nd entries, numeric padding, every other tuple broadcastable.
/** eq-ctn-axes: the per-axis geometry (length_in, kernel_size, stride, padding, output_padding, dilation) of a valid layer. */
export function axesOf(p: TransposedParams, layout: Layout): Axis[] {
  const nd = layout.nd;
  return zipAxes(
    sizesIn(p, layout),
    storedTuple(p.kernel_size, nd),
    expandTuple(p.stride, nd, nd)!,
    expandTuple(p.padding as bigint | readonly bigint[], nd, nd)!,
    expandTuple(p.output_padding, nd, nd)!,
    expandTuple(p.dilation, nd, nd)!,
  );
}

/** eq-ctn-zip-axes: the per-axis geometry from per-dimension sizes, kernel, stride, padding, output_padding and dilation. */
export function zipAxes(
  sizes: readonly bigint[],
  k: readonly bigint[],
  s: readonly bigint[],
  pad: readonly bigint[],
  op: readonly bigint[],
  d: readonly bigint[],
): Axis[] {
  const axes: Axis[] = [];
  for (let i = 0; i < sizes.length; i++) {
    axes.push({ length_in: sizes[i], kernel_size: k[i], stride: s[i], padding: pad[i], output_padding: op[i], dilation: d[i] });
  }
  return axes;
}
