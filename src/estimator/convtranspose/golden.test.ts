// Every golden record of real PyTorch 1.13 (ConvTranspose2d and ConvTranspose3d) against the
// estimator: shapes, per-axis and n-d scatter counts, the documented total, and every invalid
// configuration rejected with PyTorch's own error.
import { describe, expect, test } from 'vitest';
import { estimateRaw } from '../core/define.ts';
import { definition as def2d, type ConvTranspose2dParams } from '../convtranspose2d/index.ts';
import { definition as def3d, type ConvTranspose3dParams } from '../convtranspose3d/index.ts';
import { productsInWindow } from '../convtranspose1d/productsInWindow.ts';
import { coveredPositions } from '../convtranspose1d/coveredPositions.ts';
import { documentedCounts } from './documented.ts';
import type { NdResult } from './estimate.ts';
import { big, loadGolden, toParams, toRaw, type GoldenValid } from './goldenRecords.ts';
import { layout2d, layout3d, type Layout } from './layout.ts';
import { outputSizes, product, seedSizes } from './outputSize.ts';
import type { TransposedParams } from './params.ts';
import { coveredPerFilter } from './coveredPositions.ts';
import { productsPerFilter } from './products.ts';
import { rankError, validate } from './rules.ts';
import { seedAdditions } from './seedAdditions.ts';
import { nested, simulateProbeNd } from './simulate.ts';
import { axesOf } from './tuples.ts';
import type { ConvTransposeDefinition } from './define.ts';

interface Case {
  id: 'convtranspose2d' | 'convtranspose3d';
  layout: Layout;
  def: ConvTransposeDefinition<ConvTranspose2dParams> | ConvTransposeDefinition<ConvTranspose3dParams>;
}

const cases: Case[] = [
  { id: 'convtranspose2d', layout: layout2d, def: def2d },
  { id: 'convtranspose3d', layout: layout3d, def: def3d },
];

const label = (r: { params: object }) => JSON.stringify(r.params);
const ints = (xs: readonly number[]) => xs.map(BigInt);

