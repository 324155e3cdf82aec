// The 1-d tap figure (diagram.ts) against the estimator and the brute-force probe: per drawn
// output the products the exact count includes, their sum with the left-out outputs', what
// each listed tap reads, windowing of huge layers, and invalid layers.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { definition, type Conv1dParams } from '../conv1d/index.ts';
import { definition as conv2d, type Conv2dParams } from '../conv2d/index.ts';
import type { Axis } from './axis.ts';
import { heldAt, productsAt, tapFigure, tapFigureOf, TAP_FIGURE_CAPS, type OutputSlot, type TapFigure } from './diagram.ts';
import { trace } from './forward.ts';
import { layout1d } from './layout.ts';
import { simulateProbe } from './simulate.ts';
import type { ConvResult } from './estimate.ts';

/** The estimator's T, products per filter on data. */
const T = (r: unknown) => (r as ConvResult<unknown>).exact.products_per_filter;

const B = BigInt;
const initial = definition.fromValues(Object.fromEntries(definition.params.map((s) => [s.name, s.initial])));
const at = (over: Partial<Conv1dParams>): Conv1dParams => ({ ...initial, ...over });
const axisOf = (p: Conv1dParams): Axis => {
  const t = trace(p, layout1d);
  if (!t.ok) throw new Error(t.error.message);
  return t.axes[0];
};
const drawn = (f: TapFigure) => f.outputs.filter((x): x is OutputSlot => x.kind === 'output');

/** Random small layers, valid or not: 'same' and 'valid', negative padding, every padding mode. */
const layer = fc
  .record({
    n: fc.integer({ min: 1, max: 24 }),
    k: fc.integer({ min: 1, max: 16 }),
    s: fc.integer({ min: 1, max: 5 }),
    d: fc.integer({ min: 1, max: 5 }),
    pad: fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constantFrom('same', 'valid')),
    mode: fc.constantFrom('zeros', 'zeros', 'reflect', 'replicate', 'circular'),
    batch: fc.constantFrom(null, 1, 2),
  })
  .map(({ n, k, s, d, pad, mode, batch }) =>
    at({
      batch: batch === null ? null : B(batch),
      length_in: B(n),
      kernel_size: B(k),
      stride: pad === 'same' ? 1n : B(s),
      dilation: B(d),
      padding: typeof pad === 'string' ? pad : B(pad),
      padding_mode: mode,
    }),
  );

