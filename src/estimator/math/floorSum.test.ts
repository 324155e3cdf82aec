import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { floorSum } from './floorSum.ts';

/** Σ_{j=0}^{n-1} ⌊(a·j + b)/m⌋ by the loop (all arguments non-negative, m ≥ 1). */
function naive(n: bigint, m: bigint, a: bigint, b: bigint): bigint {
  let s = 0n;
  for (let j = 0n; j < n; j++) s += (a * j + b) / m;
  return s;
}

const big = (bits: bigint, min = 0n) => fc.bigInt({ min, max: 2n ** bits });

describe('floorSum', () => {
  test('equals the loop on an exhaustive grid n 0..12, m 1..9, a 0..20, b 0..20', () => {
    for (let n = 0n; n <= 12n; n++)
      for (let m = 1n; m <= 9n; m++)
        for (let a = 0n; a <= 20n; a++)
          for (let b = 0n; b <= 20n; b++) expect(floorSum(n, m, a, b), `floorSum(${n}, ${m}, ${a}, ${b})`).toBe(naive(n, m, a, b));
  });

  test('hand-checked values', () => {
    expect(floorSum(4n, 10n, 6n, 3n)).toBe(0n + 0n + 1n + 2n); // ⌊3/10⌋ ⌊9/10⌋ ⌊15/10⌋ ⌊21/10⌋
    expect(floorSum(0n, 5n, 3n, 7n)).toBe(0n);
    expect(floorSum(1n, 5n, 3n, 7n)).toBe(1n);
    expect(floorSum(5n, 1n, 1n, 0n)).toBe(10n); // 0+1+2+3+4
  });

  test('property: equals the loop for random n ≤ 200 and large m, a, b', () => {
    fc.assert(
      fc.property(big(8n), big(70n, 1n), big(70n), big(70n), (n, m, a, b) => floorSum(n, m, a, b) === naive(n, m, a, b)),
      { numRuns: 1000 },
    );
  });

  test('a = 0 beyond 2^64: n·⌊b/m⌋', () => {
    const n = 2n ** 80n + 12345n, m = 2n ** 67n + 3n, b = 2n ** 100n + 99n;
    expect(floorSum(n, m, 0n, b)).toBe(n * (b / m));
    fc.assert(
      fc.property(big(128n), big(128n, 1n), big(128n), (n, m, b) => floorSum(n, m, 0n, b) === n * (b / m)),
      { numRuns: 1000 },
    );
  });

  test('m | a beyond 2^64: (a/m)·n(n−1)/2 + n·⌊b/m⌋', () => {
    fc.assert(
      fc.property(big(100n), big(100n, 1n), big(40n), big(128n), (n, m, c, b) => {
        const a = c * m;
        return floorSum(n, m, a, b) === (c * n * (n - 1n)) / 2n + n * (b / m);
      }),
      { numRuns: 1000 },
    );
  });

  test("Hermite's identity beyond 2^64: Σ_{j<n} ⌊(j + b)/n⌋ = b", () => {
    expect(floorSum(2n ** 90n, 2n ** 90n, 1n, 2n ** 120n + 7n)).toBe(2n ** 120n + 7n);
    fc.assert(
      fc.property(big(128n, 1n), big(128n), (n, b) => floorSum(n, n, 1n, b) === b),
      { numRuns: 1000 },
    );
  });

  test('full period beyond 2^64: Σ_{j<m} ⌊a·j/m⌋ = ((a−1)(m−1) + gcd(a, m) − 1)/2', () => {
    // Check with a hand-picked gcd: a = g·a', m = g·m' with a', m' coprime (consecutive integers).
    const g = 2n ** 20n * 3n, k = 2n ** 70n + 5n;
    const a = g * (k + 1n), m = g * k;
    expect(floorSum(m, m, a, 0n)).toBe(((a - 1n) * (m - 1n) + g - 1n) / 2n);
    // Coprime a, m (2^61 − 1 is prime, and a is not a multiple of it).
    const p = 2n ** 61n - 1n;
    expect(floorSum(p, p, 2n ** 100n + 1n, 0n)).toBe(((2n ** 100n) * (p - 1n) + 1n - 1n) / 2n);
  });

  test('property: splitting the range at n1 (the second half starts at b + a·n1) for huge values', () => {
    fc.assert(
      fc.property(big(90n), big(90n), big(90n, 1n), big(90n), big(90n), (n1, n2, m, a, b) => {
        return floorSum(n1 + n2, m, a, b) === floorSum(n1, m, a, b) + floorSum(n2, m, a, b + a * n1);
      }),
      { numRuns: 2000 },
    );
  });
});
