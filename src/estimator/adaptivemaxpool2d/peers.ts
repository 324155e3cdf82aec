// What other counters report for AdaptiveMaxPool2d (every tool's formula: src/estimator/peers/adaptivepool.ts).
import type { PeerCount } from '../core/module.ts';
import { adaptivePoolPeers } from '../peers/adaptivepool.ts';
import { peerView } from '../adaptivepool/view.ts';
import { layout, type AdaptivePoolParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: AdaptivePoolParams): Record<string, PeerCount> => adaptivePoolPeers(peerView(layout, p));
