// What other counters report for LogSoftmax (every tool's formula: src/estimator/peers/activations.ts).
import type { PeerCount } from '../core/module.ts';
import { logSoftmaxPeers } from '../peers/activations.ts';
import type { LogSoftmaxParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id (none depends on dim: ultralytics-thop's 3n per row is 3 per element). */
export const peers = (p: LogSoftmaxParams): Record<string, PeerCount> => logSoftmaxPeers(p.input_shape);
