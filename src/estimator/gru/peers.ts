// What other counters report for GRU (every tool's formula: src/estimator/peers/recurrentseq.ts).
import type { PeerCount } from '../core/module.ts';
import { seqPeers } from '../peers/recurrentseq.ts';
import { seqDocumented, seqOutputShapes } from '../recurrent/sequence.ts';
import type { GRUParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: GRUParams): Record<string, PeerCount> =>
  seqPeers({ mode: 'GRU', ...p, proj_size: 0n, output_shape: seqOutputShapes('GRU', p)[0], moduleprofiler: seqDocumented('GRU', p) });
