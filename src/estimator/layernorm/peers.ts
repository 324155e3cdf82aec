// What other counters report for LayerNorm (every tool's formula: src/estimator/peers/norm.ts).
import type { PeerCount } from '../core/module.ts';
import { layerNormPeers } from '../peers/norm.ts';
import type { LayerNormParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: LayerNormParams): Record<string, PeerCount> => layerNormPeers(p);
