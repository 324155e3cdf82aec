// Shared fast-check generator of random valid small ConvTranspose1d layers.
import fc from 'fast-check';
import type { ConvTranspose1dParams } from '../../src/estimator/convtranspose1d/index.ts';

export interface SmallLayerBounds {
  length: number;
  kernel: number;
  stride: number;
  dilation: number;
  /** Largest groups, and largest multiple of groups for each channel count. */
  groups: number;
  multiple: number;
  batch: number;
  padding: number;
}

/**
 * Valid layers within the bounds: output_padding below max(stride, dilation), padding at
 * most `bounds.padding` and small enough that L_out = full − 2·padding stays ≥ 1, where
 * full = (L_in − 1)·s + d·(K − 1) + output_padding + 1.
 */
export function smallLayer(bounds: SmallLayerBounds): fc.Arbitrary<ConvTranspose1dParams> {
  return fc
    .record({
      length_in: fc.integer({ min: 1, max: bounds.length }),
      kernel_size: fc.integer({ min: 1, max: bounds.kernel }),
      stride: fc.integer({ min: 1, max: bounds.stride }),
      dilation: fc.integer({ min: 1, max: bounds.dilation }),
      opFrac: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      padFrac: fc.double({ min: 0, max: 1, noNaN: true }),
      groups: fc.integer({ min: 1, max: bounds.groups }),
      inMul: fc.integer({ min: 1, max: bounds.multiple }),
      outMul: fc.integer({ min: 1, max: bounds.multiple }),
      batch: fc.option(fc.integer({ min: 1, max: bounds.batch })),
      bias: fc.boolean(),
    })
    .map((r) => {
      const output_padding = Math.floor(r.opFrac * Math.max(r.stride, r.dilation));
      const full = (r.length_in - 1) * r.stride + r.dilation * (r.kernel_size - 1) + output_padding + 1;
      const padding = Math.round(r.padFrac * Math.min(bounds.padding, Math.floor((full - 1) / 2)));
      return {
        batch: r.batch === null ? null : BigInt(r.batch),
        in_channels: BigInt(r.groups * r.inMul),
        out_channels: BigInt(r.groups * r.outMul),
        length_in: BigInt(r.length_in),
        kernel_size: BigInt(r.kernel_size),
        stride: BigInt(r.stride),
        padding: BigInt(padding),
        output_padding: BigInt(output_padding),
        dilation: BigInt(r.dilation),
        groups: BigInt(r.groups),
        bias: r.bias,
      };
    });
}
