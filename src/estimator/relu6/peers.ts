// What other counters report for this module (every tool's formula: src/estimator/peers/clamp.ts).
import type { PeerCount } from '../core/module.ts';
import { clampPeers } from '../peers/clamp.ts';
import type { ElementwiseParams } from '../elementwise/define.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: ElementwiseParams): Record<string, PeerCount> => clampPeers('relu6', p.input_shape);
