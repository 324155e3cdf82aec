import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compact, grouped } from './format.ts';

describe('grouped', () => {
  test('groups thousands and keeps every digit', () => {
    expect(grouped(0n)).toBe('0');
    expect(grouped(999n)).toBe('999');
    expect(grouped(1000n)).toBe('1,000');
    expect(grouped(1545216n)).toBe('1,545,216');
    expect(grouped(-4n)).toBe('−4');
    expect(grouped(2n ** 64n)).toBe('18,446,744,073,709,551,616');
  });
  test('round-trips any bigint', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (n) => {
        expect(BigInt(grouped(n).replace(/,/g, '').replace('−', '-'))).toBe(n);
      }),
    );
  });
});

describe('compact', () => {
  test('three significant digits with an SI prefix', () => {
    expect(compact(999n)).toBeNull();
    expect(compact(1000n)).toBe('1.00 k');
    expect(compact(1545216n)).toBe('1.55 M');
    expect(compact(1544999n)).toBe('1.54 M');
    expect(compact(131072n)).toBe('131 k');
    expect(compact(10_485_760n)).toBe('10.5 M');
    expect(compact(30_182_211_584n)).toBe('30.2 G');
    expect(compact(-26_921_024n)).toBe('−26.9 M');
  });
  test('rounding carries into the next prefix', () => {
    expect(compact(999_500n)).toBe('1.00 M');
    expect(compact(999_499n)).toBe('999 k');
    expect(compact(9_995n)).toBe('10.0 k');
  });
  test('beyond the largest prefix it falls back to a power of ten', () => {
    expect(compact(10n ** 33n)).toBe('1.00×10^33');
    expect(compact(123n * 10n ** 40n)).toBe('1.23×10^42');
  });
  test('agrees with a decimal reference within half a unit of the last digit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: 10n ** 30n }), (n) => {
        const text = compact(n)!;
        const m = /^(\d+(?:\.\d+)?) (\S*)$/.exec(text)!;
        const power = 10n ** BigInt(3 * ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y', 'R', 'Q'].indexOf(m[2]));
        const [whole, frac = ''] = m[1].split('.');
        const scaled = BigInt(whole + frac) * power; // value × 10^frac.length
        const unit = power; // one unit of the last shown digit, × 10^frac.length
        const diff = n * 10n ** BigInt(frac.length) - scaled;
        expect(2n * (diff < 0n ? -diff : diff) <= unit).toBe(true);
        expect((whole + frac).replace(/^0+/, '').length).toBe(3);
      }),
      { numRuns: 2000 },
    );
  });
});
