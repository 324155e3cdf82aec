// The adaptive pools' closed forms against a brute-force walk of PyTorch's windows, the floor-sum
// total against the windows themselves, the golden records' second output (indices), and the
// peers' rules against the survey's executed figures (peers-modules.md §2).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition as avg1d } from '../adaptiveavgpool1d/index.ts';
import { definition as avg2d } from '../adaptiveavgpool2d/index.ts';
import { definition as max1d } from '../adaptivemaxpool1d/index.ts';
import { definition as max2d } from '../adaptivemaxpool2d/index.ts';
import { peers as avg1dPeers } from '../adaptiveavgpool1d/peers.ts';
import { peers as avg2dPeers } from '../adaptiveavgpool2d/peers.ts';
import { peers as max1dPeers } from '../adaptivemaxpool1d/peers.ts';
import { peers as max2dPeers } from '../adaptivemaxpool2d/peers.ts';
import { estimateRaw } from '../core/define.ts';
import type { AdaptivePoolParams } from './define.ts';
import { walkCounts, windowsOf } from './simulate.ts';
import { sharedBoundaries, windowEnd, windowStart, windowTotal, windowTotalByGcd } from './windows.ts';

const windows = windowsOf;

describe('window lengths: floor sums = gcd identity = a walk over the windows', () => {
  test('small sizes, every pair', () => {
    for (let L = 0; L <= 40; L++) {
      for (let O = 0; O <= 40; O++) {
        const w = windows(L, O);
        const total = w.reduce((a, [s, e]) => a + e - s, 0);
        expect(windowTotal(BigInt(L), BigInt(O)), `${L}/${O}`).toBe(BigInt(total));
        expect(windowTotalByGcd(BigInt(L), BigInt(O))).toBe(BigInt(total));
        const shared = w.slice(1).filter(([s], i) => s < w[i][1]).length;
        expect(sharedBoundaries(BigInt(L), BigInt(O)), `${L}/${O} shared`).toBe(BigInt(shared));
        w.forEach(([s, e], i) => {
          expect(windowStart(BigInt(i), BigInt(L), BigInt(O))).toBe(BigInt(s));
          expect(windowEnd(BigInt(i), BigInt(L), BigInt(O))).toBe(BigInt(e));
        });
      }
    }
  });

  test('random sizes up to 5,000 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (L, O) => {
        const total = windows(L, O).reduce((a, [s, e]) => a + e - s, 0);
        expect(windowTotal(BigInt(L), BigInt(O))).toBe(BigInt(total));
      }),
      { numRuns: 300 },
    );
  });

  test('huge sizes stay exact and agree', () => {
    const L = (1n << 62n) + 12345n;
    const O = (1n << 40n) + 7n;
    expect(windowTotal(L, O)).toBe(windowTotalByGcd(L, O));
  });
});

const walk = walkCounts;

const str = (v: number | null) => (v === null ? '' : String(v));

describe('closed forms = brute force on random small layers', () => {
  const size = fc.integer({ min: 1, max: 12 });
  const out = fc.integer({ min: 0, max: 14 });
  const batch = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null });
  const ch = fc.integer({ min: 1, max: 3 });

  for (const [def, kind] of [[avg1d, 'avg'], [max1d, 'max']] as const) {
    test(`${def.title}`, () => {
      fc.assert(
        fc.property(batch, ch, size, out, (N, C, L, O) => {
          const r = estimateRaw(def, { batch: str(N), channels: String(C), length_in: String(L), output_size: String(O) }, 'error');
          if (!r.ok) throw new Error(r.error.message);
          const w = walk(kind, (N ?? 1) * C, [[L, O]]);
          const exact = r.exact as Record<string, bigint>;
          if (kind === 'max') expect(exact).toEqual({ comparisons: w.comparisons, total_ops: w.comparisons });
          else expect(exact).toEqual({ additions: w.additions, divisions: w.divisions, total_ops: w.additions + w.divisions });
          expect(r.output_shapes).toEqual([[...(N === null ? [] : [BigInt(N)]), BigInt(C), BigInt(O)]]);
        }),
        { numRuns: 300 },
      );
    });
  }

  const entry = fc.option(out, { nil: null });
  for (const [def, kind] of [[avg2d, 'avg'], [max2d, 'max']] as const) {
    test(`${def.title}, output_size an int or a pair with None entries`, () => {
      fc.assert(
        fc.property(batch, ch, size, size, fc.oneof(out, fc.tuple(entry, entry)), (N, C, H, W, os) => {
          const text = typeof os === 'number' ? String(os) : `(${os.map((x) => (x === null ? 'None' : x)).join(',')})`;
          const r = estimateRaw(def, { batch: str(N), channels: String(C), height_in: String(H), width_in: String(W), output_size: text }, 'error');
          if (!r.ok) throw new Error(r.error.message);
          const [OH, OW] = typeof os === 'number' ? [os, os] : [os[0] ?? H, os[1] ?? W];
          const w = walk(kind, (N ?? 1) * C, [[H, OH], [W, OW]]);
          const exact = r.exact as Record<string, bigint>;
          if (kind === 'max') expect(exact).toEqual({ comparisons: w.comparisons, total_ops: w.comparisons });
          else expect(exact).toEqual({ additions: w.additions, divisions: w.divisions, total_ops: w.additions + w.divisions });
          expect(r.output_shapes).toEqual([[...(N === null ? [] : [BigInt(N)]), BigInt(C), BigInt(OH), BigInt(OW)]]);
        }),
        { numRuns: 300 },
      );
    });
  }

  test('the mean path over an empty axis: no additions, one division per plane', () => {
    const r = estimateRaw(avg2d, { batch: '2', channels: '3', height_in: '0', width_in: '5', output_size: '1' }, 'error');
    expect(r.ok && r.exact).toEqual({ additions: 0n, divisions: 6n, total_ops: 6n });
  });
});

