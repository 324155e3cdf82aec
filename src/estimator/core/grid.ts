// The output grid of a 2-d convolution's figure, generically: a window of the output (its
// top-left corner), the count of one filter's products at every cell of it, and what reaches
// one cell. Every count here is separable, y[r, c] = y_H[r]·y_W[c], so a window needs the
// per-axis counts at its rows and columns only; the families (conv/grid.ts,
// convtranspose/grid.ts) supply those, each by a closed form at one position.

/** Most rows, and most columns, a window shows. */
export const GRID_CAP = 16;
/** Most sources per axis a cell's reach lists (the rest are counted, not listed). */
export const SOURCE_CAP = 12;

/** One axis of the window: the output's size along it and the per-axis count at the positions shown. */
export interface GridAxis {
  /** Output positions along the axis. */
  size: bigint;
  /** The per-axis count at positions 0, 1, …, counts.length − 1 (at most GRID_CAP). */
  counts: bigint[];
}

export interface Grid {
  /** 'forward': taps of a convolution that read data; 'transposed': products landing on the cell. */
  kind: 'forward' | 'transposed';
  rows: GridAxis;
  cols: GridAxis;
  /** Taps per output (forward: k_H·k_W), or products per input pixel (transposed: k_H·k_W). */
  kernel: readonly [bigint, bigint];
  /** The padding mode: in any but 'zeros' the padding holds data (forward only; 'zeros' for transposed). */
  mode: string;
  /** The largest count in the window (the top of the colour scale). */
  top: bigint;
  /** The counts present in the window, by colour step (see step()): the legend. */
  legend: { step: number; lo: bigint; hi: bigint }[];
  /** Whether the window leaves rows or columns out. */
  windowed: boolean;
  /** Which part of the output the window shows, in words. */
  note: string;
}

/**
 * One source along an axis. Forward: kernel tap `tap` reads input index `input` (outside
 * [0, size_in) it is padding; `data` says whether it reads data). Transposed: input index
 * `input` times kernel tap `tap` lands on the position (always data).
 */
export interface Source {
  input: bigint;
  tap: bigint;
  data: boolean;
}

/** What reaches one output position along one axis. */
export interface AxisReach {
  /** The output position. */
  at: bigint;
  /** The per-axis count there (forward: taps on data; transposed: products landing there). */
  count: bigint;
  /** Sources in all (forward: the kernel's taps; transposed: = count). */
  total: bigint;
  /** The first sources, in order (at most SOURCE_CAP). */
  listed: Source[];
  /** The input size along the axis (forward: where the padding starts). */
  sizeIn: bigint;
}

/** What reaches one cell: the outer product of its row's and its column's reach. */
export interface Reach {
  kind: Grid['kind'];
  mode: string;
  row: AxisReach;
  col: AxisReach;
  /** row.count·col.count. */
  count: bigint;
  /** row.total·col.total. */
  total: bigint;
  /** One sentence for a screen reader (and the figure's readout line). */
  text: string;
}

/** A family's figure functions (each module's grid.ts exports these names). */
export interface GridFamily<P> {
  gridOf(p: P): Grid | null;
  reachOf(p: P, row: bigint, col: bigint): Reach | null;
}

/** The window's positions along an axis of `size`, and the count `at` gives at each (closed forms, never the whole axis). */
export function axisWindow(size: bigint, at: (t: bigint) => bigint, cap: number = GRID_CAP): GridAxis {
  const shown = size < BigInt(cap) ? Number(size > 0n ? size : 0n) : cap;
  const counts: bigint[] = [];
  for (let t = 0; t < shown; t++) counts.push(at(BigInt(t)));
  return { size, counts };
}

/** The count at cell (r, c) of the window. */
export function cellCount(g: Pick<Grid, 'rows' | 'cols'>, r: number, c: number): bigint {
  return g.rows.counts[r] * g.cols.counts[c];
}

/** The colour step of a count, 1–4 by ⌈4·v/top⌉ against the window's largest, and 0 for none. */
export function step(v: bigint, top: bigint): number {
  return v === 0n || top === 0n ? 0 : Number((4n * v + top - 1n) / top);
}

const grouped = (n: bigint) => (n < 0n ? '−' : '') + (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: bigint, one: string, many = `${one}s`) => `${grouped(n)} ${n === 1n ? one : many}`;
const biggest = (xs: bigint[]) => xs.reduce((a, b) => (b > a ? b : a), 0n);

