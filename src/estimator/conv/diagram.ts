// The 1-d tap figure of a forward convolution (Conv1d's page; any axis of Conv2d or Conv3d):
// which input position each tap of each drawn output reads (eq-taps-at), whether it reads data
// or padding, and, under a padding_mode other than 'zeros', which input element the padding
// copies. Pure and exact (bigint); windowed by the caps, so its cost never depends on the
// layer's lengths: at most `outputs` outputs and `taps` taps per output are listed, every count
// comes from a closed form at one position, and the outputs left out are summed in closed form.
import { clamp, max, min } from '../math/integer.ts';
import { countInWindow } from '../math/latticeCount.ts';
import { outputSize, type Axis } from './axis.ts';
import { trace } from './forward.ts';
import { countAt } from './grid.ts';
import { layout1d, layout2d, layout3d } from './layout.ts';
import type { ConvParams } from './params.ts';

/** Limits on what is drawn, so the figure stays readable and fast for any layer. */
export interface TapFigureCaps {
  /** Outputs drawn at most (the first half and the last half of a long output). */
  outputs: number;
  /** Taps listed per output at most (the first half and the last half of a long kernel). */
  taps: number;
  /** Input columns drawn at most (fewer outputs are drawn until their taps fit). */
  columns: number;
  /** A run of unread positions at most this long is drawn position by position; a longer one is one marker. */
  fill: number;
}

/** The figure's caps: 12 outputs, 12 taps per output, 40 input columns. */
export const TAP_FIGURE_CAPS: Readonly<TapFigureCaps> = { outputs: 12, taps: 12, columns: 40, fill: 2 };

/** What a position of the padded input holds: real input, zero padding, or padding that copies an input element. */
export type Held = 'data' | 'zero' | 'copy';

/** One listed tap j of an output: it reads input index i = o·s + j·d − ℓ (outside [0, L_in) it is padding). */
export interface TapRead {
  j: bigint;
  i: bigint;
  held: Held;
  /** The input element whose value it multiplies: i for data, the mirrored/copied/wrapped index for a copy, null for zero padding. */
  source: bigint | null;
  /** Whether the exact count includes the product: every tap but those on zero padding. */
  counted: boolean;
}

/** A drawn output position and its taps. */
export interface OutputSlot {
  kind: 'output';
  o: bigint;
  /** y_o: products the exact count includes at this output (closed form, from every tap). */
  count: bigint;
  /** K: taps in all. */
  total: bigint;
  /** The listed taps, in order of j (all K, or the first and the last taps.length/2). */
  taps: TapRead[];
  /** K − taps.length: taps not listed. */
  hiddenTaps: bigint;
  /** Of those, the ones the exact count includes (count − listed counted taps). */
  hiddenCounted: bigint;
}

/** A run of outputs left out of the drawing, with their exact sum. */
export interface OutputGap {
  kind: 'gap';
  from: bigint;
  to: bigint;
  /** Σ y_o over the run (closed form). */
  products: bigint;
}

/** A drawn position of the padded input, by input index (negative or ≥ L_in: padding). */
export interface InputColumn {
  kind: 'input';
  i: bigint;
  held: Held;
  /** The input element it holds (null for zero padding). */
  source: bigint | null;
  /** Whether a listed tap of a drawn output reads it. */
  read: boolean;
}

/** A run of input positions [from, to] drawn as one marker. */
export interface InputGap {
  kind: 'gap';
  from: bigint;
  to: bigint;
  /** How many of the positions are padding. */
  padding: bigint;
}

export interface TapFigure {
  /** L_in, and the [left, right] padding the layer really applies (negative crops). */
  lengthIn: bigint;
  pad: readonly [bigint, bigint];
  kernel: bigint;
  stride: bigint;
  dilation: bigint;
  mode: string;
  lengthOut: bigint;
  /** Outputs and "not drawn" markers, left to right. */
  outputs: (OutputSlot | OutputGap)[];
  /** Input columns and "not drawn" markers, left to right. */
  inputs: (InputColumn | InputGap)[];
  /** Σ y_o over the whole output: the exact count's products per filter (T), along this axis. */
  products: bigint;
  /** Every output, tap and padded position is drawn. */
  whole: boolean;
}

