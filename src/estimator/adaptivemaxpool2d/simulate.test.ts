// The closed forms of this module against a brute-force walk of PyTorch's windows (adaptivepool/simulate.ts);
// the family's own tests (adaptivepool/adaptivepool.test.ts) cover the window sums, the indices and the peers.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { estimateRaw } from '../core/define.ts';
import { walkCounts } from '../adaptivepool/simulate.ts';
import { definition } from './index.ts';

const entry = fc.option(fc.integer({ min: 0, max: 12 }), { nil: null });

test('exact counts = a walk over every window of every plane, output_size an int or a pair with None', () => {
  fc.assert(
    fc.property(fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.oneof(fc.integer({ min: 0, max: 12 }), fc.tuple(entry, entry)), (N, C, H, W, os) => {
      const text = typeof os === 'number' ? String(os) : `(${os.map((x) => (x === null ? 'None' : x)).join(',')})`;
      const r = estimateRaw(definition, { batch: N === null ? '' : String(N), channels: String(C), height_in: String(H), width_in: String(W), output_size: text }, 'error');
      if (!r.ok) throw new Error(r.error.message);
      const [OH, OW] = typeof os === 'number' ? [os, os] : [os[0] ?? H, os[1] ?? W];
      const w = walkCounts('max', (N ?? 1) * C, [[H, OH], [W, OW]]);
      const exact = r.exact as Record<string, bigint>;
      expect(exact.total_ops).toBe(w.comparisons + w.additions + w.divisions);
      expect(exact.comparisons).toBe(w.comparisons);
    }),
    { numRuns: 200 },
  );
});
