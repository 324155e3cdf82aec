// What other counters report for PReLU (every tool's formula: src/estimator/peers/activations.ts).
import type { PeerCount } from '../core/module.ts';
import { preluPeers } from '../peers/activations.ts';
import type { PReLUParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: PReLUParams): Record<string, PeerCount> => preluPeers(p.num_parameters, p.input_shape);
