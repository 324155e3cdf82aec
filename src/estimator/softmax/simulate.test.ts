// Softmax's closed forms against a brute-force walk of the stated algorithm, row by row, and
// every tool's rule against the survey's executed figures (peers-modules.md §2).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, implicitDim, type SoftmaxParams } from './index.ts';
import { peers } from './peers.ts';

/** Walks every row along d: maximum (n − 1 comparisons), n subtractions, n exponentials, n − 1 additions, n divisions. */
function walk(shape: readonly bigint[], d: number) {
  const n = shape.length === 0 ? 1 : Number(shape[d]);
  const others = shape.filter((_, i) => i !== d).reduce((a, s) => a * Number(s), 1);
  const t = { comparisons: 0n, additions: 0n, exponentials: 0n, divisions: 0n };
  for (let row = 0; row < others; row++) {
    for (let j = 1; j < n; j++) t.comparisons++; // running maximum
    for (let j = 0; j < n; j++) t.additions++; // x_j − m
    for (let j = 0; j < n; j++) t.exponentials++;
    for (let j = 1; j < n; j++) t.additions++; // the sum
    for (let j = 0; j < n; j++) t.divisions++;
  }
  return t;
}

describe('Softmax: closed forms = brute force', () => {
  test('every small input, every legal dim, and dim=None', () => {
    const layer = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }).chain((dims) =>
      fc.record({ dims: fc.constant(dims), dim: fc.option(fc.integer({ min: -Math.max(dims.length, 1), max: Math.max(dims.length, 1) - 1 }), { nil: null }) }),
    );
    fc.assert(
      fc.property(layer, ({ dims, dim }) => {
        const p: SoftmaxParams = { dim: dim === null ? null : BigInt(dim), input_shape: dims.map(BigInt) };
        const r = estimate(p);
        if (!r.ok) throw new Error(r.error.message);
        const rank = dims.length;
        const d = dim === null ? implicitDim(rank) : dim < 0 ? dim + Math.max(rank, 1) : dim;
        const w = walk(p.input_shape, d);
        const exact = r.exact as Record<string, bigint>;
        expect({ comparisons: exact.comparisons, additions: exact.additions, exponentials: exact.exponentials, divisions: exact.divisions }).toEqual(w);
        expect(exact.total_ops).toBe(w.comparisons + w.additions + w.exponentials + w.divisions);
        expect(r.effective_dim).toBe(BigInt(d));
        expect(r.warnings !== undefined).toBe(dim === null);
      }),
      { numRuns: 300 },
    );
  });

  test('PyTorch’s range for dim, a 0-d input wrapping as one dimension', () => {
    const bad = estimate({ dim: -4n, input_shape: [2n, 3n, 4n] });
    expect(!bad.ok && bad.error.torch?.message).toBe('Dimension out of range (expected to be in range of [-3, 2], but got -4)');
    const scalar = estimate({ dim: 1n, input_shape: [] });
    expect(!scalar.ok && scalar.error.torch?.message).toBe('Dimension out of range (expected to be in range of [-1, 0], but got 1)');
    expect(estimate({ dim: -1n, input_shape: [] }).ok).toBe(true);
  });
});

describe('Softmax(dim=-1) on (8, 12, 128, 128), as executed', () => {
  test('every tool', () => {
    const r = Object.fromEntries(Object.entries(peers({ dim: -1n, input_shape: [8n, 12n, 128n, 128n] })).map(([k, v]) => [k, v.count]));
    expect(r).toMatchObject({ flopcountermode: 0n, fvcore: 0n, ptflops: 1_572_864n, thop: 4_706_304n, uthop: 4_706_304n, calflops_flops: 1_572_864n, calflops_macs: 0n, torchinfo: 0n, torchprofile: 0n, moduleprofiler: 6_279_168n });
  });
  test('dim=None: thop and moduleprofiler raise, ultralytics-thop resolves it', () => {
    const r = peers({ dim: null, input_shape: [32n, 1000n] });
    expect(r.thop.count).toBeNull();
    expect(r.moduleprofiler.count).toBeNull();
    expect(r.uthop.count).toBe(32n * (3n * 1000n - 1n));
  });
});
