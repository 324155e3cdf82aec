// PyTorch's rules beyond the golden data: a frozen sample of layers run on the same PyTorch
// build (torch-cases.json), the surprising behaviours spelled out, and robustness.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { InvalidInput } from '../core/module.ts';
import { parseParams, type ParamValues } from '../core/params.ts';
import { definition as conv1d } from '../conv1d/index.ts';
import { definition as conv2d } from '../conv2d/index.ts';
import { familyDefinition3d } from './testDefinitions.ts';
import { PADDING_MODES_SET, PADDING_STRINGS_SET } from './construct.ts';
import type { ConvDefinition } from './define.ts';
import type { ConvResult } from './estimate.ts';
import { layout1d, layout2d, layout3d } from './layout.ts';
import type { ConvParams } from './params.ts';
import { rules, validate, rankError } from './rules.ts';

type Def = ConvDefinition<ConvParams>;
const defs = { 1: conv1d, 2: conv2d, 3: familyDefinition3d } as unknown as Record<number, Def>;
const layouts = { 1: layout1d, 2: layout2d, 3: layout3d } as const;

type Json = number | string | null | boolean | Json[] | { [k: string]: Json };
const paramsOf = (raw: Record<string, Json>): ConvParams => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'input_shape') continue;
    out[k] = typeof v === 'number' ? BigInt(v) : Array.isArray(v) ? v.map((x) => BigInt(x as number)) : v;
  }
  return out as unknown as ConvParams;
};

/** The error or result for a case, with params.input_shape routed to rankError. */
function outcome(nd: number, raw: Record<string, Json>): { error: InvalidInput | null; result: ConvResult<ConvParams> | null } {
  const def = defs[nd];
  const p = paramsOf(raw);
  if (raw.input_shape) return { error: def.rankError(p, (raw.input_shape as number[]).map(BigInt)), result: null };
  const e = def.estimate(p);
  return e.ok ? { error: null, result: e as unknown as ConvResult<ConvParams> } : { error: e.error as InvalidInput, result: null };
}

const base1d = paramsOf({ batch: 2, in_channels: 4, out_channels: 8, length_in: 16, kernel_size: 3, stride: 1, padding: 1, dilation: 1, groups: 1, bias: true, padding_mode: 'zeros' });
const base2d = paramsOf({ batch: 2, in_channels: 4, out_channels: 8, height_in: 16, width_in: 12, kernel_size: 3, stride: 1, padding: 1, dilation: 1, groups: 1, bias: true, padding_mode: 'zeros' });
const base3d = paramsOf({ batch: 2, in_channels: 4, out_channels: 8, depth_in: 6, height_in: 16, width_in: 12, kernel_size: 3, stride: 1, padding: 1, dilation: 1, groups: 1, bias: true, padding_mode: 'zeros' });
const with_ = (p: ConvParams, over: Record<string, unknown>) => ({ ...p, ...over }) as ConvParams;
const B = (xs: number[]) => xs.map(BigInt);

describe('layers run on PyTorch 1.13 (torch-cases.json)', () => {
  const file = JSON.parse(readFileSync(new URL('./torch-cases.json', import.meta.url), 'utf8')) as {
    cases: { nd: number; params: Record<string, Json>; expected: Record<string, Json> }[];
  };

  test('the sample covers many errors and many valid layers', () => {
    expect(file.cases.filter((c) => 'message' in c.expected).length).toBeGreaterThan(90);
    expect(file.cases.filter((c) => 'output_shape' in c.expected).length).toBeGreaterThan(150);
  });

  test.each(file.cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const { error, result } = outcome(c.nd, c.params);
    if ('message' in c.expected) {
      expect(error, JSON.stringify(c.params)).not.toBeNull();
      expect(error!.torch).toEqual(c.expected);
      return;
    }
    // PyTorch runs the layer: we count it, or reject it with our own rule and no PyTorch error.
    if (error) {
      expect(error.torch, `${error.rule}: ${JSON.stringify(c.params)}`).toBeNull();
      expect(['in_channels_zero', 'dilation_nonpositive', 'kernel_size_zero']).toContain(error.rule);
      return;
    }
    expect(result!.output_shapes).toEqual([B(c.expected.output_shape as number[])]);
    if (c.expected.taps_in_bounds !== undefined) {
      expect(result!.taps_in_bounds).toBe(BigInt(c.expected.taps_in_bounds as number));
      expect(result!.positions_reached).toBe(BigInt(c.expected.positions_reached as number));
    }
  });
});

