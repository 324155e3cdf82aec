// Brute force, for tests only: the n-d ones probe run literally, one product at a time.
// The only loops over sizes in the family live here.
import type { Axis } from './tuples.ts';

/** Largest ∏in·∏k (products) and ∏sizes (positions) the simulator accepts. */
export const SIMULATION_LIMIT = 4_000_000;

export interface ProbeNd {
  /** The output's sizes, in PyTorch's order. */
  shape: number[];
  /** y[t], row-major (the last axis fastest): the products that land on each output position. */
  y: Int32Array;
}

// Every pair (input index i, kernel index k) adds 1 at t with t_a = i_a·s_a + k_a·d_a − p_a on
// every axis a, when each t_a lies in [0, sizes_a).
/** eq-ctn-simulate: the all-ones input scattered through the all-ones kernel, literally: y over the given output sizes. */
export function simulateProbeNd(axes: readonly Axis[], sizes: readonly bigint[]): ProbeNd {
  const n = axes.length;
  const inSizes = axes.map((a) => Number(a.length_in));
  const kSizes = axes.map((a) => Number(a.kernel_size));
  const shape = sizes.map((x) => (x > 0n ? Number(x) : 0));
  const products = [...inSizes, ...kSizes].reduce((a, b) => a * b, 1);
  const outs = shape.reduce((a, b) => a * b, 1);
  if (products > SIMULATION_LIMIT || outs > SIMULATION_LIMIT) throw new RangeError(`simulateProbeNd: ${products} products or ${outs} positions exceed the limit`);
  const y = new Int32Array(outs);
  if (products === 0 || outs === 0) return { shape, y };
  const s = axes.map((a) => Number(a.stride));
  const d = axes.map((a) => Number(a.dilation));
  const p = axes.map((a) => Number(a.padding));
  // One odometer over every (input index, kernel index) pair: digits 0..n−1 index the input,
  // n..2n−1 the kernel.
  const radix = [...inSizes, ...kSizes];
  const digit = new Array<number>(2 * n).fill(0);
  for (let step = 0; step < products; step++) {
    let flat = 0;
    let inside = true;
    for (let a = 0; a < n; a++) {
      const t = digit[a] * s[a] + digit[n + a] * d[a] - p[a];
      if (t < 0 || t >= shape[a]) {
        inside = false;
        break;
      }
      flat = flat * shape[a] + t;
    }
    if (inside) y[flat]++;
    for (let j = 2 * n - 1; j >= 0; j--) {
      if (++digit[j] < radix[j]) break;
      digit[j] = 0;
    }
  }
  return { shape, y };
}

/** eq-ctn-summarize: from y, M = Σy, P = #{y ≥ 1}, the true additions Σ max(y − 1, 0) and the probe sum Σ (y − 1). */
export function summarizeNd(y: Int32Array): { M: bigint; P: bigint; additions_true: bigint; probe_sum: bigint } {
  let M = 0, P = 0, adds = 0;
  for (const v of y) {
    M += v;
    if (v > 0) {
      P++;
      adds += v - 1;
    }
  }
  return { M: BigInt(M), P: BigInt(P), additions_true: BigInt(adds), probe_sum: BigInt(M - y.length) };
}

/** eq-ctn-nest: y as nested arrays in PyTorch's order, as the golden data's ones_output writes it. */
export function nested(probe: ProbeNd): unknown[] {
  const build = (axis: number, offset: number): unknown[] => {
    const n = probe.shape[axis];
    const stride = probe.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
    return Array.from({ length: n }, (_, i) => (axis === probe.shape.length - 1 ? probe.y[offset + i] : build(axis + 1, offset + i * stride)));
  };
  return build(0, 0);
}
