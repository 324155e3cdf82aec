// The pools' closed forms against a brute-force walk of the stated algorithm: every window of one
// (sample, channel) plane, every element of every window, on small random layers; and the
// per-axis probes against the golden records from PyTorch (tests/fixtures/golden/*pool*d.json).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { goldenRecords } from '../../../tests/harness/golden.ts';
import { definition as maxpool1d } from '../maxpool1d/index.ts';
import { definition as maxpool2d } from '../maxpool2d/index.ts';
import { definition as avgpool1d } from '../avgpool1d/index.ts';
import { definition as avgpool2d } from '../avgpool2d/index.ts';
import { peers as max1Peers } from '../maxpool1d/peers.ts';
import { peers as max2Peers } from '../maxpool2d/peers.ts';
import { peers as avg1Peers } from '../avgpool1d/peers.ts';
import { peers as avg2Peers } from '../avgpool2d/peers.ts';
import { estimateRaw, type AnyModule } from '../core/define.ts';
import type { PeerCount } from '../core/module.ts';

interface Ax {
  n: number;
  k: number;
  s: number;
  p: number;
  d: number;
}

/** Output size by walking window starts (PyTorch's rule: the last window ends inside the padded input, or with ceil_mode starts inside the input or the left padding). */
function outSize(a: Ax, ceil: boolean): number {
  const span = a.d * (a.k - 1) + 1;
  let o = 0;
  if (!ceil) while (o * a.s + span <= a.n + 2 * a.p) o++;
  else while (o * a.s < a.n + a.p && o * a.s + span - (a.s - 1) <= a.n + 2 * a.p) o++;
  return o;
}

/** One axis's windows: per output, the real elements and count_include_pad's divisor factor. */
function axisWindows(a: Ax, ceil: boolean) {
  const out = outSize(a, ceil);
  const real: number[] = [];
  const padded: number[] = [];
  for (let o = 0; o < out; o++) {
    let y = 0;
    for (let j = 0; j < a.k; j++) {
      const x = o * a.s + j * a.d; // position in the padded input
      if (x >= a.p && x <= a.p + a.n - 1) y++;
    }
    real.push(y);
    const start = o * a.s - a.p;
    padded.push(Math.min(start + a.k, a.n + a.p) - start);
  }
  return { out, real, padded };
}

/** Walks every window of a plane (outer product of the axes): max comparisons, avg additions and divisions. */
function walkPlane(axes: Ax[], ceil: boolean) {
  const w = axes.map((a) => axisWindows(a, ceil));
  const t = { outputs: 0, comparisons: 0, additions: 0, divisions: 0, real: 0, reached: 0, divisorSum: 0, emptyAvg: 0 };
  const visit = (i: number, y: number, q: number) => {
    if (i === w.length) {
      t.outputs++;
      t.real += y;
      if (y > 0) t.reached++;
      t.comparisons += Math.max(y - 1, 0);
      t.additions += y - 1;
      t.divisions++;
      t.divisorSum += q;
      if (y === 0) t.emptyAvg++;
      return;
    }
    for (let o = 0; o < w[i].out; o++) visit(i + 1, y * w[i].real[o], q * w[i].padded[o]);
  };
  visit(0, 1, 1);
  return { t, w };
}

const B = BigInt;
const axis = (max: boolean) =>
  fc
    .record({ n: fc.integer({ min: 1, max: 12 }), k: fc.integer({ min: 1, max: 6 }), s: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: max ? 3 : 1 }) })
    .chain((a) => fc.record({ n: fc.constant(a.n), k: fc.constant(a.k), s: fc.constant(a.s), d: fc.constant(a.d), p: fc.integer({ min: 0, max: Math.floor(a.k / 2) }) }));

