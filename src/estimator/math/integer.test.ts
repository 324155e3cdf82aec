import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ceilDiv, clamp, floorDiv, gcd, max, min } from './integer.ts';

// Naive references: walk the integers instead of dividing.
/** Largest q with q·b ≤ a (b > 0), found by stepping. */
function naiveFloorDiv(a: number, b: number): number {
  let q = 0;
  while (q * b > a) q--;
  while ((q + 1) * b <= a) q++;
  return q;
}
/** Smallest q with q·b ≥ a (b > 0), found by stepping. */
function naiveCeilDiv(a: number, b: number): number {
  let q = 0;
  while (q * b < a) q++;
  while ((q - 1) * b >= a) q--;
  return q;
}
/** Largest d ≥ 1 dividing both (0 for gcd(0, 0)). */
function naiveGcd(a: number, b: number): number {
  if (a === 0 && b === 0) return 0;
  for (let d = Math.max(a, b); d >= 1; d--) if (a % d === 0 && b % d === 0) return d;
  throw new Error('unreachable');
}

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const huge = fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n });
const positiveHuge = fc.bigInt({ min: 1n, max: 2n ** 200n });

describe('floorDiv', () => {
  test('equals the stepping reference for every a in [-60, 60], b in [1, 12]', () => {
    for (let a = -60; a <= 60; a++)
      for (let b = 1; b <= 12; b++)
        expect(floorDiv(BigInt(a), BigInt(b)), `floorDiv(${a}, ${b})`).toBe(BigInt(naiveFloorDiv(a, b)));
  });

  test('hand-checked values, including negative numerators', () => {
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n); // BigInt division alone would give −3
    expect(floorDiv(-6n, 2n)).toBe(-3n);
    expect(floorDiv(-1n, 5n)).toBe(-1n);
    expect(floorDiv(0n, 5n)).toBe(0n);
    expect(floorDiv(-(2n ** 64n) - 1n, 2n)).toBe(-(2n ** 63n) - 1n);
  });

  test('also floors for a negative divisor (Math.floor reference)', () => {
    for (let a = -40; a <= 40; a++)
      for (let b = -9; b <= -1; b++) expect(floorDiv(BigInt(a), BigInt(b)), `floorDiv(${a}, ${b})`).toBe(BigInt(Math.floor(a / b)));
  });

  test('property: q = floorDiv(a, b) satisfies q·b ≤ a < (q+1)·b for huge a and b > 0', () => {
    fc.assert(
      fc.property(fc.oneof(huge, int64), positiveHuge, (a, b) => {
        const q = floorDiv(a, b);
        return q * b <= a && a < (q + 1n) * b;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ceilDiv', () => {
  test('equals the stepping reference for every a in [-60, 60], b in [1, 12]', () => {
    for (let a = -60; a <= 60; a++)
      for (let b = 1; b <= 12; b++)
        expect(ceilDiv(BigInt(a), BigInt(b)), `ceilDiv(${a}, ${b})`).toBe(BigInt(naiveCeilDiv(a, b)));
  });

  test('hand-checked values, including negative numerators', () => {
    expect(ceilDiv(7n, 2n)).toBe(4n);
    expect(ceilDiv(-7n, 2n)).toBe(-3n);
    expect(ceilDiv(6n, 3n)).toBe(2n);
    expect(ceilDiv(1n, 5n)).toBe(1n);
    expect(ceilDiv(-1n, 5n)).toBe(0n);
    expect(ceilDiv(0n, 5n)).toBe(0n);
  });

  test('property: q = ceilDiv(a, b) satisfies (q−1)·b < a ≤ q·b for huge a and b > 0', () => {
    fc.assert(
      fc.property(fc.oneof(huge, int64), positiveHuge, (a, b) => {
        const q = ceilDiv(a, b);
        return (q - 1n) * b < a && a <= q * b;
      }),
      { numRuns: 2000 },
    );
  });

  test('property: ceilDiv(a, b) − floorDiv(a, b) is 0 exactly when b divides a, else 1', () => {
    fc.assert(
      fc.property(huge, positiveHuge, (a, b) => ceilDiv(a, b) - floorDiv(a, b) === (a % b === 0n ? 0n : 1n)),
      { numRuns: 2000 },
    );
  });
});

describe('gcd', () => {
  test('equals the divisor-search reference for every a, b in [0, 40]', () => {
    for (let a = 0; a <= 40; a++)
      for (let b = 0; b <= 40; b++) expect(gcd(BigInt(a), BigInt(b)), `gcd(${a}, ${b})`).toBe(BigInt(naiveGcd(a, b)));
  });

  test('hand-checked values', () => {
    expect(gcd(12n, 18n)).toBe(6n);
    expect(gcd(0n, 7n)).toBe(7n);
    expect(gcd(7n, 0n)).toBe(7n);
    expect(gcd(0n, 0n)).toBe(0n);
    expect(gcd(2n ** 100n * 3n, 2n ** 90n * 9n)).toBe(2n ** 90n * 3n);
  });

  test('property: gcd divides both, and a common multiple factor is recovered exactly', () => {
    const nonNeg = fc.bigInt({ min: 0n, max: 2n ** 128n });
    fc.assert(
      fc.property(nonNeg, nonNeg, positiveHuge, (a, b, c) => {
        const g = gcd(a, b);
        if (a === 0n && b === 0n) return g === 0n;
        if (g <= 0n || a % g !== 0n || b % g !== 0n) return false;
        // a/g and b/g are coprime, so scaling both by c scales the gcd by c.
        return gcd(a / g, b / g) === 1n && gcd(a * c, b * c) === g * c;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('min, max, clamp', () => {
  test('agree with Math on a small grid', () => {
    for (let a = -5; a <= 5; a++)
      for (let b = -5; b <= 5; b++) {
        expect(min(BigInt(a), BigInt(b))).toBe(BigInt(Math.min(a, b)));
        expect(max(BigInt(a), BigInt(b))).toBe(BigInt(Math.max(a, b)));
        for (let x = -7; x <= 7; x++)
          if (a <= b) expect(clamp(BigInt(x), BigInt(a), BigInt(b))).toBe(BigInt(Math.min(Math.max(x, a), b)));
      }
  });
});
