// The numbered equations of /modules/elu/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-elu', number: 1, title: 'The function', tex: String.raw`\mathrm{ELU}(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}` },
  elementsEq,
  exactEq(String.raw`\text{comparisons} = \text{exponentials} = \text{additions} = \text{multiplications} = X, \qquad \text{total} = 4X`),
];

export const equations = registry(list);
export const equationList = list;
