// The numbered equations of /modules/groupnorm/. Published ids and numbers are permanent
// (tests/unit/equations.test.ts keeps the list): append new ones, never renumber.
import { registry, type Equation } from '../core/equations.ts';

const list: Equation[] = [
  {
    id: 'eq-groupnorm',
    number: 1,
    title: 'What the layer computes, per sample and group',
    tex: String.raw`y_{c,j} = \frac{x_{c,j} - \mu_g}{\sqrt{\sigma_g^2 + \epsilon}}\,\gamma_c + \beta_c, \qquad \mu_g = \frac{1}{m}\sum_{(c,j) \in g} x_{c,j}, \quad \sigma_g^2 = \frac{1}{m}\sum_{(c,j) \in g} (x_{c,j} - \mu_g)^2`,
  },
  { id: 'eq-rows', number: 2, title: 'Groups and their size', tex: String.raw`R = N\,G, \qquad m = \frac{C}{G}\,S, \qquad S = \prod_{i \ge 2} d_i \quad (S = 1 \text{ for an } (N, C) \text{ input})` },
  {
    id: 'eq-exact',
    number: 3,
    title: 'Exact count by kind',
    tex: String.raw`\begin{aligned} \text{additions} &= R\,(4m - 1 + a\,m) \\ \text{multiplications} &= R\,(2 + a)\,m \\ \text{divisions} &= 3\,R \\ \text{square roots} &= R \end{aligned} \qquad a = \begin{cases} 1 & \text{affine} \\ 0 & \text{otherwise} \end{cases}`,
  },
  { id: 'eq-exact-total', number: 4, title: 'Exact total', tex: String.raw`\text{total} = R\,\big((6 + 2a)\,m + 3\big) = (6 + 2a)\,N C S + 3\,N G \quad (m \ge 1), \qquad 0 \quad (m = 0)` },
  { id: 'eq-exact-macs', number: 5, title: 'Exact MACs: the squares summed into the variance', tex: String.raw`\text{MACs} = R\,m = N\,C\,S` },
];

export const equations = registry(list);
export const equationList = list;
