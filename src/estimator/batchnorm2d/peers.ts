// What other counters report for BatchNorm2d (every tool's formula: src/estimator/peers/batchnorm.ts).
import type { PeerCount } from '../core/module.ts';
import { batchnormPeers } from '../peers/batchnorm.ts';
import type { BatchNormParams } from '../batchnorm/define.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: BatchNormParams): Record<string, PeerCount> => batchnormPeers(p);
