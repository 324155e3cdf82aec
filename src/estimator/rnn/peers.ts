// What other counters report for RNN (every tool's formula: src/estimator/peers/recurrentseq.ts).
import type { PeerCount } from '../core/module.ts';
import { seqPeers } from '../peers/recurrentseq.ts';
import { seqDocumented, seqOutputShapes } from '../recurrent/sequence.ts';
import type { RNNParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: RNNParams): Record<string, PeerCount> =>
  seqPeers({ mode: 'RNN', ...p, proj_size: 0n, output_shape: seqOutputShapes('RNN', p)[0], moduleprofiler: seqDocumented('RNN', p) });
