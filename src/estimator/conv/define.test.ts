// The module definitions: what they declare, the worked examples by hand, the documented
// method's identities, presets, and layers far beyond 2^53.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimateRaw } from '../core/define.ts';
import { parseParams } from '../core/params.ts';
import { presetsOf } from '../registry.ts';
import { definition as conv1d } from '../conv1d/index.ts';
import { definition as conv2d } from '../conv2d/index.ts';
import { familyDefinition3d } from './testDefinitions.ts';
import type { ConvDefinition } from './define.ts';
import { aggregationOps, documentedCounts, filters, opsPerFilter, totalOps, totalOpsClosed } from './documented.ts';
import type { ConvResult } from './estimate.ts';
import type { ConvParams } from './params.ts';

type Def = ConvDefinition<ConvParams>;
const all = [conv1d, conv2d, familyDefinition3d] as unknown as Def[];
const [d1, d2, d3] = all;
const run = (def: Def, p: Record<string, unknown>) => {
  const e = def.estimate(p as unknown as ConvParams);
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  return e as unknown as ConvResult<ConvParams>;
};
/** The calculator's initial layer (the worked example), with some arguments changed. */
const layer = (def: Def, over: Record<string, unknown>) => ({ ...Object.fromEntries(def.params.map((s) => [s.name, s.initial])), ...over });

describe('what the definitions declare', () => {
  test('ids, names, family, documented source', () => {
    expect(all.map((d) => [d.id, d.torchName, d.title, d.family])).toEqual([
      ['conv1d', 'torch.nn.Conv1d', 'Conv1d', 'Convolution'],
      ['conv2d', 'torch.nn.Conv2d', 'Conv2d', 'Convolution'],
      ['conv3d', 'torch.nn.Conv3d', 'Conv3d', 'Convolution'],
    ]);
    expect(d1.documentedSource?.url).toBe('https://eagomez2.github.io/moduleprofiler/modules/conv1d/');
    expect(d2.documentedSource?.url).toBe('https://eagomez2.github.io/moduleprofiler/modules/conv2d/');
    expect(d3.documentedSource).toBeNull();
    for (const d of all) expect(d.summary.length).toBeGreaterThan(20);
  });

  test.each([
    ['conv1d', d1],
    ['conv2d', d2],
  ] as const)('%s: parameters in the golden data’s key order, with kinds', (name, def) => {
    const first = JSON.parse(readFileSync(new URL(`../../../tests/fixtures/golden/${name}.json`, import.meta.url), 'utf8')).records[0];
    expect(def.params.map((s) => s.name)).toEqual(Object.keys(first.params).filter((k) => k !== 'input_shape'));
    const kinds = Object.fromEntries(def.params.map((s) => [s.name, s.kind]));
    expect(kinds).toMatchObject({ batch: 'int', kernel_size: 'ints', stride: 'ints', padding: 'ints', dilation: 'ints', groups: 'int', bias: 'bool', padding_mode: 'enum' });
    const byName = Object.fromEntries(def.params.map((s) => [s.name, s]));
    expect(byName.kernel_size.torchDefault).toBeUndefined();
    expect(byName.padding).toMatchObject({ torchDefault: 0n, strings: ['same', 'valid'] });
    expect(byName.padding_mode).toMatchObject({ torchDefault: 'zeros', options: ['zeros', 'reflect', 'replicate', 'circular'] });
    expect(byName.batch).toMatchObject({ role: 'input', min: 0n, initial: null });
    expect(def.params.filter((s) => s.role === 'input').map((s) => s.name)).toEqual(['batch', ...def.inputs[0].dims.slice(2).map((d) => d.param)]);
  });

  test('methods, their quantities as result fields, and the headline', () => {
    for (const def of all) {
      const r = run(def, layer(def, {}));
      for (const m of def.methods) {
        const fields = r[m.id] as Record<string, bigint>;
        expect(Object.keys(fields).sort(), m.id).toEqual(m.quantities.map((q) => q.key).sort());
      }
      for (const h of def.headline) expect(typeof (r[h.method] as Record<string, bigint>)[h.key]).toBe('bigint');
    }
    expect(d1.methods.map((m) => m.id)).toEqual(['exact', 'documented', 'dense']);
    expect(d3.methods.map((m) => m.id)).toEqual(['exact', 'dense']);
    expect(d2.headline).toEqual([
      { method: 'exact', key: 'macs' },
      { method: 'exact', key: 'total_ops' },
      { method: 'documented', key: 'total_ops' },
      { method: 'dense', key: 'macs' },
    ]);
    expect(d3.headline.map((h) => h.method)).toEqual(['exact', 'exact', 'dense']);
    for (const def of all) {
      expect(def.versions).toEqual([{ version: 1, date: '2026-12-01', estimate: def.estimate }]);
      expect(def.outputs).toEqual(['output']);
      expect(def.inputs[0]).toMatchObject({ name: 'input', batchOptional: true });
    }
    expect(d3.inputs[0].dims.map((d) => d.symbol)).toEqual(['N', 'C_{in}', 'D_{in}', 'H_{in}', 'W_{in}']);
  });

  test('the torch expression writes required arguments positionally, the rest by keyword when not default', () => {
    expect(d2.torchExpression(layer(d2, { in_channels: 3n, out_channels: 64n, kernel_size: 7n, stride: 2n, padding: 3n, bias: false }) as unknown as ConvParams)).toBe(
      'nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False)',
    );
    expect(d1.torchExpression(layer(d1, { kernel_size: [5n], stride: 1n, padding: 'same', dilation: [2n], padding_mode: 'reflect' }) as unknown as ConvParams)).toBe(
      "nn.Conv1d(1, 1, (5,), padding='same', dilation=(2,), padding_mode='reflect')",
    );
  });
});

