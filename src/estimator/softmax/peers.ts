// What other counters report for Softmax (every tool's formula: src/estimator/peers/layers.ts).
import type { PeerCount } from '../core/module.ts';
import { softmaxPeers } from '../peers/layers.ts';
import { implicitDim, type SoftmaxParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: SoftmaxParams): Record<string, PeerCount> => {
  const rank = p.input_shape.length;
  const d = p.dim === null ? implicitDim(rank) : Number(p.dim < 0n ? p.dim + BigInt(Math.max(rank, 1)) : p.dim);
  return softmaxPeers(p, d);
};
