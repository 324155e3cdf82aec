// Screen geometry of Figure 1: where each column, input element, label and annotation
// goes, in SVG units. The drawing is shown at one SVG unit per CSS pixel, never scaled,
// so every text keeps its font size on any screen: fitting a box means choosing the column
// width, and a drawing that cannot fit at the narrowest readable columns scrolls instead.
// Everything here is bounded by the diagram's caps (≤ 64 columns, ≤ 12 inputs), so plain
// numbers are safe for coordinates; counts stay bigint.
import type { KernelDiagram, Slot } from '../../../estimator/convtranspose1d/diagram.ts';
import { compact, grouped } from '../../../lib/format.ts';

/** Narrowest and widest column; margins left and right of the columns. */
export const U_MIN = 34;
export const U_MAX = 112;
export const LEFT = 6;
export const RIGHT = 14;
/** The row labels' column beside the drawing (it stays put while the drawing scrolls): full words, or symbols on narrow screens. */
export const GUTTER = { wide: 92, narrow: 46 };
/** Below this width of the whole figure, the row labels use symbols. */
export const NARROW = 480;
/** The smallest text the figure draws, in SVG units = CSS pixels (labels, additions, subscripts). */
export const MIN_TEXT = 11;
/** Vertical rows. */
export const Y = {
  inTop: 26,
  inH: 30,
  outTop: 138,
  outH: 40,
  t: 196,
  adds: 216,
  lanes: 234,
  lane: 28,
};
/** Average glyph width as a fraction of the font size (sans-serif digits ≈ 0.56–0.6 em). */
const EM = 0.6;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * EM;
}

/** Font sizes of the texts that must fit in a column. */
export const FONT = { count: 16, input: 13, small: MIN_TEXT };

/** The row labels' column for a figure this wide (unknown before it is measured: the wide one). */
export function gutterFor(figureWidth?: number): number {
  return figureWidth !== undefined && figureWidth < NARROW ? GUTTER.narrow : GUTTER.wide;
}

/**
 * Text for a count or index in a column of width u: all digits when they fit (the
 * columns widen up to U_MAX for them), otherwise the compact form, e.g. "1.23G".
 */
export function cellText(n: bigint, fontSize: number, u: number): string {
  const full = grouped(n);
  if (textWidth(full, fontSize) <= u - 8) return full;
  return (compact(n) ?? full).replace(' ', '');
}

/** A bracket under a run of columns with a short label (tail, cropped zone, "not drawn" runs). */
export interface Annotation {
  kind: 'tail' | 'cropped' | 'gap';
  x0: number;
  x1: number;
  text: string;
  lane: number;
}

export interface Layout {
  /** Column width: wide enough for the longest exact count (up to U_MAX), widened to fill the box when there is room. */
  u: number;
  /** Whether the drawing fits the box it was laid out for (undefined when no box was given). */
  fits?: boolean;
  /** Centre x of column j. */
  x: (j: number) => number;
  width: number;
  height: number;
  /** Centre x of each drawn input element (same order as diagram.inputs). */
  inputX: number[];
  /** Which columns show their position label t (labels that would collide are skipped). */
  showT: boolean[];
  annotations: Annotation[];
}

/** Runs of consecutive columns satisfying a predicate, as [first, last] column indices. */
function runs(slots: Slot[], keep: (s: Slot) => boolean): [number, number][] {
  const out: [number, number][] = [];
  slots.forEach((s, j) => {
    if (!keep(s)) return;
    const last = out[out.length - 1];
    if (last && last[1] === j - 1) last[1] = j;
    else out.push([j, j]);
  });
  return out;
}

/** The narrowest readable column for this diagram: every exact count (and index) fits, within [U_MIN, U_MAX]. */
export function columnWidth(d: KernelDiagram): number {
  let need = 0;
  for (const s of d.slots)
    if (s.kind === 'cell') need = Math.max(need, textWidth(grouped(s.y), FONT.count), textWidth(grouped(s.additions), FONT.small));
  for (const e of d.inputs) need = Math.max(need, textWidth(grouped(e.i), FONT.input) + 6); // the input box is 8 narrower
  return Math.min(U_MAX, Math.max(U_MIN, Math.ceil(need + 10)));
}

