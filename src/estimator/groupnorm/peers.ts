// What other counters report for GroupNorm (every tool's formula: src/estimator/peers/norm.ts).
import type { PeerCount } from '../core/module.ts';
import { groupNormPeers } from '../peers/norm.ts';
import type { GroupNormParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: GroupNormParams): Record<string, PeerCount> => groupNormPeers(p);
