import type { ConvTranspose1dParams } from './params.ts';
import { batchSize } from './params.ts';
import { filters } from './filters.ts';

/** The dense (GEMM) convention most counters report: every tap of every input element, cropped or not. */
export interface DenseCounts {
  /** N·L_in·ψ·K: one multiply–accumulate per input element, filter and tap. */
  macs: bigint;
  /** One multiplication per MAC. */
  multiplications: bigint;
  /** One accumulation per MAC (the convention; a real GEMM needs one fewer per sum). */
  additions: bigint;
  /** FLOPs = 2·MACs; the bias is not counted, as FlopCounterMode and fvcore do not count it. */
  total_ops: bigint;
}

/**
 * eq-dense-macs: MACs_dense = N·L_in·ψ·K, the products a GEMM over the whole input performs
 * (the spatial factor of a transposed convolution is the input length), and FLOPs = 2·MACs.
 */
export function denseCounts(p: Pick<ConvTranspose1dParams, 'batch' | 'in_channels' | 'out_channels' | 'groups' | 'kernel_size' | 'length_in'>): DenseCounts {
  const macs = batchSize(p) * p.length_in * filters(p) * p.kernel_size;
  return { macs, multiplications: macs, additions: macs, total_ops: 2n * macs };
}
