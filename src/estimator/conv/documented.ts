// moduleprofiler's documented method (its Conv1d and Conv2d pages), in n dimensions. Its
// quantities are named as the ConvTranspose modules name the same variables: ψ filters,
// λ ops_per_filter, γ aggregation_ops.
import { batchSize, type ConvParams } from './params.ts';

export interface Documented {
  /** ψ = C_in·C_out/groups. */
  filters: bigint;
  /** λ = ∏out·(2·∏k − 1). */
  ops_per_filter: bigint;
  /** γ = C_out·∏out·(C_in/groups − 1 + b). */
  aggregation_ops: bigint;
  /** N·(ψ·λ + γ). */
  total_ops: bigint;
}

type Channels = Pick<ConvParams, 'in_channels' | 'out_channels' | 'groups'>;

/** eq-conv-group-width: G = C_in/groups, the input channels summed into one output channel. */
export function groupWidth(p: Pick<ConvParams, 'in_channels' | 'groups'>): bigint {
  return p.in_channels / p.groups;
}

/** eq-conv-filters: ψ = (C_in/groups)·(C_out/groups)·groups = C_in·C_out/groups. */
export function filters(p: Channels): bigint {
  return groupWidth(p) * p.out_channels;
}

/** eq-conv-ops-per-filter: λ = ∏out·(k + (k − 1)) = ∏out·(2·∏k − 1), with ∏k the kernel's taps. */
export function opsPerFilter(outPositions: bigint, kernelTaps: bigint): bigint {
  return outPositions * (2n * kernelTaps - 1n);
}

/** eq-conv-aggregation: γ = C_out·∏out·((C_in/groups − 1) + b), b = 1 with bias. */
export function aggregationOps(p: Channels & Pick<ConvParams, 'bias'>, outPositions: bigint): bigint {
  return p.out_channels * outPositions * (groupWidth(p) - 1n + (p.bias ? 1n : 0n));
}

/** eq-conv-total: total = N·(ψ·λ + γ), with N = 1 for an unbatched input. */
export function totalOps(batch: bigint, filterCount: bigint, lambda: bigint, gamma: bigint): bigint {
  return batch * (filterCount * lambda + gamma);
}

/** eq-conv-total-closed: the same total in closed form, N·C_out·∏out·(2·G·∏k − 1 + b) (the golden data's formula_ops). */
export function totalOpsClosed(p: ConvParams, outPositions: bigint, kernelTaps: bigint): bigint {
  return batchSize(p) * p.out_channels * outPositions * (2n * groupWidth(p) * kernelTaps - 1n + (p.bias ? 1n : 0n));
}

/** eq-conv-documented: the whole documented method from the output positions ∏out and kernel taps ∏k. */
export function documentedCounts(p: ConvParams, outPositions: bigint, kernelTaps: bigint): Documented {
  const psi = filters(p);
  const lambda = opsPerFilter(outPositions, kernelTaps);
  const gamma = aggregationOps(p, outPositions);
  return { filters: psi, ops_per_filter: lambda, aggregation_ops: gamma, total_ops: totalOps(batchSize(p), psi, lambda, gamma) };
}
