// Geometry of the kernel-placement figure (Figure 1 of the ConvTranspose1d page): which
// input elements, taps and output positions to draw, and what each drawn output cell
// receives. Pure and exact: positions and counts are bigint, and the cost is bounded by
// the caps, never by the input or output length.
import { ceilDiv, clamp, max, min } from '../math/integer.ts';
import type { ConvTranspose1dParams } from './params.ts';
import { outputLength } from './outputLength.ts';
import { coveredPositions } from './coveredPositions.ts';
import { productsAt, productsInWindow, type Scatter } from './productsInWindow.ts';

/** What the figure needs of a layer: the scatter geometry plus output_padding. */
export type DiagramParams = Scatter & Pick<ConvTranspose1dParams, 'output_padding'>;

/** Limits on what is drawn, so the figure stays readable and fast for any layer. */
export interface DiagramCaps {
  /** Input elements drawn at most. */
  maxInputs: number;
  /** Columns drawn at most: output cells, cropped positions and "not drawn" markers together. */
  maxSlots: number;
  /** Distinct cropped positions left of the output (where the padding discards taps) drawn at most. */
  maxLeftCropped: number;
  /** A run of untouched positions at most this long is drawn position by position; a longer one becomes one marker. */
  fill: number;
}

/** The figure's caps: 12 input elements and 64 columns. */
export const DIAGRAM_CAPS: Readonly<DiagramCaps> = { maxInputs: 12, maxSlots: 64, maxLeftCropped: 4, fill: 3 };

/** Where a position lies on the uncropped axis: cropped on the left, inside the output, or cropped on the right. */
export type Zone = 'left' | 'output' | 'right';

/** A drawn output position (0 ≤ t < L_out). */
export interface CellSlot {
  kind: 'cell';
  t: bigint;
  /** y_t: products that land here, from every input element (closed form). */
  y: bigint;
  /** max(y_t − 1, 0): additions needed to combine them. */
  additions: bigint;
  /** y_t = 0: no product lands here. */
  hole: boolean;
  /** One of the last output_padding positions, which the documented probe leaves out. */
  tail: boolean;
  /** Products from drawn taps (≤ y). */
  drawnSources: number;
  /** y − drawnSources: products from input elements or taps that are not drawn. */
  hiddenSources: bigint;
}

/** A drawn position outside the output, where the padding crops taps away. */
export interface CroppedSlot {
  kind: 'cropped';
  t: bigint;
  side: 'left' | 'right';
  /** Drawn taps that land here (0 for a padding position no drawn tap reaches). */
  taps: number;
}

/** A run of consecutive positions drawn as one "not drawn" marker. */
export interface GapSlot {
  kind: 'gap';
  from: bigint;
  to: bigint;
  /** 'start' and 'end' mark the edges of the drawn window; 'between' a run inside it. */
  edge: 'start' | 'between' | 'end';
  zone: Zone | 'mixed';
  positions: bigint;
  /** How many of the positions are output positions (the rest are cropped). */
  outputPositions: bigint;
  /** Products landing on those output positions, from every input element. */
  products: bigint;
  /** Those output positions that receive at least one product. */
  covered: bigint;
}

export type Slot = CellSlot | CroppedSlot | GapSlot;

/** One drawn product x[i]·w[k], landing on target t = i·stride + k·dilation − padding. */
export interface DrawnTap {
  i: bigint;
  k: bigint;
  t: bigint;
  /** Index of the slot (column) it lands on. */
  slot: number;
  zone: Zone;
}

/** A drawn input element and the taps of its stamp that are drawn. */
export interface DrawnInput {
  i: bigint;
  taps: DrawnTap[];
  /** K minus the drawn taps: taps of this element that fall outside the drawn window. */
  tapsNotDrawn: bigint;
}

export interface KernelDiagram {
  lengthOut: bigint;
  /** First position of the output_padding tail (= lengthOut when there is none). */
  tailFrom: bigint;
  /** Every input element, tap and output position is drawn. */
  whole: boolean;
  slots: Slot[];
  inputs: DrawnInput[];
  hidden: {
    /** Input elements not drawn. */
    inputs: bigint;
    /** Output positions not drawn as cells. */
    outputs: bigint;
    /** Taps of the drawn input elements that are not drawn. */
    taps: bigint;
  };
}

/** Which side of the output a position is on. */
export function zoneOf(t: bigint, lengthOut: bigint): Zone {
  return t < 0n ? 'left' : t >= lengthOut ? 'right' : 'output';
}

