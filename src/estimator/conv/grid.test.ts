// The Conv2d figure's grid against the brute-force probe (simulate.ts): every cell of the
// window, what a cell's taps read, windowing of large layers, and invalid layers.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { definition, type Conv2dParams } from '../conv2d/index.ts';
import { cellCount, GRID_CAP } from '../core/grid.ts';
import { outputSize, type Axis } from './axis.ts';
import { trace } from './forward.ts';
import { gridOf, reachOf, tapsAt } from './grid.ts';
import { layout2d } from './layout.ts';
import { simulateProbe } from './simulate.ts';

const B = BigInt;
const initial = definition.fromValues(Object.fromEntries(definition.params.map((s) => [s.name, s.initial])));
const at = (over: Partial<Conv2dParams>): Conv2dParams => ({ ...initial, ...over });
const axesOf = (p: Conv2dParams): Axis[] => {
  const t = trace(p, layout2d);
  if (!t.ok) throw new Error(t.error.message);
  return t.axes;
};

/** Random small layers, valid or not: tuples, 'same' and 'valid', every padding mode. */
const layer = fc
  .record({
    h: fc.integer({ min: 1, max: 9 }),
    w: fc.integer({ min: 1, max: 9 }),
    k: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
    s: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    d: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    pad: fc.oneof(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), fc.constantFrom('same', 'valid')),
    mode: fc.constantFrom('zeros', 'zeros', 'reflect', 'replicate', 'circular'),
    batch: fc.constantFrom(null, 1, 2),
  })
  .map(({ h, w, k, s, d, pad, mode, batch }) =>
    at({
      batch: batch === null ? null : B(batch),
      height_in: B(h),
      width_in: B(w),
      kernel_size: k.map(B),
      stride: pad === 'same' ? 1n : s.map(B),
      dilation: d.map(B),
      padding: typeof pad === 'string' ? pad : pad.map(B),
      padding_mode: mode,
    }),
  );

describe('the window equals the brute-force probe', () => {
  test('the worked example, Conv2d(1, 1, 3, stride=2, padding=1) on 5×5: 4 6 4 / 6 9 6 / 4 6 4', () => {
    const g = gridOf(initial)!;
    expect(g.kind).toBe('forward');
    expect([g.rows.size, g.cols.size]).toEqual([3n, 3n]);
    const cells = g.rows.counts.map((_, r) => g.cols.counts.map((_, c) => cellCount(g, r, c)));
    expect(cells).toEqual([[4n, 6n, 4n], [6n, 9n, 6n], [4n, 6n, 4n]]);
    expect(simulateProbe(axesOf(initial)).ones_output.map(B)).toEqual(cells.flat());
  });

  test('random layers: every cell, or null exactly when the estimator refuses the layer', () => {
    fc.assert(
      fc.property(layer, (p) => {
        const g = gridOf(p, 64);
        const r = definition.estimate(p);
        expect(g === null).toBe(!r.ok);
        if (!g || !r.ok) return;
        const axes = axesOf(p);
        expect([g.rows.size, g.cols.size]).toEqual([r.height_out, r.width_out]);
        const [hk, wk] = g.kernel;
        // With reflect, replicate or circular padding every tap reads data.
        const y = p.padding_mode === 'zeros' ? simulateProbe(axes).ones_output.map(B) : new Array(Number(g.rows.size * g.cols.size)).fill(hk * wk);
        const cells = g.rows.counts.flatMap((_, i) => g.cols.counts.map((_, j) => cellCount(g, i, j)));
        expect(cells).toEqual(y);
      }),
      { numRuns: 400 },
    );
  });

  test('tapsAt on single axes with negative, zero and large padding, against the 1-d brute force', () => {
    for (let n = 1; n <= 6; n++)
      for (let l = 0; l <= 5; l++)
        for (let k = 1; k <= 4; k++)
          for (let s = 1; s <= 3; s++)
            for (let d = 1; d <= 3; d++) {
              const a: Axis = { size_in: B(n), pad: [B(l), B((l * 3) % 5)], kernel_size: B(k), stride: B(s), dilation: B(d) };
              if (n + l + ((l * 3) % 5) < d * (k - 1) + 1) continue;
              const y = simulateProbe([a]).ones_output.map(B);
              expect(y.map((_, o) => tapsAt(a, B(o)))).toEqual(y);
            }
  });
});

