// LayerNorm's closed forms against a brute-force walk of the stated algorithm, row by row, its
// rules against PyTorch 1.13's words, and every tool's rule against the survey's executed figures
// (peers-modules.md §2).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { walkNorm } from '../norm/walk.ts';
import { definition, estimate, type LayerNormParams, type LayerNormResult } from './index.ts';
import { peers } from './peers.ts';

const layer = (normalized_shape: number[], input_shape: number[], elementwise_affine = true): LayerNormParams => ({
  normalized_shape: normalized_shape.map(BigInt),
  eps: 1e-5,
  elementwise_affine,
  input_shape: input_shape.map(BigInt),
});

describe('LayerNorm: closed forms = brute force', () => {
  test('small inputs, normalized_shape of 1 to 3 trailing sizes, with and without affine', () => {
    const arb = fc
      .record({ lead: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }), tail: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }), affine: fc.boolean() })
      .map(({ lead, tail, affine }) => layer(tail, [...lead, ...tail], affine));
    fc.assert(
      fc.property(arb, (p) => {
        const r = estimate(p);
        if (!r.ok) throw new Error(r.error.message);
        const rows = Number(r.rows);
        const n = Number(r.row_length);
        expect(r.exact).toEqual(walkNorm(rows, n, p.elementwise_affine));
        const D = BigInt(n);
        expect(r.documented).toEqual({ total_ops: BigInt(rows) * ((p.elementwise_affine ? 7n : 5n) * D + 4n) });
        expect(r.output_shapes).toEqual([[...p.input_shape]]);
      }),
      { numRuns: 300 },
    );
  });

  test('the worked example: LayerNorm(768) on (8, 128, 768)', () => {
    const out = estimate(layer([768], [8, 128, 768]));
    if (!out.ok) throw new Error('invalid');
    const r = out as LayerNormResult;
    expect(r.rows).toBe(1024n);
    expect(r.exact.total_ops).toBe(1024n * (8n * 768n + 3n));
    expect(r.exact.macs).toBe(1024n * 768n);
    expect(r.exact.square_roots).toBe(1024n);
    expect(r.documented.total_ops).toBe(5_509_120n);
  });
});

describe('LayerNorm: PyTorch 1.13’s rules', () => {
  const torch = (p: LayerNormParams) => {
    const r = estimate(p);
    return r.ok ? null : r.error.torch;
  };
  test('the weight is created first, only with elementwise_affine', () => {
    expect(torch(layer([-3], [4, 38, 768]))).toEqual({ stage: 'construct', type: 'RuntimeError', message: 'Trying to create tensor with negative dimension -3: [-3]' });
    expect(torch(layer([-4], [2, 2, 4, 1], false))?.message).toBe('Given normalized_shape=[-4], expected input with shape [*, -4], but got input of size[2, 2, 4, 1]');
  });
  test('an empty normalized_shape, before the input’s shape', () => {
    expect(torch(layer([], [3, 4, 1]))?.message).toBe('Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = []');
  });
  test('too few dimensions and a mismatch share one message', () => {
    expect(torch(layer([4, 4], [4]))?.message).toBe('Given normalized_shape=[4, 4], expected input with shape [*, 4, 4], but got input of size[4]');
    expect(torch(layer([3], []))?.message).toBe('Given normalized_shape=[3], expected input with shape [*, 3], but got input of size[]');
  });
  test('the torch call writes one size as an integer, as PyTorch users do', () => {
    expect(definition.torchExpression(layer([768], [2, 768]))).toBe('nn.LayerNorm(768)');
    expect(definition.torchExpression({ ...layer([3, 28, 28], [2, 3, 28, 28], false), eps: 0.001 })).toBe('nn.LayerNorm((3, 28, 28), eps=0.001, elementwise_affine=False)');
  });
});

describe('LayerNorm(768) on (8, 128, 768), as executed', () => {
  test('every tool: 12,288 (torchinfo) to 5,509,120 (moduleprofiler)', () => {
    const r = Object.fromEntries(Object.entries(peers(layer([768], [8, 128, 768]))).map(([k, v]) => [k, v.count]));
    expect(r).toEqual({
      flopcountermode: 0n,
      fvcore: 3_932_160n,
      ptflops: 98_304n,
      ptflops_aten: 0n,
      thop: 3_145_728n,
      uthop: 3_145_728n,
      calflops_flops: 3_932_160n,
      calflops_macs: 0n,
      deepspeed_flops: 3_932_160n,
      deepspeed_macs: 0n,
      torchinfo: 12_288n,
      torchprofile: 786_432n,
      moduleprofiler: 5_509_120n,
    });
  });
  test('without the affine parameters', () => {
    const r = peers(layer([768], [8, 128, 768], false));
    expect(r.fvcore.count).toBe(4n * 786_432n);
    expect(r.thop.count).toBe(2n * 786_432n);
    expect(r.torchinfo.count).toBe(0n);
    expect(r.torchprofile.count).toBe(0n);
    expect(r.moduleprofiler.count).toBe(1024n * (5n * 768n + 4n));
  });
});
