// What other counters report for ConvTranspose2d (every tool's formula: src/estimator/peers/conv.ts).
import type { PeerCount } from '../core/module.ts';
import { layout2d } from '../convtranspose/layout.ts';
import { transposedPeers } from '../convtranspose/peers.ts';
import type { ConvTranspose2dParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: ConvTranspose2dParams): Record<string, PeerCount> => transposedPeers(p, layout2d);
