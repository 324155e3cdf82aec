import { ceilDiv, clamp, min } from './integer.ts';
import { floorSum } from './floorSum.ts';

/**
 * Number of pairs (k, i) with 0 ≤ k < nK, 0 ≤ i < nI and k·a + i·b < x (a, b ≥ 1).
 * For a fixed k the admissible i form a prefix of length min(nI, ⌈(x − k·a)/b⌉); the
 * capped prefixes are counted directly and the rest is one floor sum, so the cost is
 * O(log) whatever nK and nI are.
 */
export function countBelow(nK: bigint, a: bigint, nI: bigint, b: bigint, x: bigint): bigint {
  if (x <= 0n || nK <= 0n || nI <= 0n) return 0n;
  const n = min(nK, (x - 1n) / a + 1n); // k with k·a < x
  const kFull = clamp(ceilDiv(x - (nI - 1n) * b, a), 0n, n); // k whose whole row of i fits
  // Rows kFull..n−1 reversed (j = n−1−k): ⌈(x − k·a)/b⌉ = ⌊(c + j·a)/b⌋ with c ≥ b.
  const c = x - (n - 1n) * a + b - 1n;
  return kFull * nI + floorSum(n - kFull, b, a, c);
}

/**
 * Number of pairs (k, i) with 0 ≤ k < nK, 0 ≤ i < nI whose position k·a + i·b lies in
 * [lo, hi] (a, b ≥ 1): all pairs, minus those below lo, minus those above hi (counted
 * below a threshold after reflecting k → nK−1−k, i → nI−1−i).
 */
export function countInWindow(
  nK: bigint,
  a: bigint,
  nI: bigint,
  b: bigint,
  lo: bigint,
  hi: bigint,
): bigint {
  if (hi < lo || nK <= 0n || nI <= 0n) return 0n;
  const top = (nK - 1n) * a + (nI - 1n) * b;
  return nK * nI - countBelow(nK, a, nI, b, lo) - countBelow(nK, a, nI, b, top - hi);
}
