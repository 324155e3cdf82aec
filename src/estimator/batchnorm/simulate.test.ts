// BatchNorm1d/2d: the closed forms against a brute-force walk of the stated algorithm, channel by
// channel and value by value; PyTorch's measured mode flags from the golden records; and every
// tool's rule against the survey's executed figures (peers-modules.md §2).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { definition as bn1d } from '../batchnorm1d/index.ts';
import { definition as bn2d } from '../batchnorm2d/index.ts';
import { batchnormPeers } from '../peers/batchnorm.ts';
import type { BatchNormParams } from './define.ts';

type Tally = { additions: bigint; multiplications: bigint; divisions: bigint; square_roots: bigint };

/** Walks the reference algorithm the pages state, one operation at a time. */
function walk(p: BatchNormParams): Tally {
  const x = p.input_shape.map(Number);
  const X = x.reduce((a, s) => a * s, 1);
  const C = x[1];
  const n = C === 0 ? 0 : X / C;
  const t: Tally = { additions: 0n, multiplications: 0n, divisions: 0n, square_roots: 0n };
  const batch = p.training || !p.track_running_stats;
  const update = p.training && p.track_running_stats;
  if (update) {
    t.additions++; // num_batches_tracked += 1
    if (p.momentum === null) t.divisions++; // w = 1 / num_batches_tracked
  }
  if (X === 0) return t; // PyTorch returns at once on an empty input
  if (update) {
    t.additions++; // 1 − w
    t.additions++; // n − 1
    t.divisions++; // n / (n − 1)
  }
  for (let c = 0; c < C; c++) {
    if (batch) {
      for (let i = 1; i < n; i++) t.additions++; // Σ x
      t.divisions++; // μ = Σ x / n
      for (let i = 0; i < n; i++) {
        t.additions++; // x − μ
        t.multiplications++; // (x − μ)²
      }
      for (let i = 1; i < n; i++) t.additions++; // Σ (x − μ)²
      t.divisions++; // σ² = … / n
      t.additions++; // σ² + ε
      t.square_roots++;
      t.divisions++; // r = 1 / √
      for (let i = 0; i < n; i++) {
        t.additions++; // x − μ
        t.multiplications++; // · r
        if (p.affine) {
          t.multiplications++; // · γ
          t.additions++; // + β
        }
      }
      if (update) {
        t.multiplications++; // σ² · n/(n − 1)
        t.multiplications += 2n; // (1 − w)·μ̂, w·μ
        t.additions++;
        t.multiplications += 2n; // (1 − w)·σ̂², w·σ²_u
        t.additions++;
      }
    } else {
      t.additions++; // σ̂² + ε
      t.square_roots++;
      t.divisions++; // γ / √ (1 / √ without affine)
      if (p.affine) {
        t.multiplications++; // μ̂ · s
        t.additions++; // β − μ̂ s
      }
      for (let i = 0; i < n; i++) {
        t.multiplications++; // x · s (or (x − μ̂) · s)
        t.additions++; // + t (or x − μ̂)
      }
    }
  }
  return t;
}

const layer = (ranks: number[]) =>
  fc
    .record({
      rank: fc.constantFrom(...ranks),
      dims: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
      momentum: fc.option(fc.constantFrom(0, 0.01, 0.1, 1), { nil: null }),
      affine: fc.boolean(),
      track_running_stats: fc.boolean(),
      training: fc.boolean(),
    })
    .map(({ rank, dims, ...rest }): BatchNormParams => {
      const shape = dims.slice(0, rank).map(BigInt);
      return { num_features: shape[1], eps: 1e-5, input_shape: shape, ...rest };
    });

