// The numbered equations of /modules/convtranspose2d/ and /modules/convtranspose3d/, built from
// one table: the TeX is written once with the axes as a parameter (H, W; or D, H, W). Every row
// names its permanent number on each page, or null where that page does not show it
// (ConvTranspose3d has no documented method, so none of its equations). Published ids and
// numbers are permanent (tests/unit/equations.test.ts keeps the list): append rows with new
// numbers, never renumber.
import type { Equation } from '../core/equations.ts';

/** The spatial axes of a page, in PyTorch's order, as their letters. */
export type Axes = readonly ['H', 'W'] | readonly ['D', 'H', 'W'];

export const AXES_2D: Axes = ['H', 'W'];
export const AXES_3D: Axes = ['D', 'H', 'W'];

interface Row {
  id: `eq-${string}`;
  /** The equation's number on the 2-d page and on the 3-d page; null where the page omits it. */
  number: { 2: number | null; 3: number | null };
  title: string;
  tex(ax: Axes): string;
}

/** `X_{out}` for every axis, side by side: H_{out}\,W_{out}. */
const outs = (ax: Axes) => ax.map((x) => `${x}_{out}`).join(String.raw`\,`);
const ins = (ax: Axes) => ax.map((x) => `${x}_{in}`).join(String.raw`\,`);
const taps = (ax: Axes) => ax.map((x) => `K_${x}`).join(String.raw`\,`);
/** One symbol per axis joined by thin spaces, e.g. M_H\,M_W. */
const perAxis = (ax: Axes, sym: string) => ax.map((x) => `${sym}_${x}`).join(String.raw`\,`);
const tIndex = (ax: Axes) => ax.map((x) => `t_${x}`).join(', ');

