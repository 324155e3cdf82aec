// Every golden record from real PyTorch 1.13 against the estimator (see tests/fixtures/golden/README.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  additionsPerFilter,
  estimate,
  outputLength,
  probeLength,
  productsAt,
  rules,
  simulateProbe,
  SIMULATION_LIMIT,
  summarize,
  usefulProducts,
  coveredPositions,
  validate,
  type ConvTranspose1dParams,
} from '../../src/estimator/convtranspose1d/index.ts';
import { big, invalid, toParams, valid, type GoldenParams, type InvalidRecord, type ValidRecord } from './golden.ts';

const show = (p: GoldenParams) =>
  `N=${p.batch} Cin=${p.in_channels} Cout=${p.out_channels} L=${p.length_in} K=${p.kernel_size} s=${p.stride} p=${p.padding} op=${p.output_padding} d=${p.dilation} g=${p.groups} bias=${p.bias}`;
const ints = (xs: readonly number[]) => xs.map((x) => BigInt(x));

test('the fixture has the documented 400 valid and 80 invalid records', () => {
  expect(valid.length).toBe(400);
  expect(invalid.length).toBe(80);
});

describe('valid golden records', () => {
  const cases = valid.map((r, i) => [`#${i} ${r.category} ${show(r.params)}`, r] as [string, ValidRecord]);

  test.each(cases)('%s', (_label, r) => {
    const p = toParams(r.params);
    const at = (what: string) => `${what} for ${show(r.params)}`;

    expect(validate(p), at('validate')).toBeNull();
    expect(outputLength(p), at('length_out')).toBe(big(r.length_out));

    const e = estimate(p);
    if (!e.ok) throw new Error(`estimate rejected a layer PyTorch ran: ${show(r.params)}: ${e.error.message}`);
    expect(e.length_out, at('estimate.length_out')).toBe(big(r.length_out));

    // Documented method: null exactly where PyTorch refused the probe, with PyTorch's own words.
    if (r.formula_total_ops === null) {
      expect(e.documented, at('documented')).toBeNull();
      expect(r.additions_seed_method, at('golden additions_seed_method')).toBeNull();
      expect(r.seed_ones_error, at('golden seed_ones_error')).toBeDefined();
      expect(e.documented_unavailable, at('documented_unavailable')).not.toBeNull();
      expect(e.documented_unavailable!.torch, at('documented_unavailable.torch')).toBe(r.seed_ones_error!.message);
      expect(probeLength(p), at('probeLength')).toBeLessThan(1n);
    } else {
      expect(e.documented, at('documented')).not.toBeNull();
      expect(e.documented_unavailable, at('documented_unavailable')).toBeNull();
      expect(e.documented!.total_ops, at('documented total_ops')).toBe(big(r.formula_total_ops));
      expect(additionsPerFilter(p), at('additionsPerFilter')).toBe(big(r.additions_seed_method!));
      expect(e.documented!.additions_per_filter, at('documented additions_per_filter')).toBe(big(r.additions_seed_method!));
    }

    // Exact count.
    const M = big(r.multiplications_scatter);
    const P = M - big(r.additions_true);
    expect(usefulProducts(p), at('usefulProducts')).toBe(M);
    expect(coveredPositions(p, e.length_out), at('coveredPositions')).toBe(P);
    expect(e.exact.products_per_filter, at('exact.products_per_filter')).toBe(M);
    expect(e.exact.additions_per_filter, at('exact.additions_per_filter')).toBe(big(r.additions_true));
    expect(e.exact.covered_positions, at('exact.covered_positions')).toBe(P);
    const rows = (p.batch ?? 1n) * p.out_channels;
    const G = p.in_channels / p.groups;
    expect(e.exact.multiplications, at('exact.multiplications')).toBe(rows * G * M);
    expect(e.exact.additions, at('exact.additions')).toBe(rows * (G * M - P + (p.bias ? P : 0n)));

    // Per-position probe values from PyTorch, and the brute-force simulator agreeing with them.
    if (r.ones_output_with_output_padding) {
      const y = ints(r.ones_output_with_output_padding);
      expect(BigInt(y.length), at('ones_output_with_output_padding length')).toBe(e.length_out);
      y.forEach((v, t) => expect(productsAt(p, BigInt(t)), at(`productsAt(${t})`)).toBe(v));
      expect(simulateProbe(p, e.length_out), at('simulateProbe (full)')).toEqual(y);
    }
    if (r.ones_output) {
      const y = ints(r.ones_output);
      expect(BigInt(y.length), at('ones_output length')).toBe(probeLength(p));
      y.forEach((v, t) => expect(productsAt(p, BigInt(t)), at(`probe productsAt(${t})`)).toBe(v));
      expect(simulateProbe(p, probeLength(p)), at('simulateProbe (probe)')).toEqual(y);
      expect(summarize(y).probe_sum, at('golden probe sum')).toBe(big(r.additions_seed_method!));
    }
    // Without per-position data, the brute force still has to reproduce PyTorch's totals.
    const work = p.length_in * p.kernel_size;
    if (work <= BigInt(SIMULATION_LIMIT) && e.length_out <= BigInt(SIMULATION_LIMIT)) {
      const s = summarize(simulateProbe(p, e.length_out));
      expect(s.M, at('simulated M')).toBe(M);
      expect(s.additions_true, at('simulated additions_true')).toBe(big(r.additions_true));
      expect(s.P, at('simulated P')).toBe(P);
      if (r.additions_seed_method !== null)
        expect(summarize(simulateProbe(p, probeLength(p))).probe_sum, at('simulated probe sum')).toBe(big(r.additions_seed_method));
    }
  });

  test('the golden data exercise what they are meant to', () => {
    expect(valid.some((r) => r.formula_total_ops === null)).toBe(true);
    expect(valid.some((r) => r.additions_seed_method !== null && r.additions_seed_method < 0)).toBe(true);
    expect(valid.filter((r) => r.category === 'huge').every((r) => big(r.formula_total_ops!) > 2n ** 53n)).toBe(true);
    expect(valid.filter((r) => r.ones_output_with_output_padding).length).toBeGreaterThan(200);
  });
});

