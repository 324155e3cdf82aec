// The contract every registered module keeps, run over the registry: a new module is tested
// here by its definition and its golden fixture alone, with no test code of its own.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { presetsOf, registry } from '../../src/estimator/registry.ts';
import { estimateRaw, genericTorchExpression, queryOf, type AnyModule } from '../../src/estimator/core/define.ts';
import { currentVersion } from '../../src/estimator/core/module.ts';
import { parseParams, toStrings, valueText, type ParamSpec, type ParamValues } from '../../src/estimator/core/params.ts';
import { canonicalQuery, parseLink } from '../../src/estimator/link.ts';
import { jsonSafe, resultText, run } from '../../src/cli/run.ts';
import { peersOf } from '../../src/estimator/registry.ts';
import { documentedTotal, expectedShapes, goldenRecords, hasGolden, referenceOps, sameTorchMessage, type GoldenRecord } from '../harness/golden.ts';

const modules = Object.values(registry) as AnyModule[];
/** Modules the shared golden set has no PyTorch records for (issue 13's list). */
const WITHOUT_GOLDEN = new Set(['gelu', 'silu', 'logsoftmax', 'groupnorm', 'adaptiveavgpool1d', 'adaptiveavgpool2d', 'adaptivemaxpool1d', 'adaptivemaxpool2d']);
const json = (x: unknown) => JSON.stringify(jsonSafe(x));
/** The module's examples (its folder's presets.ts). */
const presetsFor = (def: AnyModule) => (presetsOf as Record<string, readonly { label: string; values: Record<string, string> }[]>)[def.id] ?? [];
const initialRaw = (def: AnyModule) => toStrings(def.params, Object.fromEntries(def.params.map((p) => [p.name, p.initial])) as ParamValues);

/** Every bigint leaf of a value, with its path. */
function bigints(value: unknown, path = ''): [string, bigint][] {
  if (typeof value === 'bigint') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => bigints(v, path ? `${path}.${k}` : k));
}

/**
 * A golden record's raw values as the CLI and URLs take them (JSON values; long integers as
 * strings); an empty string argument is written quoted, '' (an empty value means "not given").
 */
const rawOf = (r: GoldenRecord) => Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, v === '' ? "''" : v]));

/** Quantities a module declares as possibly negative (a published formula reproduced as written). */
const signedPaths = (def: AnyModule) => new Set(def.methods.flatMap((m) => m.quantities.filter((q) => q.signed).map((q) => `${m.id}.${q.key}`)));
/** Whether a bigint leaf of a result must be non-negative. */
const mustBeNonNegative = (def: AnyModule, path: string) => !path.startsWith('params.') && !/additions_per_filter/.test(path) && !signedPaths(def).has(path);
/** A module whose input is a shape argument of its own takes golden records' input_shape as an argument. */
const ownsInputShape = (def: AnyModule) => def.params.some((p) => p.name === 'input_shape');

/** The output shape a record expects: its own field, or (N?, C_out, L_out) for convtranspose1d.json. */
function expectedShape(r: GoldenRecord): string[] | null {
  if (r.output_shape) return r.output_shape.map(String);
  const shapes = expectedShapes(r);
  if (shapes) return shapes[0];
  if (typeof r.length_out === 'number') {
    const p = r.params as { batch: number | null; out_channels: number };
    return [...(p.batch === null ? [] : [String(p.batch)]), String(p.out_channels), String(r.length_out)];
  }
  return null;
}