/**
 * The window of Figure 1 for a valid layer (L_out ≥ 1): the input elements, taps and
 * output positions to draw, in left-to-right columns ("slots").
 *
 * When the layer is small (at most maxInputs elements and every position from the first
 * tap to the end of the output fits in maxSlots) everything is drawn, padding positions
 * included. Otherwise the window starts at the first input element whose stamp reaches
 * the output and takes, in increasing order, the positions hit by the next maxInputs
 * elements' taps (with up to maxLeftCropped cropped positions before position 0), until
 * the columns run out; short runs between them are drawn cell by cell and long ones
 * become a marker that carries their exact counts. The cost is O(maxSlots·maxInputs)
 * plus one closed-form count per column, whatever the lengths and sizes.
 */
export function kernelDiagram(p: DiagramParams, caps: DiagramCaps = DIAGRAM_CAPS): KernelDiagram {
  const L = outputLength(p);
  if (L < 1n) throw new RangeError(`kernelDiagram: output length ${L} < 1 (not a valid layer)`);
  const { length_in: Lin, kernel_size: K, stride: s, dilation: d, padding: pad } = p;
  const span = (K - 1n) * d;
  const start = (i: bigint) => i * s - pad; // target of tap 0 of element i
  const tailFrom = L - p.output_padding;
  const lowest = -pad; // first tap of element 0: the left end of the uncropped axis
  const highest = max(L - 1n, start(Lin - 1n) + span);
  const maxSlots = Math.max(1, Math.floor(caps.maxSlots));
  const whole = Lin <= BigInt(caps.maxInputs) && highest - lowest + 1n <= BigInt(maxSlots);

  // The candidate input elements: all of them, or maxInputs from the first that reaches t ≥ 0.
  const first = whole ? 0n : clamp(ceilDiv(pad - span, s), 0n, Lin - 1n);
  const count = whole ? Lin : min(Lin - first, BigInt(Math.max(1, Math.floor(caps.maxInputs))));
  const candidates: bigint[] = [];
  for (let j = 0n; j < count; j++) candidates.push(first + j);

  // Left edge: everything in whole mode; otherwise the few cropped positions nearest to 0.
  const lo = whole ? lowest : leftEdge(candidates, start, K, d, caps.maxLeftCropped);
  const leading = !whole && lo > lowest;
  const fill = whole ? Infinity : Math.max(0, Math.floor(caps.fill));
  // Columns for the merge: keep one for each edge marker in windowed mode.
  const budget = whole ? maxSlots : maxSlots - (leading ? 1 : 0) - 1;

  // Per candidate, the next tap index at or after the current position (ascending merge).
  const nextK = candidates.map((i) => max(0n, ceilDiv(lo - start(i), d)));
  const endInWindow = first + count === Lin;
  const anchors = [0n, ...(endInWindow ? [L - 1n, ...(tailFrom < L ? [tailFrom] : [])] : [])].filter((a) => a >= lo);

  const positions: { t: bigint; taps: { i: bigint; k: bigint }[] }[] = [];
  const slots: Slot[] = [];
  let used = 0;
  let prev: bigint | null = null;
  for (;;) {
    let t: bigint | null = null;
    for (let c = 0; c < candidates.length; c++) {
      if (nextK[c] >= K) continue;
      const target = start(candidates[c]) + nextK[c] * d;
      if (t === null || target < t) t = target;
    }
    for (const a of anchors) if ((prev === null || a > prev) && (t === null || a < t)) t = a;
    if (t === null) break;
    const run = prev === null ? 0n : t - prev - 1n;
    const cost = (run === 0n ? 0 : run <= BigInt(Math.min(fill, maxSlots)) ? Number(run) : 1) + 1;
    if (used + cost > budget) break;
    if (prev !== null && run > 0n) {
      if (run <= BigInt(Math.min(fill, maxSlots))) for (let u = prev + 1n; u < t; u++) slots.push(positionSlot(p, u, L, tailFrom));
      else slots.push(gapSlot(p, prev + 1n, t - 1n, 'between', L));
    }
    const taps: { i: bigint; k: bigint }[] = [];
    for (let c = 0; c < candidates.length; c++) {
      if (nextK[c] < K && start(candidates[c]) + nextK[c] * d === t) {
        taps.push({ i: candidates[c], k: nextK[c] });
        nextK[c] += 1n;
      }
    }
    positions.push({ t, taps });
    slots.push(positionSlot(p, t, L, tailFrom));
    used += cost;
    prev = t;
  }
  if (leading) slots.unshift(gapSlot(p, lowest, lo - 1n, 'start', L));
  if (!whole && (prev === null || prev < highest)) slots.push(gapSlot(p, prev === null ? lo : prev + 1n, highest, 'end', L));

  // Taps onto their columns, grouped by input element.
  const slotOf = new Map<bigint, number>();
  slots.forEach((slot, j) => slot.kind !== 'gap' && slotOf.set(slot.t, j));
  const byInput = new Map<bigint, DrawnTap[]>();
  for (const { t, taps } of positions) {
    const slot = slotOf.get(t)!;
    const zone = zoneOf(t, L);
    for (const { i, k } of taps) {
      if (!byInput.has(i)) byInput.set(i, []);
      byInput.get(i)!.push({ i, k, t, slot, zone });
    }
    const target = slots[slot];
    if (target.kind === 'cell') {
      target.drawnSources = taps.length;
      target.hiddenSources = target.y - BigInt(taps.length);
    } else if (target.kind === 'cropped') target.taps = taps.length;
  }
  const inputs: DrawnInput[] = candidates
    .filter((i) => byInput.has(i))
    .map((i) => ({ i, taps: byInput.get(i)!, tapsNotDrawn: K - BigInt(byInput.get(i)!.length) }));

  let cells = 0n;
  for (const slot of slots) if (slot.kind === 'cell') cells += 1n;
  return {
    lengthOut: L,
    tailFrom,
    whole,
    slots,
    inputs,
    hidden: {
      inputs: Lin - BigInt(inputs.length),
      outputs: L - cells,
      taps: inputs.reduce((sum, e) => sum + e.tapsNotDrawn, 0n),
    },
  };
}