describe('what PyTorch does that is easy to get wrong', () => {
  test("the two Python sets print in the golden data's order", () => {
    expect(PADDING_STRINGS_SET).toBe("{'same', 'valid'}");
    expect(PADDING_MODES_SET).toBe("{'replicate', 'reflect', 'zeros', 'circular'}");
    expect(validate(with_(base2d, { padding: 'causal' }), layout2d)?.torch?.message).toBe("Invalid padding string 'causal', should be one of {'same', 'valid'}");
    expect(validate(with_(base2d, { padding_mode: 'zero' }), layout2d)?.torch?.message).toBe(
      "padding_mode must be one of {'replicate', 'reflect', 'zeros', 'circular'}, but got padding_mode='zero'",
    );
  });

  test("'same' with a non-zeros mode and a 1-entry dilation pads only the first dimension (the zip bug)", () => {
    // Conv2d(16, 16, 5, padding='same', dilation=(2,), padding_mode='circular') on 64×64 → 64×56.
    const p = with_(base2d, { in_channels: 16n, out_channels: 16n, height_in: 64n, width_in: 64n, kernel_size: 5n, padding: 'same', dilation: [2n], padding_mode: 'circular' });
    const r = defs[2].estimate(p) as unknown as ConvResult<ConvParams>;
    expect(r.output_shapes).toEqual([[2n, 16n, 64n, 56n]]);
    expect(r.per_dim.map((d) => d.pad)).toEqual([
      [4n, 4n],
      [0n, 0n],
    ]);
    // In 'zeros' mode the same layer pads both dimensions.
    const z = defs[2].estimate(with_(p, { padding_mode: 'zeros' })) as unknown as ConvResult<ConvParams>;
    expect(z.output_shapes).toEqual([[2n, 16n, 64n, 64n]]);
    // Conv3d: the first of three dimensions only.
    const p3 = with_(base3d, { depth_in: 8n, height_in: 32n, width_in: 32n, padding: 'same', dilation: [2n], padding_mode: 'reflect' });
    expect((defs[3].estimate(p3) as unknown as ConvResult<ConvParams>).output_shapes).toEqual([[2n, 8n, 8n, 28n, 28n]]);
  });

  test("'same' with an even kernel pads one more on the right", () => {
    const r = defs[1].estimate(with_(base1d, { kernel_size: 4n, padding: 'same' })) as unknown as ConvResult<ConvParams>;
    expect(r.per_dim[0].pad).toEqual([1n, 2n]);
    expect(r.output_shapes).toEqual([[2n, 8n, 16n]]);
  });

  test('circular padding needs a batched input, even with padding 0', () => {
    const e = validate(with_(base1d, { batch: null, padding: 0n, padding_mode: 'circular' }), layout1d);
    expect(e).toMatchObject({ rule: 'circular_padding_unbatched_input', param: 'batch', torch: { type: 'RuntimeError', message: 'Invalid padding size, expected 0 but got 2' } });
  });

  test('negative padding crops in the non-zeros modes and is rejected in zeros mode', () => {
    const crop = defs[1].estimate(with_(base1d, { padding: -2n, padding_mode: 'replicate' })) as unknown as ConvResult<ConvParams>;
    expect(crop.output_shapes).toEqual([[2n, 8n, 10n]]);
    expect(crop.per_dim[0]).toMatchObject({ pad: [-2n, -2n], taps_in_bounds: 30n, positions_reached: 10n });
    expect(validate(with_(base1d, { padding: -2n }), layout1d)).toMatchObject({ rule: 'padding_negative_zeros_mode', torch: { message: 'negative padding is not supported' } });
  });

  test('a 1-entry padding tuple is broadcast in zeros mode only; unbatched Conv2d then pads only the width', () => {
    expect((defs[2].estimate(with_(base2d, { padding: [2n] })) as unknown as ConvResult<ConvParams>).output_shapes).toEqual([[2n, 8n, 18n, 14n]]);
    expect(validate(with_(base2d, { padding: [2n], padding_mode: 'reflect' }), layout2d)).toMatchObject({
      rule: 'one_element_padding_tuple_with_padding_mode',
      torch: { type: 'NotImplementedError', message: 'Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now' },
    });
    // An unbatched (C, H, W) input is a batch of 1-d signals to F.pad: only W is padded.
    const r = defs[2].estimate(with_(base2d, { batch: null, padding: [2n], padding_mode: 'reflect' })) as unknown as ConvResult<ConvParams>;
    expect(r.output_shapes).toEqual([[8n, 14n, 14n]]);
    expect(r.per_dim.map((d) => d.pad)).toEqual([
      [0n, 0n],
      [2n, 2n],
    ]);
  });

  test('reflect padding must be smaller than the input; circular may equal it', () => {
    const p = with_(base1d, { length_in: 3n, padding: 3n });
    expect(validate(with_(p, { padding_mode: 'reflect' }), layout1d)?.torch?.message).toBe(
      'Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (3, 3) at dimension 2 of input [2, 4, 3]',
    );
    expect(validate(with_(p, { padding_mode: 'circular' }), layout1d)).toBeNull();
    expect(validate(with_(p, { padding: 4n, padding_mode: 'circular' }), layout1d)?.torch?.message).toBe('Padding value causes wrapping around more than once.');
  });

  test('which kernel checks run depends on the backend PyTorch picks', () => {
    // oneDNN (groups > 1) reports dilation in its own words; the slow dilated kernel prints the 2-d view.
    expect(validate(with_(base1d, { dilation: 0n, groups: 2n }), layout1d)?.torch?.message).toBe('non-positive dilation is not supported');
    expect(validate(with_(base1d, { batch: 1n, in_channels: 1n, dilation: 0n }), layout1d)?.torch?.message).toBe('dilation should be greater than zero, but got [1, 0]');
    expect(validate(with_(base1d, { batch: 1n, in_channels: 1n, kernel_size: 0n }), layout1d)?.torch?.message).toBe(
      'kernel size should be greater than zero, but got kernel_height: 1 kernel_width: 0',
    );
  });

  test('an empty batch skips the kernel checks: PyTorch accepts dilation 0, we do not count it', () => {
    const e = validate(with_(base1d, { batch: 0n, dilation: 0n }), layout1d);
    expect(e).toMatchObject({ rule: 'dilation_nonpositive', param: 'dilation', torch: null });
    // …and a valid empty batch costs nothing.
    const r = defs[1].estimate(with_(base1d, { batch: 0n })) as unknown as ConvResult<ConvParams>;
    expect(r.output_shapes).toEqual([[0n, 8n, 16n]]);
    expect([r.exact.total_ops, r.dense.macs, r.documented!.total_ops]).toEqual([0n, 0n, 0n]);
  });

  test('an empty spatial size is accepted only for an empty batch in zeros mode', () => {
    expect(validate(with_(base1d, { length_in: 0n, padding: 2n }), layout1d)).toMatchObject({
      rule: 'zero_spatial_input',
      param: 'length_in',
      torch: { message: 'Only zero batch or zero channel inputs are supported, but got input shape: [2, 4, 1, 0]' },
    });
    const r = defs[1].estimate(with_(base1d, { batch: 0n, length_in: 0n, padding: 2n })) as unknown as ConvResult<ConvParams>;
    expect(r.output_shapes).toEqual([[0n, 8n, 2n]]);
    expect(r.taps_in_bounds).toBe(0n);
  });
});

