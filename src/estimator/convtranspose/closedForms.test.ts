// The n-d closed forms (products of the 1-d per-axis closed forms) against the brute-force
// scatter on random small layers in 2 and 3 dimensions.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coveredPerFilter } from './coveredPositions.ts';
import { outputSizes, product, seedSizes } from './outputSize.ts';
import { productsPerFilter } from './products.ts';
import { seedAdditions } from './seedAdditions.ts';
import { nested, simulateProbeNd, summarizeNd } from './simulate.ts';
import type { Axis } from './tuples.ts';

/** One axis of a layer PyTorch accepts: output_padding below stride or dilation, output size ≥ 1. */
const axis: fc.Arbitrary<Axis> = fc
  .record({
    length_in: fc.bigInt({ min: 1n, max: 5n }),
    kernel_size: fc.bigInt({ min: 1n, max: 5n }),
    stride: fc.bigInt({ min: 1n, max: 4n }),
    dilation: fc.bigInt({ min: 1n, max: 4n }),
    padding: fc.bigInt({ min: 0n, max: 6n }),
    op: fc.bigInt({ min: 0n, max: 3n }),
  })
  .map(({ op, ...a }) => ({ ...a, output_padding: op % (a.stride > a.dilation ? a.stride : a.dilation) }))
  .filter((a) => outputSizes([a])[0] >= 1n);

const layer = fc.oneof(fc.array(axis, { minLength: 2, maxLength: 2 }), fc.array(axis, { minLength: 3, maxLength: 3 }));

describe('closed forms equal the brute-force scatter', () => {
  test('M, P, the true additions and the documented probe sum, in 2-d and 3-d', () => {
    fc.assert(
      fc.property(layer, (axes) => {
        const sizes = outputSizes(axes);
        const full = summarizeNd(simulateProbeNd(axes, sizes).y);
        expect(productsPerFilter(axes, sizes)).toBe(full.M);
        expect(coveredPerFilter(axes, sizes)).toBe(full.P);
        expect(productsPerFilter(axes, sizes) - coveredPerFilter(axes, sizes)).toBe(full.additions_true);
        const seeds = seedSizes(axes);
        if (seeds.every((s) => s >= 1n)) {
          // The documented probe is a separate run, without output_padding.
          const probe = summarizeNd(simulateProbeNd(axes, seeds).y);
          expect(seedAdditions(axes)).toBe(probe.probe_sum);
          expect(probe.probe_sum).toBe(probe.M - product(seeds));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the simulator itself', () => {
  test('the DCGAN axis (3 inputs, k 4, s 2, p 1) gives y = 1 2 2 2 2 1 per axis, their outer product in 2-d', () => {
    // Targets t = 2i + k − 1: i = 0 reaches t = 0..2 (k = 1..3), i = 1 reaches 1..4, i = 2 reaches 3..5 (k = 3 lands on 6, cropped).
    const a: Axis = { length_in: 3n, kernel_size: 4n, stride: 2n, padding: 1n, output_padding: 0n, dilation: 1n };
    const y1 = [1, 2, 2, 2, 2, 1];
    expect(nested(simulateProbeNd([a], [6n]))).toEqual(y1);
    expect(nested(simulateProbeNd([a, a], [6n, 6n]))).toEqual(y1.map((u) => y1.map((v) => u * v)));
  });

  test('holes: stride 7 with 3 taps 3 apart leaves outputs no product reaches', () => {
    // One input, taps at t = 0, 3, 6: y = 1 0 0 1 0 0 1 per axis.
    const a: Axis = { length_in: 1n, kernel_size: 3n, stride: 7n, padding: 0n, output_padding: 0n, dilation: 3n };
    const s = summarizeNd(simulateProbeNd([a, a], [7n, 7n]).y);
    expect(s).toEqual({ M: 9n, P: 9n, additions_true: 0n, probe_sum: 9n - 49n });
  });

  test('refuses work beyond its limit instead of freezing', () => {
    const a: Axis = { length_in: 3000n, kernel_size: 3000n, stride: 1n, padding: 0n, output_padding: 0n, dilation: 1n };
    expect(() => simulateProbeNd([a], outputSizes([a]))).toThrow(RangeError);
  });
});
