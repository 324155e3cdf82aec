// What other counters report for a transposed convolution: the family's layer as the tools'
// common geometry (src/estimator/peers/conv.ts holds every tool's formula).
import type { PeerCount } from '../core/module.ts';
import { convPeers, type ConvGeometry } from '../peers/conv.ts';
import type { Layout } from './layout.ts';
import { outputSizes } from './outputSize.ts';
import type { TransposedParams } from './params.ts';
import { axesOf } from './tuples.ts';

/** The layer as the counters see it; only for a layer the rules accept. */
export function geometryOf(p: TransposedParams, layout: Layout): ConvGeometry {
  const axes = axesOf(p, layout);
  return {
    transposed: true,
    batch: p.batch,
    in_channels: p.in_channels,
    out_channels: p.out_channels,
    groups: p.groups,
    bias: p.bias,
    size_in: axes.map((a) => a.length_in),
    size_out: outputSizes(axes),
    kernel: axes.map((a) => a.kernel_size),
    stride: axes.map((a) => a.stride),
    dilation: axes.map((a) => a.dilation),
    padding: axes.map((a) => a.padding),
    output_padding: axes.map((a) => a.output_padding),
    padding_mode: p.padding_mode,
  };
}

/** Every tool's number for a valid transposed convolution. */
export function transposedPeers(p: TransposedParams, layout: Layout): Record<string, PeerCount> {
  return convPeers(geometryOf(p, layout));
}
