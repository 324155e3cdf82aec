// The cell modules beyond their golden records: the batch scaling, the documented formulas against
// the exact kinds, and the rules PyTorch's golden run did not exercise.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition as rnncell } from '../rnncell/index.ts';
import { definition as grucell } from '../grucell/index.ts';
import { definition as lstmcell } from '../lstmcell/index.ts';
import type { CellParams, CellResult } from './cellDefine.ts';
import { stepCounts } from './step.ts';

const ok = (r: ReturnType<typeof grucell.estimate>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r as unknown as CellResult;
};

describe('recurrent cells', () => {
  test('one step of the batch is N single steps; the documented total is the exact one plus 2 per sigmoid and 6 per tanh', () => {
    const layer = fc.record({ I: fc.integer({ min: 1, max: 40 }), H: fc.integer({ min: 1, max: 40 }), N: fc.integer({ min: 0, max: 9 }), bias: fc.boolean(), batched: fc.boolean() });
    fc.assert(
      fc.property(layer, ({ I, H, N, bias, batched }) => {
        const [i, h, n] = [BigInt(I), BigInt(H), BigInt(N)];
        const shape = batched ? [n, i] : [i];
        for (const [def, kind] of [[grucell, 'GRU'], [lstmcell, 'LSTM']] as const) {
          const p: CellParams = { input_size: i, hidden_size: h, bias, input_shape: shape, h0_shape: null, ...(kind === 'LSTM' ? { c0_shape: null } : {}) };
          const r = ok(def.estimate(p));
          const one = stepCounts({ kind, input_size: i, hidden_size: h, bias, proj_size: 0n });
          const N1 = batched ? n : 1n;
          expect(r.exact.total_ops).toBe(N1 * one.total_ops);
          expect(r.exact.macs).toBe(N1 * one.macs);
          expect(r.documented!.total_ops).toBe(r.exact.total_ops + 2n * r.exact.sigmoids + 6n * r.exact.tanhs);
          expect(r.dense).toEqual({ macs: r.exact.macs, total_ops: 2n * r.exact.macs });
        }
      }),
      { numRuns: 200 },
    );
  });

  test('relu trades the tanh evaluations for as many comparisons', () => {
    const base = { input_size: 128n, hidden_size: 256n, bias: true, input_shape: [8n, 128n], h0_shape: null };
    const t = ok(rnncell.estimate({ ...base, nonlinearity: 'tanh' }));
    const r = ok(rnncell.estimate({ ...base, nonlinearity: 'relu' }));
    expect([t.exact.tanhs, t.exact.comparisons, r.exact.tanhs, r.exact.comparisons]).toEqual([2048n, 0n, 0n, 2048n]);
    expect(r.exact.total_ops).toBe(t.exact.total_ops);
    expect(t.documented).toBeNull();
  });

  test('LSTMCell takes both states or neither; a 3-d state is refused', () => {
    const base = { input_size: 3n, hidden_size: 2n, bias: true, input_shape: [4n, 3n] };
    const half = lstmcell.estimate({ ...base, h0_shape: [4n, 2n], c0_shape: null });
    expect(!half.ok && half.error.rule).toBe('state_pair');
    const deep = grucell.estimate({ ...base, h0_shape: [4n, 2n, 1n] });
    expect(!deep.ok && deep.error.rule).toBe('state_rank');
    const both = ok(lstmcell.estimate({ ...base, h0_shape: [4n, 2n], c0_shape: [4n, 2n] }));
    expect(both.output_shapes).toEqual([[4n, 2n], [4n, 2n]]);
  });

  test('worked example by hand: GRUCell(80, 256), batch 8', () => {
    const r = ok(grucell.estimate({ input_size: 80n, hidden_size: 256n, bias: true, input_shape: [8n, 80n], h0_shape: null }));
    // 8 × 768 rows × (80 + 256) = 2,064,384 MACs; moduleprofiler 8·256·(480 + 1536 + 21) = 4,171,776.
    expect(r.exact.macs).toBe(2_064_384n);
    expect(r.documented!.total_ops).toBe(4_171_776n);
    expect(r.exact.total_ops).toBe(4_151_296n);
  });
});
