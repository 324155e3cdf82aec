// The numbered equations of /modules/softplus/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-softplus', number: 1, title: 'The function', tex: String.raw`\mathrm{Softplus}(x) = \begin{cases} \tfrac{1}{\beta}\log\!\left(1 + e^{\beta x}\right) & \beta x \le t \\ x & \beta x > t \end{cases}` },
  elementsEq,
  exactEq(String.raw`\text{multiplications} = \text{comparisons} = \text{exponentials} = \text{additions} = \text{logarithms} = \text{divisions} = X, \qquad \text{total} = 6X`),
];

export const equations = registry(list);
export const equationList = list;
