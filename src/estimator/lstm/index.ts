// torch.nn.LSTM: a stack of long short-term memory layers (gates i, f, g, o; optional projection W_hr) over a sequence.
import type { ParamsOf } from '../core/params.ts';
import { BOOL_FLOAT_TAIL, C0_SHAPE, H0_SHAPE, INPUT_SHAPE, PROJ_LSTM, seqParams, TRAINING } from '../recurrent/sequence.ts';
import { defineSequence } from '../recurrent/sequenceDefine.ts';

export const params = [...seqParams('LSTM'), ...BOOL_FLOAT_TAIL, PROJ_LSTM, TRAINING, INPUT_SHAPE, H0_SHAPE, C0_SHAPE] as const;

export type LSTMParams = ParamsOf<typeof params>;

export const definition = defineSequence<LSTMParams>('LSTM', params);
