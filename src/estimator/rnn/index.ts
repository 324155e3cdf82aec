// torch.nn.RNN: a stack of Elman layers, h′ = tanh or relu(W_ih x + b_ih + W_hh h + b_hh), over a sequence.
import type { ParamsOf } from '../core/params.ts';
import { BOOL_FLOAT_TAIL, H0_SHAPE, INPUT_SHAPE, PROJ_NOT_TAKEN, seqParams, TRAINING } from '../recurrent/sequence.ts';
import { defineSequence } from '../recurrent/sequenceDefine.ts';

export const params = [
  ...seqParams('RNN'),
  { name: 'nonlinearity', kind: 'enum', label: 'nonlinearity', symbol: '\\phi', help: 'The function applied to the sum of the two products: tanh (PyTorch’s default) or relu.', options: ['tanh', 'relu'], torchDefault: 'tanh', initial: 'tanh' },
  ...BOOL_FLOAT_TAIL,
  PROJ_NOT_TAKEN,
  TRAINING,
  INPUT_SHAPE,
  H0_SHAPE,
] as const;

export type RNNParams = ParamsOf<typeof params>;

export const definition = defineSequence<RNNParams>('RNN', params);