describe.each(cases)('$id golden records', ({ id, layout, def }) => {
  const golden = loadGolden(id);
  const P = (r: { params: GoldenValid['params'] }) => toParams<TransposedParams>(r.params, layout.spatialIn) as ConvTranspose2dParams & ConvTranspose3dParams;

  test('the fixture holds 300 valid and 60 invalid records from PyTorch 1.13', () => {
    expect(golden.torchVersion).toBe('1.13.0a0');
    expect(golden.valid.length).toBe(300);
    expect(golden.invalid.length).toBe(60);
  });

  test.each(golden.valid.map((r) => [label(r), r] as [string, GoldenValid]))('valid %s', (_l, r) => {
    const p = P(r);
    expect(validate(p, layout)).toBeNull();
    const e = def.estimate(p);
    if (!e.ok) throw new Error(`rejected a layer PyTorch ran: ${e.error.message}`);
    const res = e as unknown as NdResult<TransposedParams>;

    // Shapes.
    expect(res.output_shapes).toEqual([ints(r.output_shape)]);
    layout.spatialOut.forEach((name, i) => expect(res[name], name).toBe(BigInt(r.output_shape[r.output_shape.length - layout.nd + i])));
    layout.spatialOut.forEach((name) => expect(res[name], name).toBe(BigInt(r[name] as number)));

    // Per axis.
    const axes = axesOf(p, layout);
    const sizes = outputSizes(axes);
    const seeds = seedSizes(axes);
    r.per_dim.forEach((g, i) => {
      const at = `axis ${i}`;
      expect(axes[i].length_in, at).toBe(BigInt(g.size_in));
      expect(sizes[i], at).toBe(BigInt(g.size_out));
      expect(seeds[i], at).toBe(BigInt(g.seed_size_out));
      const M = productsInWindow(axes[i], 0n, sizes[i] - 1n);
      const Pi = coveredPositions(axes[i], sizes[i]);
      expect(M, `${at} multiplications_scatter`).toBe(BigInt(g.multiplications_scatter));
      expect(Pi, `${at} positions_reached`).toBe(BigInt(g.positions_reached));
      expect(M - Pi, `${at} additions_true`).toBe(BigInt(g.additions_true));
      const seedSum = seeds[i] >= 1n ? productsInWindow(axes[i], 0n, seeds[i] - 1n) - seeds[i] : null;
      expect(seedSum, `${at} additions_seed_method`).toBe(g.additions_seed_method === null ? null : BigInt(g.additions_seed_method));
    });

    // N-d: products of the per-axis counts.
    expect(productsPerFilter(axes, sizes)).toBe(big(r.multiplications_scatter));
    expect(coveredPerFilter(axes, sizes)).toBe(big(r.positions_reached));
    expect(res.exact.products_per_filter).toBe(big(r.multiplications_scatter));
    expect(res.exact.covered_positions).toBe(big(r.positions_reached));
    expect(res.exact.additions_per_filter).toBe(big(r.additions_true));

    // Exact operations from the golden M and P (conv-family.md, "Exact operation counts").
    const N = p.batch ?? 1n;
    const G = p.in_channels / p.groups;
    const M = big(r.multiplications_scatter), Pn = big(r.positions_reached);
    expect(res.exact.multiplications).toBe(N * p.out_channels * G * M);
    expect(res.exact.additions).toBe(N * p.out_channels * (G * M - Pn + (p.bias ? Pn : 0n)));
    expect(res.exact.macs).toBe(res.exact.multiplications);
    expect(res.exact.total_ops).toBe(res.exact.multiplications + res.exact.additions);

    // Dense convention: N·∏in·ψ·∏k.
    const psi = (p.in_channels * p.out_channels) / p.groups;
    expect(res.dense.macs).toBe(N * product(axes.map((a) => a.length_in)) * psi * product(axes.map((a) => a.kernel_size)));

    // The documented method: null exactly where PyTorch refused the probe.
    const probeRuns = r.additions_seed_method !== null;
    expect(probeRuns).toBe(r.seed_ones_error === undefined);
    if (probeRuns) {
      expect(seedAdditions(axes)).toBe(big(r.additions_seed_method!));
      // The n-d documented function against the golden formula N·(ψ·(O·∏k + A) + C_out·O·(G − 1 + b)).
      const O = product(sizes);
      const K = product(axes.map((a) => a.kernel_size));
      const formula = N * (psi * (O * K + big(r.additions_seed_method!)) + p.out_channels * O * (G - 1n + (p.bias ? 1n : 0n)));
      expect(documentedCounts(p, axes, sizes).total_ops).toBe(formula);
    }
    if (layout.nd === 2) {
      if (r.formula_ops === null) {
        expect(probeRuns).toBe(false);
        expect(res.documented).toBeNull();
        expect(res.documented_unavailable!.torch).toBe(r.seed_ones_error!.message);
      } else {
        expect(res.documented_unavailable).toBeNull();
        expect(res.documented!.total_ops).toBe(big(r.formula_ops));
        expect(res.documented!.additions_per_filter).toBe(big(r.additions_seed_method!));
      }
    } else {
      // moduleprofiler has no ConvTranspose3d page: no documented count, and none in the data.
      expect(r.formula_ops).toBeNull();
      expect(res.documented).toBeNull();
      expect(res.documented_unavailable).toBeNull();
    }

    // The raw golden values parse to the same layer.
    const raw = estimateRaw(def as ConvTransposeDefinition<TransposedParams>, toRaw(r.params), 'error');
    expect(raw.ok).toBe(true);
    if (raw.ok) expect(raw.params).toEqual(p);

    // The probe arrays PyTorch produced, against the brute-force scatter (small outputs only).
    if (r.ones_output_with_output_padding) expect(nested(simulateProbeNd(axes, sizes))).toEqual(r.ones_output_with_output_padding);
    if (r.ones_output) expect(nested(simulateProbeNd(axes, seeds))).toEqual(r.ones_output);
  });

  test.each(golden.invalid.map((r) => [`${r.intended_violation} ${label(r)}`, r] as const))('invalid %s', (_l, r) => {
    const p = P(r);
    const error = r.params.input_shape ? rankError(p, ints(r.params.input_shape), layout) : validate(p, layout);
    expect(error, 'rejected').not.toBeNull();
    expect(error!.torch).toEqual(r.torch_error);
    expect(error!.rule).toBe(r.intended_violation);
    if (r.params.input_shape) {
      expect(def.rankError(p, ints(r.params.input_shape))).toEqual(error);
    } else {
      const e = def.estimate(p);
      expect(e.ok ? null : e.error).toEqual(error);
      // Parsed from the raw values too: a string padding and an unknown padding_mode parse, and the rules reject them.
      const raw = estimateRaw(def as ConvTransposeDefinition<TransposedParams>, toRaw(r.params), 'error');
      expect(raw.ok ? null : raw.error).toEqual(error);
    }
  });
});
