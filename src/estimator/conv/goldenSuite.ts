// The family's checks of a golden file (real PyTorch 1.13): the family-specific fields (per-axis
// probes, N-d counts, PyTorch's errors). Each module folder runs it on its own fixture
// (src/estimator/conv<n>d/golden.test.ts); the generic contract suite checks what every module shares.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { InvalidInput } from '../core/module.ts';
import type { ConvDefinition } from './define.ts';
import type { ConvResult } from './estimate.ts';
import { trace } from './forward.ts';
import type { Layout } from './layout.ts';
import type { ConvParams } from './params.ts';
import { simulateProbe } from './simulate.ts';

type Json = number | string | null | boolean | Json[] | { [k: string]: Json };
interface GoldenRecord {
  params: Record<string, Json>;
  category: string;
  intended_violation?: string;
  torch_error?: { type: string; message: string; stage: string };
  [field: string]: Json | undefined;
}

const load = (name: string): GoldenRecord[] => JSON.parse(readFileSync(new URL(`../../../tests/fixtures/golden/${name}.json`, import.meta.url), 'utf8')).records;

/** A golden integer (a JSON number, or a decimal string from 2^53 on) as a bigint. */
const int = (v: Json | undefined) => BigInt(v as number | string);

/** The record's params as the estimator's typed arguments. */
function paramsOf(raw: Record<string, Json>): ConvParams {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'input_shape') continue;
    out[k] = typeof v === 'number' ? BigInt(v) : Array.isArray(v) ? v.map((x) => BigInt(x as number)) : v;
  }
  return out as unknown as ConvParams;
}

const flat = (v: Json | undefined): number[] => (Array.isArray(v) ? v.flatMap((x) => flat(x)) : [v as number]);

/** Every record of a module's golden file against its definition. */
export function convGoldenSuite(name: string, definition: unknown, layout: Layout): void {
  const def = definition as ConvDefinition<ConvParams>;
  describe(`${name} golden records`, () => {
  const records = load(name);
  const valid = records.filter((r) => r.category !== 'invalid');
  const invalid = records.filter((r) => r.category === 'invalid');

  test('the parameters are declared in the golden data’s key order', () => {
    expect(def.params.map((s) => s.name)).toEqual(Object.keys(records[0].params).filter((k) => k !== 'input_shape'));
  });

  test('the file has 300 valid and 60 invalid records', () => {
    expect(valid.length).toBe(300);
    expect(invalid.length).toBe(60);
  });

  test.each(valid.map((r, i) => [i, r] as const))('valid record %i: shapes, per-dimension probe, N-d counts, methods', (_i, r) => {
    const p = paramsOf(r.params);
    const e = def.estimate(p);
    expect(e.ok, JSON.stringify(r.params)).toBe(true);
    if (!e.ok) return;
    const res = e as unknown as ConvResult<ConvParams>;
    expect(res.output_shapes).toEqual([(r.output_shape as number[]).map(BigInt)]);
    layout.spatialOut.forEach((key) => expect(res[key], key).toBe(int(r[key])));
    const perDim = r.per_dim as { [k: string]: Json }[];
    expect(res.per_dim.length).toBe(perDim.length);
    perDim.forEach((d, i) => {
      expect(res.per_dim[i].size_in, `size_in ${i}`).toBe(int(d.size_in));
      expect(res.per_dim[i].size_out, `size_out ${i}`).toBe(int(d.size_out));
      expect(res.per_dim[i].pad, `pad ${i}`).toEqual((d.pad as number[]).map(BigInt));
      expect(res.per_dim[i].dense, `dense ${i}`).toBe(int(d.dense));
      expect(res.per_dim[i].taps_in_bounds, `taps_in_bounds ${i}`).toBe(int(d.taps_in_bounds));
      expect(res.per_dim[i].positions_reached, `positions_reached ${i}`).toBe(int(d.positions_reached));
    });
    expect(res.dense_per_filter).toBe(int(r.dense_per_filter));
    expect(res.taps_in_bounds).toBe(int(r.taps_in_bounds));
    expect(res.positions_reached).toBe(int(r.positions_reached));
    expect(res.taps_on_data).toBe(int(r.taps_on_data));

    // The counts derived from the record's own fields, as the guide derives them.
    const N = p.batch ?? 1n;
    const G = p.in_channels / p.groups;
    const b = p.bias ? 1n : 0n;
    const O = perDim.reduce((a, d) => a * int(d.size_out), 1n);
    const T = int(r.taps_on_data);
    const P = p.padding_mode === 'zeros' ? int(r.positions_reached) : O;
    expect(res.exact.products_per_filter).toBe(T);
    expect(res.exact.positions_reached).toBe(P);
    expect(res.exact.multiplications).toBe(N * p.out_channels * G * T);
    expect(res.exact.additions).toBe(N * p.out_channels * (G * T - P + b * P));
    expect(res.exact.total_ops).toBe(res.exact.multiplications + res.exact.additions);
    expect(res.exact.macs).toBe(res.exact.multiplications);
    const denseMults = N * p.out_channels * G * int(r.dense_per_filter);
    expect(res.dense).toEqual({ macs: denseMults, multiplications: denseMults, additions: denseMults, total_ops: 2n * denseMults });
    // The documented total is the exact count of the dense implementation, bias included.
    if (r.formula_ops === null) expect(res.documented).toBeNull();
    else {
      expect(res.documented!.total_ops).toBe(int(r.formula_ops));
      expect(res.documented!.total_ops).toBe(denseMults + N * p.out_channels * (G * int(r.dense_per_filter) - O + b * O));
    }
  });

  test('the simulator reproduces every all-ones probe PyTorch printed', () => {
    let checked = 0;
    for (const r of valid) {
      const t = trace(paramsOf(r.params), layout);
      if (!t.ok) throw new Error(JSON.stringify(r.params));
      const perDim = r.per_dim as { [k: string]: Json }[];
      t.axes.forEach((a, i) => {
        if (perDim[i].ones_output === undefined) return;
        expect(simulateProbe([a]).ones_output, JSON.stringify(r.params)).toEqual(flat(perDim[i].ones_output));
        checked++;
      });
      if (r.ones_output !== undefined) {
        expect(simulateProbe(t.axes).ones_output, JSON.stringify(r.params)).toEqual(flat(r.ones_output));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  test("moduleprofiler's reference function agrees with the formula except for unbatched Conv2d (N = C_in)", () => {
    for (const r of valid) {
      if (r.reference_ops === null || r.reference_ops === undefined || typeof r.reference_ops === 'string') continue;
      const factor = name === 'conv2d' && r.params.batch === null ? int(r.params.in_channels) : 1n;
      expect(int(r.reference_ops), JSON.stringify(r.params)).toBe(factor * int(r.formula_ops));
    }
  });

  test.each(invalid.map((r, i) => [i, r.intended_violation, r] as const))('invalid record %i (%s): PyTorch’s error, stage and type', (_i, violation, r) => {
    const p = paramsOf(r.params);
    let error: InvalidInput | null;
    if (r.params.input_shape) error = def.rankError(p, (r.params.input_shape as number[]).map(BigInt));
    else {
      const e = def.estimate(p);
      error = e.ok ? null : (e.error as InvalidInput);
    }
    expect(error, JSON.stringify(r.params)).not.toBeNull();
    expect(error!.torch).toEqual(r.torch_error);
    expect(error!.rule).toBe(violation);
    expect(error!.message.length).toBeGreaterThan(20);
  });
});
}
