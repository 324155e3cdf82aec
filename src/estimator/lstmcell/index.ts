// torch.nn.LSTMCell: one step of a long short-term memory cell, returning (h', c') (family code: ../recurrent/).
import { defineCell } from '../recurrent/cellDefine.ts';

export type { CellParams as LSTMCellParams } from '../recurrent/cellDefine.ts';
export const definition = defineCell('lstm', { input_size: 768n, hidden_size: 1024n, batch: 10n }, '2026-12-01');
