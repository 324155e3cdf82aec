import type { ConvTranspose1dParams } from './params.ts';
import { batchSize } from './params.ts';
import { filters } from './filters.ts';

/** eq-total-ops: total = N·(ψ·λ + γ). */
export function totalOps(batch: bigint, filterCount: bigint, opsPerFilter: bigint, aggregationOps: bigint): bigint {
  return batch * (filterCount * opsPerFilter + aggregationOps);
}

/**
 * eq-total-bias / eq-total-nobias: the summary's expanded form,
 * N·(C_in·C_out/groups)·(L_out·(K + 1) + A), minus N·C_out·L_out without bias.
 * Algebraically equal to totalOps; kept separately so tests prove the expansion.
 */
export function totalOpsExpanded(p: ConvTranspose1dParams, lengthOut: bigint, additionsPerFilter: bigint): bigint {
  const N = batchSize(p);
  const withBias = N * filters(p) * (lengthOut * (p.kernel_size + 1n) + additionsPerFilter);
  return p.bias ? withBias : withBias - N * p.out_channels * lengthOut;
}