describe.each(modules.map((def) => [def.id, def] as const))('%s', (id, def) => {
  describe('the declaration', () => {
    test('names the PyTorch class and a unique, PyTorch-named argument list', () => {
      expect(def.torchName).toBe(`torch.nn.${def.title}`);
      expect(def.id).toBe(def.title.toLowerCase());
      const names = def.params.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const p of def.params) {
        expect(p.help.length, p.name).toBeGreaterThan(10);
        expect(p.label, p.name).toBeTruthy();
      }
      // Every dimension of every input tensor is an argument or an input size.
      for (const t of def.inputs) for (const d of t.dims) expect(names, `${t.name}.${d.param}`).toContain(d.param);
    });

    test('its initial layer and every preset are valid, with every declared quantity a non-negative integer', () => {
      const presets = presetsFor(def);
      expect(presets.length, 'every module offers examples (its folder\'s presets.ts)').toBeGreaterThan(0);
      const layers = [initialRaw(def), ...presets.map((p) => ({ ...initialRaw(def), ...p.values }))];
      expect(new Set(presets.map((p) => p.label)).size).toBe(presets.length);
      for (const raw of layers) {
        const r = estimateRaw(def, raw, 'initial');
        expect(r.ok, JSON.stringify(raw)).toBe(true);
        if (!r.ok) continue;
        expect(r.output_shapes).toHaveLength(def.outputs.length);
        for (const s of def.sizes ?? []) expect(typeof r[s.key], s.key).toBe('bigint');
        for (const m of def.methods) {
          const counts = r[m.id] as Record<string, bigint> | null;
          if (counts === null) continue;
          for (const q of m.quantities) {
            expect(typeof counts[q.key], `${m.id}.${q.key}`).toBe('bigint');
          }
        }
        for (const [path, v] of bigints(r)) if (mustBeNonNegative(def, path)) expect(v >= 0n, path).toBe(true);
        // PyTorch's warnings, where a module declares any, name their rule and say it in words.
        for (const w of r.warnings ?? []) {
          expect(w.rule).toMatch(/^[a-z_0-9]+$/);
          expect(w.message.length).toBeGreaterThan(10);
        }
      }
    });

    test('its headline names declared quantities, and its rules versions run in order', () => {
      for (const h of def.headline) {
        const m = def.methods.find((x) => x.id === h.method);
        expect(m, h.method).toBeDefined();
        expect(m!.quantities.map((q) => q.key), `${h.method}.${h.key}`).toContain(h.key);
      }
      expect(def.headline.some((h) => h.method === 'exact')).toBe(true);
      const versions = def.versions.map((v) => v.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      for (const v of def.versions) expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // With no documented method, no result may carry one.
      if (def.documentedSource === null) {
        const r = estimateRaw(def, initialRaw(def), 'initial');
        expect(r.ok && r.documented).toBeNull();
      }
    });

    test('the torch expression names the class and every required argument', () => {
      const r = estimateRaw(def, initialRaw(def), 'initial');
      if (!r.ok) throw new Error('initial layer invalid');
      const text = def.torchExpression(r.params);
      expect(text.startsWith(`nn.${def.title}(`)).toBe(true);
      expect(genericTorchExpression(def, r.params).startsWith(`nn.${def.title}(`)).toBe(true);
    });
  });

  describe('golden records from PyTorch', () => {
    test('the module has a fixture', () => {
      // The modules no PyTorch records were produced for (issue 13) are tested instead against
      // PyTorch's rules and a brute-force counter: a simulate.test.ts in their folder.
      if (WITHOUT_GOLDEN.has(id)) expect(existsSync(fileURLToPath(new URL(`../../src/estimator/${id}/simulate.test.ts`, import.meta.url)))).toBe(true);
      else expect(hasGolden(id)).toBe(true);
    });
    const records = hasGolden(id) ? goldenRecords(id) : [];
    const valid = records.filter((r) => !r.torch_error);
    const invalid = records.filter((r) => r.torch_error);

    test.each(valid.map((r, i) => [i, r.category, r] as const))('valid record %i (%s) through the CLI: shape, documented total', (_i, _c, r) => {
      const out = JSON.parse(resultText(def, rawOf(r))) as Record<string, unknown>;
      expect(out.ok, JSON.stringify(out.error ?? '')).toBe(true);
      const shape = expectedShape(r);
      if (shape) expect((out.output_shapes as string[][])[0]).toEqual(shape);
      // Every output PyTorch returned, by the names the definition gives them.
      const shapes = expectedShapes(r, def.outputs);
      if (shapes) expect(out.output_shapes).toEqual(shapes);
      // Sizes the definition declares that the record also gives (length_out, effective_dim, …).
      for (const size of def.sizes ?? []) if (size.key in r) expect(out[size.key], size.key).toBe(String(r[size.key]));
      // PyTorch's warnings, in its words, on records that list them (those that name moduleprofiler's function do, when there are any).
      if ('reference_fn' in r) {
        const warned = ((out.warnings as { torch: { message: string } | null }[] | undefined) ?? []).map((w) => w.torch?.message);
        expect(warned, 'warnings').toEqual((r.torch_warnings as string[] | undefined) ?? []);
      }
      // What moduleprofiler's own code returned (records that name its function, reference_fn), where the module's
      // counters page reproduces it: exact below 2^53 (above, that code counts in floating point).
      const reference = 'reference_fn' in r ? referenceOps(r) : undefined;
      const mp = (out.peers as Record<string, { count: string | null }> | undefined)?.moduleprofiler;
      if (reference !== undefined && mp && (reference === null || (reference < 1n << 53n && reference > -(1n << 53n)))) {
        expect(mp.count, 'peers.moduleprofiler').toBe(reference === null ? null : reference.toString());
      }
      const doc = documentedTotal(r);
      if (doc !== undefined) {
        if (doc === null) expect(out.documented).toBeNull();
        else expect((out.documented as { total_ops: string }).total_ops).toBe(doc.toString());
      }
      for (const m of def.methods) {
        const counts = out[m.id] as Record<string, string> | null;
        if (counts) for (const q of m.quantities) expect(/^-?\d+$/.test(counts[q.key]), `${m.id}.${q.key}`).toBe(true);
      }
    });

    test.each(invalid.map((r, i) => [i, r.intended_violation, r] as const))('invalid record %i (%s) is refused with PyTorch’s words', (_i, _v, r) => {
      const out = JSON.parse(resultText(def, rawOf(r))) as { ok: boolean; error: { rule: string; message: string; torch: { message: string; stage: string; type: string } | null } };
      expect(out.ok).toBe(false);
      expect(out.error.message.length).toBeGreaterThan(10);
      expect(out.error.torch, out.error.message).not.toBeNull();
      expect(sameTorchMessage(out.error.torch!.message, r.torch_error!.message), `${out.error.torch!.message}\n≠ ${r.torch_error!.message}`).toBe(true);
      expect(out.error.torch!.stage).toBe(r.torch_error!.stage);
      expect(out.error.torch!.type).toBe(r.torch_error!.type);
    });
  });

  describe('links and the command line reproduce a layer', () => {
    const samples = () => {
      const golden = hasGolden(id) ? goldenRecords(id).filter((r) => !r.torch_error && (ownsInputShape(def) || !('input_shape' in r.params))) : [];
      // Every 7th record: a spread of categories without running hundreds of CLI processes' worth of work.
      return [...presetsFor(def).map((p) => ({ ...initialRaw(def), ...p.values })), ...golden.filter((_r, i) => i % 7 === 0).map((r) => r.params)];
    };

    test('canonical query → parse → the same result, under the current version', () => {
      for (const raw of samples()) {
        const r = estimateRaw(def, raw, 'error');
        expect(r.ok, JSON.stringify(raw)).toBe(true);
        if (!r.ok) continue;
        const query = canonicalQuery(def.params, r.params as ParamValues, currentVersion(def));
        expect(query).toBe(`v=${currentVersion(def)}${queryOf(def, r.params) ? `&${queryOf(def, r.params)}` : ''}`);
        const link = parseLink(def.params, `?${query}`, def.versions.map((v) => v.version));
        expect(link.issues).toEqual([]);
        expect(link.version).toBe(currentVersion(def));
        expect(json(estimateRaw(def, link.fields, 'error'))).toBe(json(r));
      }
    });

    test('the same arguments as CLI flags print the same result', () => {
      for (const raw of samples().slice(0, 40)) {
        const r = estimateRaw(def, raw, 'error');
        if (!r.ok) continue;
        const flags = Object.entries(Object.fromEntries(new URLSearchParams(queryOf(def, r.params)))).flatMap(([k, v]) => [`--${k}`, v]);
        const printed = run([id, ...flags]);
        expect(printed.code).toBe(0);
        if (printed.code === null) continue;
        expect(printed.stdout.trim()).toBe(resultText(def, raw));
      }
    });
  });

  describe('arbitrary input', () => {
    const value = (spec: ParamSpec) =>
      fc.oneof(
        fc.constantFrom('', 'none', '0', '1', '-1', '2', '3', '(2,3)', '(1,)', '(0,2,1)', '1,2,3,4', 'same', 'valid', 'Same', 'zeros', 'reflect', 'circular', 'true', 'false', '1e3', '0.5', '9223372036854775808', '99999999999999999999', 'NaN', '<b>x</b>', '3,'),
        fc.bigInt({ min: -4n, max: 1n << 40n }).map(String),
        fc.string({ maxLength: 6 }),
        spec.kind === 'ints' || spec.kind === 'shape' ? fc.array(fc.integer({ min: -2, max: 9 }), { minLength: 1, maxLength: 4 }).map((xs) => valueText(xs.map(BigInt))) : fc.integer({ min: 0, max: 64 }).map(String),
      );
    test('never throws: a result with non-negative counts, or a named rule with a message', () => {
      const record = fc.record(Object.fromEntries(def.params.map((p) => [p.name, value(p)])) as Record<string, fc.Arbitrary<string>>, { requiredKeys: [] });
      fc.assert(
        fc.property(record, (raw) => {
          const r = estimateRaw(def, raw, 'initial');
          if (r.ok) {
            for (const [path, v] of bigints(r)) if (mustBeNonNegative(def, path)) expect(v >= 0n, path).toBe(true);
          } else {
            expect(r.error.rule).toMatch(/^[a-z_0-9]+$/);
            expect(def.params.map((p) => p.name).concat(['input_shape'])).toContain(r.error.param);
            // What the reader typed is quoted back; the rest of the sentence must be ours.
            expect(r.error.message.replace(/"[^"]*"|'[^']*'/g, '""')).not.toMatch(/NaN|undefined|\[object/);
            expect(r.error.message.length).toBeGreaterThan(10);
          }
        }),
        { numRuns: Number(process.env.CONTRACT_RUNS ?? 300) },
      );
    });

    test('every required argument left out is named', () => {
      for (const p of def.params) {
        const parsed = parseParams(def.params, {}, 'error');
        if (p.torchDefault === undefined && !((p.kind === 'int' || p.kind === 'float') && p.nullable)) {
          expect(parsed.ok).toBe(false);
          break;
        }
      }
    });
  });
});
