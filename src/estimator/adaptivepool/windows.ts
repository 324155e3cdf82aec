// The windows of PyTorch's adaptive pools along one axis, and their total length in closed form.
// Output index i (0 ≤ i < O) over an input of size L pools [start_i, end_i) with
//   start_i = ⌊i·L / O⌋,   end_i = ⌈(i + 1)·L / O⌉
// (aten/src/ATen/native/AdaptivePooling.h, start_index and end_index, PyTorch 1.13).
import { floorSum } from '../math/floorSum.ts';
import { ceilDiv, floorDiv, gcd } from '../math/integer.ts';

/** Where window i starts and ends (end exclusive), as PyTorch's kernels compute them. */
export const windowStart = (i: bigint, L: bigint, O: bigint): bigint => floorDiv(i * L, O);
export const windowEnd = (i: bigint, L: bigint, O: bigint): bigint => ceilDiv((i + 1n) * L, O);

/**
 * Σ_{i<O} (end_i − start_i), the elements the O windows read together, without a loop:
 * Σ start_i = Σ_{i<O} ⌊(L·i + 0)/O⌋ and Σ end_i = Σ_{i<O} ⌊(L·i + L + O − 1)/O⌋ are floor sums.
 * (Equal to L + O − gcd(L, O): the tests check both against a walk over the windows.)
 */
export function windowTotal(L: bigint, O: bigint): bigint {
  if (O <= 0n || L < 0n) return 0n;
  return floorSum(O, O, L, L + O - 1n) - floorSum(O, O, L, 0n);
}

/** The same total by the gcd identity: each of the O − 1 inner boundaries k·L/O that is not whole is shared by two windows. */
export function windowTotalByGcd(L: bigint, O: bigint): bigint {
  if (O <= 0n || L < 0n) return 0n;
  return L + O - gcd(L, O);
}

/** How many adjacent pairs of windows share an element: the inner boundaries k·L/O (0 < k < O) that are not whole numbers. */
export function sharedBoundaries(L: bigint, O: bigint): bigint {
  if (O <= 1n || L <= 0n) return 0n;
  return O - gcd(L, O);
}
