// Hand-checkable values for every estimator function. Every expectation below is
// derived by hand in the comments (or by a naive loop), never copied from a run.
import { describe, expect, test } from 'vitest';
import {
  additionsPerFilter,
  aggregationOps,
  coveredPositions,
  estimate,
  exactCounts,
  filters,
  groupWidth,
  opsPerFilter,
  outputLength,
  probeLength,
  productsAt,
  productsInWindow,
  rules,
  simulateProbe,
  summarize,
  totalOps,
  totalOpsExpanded,
  usefulProducts,
  validate,
  type ConvTranspose1dParams,
} from './index.ts';

type P = ConvTranspose1dParams;
const base: P = {
  batch: null,
  in_channels: 1n,
  out_channels: 1n,
  length_in: 2n,
  kernel_size: 3n,
  stride: 1n,
  padding: 0n,
  output_padding: 0n,
  dilation: 1n,
  groups: 1n,
  bias: false,
};
const make = (over: Partial<P>): P => ({ ...base, ...over });

/**
 * Seed: ones(2) through a 3-tap all-ones kernel, stride 1, no padding.
 * i=0 stamps t=0,1,2 and i=1 stamps t=1,2,3, so y = [1, 2, 2, 1]: M = 6, P = 4,
 * additions Σ(y−1) = 2; documented λ = 4·3 + 2 = 14, ψ = 1, γ = 0 without bias → 14.
 */
const seed = make({});
const seedBias = make({ bias: true });

/**
 * cfg2: N 8, C_in 16, C_out 32, L_in 100, K 5, stride 2, padding 1, dilation 1, output_padding 1, groups 4.
 * Full (uncropped) positions f = 2i + k ∈ [0, 202]; output t = f − 1 for t ∈ [0, 201], so L_out = 202
 * (= 99·2 − 2 + 4 + 1 + 1). 500 products; only f = 0 (i=0,k=0) falls outside, so M = 499.
 * Every f ∈ [1, 202] is hit (even f by k ∈ {0,2,4}, odd f by k ∈ {1,3}), so P = 202.
 * The probe drops output_padding: length 201, f ∈ [1, 201], also losing f = 202 (i=99,k=4):
 * M_probe = 498, A = 498 − 201 = 297, λ = 202·5 + 297 = 1307, ψ = 16·32/4 = 128,
 * γ = 32·202·(4 − 1 + 1) = 25 856, total = 8·(128·1307 + 25 856) = 8·193 152 = 1 545 216.
 * Exact: mults = N·C_out·G·M = 8·32·4·499 = 510 976; adds = 8·32·(4·499 − 202 + 202) = 510 976.
 */
const cfg2 = make({
  batch: 8n,
  in_channels: 16n,
  out_channels: 32n,
  length_in: 100n,
  kernel_size: 5n,
  stride: 2n,
  padding: 1n,
  output_padding: 1n,
  dilation: 1n,
  groups: 4n,
  bias: true,
});

/** Taps 3 apart, one input: y = [1,0,0,1,0,0,1], L_out = 0·7 + 3·2 + 1 = 7, probe sum 3 − 7 = −4. */
const gaps = make({ batch: null, in_channels: 104n, out_channels: 104n, length_in: 1n, kernel_size: 3n, stride: 7n, dilation: 3n });

/**
 * Invalid probe: L_in 6, K 1, padding 3, dilation 2, output_padding 1: L_out = 5 − 6 + 0 + 1 + 1 = 1,
 * probe length 0. The single output t = 0 is f = 3 = i (i = 3): y = [1].
 */
const noProbe = make({ batch: 2n, length_in: 6n, kernel_size: 1n, padding: 3n, output_padding: 1n, dilation: 2n, bias: true });

describe('outputLength', () => {
  test('hand values', () => {
    expect(outputLength(seed)).toBe(4n);
    expect(outputLength(cfg2)).toBe(202n);
    expect(outputLength(gaps)).toBe(7n);
    expect(outputLength(noProbe)).toBe(1n);
    // (2 − 1)·1 − 2·6 + 3·(3 − 1) + 0 + 1 = −4 (PyTorch: "Calculated output size per channel: (1 x -4)")
    expect(outputLength(make({ length_in: 2n, kernel_size: 3n, padding: 6n, dilation: 3n }))).toBe(-4n);
  });

  test('grows by stride per input element and by 1 per output_padding', () => {
    for (const s of [1n, 2n, 5n])
      for (const op of [0n, 1n]) {
        const p = make({ stride: s, output_padding: op, dilation: 2n, length_in: 9n });
        expect(outputLength({ ...p, length_in: 10n }) - outputLength(p)).toBe(s);
        expect(outputLength(p)).toBe(8n * s + 2n * 2n + op + 1n);
      }
  });
});

