import { countInWindow } from '../math/latticeCount.ts';
import type { ConvTranspose1dParams } from './params.ts';

export type Scatter = Pick<
  ConvTranspose1dParams,
  'length_in' | 'kernel_size' | 'stride' | 'padding' | 'dilation'
>;

/**
 * eq-products-window: the number of products x[i]·w[k] of one filter whose target
 * t = i·stride + k·dilation − padding lies in [from, to] (output positions, inclusive).
 * Closed form (lattice-point count), no loop over the input.
 */
export function productsInWindow(p: Scatter, from: bigint, to: bigint): bigint {
  return countInWindow(p.kernel_size, p.dilation, p.length_in, p.stride, from + p.padding, to + p.padding);
}

/** eq-products-at: y_t, the number of products that land on output position t (the ones probe's value there). */
export function productsAt(p: Scatter, t: bigint): bigint {
  return productsInWindow(p, t, t);
}
