// The numbered equations of /modules/conv1d/, /modules/conv2d/ and /modules/conv3d/, built from
// one table: the TeX is written once with the axes as a parameter (L; H, W; or D, H, W). Every
// row names its permanent number on each page, or null where that page does not show it
// (Conv1d has one axis, so nothing to factor; Conv3d has no documented method). Published ids
// and numbers are permanent (tests/unit/equations.test.ts keeps the list): append rows with new
// numbers, never renumber.
import type { Equation } from '../core/equations.ts';

/** The spatial axes of a page, in PyTorch's order, as their letters. */
export type Axes = readonly ['L'] | readonly ['H', 'W'] | readonly ['D', 'H', 'W'];

export const AXES_1D: Axes = ['L'];
export const AXES_2D: Axes = ['H', 'W'];
export const AXES_3D: Axes = ['D', 'H', 'W'];

interface Row {
  id: `eq-${string}`;
  /** The equation's number on the 1-d, 2-d and 3-d page; null where the page omits it. */
  number: { 1: number | null; 2: number | null; 3: number | null };
  title: string;
  tex(ax: Axes): string;
}

const thin = String.raw`\,`;
/** A per-axis symbol: K_H on the 2-d and 3-d pages, plain K on the 1-d page (one axis, no subscript). */
const sym = (ax: Axes, s: string, x: string) => (ax.length === 1 ? s : `${s}_${x}`);
/** The axis every per-axis equation is written for: X, or L on the 1-d page. */
const generic = (ax: Axes) => (ax.length === 1 ? 'L' : 'X');
/** X_{out} for every axis, side by side: H_{out}\,W_{out}. */
const outs = (ax: Axes) => ax.map((x) => `${x}_{out}`).join(thin);
/** Every axis's kernel taps side by side: K_H\,K_W (K on the 1-d page). */
const taps = (ax: Axes) => ax.map((x) => sym(ax, 'K', x)).join(thin);
/** One per-axis symbol for each axis, side by side: T_H\,T_W. */
const perAxis = (ax: Axes, s: string) => ax.map((x) => `${s}_${x}`).join(thin);
/** The output position: o on the 1-d page, the vector o = (o_H, o_W) otherwise. */
const pos = (ax: Axes) => (ax.length === 1 ? 'o' : String.raw`\mathbf o`);
const G = String.raw`\tfrac{C_{in}}{g}`;

