// What other counters report for ConvTranspose1d (every tool's formula: src/estimator/peers/conv.ts).
// The CLI also prints the keys it published for this module before (src/estimator/peers/published.ts).
import type { PeerCount } from '../core/module.ts';
import { convPeers, type ConvGeometry } from '../peers/conv.ts';
import { outputLength } from './outputLength.ts';
import type { ConvTranspose1dParams } from './params.ts';

/** The layer as the counters see it; only for a layer the rules accept. */
export function geometryOf(p: ConvTranspose1dParams): ConvGeometry {
  return {
    transposed: true,
    batch: p.batch,
    in_channels: p.in_channels,
    out_channels: p.out_channels,
    groups: p.groups,
    bias: p.bias,
    size_in: [p.length_in],
    size_out: [outputLength(p)],
    kernel: [p.kernel_size],
    stride: [p.stride],
    dilation: [p.dilation],
    padding: [p.padding],
    output_padding: [p.output_padding],
    padding_mode: 'zeros',
  };
}

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: ConvTranspose1dParams): Record<string, PeerCount> => convPeers(geometryOf(p));
