// The per-axis closed forms against the brute-force simulator, and hand-checked values.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { denseTaps, outputSize, product, type Axis } from './axis.ts';
import { positionsReached } from './positions.ts';
import { axisProbe } from './probe.ts';
import { samePads } from './samePadding.ts';
import { simulateProbe } from './simulate.ts';
import { tapsInBounds } from './taps.ts';

const B = BigInt;
const axis = (size_in: number, left: number, right: number, k: number, s: number, d: number): Axis => ({
  size_in: B(size_in),
  pad: [B(left), B(right)],
  kernel_size: B(k),
  stride: B(s),
  dilation: B(d),
});

/** A random valid axis: the padded input holds the dilated kernel (negative pads crop). */
const validAxis = (maxSize: number) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: maxSize }),
      l: fc.integer({ min: -6, max: 12 }),
      r: fc.integer({ min: -6, max: 12 }),
      k: fc.integer({ min: 1, max: 7 }),
      s: fc.integer({ min: 1, max: 6 }),
      d: fc.integer({ min: 1, max: 7 }),
    })
    .filter(({ n, l, r, k, d }) => n + l + r >= d * (k - 1) + 1 && n + Math.min(l, 0) + Math.min(r, 0) >= 0)
    .map(({ n, l, r, k, s, d }) => axis(n, l, r, k, s, d));

describe('hand-checked axes', () => {
  test('Conv1d(1, 1, 3, padding=1) on length 8: y = 2 3 3 3 3 3 3 2', () => {
    const a = axis(8, 1, 1, 3, 1, 1);
    expect(outputSize(a)).toBe(8n);
    expect(denseTaps(a)).toBe(24n);
    expect(tapsInBounds(a)).toBe(22n);
    expect(positionsReached(a)).toBe(8n);
  });

  test('3 taps, stride 2, padding 1 on 5: outputs at −1..1, 1..3, 3..5 take 2 3 2 taps', () => {
    const a = axis(5, 1, 1, 3, 2, 1);
    expect(axisProbe(a)).toEqual({ size_in: 5n, size_out: 3n, pad: [1n, 1n], dense: 9n, taps_in_bounds: 7n, positions_reached: 3n });
  });

  test('dilation longer than the input: taps straddle it, some outputs see only padding', () => {
    // n = 2 at padded positions 3, 4; k = 2, d = 5, padding 3 each side: padded length 8,
    // outputs o = 0..2 with taps {o, o + 5}: o=0 → 0, 5 (none), o=1 → 1, 6 (none), o=2 → 2, 7 (none).
    const a = axis(2, 3, 3, 2, 1, 5);
    expect(outputSize(a)).toBe(3n);
    expect(tapsInBounds(a)).toBe(0n);
    expect(positionsReached(a)).toBe(0n);
    // Stride 1, padding 4: padded length 10, o = 0..4, taps {o, o+5}, input at 4, 5:
    // o=0 → 5 ✓, o=4 → 4 ✓, others none: T = 2, P = 2.
    const b = axis(2, 4, 4, 2, 1, 5);
    expect([outputSize(b), tapsInBounds(b), positionsReached(b)]).toEqual([5n, 2n, 2n]);
  });

  test('negative padding crops: every tap is on data', () => {
    // Length 7 cropped by 1 each side: 5 elements, kernel 5 → one output with 5 taps.
    const a = axis(7, -1, -1, 5, 1, 1);
    expect(axisProbe(a)).toMatchObject({ size_out: 1n, dense: 5n, taps_in_bounds: 5n, positions_reached: 1n });
  });

  test('an empty input (batch 0 only) has no taps on data', () => {
    const a = axis(0, 2, 2, 3, 1, 1);
    expect(axisProbe(a)).toMatchObject({ size_out: 2n, dense: 6n, taps_in_bounds: 0n, positions_reached: 0n });
  });

  test("'same' padding: d·(k − 1) in total, the odd one on the right", () => {
    expect(samePads(3n, 1n)).toEqual([1n, 1n]);
    expect(samePads(4n, 1n)).toEqual([1n, 2n]);
    expect(samePads(5n, 2n)).toEqual([4n, 4n]);
    expect(samePads(2n, 3n)).toEqual([1n, 2n]);
    expect(samePads(1n, 7n)).toEqual([0n, 0n]);
  });

  test('the simulator on the 2-d worked example: y is the outer product of 2 3 2 with itself', () => {
    const a = axis(5, 1, 1, 3, 2, 1);
    const sim = simulateProbe([a, a]);
    expect(sim.sizes_out).toEqual([3, 3]);
    expect(sim.ones_output).toEqual([4, 6, 4, 6, 9, 6, 4, 6, 4]);
    expect([sim.dense, sim.taps_in_bounds, sim.positions_reached]).toEqual([81, 49, 9]);
    expect(() => simulateProbe([axis(5000, 0, 0, 1000, 1, 1)])).toThrow(RangeError);
  });

  test('product of per-axis counts', () => {
    expect(product([])).toBe(1n);
    expect(product([2n, 3n, 7n])).toBe(42n);
  });
});

