// The numbered equations of /modules/rnn/ (ids and numbers are permanent).
import { registry } from '../core/equations.ts';
import { seqEquations } from '../recurrent/seqEquations.ts';

const list = seqEquations('RNN');

export const equations = registry(list);
export const equationList = list;
