// What other counters report for MultiheadAttention (every tool's formula: src/estimator/peers/attention.ts).
import type { PeerCount } from '../core/module.ts';
import { attentionPeers } from '../peers/attention.ts';
import { keysGiven, mhaSizes } from './counts.ts';
import type { MultiheadAttentionParams } from './index.ts';

/** Each tool's number for a valid call, by tool id. */
export const peers = (p: MultiheadAttentionParams): Record<string, PeerCount> => {
  const sizes = mhaSizes(p);
  return attentionPeers({ ...p, ...sizes, keys: keysGiven(p, sizes.source_length) });
};