describe('closed forms equal the brute-force probe', () => {
  test('every axis with n ≤ 9, pads −2..4, k 1..4, s 1..3, d 1..4 (exhaustive)', () => {
    for (let n = 0; n <= 9; n++)
      for (let l = -2; l <= 4; l++)
        for (let r = -2; r <= 4; r++)
          for (let k = 1; k <= 4; k++)
            for (let s = 1; s <= 3; s++)
              for (let d = 1; d <= 4; d++) {
                if (n + l + r < d * (k - 1) + 1 || n + Math.min(l, 0) + Math.min(r, 0) < 0) continue;
                const a = axis(n, l, r, k, s, d);
                const sim = simulateProbe([a]);
                const got = axisProbe(a);
                const at = `n=${n} pad=(${l},${r}) k=${k} s=${s} d=${d}`;
                expect(got.size_out, at).toBe(B(sim.sizes_out[0]));
                expect(got.dense, at).toBe(B(sim.dense));
                expect(got.taps_in_bounds, at).toBe(B(sim.taps_in_bounds));
                expect(got.positions_reached, at).toBe(B(sim.positions_reached));
              }
  });

  test('property: random larger 1-d axes', () => {
    fc.assert(
      fc.property(validAxis(60), (a) => {
        const sim = simulateProbe([a]);
        const got = axisProbe(a);
        return (
          got.size_out === B(sim.sizes_out[0]) &&
          got.dense === B(sim.dense) &&
          got.taps_in_bounds === B(sim.taps_in_bounds) &&
          got.positions_reached === B(sim.positions_reached)
        );
      }),
      { numRuns: 200 },
    );
  });

  test('property: the n-d probe is the product of the per-axis probes (2-d and 3-d)', () => {
    fc.assert(
      fc.property(fc.array(validAxis(9), { minLength: 2, maxLength: 3 }), (axes) => {
        const sim = simulateProbe(axes);
        const per = axes.map(axisProbe);
        return (
          B(sim.taps_in_bounds) === product(per.map((p) => p.taps_in_bounds)) &&
          B(sim.positions_reached) === product(per.map((p) => p.positions_reached)) &&
          B(sim.dense) === product(per.map((p) => p.dense))
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('sizes up to 2^62 stay exact and cheap', () => {
  const H = 2n ** 62n;

  test('no padding: every tap is on data, every output reached', () => {
    const a: Axis = { size_in: H, pad: [0n, 0n], kernel_size: 3n, stride: 1n, dilation: 1n };
    expect(axisProbe(a)).toEqual({ size_in: H, size_out: H - 2n, pad: [0n, 0n], dense: 3n * (H - 2n), taps_in_bounds: 3n * (H - 2n), positions_reached: H - 2n });
  });

  test('padding p on both sides loses p(p+1) taps when the kernel is 2p+1 long (stride 1)', () => {
    const p = 2n ** 40n;
    const a: Axis = { size_in: H, pad: [p, p], kernel_size: 2n * p + 1n, stride: 1n, dilation: 1n };
    const pr = axisProbe(a);
    expect(pr.size_out).toBe(H);
    expect(pr.dense).toBe(H * (2n * p + 1n));
    expect(pr.taps_in_bounds).toBe(H * (2n * p + 1n) - p * (p + 1n));
    expect(pr.positions_reached).toBe(H);
  });

  test('scaling: stride and dilation 2^20 with an input 2^20 times longer count like the small layer', () => {
    // Multiplying size, padding, stride and dilation by c maps the tap lattice onto itself scaled
    // by c, except that the input covers c times as many integers; with d = s = 1 in the small
    // layer each small tap on data becomes exactly one tap on data.
    fc.assert(
      fc.property(validAxis(30), fc.bigInt({ min: 1n, max: 2n ** 20n }), (a, c) => {
        if (a.stride !== 1n || a.dilation !== 1n) return true;
        const big: Axis = { size_in: a.size_in * c, pad: [a.pad[0] * c, a.pad[1] * c], kernel_size: a.kernel_size, stride: c, dilation: c };
        const [x, y] = [axisProbe(a), axisProbe(big)];
        // The big layer's outputs: ⌊(c·m − c·(k − 1) − 1)/c⌋ + 1 = m − k + 1 = the small one's.
        return y.size_out === x.size_out && y.taps_in_bounds === x.taps_in_bounds && y.positions_reached === x.positions_reached;
      }),
      { numRuns: 200 },
    );
  });

  test('random huge axes: counts are integers within their bounds (T ≤ dense, P ≤ size_out, P ≤ T)', () => {
    const huge = fc.bigInt({ min: 1n, max: H });
    fc.assert(
      fc.property(huge, fc.bigInt({ min: 0n, max: H }), fc.bigInt({ min: 1n, max: 2n ** 20n }), huge, fc.bigInt({ min: 1n, max: 2n ** 20n }), (n, p, k, s, d) => {
        const a: Axis = { size_in: n, pad: [p, p], kernel_size: k, stride: s, dilation: d };
        if (n + 2n * p < d * (k - 1n) + 1n) return true;
        const pr = axisProbe(a);
        return pr.size_out >= 1n && pr.taps_in_bounds <= pr.dense && pr.positions_reached <= pr.size_out && pr.positions_reached <= pr.taps_in_bounds && pr.positions_reached >= 0n;
      }),
      { numRuns: 200 },
    );
  });
});