/**
 * The left end of a windowed figure: the smallest of the (at most `limit`) cropped
 * positions nearest to 0 that the candidates' taps hit, or 0 when none lands left of the
 * output. A descending merge over the candidates, at most `limit` steps.
 */
function leftEdge(candidates: bigint[], start: (i: bigint) => bigint, K: bigint, d: bigint, limit: number): bigint {
  // Largest k with start(i) + k·d < 0, per candidate (−1 when none).
  const topK = candidates.map((i) => min(K - 1n, ceilDiv(-start(i), d) - 1n));
  let lo = 0n;
  let prev: bigint | null = null;
  for (let taken = 0; taken < limit; ) {
    let t: bigint | null = null;
    for (let c = 0; c < candidates.length; c++) {
      while (topK[c] >= 0n && prev !== null && start(candidates[c]) + topK[c] * d >= prev) topK[c] -= 1n;
      if (topK[c] < 0n) continue;
      const target = start(candidates[c]) + topK[c] * d;
      if (t === null || target > t) t = target;
    }
    if (t === null) break;
    lo = t;
    prev = t;
    taken += 1;
  }
  return lo;
}

/** The slot for one drawn position: an output cell with its counts, or a cropped position. */
function positionSlot(p: DiagramParams, t: bigint, L: bigint, tailFrom: bigint): CellSlot | CroppedSlot {
  if (t < 0n || t >= L) return { kind: 'cropped', t, side: t < 0n ? 'left' : 'right', taps: 0 };
  const y = productsAt(p, t);
  return {
    kind: 'cell',
    t,
    y,
    additions: y > 0n ? y - 1n : 0n,
    hole: y === 0n,
    tail: t >= tailFrom,
    drawnSources: 0,
    hiddenSources: y,
  };
}

/** A "not drawn" marker for positions [from, to], with the exact counts of its output part. */
function gapSlot(p: DiagramParams, from: bigint, to: bigint, edge: GapSlot['edge'], L: bigint): GapSlot {
  const a = max(from, 0n);
  const b = min(to, L - 1n);
  const inside = b >= a;
  const zone: GapSlot['zone'] = to < 0n ? 'left' : from >= L ? 'right' : from >= 0n && to < L ? 'output' : 'mixed';
  return {
    kind: 'gap',
    from,
    to,
    edge,
    zone,
    positions: to - from + 1n,
    outputPositions: inside ? b - a + 1n : 0n,
    products: inside ? productsInWindow(p, a, b) : 0n,
    covered: inside ? coveredPositions(p, b + 1n) - coveredPositions(p, a) : 0n,
  };
}

/**
 * The products that reach output position t: the (i, k) pairs among the drawn input
 * elements with i·stride + k·dilation − padding = t (solved per element, not looked up
 * in the figure), and y_t, the total from every element. `hidden` = y_t − drawn pairs.
 */
export function reaching(p: DiagramParams, diagram: Pick<KernelDiagram, 'inputs'>, t: bigint) {
  const sources: { i: bigint; k: bigint }[] = [];
  for (const { i } of diagram.inputs) {
    const r = t + p.padding - i * p.stride; // = k·dilation
    if (r < 0n || r % p.dilation !== 0n) continue;
    const k = r / p.dilation;
    if (k < p.kernel_size) sources.push({ i, k });
  }
  const total = productsAt(p, t);
  return { sources, total, hidden: total - BigInt(sources.length) };
}
