// The numbered equations of /modules/maxpool1d/, from the family's table (src/estimator/pool/equations.ts).
// Published ids and numbers are permanent (tests/unit/equations.test.ts keeps the list).
import { registry } from '../core/equations.ts';
import { poolEquations } from '../pool/equations.ts';

const list = poolEquations('max', 1);

export const equations = registry(list);
export const equationList = list;