describe('the counts are the estimator’s and the brute-force probe’s', () => {
  test('the worked example, Conv1d(1, 1, 3, padding=1) on length 8: 2 3 3 3 3 3 3 2, drawn whole', () => {
    const f = tapFigureOf(initial)!;
    expect(f.whole).toBe(true);
    expect(drawn(f).map((x) => x.count)).toEqual([2n, 3n, 3n, 3n, 3n, 3n, 3n, 2n]);
    expect(f.inputs.map((c) => (c.kind === 'input' ? [c.i, c.held] : null))).toEqual([[-1n, 'zero'], ...[...Array(8).keys()].map((i) => [B(i), 'data']), [8n, 'zero']]);
    expect(drawn(f)[0].taps.map((t) => [t.i, t.counted])).toEqual([[-1n, false], [0n, true], [1n, true]]);
    const r = definition.estimate(initial);
    if (!r.ok) throw new Error('invalid');
    expect(f.products).toBe(T(r));
  });

  test('random layers: per output, the probe’s count; Σ over drawn and left-out outputs = T; null exactly when refused', () => {
    fc.assert(
      fc.property(layer, (p) => {
        const f = tapFigureOf(p);
        const r = definition.estimate(p);
        expect(f === null).toBe(!r.ok);
        if (!f || !r.ok) return;
        const a = axisOf(p);
        const K = a.kernel_size;
        const zeros = p.padding_mode === 'zeros';
        expect(f.lengthOut).toBe(r.length_out);
        // The probe counts taps on the real input: the exact count's y_o in 'zeros' mode; every tap otherwise.
        const y = simulateProbe([a]).ones_output.map((v) => (zeros ? B(v) : K));
        let sum = 0n;
        for (const x of f.outputs) {
          if (x.kind === 'gap') {
            expect(x.products).toBe(y.slice(Number(x.from), Number(x.to) + 1).reduce((s, v) => s + v, 0n));
            sum += x.products;
            continue;
          }
          expect(x.count).toBe(y[Number(x.o)]);
          sum += x.count;
          // Each listed tap reads o·s + j·d − ℓ; the counted ones and the hidden ones make y_o.
          for (const t of x.taps) {
            expect(t.i).toBe(x.o * a.stride + t.j * a.dilation - a.pad[0]);
            const inside = t.i >= 0n && t.i < a.size_in;
            expect(t.held).toBe(inside ? 'data' : zeros ? 'zero' : 'copy');
            expect(t.counted).toBe(inside || !zeros);
          }
          expect(x.hiddenTaps).toBe(K - B(x.taps.length));
          expect(B(x.taps.filter((t) => t.counted).length) + x.hiddenCounted).toBe(x.count);
          expect(x.hiddenCounted >= 0n && x.hiddenCounted <= x.hiddenTaps).toBe(true);
        }
        expect(sum).toBe(T(r));
        expect(f.products).toBe(T(r));
        // Outputs in order, every one either drawn or inside a marker.
        let next = 0n;
        for (const x of f.outputs) {
          const from = x.kind === 'gap' ? x.from : x.o;
          expect(from).toBe(next);
          next = (x.kind === 'gap' ? x.to : x.o) + 1n;
        }
        expect(next).toBe(f.lengthOut);
        // The input columns cover the padded input in order, and every listed tap's position is a drawn column.
        let i = -a.pad[0];
        const cols = new Set<bigint>();
        for (const c of f.inputs) {
          const from = c.kind === 'gap' ? c.from : c.i;
          expect(from).toBe(i);
          if (c.kind === 'input') {
            cols.add(c.i);
            expect({ held: c.held, source: c.source }).toEqual(heldAt(a, p.padding_mode, c.i));
          }
          i = (c.kind === 'gap' ? c.to : c.i) + 1n;
        }
        expect(i).toBe(a.size_in + a.pad[1]);
        for (const x of drawn(f)) for (const t of x.taps) expect(cols.has(t.i)).toBe(true);
        expect(drawn(f).length).toBeLessThanOrEqual(TAP_FIGURE_CAPS.outputs);
      }),
      { numRuns: 600 },
    );
  });

  test('the padding copies what F.pad puts there: reflect, replicate, circular', () => {
    const f = (mode: string) => drawn(tapFigureOf(at({ batch: 1n, length_in: 5n, kernel_size: 5n, padding: 2n, padding_mode: mode }))!)[0].taps.map((t) => t.source);
    expect(f('reflect')).toEqual([2n, 1n, 0n, 1n, 2n]);
    expect(f('replicate')).toEqual([0n, 0n, 0n, 1n, 2n]);
    expect(f('circular')).toEqual([3n, 4n, 0n, 1n, 2n]);
    expect(f('zeros')).toEqual([null, null, 0n, 1n, 2n]);
    const last = (mode: string) => drawn(tapFigureOf(at({ batch: 1n, length_in: 5n, kernel_size: 5n, padding: 2n, padding_mode: mode }))!).at(-1)!.taps.map((t) => t.source);
    expect(last('reflect')).toEqual([2n, 3n, 4n, 3n, 2n]);
    expect(last('replicate')).toEqual([2n, 3n, 4n, 4n, 4n]);
    expect(last('circular')).toEqual([2n, 3n, 4n, 0n, 1n]);
  });

  test('an output that sees only padding counts 0', () => {
    const f = tapFigureOf(at({ length_in: 4n, kernel_size: 1n, stride: 2n, padding: 1n }))!;
    expect(drawn(f).map((x) => x.count)).toEqual([0n, 1n, 1n]);
    expect(drawn(f)[0].taps).toEqual([{ j: 0n, i: -1n, held: 'zero', source: null, counted: false }]);
  });
});

