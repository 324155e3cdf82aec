import { probeLength } from './outputLength.ts';
import type { Scatter } from './productsInWindow.ts';
import { productsInWindow } from './productsInWindow.ts';
import type { ConvTranspose1dParams } from './params.ts';

/**
 * eq-additions-probe: the documented additions per filter, Σ (y_t − 1) over the ones
 * probe (same kernel_size, stride, padding, dilation, no output_padding), which is
 * M_probe − L_probe. It is negative when the probe has positions that receive no
 * product. Requires a valid probe (probeLength ≥ 1).
 */
export function additionsPerFilter(p: Scatter & Pick<ConvTranspose1dParams, 'output_padding'>): bigint {
  const length = probeLength(p);
  return productsInWindow(p, 0n, length - 1n) - length;
}