/** What a padded position holds: data inside [0, L_in); outside it zero, or the element F.pad copies there. */
export function heldAt(a: Axis, mode: string, i: bigint): { held: Held; source: bigint | null } {
  const n = a.size_in;
  if (i >= 0n && i < n) return { held: 'data', source: i };
  if (mode === 'zeros') return { held: 'zero', source: null };
  // F.pad: reflect mirrors about the end element (excluded), replicate repeats it, circular wraps.
  if (mode === 'reflect') return { held: 'copy', source: i < 0n ? -i : 2n * (n - 1n) - i };
  if (mode === 'replicate') return { held: 'copy', source: clamp(i, 0n, n - 1n) };
  return { held: 'copy', source: ((i % n) + n) % n };
}

/**
 * eq-taps-at: y_o, the taps of output o on data. In 'zeros' mode, the taps j (0 ≤ j < K) with
 * 0 ≤ o·s + j·d − ℓ ≤ L_in − 1, an interval of j; in the other modes every tap (the padding holds
 * data). The figure's count is the estimator's per-position count, the output grid's (grid.ts).
 */
export function productsAt(a: Axis, mode: string, o: bigint): bigint {
  return countAt(a, o, mode === 'zeros');
}

/** Σ y_o for outputs from ≤ o ≤ to, in closed form (a lattice-point count, as eq-conv-taps-in-bounds). */
export function productsIn(a: Axis, mode: string, from: bigint, to: bigint): bigint {
  if (to < from) return 0n;
  const n = to - from + 1n;
  if (mode !== 'zeros') return n * a.kernel_size;
  const shift = from * a.stride;
  return countInWindow(a.kernel_size, a.dilation, n, a.stride, a.pad[0] - shift, a.pad[0] + a.size_in - 1n - shift);
}

/** The listed taps of a kernel of K taps: all, or the first ⌈cap/2⌉ and the last ⌊cap/2⌋. */
function listedTaps(K: bigint, cap: number): bigint[] {
  const c = BigInt(Math.max(2, Math.floor(cap)));
  if (K <= c) return Array.from({ length: Number(K) }, (_, j) => BigInt(j));
  const head = (c + 1n) / 2n;
  const tail = c - head;
  const out: bigint[] = [];
  for (let j = 0n; j < head; j++) out.push(j);
  for (let j = K - tail; j < K; j++) out.push(j);
  return out;
}

/** One drawn output: its closed-form count and its listed taps. */
function outputSlot(a: Axis, mode: string, o: bigint, js: bigint[]): OutputSlot {
  const count = productsAt(a, mode, o);
  const taps = js.map((j): TapRead => {
    const i = o * a.stride + j * a.dilation - a.pad[0];
    const h = heldAt(a, mode, i);
    return { j, i, ...h, counted: h.held !== 'zero' };
  });
  const listedCounted = BigInt(taps.filter((t) => t.counted).length);
  return { kind: 'output', o, count, total: a.kernel_size, taps, hiddenTaps: a.kernel_size - BigInt(taps.length), hiddenCounted: count - listedCounted };
}

/** The input columns for a sorted set of read positions: short unread runs drawn, long ones one marker; the edges of the padded input marked. */
function columnsFor(a: Axis, mode: string, read: bigint[], lo: bigint, hi: bigint, fill: number): (InputColumn | InputGap)[] {
  const padIn = (from: bigint, to: bigint) => {
    // Positions of [from, to] outside [0, L_in − 1].
    const inside = max(min(to, a.size_in - 1n) - max(from, 0n) + 1n, 0n);
    return to - from + 1n - inside;
  };
  const col = (i: bigint, isRead: boolean): InputColumn => ({ kind: 'input', i, ...heldAt(a, mode, i), read: isRead });
  const out: (InputColumn | InputGap)[] = [];
  const run = (from: bigint, to: bigint) => {
    if (to < from) return;
    if (to - from + 1n <= BigInt(fill)) for (let i = from; i <= to; i++) out.push(col(i, false));
    else out.push({ kind: 'gap', from, to, padding: padIn(from, to) });
  };
  let prev = lo - 1n;
  for (const i of read) {
    run(prev + 1n, i - 1n);
    out.push(col(i, true));
    prev = i;
  }
  run(prev + 1n, hi);
  return out;
}