/**
 * Place every element of the figure for a box `box` px wide (or at its narrowest readable
 * columns when the box is unknown, as on the server): columns widen up to U_MAX to fill the
 * box, and never go below columnWidth(d); a drawing wider than the box at that width scrolls.
 */
export function layout(d: KernelDiagram, box?: number): Layout {
  const n = Math.max(1, d.slots.length);
  const need = columnWidth(d);
  if (box === undefined || !(box > 0)) return place(d, need);
  let u = Math.max(need, Math.min(U_MAX, Math.floor((box - LEFT - RIGHT) / n)));
  let L = place(d, u);
  // Inputs pushed apart or a long annotation can make the drawing wider than its columns: narrow them again.
  for (let round = 0; round < 4 && L.width > box && u > need; round++) {
    u = Math.max(need, u - Math.ceil((L.width - box) / n));
    L = place(d, u);
  }
  if (L.width > box && u > need) L = place(d, need); // still too wide: the narrowest columns, scrolling
  return { ...L, fits: L.width <= box };
}

function place(d: KernelDiagram, U: number): Layout {
  const n = d.slots.length;
  const slotX = (j: number) => LEFT + j * U + U / 2;

  // Inputs above the middle of their drawn taps; push apart so neighbours never overlap.
  const inputX = d.inputs.map((e) => (slotX(e.taps[0].slot) + slotX(e.taps[e.taps.length - 1].slot)) / 2);
  for (let j = 1; j < inputX.length; j++) inputX[j] = Math.max(inputX[j], inputX[j - 1] + U);
  const rightmost = Math.max(slotX(n - 1), inputX[inputX.length - 1] ?? 0);

  // Position labels left to right, skipping any that would run into the previous one.
  const showT: boolean[] = [];
  let freeFrom = -Infinity;
  d.slots.forEach((s, j) => {
    if (s.kind === 'gap') return showT.push(false);
    const w = textWidth(grouped(s.t), FONT.small);
    const ok = slotX(j) - w / 2 >= freeFrom;
    if (ok) freeFrom = slotX(j) + w / 2 + 6;
    showT.push(ok);
  });

  // Annotations: the output_padding tail, the cropped zones, and each "not drawn" marker.
  const raw: Omit<Annotation, 'lane'>[] = [];
  const span = (a: number, b: number) => ({ x0: slotX(a) - U / 2 + 3, x1: slotX(b) + U / 2 - 3 });
  for (const [a, b] of runs(d.slots, (s) => (s.kind === 'cell' ? s.tail : s.kind === 'gap' && s.zone === 'output' && s.to >= d.tailFrom)))
    raw.push({ kind: 'tail', ...span(a, b), text: 'output_padding' });
  for (const [a, b] of runs(d.slots, (s) => s.kind === 'cropped' || (s.kind === 'gap' && (s.zone === 'left' || s.zone === 'right'))))
    raw.push({ kind: 'cropped', ...span(a, b), text: 'cropped by padding' });
  d.slots.forEach((s, j) => {
    if (s.kind === 'gap' && s.outputPositions > 0n) raw.push({ kind: 'gap', ...span(j, j), text: `${grouped(s.outputPositions)} ${s.covered === 0n ? (s.outputPositions === 1n ? 'hole' : 'holes') : 'not drawn'}` });
  });
  // First-fit lanes on the union of bracket and centred label.
  const lanes: [number, number][][] = [];
  const annotations = raw.map((a) => {
    const mid = (a.x0 + a.x1) / 2;
    const half = textWidth(a.text, FONT.small) / 2;
    const lo = Math.min(a.x0, mid - half) - 4;
    const hi = Math.max(a.x1, mid + half) + 4;
    let lane = lanes.findIndex((used) => used.every(([u, v]) => hi <= u || lo >= v));
    if (lane < 0) {
      lanes.push([]);
      lane = lanes.length - 1;
    }
    lanes[lane].push([lo, hi]);
    return { ...a, lane };
  });
  const extent = Math.max(rightmost + U / 2, ...annotations.map((a) => Math.max(a.x1, (a.x0 + a.x1) / 2 + textWidth(a.text, FONT.small) / 2)));
  return {
    u: U,
    x: slotX,
    width: Math.ceil(extent + RIGHT),
    height: Y.lanes + lanes.length * Y.lane + 6,
    inputX,
    showT,
    annotations,
  };
}
