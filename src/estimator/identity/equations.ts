// The numbered equations of /modules/identity/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-identity', number: 1, title: 'The function', tex: String.raw`\mathrm{Identity}(x) = x` },
  elementsEq,
  exactEq(String.raw`\text{total} = 0 \quad \text{for every } X`),
];

export const equations = registry(list);
export const equationList = list;
