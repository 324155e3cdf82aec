// What other counters report for this module (every tool's formula: src/estimator/peers/layers.ts).
import type { PeerCount } from '../core/module.ts';
import { ELEMENTWISE, elementwisePeers } from '../peers/layers.ts';
import type { ElementwiseParams } from '../elementwise/define.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: ElementwiseParams): Record<string, PeerCount> => elementwisePeers(ELEMENTWISE.selu, p.input_shape);