/** The figure along one axis of a valid layer, within the caps. */
export function tapFigure(a: Axis, mode: string, caps: TapFigureCaps = TAP_FIGURE_CAPS): TapFigure {
  const L = outputSize(a);
  if (L < 1n) throw new RangeError(`tapFigure: output size ${L} < 1 (not a valid layer)`);
  const K = a.kernel_size;
  const js = listedTaps(K, caps.taps);
  // The padded input in input indices: [−ℓ, L_in − 1 + r].
  const lo = -a.pad[0];
  const hi = a.size_in - 1n + a.pad[1];
  const maxOut = BigInt(Math.max(2, Math.floor(caps.outputs)));
  const maxCols = Math.max(4, Math.floor(caps.columns));
  const fill = Math.max(0, Math.floor(caps.fill));

  // The first `h` and the last `t` outputs (all of them when the output is short).
  const pick = (h: bigint, t: bigint): bigint[] => {
    if (h + t >= L) return Array.from({ length: Number(L) }, (_, o) => BigInt(o));
    const os: bigint[] = [];
    for (let o = 0n; o < h; o++) os.push(o);
    for (let o = L - t; o < L; o++) os.push(o);
    return os;
  };
  const readBy = (os: bigint[]) => {
    const s = new Set<bigint>();
    for (const o of os) for (const j of js) s.add(o * a.stride + j * a.dilation - a.pad[0]);
    return [...s].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  };
  let h = L <= maxOut ? L : (maxOut + 1n) / 2n;
  let t = L <= maxOut ? 0n : maxOut / 2n;
  const whole = (os: bigint[]) => BigInt(os.length) === L && BigInt(js.length) === K && hi - lo + 1n <= BigInt(maxCols);
  const columns = (os: bigint[]) => {
    if (whole(os)) return columnsFor(a, mode, readBy(os), lo, hi, maxCols);
    const c = columnsFor(a, mode, readBy(os), lo, hi, fill);
    // Still too wide (taps far apart): every unread run becomes a marker.
    return c.length > maxCols ? columnsFor(a, mode, readBy(os), lo, hi, 0) : c;
  };
  let os = pick(h, t);
  let inputs = columns(os);
  // Fewer outputs until their columns fit (one output at each end at least).
  while (inputs.length > maxCols && h + t > 2n) {
    if (h + t >= L) {
      // Drop to a head and a tail.
      h = (L + 1n) / 2n;
      t = L - h;
    }
    if (h >= t && h > 1n) h -= 1n;
    else if (t > 1n) t -= 1n;
    else h -= 1n;
    os = pick(h, t);
    inputs = columns(os);
  }

  const outputs: (OutputSlot | OutputGap)[] = [];
  let prev = -1n;
  for (const o of os) {
    if (o > prev + 1n) outputs.push({ kind: 'gap', from: prev + 1n, to: o - 1n, products: productsIn(a, mode, prev + 1n, o - 1n) });
    outputs.push(outputSlot(a, mode, o, js));
    prev = o;
  }
  if (prev < L - 1n) outputs.push({ kind: 'gap', from: prev + 1n, to: L - 1n, products: productsIn(a, mode, prev + 1n, L - 1n) });

  return {
    lengthIn: a.size_in,
    pad: a.pad,
    kernel: K,
    stride: a.stride,
    dilation: a.dilation,
    mode,
    lengthOut: L,
    outputs,
    inputs,
    products: productsIn(a, mode, 0n, L - 1n),
    whole: whole(os),
  };
}

const LAYOUTS = [layout1d, layout2d, layout3d];

/**
 * The figure of a forward convolution's layer with `nd` spatial dimensions, along dimension `dim`
 * (the last, by default): null for a layer PyTorch refuses.
 */
export function tapFigureOf(p: ConvParams, nd: number = 1, dim: number = nd - 1, caps: TapFigureCaps = TAP_FIGURE_CAPS): TapFigure | null {
  const layout = LAYOUTS[nd - 1];
  if (!layout) return null;
  try {
    const t = trace(p, layout);
    if (!t.ok || !t.axes[dim]) return null;
    return tapFigure(t.axes[dim], p.padding_mode, caps);
  } catch {
    return null;
  }
}
