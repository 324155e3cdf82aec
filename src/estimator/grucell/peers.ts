// What other counters report for GRUCell (every tool's formula: src/estimator/peers/recurrent.ts).
import type { PeerCount } from '../core/module.ts';
import type { CellParams } from '../recurrent/cellDefine.ts';
import { cellPeers } from '../peers/recurrent.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: CellParams): Record<string, PeerCount> => cellPeers('gru', p);