describe('probeLength', () => {
  test('is the output length without output_padding', () => {
    expect(probeLength(seed)).toBe(4n);
    expect(probeLength(cfg2)).toBe(201n);
    expect(probeLength(gaps)).toBe(7n);
    expect(probeLength(noProbe)).toBe(0n);
  });
});

describe('filters', () => {
  test('ψ = C_in·C_out/groups', () => {
    expect(filters(seed)).toBe(1n);
    expect(filters(cfg2)).toBe(128n);
    expect(filters(make({ in_channels: 6n, out_channels: 9n, groups: 3n }))).toBe(18n);
    expect(filters(gaps)).toBe(104n * 104n);
  });
});

describe('groupWidth', () => {
  test('G = C_in/groups', () => {
    expect(groupWidth(seed)).toBe(1n);
    expect(groupWidth(cfg2)).toBe(4n);
    expect(groupWidth(make({ in_channels: 6n, out_channels: 9n, groups: 3n }))).toBe(2n);
    expect(groupWidth(make({ in_channels: 7n, out_channels: 7n, groups: 7n }))).toBe(1n);
  });
});

describe('productsAt', () => {
  test('seed: y = [1, 2, 2, 1] and nothing outside', () => {
    expect([0n, 1n, 2n, 3n].map((t) => productsAt(seed, t))).toEqual([1n, 2n, 2n, 1n]);
    expect(productsAt(seed, -1n)).toBe(0n);
    expect(productsAt(seed, 4n)).toBe(0n);
  });

  test('cfg2: ends 1 2 2 3 … 2 1 1 and interior alternating 3 / 2', () => {
    // t = f − 1. f=1: (0,1). f=2: (0,2),(1,0). f=3: (0,3),(1,1). f=4: (0,4),(1,2),(2,0).
    expect([0n, 1n, 2n, 3n].map((t) => productsAt(cfg2, t))).toEqual([1n, 2n, 2n, 3n]);
    // f=200: (99,2),(98,4). f=201: (99,3). f=202: (99,4).
    expect([199n, 200n, 201n].map((t) => productsAt(cfg2, t))).toEqual([2n, 1n, 1n]);
    // Interior: even f has taps {0,2,4}, odd f has taps {1,3}.
    for (let t = 4n; t < 196n; t++) expect(productsAt(cfg2, t), `t=${t}`).toBe((t + 1n) % 2n === 0n ? 3n : 2n);
    // Outside the output: t = −1 is f = 0 (i=0,k=0), which the cropping discards.
    expect(productsAt(cfg2, -1n)).toBe(1n);
    expect(productsAt(cfg2, 202n)).toBe(0n);
  });

  test('gaps: y = [1, 0, 0, 1, 0, 0, 1]', () => {
    expect([0n, 1n, 2n, 3n, 4n, 5n, 6n].map((t) => productsAt(gaps, t))).toEqual([1n, 0n, 0n, 1n, 0n, 0n, 1n]);
  });
});

describe('productsInWindow', () => {
  test('seed windows', () => {
    expect(productsInWindow(seed, 0n, 3n)).toBe(6n);
    expect(productsInWindow(seed, 1n, 2n)).toBe(4n);
    expect(productsInWindow(seed, -10n, 10n)).toBe(6n);
    expect(productsInWindow(seed, 3n, 1n)).toBe(0n); // empty window
  });

  test('cfg2 windows', () => {
    expect(productsInWindow(cfg2, 0n, 201n)).toBe(499n);
    expect(productsInWindow(cfg2, 0n, 200n)).toBe(498n); // the probe's window
    expect(productsInWindow(cfg2, 1n, 200n)).toBe(497n);
    expect(productsInWindow(cfg2, -1n, 201n)).toBe(500n); // every product
    // t ∈ [4, 7] is f ∈ [5, 8]: 2 + 3 + 2 + 3.
    expect(productsInWindow(cfg2, 4n, 7n)).toBe(10n);
  });

  test('equals the sum of productsAt over the window (small grid)', () => {
    for (const p of [seed, cfg2, gaps, noProbe])
      for (let from = -3n; from <= 12n; from++)
        for (let to = from - 1n; to <= 14n; to++) {
          let s = 0n;
          for (let t = from; t <= to; t++) s += productsAt(p, t);
          expect(productsInWindow(p, from, to)).toBe(s);
        }
  });
});

