// GroupNorm has no golden fixture: its shapes and errors are tested against PyTorch 1.13's rules
// as its source states them (see groupNormRules), and its counts against a brute-force walk of
// the stated algorithm over every (sample, group) of small random layers.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { walkNorm } from '../norm/walk.ts';
import { estimate, type GroupNormParams } from './index.ts';
import { peers } from './peers.ts';

const layer = (num_groups: number, num_channels: number, input_shape: number[], affine = true): GroupNormParams => ({
  num_groups: BigInt(num_groups),
  num_channels: BigInt(num_channels),
  eps: 1e-5,
  affine,
  input_shape: input_shape.map(BigInt),
});

/** Walks every sample and group on its own: group g of sample i holds channels g·C/G … (g+1)·C/G − 1 at every position. */
function walk(p: GroupNormParams) {
  const [N, C, ...rest] = p.input_shape.map(Number);
  const G = Number(p.num_groups);
  const S = rest.reduce((a, s) => a * s, 1);
  let total = walkNorm(0, 0, p.affine);
  for (let i = 0; i < N; i++) {
    for (let g = 0; g < G; g++) {
      let m = 0;
      for (let c = (g * C) / G; c < ((g + 1) * C) / G; c++) m += S; // the group's elements
      const one = walkNorm(1, m, p.affine);
      total = Object.fromEntries(Object.entries(total).map(([k, v]) => [k, v + one[k as keyof typeof one]])) as typeof total;
    }
  }
  return total;
}

describe('GroupNorm: closed forms = brute force', () => {
  test('small random layers, with and without affine', () => {
    const arb = fc
      .record({ G: fc.integer({ min: 1, max: 4 }), per: fc.integer({ min: 0, max: 3 }), N: fc.integer({ min: 0, max: 3 }), rest: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }), affine: fc.boolean() })
      .map(({ G, per, N, rest, affine }) => layer(G, G * per, [N, G * per, ...rest], affine));
    fc.assert(
      fc.property(arb, (p) => {
        const r = estimate(p);
        if (!r.ok) {
          // The only refusal on these: a single value per group in all.
          expect(r.error.rule).toBe('one_value_per_group');
          return;
        }
        expect(r.exact).toEqual(walk(p));
        expect(r.output_shapes).toEqual([[...p.input_shape]]);
        expect(r.documented).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('GroupNorm: PyTorch 1.13’s rules', () => {
  const torch = (p: GroupNormParams) => {
    const r = estimate(p);
    return r.ok ? null : r.error.torch;
  };
  test('construction: zero groups, then divisibility, then the weight', () => {
    expect(torch(layer(0, 4, [2, 4, 3]))).toEqual({ stage: 'construct', type: 'ZeroDivisionError', message: 'integer division or modulo by zero' });
    expect(torch(layer(3, 4, [2, 4, 3]))).toEqual({ stage: 'construct', type: 'ValueError', message: 'num_channels must be divisible by num_groups' });
    expect(torch(layer(2, -4, [2, 4, 3]))).toEqual({ stage: 'construct', type: 'RuntimeError', message: 'Trying to create tensor with negative dimension -4: [-4]' });
    const negative = estimate(layer(-2, 4, [2, 4, 3]));
    expect(!negative.ok && negative.error.rule).toBe('negative_num_groups');
  });
  test('the input, then its rank as F.group_norm reads sizes 0 and 1', () => {
    expect(torch(layer(2, 4, [2, -4]))?.message).toBe('Trying to create tensor with negative dimension -4: [2, -4]');
    expect(torch(layer(2, 4, []))).toEqual({ stage: 'forward', type: 'IndexError', message: 'Dimension specified as 0 but tensor has no dimensions' });
    expect(torch(layer(2, 4, [4]))).toEqual({ stage: 'forward', type: 'IndexError', message: 'Dimension out of range (expected to be in range of [-1, 0], but got 1)' });
  });
  test('one value per group, in any mode', () => {
    expect(torch(layer(2, 2, [1, 2]))).toEqual({ stage: 'forward', type: 'ValueError', message: 'Expected more than 1 value per channel when training, got input size [1, 2]' });
    expect(torch(layer(4, 4, [1, 4, 1, 1]))?.message).toBe('Expected more than 1 value per channel when training, got input size [1, 4, 1, 1]');
    expect(estimate(layer(2, 2, [1, 2, 2])).ok).toBe(true);
  });
  test('channels: divisible by num_groups, and equal to num_channels only with affine', () => {
    expect(torch(layer(4, 8, [2, 6, 4]))).toEqual({ stage: 'forward', type: 'RuntimeError', message: 'Expected number of channels in input to be divisible by num_groups, but got input of shape [2, 6, 4] and num_groups=4' });
    expect(torch(layer(2, 8, [2, 6, 4]))?.message).toBe('Expected weight to be a vector of size equal to the number of channels in input, but got weight of shape [8] and input of shape [2, 6, 4]');
    const loose = estimate(layer(2, 8, [2, 6, 4], false));
    expect(loose.ok && loose.warnings?.[0].rule).toBe('num_channels_unused');
    expect(loose.ok && loose.rows).toBe(4n);
    expect(loose.ok && loose.row_length).toBe(12n);
  });
});

describe('GroupNorm(32, 256) on (8, 256, 28, 28), as executed', () => {
  test('every tool', () => {
    const r = Object.fromEntries(Object.entries(peers(layer(32, 256, [8, 256, 28, 28]))).map(([k, v]) => [k, v.count]));
    expect(r).toEqual({
      flopcountermode: 0n,
      fvcore: 8_028_160n,
      ptflops: 401_408n,
      ptflops_aten: 0n,
      thop: 0n,
      uthop: 6_422_528n,
      calflops_flops: 8_028_160n,
      calflops_macs: 0n,
      deepspeed_flops: 8_028_160n,
      deepspeed_macs: 0n,
      torchinfo: 4_096n,
      torchprofile: 1_605_632n,
      moduleprofiler: null,
    });
  });
});
