// The numbered equations of /modules/batchnorm1d/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { batchnormEquations } from '../batchnorm/equations.ts';

const list: Equation[] = batchnormEquations(String.raw`X = N\,C\,L, \qquad n = N\,L \qquad (L = 1 \text{ for an } (N, C) \text{ input})`);

export const equations = registry(list);
export const equationList = list;
