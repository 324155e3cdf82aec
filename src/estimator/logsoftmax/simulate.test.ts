// LogSoftmax's closed forms against a brute-force walk of the max-subtracted log-sum-exp, row by
// row, Softmax's rules (imported) with LogSoftmax's own warning, and the tools' rules.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, IMPLICIT_DIM_WARNING, type LogSoftmaxParams } from './index.ts';
import { implicitDim } from '../softmax/index.ts';
import { peers } from './peers.ts';

/** Every row along d: maximum, x_j − m, exponentials, their sum, one logarithm, (x_j − m) − log s. */
function walk(shape: readonly bigint[], d: number) {
  const n = shape.length === 0 ? 1 : Number(shape[d]);
  const rows = shape.filter((_, i) => i !== d).reduce((a, s) => a * Number(s), 1);
  const t = { comparisons: 0n, additions: 0n, exponentials: 0n, logarithms: 0n };
  for (let row = 0; row < rows; row++) {
    if (n === 0) continue; // an empty row: no output, nothing to compute
    for (let j = 1; j < n; j++) t.comparisons++; // running maximum
    for (let j = 0; j < n; j++) t.additions++; // x_j − m
    for (let j = 0; j < n; j++) t.exponentials++;
    for (let j = 1; j < n; j++) t.additions++; // the sum
    t.logarithms++; // log s, once per row
    for (let j = 0; j < n; j++) t.additions++; // (x_j − m) − log s
  }
  return t;
}

describe('LogSoftmax: closed forms = brute force', () => {
  test('every small input, every legal dim, and dim=None', () => {
    const layer = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }).chain((dims) =>
      fc.record({ dims: fc.constant(dims), dim: fc.option(fc.integer({ min: -Math.max(dims.length, 1), max: Math.max(dims.length, 1) - 1 }), { nil: null }) }),
    );
    fc.assert(
      fc.property(layer, ({ dims, dim }) => {
        const p: LogSoftmaxParams = { dim: dim === null ? null : BigInt(dim), input_shape: dims.map(BigInt) };
        const r = estimate(p);
        if (!r.ok) throw new Error(r.error.message);
        const rank = dims.length;
        const d = dim === null ? implicitDim(rank) : dim < 0 ? dim + Math.max(rank, 1) : dim;
        const w = walk(p.input_shape, d);
        const exact = r.exact as Record<string, bigint>;
        expect({ comparisons: exact.comparisons, additions: exact.additions, exponentials: exact.exponentials, logarithms: exact.logarithms }).toEqual(w);
        expect(exact.total_ops).toBe(w.comparisons + w.additions + w.exponentials + w.logarithms);
        expect(r.effective_dim).toBe(BigInt(d));
        expect(r.documented).toBeNull();
        expect(r.warnings?.map((x) => x.torch?.message)).toEqual(dim === null ? [IMPLICIT_DIM_WARNING] : undefined);
        // ultralytics-thop: 3n per row, 3 per element.
        expect(peers(p).uthop.count).toBe(3n * p.input_shape.reduce((a, s) => a * s, 1n));
      }),
      { numRuns: 300 },
    );
  });

  test('Softmax’s range for dim, a 0-d input wrapping as one dimension', () => {
    const bad = estimate({ dim: -4n, input_shape: [2n, 3n, 4n] });
    expect(!bad.ok && bad.error.torch).toMatchObject({ stage: 'forward', type: 'IndexError', message: 'Dimension out of range (expected to be in range of [-3, 2], but got -4)' });
    const scalar = estimate({ dim: 1n, input_shape: [] });
    expect(!scalar.ok && scalar.error.torch?.message).toBe('Dimension out of range (expected to be in range of [-1, 0], but got 1)');
    expect(estimate({ dim: -1n, input_shape: [] }).ok).toBe(true);
    expect(IMPLICIT_DIM_WARNING).toBe('Implicit dimension choice for log_softmax has been deprecated. Change the call to include dim=X as an argument.');
  });
});
