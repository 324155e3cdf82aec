import type { ConvTranspose1dParams } from './params.ts';
import { batchSize } from './params.ts';
import { groupWidth } from './filters.ts';

export interface ExactCounts {
  /** M: products per filter whose target lies inside the output. */
  products_per_filter: bigint;
  /** P: output positions per filter that receive at least one product. */
  covered_positions: bigint;
  /** M − P: additions per filter when one filter's products are summed position by position. */
  additions_per_filter: bigint;
  multiplications: bigint;
  additions: bigint;
  total_ops: bigint;
  /** Multiply–accumulates: every product is accumulated once, so MACs = multiplications (eq-exact-macs). */
  macs: bigint;
}

/**
 * eq-exact-mults, eq-exact-adds, eq-exact-total, eq-exact-macs: what a direct scatter implementation performs.
 * Each of the N·C_out output rows sums G = C_in/groups filters; a covered position receives
 * G·y_t products and needs G·y_t − 1 additions, plus one for the bias; an uncovered position
 * just holds the bias (or zero).
 */
export function exactCounts(
  p: Pick<ConvTranspose1dParams, 'batch' | 'in_channels' | 'out_channels' | 'groups' | 'bias'>,
  M: bigint,
  P: bigint,
): ExactCounts {
  const rows = batchSize(p) * p.out_channels;
  const G = groupWidth(p);
  const multiplications = rows * G * M;
  const additions = rows * (G * M - P + (p.bias ? P : 0n));
  return {
    products_per_filter: M,
    covered_positions: P,
    additions_per_filter: M - P,
    multiplications,
    additions,
    total_ops: multiplications + additions,
    macs: multiplications,
  };
}
