// The exact count of a direct scatter implementation, from the n-d M and P.
import { exactCounts as exactFromMP, type ExactCounts } from '../convtranspose1d/exactCounts.ts';
import { coveredPerFilter } from './coveredPositions.ts';
import type { TransposedParams } from './params.ts';
import { productsPerFilter } from './products.ts';
import type { Axis } from './tuples.ts';

export type { ExactCounts };

// Each of the N·C_out output planes sums G = C_in/groups filters: a covered position receives
// G·y products and needs G·y − 1 additions, plus one for the bias; an uncovered one holds the bias.
/** eq-ctn-exact: multiplications = N·C_out·G·M, additions = N·C_out·(G·M − P + b·P), MACs = multiplications (M = ∏M_i, P = ∏P_i). */
export function exactCounts(p: TransposedParams, axes: readonly Axis[], sizes: readonly bigint[]): ExactCounts {
  return exactFromMP(p, productsPerFilter(axes, sizes), coveredPerFilter(axes, sizes));
}