describe.each([
  ['BatchNorm1d', bn1d, [2, 3]],
  ['BatchNorm2d', bn2d, [4]],
] as const)('%s: closed forms = brute force', (_name, def, ranks) => {
  test('every small layer, both modes, with and without affine and running statistics', () => {
    let checked = 0;
    fc.assert(
      fc.property(layer([...ranks]), (p) => {
        const r = def.estimate(p);
        if (!r.ok) {
          // Only PyTorch's one-value rule and, with C = 0 and affine, weight[0] refuse these layers.
          expect(['one_value_per_channel', 'empty_weight']).toContain(r.error.rule);
          return;
        }
        checked++;
        const w = walk(p);
        const exact = r.exact as Record<string, bigint>;
        expect({ additions: exact.additions, multiplications: exact.multiplications, divisions: exact.divisions, square_roots: exact.square_roots }).toEqual(w);
        expect(exact.total_ops).toBe(w.additions + w.multiplications + w.divisions + w.square_roots);
        expect(r.uses_batch_stats).toBe(p.training || !p.track_running_stats);
        expect(r.updates_running_stats).toBe(p.training && p.track_running_stats);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});

const golden = (id: string) =>
  (JSON.parse(readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/golden/${id}.json`, import.meta.url)), 'utf8')) as { records: Record<string, unknown>[] }).records;

describe.each([
  ['batchnorm1d', bn1d],
  ['batchnorm2d', bn2d],
] as const)('%s: PyTorch’s measured mode', (id, def) => {
  test('uses_batch_stats and updates_running_stats match every record that measured them', () => {
    let measured = 0;
    for (const rec of golden(id)) {
      if (rec.torch_error || rec.uses_batch_stats === null) continue;
      const raw = rec.params as Record<string, unknown>;
      const p = { ...raw, num_features: BigInt(raw.num_features as number), input_shape: (raw.input_shape as number[]).map(BigInt) } as unknown as BatchNormParams;
      const r = def.estimate(p);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.uses_batch_stats).toBe(rec.uses_batch_stats);
      expect(r.updates_running_stats).toBe(rec.updates_running_stats);
      measured++;
    }
    expect(measured).toBeGreaterThan(100);
  });
});

describe('rules PyTorch 1.13 enforces beyond the golden records', () => {
  const base: BatchNormParams = { num_features: 4n, eps: 1e-5, momentum: 0.1, affine: true, track_running_stats: true, training: true, input_shape: [2n, 4n, 3n] };
  test('without affine and running statistics num_features is never read, negative included', () => {
    const r = bn1d.estimate({ ...base, num_features: -3n, affine: false, track_running_stats: false });
    expect(r.ok).toBe(true);
    expect(r.ok && batchnormPeers({ ...base, num_features: -3n, affine: false, track_running_stats: false }).moduleprofiler.count).toBe(-3n * (5n * 6n + 4n));
  });
  test('an empty input skips the channel checks; a zero-length weight fails on weight[0]', () => {
    expect(bn2d.estimate({ ...base, num_features: 5n, input_shape: [0n, 3n, 2n, 2n] }).ok).toBe(true);
    expect(bn2d.estimate({ ...base, num_features: 0n, affine: false, input_shape: [2n, 0n, 2n, 2n] }).ok).toBe(true);
    const bad = bn2d.estimate({ ...base, num_features: 0n, input_shape: [2n, 0n, 2n, 2n] });
    expect(!bad.ok && bad.error.torch?.type).toBe('IndexError');
  });
  test('the one-value rule comes before the empty-input return and in evaluation without running statistics', () => {
    const r = bn1d.estimate({ ...base, num_features: 0n, affine: false, input_shape: [1n, 0n] });
    expect(!r.ok && r.error.torch?.message).toBe('Expected more than 1 value per channel when training, got input size torch.Size([1, 0])');
    expect(bn1d.estimate({ ...base, training: false, input_shape: [1n, 4n] }).ok).toBe(true);
    expect(bn1d.estimate({ ...base, training: false, track_running_stats: false, input_shape: [1n, 4n] }).ok).toBe(false);
  });
  test('the torch call names the mode', () => {
    expect(bn2d.torchExpression({ ...base, num_features: 64n, training: false, input_shape: [8n, 64n, 56n, 56n] })).toBe('nn.BatchNorm2d(64).eval()');
    expect(bn1d.torchExpression({ ...base, momentum: null, affine: false })).toBe('nn.BatchNorm1d(4, momentum=None, affine=False)');
  });
});

describe('the survey’s executed figures (peers-modules.md §2)', () => {
  const p = (training: boolean, shape: bigint[], c: bigint): BatchNormParams => ({ num_features: c, eps: 1e-5, momentum: 0.1, affine: true, track_running_stats: true, training, input_shape: shape });
  const counts = (q: BatchNormParams) => Object.fromEntries(Object.entries(batchnormPeers(q)).map(([k, v]) => [k, v.count]));
  test('BatchNorm2d(64) on (8, 64, 56, 56), eval and train', () => {
    const common = { flopcountermode: 0n, ptflops: 401_408n, ptflops_aten: 0n, thop: 6_422_528n, uthop: 6_422_528n, calflops_flops: 3_211_264n, calflops_macs: 0n, torchinfo: 1_024n, torchprofile: 1_605_632n, moduleprofiler: 11_239_680n };
    expect(counts(p(false, [8n, 64n, 56n, 56n], 64n))).toMatchObject({ ...common, fvcore: 3_211_264n });
    expect(counts(p(true, [8n, 64n, 56n, 56n], 64n))).toMatchObject({ ...common, fvcore: 8_028_160n });
  });
  test('BatchNorm1d(128) on (32, 128, 100), eval', () => {
    expect(counts(p(false, [32n, 128n, 100n], 128n))).toMatchObject({ flopcountermode: 0n, fvcore: 819_200n, ptflops: 25_600n, thop: 1_638_400n, uthop: 1_638_400n, calflops_flops: 819_200n, torchinfo: 8_192n, torchprofile: 409_600n, moduleprofiler: 2_867_712n });
  });
  test('BatchNorm2d(track_running_stats=False) in eval: fvcore and calflops count 5X', () => {
    const q = { ...p(false, [8n, 64n, 56n, 56n], 64n), track_running_stats: false };
    expect(counts(q)).toMatchObject({ fvcore: 5n * 1_605_632n, calflops_flops: 5n * 1_605_632n, thop: 6_422_528n });
  });
});
