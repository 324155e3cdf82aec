// Output and seed (documented probe) sizes, per axis, from the 1-d module's closed forms.
import { outputLength, probeLength } from '../convtranspose1d/outputLength.ts';
import type { Axis } from './tuples.ts';

/** eq-ctn-output-size: size_out,i = (in_i − 1)·s_i − 2·p_i + d_i·(k_i − 1) + op_i + 1, per axis. */
export function outputSizes(axes: readonly Axis[]): bigint[] {
  return axes.map(outputLength);
}

/** eq-ctn-seed-size: the documented probe is built without output_padding, so seed_i = size_out,i − op_i. */
export function seedSizes(axes: readonly Axis[]): bigint[] {
  return axes.map(probeLength);
}

/** eq-ctn-positions: O = ∏ size_out,i, the output positions of one channel. */
export function positions(sizes: readonly bigint[]): bigint {
  return product(sizes);
}

/** eq-ctn-product: ∏ x_i (1 for no factors). */
export function product(xs: readonly bigint[]): bigint {
  let r = 1n;
  for (const x of xs) r *= x;
  return r;
}
