// What other counters report for Conv2d (every tool's formula: src/estimator/peers/conv.ts).
import type { PeerCount } from '../core/module.ts';
import { layout2d } from '../conv/layout.ts';
import { forwardPeers } from '../conv/peers.ts';
import type { Conv2dParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: Conv2dParams): Record<string, PeerCount> => forwardPeers(p, layout2d);
