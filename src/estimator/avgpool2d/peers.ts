// What other counters report for AvgPool2d (every tool's formula: src/estimator/peers/pool.ts).
import type { PeerCount } from '../core/module.ts';
import { numel } from '../core/tensors.ts';
import { estimatePool } from '../pool/define.ts';
import { inputShape } from '../pool/params.ts';
import { poolPeers } from '../peers/pool.ts';
import type { AvgPool2dParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: AvgPool2dParams): Record<string, PeerCount> => {
  const r = estimatePool(p, 'avg', 2);
  if (!r.ok) return {};
  const shape = inputShape(p, ['height_in', 'width_in']);
  return poolPeers({
    kind: 'avg',
    nd: 2,
    input_shape: shape,
    inputs: numel(shape),
    outputs: numel(r.output_shapes[0]),
    window_elements: r.window_elements as bigint,
    kernel_size: p.kernel_size,
    return_indices: false,
    count_include_pad: p.count_include_pad,
    taps_in_bounds: r.taps_in_bounds as bigint,
    padded_extent: (r.padded_extent as bigint),
    planes: (p.batch ?? 1n) * p.channels,
  });
};
