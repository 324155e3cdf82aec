import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { INT64_MAX, INT64_MIN, parseParams, toQuery, toStrings, unknownKeys, type ParamValues } from './params.ts';
import { estimateRaw, fromValues, params, queryOf, rules, validate, type ConvTranspose1dParams } from '../convtranspose1d/index.ts';

const parse = (raw: Record<string, unknown>, missing: 'initial' | 'error' = 'error') => parseParams(params, raw, missing);
/** The four arguments PyTorch requires (no default), as a URL would give them. */
const required = { in_channels: '4', out_channels: '8', length_in: '10', kernel_size: '3' };
/** The value one parameter parses to, given the required ones. */
function one(name: string, raw: unknown): unknown {
  const r = parse({ ...required, [name]: raw });
  return r.ok ? r.values[name] : r.error;
}
const err = (name: string, raw: unknown): string | null => {
  const r = parse({ ...required, [name]: raw });
  return r.ok ? null : r.error.rule;
};

describe('parseParams: required arguments, initial values, defaults', () => {
  test('missing required arguments are reported in table order with missing = error', () => {
    const r = parse({});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ rule: 'required', param: 'in_channels', torch: null });
    expect(r.error.message).toContain('in_channels');
    const r2 = parse({ in_channels: '2', out_channels: '2', length_in: '5' });
    expect(!r2.ok && r2.error.param).toBe('kernel_size');
  });

  test('missing = initial gives the seed example (C 1 → 1, L_in 2, K 3) with PyTorch defaults', () => {
    const r = parse({}, 'initial');
    expect(r).toEqual({
      ok: true,
      values: {
        batch: null,
        in_channels: 1n,
        out_channels: 1n,
        length_in: 2n,
        kernel_size: 3n,
        stride: 1n,
        padding: 0n,
        output_padding: 0n,
        dilation: 1n,
        groups: 1n,
        bias: true,
      },
    });
    // …whose documented count with bias is 14 + 4 bias additions = 18.
    const e = estimateRaw({}, 'initial');
    expect(e.ok && 'documented' in e ? e.documented?.total_ops : null).toBe(18n);
  });

  test('absent optional arguments take PyTorch defaults, also with missing = error', () => {
    const r = parse(required);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.values).toEqual({
      batch: null,
      in_channels: 4n,
      out_channels: 8n,
      length_in: 10n,
      kernel_size: 3n,
      stride: 1n,
      padding: 0n,
      output_padding: 0n,
      dilation: 1n,
      groups: 1n,
      bias: true,
    });
  });

  test('an empty field takes the PyTorch default; an empty required field is reported even with missing = initial', () => {
    expect(one('stride', '')).toBe(1n);
    expect(one('bias', '')).toBe(true);
    expect(err('in_channels', '')).toBe('required');
    expect(err('in_channels', '   ')).toBe('required');
    // Only an absent key takes the calculator's initial value; a field the reader emptied does not.
    const emptied = parse({ ...required, kernel_size: '' }, 'initial');
    expect(!emptied.ok && emptied.error).toMatchObject({ rule: 'required', param: 'kernel_size' });
    const { kernel_size: _absent, ...withoutK } = required;
    const absent = parse(withoutK, 'initial');
    expect(absent.ok && absent.values.kernel_size).toBe(3n);
    expect(one('padding', null)).toBe(0n);
    expect(one('padding', undefined)).toBe(0n);
  });

  test('batch is nullable: none / null / empty mean an unbatched input', () => {
    for (const raw of ['none', 'None', 'NULL', 'null', '', '  ', null, undefined]) expect(one('batch', raw), String(raw)).toBeNull();
    expect(one('batch', '16')).toBe(16n);
    expect(one('batch', 3)).toBe(3n);
    // Only nullable parameters accept the word.
    expect(err('in_channels', 'none')).toBe('not_integer');
    expect(err('batch', 'nothing')).toBe('not_integer');
  });

  test('unknown keys are ignored by parsing and listed by unknownKeys', () => {
    expect(unknownKeys(params, { in_channels: 1, foo: 2, Stride: '3', bias: 'true' })).toEqual(['foo', 'Stride']);
    expect(unknownKeys(params, {})).toEqual([]);
    expect(unknownKeys(params, Object.fromEntries(params.map((p) => [p.name, '1'])))).toEqual([]);
    const r = parse({ ...required, foo: 'bar' });
    expect(r.ok).toBe(true);
  });
});

