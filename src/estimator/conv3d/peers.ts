// What other counters report for Conv3d (every tool's formula: src/estimator/peers/conv.ts).
import type { PeerCount } from '../core/module.ts';
import { layout3d } from '../conv/layout.ts';
import { forwardPeers } from '../conv/peers.ts';
import type { Conv3dParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: Conv3dParams): Record<string, PeerCount> => forwardPeers(p, layout3d);
