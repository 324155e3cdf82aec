// The numbered equations of /modules/convtranspose1d/. Published ids and numbers are
// permanent (tests/unit/equations.test.ts keeps the list): append new ones, never renumber.
import { registry, type Equation } from '../core/equations.ts';

const list: Equation[] = [
  {
    id: 'eq-output-length',
    number: 1,
    title: 'Output length',
    tex: String.raw`L_{out} = (L_{in} - 1)\,s - 2p + d\,(K - 1) + o + 1`,
  },
  {
    id: 'eq-filters',
    number: 2,
    title: 'Number of filters',
    tex: String.raw`\psi = \frac{C_{in}}{g}\cdot\frac{C_{out}}{g}\cdot g = \frac{C_{in}\,C_{out}}{g}`,
  },
  {
    id: 'eq-products-at',
    number: 3,
    title: 'Products received by one output position',
    tex: String.raw`y_t = \#\{(i, k) : 0 \le i < L_{in},\ 0 \le k < K,\ i\,s + k\,d - p = t\}`,
  },
  {
    id: 'eq-additions-probe',
    number: 4,
    title: 'Additions per filter, documented probe',
    tex: String.raw`A = \sum_{t=0}^{L_{out} - o - 1} \left(y_t - 1\right)`,
  },
  {
    id: 'eq-ops-per-filter',
    number: 5,
    title: 'Operations per filter',
    tex: String.raw`\lambda = L_{out}\,K + A`,
  },
  {
    id: 'eq-aggregation',
    number: 6,
    title: 'Filter aggregation',
    tex: String.raw`\gamma = C_{out}\,L_{out}\left(\left(\frac{C_{in}}{g} - 1\right) + 1\right)`,
  },
  {
    id: 'eq-aggregation-cases',
    number: 7,
    title: 'Filter aggregation with and without bias',
    tex: String.raw`\gamma = \begin{cases} C_{out}\,L_{out}\,\dfrac{C_{in}}{g} & \text{bias = True} \\[1ex] C_{out}\,L_{out}\left(\dfrac{C_{in}}{g} - 1\right) & \text{bias = False} \end{cases}`,
  },
  {
    id: 'eq-total-ops',
    number: 8,
    title: 'Total operations',
    tex: String.raw`\text{ops} = N\left(\psi\,\lambda + \gamma\right)`,
  },
  {
    id: 'eq-total-bias',
    number: 9,
    title: 'Total operations with bias',
    tex: String.raw`\text{ops} = N\,\frac{C_{in}\,C_{out}}{g}\Bigl(L_{out}\,(K + 1) + A\Bigr)`,
  },
  {
    id: 'eq-total-nobias',
    number: 10,
    title: 'Total operations without bias',
    tex: String.raw`\text{ops} = N\,\frac{C_{in}\,C_{out}}{g}\Bigl(L_{out}\,(K + 1) + A\Bigr) - N\,C_{out}\,L_{out}`,
  },
  {
    id: 'eq-exact-products',
    number: 11,
    title: 'Products per filter that land in the output',
    tex: String.raw`M = \sum_{t=0}^{L_{out}-1} y_t`,
  },
  {
    id: 'eq-covered-outputs',
    number: 12,
    title: 'Output positions that receive a product',
    tex: String.raw`P = \#\{t : 0 \le t < L_{out},\ y_t \ge 1\}`,
  },
  {
    id: 'eq-exact-mults',
    number: 13,
    title: 'Exact multiplications',
    tex: String.raw`\text{mults} = N\,C_{out}\,\frac{C_{in}}{g}\,M`,
  },
  {
    id: 'eq-exact-adds',
    number: 14,
    title: 'Exact additions',
    tex: String.raw`\text{adds} = N\,C_{out}\left(\frac{C_{in}}{g}\,M - P + b\,P\right)`,
  },
  {
    id: 'eq-exact-total',
    number: 15,
    title: 'Exact total',
    tex: String.raw`\text{ops}_{\text{exact}} = \text{mults} + \text{adds}`,
  },
  {
    id: 'eq-covered-closed-form',
    number: 16,
    title: 'Covered positions in closed form',
    tex: String.raw`P = \begin{cases} M & K \le S \ \text{or}\ D > L_{in} \\[0.5ex] \#_{r}\bigl(q D + L_{in}\bigr) + \#_{S-r}\bigl((q-1) D + L_{in}\bigr) & \text{otherwise} \end{cases}`,
  },
  {
    id: 'eq-exact-macs',
    number: 17,
    title: 'Exact multiply–accumulates',
    tex: String.raw`\text{MACs}_{\text{exact}} = N\,C_{out}\,\frac{C_{in}}{g}\,M, \qquad \text{FLOPs}_{\text{exact}} = \text{multiplications} + \text{additions}`,
  },
  {
    id: 'eq-dense-macs',
    number: 18,
    title: 'Dense multiply–accumulates, the counters’ convention',
    tex: String.raw`\text{MACs}_{\text{dense}} = N\,L_{in}\,\frac{C_{in}\,C_{out}}{g}\,K, \qquad \text{FLOPs}_{\text{dense}} = 2\,\text{MACs}_{\text{dense}}`,
  },
];

export const equations = registry(list);
export const equationList = list;
