// Property tests: the closed forms against brute force on random small layers, and
// robustness / bounds / speed on arbitrary int64 inputs.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  additionsPerFilter,
  coveredPositions,
  estimate,
  outputLength,
  probeLength,
  productsAt,
  productsInWindow,
  simulateProbe,
  summarize,
  totalOpsExpanded,
  usefulProducts,
  validate,
  type ConvTranspose1dParams,
} from '../../src/estimator/convtranspose1d/index.ts';
import { smallLayer as smallLayerOf } from './arbitraries.ts';

type P = ConvTranspose1dParams;

/** Every product's target t = i·stride + k·dilation − padding, without any cropping. */
function targets(p: P): number[] {
  const out: number[] = [];
  const [L, K, s, d, pad] = [p.length_in, p.kernel_size, p.stride, p.dilation, p.padding].map(Number);
  for (let i = 0; i < L; i++) for (let k = 0; k < K; k++) out.push(i * s + k * d - pad);
  return out;
}

/**
 * Random valid small layers: L_in 1..40, K 1..12, stride 1..9, dilation 1..9,
 * output_padding below max(stride, dilation), padding 0..30 as far as the output stays ≥ 1.
 */
const smallLayer: fc.Arbitrary<P> = smallLayerOf({ length: 40, kernel: 12, stride: 9, dilation: 9, groups: 3, multiple: 3, batch: 4, padding: 30 });

const RUNS = { numRuns: 10_000 };