describe.each([
  ['maxpool1d', maxpool1d, 1, true],
  ['maxpool2d', maxpool2d, 2, true],
  ['avgpool1d', avgpool1d, 1, false],
  ['avgpool2d', avgpool2d, 2, false],
] as const)('%s: closed forms = brute force', (_id, def, nd, max) => {
  test('every window of small random layers', () => {
    const layer = fc.record({
      axes: fc.array(axis(max), { minLength: nd, maxLength: nd }),
      ceil: fc.boolean(),
      batch: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      channels: fc.integer({ min: 1, max: 3 }),
      ri: fc.boolean(),
      cip: fc.boolean(),
    });
    fc.assert(
      fc.property(layer, ({ axes, ceil, batch, channels, ri, cip }) => {
        const raw: Record<string, unknown> = {
          batch: batch === null ? 'none' : String(batch),
          channels: String(channels),
          kernel_size: `(${axes.map((a) => a.k).join(',')},)`,
          stride: `(${axes.map((a) => a.s).join(',')},)`,
          padding: `(${axes.map((a) => a.p).join(',')},)`,
          ceil_mode: String(ceil),
        };
        if (nd === 1) raw.length_in = String(axes[0].n);
        else [raw.height_in, raw.width_in] = axes.map((a) => String(a.n));
        if (max) {
          raw.dilation = `(${axes.map((a) => a.d).join(',')},)`;
          raw.return_indices = String(ri);
        } else raw.count_include_pad = String(cip);
        const { t, w } = walkPlane(axes, ceil);
        const r = estimateRaw(def as AnyModule, raw, 'error');
        const sizes = w.map((x) => x.out);
        // PyTorch refuses an empty output, except MaxPool1d without indices.
        const zeroOk = max && nd === 1 && !ri;
        if (sizes.some((o) => o < 1)) {
          // No window fits: refused, or (MaxPool1d without indices, when the computed size is 0 rather than negative) an empty output.
          if (r.ok) expect(zeroOk && (r.exact as Record<string, bigint>).total_ops === 0n).toBe(true);
          else expect(r.error.rule).toBe('output_too_small');
          return;
        }
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        const planes = B((batch ?? 1) * channels);
        expect(r.output_shapes[0].slice(-nd)).toEqual(sizes.map(B));
        const exact = r.exact as Record<string, bigint>;
        const dense = r.dense as Record<string, bigint>;
        const K = axes.reduce((a, x) => a * x.k, 1);
        expect(r.taps_in_bounds).toBe(B(t.real));
        expect(r.positions_reached).toBe(B(t.reached));
        if (max) {
          expect(exact.comparisons).toBe(planes * B(t.comparisons));
          expect(exact.total_ops).toBe(exact.comparisons);
          expect(dense.comparisons).toBe(planes * B(t.outputs * (K - 1)));
          expect(r.output_shapes[1]).toEqual(ri ? r.output_shapes[0] : []);
        } else {
          expect(t.emptyAvg).toBe(0); // every average window holds a real element
          expect(exact.additions).toBe(planes * B(t.additions));
          expect(exact.divisions).toBe(planes * B(t.divisions));
          expect(exact.total_ops).toBe(planes * B(t.real));
          expect(dense.total_ops).toBe(planes * B(t.outputs * K));
          expect(r.padded_extent).toBe(B(t.divisorSum));
        }
      }),
      { numRuns: 400 },
    );
  });
});

// ------------------------------------------------------------------------------ golden probes

const modules = { maxpool1d, maxpool2d, avgpool1d, avgpool2d } as const;
const peerFns: Record<string, (p: never) => Record<string, PeerCount>> = { maxpool1d: max1Peers, maxpool2d: max2Peers, avgpool1d: avg1Peers, avgpool2d: avg2Peers };

