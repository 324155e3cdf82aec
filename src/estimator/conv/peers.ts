// What other counters report for a forward convolution: the family's layer as the tools'
// common geometry (src/estimator/peers/conv.ts holds every tool's formula).
import type { PeerCount } from '../core/module.ts';
import { convPeers, type ConvGeometry } from '../peers/conv.ts';
import { outputSize } from './axis.ts';
import { trace } from './forward.ts';
import type { Layout } from './layout.ts';
import type { ConvParams } from './params.ts';
import { expandList, storedTuple } from './tuples.ts';

/** The layer as the counters see it: its arguments as given, its output as PyTorch computes it; null if PyTorch rejects it. */
export function geometryOf(p: ConvParams, layout: Layout): ConvGeometry | null {
  const traced = trace(p, layout);
  if (!traced.ok) return null;
  const nd = layout.nd;
  const axes = traced.axes;
  const perDim = (v: bigint | readonly bigint[]) => expandList(storedTuple(v, nd), nd) ?? storedTuple(v, nd);
  return {
    transposed: false,
    batch: p.batch,
    in_channels: p.in_channels,
    out_channels: p.out_channels,
    groups: p.groups,
    bias: p.bias,
    size_in: axes.map((a) => a.size_in),
    size_out: axes.map(outputSize),
    kernel: storedTuple(p.kernel_size, nd),
    stride: perDim(p.stride),
    dilation: perDim(p.dilation),
    padding: p.padding === 'same' || p.padding === 'valid' ? p.padding : perDim(p.padding as bigint | readonly bigint[]),
    output_padding: [],
    padding_mode: p.padding_mode,
  };
}

/** Every tool's number for a valid convolution. */
export function forwardPeers(p: ConvParams, layout: Layout): Record<string, PeerCount> {
  const g = geometryOf(p, layout);
  return g ? convPeers(g) : {};
}