describe('closed forms equal the brute force on random small layers', () => {
  test('the generator only makes layers PyTorch accepts, and some with no valid probe', () => {
    const sample = fc.sample(smallLayer, { numRuns: 3000, seed: 1 });
    for (const p of sample) expect(validate(p), JSON.stringify(p, (_k, v) => (typeof v === 'bigint' ? `${v}` : v))).toBeNull();
    expect(sample.some((p) => probeLength(p) < 1n)).toBe(true);
    expect(sample.some((p) => p.padding >= 20n)).toBe(true);
  });

  test('M, P, true additions and the estimate agree with simulateProbe', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const Lout = outputLength(p);
        const s = summarize(simulateProbe(p, Lout));
        expect(usefulProducts(p)).toBe(s.M);
        expect(coveredPositions(p, Lout)).toBe(s.P);
        const e = estimate(p);
        if (!e.ok) throw new Error(e.error.message);
        expect(e.length_out).toBe(Lout);
        expect(e.exact.products_per_filter).toBe(s.M);
        expect(e.exact.covered_positions).toBe(s.P);
        expect(e.exact.additions_per_filter).toBe(s.additions_true);
      }),
      RUNS,
    );
  });

  test('the documented probe sum agrees with the simulated probe when the probe is valid', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const L = probeLength(p);
        const e = estimate(p);
        if (!e.ok) throw new Error(e.error.message);
        if (L < 1n) {
          expect(e.documented).toBeNull();
          expect(e.documented_unavailable).not.toBeNull();
          return;
        }
        const sum = summarize(simulateProbe(p, L)).probe_sum;
        expect(additionsPerFilter(p)).toBe(sum);
        expect(e.documented?.additions_per_filter).toBe(sum);
        expect(totalOpsExpanded(p, e.length_out, sum)).toBe(e.documented?.total_ops);
      }),
      RUNS,
    );
  });

  test('productsAt equals the simulated y at every output position', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const y = simulateProbe(p, outputLength(p));
        y.forEach((v, t) => {
          if (productsAt(p, BigInt(t)) !== v) throw new Error(`productsAt(${t}) = ${productsAt(p, BigInt(t))}, simulated ${v}`);
        });
      }),
      RUNS,
    );
  });

  test('productsInWindow and coveredPositions on random windows (also outside the output)', () => {
    const withWindow = smallLayer.chain((p) => {
      const Lout = Number(outputLength(p));
      return fc.tuple(fc.constant(p), fc.integer({ min: -40, max: Lout + 40 }), fc.integer({ min: -3, max: Lout + 40 }), fc.integer({ min: 0, max: Lout + 10 }));
    });
    fc.assert(
      fc.property(withWindow, ([p, from, len, window]) => {
        const to = from + len;
        const ts = targets(p);
        const inWindow = ts.filter((t) => t >= from && t <= to).length;
        expect(productsInWindow(p, BigInt(from), BigInt(to))).toBe(BigInt(inWindow));
        const covered = new Set(ts.filter((t) => t >= 0 && t < window)).size;
        expect(coveredPositions(p, BigInt(window))).toBe(BigInt(covered));
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Arbitrary int64 inputs.

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const int64 = fc.bigInt({ min: INT64_MIN, max: INT64_MAX });
// Any int64 at all, mixed with the boundary region and with plausible sizes, so that a fair share of
// the layers is valid (and the rest breaks every kind of rule).
const anyInt = fc.oneof(
  { arbitrary: int64, weight: 2 },
  { arbitrary: fc.bigInt({ min: -3n, max: 3n }), weight: 1 },
  { arbitrary: fc.bigInt({ min: 1n, max: 2n ** 62n }), weight: 1 },
  { arbitrary: fc.bigInt({ min: 1n, max: 2n ** 31n }), weight: 2 },
  { arbitrary: fc.bigInt({ min: 1n, max: 40n }), weight: 3 },
);
const anyLayer: fc.Arbitrary<P> = fc.record({
  batch: fc.option(anyInt),
  in_channels: anyInt,
  out_channels: anyInt,
  length_in: anyInt,
  kernel_size: anyInt,
  stride: anyInt,
  padding: fc.oneof(anyInt, fc.constant(0n)),
  output_padding: fc.oneof({ arbitrary: anyInt, weight: 1 }, { arbitrary: fc.constant(0n), weight: 2 }),
  dilation: anyInt,
  groups: fc.oneof({ arbitrary: anyInt, weight: 1 }, { arbitrary: fc.constant(1n), weight: 3 }),
  bias: fc.boolean(),
});

/** Valid layers with huge sizes: channels up to 2^24·groups, L_in up to 2^32, K up to 2^20, stride/dilation up to 2^30. */
const hugeLayer: fc.Arbitrary<P> = fc
  .record({
    batch: fc.option(fc.bigInt({ min: 1n, max: 2n ** 20n })),
    groups: fc.oneof(fc.constant(1n), fc.bigInt({ min: 1n, max: 64n })),
    inMul: fc.bigInt({ min: 1n, max: 2n ** 24n }),
    outMul: fc.bigInt({ min: 1n, max: 2n ** 24n }),
    length_in: fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 32n }), fc.bigInt({ min: 1n, max: 50n })),
    kernel_size: fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 20n }), fc.bigInt({ min: 1n, max: 20n })),
    stride: fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 30n }), fc.bigInt({ min: 1n, max: 10n })),
    dilation: fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 30n }), fc.bigInt({ min: 1n, max: 10n })),
    opFrac: fc.bigInt({ min: 0n, max: 2n ** 30n - 1n }),
    padFrac: fc.bigInt({ min: 0n, max: 2n ** 30n }),
    bias: fc.boolean(),
  })
  .map((r) => {
    const m = r.stride > r.dilation ? r.stride : r.dilation;
    const output_padding = (r.opFrac * m) / 2n ** 30n;
    const full = (r.length_in - 1n) * r.stride + r.dilation * (r.kernel_size - 1n) + output_padding + 1n;
    const padding = (r.padFrac * ((full - 1n) / 2n)) / 2n ** 30n;
    return {
      batch: r.batch,
      in_channels: r.groups * r.inMul,
      out_channels: r.groups * r.outMul,
      length_in: r.length_in,
      kernel_size: r.kernel_size,
      stride: r.stride,
      padding,
      output_padding,
      dilation: r.dilation,
      groups: r.groups,
      bias: r.bias,
    };
  });

