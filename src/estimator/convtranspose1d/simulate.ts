import type { Scatter } from './productsInWindow.ts';

/** Largest L_in·K the brute-force simulator accepts, so a page never freezes on it. */
export const SIMULATION_LIMIT = 4_000_000;

/**
 * Brute force, for examples and tests only: run the ones probe literally. Every input
 * element (all ones) is multiplied by every kernel tap (all ones) and added at
 * t = i·stride + k·dilation − padding; taps outside [0, length) are cropped.
 * Returns y, the number of products each output position receives.
 */
export function simulateProbe(p: Scatter, length: bigint): bigint[] {
  const work = p.length_in * p.kernel_size;
  // Larger strides, dilations or paddings are refused; below the bound, a target past 2^53 can
  // lose precision only where it already lies far outside the output, so y stays exact.
  const big = (x: bigint) => x > BigInt(SIMULATION_LIMIT) ** 2n;
  if (length < 0n || length > BigInt(SIMULATION_LIMIT) || work > BigInt(SIMULATION_LIMIT) || big(p.stride) || big(p.dilation) || big(p.padding)) {
    throw new RangeError(`simulateProbe: ${p.length_in}×${p.kernel_size} products or length ${length} exceed the limit`);
  }
  // Sizes are below the limit, so plain numbers index exactly; the counts are returned as bigint.
  const L = Number(length), Lin = Number(p.length_in), K = Number(p.kernel_size);
  const s = Number(p.stride), d = Number(p.dilation), pad = Number(p.padding);
  const y = new Array<number>(L).fill(0);
  for (let i = 0; i < Lin; i++) {
    for (let k = 0; k < K; k++) {
      const t = i * s + k * d - pad;
      if (t >= 0 && t < L) y[t]++;
    }
  }
  return y.map(BigInt);
}

/** The totals a brute-force pass over y gives: M = Σ y, P = #{y > 0}, true additions Σ max(y − 1, 0), probe sum Σ (y − 1). */
export function summarize(y: readonly bigint[]) {
  let M = 0n, P = 0n, trueAdds = 0n;
  for (const v of y) {
    M += v;
    if (v > 0n) {
      P += 1n;
      trueAdds += v - 1n;
    }
  }
  return { M, P, additions_true: trueAdds, probe_sum: M - BigInt(y.length) };
}