describe('the worked examples, by hand', () => {
  test('Conv1d(1, 1, 3, padding=1) on length 8', () => {
    // y = 2 3 3 3 3 3 3 2: T = 22, P = 8; dense 8·3 = 24.
    const r = run(d1, layer(d1, {}));
    expect(r.output_shapes).toEqual([[1n, 8n]]);
    expect(r.length_out).toBe(8n);
    expect(r.exact).toEqual({ products_per_filter: 22n, positions_reached: 8n, multiplications: 22n, additions: 22n, total_ops: 44n, macs: 22n });
    // ψ = 1, λ = 8·(2·3 − 1) = 40, γ = 1·8·(1 − 1 + 1) = 8, total = 48.
    expect(r.documented).toEqual({ filters: 1n, ops_per_filter: 40n, aggregation_ops: 8n, total_ops: 48n });
    expect(r.dense).toEqual({ macs: 24n, multiplications: 24n, additions: 24n, total_ops: 48n });
  });

  test('Conv2d(1, 1, 3, stride=2, padding=1) on 5×5', () => {
    // Per axis: outputs at −1..1, 1..3, 3..5 take 2, 3, 2 taps: T = 7, P = 3; in 2-d T = 49, P = 9.
    const r = run(d2, layer(d2, {}));
    expect(r.output_shapes).toEqual([[1n, 3n, 3n]]);
    expect([r.height_out, r.width_out]).toEqual([3n, 3n]);
    expect(r.exact).toMatchObject({ products_per_filter: 49n, positions_reached: 9n, multiplications: 49n, additions: 49n, total_ops: 98n });
    // λ = 9·(2·9 − 1) = 153, γ = 9, total 162.
    expect(r.documented).toEqual({ filters: 1n, ops_per_filter: 153n, aggregation_ops: 9n, total_ops: 162n });
    expect(r.dense.macs).toBe(81n);
  });

  test('Conv3d(1, 1, 3, padding=1) on 4×4×4: no documented method', () => {
    // Per axis y = 2 3 3 2: T = 10, P = 4; in 3-d T = 1000, P = 64, dense 64·27 = 1728.
    const r = run(d3, layer(d3, {}));
    expect(r.output_shapes).toEqual([[1n, 4n, 4n, 4n]]);
    expect(r.documented).toBeNull();
    expect(r.exact).toMatchObject({ products_per_filter: 1000n, positions_reached: 64n, multiplications: 1000n, additions: 1000n });
    expect(r.dense.macs).toBe(1728n);
  });

  test('groups, channels, batch and bias enter as the guide derives', () => {
    // Conv1d(4, 6, 3, padding=1, groups=2, bias=False) on (5, 4, 8): G = 2, T = 22, P = 8.
    const r = run(d1, layer(d1, { batch: 5n, in_channels: 4n, out_channels: 6n, groups: 2n, bias: false }));
    expect(r.exact.multiplications).toBe(5n * 6n * 2n * 22n);
    expect(r.exact.additions).toBe(5n * 6n * (2n * 22n - 8n));
    expect(r.dense.macs).toBe(5n * 6n * 8n * 2n * 3n);
    expect(r.documented!.total_ops).toBe(5n * 6n * 8n * (2n * 2n * 3n - 1n));
    expect(r.output_shapes).toEqual([[5n, 6n, 8n]]);
  });
});