/** exact counts are never negative and stay below the naive bounds. */
function checkBounds(p: P): boolean {
  const e = estimate(p);
  if (!e.ok) {
    // The error must name a rule and a parameter of the table.
    return e.error.rule.length > 0 && e.error.param in p && validate(p) !== null;
  }
  const x = e.exact;
  const N = p.batch ?? 1n;
  const G = p.in_channels / p.groups;
  for (const v of [x.products_per_filter, x.covered_positions, x.additions_per_filter, x.multiplications, x.additions, x.total_ops])
    if (v < 0n) throw new Error(`negative exact count ${v}`);
  if (e.length_out < 1n || e.length_out > INT64_MAX) throw new Error(`length_out ${e.length_out}`);
  if (x.products_per_filter > p.kernel_size * p.length_in) throw new Error('M above K·L_in');
  if (x.covered_positions > x.products_per_filter || x.covered_positions > e.length_out) throw new Error('P above min(M, L_out)');
  if (x.total_ops > N * p.out_channels * G * p.kernel_size * p.length_in * 2n + N * p.out_channels * e.length_out)
    throw new Error('exact total above N·C_out·G·K·L_in·2 + N·C_out·L_out');
  if (x.multiplications > N * p.length_in * p.in_channels * (p.out_channels / p.groups) * p.kernel_size)
    throw new Error('exact multiplications above the naive N·L_in·C_in·(C_out/g)·K');
  if (x.macs !== x.multiplications) throw new Error('exact MACs ≠ exact multiplications');
  // The dense count keeps every product, cropped or not: it is the naive bound, and never below the exact one.
  if (e.dense.macs !== N * p.length_in * p.in_channels * (p.out_channels / p.groups) * p.kernel_size || e.dense.macs < x.macs)
    throw new Error('dense MACs ≠ N·L_in·C_in·(C_out/g)·K or below the exact MACs');
  if (e.dense.total_ops !== 2n * e.dense.macs) throw new Error('dense FLOPs ≠ 2·MACs');
  if ((e.documented === null) !== (probeLength(p) < 1n)) throw new Error('documented null ⇎ probe length < 1');
  if (e.documented && e.documented.total_ops !== totalOpsExpanded(p, e.length_out, e.documented.additions_per_filter))
    throw new Error('documented total ≠ expanded form');
  return true;
}

describe('arbitrary int64 inputs', () => {
  test('estimate never throws and never returns a negative or unbounded exact count', () => {
    fc.assert(fc.property(anyLayer, checkBounds), { numRuns: 20_000 });
  });

  test('the arbitrary generator reaches valid layers, huge valid layers and many different rules', () => {
    const outcomes = fc.sample(anyLayer, { numRuns: 5000, seed: 5 }).map((p) => [p, estimate(p)] as const);
    const ok = outcomes.filter(([, e]) => e.ok);
    expect(ok.length).toBeGreaterThan(150);
    expect(ok.some(([p]) => p.length_in > 2n ** 40n || p.stride > 2n ** 40n || p.dilation > 2n ** 40n)).toBe(true);
    expect(new Set(outcomes.map(([, e]) => (e.ok ? 'ok' : e.error.rule))).size).toBeGreaterThan(12);
  });

  test('the same on valid layers with huge sizes', () => {
    fc.assert(fc.property(hugeLayer, checkBounds), { numRuns: 10_000 });
    expect(fc.sample(hugeLayer, { numRuns: 500, seed: 7 }).every((p) => validate(p) === null)).toBe(true);
  });

  test('huge layers: windows split additively and the covered prefix grows by at most one per position', () => {
    const withCut = hugeLayer.chain((p) => fc.tuple(fc.constant(p), fc.bigInt({ min: 0n, max: outputLength(p) - 1n }), fc.bigInt({ min: 0n, max: outputLength(p) })));
    fc.assert(
      fc.property(withCut, ([p, cut, w]) => {
        const Lout = outputLength(p);
        const M = usefulProducts(p);
        if (productsInWindow(p, 0n, cut) + productsInWindow(p, cut + 1n, Lout - 1n) !== M) return false;
        const [w1, w2] = cut < w ? [cut, w] : [w, cut];
        const P1 = coveredPositions(p, w1), P2 = coveredPositions(p, w2);
        return P1 <= P2 && P2 - P1 <= w2 - w1 && P2 - P1 <= productsInWindow(p, w1, w2 - 1n);
      }),
      { numRuns: 2000 },
    );
  });
});