describe('the taps a cell reads', () => {
  test('every tap of every cell, against the padded input, for random layers', () => {
    fc.assert(
      fc.property(layer, (p) => {
        const g = gridOf(p, 64);
        if (!g) return;
        const axes = axesOf(p);
        const zeros = p.padding_mode === 'zeros';
        for (let r = 0; r < g.rows.counts.length; r++)
          for (let c = 0; c < g.cols.counts.length; c++) {
            const reach = reachOf(p, B(r), B(c), 64)!;
            expect(reach.count).toBe(cellCount(g, r, c));
            expect(reach.total).toBe(g.kernel[0] * g.kernel[1]);
            // Each listed tap j reads input o·s + j·d − left, data when inside the input (or padding holds data).
            const onData = [reach.row, reach.col].map((ax, i) => {
              const a = axes[i];
              expect(ax.listed.map((x) => x.tap)).toEqual([...Array(Number(a.kernel_size)).keys()].map(B));
              for (const x of ax.listed) {
                expect(x.input).toBe(ax.at * a.stride + x.tap * a.dilation - a.pad[0]);
                expect(x.data).toBe(!zeros || (x.input >= 0n && x.input < a.size_in));
              }
              return B(ax.listed.filter((x) => x.data).length);
            });
            expect(onData[0] * onData[1]).toBe(reach.count);
          }
      }),
      { numRuns: 150 },
    );
  });

  test('the worked example: the corner reads rows −1..1 and columns −1..1, four taps on data', () => {
    const reach = reachOf(initial, 0n, 0n)!;
    expect(reach.row.listed.map((x) => [x.input, x.data])).toEqual([[-1n, false], [0n, true], [1n, true]]);
    expect(reach.count).toBe(4n);
    expect(reach.total).toBe(9n);
  });

  test('a huge kernel lists its first taps only and counts the rest', () => {
    const p = at({ height_in: 5000n, width_in: 7n, kernel_size: [4000n, 3n], stride: 1n, padding: 0n });
    const reach = reachOf(p, 10n, 2n)!;
    expect(reach.row.listed).toHaveLength(12);
    expect(reach.row.total).toBe(4000n);
    expect(reach.row.count).toBe(4000n);
  });

  test('cells outside the output, or an invalid layer: null', () => {
    expect(reachOf(initial, 3n, 0n)).toBeNull();
    expect(reachOf(initial, 0n, -1n)).toBeNull();
    expect(reachOf(at({ kernel_size: 9n }), 0n, 0n)).toBeNull();
  });
});

describe('windowing', () => {
  test('a 224×224 ResNet stem: the top-left 16×16 of 112×112, each axis as the 1-d probe', () => {
    const p = at({ batch: 1n, in_channels: 3n, out_channels: 64n, height_in: 224n, width_in: 224n, kernel_size: 7n, stride: 2n, padding: 3n, bias: false });
    const g = gridOf(p)!;
    expect([g.rows.size, g.cols.size]).toEqual([112n, 112n]);
    expect([g.rows.counts.length, g.cols.counts.length]).toEqual([GRID_CAP, GRID_CAP]);
    const axes = axesOf(p);
    for (const [i, ax] of [g.rows, g.cols].entries()) expect(ax.counts).toEqual(simulateProbe([axes[i]]).ones_output.slice(0, GRID_CAP).map(B));
    // Output o's taps sit at padded 2o..2o + 6, the input at 3..226: 4, 6, then all 7.
    expect(g.rows.counts.slice(0, 3)).toEqual([4n, 6n, 7n]);
  });

  test('sizes beyond 2^53 stay exact: the window costs the same whatever the size', () => {
    const big = 2n ** 60n;
    const p = at({ height_in: big, width_in: 3n, kernel_size: [5n, 3n], stride: [3n, 1n], padding: [2n, 1n], dilation: [2n, 1n] });
    const g = gridOf(p)!;
    const a: Axis = { size_in: big, pad: [2n, 2n], kernel_size: 5n, stride: 3n, dilation: 2n };
    expect(g.rows.size).toBe(outputSize(a));
    // Output o's taps sit at 3o + 2j − 2: the first output reads j = 1..4, the others all five.
    expect(g.rows.counts).toEqual([4n, ...new Array(GRID_CAP - 1).fill(5n)]);
  });

  test('an output with fewer than 16 rows shows them all', () => {
    const g = gridOf(at({ height_in: 3n, width_in: 40n, kernel_size: 1n, stride: 1n, padding: 0n }))!;
    expect([g.rows.counts.length, g.cols.counts.length]).toEqual([3, GRID_CAP]);
  });
});