const rows: Row[] = [
  {
    id: 'eq-output-size',
    number: { 2: 1, 3: 1 },
    title: 'Output size along each axis',
    tex: (ax) =>
      String.raw`\begin{aligned} ` +
      ax.map((x) => String.raw`${x}_{out} &= (${x}_{in} - 1)\,s_${x} - 2p_${x} + d_${x}\,(K_${x} - 1) + o_${x} + 1`).join(String.raw` \\ `) +
      String.raw` \end{aligned}`,
  },
  {
    id: 'eq-filters',
    number: { 2: 2, 3: 2 },
    title: 'Number of filters',
    tex: () => String.raw`\psi = \frac{C_{in}}{g}\cdot\frac{C_{out}}{g}\cdot g = \frac{C_{in}\,C_{out}}{g}`,
  },
  {
    id: 'eq-products-at',
    number: { 2: 3, 3: 3 },
    title: 'Products received by one output position',
    tex: (ax) =>
      String.raw`y_{\mathbf t} = \#\bigl\{(\mathbf i, \mathbf k) : i_X\,s_X + k_X\,d_X - p_X = t_X \ \text{for } X = ${ax.join(', ')}\bigr\}, \qquad \mathbf t = (${tIndex(ax)})`,
  },
  {
    id: 'eq-products-separable',
    number: { 2: 4, 3: 4 },
    title: 'Products per position as a product of per-axis counts',
    tex: (ax) =>
      String.raw`y_{\mathbf t} = ` +
      ax.map((x) => `y^{${x}}_{t_${x}}`).join(String.raw`\,`) +
      String.raw`, \qquad y^{X}_{t} = \#\{(i, k) : 0 \le i < X_{in},\ 0 \le k < K_X,\ i\,s_X + k\,d_X - p_X = t\}`,
  },
  {
    id: 'eq-additions-probe',
    number: { 2: 5, 3: null },
    title: 'Additions per filter, documented probe',
    tex: (ax) =>
      String.raw`A = ` +
      ax.map((x) => String.raw`\sum_{t_${x}=0}^{${x}_{out} - o_${x} - 1}`).join(String.raw`\ `) +
      String.raw` \left(y_{\mathbf t} - 1\right)`,
  },
  {
    id: 'eq-additions-separable',
    number: { 2: 6, 3: null },
    title: 'The probe sum from the per-axis probes',
    tex: (ax) =>
      String.raw`A = ` +
      ax.map((x) => String.raw`\Bigl(\sum_{t=0}^{${x}_{out} - o_${x} - 1} y^{${x}}_{t}\Bigr)`).join('') +
      ' - ' +
      ax.map((x) => `(${x}_{out} - o_${x})`).join(''),
  },
  {
    id: 'eq-ops-per-filter',
    number: { 2: 7, 3: null },
    title: 'Operations per filter',
    tex: (ax) => String.raw`\lambda = ${outs(ax)}\,${taps(ax)} + A`,
  },
  {
    id: 'eq-aggregation',
    number: { 2: 8, 3: null },
    title: 'Filter aggregation',
    tex: (ax) => String.raw`\gamma = C_{out}\,${outs(ax)}\left(\left(\frac{C_{in}}{g} - 1\right) + 1\right)`,
  },
  {
    id: 'eq-aggregation-cases',
    number: { 2: 9, 3: null },
    title: 'Filter aggregation with and without bias',
    tex: (ax) =>
      String.raw`\gamma = \begin{cases} C_{out}\,${outs(ax)}\,\dfrac{C_{in}}{g} & \text{bias = True} \\[1ex] C_{out}\,${outs(ax)}\left(\dfrac{C_{in}}{g} - 1\right) & \text{bias = False} \end{cases}`,
  },
  {
    id: 'eq-total-ops',
    number: { 2: 10, 3: null },
    title: 'Total operations',
    tex: () => String.raw`\text{ops} = N\left(\psi\,\lambda + \gamma\right)`,
  },
  {
    id: 'eq-total-bias',
    number: { 2: 11, 3: null },
    title: 'Total operations with bias',
    tex: (ax) => String.raw`\text{ops} = N\,\frac{C_{in}\,C_{out}}{g}\Bigl(${outs(ax)}\,(${taps(ax)} + 1) + A\Bigr)`,
  },
  {
    id: 'eq-total-nobias',
    number: { 2: 12, 3: null },
    title: 'Total operations without bias',
    tex: (ax) => String.raw`\text{ops} = N\,\frac{C_{in}\,C_{out}}{g}\Bigl(${outs(ax)}\,(${taps(ax)} + 1) + A\Bigr) - N\,C_{out}\,${outs(ax)}`,
  },
  {
    id: 'eq-exact-products',
    number: { 2: 13, 3: 5 },
    title: 'Products per filter that land in the output',
    tex: (ax) => String.raw`M = \sum_{\mathbf t} y_{\mathbf t} = ${perAxis(ax, 'M')}, \qquad M_X = \sum_{t=0}^{X_{out}-1} y^{X}_{t}`,
  },
  {
    id: 'eq-covered-outputs',
    number: { 2: 14, 3: 6 },
    title: 'Output positions that receive a product',
    tex: (ax) => String.raw`P = \#\{\mathbf t : y_{\mathbf t} \ge 1\} = ${perAxis(ax, 'P')}, \qquad P_X = \#\{t : 0 \le t < X_{out},\ y^{X}_{t} \ge 1\}`,
  },
  {
    id: 'eq-exact-mults',
    number: { 2: 15, 3: 7 },
    title: 'Exact multiplications',
    tex: () => String.raw`\text{mults} = N\,C_{out}\,\frac{C_{in}}{g}\,M`,
  },
  {
    id: 'eq-exact-adds',
    number: { 2: 16, 3: 8 },
    title: 'Exact additions',
    tex: () => String.raw`\text{adds} = N\,C_{out}\left(\frac{C_{in}}{g}\,M - P + b\,P\right)`,
  },
  {
    id: 'eq-exact-total',
    number: { 2: 17, 3: 9 },
    title: 'Exact total',
    tex: () => String.raw`\text{ops}_{\text{exact}} = \text{mults} + \text{adds}`,
  },
  {
    id: 'eq-exact-macs',
    number: { 2: 18, 3: 10 },
    title: 'Exact multiply–accumulates',
    tex: () => String.raw`\text{MACs}_{\text{exact}} = N\,C_{out}\,\frac{C_{in}}{g}\,M, \qquad \text{FLOPs}_{\text{exact}} = \text{mults} + \text{adds}`,
  },
  {
    id: 'eq-dense-macs',
    number: { 2: 19, 3: 11 },
    title: 'Dense multiply–accumulates, the counters’ convention',
    tex: (ax) => String.raw`\text{MACs}_{\text{dense}} = N\,${ins(ax)}\,\frac{C_{in}\,C_{out}}{g}\,${taps(ax)}, \qquad \text{FLOPs}_{\text{dense}} = 2\,\text{MACs}_{\text{dense}}`,
  },
];

/** The equation list of the 2-d or 3-d page, in page order. */
export function equationsFor(ax: Axes): Equation[] {
  const nd = ax.length as 2 | 3;
  return rows
    .filter((r) => r.number[nd] !== null)
    .map((r) => ({ id: r.id, number: r.number[nd]!, title: r.title, tex: r.tex(ax) }))
    .sort((a, b) => a.number - b.number);
}
