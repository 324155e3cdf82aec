// The numbered equations of /modules/hardtanh/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-hardtanh', number: 1, title: 'The function', tex: String.raw`\mathrm{Hardtanh}(x) = \min\bigl(\max(x,\ a),\ b\bigr), \qquad a < b` },
  elementsEq,
  exactEq(String.raw`\text{comparisons} = 2X, \qquad \text{total} = 2X`),
];

export const equations = registry(list);
export const equationList = list;
