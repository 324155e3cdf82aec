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

/** The most products (L_in·K), and the longest output, that streamProbe simulates: 10^8 each. */
export const STREAM_LIMIT = 100_000_000n;

/** Why streamProbe refuses a layer: too many products, too many positions, or targets past 2^53. */
export type StreamRefusal = 'products' | 'positions' | 'range';

/** The streaming probe's totals, bigint like summarize's; probe_sum covers the documented probe's positions only. */
export interface ProbeTally {
  /** M = Σ y_t, the products that land in the output. */
  M: bigint;
  /** P, the positions with y_t ≥ 1. */
  P: bigint;
  /** Σ max(y_t − 1, 0) over every position. */
  additions_true: bigint;
  /** Σ (y_t − 1) over the first probeLength positions (the documented probe, without output_padding). */
  probe_sum: bigint;
}

/** Whether streamProbe can simulate this layer over `length` positions, and if not, why. */
export function streamRefusal(p: Scatter, length: bigint): StreamRefusal | null {
  if (p.length_in * p.kernel_size > STREAM_LIMIT) return 'products';
  if (length > STREAM_LIMIT) return 'positions';
  // Every target, and every offset from a window's start, is then an exact JavaScript number.
  const reach = (p.length_in - 1n) * p.stride + (p.kernel_size - 1n) * p.dilation + p.padding + length;
  if (length < 0n || reach > BigInt(Number.MAX_SAFE_INTEGER)) return 'range';
  return null;
}

/**
 * The ones probe run literally, as simulateProbe does, but over the output a window at a
 * time, so memory stays bounded (one typed array of `window` counts) whatever the length.
 * For each window it adds 1 at y[t] for every product x[i]·w[k] whose target
 * t = i·stride + k·dilation − padding falls in it, one product at a time, then folds the
 * window's y into the totals summarize computes. Yields the positions done after each window
 * (for progress) and returns the totals. Throws RangeError where streamRefusal refuses.
 */
export function* streamProbe(p: Scatter, length: bigint, probeLength: bigint, window = 1 << 16): Generator<number, ProbeTally, void> {
  const refusal = streamRefusal(p, length);
  if (refusal) throw new RangeError(`streamProbe: this layer is beyond the limit (${refusal})`);
  const L = Number(length), Lin = Number(p.length_in), K = Number(p.kernel_size);
  const s = Number(p.stride), d = Number(p.dilation), pad = Number(p.padding);
  const probeEnd = probeLength < 0n ? 0 : probeLength > length ? L : Number(probeLength);
  // The shorter of input and kernel is looped outside: a window then costs at most
  // min(L_in, K) ≤ 10^4 steps beyond its products, for every product inside it.
  const byInput = Lin <= K;
  const nOuter = byInput ? Lin : K, nInner = byInput ? K : Lin;
  const outerStep = byInput ? s : d, innerStep = byInput ? d : s;
  const W = Math.max(1, Math.min(window, L));
  // y_t ≤ min(L_in, K) ≤ 10^4, so 32 bits hold it.
  const y = new Uint32Array(W);
  const tally: ProbeTally = { M: 0n, P: 0n, additions_true: 0n, probe_sum: 0n };
  for (let t0 = 0; t0 < L; t0 += W) {
    const n = Math.min(W, L - t0);
    y.fill(0);
    for (let a = 0; a < nOuter; a++) {
      // Target of (a, b), relative to the window's start: base + b·innerStep.
      const base = a * outerStep - pad - t0;
      if (base >= n) break; // later outer indices land further right still
      let b = base >= 0 ? 0 : Math.ceil(-base / innerStep);
      if (b >= nInner) continue;
      // The division is a float one: step to the first b at or past the window's start exactly.
      while (b > 0 && base + (b - 1) * innerStep >= 0) b--;
      while (b < nInner && base + b * innerStep < 0) b++;
      for (let off = base + b * innerStep; b < nInner && off < n; b++, off += innerStep) y[off]++;
    }
    // Per-window sums stay below W·10^4, exact as numbers; the totals are bigint.
    let m = 0, covered = 0, adds = 0, probe = 0;
    const inProbe = Math.max(0, Math.min(n, probeEnd - t0));
    for (let j = 0; j < n; j++) {
      const v = y[j];
      m += v;
      if (v > 0) {
        covered++;
        adds += v - 1;
      }
      if (j < inProbe) probe += v - 1;
    }
    tally.M += BigInt(m);
    tally.P += BigInt(covered);
    tally.additions_true += BigInt(adds);
    tally.probe_sum += BigInt(probe);
    yield t0 + n;
  }
  return tally;
}

/** Run streamProbe to the end at once (small layers, tests). */
export function streamProbeAll(p: Scatter, length: bigint, probeLength: bigint, window?: number): ProbeTally {
  const run = streamProbe(p, length, probeLength, window);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