describe('parseParams: integers', () => {
  test('plain, signed, padded and zero-led digits', () => {
    expect(one('padding', '12')).toBe(12n);
    expect(one('padding', ' 12 ')).toBe(12n);
    expect(one('padding', '+7')).toBe(7n);
    expect(one('padding', '-3')).toBe(-3n); // parsed; validate rejects it later
    expect(one('padding', '007')).toBe(7n);
    expect(one('padding', '0')).toBe(0n);
    expect(one('padding', '0'.repeat(60) + '5')).toBe(5n); // leading zeros do not count as digits
  });

  test('digit grouping with "," (groups of three) and "_"', () => {
    expect(one('length_in', '16,384')).toBe(16_384n);
    expect(one('length_in', '1,000,000')).toBe(1_000_000n);
    expect(one('length_in', '-1,024')).toBe(-1_024n);
    expect(one('length_in', '1_000')).toBe(1_000n);
    expect(one('length_in', '1_0_0')).toBe(100n);
    expect(one('length_in', '9,223,372,036,854,775,807')).toBe(2n ** 63n - 1n);
  });

  test.each([
    ['1.5'],
    ['1e3'],
    ['1E3'],
    ['.5'],
    ['3.'],
    ['abc'],
    ['12,34'],
    ['1,2345'],
    ['1,000,00'],
    [',100'],
    ['1__0'],
    ['_1'],
    ['1_'],
    ['0x10'],
    ['1 000'],
    ['--1'],
    ['Infinity'],
    ['１２'], // full-width digits
  ])('rejects %j as not_integer', (raw) => {
    const r = parse({ ...required, length_in: raw });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.rule).toBe('not_integer');
    expect(r.error.param).toBe('length_in');
    expect(r.error.torch).toBeNull();
  });

  test('int64 range: 2^63 − 1 and −2^63 are accepted, one beyond is out_of_range', () => {
    expect(one('padding', (2n ** 63n - 1n).toString())).toBe(INT64_MAX);
    expect(one('padding', (-(2n ** 63n)).toString())).toBe(INT64_MIN);
    expect(INT64_MAX).toBe(9_223_372_036_854_775_807n);
    expect(INT64_MIN).toBe(-9_223_372_036_854_775_808n);
    expect(err('padding', (2n ** 63n).toString())).toBe('out_of_range');
    expect(err('padding', (-(2n ** 63n) - 1n).toString())).toBe('out_of_range');
    expect(err('padding', '1'.repeat(41))).toBe('out_of_range'); // 41 digits
    expect(err('padding', '9'.repeat(40))).toBe('out_of_range');
    expect(err('padding', '9'.repeat(5000))).toBe('out_of_range');
    const r = parse({ ...required, padding: '1'.repeat(41) });
    expect(!r.ok && r.error.message).toContain('41 digits');
  });

  test('JSON numbers: safe integers pass, unsafe or fractional ones are rejected', () => {
    expect(one('length_in', 16)).toBe(16n);
    expect(one('length_in', 2 ** 53 - 1)).toBe(2n ** 53n - 1n);
    expect(one('length_in', -0)).toBe(0n);
    expect(err('length_in', 2 ** 60)).toBe('not_exact');
    expect(err('length_in', 2 ** 53)).toBe('not_exact');
    expect(err('length_in', -(2 ** 60))).toBe('not_exact');
    expect(err('length_in', 1.5)).toBe('not_integer');
    expect(err('length_in', Number.NaN)).toBe('not_integer');
    expect(err('length_in', Number.POSITIVE_INFINITY)).toBe('not_integer');
  });

  test('bigint values pass through; other types are rejected', () => {
    expect(one('length_in', 12n)).toBe(12n);
    expect(one('length_in', INT64_MAX)).toBe(INT64_MAX);
    for (const raw of [true, false, {}, [], [1], { value: 1 }]) expect(err('length_in', raw), JSON.stringify(raw)).toBe('not_integer');
  });
});

