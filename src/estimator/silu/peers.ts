// What other counters report for SiLU (every tool's formula: src/estimator/peers/activations.ts).
import type { PeerCount } from '../core/module.ts';
import { siluPeers } from '../peers/activations.ts';
import type { ElementwiseParams } from '../elementwise/define.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: ElementwiseParams): Record<string, PeerCount> => siluPeers(p.input_shape);
