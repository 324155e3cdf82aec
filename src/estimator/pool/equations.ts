// The numbered equations of the four pool pages, from one table: the TeX is written once with the
// kind (max or average) and the axes (L; H, W) as parameters. Published ids and numbers are
// permanent (tests/unit/equations.test.ts keeps the list): append rows, never renumber.
import type { Equation } from '../core/equations.ts';
import type { PoolKind } from './rules.ts';

type Axes = readonly ['L'] | readonly ['H', 'W'];

const sub = (ax: Axes, s: string, x: string) => (ax.length === 1 ? s : `${s}_${x}`);
const X = (ax: Axes) => (ax.length === 1 ? 'L' : 'X');
const prod = (ax: Axes, s: string) => (ax.length === 1 ? s : ax.map((x) => `${s}_${x}`).join(String.raw`\,`));

interface Row {
  id: `eq-${string}`;
  /** Number on the max-pool and avg-pool pages; null where that page omits the equation. */
  number: { max: number | null; avg: number | null };
  title: string;
  tex(ax: Axes, kind: PoolKind): string;
}

const rows: Row[] = [
  {
    id: 'eq-pool-output-size',
    number: { max: 1, avg: 1 },
    title: 'Output size along each axis',
    tex: (ax, kind) => {
      const x = X(ax);
      const [k, s, p, d] = ['k', 's', 'p', 'd'].map((c) => sub(ax, c, x));
      const span = kind === 'max' ? String.raw`${d}\,(${k} - 1)` : String.raw`(${k} - 1)`;
      return (
        String.raw`\begin{aligned} ${x}'_{out} &= \left\lfloor \frac{${x}_{in} + 2${p} - ${span} - 1 + c}{${s}} \right\rfloor + 1 \\ ` +
        String.raw`c &= ${s} - 1 \text{ with ceil\_mode, else } 0 \\ ` +
        String.raw`${x}_{out} &= ${x}'_{out} - \bigl[\,\texttt{ceil\_mode} \text{ and } (${x}'_{out} - 1)\,${s} \ge ${x}_{in} + ${p}\,\bigr] \end{aligned}`
      );
    },
  },
  {
    id: 'eq-pool-window-elements',
    number: { max: 2, avg: 2 },
    title: 'Real elements of each window, summed along an axis and over a plane',
    tex: (ax, kind) => {
      const x = X(ax);
      const [k, s, p, d] = ['k', 's', 'p', 'd'].map((c) => sub(ax, c, x));
      const step = kind === 'max' ? String.raw`j\,${d}` : 'j';
      return (
        String.raw`\begin{aligned} y_${x}[o] &= \#\bigl\{\, 0 \le j < ${k} \;:\; ${p} \le o\,${s} + ${step} \le ${p} + ${x}_{in} - 1 \,\bigr\} \\ ` +
        String.raw`T_${x} &= \sum_{o=0}^{${x}_{out}-1} y_${x}[o]${ax.length === 1 ? String.raw`, \qquad T = T_L` : String.raw` \\ T &= ${prod(ax, 'T')}`} \end{aligned}`
      );
    },
  },
  {
    id: 'eq-pool-windows-reached',
    number: { max: 3, avg: null },
    title: 'Windows with at least one real element',
    tex: (ax) => {
      const x = X(ax);
      return String.raw`P_${x} = \#\{\, o : y_${x}[o] \ge 1 \,\}, \qquad P = ${ax.length === 1 ? 'P_L' : prod(ax, 'P')}`;
    },
  },
  {
    id: 'eq-pool-divisor',
    number: { max: null, avg: 3 },
    title: 'The divisor of each window',
    tex: (ax) => {
      const x = X(ax);
      const [k, s, p] = ['k', 's', 'p'].map((c) => sub(ax, c, x));
      const terms = ax.length === 1 ? 'q_L[o]' : ax.map((a) => `q_${a}[o_${a}]`).join(String.raw`\,`);
      const ys = ax.length === 1 ? 'y_L[o]' : ax.map((a) => `y_${a}[o_${a}]`).join(String.raw`\,`);
      const override = ax.length === 1 ? '' : String.raw`D & \texttt{divisor\_override} = D \\ `;
      return (
        String.raw`\begin{aligned} \text{divisor} &= \begin{cases} ${override}${terms} & \texttt{count\_include\_pad} \\ ${ys} & \text{otherwise} \end{cases} \\ ` +
        String.raw`q_${x}[o] &= \min(o\,${s} + ${k},\ ${x}_{in} + 2${p}) - o\,${s} \end{aligned}`
      );
    },
  },
  {
    id: 'eq-pool-exact',
    number: { max: 4, avg: 4 },
    title: 'Exact count by kind',
    tex: (ax, kind) =>
      kind === 'max'
        ? String.raw`\text{comparisons} = N\,C\,(T - P) = \text{total}`
        : String.raw`\begin{aligned} \text{additions} &= N\,C\,(T - O) \\ \text{divisions} &= N\,C\,O \\ \text{total} &= N\,C\,T \\ O &= ${ax.length === 1 ? 'L_{out}' : ax.map((a) => `${a}_{out}`).join(String.raw`\,`)} \end{aligned}`,
  },
  {
    id: 'eq-pool-dense',
    number: { max: 5, avg: 5 },
    title: 'Dense convention: every window full',
    tex: (ax, kind) => {
      const O = ax.length === 1 ? 'L_{out}' : ax.map((a) => `${a}_{out}`).join(String.raw`\,`);
      const K = ax.length === 1 ? 'k' : ax.map((a) => `k_${a}`).join(String.raw`\,`);
      return kind === 'max'
        ? String.raw`\text{comparisons} = N\,C\,${O}\,(${K} - 1)`
        : String.raw`\begin{aligned} \text{additions} &= N\,C\,${O}\,(${K} - 1) \\ \text{divisions} &= N\,C\,${O} \\ \text{total} &= N\,C\,${O}\,${K} \end{aligned}`;
    },
  },
];

/** The equations of one page. */
export function poolEquations(kind: PoolKind, nd: 1 | 2): Equation[] {
  const ax: Axes = nd === 1 ? ['L'] : ['H', 'W'];
  return rows.flatMap((r) => {
    const number = r.number[kind];
    return number === null ? [] : [{ id: r.id, number, title: r.title, tex: r.tex(ax, kind) }];
  });
}
