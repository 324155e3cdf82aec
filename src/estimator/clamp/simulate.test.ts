// Hardtanh and ReLU6 against a brute-force clamp: every element of the input goes through
// max(x, min_val) then min(·, max_val), each a counted comparison, as PyTorch's clamp kernel does.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition as hardtanh } from '../hardtanh/index.ts';
import { definition as relu6 } from '../relu6/index.ts';

/** Walks every index of the shape (a 0-d tensor has one element), clamping a value and counting comparisons. */
function simulate(shape: readonly bigint[], lo: number, hi: number): { comparisons: bigint; elements: bigint } {
  let comparisons = 0n;
  let elements = 0n;
  const max = (a: number, b: number) => (comparisons++, a < b ? b : a);
  const min = (a: number, b: number) => (comparisons++, a > b ? b : a);
  const visit = (dim: number) => {
    if (dim === shape.length) {
      const x = (Number(elements) % 17) - 8; // values on both sides of both bounds
      const y = min(max(x, lo), hi);
      expect(y >= lo && y <= hi).toBe(true);
      elements++;
      return;
    }
    for (let i = 0n; i < shape[dim]; i++) visit(dim + 1);
  };
  visit(0);
  return { comparisons, elements };
}

const shapes = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }).map((d) => d.map(BigInt));

describe('Hardtanh', () => {
  test('comparisons = a brute-force clamp of every element, for any bounds with min_val < max_val', () => {
    fc.assert(
      fc.property(shapes, fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 1e-3, max: 10, noNaN: true }), fc.boolean(), (shape, lo, width, inplace) => {
        const hi = lo + width;
        const r = hardtanh.estimate({ min_val: lo, max_val: hi, inplace, input_shape: shape });
        if (!r.ok) throw new Error(r.error.message);
        const s = simulate(shape, lo, hi);
        const exact = r.exact as Record<string, bigint>;
        expect(exact.comparisons).toBe(s.comparisons);
        expect(exact.total_ops).toBe(s.comparisons);
        expect(exact.per_element).toBe(2n);
        expect(r.elements).toBe(s.elements);
        expect(r.output_shapes).toEqual([shape]);
        expect(r.documented).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  test('max_val ≤ min_val is refused as PyTorch’s constructor refuses it, before the input is looked at', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (hi, gap) => {
        const r = hardtanh.estimate({ min_val: hi + gap, max_val: hi, inplace: false, input_shape: [-1n] });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.error.rule).toBe('max_not_above_min');
        expect(r.error.torch).toEqual({ stage: 'construct', type: 'AssertionError', message: '' });
      }),
      { numRuns: 50 },
    );
  });
});

describe('ReLU6', () => {
  test('counts = a brute-force clamp to [0, 6] = Hardtanh(0, 6)', () => {
    fc.assert(
      fc.property(shapes, fc.boolean(), (shape, inplace) => {
        const r = relu6.estimate({ inplace, input_shape: shape });
        const h = hardtanh.estimate({ min_val: 0, max_val: 6, inplace, input_shape: shape });
        if (!r.ok || !h.ok) throw new Error('refused');
        expect((r.exact as Record<string, bigint>).comparisons).toBe(simulate(shape, 0, 6).comparisons);
        expect(r.exact).toEqual(h.exact);
        expect(r.documented).toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});
