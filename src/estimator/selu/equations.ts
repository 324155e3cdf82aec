// The numbered equations of /modules/selu/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-selu', number: 1, title: 'The function', tex: String.raw`\mathrm{SELU}(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases} \qquad \lambda \approx 1.0507,\ \alpha \approx 1.6733` },
  elementsEq,
  exactEq(String.raw`\text{comparisons} = \text{exponentials} = \text{additions} = X, \quad \text{multiplications} = 2X, \qquad \text{total} = 5X`),
];

export const equations = registry(list);
export const equationList = list;
