// Everything the site shows for one Conv1d/2d/3d layer.
import type { InvalidInput } from '../core/module.ts';
import { product } from './axis.ts';
import { denseCounts, type DenseCounts } from './dense.ts';
import { documentedCounts, type Documented } from './documented.ts';
import { exactCounts, type ExactCounts } from './exact.ts';
import { trace } from './forward.ts';
import type { Layout } from './layout.ts';
import type { ConvParams } from './params.ts';
import { probe, type AxisProbe } from './probe.ts';

export interface ConvResult<P> {
  ok: true;
  params: P;
  /** [[N, C_out, *sizes_out]], or [[C_out, *sizes_out]] for an unbatched input. */
  output_shapes: bigint[][];
  /** The documented method (moduleprofiler), or null for Conv3d, which it does not document. */
  documented: Documented | null;
  exact: ExactCounts;
  /** The dense (GEMM) convention most counters report. */
  dense: DenseCounts;
  /** Per spatial dimension: sizes, the padding applied, and the all-ones probe's counts. */
  per_dim: AxisProbe[];
  dense_per_filter: bigint;
  taps_in_bounds: bigint;
  positions_reached: bigint;
  taps_on_data: bigint;
  /** The spatial output sizes by name: length_out, or height_out and width_out, … */
  [size: string]: unknown;
}

export type ConvEstimate<P> = ConvResult<P> | { ok: false; error: InvalidInput };

/**
 * eq-conv-estimate: validate along PyTorch's path, then the output shape, the probe's counts,
 * the exact count of an implementation that skips zero padding, the dense convention and (when
 * `documented` is set) moduleprofiler's documented method.
 */
export function estimateNd<P extends ConvParams>(p: P, layout: Layout, documented: boolean): ConvEstimate<P> {
  const t = trace(p, layout);
  if (!t.ok) return { ok: false, error: t.error };
  const pr = probe(t.axes, p.padding_mode);
  const sizes = pr.per_dim.map((d) => d.size_out);
  const O = product(sizes);
  const K = product(t.axes.map((a) => a.kernel_size));
  const shape = p.batch === null ? [p.out_channels, ...sizes] : [p.batch, p.out_channels, ...sizes];
  // Filled in one fixed order (the spatial sizes right after the shape, as the golden data lists them).
  const result = { ok: true, params: p, output_shapes: [shape] } as ConvResult<P>;
  for (let i = 0; i < sizes.length; i++) result[layout.spatialOut[i]] = sizes[i];
  result.documented = documented ? documentedCounts(p, O, K) : null;
  result.exact = exactCounts(p, pr.taps_on_data, pr.positions_on_data);
  result.dense = denseCounts(p, O, K);
  result.per_dim = pr.per_dim;
  result.dense_per_filter = pr.dense_per_filter;
  result.taps_in_bounds = pr.taps_in_bounds;
  result.positions_reached = pr.positions_reached;
  result.taps_on_data = pr.taps_on_data;
  return result;
}
