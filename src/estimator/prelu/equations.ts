// The numbered equations of /modules/prelu/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-prelu', number: 1, title: 'The function', tex: String.raw`\mathrm{PReLU}(x) = \begin{cases} x & x \ge 0 \\ a_c\,x & x < 0 \end{cases} \qquad (a_c = a \text{ when } k = 1)` },
  elementsEq,
  exactEq(String.raw`\text{comparisons} = \text{multiplications} = X, \qquad \text{total} = 2X`),
  { id: 'eq-channels', number: 4, title: 'PyTorch’s rule for the slopes', tex: String.raw`k = 1 \quad \text{or} \quad k = \begin{cases} d_1 & r \ge 2 \\ 1 & r = 1 \end{cases}` },
];

export const equations = registry(list);
export const equationList = list;
