// What other counters report for this module (every tool's formula: src/estimator/peers/dropout.ts).
import type { PeerCount } from '../core/module.ts';
import { flattenPeers } from '../peers/dropout.ts';
import type { FlattenParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: FlattenParams): Record<string, PeerCount> => flattenPeers(p.input_shape);
