// The panel's live numbers (computed from counting.ts alone) against the full registry, and
// the invalid case.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { exactInUnit, flagApplies, peers, ratioText } from '../../estimator/convtranspose1d/peers/index.ts';
import { smallLayer } from '../../../tests/unit/arbitraries.ts';
import { EXACT_NAMES, noteKind, peersView } from './view.ts';

const layers = smallLayer({ length: 40, kernel: 6, stride: 5, dilation: 4, groups: 4, multiple: 3, batch: 4, padding: 6 });

describe('peersView', () => {
  test('every row agrees with the registry: count, ratio, exact in unit, bug mark', () => {
    fc.assert(
      fc.property(layers, (p) => {
        const e = ct1d.estimate(p);
        if (!e.ok) throw new Error(e.error.message);
        const v = peersView(e);
        if (!v.ok) throw new Error('expected a view');
        expect(v.rows.map((r) => r.id)).toEqual(peers.map((r) => r.id));
        for (const [j, row] of peers.entries()) {
          const shown = v.rows[j];
          const count = row.count(p);
          const exact = exactInUnit(row, e);
          expect(shown.count).toBe(count);
          expect(shown.exact?.value).toBe(exact?.value);
          expect(shown.ratio).toBe(count !== null && exact ? ratioText(count, exact.value) : '—');
          expect(shown.bug).toBe(row.flags.some((f) => f.kind === 'bug' && flagApplies(f, p)));
          for (const f of row.flags) expect(v.affected.has(f.id)).toBe(flagApplies(f, p));
        }
        expect(v.exact.total).toBe(e.exact.total_ops);
        expect(v.exact['views-gap']).toBe(v.exact['output-length'] - p.stride * v.exact['input-length']);
        expect(Object.keys(v.exact)).toEqual([...EXACT_NAMES]);
      }),
      { numRuns: 300 },
    );
  });

  test('the seed layer: batch note, unbatched flag, stride', () => {
    const e = ct1d.estimate(ct1d.withDefaults({ batch: null, in_channels: 2n, out_channels: 2n, length_in: 5n, kernel_size: 3n, stride: 3n }));
    const v = peersView(e);
    if (!v.ok) throw new Error('expected a view');
    expect(v.unbatched).toBe(true);
    expect(v.batchNote).toBe('');
    expect(v.stride).toBe('3');
    expect(v.layer).toContain('ConvTranspose1d(2, 2');
    // moduleprofiler takes N = C_in for an unbatched input: a bug that applies here.
    expect(v.rows.find((r) => r.id === 'moduleprofiler')!.bug).toBe(true);
    const batched = peersView(ct1d.estimate(ct1d.withDefaults({ batch: 12_000n, in_channels: 2n, out_channels: 2n, length_in: 5n, kernel_size: 3n })));
    expect(batched.ok && batched.batchNote).toBe(' (batch of 12,000)');
  });

  test('an invalid layer gives its message and no numbers', () => {
    const v = peersView(ct1d.estimateRaw({ in_channels: '16', out_channels: '32', length_in: '100', kernel_size: '5', groups: '3' }, 'initial'));
    expect(v.ok).toBe(false);
    expect(!v.ok && v.message).toMatch(/divisible by groups/);
    expect(v).not.toHaveProperty('rows');
  });

  test('footnote kinds', () => {
    expect(noteKind('bug', true)).toBe('⚠ Bug, affects this layer: ');
    expect(noteKind('bug', false)).toBe('Bug: ');
    expect(noteKind('note', true)).toBe('Note: ');
  });
});
