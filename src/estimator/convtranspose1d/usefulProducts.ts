import { outputLength } from './outputLength.ts';
import type { ConvTranspose1dParams } from './params.ts';
import { productsInWindow } from './productsInWindow.ts';

/** eq-exact-products: M = Σ_t y_t, the products per filter whose target lies inside the output [0, L_out). */
export function usefulProducts(p: ConvTranspose1dParams): bigint {
  return productsInWindow(p, 0n, outputLength(p) - 1n);
}
