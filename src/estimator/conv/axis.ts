// One spatial axis of a convolution PyTorch accepts, and its output size and dense taps.
import { pyFloorDiv } from './tuples.ts';

/**
 * One spatial axis of a valid layer: the input size, the [left, right] padding PyTorch really
 * applies (negative values crop, as F.pad does in the non-'zeros' modes), the kernel taps, the
 * stride and the dilation (each at least 1).
 */
export interface Axis {
  size_in: bigint;
  pad: readonly [bigint, bigint];
  kernel_size: bigint;
  stride: bigint;
  dilation: bigint;
}

/** eq-conv-output-size: size_out = ⌊(size_in + left + right − d·(k − 1) − 1)/s⌋ + 1. */
export function outputSize(a: Axis): bigint {
  return pyFloorDiv(a.size_in + a.pad[0] + a.pad[1] - a.dilation * (a.kernel_size - 1n) - 1n, a.stride) + 1n;
}

/** eq-conv-dense-taps: the taps a dense implementation computes along the axis, size_out·k. */
export function denseTaps(a: Axis, sizeOut: bigint = outputSize(a)): bigint {
  return sizeOut * a.kernel_size;
}

/** eq-conv-nd-product: an N-d count of the separable all-ones probe is the product of the per-axis counts. */
export function product(xs: readonly bigint[]): bigint {
  return xs.reduce((a, b) => a * b, 1n);
}
