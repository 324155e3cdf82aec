// The numbered equations of /modules/layernorm/. Published ids and numbers are permanent
// (tests/unit/equations.test.ts keeps the list): append new ones, never renumber.
import { registry, type Equation } from '../core/equations.ts';

const list: Equation[] = [
  {
    id: 'eq-layernorm',
    number: 1,
    title: 'What the layer computes, per row',
    tex: String.raw`y_j = \frac{x_j - \mu}{\sqrt{\sigma^2 + \epsilon}}\,\gamma_j + \beta_j, \qquad \mu = \frac{1}{D}\sum_{j=1}^{D} x_j, \quad \sigma^2 = \frac{1}{D}\sum_{j=1}^{D} (x_j - \mu)^2`,
  },
  { id: 'eq-rows', number: 2, title: 'Rows and row length', tex: String.raw`D = \prod_{i=1}^{k} s_i, \qquad \eta = \prod_{i=0}^{r-k-1} d_i \quad (\eta = 1 \text{ without leading sizes})` },
  {
    id: 'eq-exact',
    number: 3,
    title: 'Exact count by kind',
    tex: String.raw`\begin{aligned} \text{additions} &= \eta\,\big((D - 1) + D + (D - 1) + 1 + D + aD\big) = \eta\,(4D - 1 + aD) \\ \text{multiplications} &= \eta\,(D + D + aD) = \eta\,(2 + a)\,D \\ \text{divisions} &= 3\,\eta \\ \text{square roots} &= \eta \end{aligned} \qquad a = \begin{cases} 1 & \text{elementwise\_affine} \\ 0 & \text{otherwise} \end{cases}`,
  },
  { id: 'eq-exact-total', number: 4, title: 'Exact total', tex: String.raw`\text{total} = \eta\,\big((6 + 2a)\,D + 3\big) \quad (D \ge 1), \qquad 0 \quad (D = 0)` },
  { id: 'eq-exact-macs', number: 5, title: 'Exact MACs: the squares summed into the variance', tex: String.raw`\text{MACs} = \eta\,D` },
  { id: 'eq-documented', number: 6, title: 'moduleprofiler’s documented total', tex: String.raw`\text{LayerNorm}_{ops} = \begin{cases} \eta\,(4 + 7D) & \text{elementwise\_affine} \\ \eta\,(4 + 5D) & \text{otherwise} \end{cases}` },
];

export const equations = registry(list);
export const equationList = list;
