// The closed forms of Linear against a brute-force walk of the stated algorithm on small layers:
// for each row and output, accumulate the products one by one, then add the bias.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, type LinearParams } from './index.ts';

/** Walks y[r, o] = Σ_k x[r, k]·w[o, k] (+ b[o]), counting each multiplication and addition performed. */
function walk(p: LinearParams): { multiplications: bigint; additions: bigint } {
  const rows = p.input_shape.slice(0, -1).reduce((a, d) => a * Number(d), 1);
  let multiplications = 0n;
  let additions = 0n;
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < Number(p.out_features); o++) {
      let terms = 0;
      for (let k = 0; k < Number(p.in_features); k++) {
        multiplications++;
        if (terms++ > 0) additions++;
      }
      if (p.bias && terms++ > 0) additions++;
    }
  }
  return { multiplications, additions };
}

describe('Linear: closed forms = brute force', () => {
  test('every small layer, any rank', () => {
    const layer = fc.record({
      in_features: fc.integer({ min: 0, max: 6 }),
      out_features: fc.integer({ min: 0, max: 5 }),
      bias: fc.boolean(),
      lead: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(layer, ({ in_features, out_features, bias, lead }) => {
        const p: LinearParams = { in_features: BigInt(in_features), out_features: BigInt(out_features), bias, input_shape: [...lead.map(BigInt), BigInt(in_features)] };
        const r = estimate(p);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const w = walk(p);
        const exact = r.exact as { multiplications: bigint; additions: bigint; macs: bigint; total_ops: bigint };
        expect(exact.multiplications).toBe(w.multiplications);
        expect(exact.additions).toBe(w.additions);
        expect(exact.macs).toBe(w.multiplications);
        expect(exact.total_ops).toBe(w.multiplications + w.additions);
        expect(r.output_shapes).toEqual([[...lead.map(BigInt), BigInt(out_features)]]);
      }),
      { numRuns: 300 },
    );
  });

  test('the worked example by hand: BERT-base up-projection on (8, 128, 768)', () => {
    const r = estimate({ in_features: 768n, out_features: 3072n, bias: true, input_shape: [8n, 128n, 768n] });
    if (!r.ok) throw new Error('valid');
    // 1,024 rows × 3,072 outputs × 768 products = 2,415,919,104; as many additions with the bias.
    expect(r.exact).toEqual({ multiplications: 2_415_919_104n, additions: 2_415_919_104n, macs: 2_415_919_104n, total_ops: 4_831_838_208n });
    expect(r.documented).toEqual({ total_ops: 4_831_838_208n });
  });
});
