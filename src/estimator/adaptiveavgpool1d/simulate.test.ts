// The closed forms of this module against a brute-force walk of PyTorch's windows (adaptivepool/simulate.ts);
// the family's own tests (adaptivepool/adaptivepool.test.ts) cover the window sums, the indices and the peers.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { estimateRaw } from '../core/define.ts';
import { walkCounts } from '../adaptivepool/simulate.ts';
import { definition } from './index.ts';

test('exact counts = a walk over every window of every plane', () => {
  fc.assert(
    fc.property(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 0, max: 20 }), (N, C, L, O) => {
      const r = estimateRaw(definition, { batch: N === null ? '' : String(N), channels: String(C), length_in: String(L), output_size: String(O) }, 'error');
      if (!r.ok) throw new Error(r.error.message);
      const w = walkCounts('avg', (N ?? 1) * C, [[L, O]]);
      const exact = r.exact as Record<string, bigint>;
      expect(exact.total_ops).toBe(w.comparisons + w.additions + w.divisions);
      expect(exact.additions).toBe(w.additions);
    }),
    { numRuns: 200 },
  );
});
