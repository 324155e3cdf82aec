// The element-wise family against a brute-force walk: each element costs the kinds its module declares.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition as relu } from '../relu/index.ts';
import { definition as sigmoid } from '../sigmoid/index.ts';
import { definition as tanh } from '../tanh/index.ts';
import { definition as identity } from '../identity/index.ts';
import { definition as leakyrelu } from '../leakyrelu/index.ts';
import { definition as elu } from '../elu/index.ts';
import { definition as selu } from '../selu/index.ts';
import { definition as softplus } from '../softplus/index.ts';

/** Walks every index of the shape (a 0-d tensor has one element) and tallies one step of each kind per element. */
function walk(shape: readonly bigint[], perElement: Record<string, number>): Record<string, bigint> {
  const tally: Record<string, bigint> = Object.fromEntries(Object.keys(perElement).map((k) => [k, 0n]));
  const visit = (dim: number) => {
    if (dim === shape.length) {
      for (const [k, c] of Object.entries(perElement)) tally[k] += BigInt(c);
      return;
    }
    for (let i = 0n; i < shape[dim]; i++) visit(dim + 1);
  };
  visit(0);
  return tally;
}

const cases = [
  // The reference algorithms the pages state: max(0, x); 1 / (1 + e^(−x)); one tanh call; nothing.
  { def: relu, per: { comparisons: 1 }, documented: 1n },
  { def: sigmoid, per: { exponentials: 1, additions: 1, divisions: 1 }, documented: 3n },
  { def: tanh, per: { tanh: 1 }, documented: 7n },
  { def: identity, per: {}, documented: null },
  // select(x ≥ 0, x, a·x); select(x > 0, x, α·(e^x − 1)); λ·x or (λα)·(e^x − 1); β·x, its threshold test, log(1 + e^(βx)) / β.
  { def: leakyrelu, per: { comparisons: 1, multiplications: 1 }, documented: null },
  { def: elu, per: { comparisons: 1, exponentials: 1, additions: 1, multiplications: 1 }, documented: null },
  { def: selu, per: { comparisons: 1, exponentials: 1, additions: 1, multiplications: 2 }, documented: null },
  { def: softplus, per: { multiplications: 1, comparisons: 1, exponentials: 1, additions: 1, logarithms: 1, divisions: 1 }, documented: null },
] as const;

describe.each(cases)('$def.title', ({ def, per, documented }) => {
  test('counts by kind = a walk over every element, on shapes of rank 0 to 4', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }), (dims) => {
        const shape = dims.map(BigInt);
        const r = def.estimate({ ...def.fromValues(Object.fromEntries(def.params.map((s) => [s.name, s.initial]))), input_shape: shape } as never);
        if (!r.ok) throw new Error(r.error.message);
        const w = walk(shape, per);
        const exact = r.exact as Record<string, bigint>;
        const total = Object.values(w).reduce((a, b) => a + b, 0n);
        for (const k of Object.keys(per)) expect(exact[k], k).toBe(w[k]);
        expect(exact.total_ops).toBe(total);
        expect(r.output_shapes).toEqual([shape]);
        const doc = r.documented as { total_ops: bigint } | null;
        const elements = shape.reduce((a, d) => a * d, 1n);
        expect(doc === null ? null : doc.total_ops).toBe(documented === null ? null : documented * elements);
      }),
      { numRuns: 150 },
    );
  });
});
