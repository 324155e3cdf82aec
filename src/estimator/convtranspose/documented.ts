// moduleprofiler's documented method in n dimensions (its ConvTranspose2d page; the 3-d
// module has no page, so its definition reports none, but the same formula is kept here).
import { batchSize, type TransposedParams } from './params.ts';
import { positions, product } from './outputSize.ts';
import { seedAdditions } from './seedAdditions.ts';
import type { Axis } from './tuples.ts';

/** The documented method's quantities, named as the ConvTranspose1d module names them. */
export interface Documented {
  filters: bigint;
  additions_per_filter: bigint;
  ops_per_filter: bigint;
  aggregation_ops: bigint;
  total_ops: bigint;
}

type Channels = Pick<TransposedParams, 'in_channels' | 'out_channels' | 'groups'>;

/** eq-ctn-filters: ψ = (C_in/groups)·(C_out/groups)·groups = C_in·C_out/groups. */
export function filters(p: Channels): bigint {
  return (p.in_channels / p.groups) * p.out_channels;
}

/** eq-ctn-group-width: G = C_in/groups, the input channels summed into one output channel. */
export function groupWidth(p: Pick<TransposedParams, 'in_channels' | 'groups'>): bigint {
  return p.in_channels / p.groups;
}

/** eq-ctn-ops-per-filter: λ = ∏ size_out,i · ∏ k_i + additions_per_filter. */
export function opsPerFilter(outPositions: bigint, kernelTaps: bigint, additionsPerFilter: bigint): bigint {
  return outPositions * kernelTaps + additionsPerFilter;
}

/** eq-ctn-aggregation: γ = C_out · ∏ size_out,i · ((C_in/groups − 1) + b), b = 1 with bias. */
export function aggregationOps(p: Channels & Pick<TransposedParams, 'bias'>, outPositions: bigint): bigint {
  return p.out_channels * outPositions * (groupWidth(p) - 1n + (p.bias ? 1n : 0n));
}

/** eq-ctn-total: total = N·(ψ·λ + γ), with N = 1 for an unbatched input. */
export function totalOps(batch: bigint, filterCount: bigint, opsPerFilterValue: bigint, aggregation: bigint): bigint {
  return batch * (filterCount * opsPerFilterValue + aggregation);
}

// A is the seed probe's additions, so every seed size must be at least 1 (see probeProblem in rules.ts).
/** eq-ctn-documented: total = N·(ψ·(O·∏k + A) + C_out·O·(G − 1 + b)), with its parts ψ, A, λ and γ. */
export function documentedCounts(p: TransposedParams, axes: readonly Axis[], sizes: readonly bigint[]): Documented {
  const O = positions(sizes);
  const psi = filters(p);
  const A = seedAdditions(axes);
  const lambda = opsPerFilter(O, product(axes.map((a) => a.kernel_size)), A);
  const gamma = aggregationOps(p, O);
  return { filters: psi, additions_per_filter: A, ops_per_filter: lambda, aggregation_ops: gamma, total_ops: totalOps(batchSize(p), psi, lambda, gamma) };
}
