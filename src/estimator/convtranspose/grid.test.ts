// The ConvTranspose2d figure's grid against the brute-force scatter (simulate.ts): every cell
// of the window, the (input, tap) pairs that land on a cell, windowing, and invalid layers.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { productsAt } from '../convtranspose1d/productsInWindow.ts';
import { definition, type ConvTranspose2dParams } from '../convtranspose2d/index.ts';
import { cellCount, GRID_CAP } from '../core/grid.ts';
import { axisReach, gridOf, reachOf } from './grid.ts';
import { layout2d } from './layout.ts';
import { outputSizes } from './outputSize.ts';
import { simulateProbeNd } from './simulate.ts';
import { axesOf, type Axis } from './tuples.ts';

const B = BigInt;
const initial = definition.fromValues(Object.fromEntries(definition.params.map((s) => [s.name, s.initial])));
const at = (over: Partial<ConvTranspose2dParams>): ConvTranspose2dParams => ({ ...initial, ...over });

/** Random small layers, valid or not (output_padding may reach the stride, sizes may vanish). */
const layer = fc
  .record({
    h: fc.integer({ min: 1, max: 5 }),
    w: fc.integer({ min: 1, max: 5 }),
    k: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
    s: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    d: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    pad: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })),
    op: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
  })
  .map(({ h, w, k, s, d, pad, op }) =>
    at({ height_in: B(h), width_in: B(w), kernel_size: k.map(B), stride: s.map(B), dilation: d.map(B), padding: pad.map(B), output_padding: op.map(B) }),
  );

/** Every pair (i, k) of one axis whose product lands on t, by brute force. */
function pairs(a: Axis, t: bigint): [bigint, bigint][] {
  const out: [bigint, bigint][] = [];
  for (let i = 0n; i < a.length_in; i++) for (let k = 0n; k < a.kernel_size; k++) if (i * a.stride + k * a.dilation - a.padding === t) out.push([i, k]);
  return out;
}

