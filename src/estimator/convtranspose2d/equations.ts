// The numbered equations of /modules/convtranspose2d/, from the family's table
// (src/estimator/convtranspose/equations.ts). Published ids and numbers are permanent
// (tests/unit/equations.test.ts keeps the list): append new ones, never renumber.
import { registry } from '../core/equations.ts';
import { AXES_2D, equationsFor } from '../convtranspose/equations.ts';

const list = equationsFor(AXES_2D);

export const equations = registry(list);
export const equationList = list;
