// What other counters report for ConvTranspose1d (every tool's formula: src/estimator/peers/conv.ts),
// under the registry's keys and, first, under the keys the CLI published for this module before
// (src/estimator/peers/published.ts: the same numbers, the old names, units and notes).
import type { PeerCount } from '../core/module.ts';
import { convPeers, type ConvGeometry } from '../peers/conv.ts';
import { publishedConvTranspose1dPeers } from '../peers/published.ts';
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

/** Each tool's number for a valid layer: the published keys, then the registry's (a published key keeps its published form). */
export const peers = (p: ConvTranspose1dParams): Record<string, PeerCount> => {
  const g = geometryOf(p);
  const out = publishedConvTranspose1dPeers(g);
  for (const [id, c] of Object.entries(convPeers(g))) if (!(id in out)) out[id] = c;
  return out;
};
