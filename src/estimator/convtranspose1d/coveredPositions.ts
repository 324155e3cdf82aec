import { countInWindow } from '../math/latticeCount.ts';
import { gcd } from '../math/integer.ts';
import type { Scatter } from './productsInWindow.ts';
import { productsInWindow } from './productsInWindow.ts';

/**
 * eq-covered-outputs: the number of output positions in [0, window) that receive at
 * least one product (P).
 *
 * Why this is a closed form: with g = gcd(stride, dilation), S = stride/g and
 * D = dilation/g, taps k and k' can only hit the same position when k ≡ k' (mod S).
 * Within one such class the taps k0, k0+S, … stamp the input's L_in positions at
 * offsets D apart (in units of stride). If D > L_in the stamps never meet, so every
 * product has its own position and P = M. Otherwise each class covers one unbroken
 * run of length (J−1)·D + L_in, J being its number of taps, which takes only two
 * values; each group of classes is then a lattice count like M itself.
 */
export function coveredPositions(p: Scatter, window: bigint): bigint {
  const last = window - 1n;
  const g = gcd(p.stride, p.dilation);
  const S = p.stride / g;
  const D = p.dilation / g;
  const K = p.kernel_size;
  if (K <= S || D > p.length_in) return productsInWindow(p, 0n, last);
  const q = K / S; // every class has q or q + 1 taps
  const r = K % S; // classes 0..r−1 have q + 1
  const lo = p.padding;
  const hi = last + p.padding;
  const longRuns = countInWindow(r, p.dilation, q * D + p.length_in, p.stride, lo, hi);
  const shift = r * p.dilation;
  const shortRuns = countInWindow(S - r, p.dilation, (q - 1n) * D + p.length_in, p.stride, lo - shift, hi - shift);
  return longRuns + shortRuns;
}
