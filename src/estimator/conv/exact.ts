// The exact count of a direct implementation that skips zero padding.
import { groupWidth } from './documented.ts';
import { batchSize, type ConvParams } from './params.ts';

export interface ExactCounts {
  /** T: products per filter (one input/output channel pair) that read real data. */
  products_per_filter: bigint;
  /** P: output positions per filter with at least one such product. */
  positions_reached: bigint;
  multiplications: bigint;
  additions: bigint;
  total_ops: bigint;
  /** Multiply–accumulates: every product is accumulated once, so MACs = multiplications. */
  macs: bigint;
}

/**
 * eq-conv-exact: with T products and P reached positions per filter and G = C_in/groups, each of
 * the N·C_out output planes takes G·T products; a reached position sums its G·y products with
 * G·y − 1 additions plus one for the bias, and a position no product reaches holds the bias
 * alone. So multiplications = N·C_out·G·T, additions = N·C_out·(G·T − P + b·P).
 */
export function exactCounts(p: ConvParams, T: bigint, P: bigint): ExactCounts {
  const planes = batchSize(p) * p.out_channels;
  const G = groupWidth(p);
  const multiplications = planes * G * T;
  const additions = planes * (G * T - P + (p.bias ? P : 0n));
  return { products_per_filter: T, positions_reached: P, multiplications, additions, total_ops: multiplications + additions, macs: multiplications };
}