describe('usefulProducts (M)', () => {
  test('hand values', () => {
    expect(usefulProducts(seed)).toBe(6n);
    expect(usefulProducts(cfg2)).toBe(499n);
    expect(usefulProducts(gaps)).toBe(3n);
    expect(usefulProducts(noProbe)).toBe(1n);
  });
});

describe('coveredPositions (P)', () => {
  test('hand values', () => {
    expect(coveredPositions(seed, 4n)).toBe(4n);
    expect(coveredPositions(cfg2, 202n)).toBe(202n);
    expect(coveredPositions(gaps, 7n)).toBe(3n);
    expect(coveredPositions(noProbe, 1n)).toBe(1n);
  });

  test('shorter windows count only the positions inside', () => {
    expect(coveredPositions(gaps, 3n)).toBe(1n); // [1, 0, 0]
    expect(coveredPositions(gaps, 4n)).toBe(2n); // [1, 0, 0, 1]
    expect(coveredPositions(cfg2, 201n)).toBe(201n);
  });

  test('stride and dilation sharing a factor: taps 2 apart, stamps 4 apart leave odd positions empty', () => {
    // L_in 3, K 2, stride 4, dilation 2: f ∈ {0,2} ∪ {4,6} ∪ {8,10}, L_out = 8 + 2 + 1 = 11 → P = 6, M = 6.
    const p = make({ length_in: 3n, kernel_size: 2n, stride: 4n, dilation: 2n });
    expect(outputLength(p)).toBe(11n);
    expect(coveredPositions(p, 11n)).toBe(6n);
    // K 4 with the same spacing: stamps {0,2,4,6},{4,6,8,10},{8,10,12,14} → even f in [0,14]: P = 8, M = 12.
    const q = make({ length_in: 3n, kernel_size: 4n, stride: 4n, dilation: 2n });
    expect(coveredPositions(q, outputLength(q))).toBe(8n);
    expect(usefulProducts(q)).toBe(12n);
  });
});

describe('additionsPerFilter (documented probe sum)', () => {
  test('hand values, including a negative sum', () => {
    expect(additionsPerFilter(seed)).toBe(2n);
    expect(additionsPerFilter(cfg2)).toBe(297n);
    expect(additionsPerFilter(gaps)).toBe(-4n);
  });

  test('ignores output_padding (it is the probe without it)', () => {
    expect(additionsPerFilter({ ...cfg2, output_padding: 0n })).toBe(297n);
  });
});

describe('opsPerFilter', () => {
  test('λ = L_out·K + A', () => {
    expect(opsPerFilter(4n, 3n, 2n)).toBe(14n);
    expect(opsPerFilter(202n, 5n, 297n)).toBe(1307n);
    expect(opsPerFilter(7n, 3n, -4n)).toBe(17n);
  });
});

describe('aggregationOps', () => {
  test('γ = C_out·L_out·(G − 1 + b)', () => {
    expect(aggregationOps(seed, 4n)).toBe(0n);
    expect(aggregationOps(seedBias, 4n)).toBe(4n);
    expect(aggregationOps(cfg2, 202n)).toBe(25_856n);
    expect(aggregationOps({ ...cfg2, bias: false }, 202n)).toBe(32n * 202n * 3n);
    expect(aggregationOps(gaps, 7n)).toBe(104n * 7n * 103n);
  });
});

describe('totalOps', () => {
  test('N·(ψ·λ + γ)', () => {
    expect(totalOps(1n, 1n, 14n, 0n)).toBe(14n);
    expect(totalOps(1n, 1n, 14n, 4n)).toBe(18n);
    expect(totalOps(8n, 128n, 1307n, 25_856n)).toBe(1_545_216n);
    // gaps: 10 816·17 + 74 984 = 183 872 + 74 984
    expect(totalOps(1n, 10_816n, 17n, 74_984n)).toBe(258_856n);
  });
});

