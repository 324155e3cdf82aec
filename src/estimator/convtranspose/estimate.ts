// Everything the site shows for one ConvTranspose2d/3d layer.
import type { InvalidInput } from '../core/module.ts';
import { denseCounts, type DenseCounts } from './dense.ts';
import { documentedCounts, type Documented } from './documented.ts';
import { exactCounts, type ExactCounts } from './exact.ts';
import type { Layout } from './layout.ts';
import type { TransposedParams } from './params.ts';
import { Checked, firstViolation, probeProblem } from './rules.ts';

export interface NdResult<P> {
  ok: true;
  params: P;
  /** [N, C_out, *sizes_out], or [C_out, *sizes_out] for an unbatched input. */
  output_shapes: bigint[][];
  /** The documented method, or null: no documented method (3-d), or its probe cannot run (see documented_unavailable). */
  documented: Documented | null;
  documented_unavailable: { message: string; torch: string } | null;
  exact: ExactCounts;
  /** The dense (GEMM) convention most counters report. */
  dense: DenseCounts;
  /** The spatial output sizes by name: height_out, width_out (depth_out first in 3-d). */
  [size: string]: unknown;
}

export type NdEstimate<P> = NdResult<P> | { ok: false; error: InvalidInput };

// Validate, then the output shape, the exact scatter count, the dense convention and (when
// `documented` is set and its probe runs) the documented method.
/** eq-ctn-estimate: everything the site shows for one layer, or the first rule it breaks. */
export function estimateNd<P extends TransposedParams>(p: P, layout: Layout, documented: boolean): NdEstimate<P> {
  const checked = new Checked(p, layout);
  const error = firstViolation(checked);
  if (error) return { ok: false, error };
  const { axes, outs: sizes } = checked;
  const unavailable = documented ? probeProblem(axes, layout) : null;
  const doc = documented && !unavailable ? documentedCounts(p, axes, sizes) : null;
  const shape = [...(p.batch === null ? [] : [p.batch]), p.out_channels, ...sizes];
  const named = Object.fromEntries(layout.spatialOut.map((name, i) => [name, sizes[i]]));
  return {
    ok: true,
    params: p,
    output_shapes: [shape],
    ...named,
    documented: doc,
    documented_unavailable: unavailable,
    exact: exactCounts(p, axes, sizes),
    dense: denseCounts(p, axes),
  };
}
