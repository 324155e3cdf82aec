// How PyTorch holds the tuple arguments, and the weight tensor they build.
import type { ConvParams } from './params.ts';

/** eq-conv-floor-div: Python's floor division a // b (b ≠ 0). */
export function pyFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** eq-conv-mod: Python's a % b (b ≠ 0), with the sign of b. */
export function pyMod(a: bigint, b: bigint): bigint {
  return a - b * pyFloorDiv(a, b);
}

/**
 * eq-conv-stored-tuple: the tuple the module stores. The constructor passes each argument
 * through _single/_pair/_triple, which repeats an integer nd times and keeps a tuple as given
 * (any length); the length is only checked when the layer runs.
 */
export function storedTuple(v: bigint | readonly bigint[], nd: number): bigint[] {
  return typeof v === 'bigint' ? repeat(v, nd) : v.slice();
}

/** eq-conv-repeat: [v, v, …] of length n (a plain loop: Array.from with a mapper is slow on a hot path). */
export function repeat<T>(v: T, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(v);
  return out;
}

/**
 * eq-conv-expand: PyTorch's expand_param_if_needed: a 1-entry list is broadcast to the
 * convolution's dimensions (the weight's spatial rank); any other length must match, else null.
 */
export function expandList(v: readonly bigint[], dims: number): bigint[] | null {
  if (v.length === 1) return repeat(v[0], dims);
  return v.length === dims ? v.slice() : null;
}

/** eq-conv-weight-shape: the weight tensor's shape, (C_out, C_in // groups, *kernel_size), with Python's floor division. */
export function weightShape(p: Pick<ConvParams, 'in_channels' | 'out_channels' | 'groups' | 'kernel_size'>, nd: number): bigint[] {
  return [p.out_channels, pyFloorDiv(p.in_channels, p.groups), ...storedTuple(p.kernel_size, nd)];
}
