import type { ConvTranspose1dParams } from './params.ts';

type Geometry = Pick<
  ConvTranspose1dParams,
  'length_in' | 'kernel_size' | 'stride' | 'padding' | 'output_padding' | 'dilation'
>;

/** eq-output-length: L_out = (L_in − 1)·stride − 2·padding + dilation·(K − 1) + output_padding + 1. */
export function outputLength(p: Geometry): bigint {
  return (
    (p.length_in - 1n) * p.stride -
    2n * p.padding +
    p.dilation * (p.kernel_size - 1n) +
    p.output_padding +
    1n
  );
}

/** eq-probe-length: the documented probe is built without output_padding, so it is output_padding shorter. */
export function probeLength(p: Geometry): bigint {
  return outputLength(p) - p.output_padding;
}
