// The numbered equations of /modules/adaptiveavgpool2d/ (ids and numbers are permanent).
import { registry } from '../core/equations.ts';
import { adaptiveEquations } from '../adaptivepool/equations.ts';
import { layout } from './index.ts';

const list = adaptiveEquations(layout);

export const equations = registry(list);
export const equationList = list;
