// The converter's arithmetic: rounding, scaling by a ratio of counts, reading a count as papers print it.
import { describe, expect, test } from 'vitest';
import { parseCount, ratioText, roundDiv, scale } from './convert.ts';

describe('convert', () => {
  test('roundDiv rounds halves away from zero', () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(7n, 3n)).toBe(2n);
    expect(roundDiv(8n, 3n)).toBe(3n);
    expect(roundDiv(5n, -2n)).toBe(-3n);
  });
  test('ratioText', () => {
    expect(ratioText(1_034_240n, 510_976n)).toBe('≈ 2.024×');
    expect(ratioText(12n, 6n)).toBe('2×');
    expect(ratioText(6n, 6n)).toBe('1×');
    expect(ratioText(0n, 6n)).toBe('0×');
    expect(ratioText(0n, 0n)).toBe('—');
    expect(ratioText(5n, 0n)).toBe('∞');
    expect(ratioText(-1n, 3n)).toBe('≈ −0.333×');
    expect(ratioText(2n, 3n, 2)).toBe('≈ 0.67×');
  });
  test('scale is exact when it divides, else rounded', () => {
    expect(scale(1_545_216n, 512_000n, 1_545_216n)).toEqual({ value: 512_000n, exact: true });
    expect(scale(10n, 1n, 3n)).toEqual({ value: 3n, exact: false });
    expect(scale(3_090_432n, 512_000n, 1_545_216n)).toEqual({ value: 1_024_000n, exact: true });
    expect(() => scale(1n, 1n, 0n)).toThrow(RangeError);
  });
  test('parseCount reads the ways papers print counts', () => {
    const v = (t: string) => {
      const r = parseCount(t);
      if (!r.ok) throw new Error(r.message);
      return r.value;
    };
    expect(v('1545216')).toBe(1_545_216n);
    expect(v(' 1,545,216 ')).toBe(1_545_216n);
    expect(v('1 545 216')).toBe(1_545_216n);
    expect(v('1_545_216')).toBe(1_545_216n);
    expect(v('1.55 G')).toBe(1_550_000_000n);
    expect(v('1.55G')).toBe(1_550_000_000n);
    expect(v('0.51 GMac')).toBe(510_000_000n);
    expect(v('12 MFLOPs')).toBe(12_000_000n);
    expect(v('512000 MACs')).toBe(512_000n);
    expect(v('2.3e9')).toBe(2_300_000_000n);
    expect(v('7k')).toBe(7_000n);
    expect(v('99999999999999999999999')).toBe(99_999_999_999_999_999_999_999n);
    expect(parseCount('1.55 G')).toMatchObject({ shortForm: true });
    expect(parseCount('1545216')).toMatchObject({ shortForm: false });
    for (const bad of ['', 'abc', '-5', '−5', '1.5', '1.2345k', '12 ms', '1e3k', 'NaN', '1,54,216', '0x10']) {
      const r = parseCount(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message.length, bad).toBeGreaterThan(10);
    }
  });
});
