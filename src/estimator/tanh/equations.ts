// The numbered equations of /modules/tanh/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { documentedEq, elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-tanh', number: 1, title: 'The function', tex: String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}` },
  elementsEq,
  exactEq(String.raw`\text{tanh evaluations} = X, \qquad \text{total} = X`),
  documentedEq('Tanh', 7n),
  { id: 'eq-tanh-one-exp', number: 5, title: 'tanh from one exponential', tex: String.raw`\tanh(x) = 1 - \frac{2}{e^{2x} + 1}` },
];

export const equations = registry(list);
export const equationList = list;
