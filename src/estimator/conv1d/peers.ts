// What other counters report for Conv1d (every tool's formula: src/estimator/peers/conv.ts).
import type { PeerCount } from '../core/module.ts';
import { layout1d } from '../conv/layout.ts';
import { forwardPeers } from '../conv/peers.ts';
import type { Conv1dParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: Conv1dParams): Record<string, PeerCount> => forwardPeers(p, layout1d);