describe('rankError', () => {
  test('null for a shape of the right rank', () => {
    expect(rankError(base2d, [4n, 16n, 12n], layout2d)).toBeNull();
    expect(rankError(base2d, [2n, 4n, 16n, 12n], layout2d)).toBeNull();
  });

  test('zeros mode: the functional’s own message', () => {
    expect(defs[2].rankError(base2d, [16n, 12n])).toMatchObject({
      rule: 'wrong_input_rank',
      param: 'input_shape',
      torch: { stage: 'forward', type: 'RuntimeError', message: 'Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [16, 12]' },
    });
    expect(defs[3].rankError(base3d, [1n, 2n, 4n, 6n, 16n, 12n])?.torch?.message).toBe(
      'Expected 4D (unbatched) or 5D (batched) input to conv3d, but got input of size: [1, 2, 4, 6, 16, 12]',
    );
  });

  test('non-zeros modes: F.pad rejects the rank first, in its words', () => {
    const p = with_(base2d, { padding_mode: 'reflect' });
    expect(defs[2].rankError(p, [2n, 2n, 4n, 16n, 12n])?.torch).toEqual({
      stage: 'forward',
      type: 'NotImplementedError',
      message: 'Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now',
    });
    expect(defs[2].rankError(p, [12n])?.torch?.message).toBe('Padding length too large');
  });

  test('the constructor’s errors come first', () => {
    expect(defs[2].rankError(with_(base2d, { groups: 0n }), [12n])?.rule).toBe('groups_nonpositive');
  });
});

