// Products per filter: the n-d scatter is the outer product of the per-axis scatters.
import { productsInWindow } from '../convtranspose1d/productsInWindow.ts';
import { product } from './outputSize.ts';
import type { Axis } from './tuples.ts';

/** eq-ctn-products-axis: M_i = Σ_t y_i[t] over [0, size_i), the 1-d products whose target lies inside. */
export function productsPerAxis(axes: readonly Axis[], sizes: readonly bigint[]): bigint[] {
  return axes.map((a, i) => productsInWindow(a, 0n, sizes[i] - 1n));
}

/** eq-ctn-products: M = ∏ M_i, the products per filter that land inside the output (y is separable). */
export function productsPerFilter(axes: readonly Axis[], sizes: readonly bigint[]): bigint {
  return product(productsPerAxis(axes, sizes));
}
