// The numbered equations of /modules/batchnorm2d/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { batchnormEquations } from '../batchnorm/equations.ts';

const list: Equation[] = batchnormEquations(String.raw`X = N\,C\,H\,W, \qquad n = N\,H\,W`);

export const equations = registry(list);
export const equationList = list;
