// What other counters report for this module (every tool's formula: src/estimator/peers/dropout.ts).
import type { PeerCount } from '../core/module.ts';
import { dropoutPeers } from '../peers/dropout.ts';
import type { DropoutParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: DropoutParams): Record<string, PeerCount> => dropoutPeers(p.input_shape);