describe('legend, window note and sentences', () => {
  test('the worked example: three colour steps, the whole output, and a sentence per cell', () => {
    const g = gridOf(initial)!;
    expect(g.top).toBe(9n);
    expect(g.legend).toEqual([{ step: 2, lo: 4n, hi: 4n }, { step: 3, lo: 6n, hi: 6n }, { step: 4, lo: 9n, hi: 9n }]);
    expect([g.windowed, g.note]).toEqual([false, 'The whole 3 × 3 output.']);
    expect(reachOf(initial, 0n, 1n)!.text).toBe('Output row 0, column 1: 6 of its 9 taps read data, input rows 0 and 1 × input columns 1 to 3; the other 3 fall on zero padding.');
    expect(reachOf(initial, 1n, 1n)!.text).toBe('Output row 1, column 1: all 9 taps read data, input rows 1 to 3 × input columns 1 to 3.');
  });

  test('outputs that see only padding, dilated taps, other padding modes', () => {
    const blind = at({ height_in: 4n, width_in: 4n, kernel_size: 1n, stride: 2n, padding: 1n });
    const g = gridOf(blind)!;
    expect(g.legend[0]).toEqual({ step: 0, lo: 0n, hi: 0n });
    expect(reachOf(blind, 0n, 1n)!.text).toBe('Output row 0, column 1 sees only padding: none of its 1 tap reads data.');
    const dilated = at({ height_in: 9n, width_in: 9n, kernel_size: 3n, stride: 1n, padding: 0n, dilation: 3n });
    expect(reachOf(dilated, 0n, 2n)!.text).toBe('Output row 0, column 2: all 9 taps read data, input rows 0, 3, …, 6 × input columns 2, 5, …, 8.');
    expect(reachOf(at({ padding_mode: 'reflect' }), 0n, 0n)!.text).toBe("Output row 0, column 0: all 9 taps read data (with padding_mode='reflect' the padding holds copies of the input).");
  });

  test('a windowed layer says which rows and columns it shows', () => {
    const g = gridOf(at({ height_in: 224n, width_in: 9n, kernel_size: 3n, stride: 1n, padding: 1n }))!;
    expect([g.windowed, g.note]).toEqual([true, 'Shown: rows 0–15 of 224 and all 9 columns, the top-left corner of the 224 × 9 output.']);
    const h = gridOf(at({ height_in: 2n ** 40n, width_in: 2n ** 40n, kernel_size: 3n, stride: 1n, padding: 1n }))!;
    expect(h.note).toBe('Shown: rows 0–15 of 1,099,511,627,776 and columns 0–15 of 1,099,511,627,776, the top-left corner of the 1,099,511,627,776 × 1,099,511,627,776 output.');
  });
});

describe('never throws', () => {
  test('invalid layers give null', () => {
    const bad: Partial<Conv2dParams>[] = [
      { kernel_size: 0n },
      { kernel_size: [3n, 3n, 3n] },
      { padding: 'same' },
      { padding: -1n },
      { height_in: 0n },
      { groups: 2n },
      { padding_mode: 'reflect', padding: 7n },
      { stride: 0n },
    ];
    for (const over of bad) {
      const p = at(over);
      expect(definition.estimate(p).ok, JSON.stringify(over, (_, v) => (typeof v === 'bigint' ? String(v) : v))).toBe(false);
      expect(gridOf(p)).toBeNull();
    }
  });
});
