// torch.nn.RNNCell: one step h' = tanh(W_ih x + b_ih + W_hh h + b_hh), or relu (family code: ../recurrent/).
import { defineCell } from '../recurrent/cellDefine.ts';

export type { CellParams as RNNCellParams } from '../recurrent/cellDefine.ts';
export const definition = defineCell('rnn', { input_size: 128n, hidden_size: 256n, batch: 8n }, '2026-12-01');
