// The numbered equations of /modules/silu/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-silu', number: 1, title: 'The function', tex: String.raw`\mathrm{SiLU}(x) = x \cdot \sigma(x), \qquad \sigma(x) = \frac{1}{1 + e^{-x}}` },
  elementsEq,
  exactEq(String.raw`\text{exponentials} = \text{additions} = \text{divisions} = \text{multiplications} = X, \qquad \text{total} = 4X`),
];

export const equations = registry(list);
export const equationList = list;
