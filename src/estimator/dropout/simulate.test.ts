// Dropout against a direct implementation of PyTorch 1.13's CPU path (ATen's _dropout_impl), run on
// small random layers with a tally of every arithmetic step, and PyTorch's rule for p in its words.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition as dropout, pyFloat, type DropoutParams } from './index.ts';

type Tally = { random_draws: bigint; divisions: bigint; multiplications: bigint };

/** The reference algorithm, element by element: returns the output values and the tally. */
function simulate(p: number, training: boolean, values: number[], random: () => number): { out: number[]; tally: Tally } {
  const tally: Tally = { random_draws: 0n, divisions: 0n, multiplications: 0n };
  if (p === 0 || !training || values.length === 0) return { out: values, tally };
  if (p === 1) {
    const out = values.map((x) => {
      tally.multiplications++;
      return x * 0;
    });
    return { out, tally };
  }
  const q = 1 - p; // a host-side scalar, computed once
  const noise = values.map(() => {
    tally.random_draws++;
    return random() < q ? 1 : 0;
  });
  const scaled = noise.map((m) => {
    tally.divisions++;
    return m / q;
  });
  const out = values.map((x, i) => {
    tally.multiplications++;
    return x * scaled[i];
  });
  return { out, tally };
}

const base: DropoutParams = { p: 0.5, inplace: false, training: true, input_shape: [2n, 3n] };

describe('Dropout', () => {
  test('the closed forms = a direct implementation on random small layers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
        fc.constantFrom(0, 0.1, 0.25, 0.5, 0.9, 1),
        fc.boolean(),
        fc.boolean(),
        (dims, p, training, inplace) => {
          const shape = dims.map(BigInt);
          const n = dims.reduce((a, d) => a * d, 1);
          const r = dropout.estimate({ p, training, inplace, input_shape: shape });
          if (!r.ok) throw new Error(r.error.message);
          const { out, tally } = simulate(p, training, Array.from({ length: n }, (_, i) => i + 1), Math.random);
          const exact = r.exact as Record<string, bigint>;
          expect(exact.random_draws).toBe(tally.random_draws);
          expect(exact.divisions).toBe(tally.divisions);
          expect(exact.multiplications).toBe(tally.multiplications);
          expect(exact.total_ops).toBe(tally.random_draws + tally.divisions + tally.multiplications);
          expect(r.output_shapes).toEqual([shape]);
          expect(out.length).toBe(n);
          if (training && p > 0 && p < 1) for (const [i, y] of out.entries()) expect(y === 0 || Math.abs(y - (i + 1) / (1 - p)) < 1e-9).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('p outside [0, 1] is refused at construction, in PyTorch’s words', () => {
    for (const [p, text] of [
      [1.5, '1.5'],
      [-0.1, '-0.1'],
      [2, '2.0'],
      [1.0000001, '1.0000001'],
      [-1e-5, '-1e-05'],
      [1e20, '1e+20'],
    ] as const) {
      const r = dropout.estimate({ ...base, p });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.torch).toEqual({ stage: 'construct', type: 'ValueError', message: `dropout probability has to be between 0 and 1, but got ${text}` });
    }
    expect(pyFloat(0.5)).toBe('0.5');
    expect(pyFloat(1e-7)).toBe('1e-07');
    expect(dropout.estimate({ ...base, p: 0 }).ok).toBe(true);
    expect(dropout.estimate({ ...base, p: 1 }).ok).toBe(true);
  });

  test('the mode and the special cases', () => {
    const t = (p: Partial<DropoutParams>) => {
      const r = dropout.estimate({ ...base, input_shape: [8n, 64n, 32n, 32n], ...p });
      return r.ok ? (r.exact as Record<string, bigint>).total_ops : null;
    };
    expect(t({})).toBe(3n * 524288n);
    expect(t({ training: false })).toBe(0n);
    expect(t({ p: 0 })).toBe(0n);
    expect(t({ p: 1 })).toBe(524288n);
    expect(dropout.torchExpression({ ...base, p: 0.1 })).toBe('nn.Dropout(p=0.1)');
    expect(dropout.torchExpression({ ...base, training: false, inplace: true })).toBe('nn.Dropout(inplace=True).eval()');
  });
});
