// The numbered equations of /modules/relu6/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-relu6', number: 1, title: 'The function', tex: String.raw`\mathrm{ReLU6}(x) = \min\bigl(\max(x,\ 0),\ 6\bigr)` },
  elementsEq,
  exactEq(String.raw`\text{comparisons} = 2X, \qquad \text{total} = 2X`),
];

export const equations = registry(list);
export const equationList = list;
