// Per-axis counts of a pool, in closed form: a pool window is the tap set of a depthwise
// convolution (kernel k, stride s, dilation d, padding p on both sides), so the convolution
// family's lattice counts give the real elements of all windows along an axis at once, never
// walking the windows. The windows of an N-d pool are products of per-axis windows, so every
// N-d sum is the product of the per-axis sums.
import { product } from '../conv/axis.ts';
import { positionsReached } from '../conv/positions.ts';
import { tapsInBounds } from '../conv/taps.ts';
import type { PoolAxis } from './rules.ts';

export interface AxisCounts {
  size_in: bigint;
  size_out: bigint;
  padding: bigint;
  /** size_out·k: every window counted as full. */
  dense: bigint;
  /** Σ_o y[o]: the real input elements of all windows along the axis. */
  taps_in_bounds: bigint;
  /** Windows with at least one real element. */
  positions_reached: bigint;
  /** Σ_o of the window's extent inside the padded input, [o·s, min(o·s + k, in + 2p)): count_include_pad's divisor factor, summed (avg pools). */
  padded_extent: bigint;
}

const convAxis = (a: PoolAxis) => ({ size_in: a.size_in, pad: [a.padding, a.padding] as const, kernel_size: a.kernel_size, stride: a.stride, dilation: a.dilation });

/** eq-pool-window-elements: one axis's sums, each O(log) whatever the sizes. */
export function axisCounts(a: PoolAxis): AxisCounts {
  const c = convAxis(a);
  // The padded input seen as the real one: its elements inside the windows are the positions count_include_pad divides by.
  const padded = { size_in: a.size_in + 2n * a.padding, pad: [0n, 0n] as const, kernel_size: a.kernel_size, stride: a.stride, dilation: a.dilation };
  return {
    size_in: a.size_in,
    size_out: a.size_out,
    padding: a.padding,
    dense: a.size_out * a.kernel_size,
    taps_in_bounds: tapsInBounds(c, a.size_out),
    positions_reached: positionsReached(c, a.size_out),
    padded_extent: tapsInBounds(padded, a.size_out),
  };
}

export interface PlaneCounts {
  per_dim: AxisCounts[];
  /** O = ∏ size_out. */
  outputs: bigint;
  /** K = ∏ k. */
  window_elements: bigint;
  /** T = ∏ T_i: real elements over all windows of one (sample, channel) plane. */
  taps_in_bounds: bigint;
  /** P = ∏ P_i: windows of a plane with at least one real element. */
  positions_reached: bigint;
  /** Σ over a plane's windows of count_include_pad's divisor, ∏ of the per-axis sums. */
  padded_extent: bigint;
}

/** eq-pool-nd-product: a plane's sums as products of the per-axis sums. */
export function planeCounts(axes: readonly PoolAxis[]): PlaneCounts {
  const per_dim = axes.map(axisCounts);
  return {
    per_dim,
    outputs: product(axes.map((a) => a.size_out)),
    window_elements: product(axes.map((a) => a.kernel_size)),
    taps_in_bounds: product(per_dim.map((d) => d.taps_in_bounds)),
    positions_reached: product(per_dim.map((d) => d.positions_reached)),
    padded_extent: product(per_dim.map((d) => d.padded_extent)),
  };
}
