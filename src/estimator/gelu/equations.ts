// The numbered equations of /modules/gelu/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  { id: 'eq-gelu', number: 1, title: 'The function (approximate=\'none\')', tex: String.raw`\mathrm{GELU}(x) = x\,\Phi(x) = \tfrac{1}{2}\,x\,\Big(1 + \operatorname{erf}\big(x \cdot \tfrac{1}{\sqrt{2}}\big)\Big)` },
  elementsEq,
  exactEq(String.raw`\begin{aligned} &\text{erf form:} && \text{multiplications} = 3X,\ \ \text{additions} = X,\ \ \text{erf} = X, && \text{total} = 5X \\ &\text{tanh form:} && \text{multiplications} = 6X,\ \ \text{additions} = 2X,\ \ \tanh = X, && \text{total} = 9X \end{aligned}`),
  { id: 'eq-gelu-tanh', number: 4, title: 'The tanh approximation (approximate=\'tanh\')', tex: String.raw`\mathrm{GELU}_{\tanh}(x) = \tfrac{1}{2}\,x\,\Big(1 + \tanh\big(\sqrt{2/\pi}\,(x + 0.044715\,x \cdot x \cdot x)\big)\Big)` },
];

export const equations = registry(list);
export const equationList = list;
