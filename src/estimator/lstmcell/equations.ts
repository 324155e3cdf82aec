// The numbered equations of /modules/lstmcell/ (ids and numbers are permanent; the list is shared by the cells).
import { registry } from '../core/equations.ts';
import { cellEquations } from '../recurrent/cellEquations.ts';

export const equationList = cellEquations('lstm');
export const equations = registry(equationList);
