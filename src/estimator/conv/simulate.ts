// Brute force, for tests only: the all-ones probe run literally in n dimensions.
import type { Axis } from './axis.ts';

/** Largest number of (output position, kernel tap) pairs the simulator walks. */
export const SIMULATION_LIMIT = 2_000_000;

export interface Simulated {
  sizes_out: number[];
  /** y per output position, in row-major order. */
  ones_output: number[];
  dense: number;
  taps_in_bounds: number;
  positions_reached: number;
}

/**
 * eq-conv-simulate: brute force, the all-ones probe by definition (tests only). Builds the
 * padded input as PyTorch's zero padding does (a mask: 1 on the real input, 0 on
 * padding; a negative pad drops elements), slides an all-ones kernel over it with the axes'
 * strides and dilations, and counts for every output position the taps that land on a 1.
 * Throws RangeError for layers beyond SIMULATION_LIMIT.
 */
export function simulateProbe(axes: readonly Axis[]): Simulated {
  const n = axes.map((a) => Number(a.size_in));
  const l = axes.map((a) => Number(a.pad[0]));
  const padded = axes.map((a) => Number(a.size_in + a.pad[0] + a.pad[1]));
  const k = axes.map((a) => Number(a.kernel_size));
  const s = axes.map((a) => Number(a.stride));
  const d = axes.map((a) => Number(a.dilation));
  const out = axes.map((_, i) => Math.floor((padded[i] - d[i] * (k[i] - 1) - 1) / s[i]) + 1);
  const outputs = out.reduce((a, b) => a * Math.max(b, 0), 1);
  const taps = k.reduce((a, b) => a * b, 1);
  if (outputs * taps > SIMULATION_LIMIT || padded.some((x) => x > SIMULATION_LIMIT)) {
    throw new RangeError(`simulateProbe: ${outputs}×${taps} pairs exceed the limit`);
  }
  // The padded input, flattened row-major: padded coordinate x holds real input x − left.
  const strides = padded.map((_, i) => padded.slice(i + 1).reduce((a, b) => a * b, 1));
  const mask = new Uint8Array(padded.reduce((a, b) => a * b, 1));
  for (let flat = 0; flat < mask.length; flat++) {
    let real = true;
    for (let i = 0; i < axes.length; i++) {
      const x = Math.floor(flat / strides[i]) % padded[i];
      if (x - l[i] < 0 || x - l[i] >= n[i]) real = false;
    }
    mask[flat] = real ? 1 : 0;
  }
  const y: number[] = [];
  const index = (flat: number, sizes: number[]) => sizes.map((_, i) => Math.floor(flat / sizes.slice(i + 1).reduce((a, b) => a * b, 1)) % sizes[i]);
  for (let o = 0; o < outputs; o++) {
    const oi = index(o, out);
    let count = 0;
    for (let t = 0; t < taps; t++) {
      const ti = index(t, k);
      let flat = 0;
      for (let i = 0; i < axes.length; i++) flat += (oi[i] * s[i] + ti[i] * d[i]) * strides[i];
      count += mask[flat];
    }
    y.push(count);
  }
  return {
    sizes_out: out,
    ones_output: y,
    dense: outputs * taps,
    taps_in_bounds: y.reduce((a, b) => a + b, 0),
    positions_reached: y.filter((v) => v > 0).length,
  };
}