describe('windowed at any size', () => {
  test('a billion-long input under a million-tap kernel: a few outputs and columns, exact sums, instantly', () => {
    const p = at({ length_in: 10n ** 12n, kernel_size: 10n ** 6n, stride: 3n, dilation: 7n, padding: 'valid' });
    const f = tapFigureOf(p)!;
    const r = definition.estimate(p);
    if (!r.ok) throw new Error(r.error.message);
    expect(f.whole).toBe(false);
    expect(drawn(f).length).toBeLessThanOrEqual(TAP_FIGURE_CAPS.outputs);
    expect(f.inputs.length).toBeLessThanOrEqual(3 * TAP_FIGURE_CAPS.columns);
    for (const x of drawn(f)) expect(x.taps.length).toBe(TAP_FIGURE_CAPS.taps);
    expect(f.outputs.reduce((s, x) => s + (x.kind === 'gap' ? x.products : x.count), 0n)).toBe(T(r));
  });

  test('a long "same" layer shows both ends, where the padding is', () => {
    const p = at({ length_in: 500n, kernel_size: 31n, padding: 'same', groups: 1n });
    const f = tapFigureOf(p)!;
    const os = drawn(f).map((x) => x.o);
    expect(os[0]).toBe(0n);
    expect(os.at(-1)).toBe(499n);
    expect(drawn(f)[0].count).toBe(productsAt(axisOf(p), 'zeros', 0n));
    expect(drawn(f)[0].count).toBe(16n);
    expect(f.inputs.length).toBeLessThanOrEqual(TAP_FIGURE_CAPS.columns);
  });

  test('random large layers stay within bounded columns and sum to T', () => {
    fc.assert(
      fc.property(
        fc.record({ n: fc.bigInt({ min: 1n, max: 10n ** 15n }), k: fc.bigInt({ min: 1n, max: 10n ** 4n }), s: fc.bigInt({ min: 1n, max: 50n }), d: fc.bigInt({ min: 1n, max: 50n }), pad: fc.bigInt({ min: 0n, max: 10n ** 5n }) }),
        ({ n, k, s, d, pad }) => {
          const p = at({ length_in: n, kernel_size: k, stride: s, dilation: d, padding: pad });
          const f = tapFigureOf(p);
          const r = definition.estimate(p);
          if (!f || !r.ok) return;
          expect(drawn(f).length).toBeLessThanOrEqual(TAP_FIGURE_CAPS.outputs);
          expect(f.inputs.length).toBeLessThanOrEqual(3 * TAP_FIGURE_CAPS.columns);
          expect(f.outputs.reduce((sum, x) => sum + (x.kind === 'gap' ? x.products : x.count), 0n)).toBe(T(r));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('any axis of any forward convolution', () => {
  test('Conv2d’s width axis: the grid’s column factors', () => {
    const p2 = conv2d.fromValues(Object.fromEntries(conv2d.params.map((s) => [s.name, s.initial]))) as Conv2dParams;
    const f = tapFigureOf(p2, 2)!;
    const r = conv2d.estimate(p2);
    if (!r.ok) throw new Error('invalid');
    expect(f.lengthOut).toBe(r.width_out);
    expect(f.products).toBe((r as ConvResult<unknown>).per_dim[1].taps_in_bounds);
  });

  test('an invalid layer, or a dimension it does not have: null', () => {
    expect(tapFigureOf(at({ kernel_size: 11n }))).toBeNull();
    expect(tapFigureOf(initial, 1, 1)).toBeNull();
    expect(tapFigureOf(initial, 4)).toBeNull();
  });

  test('tapFigure refuses an axis with no output', () => {
    expect(() => tapFigure({ size_in: 2n, pad: [0n, 0n], kernel_size: 3n, stride: 1n, dilation: 1n }, 'zeros')).toThrow(RangeError);
  });
});