describe("the documented method's identities", () => {
  const pos = fc.bigInt({ min: 1n, max: 2n ** 40n });
  test('property: N·(ψλ + γ) = the closed form = the page’s summary with and without bias', () => {
    fc.assert(
      fc.property(pos, fc.bigInt({ min: 1n, max: 64n }), fc.bigInt({ min: 1n, max: 64n }), fc.bigInt({ min: 1n, max: 16n }), pos, pos, fc.boolean(), (n, gIn, gOut, groups, O, K, bias) => {
        const p = { batch: n, in_channels: gIn * groups, out_channels: gOut * groups, groups, bias } as unknown as ConvParams;
        const d = documentedCounts(p, O, K);
        const summary = bias
          ? (n * p.in_channels * p.out_channels * O * 2n * K) / groups
          : (n * p.out_channels * O * (p.in_channels * 2n * K - groups)) / groups;
        return (
          d.filters === filters(p) &&
          d.ops_per_filter === opsPerFilter(O, K) &&
          d.aggregation_ops === aggregationOps(p, O) &&
          d.total_ops === totalOps(n, d.filters, d.ops_per_filter, d.aggregation_ops) &&
          d.total_ops === totalOpsClosed(p, O, K) &&
          d.total_ops === summary
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('presets', () => {
  test.each(all.map((d) => [d.id, d] as const))('%s: 4 or more named real layers, all valid, one with padding same, one beyond 2^53', (_id, def) => {
    expect(presetsOf[def.id as keyof typeof presetsOf]!.length).toBeGreaterThanOrEqual(4);
    let beyond = false;
    let same = false;
    for (const preset of presetsOf[def.id as keyof typeof presetsOf]!) {
      const e = estimateRaw(def, preset.values, 'initial');
      expect(e.ok, preset.label).toBe(true);
      if (!e.ok) continue;
      const r = e as unknown as ConvResult<ConvParams>;
      if (r.dense.total_ops > 2n ** 53n) beyond = true;
      if (preset.values.padding === 'same') same = true;
    }
    expect(beyond).toBe(true);
    expect(same).toBe(true);
    // The first preset is the calculator's initial layer.
    const first = parseParams(def.params, presetsOf[def.id as keyof typeof presetsOf]![0].values, 'initial');
    const initial = Object.fromEntries(def.params.map((s) => [s.name, s.initial]));
    expect(first.ok && def.estimate(def.fromValues(first.values))).toEqual(def.estimate(def.fromValues(initial)));
  });
});

describe('beyond 2^53: exact integers', () => {
  test('sizes of 2^62 do not throw and every count is exact', () => {
    const H = 2n ** 62n;
    const r = run(d1, layer(d1, { batch: H, in_channels: 2n ** 31n, out_channels: 2n ** 31n, length_in: H, kernel_size: 3n, padding: 1n }));
    // T = 3·2^62 − 2 (one tap lost at each end), P = 2^62 outputs, G = 2^31.
    const NC = H * 2n ** 31n;
    expect(r.output_shapes).toEqual([[H, 2n ** 31n, H]]);
    expect(r.exact.multiplications).toBe(NC * 2n ** 31n * (3n * H - 2n));
    expect(r.exact.additions).toBe(NC * (2n ** 31n * (3n * H - 2n) - H + H));
    expect(r.dense.macs).toBe(NC * H * 2n ** 31n * 3n);
    expect(r.documented!.total_ops).toBe(NC * H * (2n * 2n ** 31n * 3n - 1n + 1n));
  });

  test('3-d layers of 2^62 per side, with padding and stride', () => {
    const H = 2n ** 62n;
    const r = run(d3, layer(d3, { batch: 1n, depth_in: H, height_in: H, width_in: H, kernel_size: [5n, 3n, 7n], stride: [3n, 1n, 2n], padding: [2n, 1n, 3n] }));
    const sizes = [(H - 1n) / 3n + 1n, H, (H - 1n) / 2n + 1n];
    expect(r.output_shapes).toEqual([[1n, 1n, ...sizes]]);
    expect(r.dense_per_filter).toBe(sizes[0] * 5n * sizes[1] * 3n * sizes[2] * 7n);
    expect(r.taps_in_bounds < r.dense_per_filter).toBe(true);
    expect(r.exact.total_ops > 2n ** 186n).toBe(true);
  });

  test('a total beyond 2^53 is exact to the last digit', () => {
    // The guide's example: Conv2d(10000, 7000, (4, 7), padding='same', bias=False) on (239, 10000, 313, 578),
    // where moduleprofiler's float arithmetic gives …016 instead of …000.
    const r = run(d2, layer(d2, { batch: 239n, in_channels: 10000n, out_channels: 7000n, height_in: 313n, width_in: 578n, kernel_size: [4n, 7n], stride: 1n, padding: 'same', bias: false }));
    expect(r.documented!.total_ops).toBe(239n * 7000n * 313n * 578n * (2n * 10000n * 28n - 1n));
    expect(r.documented!.total_ops.toString()).toBe('169494405650878000');
    expect(BigInt(Number(r.documented!.total_ops)) === r.documented!.total_ops).toBe(false);
  });
});