describe('parseParams: booleans', () => {
  test.each([
    ['true', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['yes', true],
    ['no', false],
    ['on', true],
    ['off', false],
    [' TRUE ', true],
    ['False', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
  ] as const)('%j → %s', (raw, value) => {
    expect(one('bias', raw)).toBe(value);
  });

  test.each([['maybe'], ['2'], ['t'], ['yess'], [2], [{}]])('rejects %j as not_boolean', (raw) => {
    const r = parse({ ...required, bias: raw });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ rule: 'not_boolean', param: 'bias', torch: null });
  });
});

describe('parseParams never throws', () => {
  const names = params.map((p) => p.name);
  const key = fc.oneof(fc.constantFrom(...names), fc.string());

  test('on arbitrary values (fc.anything) under known and unknown keys', () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.anything()), fc.constantFrom('initial' as const, 'error' as const), (raw, missing) => {
        const r = parseParams(params, raw, missing);
        return typeof r.ok === 'boolean' && (r.ok ? Object.keys(r.values).length === params.length : r.error.message.length > 0);
      }),
      { numRuns: 3000 },
    );
  });

  test('on arbitrary strings, and the estimate behind them never throws either', () => {
    const digitsLike = fc.stringMatching(/^[ +\-]?[0-9_,.eE]{0,45}$/);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.oneof(fc.string(), digitsLike, fc.constantFrom('none', 'true', 'false'))), (raw) => {
        const r = parseParams(params, raw, 'initial');
        const e = estimateRaw(raw, 'initial');
        // A parse error is passed on unchanged; parsed values reach estimate, which accepts or names a PyTorch rule.
        if (!r.ok) {
          expect(e).toEqual(r);
          return true;
        }
        return e.ok || rules.some((rule) => rule.id === e.error.rule);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('toQuery', () => {
  const seed: ConvTranspose1dParams = {
    batch: null,
    in_channels: 1n,
    out_channels: 1n,
    length_in: 2n,
    kernel_size: 3n,
    stride: 1n,
    padding: 0n,
    output_padding: 0n,
    dilation: 1n,
    groups: 1n,
    bias: true,
  };

  test('canonical form: table order, PyTorch defaults omitted, unbatched omitted', () => {
    expect(queryOf(seed)).toBe('in_channels=1&out_channels=1&length_in=2&kernel_size=3');
    expect(queryOf({ ...seed, bias: false })).toBe('in_channels=1&out_channels=1&length_in=2&kernel_size=3&bias=false');
    expect(
      queryOf({ batch: 8n, in_channels: 16n, out_channels: 32n, length_in: 100n, kernel_size: 5n, stride: 2n, padding: 1n, output_padding: 1n, dilation: 1n, groups: 4n, bias: true }),
    ).toBe('batch=8&in_channels=16&out_channels=32&length_in=100&kernel_size=5&stride=2&padding=1&output_padding=1&groups=4');
    // Order does not depend on the object's key order.
    const shuffled = { bias: false, dilation: 3n, kernel_size: 3n, length_in: 2n, out_channels: 1n, in_channels: 1n, batch: 2n, stride: 1n, padding: 0n, output_padding: 0n, groups: 1n };
    expect(toQuery(params, shuffled)).toBe('batch=2&in_channels=1&out_channels=1&length_in=2&kernel_size=3&dilation=3&bias=false');
  });

  test('required arguments are written even when equal to the initial value', () => {
    expect(toQuery(params, { in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n })).toBe('in_channels=1&out_channels=1&length_in=2&kernel_size=3');
  });

  const int64 = fc.bigInt({ min: INT64_MIN, max: INT64_MAX });
  const anyInt = fc.oneof(int64, fc.bigInt({ min: -2n, max: 10n }));
  const anyValues = fc.record({
    batch: fc.option(anyInt),
    in_channels: anyInt,
    out_channels: anyInt,
    length_in: anyInt,
    kernel_size: anyInt,
    stride: anyInt,
    padding: anyInt,
    output_padding: anyInt,
    dilation: anyInt,
    groups: anyInt,
    bias: fc.boolean(),
  });

  test('round trip: toQuery → URLSearchParams → parseParams gives the same values', () => {
    fc.assert(
      fc.property(anyValues, (v) => {
        const q = toQuery(params, v);
        const raw = Object.fromEntries(new URLSearchParams(q));
        const r = parseParams(params, raw, 'error');
        expect(r).toEqual({ ok: true, values: v });
        if (r.ok) expect(toQuery(params, r.values)).toBe(q);
      }),
      { numRuns: 2000 },
    );
  });

  test('round trip on valid layers also gives the same estimate', () => {
    const smallValid = fc
      .record({ g: fc.integer({ min: 1, max: 4 }), a: fc.integer({ min: 1, max: 4 }), b: fc.integer({ min: 1, max: 4 }), L: fc.integer({ min: 1, max: 50 }), K: fc.integer({ min: 1, max: 9 }), s: fc.integer({ min: 1, max: 5 }), batch: fc.option(fc.integer({ min: 1, max: 9 })), bias: fc.boolean() })
      .map(({ g, a, b, L, K, s, batch, bias }) => ({
        batch: batch === null ? null : BigInt(batch),
        in_channels: BigInt(g * a),
        out_channels: BigInt(g * b),
        length_in: BigInt(L),
        kernel_size: BigInt(K),
        stride: BigInt(s),
        padding: 0n,
        output_padding: 0n,
        dilation: 1n,
        groups: BigInt(g),
        bias,
      }));
    // The same layers scaled far beyond 2^53 (still valid: padding and output_padding are 0).
    const hugeValid = fc
      .tuple(smallValid, fc.bigInt({ min: 1n, max: 2n ** 30n }), fc.bigInt({ min: 1n, max: 2n ** 30n }))
      .map(([v, c, l]) => ({ ...v, in_channels: v.in_channels * c, out_channels: v.out_channels * c, length_in: v.length_in * l }));
    fc.assert(
      fc.property(fc.oneof(smallValid, hugeValid), (v) => {
        const p = fromValues(v);
        const raw = Object.fromEntries(new URLSearchParams(queryOf(p)));
        const e = estimateRaw(raw, 'error');
        expect(e.ok).toBe(true);
        if (e.ok && 'params' in e) expect(e.params).toEqual(p);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toStrings', () => {
  test('decimal strings, empty for null', () => {
    expect(toStrings(params, { batch: null, in_channels: 16384n, bias: false })).toMatchObject({ batch: '', in_channels: '16384', bias: 'false', stride: '' });
    expect(Object.keys(toStrings(params, {}))).toEqual(params.map((p) => p.name));
  });
});

describe('the parameter table agrees with the rules', () => {
  const initial = (): ConvTranspose1dParams => {
    const r = parse({}, 'initial');
    if (!r.ok) throw new Error('initial values do not parse');
    return fromValues(r.values);
  };

  test('the initial values are a valid layer', () => {
    expect(validate(initial())).toBeNull();
  });

  // For each int parameter with a minimum: min is accepted, min − 1 is rejected by a rule naming that
  // parameter. Some minima need other values adjusted so that only the tested parameter is at fault.
  const intParams = params.filter((p) => p.kind === 'int');
  const adjust: Record<string, Partial<ConvTranspose1dParams>> = {};

  test('every int parameter declares a minimum', () => {
    for (const spec of intParams) expect(typeof spec.min, spec.name).toBe('bigint');
  });

  test.each(intParams.map((p) => [p.name, p.min] as const))('%s: min %s accepted, min − 1 rejected by its own rule', (name, min) => {
    const start = { ...initial(), ...adjust[name] };
    const atMin = { ...start, [name]: min } as ConvTranspose1dParams;
    expect(validate(atMin), `${name} = ${min}`).toBeNull();
    const below = { ...start, [name]: min - 1n } as ConvTranspose1dParams;
    const e = validate(below);
    expect(e, `${name} = ${min - 1n}`).not.toBeNull();
    expect(e!.param, `rule ${e!.rule}`).toBe(name);
    expect(rules.find((r) => r.id === e!.rule)?.param).toBe(name);
  });
});

describe('parseParams edge inputs found in review', () => {
  test('a bigint outside int64 is rejected like a string would be', () => {
    const r = parseParams(params, { in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n, stride: 2n ** 70n }, 'error');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ rule: 'out_of_range', param: 'stride' });
  });
  test('a bias that is an object without a prototype is rejected, not thrown on', () => {
    const r = parseParams(params, { in_channels: 1, out_channels: 1, length_in: 2, kernel_size: 3, bias: Object.create(null) }, 'error');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ rule: 'not_boolean', param: 'bias' });
  });
});