/**
 * The golden `intended_violation` names → our rule ids (src/estimator/convtranspose1d/rules.ts).
 * kernel_size_nonpositive depends on the sign: a negative size fails at construction
 * (the weight tensor), zero at forward.
 */
const violationToRule: Record<string, (p: ConvTranspose1dParams) => string> = {
  groups_nonpositive: () => 'groups_nonpositive',
  groups_not_dividing_in_channels: () => 'in_channels_not_divisible',
  groups_not_dividing_out_channels: () => 'out_channels_not_divisible',
  kernel_size_nonpositive: (p) => (p.kernel_size < 0n ? 'negative_weight_dimension' : 'kernel_size_zero'),
  zero_in_channels: () => 'in_channels_zero',
  zero_out_channels: () => 'out_channels_zero',
  zero_length_input: () => 'length_in_zero',
  padding_negative: () => 'padding_negative',
  output_padding_negative: () => 'output_padding_negative',
  output_padding_too_large: () => 'output_padding_too_large',
  stride_nonpositive: () => 'stride_nonpositive',
  dilation_nonpositive: () => 'dilation_nonpositive',
  output_too_small: () => 'output_too_small',
};

describe('invalid golden records', () => {
  const cases = invalid.map((r, i) => [`#${i} ${r.intended_violation}: ${show(r.params)}`, r] as [string, InvalidRecord]);

  test.each(cases)('%s', (_label, r) => {
    const p = toParams(r.params);
    const e = validate(p);
    expect(e, `validate accepted ${show(r.params)}`).not.toBeNull();
    const map = violationToRule[r.intended_violation];
    expect(map, `no mapping for intended_violation ${r.intended_violation}`).toBeDefined();
    expect(e!.rule).toBe(map(p));
    expect(e!.torch).not.toBeNull();
    expect(e!.torch!.message).toBe(r.torch_error.message);
    expect(e!.torch!.stage).toBe(r.torch_error.stage);
    expect(e!.torch!.type).toBe(r.torch_error.type);
    const out = estimate(p);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toEqual(e);
  });
});

describe('rule coverage', () => {
  const handWrittenRuleIds = (): Set<string> => {
    const file = fileURLToPath(new URL('../../src/estimator/convtranspose1d/estimator.test.ts', import.meta.url));
    const text = readFileSync(file, 'utf8');
    const begin = text.indexOf('// BEGIN hand-written rule cases');
    const end = text.indexOf('// END hand-written rule cases');
    if (begin < 0 || end < begin) throw new Error('estimator.test.ts lost its hand-written rule case markers');
    return new Set([...text.slice(begin, end).matchAll(/\brule:\s*'([a-z0-9_]+)'/g)].map((m) => m[1]));
  };

  test('every rule in rules.ts is exercised by a golden record or a hand-written case', () => {
    const golden = new Set(invalid.map((r) => validate(toParams(r.params))?.rule).filter((x): x is string => !!x));
    const hand = handWrittenRuleIds();
    expect(hand.size).toBeGreaterThan(0);
    const untested = rules.map((r) => r.id).filter((id) => !golden.has(id) && !hand.has(id));
    expect(untested, 'rules without any test case').toEqual([]);
  });

  test('rule ids are unique', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
