// The figure of a ConvTranspose2d page: per output cell, the products of one filter that land
// on it, over a window of the output, and which input pixels and kernel taps they come from.
// y[r, c] = y_H[r]·y_W[c] (eq-products-separable), each factor the 1-d module's productsAt,
// a closed form at one position: no loop over the axis.
import { productsAt } from '../convtranspose1d/productsInWindow.ts';
import { axisWindow, GRID_CAP, gridFrom, reachFrom, SOURCE_CAP, type AxisReach, type Grid, type Reach, type Source } from '../core/grid.ts';
import { ceilDiv, floorDiv, gcd, max, min } from '../math/integer.ts';
import { layout2d } from './layout.ts';
import { outputSizes } from './outputSize.ts';
import type { TransposedParams } from './params.ts';
import { Checked, firstViolation } from './rules.ts';
import type { Axis } from './tuples.ts';

/** a mod m in [0, m) for m > 0. */
const mod = (a: bigint, m: bigint) => a - floorDiv(a, m) * m;

/** The inverse of a modulo m (gcd(a, m) = 1, m ≥ 1), by the extended Euclidean algorithm. */
function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [mod(a, m), m];
  let [x0, x1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [x0, x1] = [x1, x0 - q * x1];
  }
  return mod(x0, m);
}

/**
 * The products that land on position t along one axis: the pairs (i, k), 0 ≤ i < length_in,
 * 0 ≤ k < kernel_size, with i·s + k·d = t + padding, by increasing i. With g = gcd(s, d) the
 * solutions exist when g divides t + padding, and then i runs through one residue class modulo
 * d/g over the interval where k stays in the kernel: an arithmetic progression, counted and
 * listed (its first `cap` terms) without a loop over the axis.
 */
export function axisReach(a: Axis, t: bigint, cap: number = SOURCE_CAP): AxisReach {
  const { length_in: n, kernel_size: K, stride: s, dilation: d } = a;
  const c = t + a.padding;
  const listed: Source[] = [];
  let count = 0n;
  const g = gcd(s, d);
  if (mod(c, g) === 0n) {
    const step = d / g;
    const i0 = step === 1n ? 0n : mod((c / g) * inverse(s / g, step), step);
    const lo = max(0n, ceilDiv(c - (K - 1n) * d, s));
    const hi = min(n - 1n, floorDiv(c, s));
    const first = lo + mod(i0 - lo, step);
    if (first <= hi) {
      count = (hi - first) / step + 1n;
      for (let i = first, m = 0; i <= hi && m < cap; i += step, m++) listed.push({ input: i, tap: (c - i * s) / d, data: true });
    }
  }
  return { at: t, count, total: count, listed, sizeIn: n };
}

/** The per-axis geometry and output sizes of a valid ConvTranspose2d layer, else null. */
function geometry(p: TransposedParams): { axes: Axis[]; sizes: bigint[] } | null {
  try {
    const c = new Checked(p, layout2d);
    if (firstViolation(c)) return null;
    return { axes: c.axes, sizes: outputSizes(c.axes) };
  } catch {
    return null;
  }
}

/** The window (top-left corner, at most cap×cap) of a ConvTranspose2d layer's output with y_H and y_W there, or null for an invalid layer. */
export function gridOf(p: TransposedParams, cap: number = GRID_CAP): Grid | null {
  const g = geometry(p);
  if (!g) return null;
  const [h, w] = g.axes.map((a, i) => axisWindow(g.sizes[i], (t) => productsAt(a, t), cap));
  return gridFrom('transposed', h, w, [g.axes[0].kernel_size, g.axes[1].kernel_size], p.padding_mode);
}

/** The input pixels and kernel taps whose products land on (row, col), per axis; null for an invalid layer or a cell outside the output. */
export function reachOf(p: TransposedParams, row: bigint, col: bigint, cap: number = SOURCE_CAP): Reach | null {
  const g = geometry(p);
  if (!g) return null;
  const at = [row, col];
  if (g.sizes.some((size, i) => at[i] < 0n || at[i] >= size)) return null;
  return reachFrom('transposed', p.padding_mode, axisReach(g.axes[0], row, cap), axisReach(g.axes[1], col, cap));
}
