// The dense (GEMM) convention most counters report.
import { groupWidth } from './documented.ts';
import { batchSize, type ConvParams } from './params.ts';

/** The dense convention: every tap of every output counted, padding included. */
export interface DenseCounts {
  /** N·C_out·∏out·G·∏k. */
  macs: bigint;
  /** One multiplication per MAC. */
  multiplications: bigint;
  /** One accumulation per MAC (the convention; a real sum needs one fewer). */
  additions: bigint;
  /** FLOPs = 2·MACs; the bias is not counted, as FlopCounterMode and fvcore do not count it. */
  total_ops: bigint;
}

/** eq-conv-dense: MACs = N·C_out·∏out·(C_in/groups)·∏k, multiplications = additions = MACs, FLOPs = 2·MACs. */
export function denseCounts(p: ConvParams, outPositions: bigint, kernelTaps: bigint): DenseCounts {
  const macs = batchSize(p) * p.out_channels * outPositions * groupWidth(p) * kernelTaps;
  return { macs, multiplications: macs, additions: macs, total_ops: 2n * macs };
}