describe('the window equals the brute-force scatter', () => {
  test('the worked example, ConvTranspose2d(1, 1, 4, 2, 1) on 3×3: 6×6 with 1 2 2 2 2 1 per axis', () => {
    const g = gridOf(initial)!;
    expect(g.kind).toBe('transposed');
    expect([g.rows.size, g.cols.size]).toEqual([6n, 6n]);
    expect(g.rows.counts).toEqual([1n, 2n, 2n, 2n, 2n, 1n]);
    const axes = axesOf(initial, layout2d);
    const y = [...simulateProbeNd(axes, outputSizes(axes)).y].map(B);
    expect(g.rows.counts.flatMap((_, r) => g.cols.counts.map((_, c) => cellCount(g, r, c)))).toEqual(y);
  });

  test('random layers: every cell, or null exactly when the estimator refuses the layer', () => {
    fc.assert(
      fc.property(layer, (p) => {
        const g = gridOf(p, 64);
        const r = definition.estimate(p);
        expect(g === null).toBe(!r.ok);
        if (!g || !r.ok) return;
        expect([g.rows.size, g.cols.size]).toEqual([r.height_out, r.width_out]);
        const axes = axesOf(p, layout2d);
        const y = [...simulateProbeNd(axes, outputSizes(axes)).y].map(B);
        expect(g.rows.counts.flatMap((_, i) => g.cols.counts.map((_, j) => cellCount(g, i, j)))).toEqual(y);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the products that land on a cell', () => {
  test('every (input, tap) pair of every cell, against enumeration, for random layers', () => {
    fc.assert(
      fc.property(layer, (p) => {
        const g = gridOf(p, 64);
        if (!g) return;
        const axes = axesOf(p, layout2d);
        for (let r = 0; r < g.rows.counts.length; r++)
          for (let c = 0; c < g.cols.counts.length; c++) {
            const reach = reachOf(p, B(r), B(c), 64)!;
            expect(reach.count).toBe(cellCount(g, r, c));
            expect(reach.total).toBe(reach.count);
            expect(reach.row.listed.map((x) => [x.input, x.tap])).toEqual(pairs(axes[0], B(r)));
            expect(reach.col.listed.map((x) => [x.input, x.tap])).toEqual(pairs(axes[1], B(c)));
          }
      }),
      { numRuns: 150 },
    );
  });

  test('one axis, every small geometry: the count is productsAt and the pairs are the enumeration', () => {
    for (let n = 1n; n <= 5n; n++)
      for (let k = 1n; k <= 5n; k++)
        for (let s = 1n; s <= 4n; s++)
          for (let d = 1n; d <= 6n; d++)
            for (let pad = 0n; pad <= 4n; pad++) {
              const a: Axis = { length_in: n, kernel_size: k, stride: s, padding: pad, output_padding: 0n, dilation: d };
              for (let t = -2n; t < (n - 1n) * s + (k - 1n) * d + 3n; t++) {
                const x = axisReach(a, t, 64);
                expect(x.count).toBe(productsAt(a, t));
                expect(x.listed.map((y) => [y.input, y.tap])).toEqual(pairs(a, t));
              }
            }
  });

  test('the worked example: output (1, 1) receives x[0]·w[2] and x[1]·w[0] on each axis, four products', () => {
    const reach = reachOf(initial, 1n, 1n)!;
    expect(reach.row.listed.map((x) => [x.input, x.tap])).toEqual([[0n, 2n], [1n, 0n]]);
    expect(reach.count).toBe(4n);
  });

  test('a hole: stride 4 and a 3-tap kernel leave position 3 empty', () => {
    const p = at({ height_in: 2n, width_in: 2n, kernel_size: 3n, stride: 4n, padding: 0n });
    expect(gridOf(p)!.rows.counts).toEqual([1n, 1n, 1n, 0n, 1n, 1n, 1n]);
    const reach = reachOf(p, 3n, 0n)!;
    expect(reach.count).toBe(0n);
    expect(reach.row.listed).toEqual([]);
  });

  test('a huge kernel at stride 1 lists its first pairs only and counts them all', () => {
    const p = at({ height_in: 3000n, width_in: 3n, kernel_size: [5000n, 2n], stride: 1n, padding: 0n });
    const reach = reachOf(p, 4000n, 1n)!;
    expect(reach.row.count).toBe(3000n);
    expect(reach.row.listed).toHaveLength(12);
    expect(reach.row.listed[0]).toEqual({ input: 0n, tap: 4000n, data: true });
  });

  test('cells outside the output, or an invalid layer: null', () => {
    expect(reachOf(initial, 6n, 0n)).toBeNull();
    expect(reachOf(initial, 0n, -1n)).toBeNull();
    expect(reachOf(at({ output_padding: 5n }), 0n, 0n)).toBeNull();
  });
});

describe('windowing', () => {
  test('DCGAN on 64×64 → 128×128: the top-left 16×16, each axis as the 1-d scatter', () => {
    const p = at({ height_in: 64n, width_in: 64n });
    const g = gridOf(p)!;
    expect([g.rows.size, g.cols.size]).toEqual([128n, 128n]);
    expect([g.rows.counts.length, g.cols.counts.length]).toEqual([GRID_CAP, GRID_CAP]);
    const axes = axesOf(p, layout2d);
    for (const [i, ax] of [g.rows, g.cols].entries()) {
      const y = [...simulateProbeNd([axes[i]], [g.rows.size]).y].map(B);
      expect(ax.counts).toEqual(y.slice(0, GRID_CAP));
    }
  });

  test('sizes beyond 2^53 stay exact', () => {
    const p = at({ height_in: 2n ** 60n, width_in: 3n, kernel_size: [3n, 4n], stride: [2n, 2n], padding: [0n, 1n] });
    const g = gridOf(p)!;
    expect(g.rows.size).toBe((2n ** 60n - 1n) * 2n + 3n);
    expect(g.rows.counts).toEqual([1n, 1n, 2n, 1n, 2n, 1n, 2n, 1n, 2n, 1n, 2n, 1n, 2n, 1n, 2n, 1n]);
  });
});

describe('legend, window note and sentences', () => {
  test('the worked example and a hole, in words', () => {
    const g = gridOf(initial)!;
    expect(g.legend).toEqual([{ step: 1, lo: 1n, hi: 1n }, { step: 2, lo: 2n, hi: 2n }, { step: 4, lo: 4n, hi: 4n }]);
    expect(g.note).toBe('The whole 6 × 6 output.');
    expect(reachOf(initial, 1n, 0n)!.text).toBe('Output row 1, column 0 receives 2 products: input rows 0 and 1 (kernel rows 2 and 0) × input column 0 (kernel column 1).');
    const holes = at({ height_in: 2n, width_in: 2n, kernel_size: 3n, stride: 4n, padding: 0n });
    expect(reachOf(holes, 3n, 0n)!.text).toBe('Output row 3, column 0 is a hole: no product lands on it.');
    expect(gridOf(holes)!.legend[0]).toEqual({ step: 0, lo: 0n, hi: 0n });
    const wide = at({ height_in: 30n, width_in: 2n, kernel_size: [20n, 1n], stride: 1n, padding: 0n });
    expect(reachOf(wide, 10n, 0n)!.text).toBe('Output row 10, column 0 receives 11 products: input rows 0 to 10 (kernel rows 10, 9, …, 0) × input column 0 (kernel column 0).');
  });

  test('a windowed layer says which rows and columns it shows', () => {
    const g = gridOf(at({ height_in: 64n, width_in: 64n }))!;
    expect([g.windowed, g.note]).toEqual([true, 'Shown: rows 0–15 of 128 and columns 0–15 of 128, the top-left corner of the 128 × 128 output.']);
  });
});

describe('never throws', () => {
  test('invalid layers give null', () => {
    const bad: Partial<ConvTranspose2dParams>[] = [
      { kernel_size: 0n },
      { kernel_size: [3n, 3n, 3n] },
      { padding: 'same' },
      { padding: 9n },
      { output_padding: 2n },
      { height_in: 0n },
      { groups: 2n },
      { stride: 0n },
    ];
    for (const over of bad) {
      const p = at(over);
      expect(definition.estimate(p).ok, JSON.stringify(over, (_, v) => (typeof v === 'bigint' ? String(v) : v))).toBe(false);
      expect(gridOf(p)).toBeNull();
      expect(reachOf(p, 0n, 0n)).toBeNull();
    }
  });
});
