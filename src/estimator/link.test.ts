import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { canonicalQuery, parseLink } from './link.ts';
import { parseParams, type ParamValues } from './core/params.ts';
import { fromValues, params, validate, type ConvTranspose1dParams } from './convtranspose1d/index.ts';

const KNOWN = [1];
const values = (p: ConvTranspose1dParams) => p as unknown as ParamValues;

const layer = fc
  .record({
    batch: fc.option(fc.bigInt({ min: 1n, max: 1n << 20n }), { nil: null }),
    g: fc.bigInt({ min: 1n, max: 8n }),
    ci: fc.bigInt({ min: 1n, max: 64n }),
    co: fc.bigInt({ min: 1n, max: 64n }),
    length_in: fc.bigInt({ min: 1n, max: 1n << 40n }),
    kernel_size: fc.bigInt({ min: 1n, max: 64n }),
    stride: fc.bigInt({ min: 1n, max: 16n }),
    padding: fc.bigInt({ min: 0n, max: 4n }),
    dilation: fc.bigInt({ min: 1n, max: 16n }),
    bias: fc.boolean(),
  })
  .map((r): ConvTranspose1dParams => ({
    batch: r.batch,
    in_channels: r.ci * r.g,
    out_channels: r.co * r.g,
    length_in: r.length_in,
    kernel_size: r.kernel_size,
    stride: r.stride,
    padding: r.padding,
    output_padding: 0n,
    dilation: r.dilation,
    groups: r.g,
    bias: r.bias,
  }))
  .filter((p) => validate(p) === null);

describe('canonicalQuery', () => {
  test('version first, table order, PyTorch defaults omitted, unbatched omitted', () => {
    const p: ConvTranspose1dParams = {
      batch: null, in_channels: 16n, out_channels: 32n, length_in: 100n, kernel_size: 5n,
      stride: 1n, padding: 0n, output_padding: 0n, dilation: 1n, groups: 1n, bias: true,
    };
    expect(canonicalQuery(params, values(p), 1)).toBe('v=1&in_channels=16&out_channels=32&length_in=100&kernel_size=5');
    expect(canonicalQuery(params, values({ ...p, batch: 8n, stride: 2n, bias: false }), 1)).toBe(
      'v=1&batch=8&in_channels=16&out_channels=32&length_in=100&kernel_size=5&stride=2&bias=false',
    );
  });

  test('round trip: canonical → parseLink → parseParams gives the same layer, and is a fixed point', () => {
    fc.assert(
      fc.property(layer, (p) => {
        const q = canonicalQuery(params, values(p), 1);
        const link = parseLink(params, `?${q}`, KNOWN);
        expect(link.issues).toEqual([]);
        expect(link.version).toBe(1);
        const parsed = parseParams(params, link.fields, 'error');
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(fromValues(parsed.values)).toEqual(p);
          expect(canonicalQuery(params, parsed.values, 1)).toBe(q);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseLink', () => {
  test('reads known arguments and the version', () => {
    const l = parseLink(params, '?v=1&in_channels=16&bias=false', KNOWN);
    expect(l).toEqual({ fields: { in_channels: '16', bias: 'false' }, version: 1, issues: [] });
  });
  test('a link without a version names none (the current rules apply)', () => {
    expect(parseLink(params, 'in_channels=3', KNOWN).version).toBeNull();
  });
  test('unknown keys are reported and ignored', () => {
    const l = parseLink(params, '?in_channels=3&utm_source=x&Stride=2', KNOWN);
    expect(l.fields).toEqual({ in_channels: '3' });
    expect(l.issues.map((i) => i.key)).toEqual(['utm_source', 'Stride']);
    expect(l.issues[0].message).toMatch(/not an argument/);
  });
  test('repeated keys keep the first value and are reported once', () => {
    const l = parseLink(params, '?stride=2&stride=3&stride=4', KNOWN);
    expect(l.fields.stride).toBe('2');
    expect(l.issues).toHaveLength(1);
    expect(l.issues[0].message).toMatch(/more than once/);
  });
  test('a malformed or unknown version is reported and not used', () => {
    for (const v of ['abc', '-1', '1.5', '', '99999999']) {
      const l = parseLink(params, `?v=${v}`, KNOWN);
      expect(l.version, v).toBeNull();
      expect(l.issues[0]?.key, v).toBe('v');
    }
    const future = parseLink(params, '?v=7', KNOWN);
    expect(future.version).toBeNull();
    expect(future.issues[0].message).toMatch(/version 7.*does not know/);
  });
  test('an over-long query is cut and reported', () => {
    const l = parseLink(params, `?in_channels=3&x=${'a'.repeat(10000)}`, KNOWN);
    expect(l.fields.in_channels).toBe('3');
    expect(l.issues.some((i) => /characters long/.test(i.message))).toBe(true);
  });
  test('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
        const l = parseLink(params, `?${a}&${b}`, KNOWN);
        expect(typeof l.fields).toBe('object');
        for (const k of Object.keys(l.fields)) expect(params.some((p) => p.name === k)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
