// Taps on the real input along one axis, in closed form.
import { countInWindow } from '../math/latticeCount.ts';
import { outputSize, type Axis } from './axis.ts';

/**
 * eq-conv-taps-in-bounds: Σ_o y[o], the taps of all outputs that land on the real input. In the
 * padded input, output o's taps sit at o·s + j·d (0 ≤ j < k) and the real input occupies
 * [left, left + size_in − 1] (a negative left crops: every tap is then on data). The count is
 * a lattice-point count, O(log) whatever the sizes.
 */
export function tapsInBounds(a: Axis, sizeOut: bigint = outputSize(a)): bigint {
  return countInWindow(a.kernel_size, a.dilation, sizeOut, a.stride, a.pad[0], a.pad[0] + a.size_in - 1n);
}
