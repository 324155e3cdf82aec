// torch.nn.GRU: a stack of gated recurrent units (reset gate r, update gate z) over a sequence.
import type { ParamsOf } from '../core/params.ts';
import { BOOL_FLOAT_TAIL, H0_SHAPE, INPUT_SHAPE, PROJ_NOT_TAKEN, seqParams, TRAINING } from '../recurrent/sequence.ts';
import { defineSequence } from '../recurrent/sequenceDefine.ts';

export const params = [...seqParams('GRU'), ...BOOL_FLOAT_TAIL, PROJ_NOT_TAKEN, TRAINING, INPUT_SHAPE, H0_SHAPE] as const;

export type GRUParams = ParamsOf<typeof params>;

export const definition = defineSequence<GRUParams>('GRU', params);