describe('golden records: the second output of the max pools', () => {
  for (const def of [max1d, max2d]) {
    test(`${def.title}: indices have the output’s shape exactly when return_indices=True`, () => {
      const records = (JSON.parse(readFileSync(new URL(`../../../tests/fixtures/golden/${def.id}.json`, import.meta.url), 'utf8')) as { records: { params: Record<string, unknown>; output_shape?: number[]; indices_shape?: number[]; torch_error?: unknown }[] }).records;
      let checked = 0;
      for (const rec of records.filter((x) => !x.torch_error)) {
        const r = estimateRaw(def, rec.params, 'error');
        if (!r.ok) throw new Error(r.error.message);
        expect(r.indices_shape).toEqual(rec.indices_shape ? rec.indices_shape.map(BigInt) : null);
        checked++;
      }
      expect(checked).toBeGreaterThan(50);
    });
  }
});

const counts = (o: Record<string, { count: bigint | null }>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.count]));
const P = (v: Partial<AdaptivePoolParams>) => ({ batch: null, channels: 1n, return_indices: false, ...v }) as AdaptivePoolParams;

describe('peers: the survey’s executed figures (peers-modules.md §2)', () => {
  test('AdaptiveAvgPool1d(1) on (8, 512, 100)', () => {
    expect(counts(avg1dPeers(P({ batch: 8n, channels: 512n, length_in: 100n, output_size: 1n })))).toMatchObject({
      flopcountermode: 0n, fvcore: 0n, ptflops: 460_800n, ptflops_aten: 0n, thop: 413_696n, uthop: 413_696n,
      calflops_flops: 409_600n, calflops_macs: 0n, deepspeed_flops: 409_600n, torchinfo: 0n, torchprofile: 4_096n, moduleprofiler: null,
    });
  });
  test('AdaptiveAvgPool2d(1) on (8, 2048, 7, 7)', () => {
    expect(counts(avg2dPeers(P({ batch: 8n, channels: 2048n, height_in: 7n, width_in: 7n, output_size: 1n })))).toMatchObject({
      flopcountermode: 0n, fvcore: 802_816n, ptflops: 903_168n, ptflops_aten: 0n, thop: 819_200n, uthop: 819_200n,
      calflops_flops: 802_816n, calflops_macs: 0n, torchinfo: 0n, torchprofile: 16_384n, moduleprofiler: 16_384n,
    });
  });
  test('thop’s float ratio and ultralytics-thop’s windows part where the windows overlap', () => {
    // 10 → 3: windows of 4, 4, 4; thop's ratio 10/3 gives int((10/3 + 1)·3) = 13.
    const r = counts(avg1dPeers(P({ batch: 1n, channels: 1n, length_in: 10n, output_size: 3n })));
    expect(r.thop).toBe(13n);
    expect(r.uthop).toBe(12n + 3n);
  });
  test('the max pools: free in thop and torchprofile, per input element in ptflops and calflops', () => {
    const p1 = counts(max1dPeers(P({ batch: 8n, channels: 256n, length_in: 1000n, output_size: 1n })));
    expect(p1).toMatchObject({ thop: 0n, uthop: 0n, torchprofile: 0n, fvcore: 0n, calflops_flops: 2_048_000n, ptflops: 256_000n + 2_048_000n, moduleprofiler: 2_048n });
    expect(counts(max1dPeers(P({ batch: 8n, channels: 256n, length_in: 1000n, output_size: 1n, return_indices: true }))).moduleprofiler).toBeNull();
    expect(counts(max2dPeers(P({ batch: 1n, channels: 512n, height_in: 10n, width_in: 10n, output_size: [7n, 7n] }))).moduleprofiler).toBeNull();
  });
});
