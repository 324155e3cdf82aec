// The dense (GEMM) convention most counters report, as the ConvTranspose1d module defines it.
import type { DenseCounts } from '../convtranspose1d/denseCounts.ts';
import { filters } from './documented.ts';
import { product } from './outputSize.ts';
import { batchSize, type TransposedParams } from './params.ts';
import type { Axis } from './tuples.ts';

export type { DenseCounts };

// One multiply–accumulate per input element, filter and tap, cropped or not; multiplications =
// additions = MACs and FLOPs = 2·MACs, the bias not counted (as FlopCounterMode and fvcore count).
/** eq-ctn-dense-macs: MACs = N·∏ in_i·ψ·∏ k_i, multiplications = additions = MACs, FLOPs = 2·MACs. */
export function denseCounts(p: TransposedParams, axes: readonly Axis[]): DenseCounts {
  const macs = batchSize(p) * product(axes.map((a) => a.length_in)) * filters(p) * product(axes.map((a) => a.kernel_size));
  return { macs, multiplications: macs, additions: macs, total_ops: 2n * macs };
}
