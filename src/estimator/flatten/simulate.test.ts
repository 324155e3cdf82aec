// Flatten against a brute-force reshape: walk every element of the input in row-major order, give it
// its output index, and check that the output shape holds exactly those positions; and PyTorch's rules.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition as flatten, type FlattenParams } from './index.ts';

/** The output shape found by brute force: merge dims s..e by walking every index (rank 0: one element). */
function bruteShape(shape: number[], s: number, e: number): number[] | null {
  if (shape.length === 0) return [1];
  const merged = shape.slice(s, e + 1);
  let count = 0;
  const walk = (k: number) => {
    if (k === merged.length) {
      count++;
      return;
    }
    for (let i = 0; i < merged[k]; i++) walk(k + 1);
  };
  walk(0);
  return [...shape.slice(0, s), count, ...shape.slice(e + 1)];
}

describe('Flatten', () => {
  test('output shape = a brute-force merge, zero operations, for every valid pair of dims', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }), fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 }), (dims, s, e) => {
        const p: FlattenParams = { start_dim: BigInt(s), end_dim: BigInt(e), input_shape: dims.map(BigInt) };
        const r = flatten.estimate(p);
        const R = Math.max(dims.length, 1);
        const inRange = (d: number) => d >= -R && d <= R - 1;
        const ws = s < 0 ? s + R : s;
        const we = e < 0 ? e + R : e;
        if (!inRange(s) || !inRange(e) || ws > we) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.torch?.type).toBe(!inRange(s) || !inRange(e) ? 'IndexError' : 'RuntimeError');
          return;
        }
        if (!r.ok) throw new Error(r.error.message);
        expect(r.output_shapes).toEqual([bruteShape(dims, ws, we)!.map(BigInt)]);
        expect((r.exact as Record<string, bigint>).total_ops).toBe(0n);
        const n = dims.reduce((a, d) => a * d, 1);
        expect((r.output_shapes[0] as bigint[]).reduce((a, d) => a * d, 1n)).toBe(BigInt(n));
      }),
      { numRuns: 300 },
    );
  });

  test('PyTorch’s words: start_dim checked first, then end_dim, then their order', () => {
    const err = (s: bigint, e: bigint, x: bigint[]) => {
      const r = flatten.estimate({ start_dim: s, end_dim: e, input_shape: x });
      return r.ok ? null : r.error.torch?.message;
    };
    expect(err(5n, 9n, [2n, 3n])).toBe('Dimension out of range (expected to be in range of [-2, 1], but got 5)');
    expect(err(0n, 9n, [2n, 3n])).toBe('Dimension out of range (expected to be in range of [-2, 1], but got 9)');
    expect(err(1n, -1n, [])).toBe('Dimension out of range (expected to be in range of [-1, 0], but got 1)');
    expect(err(-1n, 0n, [2n, 3n])).toBe('flatten() has invalid args: start_dim cannot come after end_dim');
    expect(flatten.torchExpression({ start_dim: 1n, end_dim: -1n, input_shape: [2n] })).toBe('nn.Flatten()');
    expect(flatten.torchExpression({ start_dim: 0n, end_dim: 2n, input_shape: [2n] })).toBe('nn.Flatten(start_dim=0, end_dim=2)');
  });
});
