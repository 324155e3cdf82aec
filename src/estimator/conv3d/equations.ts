// The numbered equations of /modules/conv3d/, from the family's table
// (src/estimator/conv/equations.ts). Published ids and numbers are permanent
// (tests/unit/equations.test.ts keeps the list): append new ones, never renumber.
import { registry } from '../core/equations.ts';
import { AXES_3D, equationsFor } from '../conv/equations.ts';

const list = equationsFor(AXES_3D);

export const equations = registry(list);
export const equationList = list;
