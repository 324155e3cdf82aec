// Outputs that see at least one input element along one axis, in closed form.
import { ceilDiv, clamp, max } from '../math/integer.ts';
import { outputSize, type Axis } from './axis.ts';
import { tapsInBounds } from './taps.ts';

/**
 * eq-conv-positions-reached: the outputs o with at least one tap o·s + j·d on the real input
 * [lo, hi] = [left, left + size_in − 1].
 * - When the input is at least d long, a tap span [o·s, o·s + (k − 1)·d] that meets it puts a
 *   tap inside (the taps are d apart), so the count is the range of o whose span meets it:
 *   ⌈(lo − (k − 1)·d)/s⌉ ≤ o ≤ ⌊hi/s⌋.
 * - When it is shorter than d, no output has two taps on it, so the count is tapsInBounds.
 */
export function positionsReached(a: Axis, sizeOut: bigint = outputSize(a)): bigint {
  if (a.size_in < a.dilation) return tapsInBounds(a, sizeOut);
  const lo = a.pad[0];
  const hi = a.pad[0] + a.size_in - 1n;
  if (hi < 0n) return 0n;
  const first = clamp(ceilDiv(lo - (a.kernel_size - 1n) * a.dilation, a.stride), 0n, sizeOut);
  const last = clamp(hi / a.stride, -1n, sizeOut - 1n);
  return max(last - first + 1n, 0n);
}
