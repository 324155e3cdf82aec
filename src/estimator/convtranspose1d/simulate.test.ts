// The streaming probe (streamProbe) against the array-based brute force (simulateProbe +
// summarize) on random small layers, with windows small enough that products straddle them.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { smallLayer } from '../../../tests/unit/arbitraries.ts';
import { outputLength, probeLength } from './outputLength.ts';
import { simulateProbe, STREAM_LIMIT, streamProbe, streamProbeAll, streamRefusal, summarize } from './simulate.ts';
import type { Scatter } from './productsInWindow.ts';

/** Any scatter, valid layer or not: the simulators take an arbitrary output length too. */
const scatter: fc.Arbitrary<Scatter> = fc.record({
  length_in: fc.bigInt({ min: 1n, max: 40n }),
  kernel_size: fc.bigInt({ min: 1n, max: 40n }),
  stride: fc.bigInt({ min: 1n, max: 12n }),
  dilation: fc.bigInt({ min: 1n, max: 12n }),
  padding: fc.bigInt({ min: 0n, max: 60n }),
});

const RUNS = { numRuns: 2_000 };

/** What the array-based brute force gives for the same question. */
function arrayTally(p: Scatter, length: bigint, probeLen: bigint) {
  const y = simulateProbe(p, length);
  const all = summarize(y);
  const probe = summarize(y.slice(0, Math.max(0, Math.min(y.length, Number(probeLen)))));
  return { M: all.M, P: all.P, additions_true: all.additions_true, probe_sum: probe.probe_sum };
}

describe('streamProbe equals simulateProbe + summarize', () => {
  test('on random scatters, output lengths, probe lengths and windows', () => {
    fc.assert(
      fc.property(
        scatter,
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: -3, max: 700 }),
        fc.integer({ min: 1, max: 80 }),
        (p, length, probeLen, window) => {
          const L = BigInt(length), probe = BigInt(probeLen);
          expect(streamProbeAll(p, L, probe, window)).toEqual(arrayTally(p, L, probe));
        },
      ),
      RUNS,
    );
  });

  test('on random valid layers, over L_out with the documented probe over L_out − o', () => {
    const layer = smallLayer({ length: 40, kernel: 12, stride: 9, dilation: 9, groups: 2, multiple: 2, batch: 2, padding: 30 });
    fc.assert(
      fc.property(layer, fc.integer({ min: 1, max: 50 }), (p, window) => {
        const L = outputLength(p);
        expect(streamProbeAll(p, L, probeLength(p), window)).toEqual(arrayTally(p, L, probeLength(p)));
        // The default window (one window for these lengths) too.
        expect(streamProbeAll(p, L, probeLength(p))).toEqual(arrayTally(p, L, probeLength(p)));
      }),
      RUNS,
    );
  });

  test('yields the positions done after each window, ending at the length', () => {
    const p: Scatter = { length_in: 10n, kernel_size: 3n, stride: 2n, dilation: 1n, padding: 0n };
    const run = streamProbe(p, 21n, 21n, 8);
    const done: number[] = [];
    for (let step = run.next(); !step.done; step = run.next()) done.push(step.value);
    expect(done).toEqual([8, 16, 21]);
  });
});

describe('streamRefusal', () => {
  const base: Scatter = { length_in: 1n, kernel_size: 1n, stride: 1n, dilation: 1n, padding: 0n };
  test('takes up to STREAM_LIMIT products and positions, and refuses one more', () => {
    expect(streamRefusal({ ...base, length_in: STREAM_LIMIT }, STREAM_LIMIT)).toBeNull();
    expect(streamRefusal({ ...base, length_in: STREAM_LIMIT / 4n, kernel_size: 4n }, 10n)).toBeNull();
    expect(streamRefusal({ ...base, length_in: STREAM_LIMIT + 1n }, 10n)).toBe('products');
    expect(streamRefusal({ ...base, length_in: 2n, kernel_size: STREAM_LIMIT / 2n + 1n }, 10n)).toBe('products');
    expect(streamRefusal(base, STREAM_LIMIT + 1n)).toBe('positions');
  });

  test('refuses targets past 2^53, which numbers would round', () => {
    expect(streamRefusal({ ...base, length_in: 3n, stride: 2n ** 52n }, 10n)).toBe('range');
    expect(streamRefusal({ ...base, padding: 2n ** 53n }, 10n)).toBe('range');
    expect(() => streamProbeAll({ ...base, padding: 2n ** 53n }, 10n, 10n)).toThrow(RangeError);
  });

  test('a long output with few products runs in bounded memory (windows of the default size)', () => {
    // 5·10^7 positions, 2 products: y has 2 ones; the probe over all of it sums 2 − 5·10^7.
    const p: Scatter = { ...base, length_in: 2n, stride: 49_999_999n };
    const L = 50_000_000n;
    expect(streamProbeAll(p, L, L)).toEqual({ M: 2n, P: 2n, additions_true: 0n, probe_sum: 2n - L });
  });
});
