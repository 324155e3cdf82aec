// What other counters report for Linear (every tool's formula: src/estimator/peers/layers.ts).
import type { PeerCount } from '../core/module.ts';
import { linearPeers } from '../peers/layers.ts';
import type { LinearParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: LinearParams): Record<string, PeerCount> => linearPeers(p);
