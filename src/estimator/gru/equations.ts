// The numbered equations of /modules/gru/ (ids and numbers are permanent).
import { registry } from '../core/equations.ts';
import { seqEquations } from '../recurrent/seqEquations.ts';

const list = seqEquations('GRU');

export const equations = registry(list);
export const equationList = list;