/** A grid from its two window axes: the colour scale, the legend and the window's note. */
export function gridFrom(kind: Grid['kind'], rows: GridAxis, cols: GridAxis, kernel: readonly [bigint, bigint], mode: string): Grid {
  const top = biggest(rows.counts) * biggest(cols.counts);
  const seen = new Set<bigint>();
  for (const a of new Set(rows.counts)) for (const b of new Set(cols.counts)) seen.add(a * b);
  const legend: Grid['legend'] = [];
  for (const v of [...seen].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
    const s = step(v, top);
    const last = legend[legend.length - 1];
    if (last && last.step === s) last.hi = v;
    else legend.push({ step: s, lo: v, hi: v });
  }
  const R = rows.counts.length;
  const C = cols.counts.length;
  const windowed = BigInt(R) < rows.size || BigInt(C) < cols.size;
  const span = (n: number, size: bigint, noun: string) => (BigInt(n) < size ? `${noun}s 0–${n - 1} of ${grouped(size)}` : `all ${plural(size, noun)}`);
  const shape = `${grouped(rows.size)} × ${grouped(cols.size)} output`;
  const note = windowed ? `Shown: ${span(R, rows.size, 'row')} and ${span(C, cols.size, 'column')}, the top-left corner of the ${shape}.` : `The whole ${shape}.`;
  return { kind, rows, cols, kernel, mode, top, legend, windowed, note };
}

/** An arithmetic progression of `count` terms from `first` by `step`, in words: 3; 3 and 5; 3 to 7; 3, 5, …, 11. */
function progression(first: bigint, by: bigint, count: bigint): string {
  const last = first + (count - 1n) * by;
  if (count === 1n) return grouped(first);
  if (count === 2n) return `${grouped(first)} and ${grouped(last)}`;
  if (by === 1n) return `${grouped(first)} to ${grouped(last)}`;
  return `${grouped(first)}, ${grouped(first + by)}, …, ${grouped(last)}`;
}

/**
 * The inputs along one axis that reach a position: "input rows 0 to 2", and for a transposed
 * layer with their kernel taps, "input rows 0 and 1 (kernel rows 2 and 0)". The sources on data
 * form an arithmetic progression (forward: taps d apart; transposed: one residue class), so the
 * listed ones give its first term and step, and the count its last.
 */
function axisWords(kind: Grid['kind'], x: AxisReach, noun: string): string {
  const on = x.listed.filter((s) => s.data);
  const many = x.count === 1n ? noun : `${noun}s`;
  if (on.length === 0) return plural(x.count, noun);
  const by = (f: (s: Source) => bigint) => (on.length > 1 ? f(on[1]) - f(on[0]) : 0n);
  const inputs = `input ${many} ${progression(on[0].input, by((s) => s.input), x.count)}`;
  return kind === 'forward' ? inputs : `${inputs} (kernel ${many} ${progression(on[0].tap, by((s) => s.tap), x.count)})`;
}

/** One sentence on what reaches a cell. */
function sentence(kind: Grid['kind'], mode: string, row: AxisReach, col: AxisReach, count: bigint, K: bigint): string {
  const at = `Output row ${grouped(row.at)}, column ${grouped(col.at)}`;
  const both = () => `${axisWords(kind, row, 'row')} × ${axisWords(kind, col, 'column')}`;
  if (kind === 'transposed') return count === 0n ? `${at} is a hole: no product lands on it.` : `${at} receives ${plural(count, 'product')}: ${both()}.`;
  if (mode !== 'zeros') return `${at}: all ${grouped(K)} taps read data (with padding_mode='${mode}' the padding holds copies of the input).`;
  if (count === 0n) return `${at} sees only padding: none of its ${plural(K, 'tap')} reads data.`;
  if (count === K) return `${at}: all ${grouped(K)} taps read data, ${both()}.`;
  return `${at}: ${grouped(count)} of its ${grouped(K)} taps read data, ${both()}; the other ${grouped(K - count)} fall on zero padding.`;
}

/** The reach of a cell from its two axes. */
export function reachFrom(kind: Grid['kind'], mode: string, row: AxisReach, col: AxisReach): Reach {
  const count = row.count * col.count;
  const total = row.total * col.total;
  return { kind, mode, row, col, count, total, text: sentence(kind, mode, row, col, count, total) };
}