describe('the parameter table agrees with the rules', () => {
  const cases = [
    [1, layout1d] as const,
    [2, layout2d] as const,
    [3, layout3d] as const,
  ];

  const initial = (def: Def): ParamValues => Object.fromEntries(def.params.map((s) => [s.name, s.initial]));

  test.each(cases)('Conv%sd: the initial values, and the required ones with PyTorch’s defaults, are valid layers', (nd) => {
    const def = defs[nd];
    expect(def.estimate(def.fromValues(initial(def))).ok).toBe(true);
    const r = parseParams(def.params, {}, 'initial');
    expect(r.ok).toBe(true);
    if (r.ok) expect(def.estimate(def.fromValues(r.values)).ok).toBe(true);
  });

  test.each(cases)('Conv%sd: each integer minimum is accepted and one below it is rejected by a rule naming that argument', (nd) => {
    const def = defs[nd];
    const start = initial(def);
    for (const spec of def.params) {
      if (spec.kind !== 'int' && spec.kind !== 'ints') continue;
      const at = def.fromValues({ ...start, [spec.name]: spec.min } as ParamValues);
      expect(def.estimate(at).ok, `${spec.name} = ${spec.min}`).toBe(true);
      const below = def.fromValues({ ...start, [spec.name]: spec.min - 1n } as ParamValues);
      const e = def.estimate(below);
      expect(e.ok, `${spec.name} = ${spec.min - 1n}`).toBe(false);
      if (!e.ok) expect(e.error.param, `${spec.name}: rule ${e.error.rule}`).toBe(spec.name);
    }
  });

  test('every rule a violation names is listed, and the golden rule names are among them', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const v of ['groups_nonpositive', 'padding_same_with_stride', 'kernel_larger_than_padded_input', 'one_element_padding_tuple_with_padding_mode', 'wrong_input_rank'])
      expect(ids.has(v)).toBe(true);
    fc.assert(
      fc.property(randomLayer, ([nd, p]) => {
        const e = validate(p, layouts[nd]);
        return e === null || ids.has(e.rule);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- robustness: any arguments, however wrong ----

const anyInt = fc.oneof(
  fc.bigInt({ min: -3n, max: 9n }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.constantFrom(0n, 1n, 2n ** 53n + 1n, 2n ** 62n, 2n ** 63n - 1n),
);
const anyInts = fc.oneof(anyInt, fc.array(anyInt, { minLength: 1, maxLength: 4 }));
const randomLayer = fc.integer({ min: 1, max: 3 }).chain((nd) =>
  fc
    .record({
      batch: fc.option(anyInt, { nil: null }),
      in_channels: anyInt,
      out_channels: anyInt,
      s0: anyInt,
      s1: anyInt,
      s2: anyInt,
      kernel_size: anyInts,
      stride: anyInts,
      padding: fc.oneof(anyInts, fc.constantFrom('same', 'valid', 'causal', '')),
      dilation: anyInts,
      groups: anyInt,
      bias: fc.boolean(),
      padding_mode: fc.constantFrom('zeros', 'reflect', 'replicate', 'circular', 'constant'),
    })
    .map((r) => {
      const { s0, s1, s2, ...rest } = r;
      const sizes = Object.fromEntries(layouts[nd as 1 | 2 | 3].spatialIn.map((n, i) => [n, [s0, s1, s2][i]]));
      return [nd as 1 | 2 | 3, { ...rest, ...sizes } as unknown as ConvParams] as const;
    }),
);

describe('never throws, never negative', () => {
  test('property: any arguments give a result with non-negative integer counts, or an error with a message', () => {
    fc.assert(
      fc.property(randomLayer, ([nd, p]) => {
        const e = defs[nd].estimate(p);
        if (!e.ok) return typeof e.error.message === 'string' && e.error.message.length > 0 && typeof e.error.rule === 'string';
        const r = e as unknown as ConvResult<ConvParams>;
        const counts = [...Object.values(r.exact), ...Object.values(r.dense), ...(r.documented ? Object.values(r.documented) : []), r.taps_in_bounds, r.positions_reached, r.taps_on_data, r.dense_per_filter];
        return counts.every((c) => typeof c === 'bigint' && c >= 0n) && r.output_shapes[0].every((x) => x >= 0n);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: small valid-ish layers: the exact count never exceeds the dense count', () => {
    const small = fc.bigInt({ min: 1n, max: 6n });
    fc.assert(
      fc.property(small, small, small, fc.bigInt({ min: -2n, max: 4n }), fc.constantFrom('zeros', 'reflect', 'replicate', 'circular'), (n, k, d, pad, mode) => {
        const p = with_(base1d, { length_in: n + 4n, kernel_size: k, dilation: d, padding: pad, padding_mode: mode });
        const e = defs[1].estimate(p);
        if (!e.ok) return true;
        const r = e as unknown as ConvResult<ConvParams>;
        return r.exact.multiplications <= r.dense.multiplications && r.exact.total_ops <= r.documented!.total_ops;
      }),
      { numRuns: 200 },
    );
  });

  test('property: rankError never throws on any shape', () => {
    fc.assert(
      fc.property(randomLayer, fc.array(anyInt, { maxLength: 7 }), ([nd, p], shape) => {
        const e = defs[nd].rankError(p, shape);
        const right = shape.length === nd + 1 || shape.length === nd + 2;
        return right ? e === null : e !== null && e.message.length > 0;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('huge layers in every padding mode', () => {
  test.each(['zeros', 'reflect', 'replicate', 'circular'])('%s: 2^31 × 2^31 images, batch 2^20, 2^10 channels are counted exactly', (mode) => {
    const H = 2n ** 31n;
    const r = defs[2].estimate(with_(base2d, { batch: 2n ** 20n, in_channels: 1024n, out_channels: 1024n, height_in: H, width_in: H, padding_mode: mode }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const res = r as unknown as ConvResult<ConvParams>;
    expect(res.output_shapes).toEqual([[2n ** 20n, 1024n, H, H]]);
    // Each axis loses one tap at each end to zero padding; reflect, replicate and circular read data there.
    const T = mode === 'zeros' ? (3n * H - 2n) ** 2n : 9n * H * H;
    expect(res.exact.multiplications).toBe(2n ** 20n * 1024n * 1024n * T);
  });
});