const rows: Row[] = [
  {
    id: 'eq-output-size',
    number: { 1: 1, 2: 1, 3: 1 },
    title: 'Output size along each axis',
    tex: (ax) =>
      String.raw`\begin{aligned} ` +
      ax
        .map((x) => {
          const [l, r, d, k, s] = [sym(ax, String.raw`\ell`, x), sym(ax, 'r', x), sym(ax, 'd', x), sym(ax, 'K', x), sym(ax, 's', x)];
          return String.raw`${x}_{out} &= \left\lfloor \frac{${x}_{in} + ${l} + ${r} - ${d}\,(${k} - 1) - 1}{${s}} \right\rfloor + 1`;
        })
        .join(String.raw` \\ `) +
      String.raw` \end{aligned}`,
  },
  {
    id: 'eq-padding-amounts',
    number: { 1: 2, 2: 2, 3: 2 },
    title: 'Padding applied on each side',
    tex: (ax) => {
      const X = generic(ax);
      const [l, r, p, d, k, t] = [String.raw`\ell`, 'r', 'p', 'd', 'K', 't'].map((s) => sym(ax, s, X));
      const numeric = ax.length === 1 ? String.raw`\text{padding} = p` : String.raw`\text{numeric padding, } p_X \text{ its entry for } X`;
      return (
        String.raw`(${l},\ ${r}) = \begin{cases} (${p},\ ${p}) & ${numeric} \\[0.5ex] (0,\ 0) & \text{padding} = \texttt{'valid'} \\[0.5ex] ` +
        String.raw`\bigl(\lfloor ${t}/2 \rfloor,\ ${t} - \lfloor ${t}/2 \rfloor\bigr), \quad ${t} = ${d}\,(${k} - 1) & \text{padding} = \texttt{'same'} \end{cases}`
      );
    },
  },
  {
    id: 'eq-filters',
    number: { 1: 3, 2: 3, 3: 3 },
    title: 'Number of filters',
    tex: () => String.raw`\psi = \frac{C_{in}}{g}\cdot\frac{C_{out}}{g}\cdot g = \frac{C_{in}\,C_{out}}{g}`,
  },
  {
    id: 'eq-ops-per-filter',
    number: { 1: 4, 2: 4, 3: null },
    title: 'Operations per filter',
    tex: (ax) => String.raw`\lambda = ${outs(ax)}\,\bigl(${taps(ax)} + (${taps(ax)} - 1)\bigr) = ${outs(ax)}\,(2\,${taps(ax)} - 1)`,
  },
  {
    id: 'eq-aggregation',
    number: { 1: 5, 2: 5, 3: null },
    title: 'Filter aggregation',
    tex: (ax) => String.raw`\gamma = C_{out}\,${outs(ax)}\left(\left(\frac{C_{in}}{g} - 1\right) + 1\right)`,
  },
  {
    id: 'eq-aggregation-cases',
    number: { 1: 6, 2: 6, 3: null },
    title: 'Filter aggregation with and without bias',
    tex: (ax) =>
      String.raw`\gamma = \begin{cases} C_{out}\,${outs(ax)}\,\dfrac{C_{in}}{g} & \text{bias = True} \\[1ex] C_{out}\,${outs(ax)}\left(\dfrac{C_{in}}{g} - 1\right) & \text{bias = False} \end{cases}`,
  },
  {
    id: 'eq-total-ops',
    number: { 1: 7, 2: 7, 3: null },
    title: 'Total operations',
    tex: () => String.raw`\text{ops} = N\left(\psi\,\lambda + \gamma\right)`,
  },
  {
    id: 'eq-total-bias',
    number: { 1: 8, 2: 8, 3: null },
    title: 'Total operations with bias',
    tex: (ax) => String.raw`\text{ops} = N\,\frac{2\,C_{in}\,C_{out}\,${outs(ax)}\,${taps(ax)}}{g}`,
  },
  {
    id: 'eq-total-nobias',
    number: { 1: 9, 2: 9, 3: null },
    title: 'Total operations without bias',
    tex: (ax) => String.raw`\text{ops} = N\,\frac{C_{out}\,${outs(ax)}\,\bigl(2\,C_{in}\,${taps(ax)} - g\bigr)}{g}`,
  },
  {
    id: 'eq-dense-arithmetic',
    number: { 1: 10, 2: 10, 3: 13 },
    title: 'The arithmetic of a dense implementation, every tap computed',
    tex: (ax) =>
      String.raw`\begin{aligned} \text{mults}_{\text{dense}} &= N\,C_{out}\,${outs(ax)}\,${G}\,${taps(ax)} \\ ` +
      String.raw`\text{adds}_{\text{dense}} &= N\,C_{out}\,${outs(ax)}\left(${G}\,${taps(ax)} - 1 + b\right) \\ ` +
      String.raw`\text{mults}_{\text{dense}} + \text{adds}_{\text{dense}} &= N\,C_{out}\,${outs(ax)}\left(2\,${G}\,${taps(ax)} - 1 + b\right) \end{aligned}`,
  },
  {
    id: 'eq-taps-at',
    number: { 1: 11, 2: 11, 3: 4 },
    title: 'Taps of one output position that read the input',
    tex: (ax) => {
      if (ax.length === 1) {
        return String.raw`y_o = \#\bigl\{k : 0 \le k < K,\ 0 \le o\,s + k\,d - \ell < L_{in}\bigr\}`;
      }
      return (
        String.raw`y_{\mathbf o} = \#\bigl\{\mathbf k : 0 \le o_X\,s_X + k_X\,d_X - \ell_X < X_{in} \ \text{for } X = ${ax.join(', ')}\bigr\}, \qquad \mathbf o = (` +
        ax.map((x) => `o_${x}`).join(', ') +
        ')'
      );
    },
  },
  {
    id: 'eq-taps-separable',
    number: { 1: null, 2: 12, 3: 5 },
    title: 'Taps per position as a product of per-axis counts',
    tex: (ax) =>
      String.raw`y_{\mathbf o} = ` +
      ax.map((x) => `y^{${x}}_{o_${x}}`).join(thin) +
      String.raw`, \qquad y^{X}_{o} = \#\bigl\{k : 0 \le k < K_X,\ 0 \le o\,s_X + k\,d_X - \ell_X < X_{in}\bigr\}`,
  },
  {
    id: 'eq-taps-on-data',
    number: { 1: 12, 2: 13, 3: 6 },
    title: 'Products per filter that read data',
    tex: (ax) => {
      const sum = ax.length === 1 ? String.raw`\sum_{o=0}^{L_{out}-1} y_o` : String.raw`\sum_{\mathbf o} y_{\mathbf o} = ${perAxis(ax, 'T')}`;
      const tail = ax.length === 1 ? '' : String.raw`, \qquad T_X = \sum_{o=0}^{X_{out}-1} y^{X}_{o}`;
      return String.raw`T = \begin{cases} ${sum} & \text{zeros} \\[0.5ex] ${outs(ax)}\,${taps(ax)} & \text{reflect, replicate, circular} \end{cases}${tail}`;
    },
  },
  {
    id: 'eq-positions-reached',
    number: { 1: 13, 2: 14, 3: 7 },
    title: 'Output positions with a product on data',
    tex: (ax) => {
      const count = ax.length === 1 ? String.raw`\#\{o : y_o \ge 1\}` : String.raw`\#\{\mathbf o : y_{\mathbf o} \ge 1\} = ${perAxis(ax, 'P')}`;
      const tail = ax.length === 1 ? '' : String.raw`, \qquad P_X = \#\{o : y^{X}_{o} \ge 1\}`;
      return String.raw`P = \begin{cases} ${count} & \text{zeros} \\[0.5ex] ${outs(ax)} & \text{reflect, replicate, circular} \end{cases}${tail}`;
    },
  },
  {
    id: 'eq-exact-mults',
    number: { 1: 14, 2: 15, 3: 8 },
    title: 'Exact multiplications',
    tex: () => String.raw`\text{mults} = N\,C_{out}\,\frac{C_{in}}{g}\,T`,
  },
  {
    id: 'eq-exact-adds',
    number: { 1: 15, 2: 16, 3: 9 },
    title: 'Exact additions',
    tex: () => String.raw`\text{adds} = N\,C_{out}\left(\frac{C_{in}}{g}\,T - P + b\,P\right)`,
  },
  {
    id: 'eq-exact-total',
    number: { 1: 16, 2: 17, 3: 10 },
    title: 'Exact total',
    tex: () => String.raw`\text{ops}_{\text{exact}} = \text{mults} + \text{adds}`,
  },
  {
    id: 'eq-axis-taps',
    number: { 1: 17, 2: 18, 3: 11 },
    title: 'Taps on data along one axis, summed over the kernel',
    tex: (ax) => {
      const X = generic(ax);
      const [T, l, d, k, s] = ['T', String.raw`\ell`, 'd', 'K', 's'].map((v) => sym(ax, v, X));
      return (
        String.raw`${T} = \sum_{k=0}^{${k} - 1} \max\Bigl(0,\ \min\Bigl(${X}_{out} - 1,\ \Bigl\lfloor \frac{${l} + ${X}_{in} - 1 - k\,${d}}{${s}} \Bigr\rfloor\Bigr)` +
        String.raw` - \max\Bigl(0,\ \Bigl\lceil \frac{${l} - k\,${d}}{${s}} \Bigr\rceil\Bigr) + 1\Bigr)`
      );
    },
  },
  {
    id: 'eq-axis-positions',
    number: { 1: 18, 2: 19, 3: 12 },
    title: 'Positions reached along one axis',
    tex: (ax) => {
      const X = generic(ax);
      const [P, T, l, d, k, s] = ['P', 'T', String.raw`\ell`, 'd', 'K', 's'].map((v) => sym(ax, v, X));
      return (
        String.raw`${P} = \begin{cases} \max\Bigl(0,\ \min\Bigl(${X}_{out} - 1,\ \Bigl\lfloor \frac{${l} + ${X}_{in} - 1}{${s}} \Bigr\rfloor\Bigr) - \max\Bigl(0,\ \Bigl\lceil \frac{${l} - (${k} - 1)\,${d}}{${s}} \Bigr\rceil\Bigr) + 1\Bigr) & ${X}_{in} \ge ${d} \\[1ex] ` +
        String.raw`${T} & ${X}_{in} < ${d} \end{cases}`
      );
    },
  },
  {
    id: 'eq-exact-macs',
    number: { 1: 19, 2: 20, 3: 14 },
    title: 'Exact multiply–accumulates',
    tex: () => String.raw`\text{MACs}_{\text{exact}} = N\,C_{out}\,\frac{C_{in}}{g}\,T, \qquad \text{FLOPs}_{\text{exact}} = \text{mults} + \text{adds}`,
  },
  {
    id: 'eq-dense-macs',
    number: { 1: 20, 2: 21, 3: 15 },
    title: 'Dense multiply–accumulates, the counters’ convention',
    tex: (ax) => String.raw`\text{MACs}_{\text{dense}} = N\,C_{out}\,${outs(ax)}\,\frac{C_{in}}{g}\,${taps(ax)}, \qquad \text{FLOPs}_{\text{dense}} = 2\,\text{MACs}_{\text{dense}}`,
  },
];

/** The equation list of the 1-d, 2-d or 3-d page, in page order. */
export function equationsFor(ax: Axes): Equation[] {
  const nd = ax.length as 1 | 2 | 3;
  return rows
    .filter((r) => r.number[nd] !== null)
    .map((r) => ({ id: r.id, number: r.number[nd]!, title: r.title, tex: r.tex(ax) }))
    .sort((a, b) => a.number - b.number);
}
