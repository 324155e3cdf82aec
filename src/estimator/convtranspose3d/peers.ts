// What other counters report for ConvTranspose3d (every tool's formula: src/estimator/peers/conv.ts).
import type { PeerCount } from '../core/module.ts';
import { layout3d } from '../convtranspose/layout.ts';
import { transposedPeers } from '../convtranspose/peers.ts';
import type { ConvTranspose3dParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: ConvTranspose3dParams): Record<string, PeerCount> => transposedPeers(p, layout3d);
