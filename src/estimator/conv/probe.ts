// The all-ones probe of the golden data, in closed form: per axis, then as products in N-d.
import { denseTaps, outputSize, product, type Axis } from './axis.ts';
import { positionsReached } from './positions.ts';
import { tapsInBounds } from './taps.ts';

/** One axis of the probe: a 1→1-channel convolution of ones with a ones kernel and zero padding. */
export interface AxisProbe {
  size_in: bigint;
  size_out: bigint;
  /** [left, right] padding PyTorch applies (negative crops). */
  pad: [bigint, bigint];
  /** size_out·k. */
  dense: bigint;
  /** Σ y[o]: taps on the real input. */
  taps_in_bounds: bigint;
  /** Outputs with y[o] ≥ 1. */
  positions_reached: bigint;
}

export interface Probe {
  per_dim: AxisProbe[];
  /** ∏out·∏k: products per filter of a dense implementation. */
  dense_per_filter: bigint;
  /** ∏ taps_in_bounds: products per filter that do not read zero padding. */
  taps_in_bounds: bigint;
  /** ∏ positions_reached: outputs that see at least one input element through zero padding. */
  positions_reached: bigint;
  /** Products per filter that read data: dense_per_filter unless padding_mode is 'zeros'. */
  taps_on_data: bigint;
  /** Outputs with at least one product on data: all of them unless padding_mode is 'zeros'. */
  positions_on_data: bigint;
}

/** eq-conv-axis-probe: one axis's output size, dense taps, taps on the input and outputs reached. */
export function axisProbe(a: Axis): AxisProbe {
  const size_out = outputSize(a);
  return {
    size_in: a.size_in,
    size_out,
    pad: [a.pad[0], a.pad[1]],
    dense: denseTaps(a, size_out),
    taps_in_bounds: tapsInBounds(a, size_out),
    positions_reached: positionsReached(a, size_out),
  };
}

/**
 * eq-conv-probe: the N-d probe is the outer product of the per-axis probes, so each count is a
 * product. With padding_mode reflect, replicate or circular the padded values are data: every
 * tap reads data and every output is reached.
 */
export function probe(axes: readonly Axis[], paddingMode: string): Probe {
  const per_dim = axes.map(axisProbe);
  const outputs = product(per_dim.map((d) => d.size_out));
  const dense_per_filter = product(per_dim.map((d) => d.dense));
  const taps_in_bounds = product(per_dim.map((d) => d.taps_in_bounds));
  const positions_reached = product(per_dim.map((d) => d.positions_reached));
  const zeros = paddingMode === 'zeros';
  return {
    per_dim,
    dense_per_filter,
    taps_in_bounds,
    positions_reached,
    taps_on_data: zeros ? taps_in_bounds : dense_per_filter,
    positions_on_data: zeros ? positions_reached : outputs,
  };
}
