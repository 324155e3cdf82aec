// The documented additions per filter: Σ (y − 1) over the ones probe built without output_padding.
import { productsPerFilter } from './products.ts';
import { product, seedSizes } from './outputSize.ts';
import type { Axis } from './tuples.ts';

// Negative where the probe has positions no product reaches. Defined only when every seed size
// is at least 1 (else PyTorch refuses the probe).
/** eq-ctn-additions-probe: additions_per_filter = Σ (y − 1) over the seed probe = ∏ (per-axis seed Σy) − ∏ seed_i. */
export function seedAdditions(axes: readonly Axis[]): bigint {
  const seeds = seedSizes(axes);
  return productsPerFilter(axes, seeds) - product(seeds);
}