describe.each(Object.keys(modules))('%s: the golden records’ probes', (id) => {
  const def = modules[id as keyof typeof modules] as AnyModule;
  const valid = goldenRecords(id).filter((r) => !r.torch_error);
  test('per axis: dense, taps in bounds, positions reached and each window’s count; per plane the products; the exact counts by the data’s identities', () => {
    for (const r of valid) {
      const out = estimateRaw(def, r.params, 'error');
      if (!out.ok) throw new Error(`${JSON.stringify(r.params)}: ${out.error.message}`);
      const per = out.per_dim as Record<string, bigint>[];
      const gold = r.per_dim as Record<string, number | number[]>[];
      gold.forEach((g, i) => {
        expect(per[i].size_out, 'size_out').toBe(B(g.size_out as number));
        expect(per[i].dense, 'dense').toBe(B(g.dense as number));
        expect(per[i].taps_in_bounds, 'taps').toBe(B(g.taps_in_bounds as number));
        expect(per[i].positions_reached, 'positions').toBe(B(g.positions_reached as number));
      });
      expect(out.window_elements).toBe(B(r.window_elements as number));
      expect(out.taps_in_bounds).toBe(B(r.taps_in_bounds as number));
      expect(out.positions_reached).toBe(B(r.positions_reached as number));
      const p = r.params as { batch: number | null; channels: number };
      const planes = B((p.batch ?? 1) * p.channels);
      const exact = out.exact as Record<string, bigint>;
      const O = (out.output_shapes[0] as bigint[]).slice(-gold.length).reduce((a, b) => a * b, 1n);
      if (id.startsWith('max')) expect(exact.comparisons).toBe(planes * (B(r.taps_in_bounds as number) - B(r.positions_reached as number)));
      else {
        expect(exact.additions).toBe(planes * (B(r.taps_in_bounds as number) - O));
        expect(exact.divisions).toBe(planes * O);
      }
    }
  });

  test('the brute-force walk reproduces each 1-d probe and, for averages, the divisor PyTorch used', () => {
    for (const r of valid) {
      const prm = r.params as Record<string, unknown>;
      const list = (v: unknown, i: number, dflt: number) => (v === null || v === undefined ? null : Array.isArray(v) ? (v.length === 1 ? v[0] : v[i]) : v) ?? dflt;
      const gold = r.per_dim as { size_in: number; ones_output?: number[]; divisor_factors?: number[] }[];
      gold.forEach((g, i) => {
        const k = list(prm.kernel_size, i, 1) as number;
        const a: Ax = { n: g.size_in, k, s: (list(prm.stride, i, k) as number) ?? k, p: list(prm.padding, i, 0) as number, d: list(prm.dilation, i, 1) as number };
        const w = axisWindows(a, prm.ceil_mode as boolean);
        if (g.ones_output) expect(w.real).toEqual(g.ones_output);
        if (g.divisor_factors) expect(prm.count_include_pad ? w.padded : w.real).toEqual(g.divisor_factors);
      });
    }
  });

  test('moduleprofiler’s reference code, as its counters row reproduces it (below 2^53)', () => {
    for (const r of valid) {
      const out = estimateRaw(def, r.params, 'error');
      if (!out.ok) continue;
      const mp = peerFns[id](out.params as never).moduleprofiler;
      if (r.reference_error) expect(mp.count).toBeNull();
      else if (typeof r.reference_ops === 'number') expect(mp.count).toBe(B(r.reference_ops));
    }
  });
});

describe('the counters’ reference layers (peers-modules.md §2)', () => {
  const row = (def: AnyModule, fn: (p: never) => Record<string, PeerCount>, raw: Record<string, string>) => {
    const r = estimateRaw(def, raw, 'error');
    if (!r.ok) throw new Error(r.error.message);
    return Object.fromEntries(Object.entries(fn(r.params as never)).map(([k, v]) => [k, v.count]));
  };
  test('MaxPool1d(2, 2) on (8, 64, 1000)', () => {
    const c = row(maxpool1d as AnyModule, max1Peers, { batch: '8', channels: '64', length_in: '1000', kernel_size: '2', stride: '2' });
    expect(c).toMatchObject({ flopcountermode: 0n, fvcore: 0n, ptflops: 576000n, ptflops_aten: 0n, thop: 0n, uthop: 0n, calflops_flops: 512000n, calflops_macs: 0n, torchinfo: 0n, torchprofile: 0n, moduleprofiler: 256000n });
  });
  test('MaxPool2d(3, 2, 1) on (8, 64, 112, 112)', () => {
    const c = row(maxpool2d as AnyModule, max2Peers, { batch: '8', channels: '64', height_in: '112', width_in: '112', kernel_size: '3', stride: '2', padding: '1' });
    expect(c).toMatchObject({ ptflops: 7225344n, calflops_flops: 6422528n, moduleprofiler: 1605632n, thop: 0n });
  });
  test('AvgPool1d(4, 4) on (8, 64, 1000)', () => {
    const c = row(avgpool1d as AnyModule, avg1Peers, { batch: '8', channels: '64', length_in: '1000', kernel_size: '4', stride: '4' });
    expect(c).toMatchObject({ ptflops: 576000n, thop: 128000n, uthop: 640000n, calflops_flops: 512000n, torchprofile: 128000n, moduleprofiler: 512000n });
  });
  test('AvgPool2d(2, 2) on (8, 64, 56, 56), integer kernel and a tuple', () => {
    const c = row(avgpool2d as AnyModule, avg2Peers, { batch: '8', channels: '64', height_in: '56', width_in: '56', kernel_size: '2', stride: '2' });
    expect(c).toMatchObject({ ptflops: 1806336n, thop: 401408n, uthop: 2007040n, calflops_flops: 1605632n, torchprofile: 401408n, moduleprofiler: null });
    const t = row(avgpool2d as AnyModule, avg2Peers, { batch: '8', channels: '64', height_in: '56', width_in: '56', kernel_size: '(2,2)', stride: '2' });
    expect(t.moduleprofiler).toBe(1605632n);
  });
});
