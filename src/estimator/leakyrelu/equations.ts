// The numbered equations of /modules/leakyrelu/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-leakyrelu', number: 1, title: 'The function', tex: String.raw`\mathrm{LeakyReLU}(x) = \begin{cases} x & x \ge 0 \\ a\,x & x < 0 \end{cases}` },
  elementsEq,
  exactEq(String.raw`\text{comparisons} = \text{multiplications} = X, \qquad \text{total} = 2X`),
];

export const equations = registry(list);
export const equationList = list;