describe('totalOpsExpanded', () => {
  test('hand values: N·ψ·(L_out·(K + 1) + A), minus N·C_out·L_out without bias', () => {
    expect(totalOpsExpanded(seed, 4n, 2n)).toBe(1n * (4n * 4n + 2n) - 4n); // 14
    expect(totalOpsExpanded(seedBias, 4n, 2n)).toBe(18n);
    expect(totalOpsExpanded(cfg2, 202n, 297n)).toBe(8n * 128n * (202n * 6n + 297n)); // 1 545 216
    expect(totalOpsExpanded(cfg2, 202n, 297n)).toBe(1_545_216n);
  });

  test('equals totalOps on every valid input of a small grid (both bias settings, batched and not)', () => {
    let checked = 0;
    for (const batch of [null, 3n])
      for (const [cin, cout, g] of [[1n, 1n, 1n], [4n, 6n, 2n], [3n, 3n, 3n]] as const)
        for (let L = 1n; L <= 4n; L++)
          for (let K = 1n; K <= 4n; K++)
            for (let s = 1n; s <= 3n; s++)
              for (let d = 1n; d <= 3n; d++)
                for (let pad = 0n; pad <= 3n; pad++)
                  for (let op = 0n; op < (s > d ? s : d); op++)
                    for (const bias of [false, true]) {
                      const p: P = { batch, in_channels: cin, out_channels: cout, groups: g, length_in: L, kernel_size: K, stride: s, dilation: d, padding: pad, output_padding: op, bias };
                      if (validate(p) !== null || probeLength(p) < 1n) continue;
                      const Lout = outputLength(p);
                      const A = additionsPerFilter(p);
                      expect(totalOpsExpanded(p, Lout, A)).toBe(totalOps(batch ?? 1n, filters(p), opsPerFilter(Lout, K, A), aggregationOps(p, Lout)));
                      checked++;
                    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('exactCounts', () => {
  test('seed: 6 multiplications + 2 additions = 8 without bias; +4 bias additions with it', () => {
    expect(exactCounts(seed, 6n, 4n)).toEqual({
      products_per_filter: 6n,
      covered_positions: 4n,
      additions_per_filter: 2n,
      multiplications: 6n,
      additions: 2n,
      total_ops: 8n,
      macs: 6n,
    });
    expect(exactCounts(seedBias, 6n, 4n)).toMatchObject({ multiplications: 6n, additions: 6n, total_ops: 12n });
  });

  test('cfg2: 510 976 multiplications and 510 976 additions', () => {
    expect(exactCounts(cfg2, 499n, 202n)).toEqual({
      products_per_filter: 499n,
      covered_positions: 202n,
      additions_per_filter: 297n,
      multiplications: 510_976n,
      additions: 510_976n,
      total_ops: 1_021_952n,
      macs: 510_976n,
    });
  });

  test('bias adds exactly N·C_out·P additions and nothing else', () => {
    for (const [p, M, P_] of [[cfg2, 499n, 202n], [gaps, 3n, 3n], [noProbe, 1n, 1n], [seed, 6n, 4n]] as const) {
      const on = exactCounts({ ...p, bias: true }, M, P_);
      const off = exactCounts({ ...p, bias: false }, M, P_);
      expect(on.additions - off.additions).toBe((p.batch ?? 1n) * p.out_channels * P_);
      expect(on.multiplications).toBe(off.multiplications);
    }
    expect(exactCounts({ ...cfg2, bias: false }, 499n, 202n).additions).toBe(510_976n - 8n * 32n * 202n); // 459 264
  });

  test('unbatched counts as one sample', () => {
    expect(exactCounts({ ...cfg2, batch: null }, 499n, 202n).multiplications).toBe(510_976n / 8n);
  });
});

describe('estimate', () => {
  test('seed without bias: documented 14, exact 6 + 2 = 8', () => {
    const r = estimate(seed);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.length_out).toBe(4n);
    expect(r.documented).toEqual({ filters: 1n, additions_per_filter: 2n, ops_per_filter: 14n, aggregation_ops: 0n, total_ops: 14n });
    expect(r.documented_unavailable).toBeNull();
    expect(r.exact).toEqual({ products_per_filter: 6n, covered_positions: 4n, additions_per_filter: 2n, multiplications: 6n, additions: 2n, total_ops: 8n, macs: 6n });
  });

  test('seed with bias: documented 18, exact 12', () => {
    const r = estimate(seedBias);
    if (!r.ok) throw new Error('expected ok');
    expect(r.documented?.total_ops).toBe(18n);
    expect(r.exact.total_ops).toBe(12n);
  });

  test('cfg2: L_out 202, documented 1 545 216, exact 510 976 + 510 976', () => {
    const r = estimate(cfg2);
    if (!r.ok) throw new Error('expected ok');
    expect(r.length_out).toBe(202n);
    expect(r.documented).toEqual({ filters: 128n, additions_per_filter: 297n, ops_per_filter: 1307n, aggregation_ops: 25_856n, total_ops: 1_545_216n });
    expect(r.exact).toEqual({
      products_per_filter: 499n,
      covered_positions: 202n,
      additions_per_filter: 297n,
      multiplications: 510_976n,
      additions: 510_976n,
      total_ops: 1_021_952n,
      macs: 510_976n,
    });
    // peers.md: FlopCounterMode reports 1,024,000 FLOPs for cfg2, i.e. 512,000 dense MACs.
    expect(r.dense).toEqual({ macs: 512_000n, multiplications: 512_000n, additions: 512_000n, total_ops: 1_024_000n });
    expect(r.params).toEqual(cfg2);
  });

  test('outputs that receive no tap: probe sum −4 but 0 true additions', () => {
    const r = estimate(gaps);
    if (!r.ok) throw new Error('expected ok');
    expect(r.length_out).toBe(7n);
    expect(r.documented?.additions_per_filter).toBe(-4n);
    expect(r.documented?.total_ops).toBe(258_856n);
    expect(r.exact.additions_per_filter).toBe(0n);
    expect(r.exact.covered_positions).toBe(3n);
    // Each of the 104 output rows sums 104 filters' single products at 3 positions: 104·(104·3 − 3).
    expect(r.exact.additions).toBe(104n * (104n * 3n - 3n));
    expect(r.exact.multiplications).toBe(104n * 104n * 3n);
  });

  test('invalid probe: documented is null and unavailable carries PyTorch\'s message', () => {
    const r = estimate(noProbe);
    if (!r.ok) throw new Error('expected ok');
    expect(r.length_out).toBe(1n);
    expect(r.documented).toBeNull();
    expect(r.documented_unavailable?.torch).toBe(
      'Given input size per channel: (1 x 6). Calculated output size per channel: (1 x 0). Output size is too small',
    );
    expect(r.documented_unavailable?.message).toMatch(/output_padding/);
    // N = 2 rows, one product each, plus bias: 2 multiplications, 2·(1 − 1 + 1) additions.
    expect(r.exact).toEqual({ products_per_filter: 1n, covered_positions: 1n, additions_per_filter: 0n, multiplications: 2n, additions: 2n, total_ops: 4n, macs: 2n });
  });

  test('an invalid layer returns the validate error', () => {
    const p = make({ groups: 0n });
    const r = estimate(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual(validate(p));
    expect(r.error.rule).toBe('groups_nonpositive');
  });

  test('unbatched equals batch 1', () => {
    const a = estimate({ ...cfg2, batch: null });
    const b = estimate({ ...cfg2, batch: 1n });
    if (!a.ok || !b.ok) throw new Error('expected ok');
    expect(a.documented).toEqual(b.documented);
    expect(a.exact).toEqual(b.exact);
    expect(b.documented?.total_ops).toBe(1_545_216n / 8n);
  });
});

describe('estimate beyond 2^53', () => {
  test('channels 2^20, length_in 2^31, K 3: closed forms by hand', () => {
    // No padding, stride 1: y = 1,2,3,…,3,2,1 over L_out = 2^31 + 2, all 3·2^31 products land.
    const L = 2n ** 31n, C = 2n ** 20n, N = 64n;
    const p = make({ batch: N, in_channels: C, out_channels: C, length_in: L, kernel_size: 3n, bias: true });
    const Lout = L + 2n;
    const M = 3n * L;
    const A = M - Lout; // 2^32 − 2
    // ψ = 2^40, λ = 3·L_out + A = 5·2^31 + 4, γ = C·L_out·C = 2^40·(2^31 + 2)
    // total = 64·2^40·(6·2^31 + 6) = 3·2^47·(2^31 + 1)
    const documented = 3n * 2n ** 47n * (2n ** 31n + 1n);
    const r = estimate(p);
    if (!r.ok) throw new Error('expected ok');
    expect(r.length_out).toBe(Lout);
    expect(r.documented?.additions_per_filter).toBe(2n ** 32n - 2n);
    expect(r.documented?.total_ops).toBe(documented);
    expect(r.exact.products_per_filter).toBe(M);
    expect(r.exact.covered_positions).toBe(Lout);
    expect(r.exact.multiplications).toBe(3n * 2n ** 77n); // 64·2^40·3·2^31
    expect(r.exact.additions).toBe(3n * 2n ** 77n);
    expect(r.exact.total_ops).toBe(3n * 2n ** 78n);

    // Without bias: γ loses C·L_out per sample, adds lose N·C·P.
    const off = estimate({ ...p, bias: false });
    if (!off.ok) throw new Error('expected ok');
    expect(off.documented?.total_ops).toBe(documented - N * C * Lout);
    expect(off.exact.additions).toBe(3n * 2n ** 77n - N * C * Lout);
    expect(documented - N * C * Lout).toBe(3n * 2n ** 47n * (2n ** 31n + 1n) - 2n ** 26n * (2n ** 31n + 2n));
  });

  /**
   * Odd sizes, stride 3, dilation 2, K 5, padding 7, output_padding 1, for any L_in ≥ 4:
   * full positions f = 3i + 2k (taps 0 2 4 6 8); the output is f ∈ [7, 3·L_in − 1], L_out = 3·L_in − 7.
   * Cropped left (f < 7): i=0 k=0..3, i=1 k=0..1, i=2 k=0 → 7. Cropped right (f ≥ 3·L_in):
   * i=L_in−1 k=2..4, i=L_in−2 k=3..4 → 5. So M = 5·L_in − 12. Every residue of f mod 3 has a
   * tap (k ≡ 2f mod 3), so every output position is covered: P = L_out. The probe also drops
   * f = 3·L_in − 1 (i=L_in−1 k=1 and i=L_in−3 k=4): M_probe = 5·L_in − 14, length 3·L_in − 8,
   * A = 2·L_in − 6.
   */
  const odd = (L: bigint, C: bigint, N: bigint): P =>
    make({ batch: N, in_channels: C, out_channels: C, length_in: L, kernel_size: 5n, stride: 3n, dilation: 2n, padding: 7n, output_padding: 1n, bias: true });
  const oddExpect = (L: bigint, C: bigint, N: bigint) => {
    const Lout = 3n * L - 7n, M = 5n * L - 12n, P_ = Lout, A = 2n * L - 6n;
    return {
      Lout,
      M,
      P: P_,
      A,
      documented: N * (C * C * (Lout * 5n + A) + C * Lout * C),
      multiplications: N * C * C * M,
      additions: N * C * (C * M - P_ + P_),
    };
  };

  test('the hand derivation of the odd layer matches the brute-force probe for small L_in', () => {
    for (let L = 4n; L <= 30n; L++) {
      const p = odd(L, 1n, 1n);
      const e = oddExpect(L, 1n, 1n);
      const y = simulateProbe(p, outputLength(p));
      const s = summarize(y);
      expect(BigInt(y.length)).toBe(e.Lout);
      expect(s.M).toBe(e.M);
      expect(s.P).toBe(e.P);
      expect(summarize(simulateProbe(p, probeLength(p))).probe_sum).toBe(e.A);
    }
  });

  test('odd layer with L_in 2^31 − 1, C 1 000 003, N 999: exact, and Number arithmetic would not be', () => {
    const L = 2n ** 31n - 1n, C = 1_000_003n, N = 999n;
    const e = oddExpect(L, C, N);
    const r = estimate(odd(L, C, N));
    if (!r.ok) throw new Error('expected ok');
    expect(r.length_out).toBe(e.Lout);
    expect(r.exact.products_per_filter).toBe(e.M);
    expect(r.exact.covered_positions).toBe(e.P);
    expect(r.exact.multiplications).toBe(e.multiplications);
    expect(r.exact.additions).toBe(e.additions);
    expect(r.documented?.additions_per_filter).toBe(e.A);
    expect(r.documented?.total_ops).toBe(e.documented);

    // Residues computed from the factors alone (no big products): the totals are exact integers.
    const mod = (x: bigint, q: bigint) => ((x % q) + q) % q;
    for (const q of [2n, 3n, 7n, 11n, 13n, 101n, 65_537n]) {
      const m = (x: bigint) => mod(x, q);
      const mults = m(m(N) * m(m(C) * m(C)) * m(e.M));
      expect(m(r.exact.multiplications), `mod ${q}`).toBe(mults);
      const doc = m(m(N) * m(m(C) * m(C)) * m(m(e.Lout) * 6n + m(e.A)));
      expect(m(r.documented!.total_ops), `mod ${q}`).toBe(doc);
    }
    // The same product in doubles is wrong, so these tests can tell exact from float arithmetic.
    const float = Number(N) * Number(C) * Number(C) * Number(e.M);
    expect(BigInt(float)).not.toBe(r.exact.multiplications);
    expect(r.exact.multiplications).toBeGreaterThan(2n ** 53n);
    expect(r.exact.multiplications % 2n).toBe(1n); // N, C and M = 5·(2^31 − 1) − 12 are all odd
  });
});

// The hand-written rule cases: one PyTorch rule each, for the rules the golden data does not
// exercise (and a few it does). tests/unit/golden.test.ts reads the `rule:` ids between the
// markers below to check that every rule in rules.ts is tested somewhere.
// BEGIN hand-written rule cases
const ruleCases: { name: string; p: P; rule: string; param: string; torch: { stage: string; type: string; message: string } | null }[] = [
  {
    name: 'batch 0 (PyTorch runs it as an empty batch, so no PyTorch error)',
    p: make({ batch: 0n }),
    rule: 'batch_nonpositive',
    param: 'batch',
    torch: null,
  },
  {
    name: 'negative batch',
    p: make({ batch: -2n, in_channels: 3n, length_in: 5n }),
    rule: 'batch_nonpositive',
    param: 'batch',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'Trying to create tensor with negative dimension -2: [-2, 3, 5]' },
  },
  {
    name: 'negative length_in, batched',
    p: make({ batch: 4n, in_channels: 2n, length_in: -5n }),
    rule: 'length_in_negative',
    param: 'length_in',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'Trying to create tensor with negative dimension -5: [4, 2, -5]' },
  },
  {
    name: 'negative length_in, unbatched',
    p: make({ batch: null, in_channels: 2n, length_in: -1n }),
    rule: 'length_in_negative',
    param: 'length_in',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'Trying to create tensor with negative dimension -1: [2, -1]' },
  },
  {
    name: 'kernel_size 0',
    p: make({ kernel_size: 0n, length_in: 5n }),
    rule: 'kernel_size_zero',
    param: 'kernel_size',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'kernel size should be greater than zero, but got kHeight: 1 kWidth: 0' },
  },
  {
    name: 'negative kernel_size',
    p: make({ in_channels: 4n, out_channels: 6n, groups: 2n, kernel_size: -2n }),
    rule: 'negative_weight_dimension',
    param: 'kernel_size',
    torch: { stage: 'construct', type: 'RuntimeError', message: 'Trying to create tensor with negative dimension -2: [4, 3, -2]' },
  },
  {
    name: 'output length beyond 2^63 − 1',
    p: make({ length_in: 2n ** 62n, stride: 4n }),
    rule: 'output_too_large',
    param: 'length_in',
    torch: null,
  },
  {
    name: 'zero in_channels',
    p: make({ in_channels: 0n, out_channels: 16n, kernel_size: 4n }),
    rule: 'in_channels_zero',
    param: 'in_channels',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'Given groups=1, expected weight to be at least 1 at dimension 0, but got weight of size [0, 16, 4] instead' },
  },
  {
    name: 'zero length_in, unbatched (PyTorch reports batch 1)',
    p: make({ batch: null, in_channels: 4n, length_in: 0n }),
    rule: 'length_in_zero',
    param: 'length_in',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'Only zero batch or zero channel inputs are supported, but got input shape: [1, 4, 1, 0]' },
  },
  {
    name: 'groups 0',
    p: make({ groups: 0n, in_channels: 3n }),
    rule: 'groups_nonpositive',
    param: 'groups',
    torch: { stage: 'construct', type: 'ValueError', message: 'groups must be a positive integer' },
  },
  {
    name: 'in_channels not divisible by groups',
    p: make({ in_channels: 3n, out_channels: 4n, groups: 2n }),
    rule: 'in_channels_not_divisible',
    param: 'groups',
    torch: { stage: 'construct', type: 'ValueError', message: 'in_channels must be divisible by groups' },
  },
  {
    name: 'out_channels not divisible by groups',
    p: make({ in_channels: 4n, out_channels: 3n, groups: 2n }),
    rule: 'out_channels_not_divisible',
    param: 'groups',
    torch: { stage: 'construct', type: 'ValueError', message: 'out_channels must be divisible by groups' },
  },
  {
    name: 'negative padding',
    p: make({ padding: -1n }),
    rule: 'padding_negative',
    param: 'padding',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'negative padding is not supported' },
  },
  {
    name: 'negative output_padding',
    p: make({ output_padding: -1n }),
    rule: 'output_padding_negative',
    param: 'output_padding',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'negative output_padding is not supported' },
  },
  {
    name: 'stride 0',
    p: make({ stride: 0n }),
    rule: 'stride_nonpositive',
    param: 'stride',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'non-positive stride is not supported' },
  },
  {
    name: 'dilation 0',
    p: make({ dilation: 0n }),
    rule: 'dilation_nonpositive',
    param: 'dilation',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'dilation should be greater than zero, but got dilation_height: 1, dilation_width: 0' },
  },
  {
    name: 'output_padding equal to stride and dilation',
    p: make({ output_padding: 2n, stride: 2n, dilation: 2n }),
    rule: 'output_padding_too_large',
    param: 'output_padding',
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message:
        'output padding must be smaller than either stride or dilation, but got output_padding_height: 0 output_padding_width: 2 stride_height: 1 stride_width: 2 dilation_height: 1 dilation_width: 2',
    },
  },
  {
    name: 'zero out_channels',
    p: make({ in_channels: 8n, out_channels: 0n, kernel_size: 2n }),
    rule: 'out_channels_zero',
    param: 'out_channels',
    torch: { stage: 'forward', type: 'RuntimeError', message: 'non-empty 2D or 4D weight tensor expected, but got: [8, 0, 1, 2]' },
  },
  {
    name: 'output too small',
    // (2 − 1)·1 − 2·6 + 3·2 + 0 + 1 = −4
    p: make({ length_in: 2n, kernel_size: 3n, padding: 6n, dilation: 3n }),
    rule: 'output_too_small',
    param: 'padding',
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: 'Given input size per channel: (1 x 2). Calculated output size per channel: (1 x -4). Output size is too small',
    },
  },
];
// END hand-written rule cases

