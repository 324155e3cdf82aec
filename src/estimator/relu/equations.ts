// The numbered equations of /modules/relu/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { documentedEq, elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-relu', number: 1, title: 'The function', tex: String.raw`\mathrm{ReLU}(x) = \max(0,\ x)` },
  elementsEq,
  exactEq(String.raw`\text{comparisons} = X, \qquad \text{total} = X`),
  documentedEq('ReLU', 1n),
];

export const equations = registry(list);
export const equationList = list;
