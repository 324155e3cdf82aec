// What other counters report for LSTM (every tool's formula: src/estimator/peers/recurrentseq.ts).
import type { PeerCount } from '../core/module.ts';
import { seqPeers } from '../peers/recurrentseq.ts';
import { seqDocumented, seqOutputShapes } from '../recurrent/sequence.ts';
import type { LSTMParams } from './index.ts';

/** Each tool's number for a valid layer, by tool id. */
export const peers = (p: LSTMParams): Record<string, PeerCount> =>
  seqPeers({ mode: 'LSTM', ...p, proj_size: p.proj_size, output_shape: seqOutputShapes('LSTM', p)[0], moduleprofiler: seqDocumented('LSTM', p) });
