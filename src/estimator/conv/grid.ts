// The figure of a Conv2d page: per output cell, the taps of one filter that read data, over a
// window of the output, and which taps a cell reads. y[r, c] = y_H[r]·y_W[c] (eq-taps-separable),
// and each factor is the count at one position, in closed form: no loop over the axis.
import { ceilDiv, clamp, floorDiv, max } from '../math/integer.ts';
import { axisWindow, GRID_CAP, gridFrom, reachFrom, SOURCE_CAP, type AxisReach, type Grid, type Reach } from '../core/grid.ts';
import { outputSize, type Axis } from './axis.ts';
import { trace } from './forward.ts';
import { layout2d } from './layout.ts';
import type { ConvParams } from './params.ts';

/**
 * y[o] along one axis with zero padding: the taps j (0 ≤ j < k) of output o whose padded
 * coordinate o·s + j·d lies on the real input, [left, left + size_in − 1]. The taps form an
 * interval of j: ⌈(left − o·s)/d⌉ ≤ j ≤ ⌊(left + size_in − 1 − o·s)/d⌋, cut to [0, k − 1].
 */
export function tapsAt(a: Axis, o: bigint): bigint {
  const start = o * a.stride;
  const first = clamp(ceilDiv(a.pad[0] - start, a.dilation), 0n, a.kernel_size);
  const last = clamp(floorDiv(a.pad[0] + a.size_in - 1n - start, a.dilation), -1n, a.kernel_size - 1n);
  return max(last - first + 1n, 0n);
}

/** The per-axis count at output o: taps on data (every tap when the padding holds data). */
export function countAt(a: Axis, o: bigint, zeros: boolean): bigint {
  return zeros ? tapsAt(a, o) : a.kernel_size;
}

/** The taps of output o along one axis: the input index each reads (outside [0, size_in) it is padding). */
export function axisReach(a: Axis, o: bigint, zeros: boolean, cap: number = SOURCE_CAP): AxisReach {
  const listed = [];
  const n = a.kernel_size < BigInt(cap) ? a.kernel_size : BigInt(cap);
  for (let j = 0n; j < n; j++) {
    const input = o * a.stride + j * a.dilation - a.pad[0];
    listed.push({ input, tap: j, data: !zeros || (input >= 0n && input < a.size_in) });
  }
  return { at: o, count: countAt(a, o, zeros), total: a.kernel_size, listed, sizeIn: a.size_in };
}

function axes2d(p: ConvParams): Axis[] | null {
  try {
    const t = trace(p, layout2d);
    return t.ok && t.axes.length === 2 ? t.axes : null;
  } catch {
    return null;
  }
}

/** The window (top-left corner, at most cap×cap) of a Conv2d layer's output with y_H and y_W there, or null for an invalid layer. */
export function gridOf(p: ConvParams, cap: number = GRID_CAP): Grid | null {
  const axes = axes2d(p);
  if (!axes) return null;
  const zeros = p.padding_mode === 'zeros';
  const [h, w] = axes.map((a) => axisWindow(outputSize(a), (o) => countAt(a, o, zeros), cap));
  return gridFrom('forward', h, w, [axes[0].kernel_size, axes[1].kernel_size], p.padding_mode);
}

/** The taps output (row, col) reads, per axis; null for an invalid layer or a cell outside the output. */
export function reachOf(p: ConvParams, row: bigint, col: bigint, cap: number = SOURCE_CAP): Reach | null {
  const axes = axes2d(p);
  if (!axes) return null;
  const at = [row, col];
  if (axes.some((a, i) => at[i] < 0n || at[i] >= outputSize(a))) return null;
  const zeros = p.padding_mode === 'zeros';
  return reachFrom('forward', p.padding_mode, axisReach(axes[0], row, zeros, cap), axisReach(axes[1], col, zeros, cap));
}
