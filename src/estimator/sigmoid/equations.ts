// The numbered equations of /modules/sigmoid/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { documentedEq, elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-sigmoid', number: 1, title: 'The function', tex: String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}` },
  elementsEq,
  exactEq(String.raw`\text{exponentials} = \text{additions} = \text{divisions} = X, \qquad \text{total} = 3X`),
  documentedEq('Sigmoid', 3n),
  { id: 'eq-sigmoid-tanh', number: 5, title: 'Sigmoid through tanh', tex: String.raw`\sigma(x) = \tfrac12\left(1 + \tanh\tfrac{x}{2}\right)` },
];

export const equations = registry(list);
export const equationList = list;
