import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as ct1d from '../estimator/convtranspose1d/index.ts';
import { grouped } from './format.ts';
import { CITE_WORDS, whatToCite, type CiteInput } from './whatToCite.ts';
import { smallLayer } from '../../tests/unit/arbitraries.ts';

const LINK = 'https://nnops.dev/modules/convtranspose1d/?v=2&in_channels=512#calculator';

function inputFor(p: ct1d.ConvTranspose1dParams): CiteInput {
  const r = ct1d.estimate(p);
  if (!r.ok) throw new Error(r.error.message);
  return { layer: ct1d.describeLayer(p), link: LINK, version: 2, exact: r.exact, documented: r.documented?.total_ops ?? null, dense: r.dense };
}

describe('whatToCite', () => {
  const vocoder = ct1d.withDefaults({ batch: 16n, in_channels: 512n, out_channels: 256n, length_in: 100n, kernel_size: 16n, stride: 8n, padding: 4n });

  test('the exact count comes first and is the recommended one; every figure carries the estimator’s values', () => {
    const r = ct1d.estimate(vocoder);
    if (!r.ok) throw new Error('expected a valid layer');
    const [exact, documented, dense] = whatToCite(inputFor(vocoder));
    expect(exact.id).toBe('exact');
    expect(CITE_WORDS.exact.title).toMatch(/recommended/);
    expect(exact.values).toEqual([
      { quantity: 'exact.macs', value: r.exact.macs, unit: 'MACs' },
      { quantity: 'exact.total_ops', value: r.exact.total_ops, unit: 'FLOPs' },
    ]);
    expect(documented.values).toEqual([{ quantity: 'documented.total_ops', value: r.documented!.total_ops, unit: 'operations' }]);
    expect(dense.values).toEqual([
      { quantity: 'dense.macs', value: r.dense.macs, unit: 'MACs' },
      { quantity: 'dense.total_ops', value: r.dense.total_ops, unit: 'FLOPs' },
    ]);
  });

  test('each sentence names the layer, the number with its unit, the rules version and the link', () => {
    const r = ct1d.estimate(vocoder);
    if (!r.ok) throw new Error('expected a valid layer');
    const [exact, documented, dense] = whatToCite(inputFor(vocoder));
    for (const f of [exact, documented, dense]) {
      expect(f.sentence).toContain(ct1d.describeLayer(vocoder));
      expect(f.sentence).toContain('nnops rules version 2');
      expect(f.sentence).toContain(LINK);
      expect(CITE_WORDS[f.id].useWhen).toMatch(/^Use this /);
    }
    expect(exact.sentence).toContain(`${grouped(r.exact.macs)} multiply–accumulates (MACs)`);
    expect(exact.sentence).toContain(`${grouped(r.exact.total_ops)} floating-point operations`);
    expect(documented.sentence).toContain(`${grouped(r.documented!.total_ops)} operations by moduleprofiler’s documented method`);
    expect(dense.sentence).toContain(`${grouped(r.dense.macs)} multiply–accumulates (MACs)`);
    expect(dense.sentence).toContain(`${grouped(r.dense.total_ops)} FLOPs at 2 FLOPs per MAC`);
  });

  test('a layer the documented method cannot count has no documented value or sentence', () => {
    // The probe, built without output_padding, would have no position (L_out − o = 0).
    const p = ct1d.withDefaults({ batch: 2n, in_channels: 1n, out_channels: 1n, length_in: 6n, kernel_size: 1n, padding: 3n, output_padding: 1n, dilation: 2n });
    const r = ct1d.estimate(p);
    expect(r.ok && r.documented).toBeNull();
    const [, documented] = whatToCite(inputFor(p));
    expect(documented.values).toEqual([]);
    expect(documented.sentence).toBeNull();
  });

  test('one MAC is singular', () => {
    const p = ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 1n, kernel_size: 1n, bias: false });
    const [exact] = whatToCite(inputFor(p));
    expect(exact.sentence).toContain('performs 1 multiply–accumulate (MAC), or 1 floating-point operation');
  });

  test('on random layers the figures are the estimator’s and the sentences hold the full digits', () => {
    fc.assert(
      fc.property(smallLayer({ length: 30, kernel: 9, stride: 5, dilation: 5, groups: 3, multiple: 3, batch: 4, padding: 12 }), (p) => {
        const r = ct1d.estimate(p);
        if (!r.ok) return true;
        const figures = whatToCite(inputFor(p));
        const byName = Object.fromEntries(figures.flatMap((f) => f.values.map((v) => [v.quantity, v.value])));
        expect(byName['exact.macs']).toBe(r.exact.macs);
        expect(byName['exact.total_ops']).toBe(r.exact.total_ops);
        expect(byName['dense.macs']).toBe(r.dense.macs);
        expect(byName['documented.total_ops']).toBe(r.documented?.total_ops);
        for (const f of figures) for (const v of f.values) expect(f.sentence).toContain(grouped(v.value));
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('whatToCite for a module without MACs or a dense convention (an activation)', () => {
  const c: CiteInput = { layer: 'nn.Sigmoid() on an input of shape (8, 64, 32, 32)', link: 'https://nnops.dev/modules/sigmoid/?v=1#calculator', version: 1, exact: { total_ops: 1_572_864n }, documented: 1_572_864n, dense: null };
  test('the exact figure is its total in operations, and there is no dense figure', () => {
    const figures = whatToCite(c);
    expect(figures.map((f) => f.id)).toEqual(['exact', 'documented']);
    expect(figures[0].values).toEqual([{ quantity: 'exact.total_ops', value: 1_572_864n, unit: 'operations' }]);
    expect(figures[0].sentence).toContain(`${grouped(1_572_864n)} arithmetic operations`);
    expect(figures[0].sentence).not.toMatch(/MAC|FLOP/);
    expect(figures[0].sentence).toContain('nnops rules version 1');
  });
  test('its words speak of operations by kind, not of MACs', async () => {
    const { citeWordsFor } = await import('./whatToCite.ts');
    expect(citeWordsFor(['comparisons', 'total_ops']).exact.useWhen).not.toMatch(/multiply–accumulate/);
    expect(citeWordsFor(['multiplications', 'macs', 'total_ops'])).toBe(CITE_WORDS);
  });
});

describe('whatToCite for a module whose exact count mixes kinds and has MACs (a normalisation)', () => {
  const exact = { additions: 3_931_136n, multiplications: 2_359_296n, divisions: 3_072n, square_roots: 1_024n, macs: 786_432n, total_ops: 6_294_528n };
  const c: CiteInput = { layer: 'nn.LayerNorm(768) on an input of shape (8, 128, 768)', link: 'https://nnops.dev/modules/layernorm/?v=1#calculator', version: 1, exact: exact as CiteInput['exact'], documented: 5_509_120n, dense: null };
  test('the exact figure is its total in operations, with its MACs after it, never called FLOPs', () => {
    const figures = whatToCite(c);
    expect(figures[0].values).toEqual([
      { quantity: 'exact.total_ops', value: 6_294_528n, unit: 'operations' },
      { quantity: 'exact.macs', value: 786_432n, unit: 'MACs' },
    ]);
    expect(figures[0].sentence).toContain(`${grouped(6_294_528n)} arithmetic operations`);
    expect(figures[0].sentence).toContain(`${grouped(786_432n)} multiply–accumulates (MACs)`);
    expect(figures[0].sentence).not.toMatch(/FLOP/);
  });
  test('its words are those of operations by kind; a convolution’s stay those of MACs', async () => {
    const { citeWordsFor } = await import('./whatToCite.ts');
    expect(citeWordsFor(Object.keys(exact))).not.toBe(CITE_WORDS);
    expect(citeWordsFor(['products_per_filter', 'multiplications', 'additions', 'total_ops', 'macs'])).toBe(CITE_WORDS);
  });
});

describe('whatToCite for a module with a dense convention but no products (a pool)', () => {
  const c: CiteInput = { layer: 'nn.MaxPool2d(3, stride=2, padding=1) on an input of shape (8, 64, 112, 112)', link: 'https://nnops.dev/modules/maxpool2d/?v=1#calculator', version: 1, exact: { total_ops: 12_673_536n }, documented: null, dense: { total_ops: 12_845_056n } };
  test('the dense figure is its total in operations, without MACs', () => {
    const figures = whatToCite(c);
    expect(figures.map((f) => f.id)).toEqual(['exact', 'documented', 'dense']);
    expect(figures[2].values).toEqual([{ quantity: 'dense.total_ops', value: 12_845_056n, unit: 'operations' }]);
    expect(figures[2].sentence).toContain(`${grouped(12_845_056n)} operations`);
    expect(figures[2].sentence).not.toMatch(/MAC|FLOP/);
  });
});