describe('validate', () => {
  test('accepts the valid hand configurations', () => {
    for (const p of [seed, seedBias, cfg2, gaps, noProbe]) expect(validate(p)).toBeNull();
  });

  test.each(ruleCases)('$name → $rule', ({ p, rule, param, torch }) => {
    const e = validate(p);
    expect(e).not.toBeNull();
    expect(e!.rule).toBe(rule);
    expect(e!.param).toBe(param);
    expect(e!.torch).toEqual(torch);
    expect(e!.message.length).toBeGreaterThan(10);
    const r = estimate(p);
    expect(r.ok).toBe(false);
  });

  test('every rule id in the hand-written cases exists in rules.ts', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const c of ruleCases) expect(ids.has(c.rule), c.rule).toBe(true);
  });

  test('rules run in PyTorch order: construction checks before forward checks', () => {
    // groups 0 and a negative stride: construction (groups) wins.
    expect(validate(make({ groups: 0n, stride: -1n }))?.rule).toBe('groups_nonpositive');
    // groups 2 does not divide in_channels 3, and padding is negative: construction wins.
    expect(validate(make({ in_channels: 3n, out_channels: 4n, groups: 2n, padding: -1n }))?.rule).toBe('in_channels_not_divisible');
    // negative padding and negative output_padding: padding is reported first.
    expect(validate(make({ padding: -1n, output_padding: -1n }))?.rule).toBe('padding_negative');
    // negative kernel on construction before negative stride on forward.
    expect(validate(make({ kernel_size: -1n, stride: -1n }))?.rule).toBe('negative_weight_dimension');
  });

  test('the rule messages name the offending values', () => {
    expect(validate(make({ groups: -3n }))?.message).toContain('-3');
    expect(validate(make({ stride: 2n, dilation: 3n, output_padding: 3n }))?.message).toContain('output_padding = 3');
  });
});
