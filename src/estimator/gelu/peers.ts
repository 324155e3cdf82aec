// What other counters report for GELU (every tool's formula: src/estimator/peers/activations.ts).
import type { PeerCount } from '../core/module.ts';
import { geluPeers } from '../peers/activations.ts';
import type { GELUParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: GELUParams): Record<string, PeerCount> => geluPeers(p.input_shape);
