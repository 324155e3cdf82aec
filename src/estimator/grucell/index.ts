// torch.nn.GRUCell: one step of a gated recurrent unit (family code: ../recurrent/).
import { defineCell } from '../recurrent/cellDefine.ts';

export type { CellParams as GRUCellParams } from '../recurrent/cellDefine.ts';
export const definition = defineCell('gru', { input_size: 80n, hidden_size: 256n, batch: 8n }, '2026-12-01');
