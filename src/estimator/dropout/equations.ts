// The numbered equations of /modules/dropout/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  {
    id: 'eq-dropout',
    number: 1,
    title: 'The function in training (mask drawn per element)',
    tex: String.raw`\mathrm{Dropout}(x)_i = \frac{m_i}{1-p}\,x_i, \qquad m_i \sim \mathrm{Bernoulli}(1-p)`,
  },
  elementsEq,
  exactEq(String.raw`\text{draws} = \text{divisions} = \text{multiplications} = X, \qquad \text{total} = 3X \quad (\text{training},\ 0 < p < 1)`),
  {
    id: 'eq-special',
    number: 4,
    title: 'The special cases',
    tex: String.raw`\text{total} = \begin{cases} X \text{ multiplications} & \text{training},\ p = 1 \\ 0 & p = 0 \text{ or evaluation mode} \end{cases}`,
  },
];

export const equations = registry(list);
export const equationList = list;
