import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { countBelow, countInWindow } from './latticeCount.ts';

/** #{(k, i): 0 ≤ k < nK, 0 ≤ i < nI, lo ≤ k·a + i·b ≤ hi} by the double loop. */
function naiveWindow(nK: number, a: number, nI: number, b: number, lo: number, hi: number): bigint {
  let c = 0n;
  for (let k = 0; k < nK; k++)
    for (let i = 0; i < nI; i++) {
      const t = k * a + i * b;
      if (t >= lo && t <= hi) c++;
    }
  return c;
}
const naiveBelow = (nK: number, a: number, nI: number, b: number, x: number) => naiveWindow(nK, a, nI, b, -Infinity, x - 1);

const B = BigInt;
const big = (bits: bigint, min = 0n) => fc.bigInt({ min, max: 2n ** bits });

describe('countBelow', () => {
  test('equals the double loop on an exhaustive grid (nK, nI 0..6, a, b 1..5, x −2..32)', () => {
    for (let nK = 0; nK <= 6; nK++)
      for (let nI = 0; nI <= 6; nI++)
        for (let a = 1; a <= 5; a++)
          for (let b = 1; b <= 5; b++)
            for (let x = -2; x <= 32; x++)
              expect(countBelow(B(nK), B(a), B(nI), B(b), B(x)), `countBelow(${nK}, ${a}, ${nI}, ${b}, ${x})`).toBe(
                naiveBelow(nK, a, nI, b, x),
              );
  });

  test('hand-checked: 3 taps 2 apart, 4 inputs 3 apart, positions 0 2 4 | 3 5 7 | 6 8 10 | 9 11 13', () => {
    expect(countBelow(3n, 2n, 4n, 3n, 0n)).toBe(0n);
    expect(countBelow(3n, 2n, 4n, 3n, 1n)).toBe(1n); // 0
    expect(countBelow(3n, 2n, 4n, 3n, 6n)).toBe(5n); // 0 2 3 4 5
    expect(countBelow(3n, 2n, 4n, 3n, 14n)).toBe(12n);
    expect(countBelow(3n, 2n, 4n, 3n, 1000n)).toBe(12n);
  });

  test('property: equals the double loop for random small arguments', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: -20, max: 700 }),
        (nK, a, nI, b, x) => countBelow(B(nK), B(a), B(nI), B(b), B(x)) === naiveBelow(nK, a, nI, b, x),
      ),
      { numRuns: 3000 },
    );
  });

  test('huge: one row is a prefix, min(nI, ⌈x/b⌉)', () => {
    fc.assert(
      fc.property(big(100n, 1n), big(100n, 1n), big(100n, 1n), big(110n, 1n), (a, nI, b, x) => {
        const prefix = (x + b - 1n) / b;
        return countBelow(1n, a, nI, b, x) === (prefix < nI ? prefix : nI);
      }),
      { numRuns: 1000 },
    );
  });

  test('huge: symmetric in (nK, a) ↔ (nI, b), monotone in x, and everything below the top + 1', () => {
    fc.assert(
      fc.property(big(64n, 1n), big(64n, 1n), big(64n, 1n), big(64n, 1n), big(130n), big(20n), (nK, a, nI, b, x, dx) => {
        const c = countBelow(nK, a, nI, b, x);
        const top = (nK - 1n) * a + (nI - 1n) * b;
        return (
          c === countBelow(nI, b, nK, a, x) &&
          c >= 0n &&
          c <= nK * nI &&
          c <= countBelow(nK, a, nI, b, x + dx) &&
          countBelow(nK, a, nI, b, top + 1n) === nK * nI &&
          countBelow(nK, a, nI, b, top) === nK * nI - 1n
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('huge: a = b = 1 counts pairs k + i < x by hand (triangle / trapezoid)', () => {
    // nK = nI = n: pairs with k + i < x for x ≤ n are x(x+1)/2.
    const n = 2n ** 70n, x = 2n ** 69n + 3n;
    expect(countBelow(n, 1n, n, 1n, x)).toBe((x * (x + 1n)) / 2n);
  });
});

describe('countInWindow', () => {
  test('equals the double loop on an exhaustive grid (nK, nI 0..5, a, b 1..4, −2 ≤ lo, hi ≤ 22)', () => {
    for (let nK = 0; nK <= 5; nK++)
      for (let nI = 0; nI <= 5; nI++)
        for (let a = 1; a <= 4; a++)
          for (let b = 1; b <= 4; b++)
            for (let lo = -2; lo <= 22; lo += 3)
              for (let hi = lo - 2; hi <= 22; hi++)
                expect(countInWindow(B(nK), B(a), B(nI), B(b), B(lo), B(hi)), `countInWindow(${nK}, ${a}, ${nI}, ${b}, ${lo}, ${hi})`).toBe(
                  naiveWindow(nK, a, nI, b, lo, hi),
                );
  });

  test('hand-checked: positions 0 2 4 | 3 5 7 | 6 8 10 | 9 11 13', () => {
    expect(countInWindow(3n, 2n, 4n, 3n, 3n, 7n)).toBe(5n); // 3 4 5 6 7
    expect(countInWindow(3n, 2n, 4n, 3n, 1n, 1n)).toBe(0n);
    expect(countInWindow(3n, 2n, 4n, 3n, 6n, 6n)).toBe(1n);
    expect(countInWindow(3n, 2n, 4n, 3n, -5n, 100n)).toBe(12n);
    expect(countInWindow(3n, 2n, 4n, 3n, 5n, 4n)).toBe(0n);
  });

  test('property: equals the double loop for random small arguments', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: -50, max: 700 }),
        fc.integer({ min: -5, max: 700 }),
        (nK, a, nI, b, lo, len) =>
          countInWindow(B(nK), B(a), B(nI), B(b), B(lo), B(lo + len)) === naiveWindow(nK, a, nI, b, lo, lo + len),
      ),
      { numRuns: 3000 },
    );
  });

  test('huge: windows are additive, agree with countBelow, and cover everything', () => {
    fc.assert(
      fc.property(big(64n, 1n), big(64n, 1n), big(64n, 1n), big(64n, 1n), big(130n), big(130n), big(130n), (nK, a, nI, b, lo, l1, l2) => {
        const mid = lo + l1, hi = mid + 1n + l2;
        const whole = countInWindow(nK, a, nI, b, lo, hi);
        const top = (nK - 1n) * a + (nI - 1n) * b;
        return (
          whole === countInWindow(nK, a, nI, b, lo, mid) + countInWindow(nK, a, nI, b, mid + 1n, hi) &&
          countInWindow(nK, a, nI, b, 0n, hi) === countBelow(nK, a, nI, b, hi + 1n) &&
          countInWindow(nK, a, nI, b, -lo, top + l1) === nK * nI
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('huge: disjoint stamps (b ≥ nK·a) give nK per full stamp in the window', () => {
    // Positions i·b + k·a with b = nK·a + 1 never collide; the window [0, (nI−1)·b + (nK−1)·a] holds all.
    const nK = 2n ** 20n, a = 3n, b = nK * a + 1n, nI = 2n ** 50n;
    // Window covering stamps i = 10..19 exactly.
    expect(countInWindow(nK, a, nI, b, 10n * b, 19n * b + (nK - 1n) * a)).toBe(10n * nK);
    // Shift the window start by one: stamp 10 loses its k = 0 position.
    expect(countInWindow(nK, a, nI, b, 10n * b + 1n, 19n * b + (nK - 1n) * a)).toBe(10n * nK - 1n);
  });
});
