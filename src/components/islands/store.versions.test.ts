// The old-link mechanism, proven with a registry that has an older version whose rules
// differed (the real registry's versions 1 and 2 give the same numbers).
import { describe, expect, test, vi } from 'vitest';

vi.mock('../../estimator/convtranspose1d/versions.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../estimator/convtranspose1d/versions.ts')>();
  const current = real.versions[real.versions.length - 1];
  // A pretend version 1 that counted one extra multiplication per output row; the current rules become version 2.
  const old = {
    version: 1,
    date: '2026-01-01',
    estimate: (p: Parameters<typeof current.estimate>[0]) => {
      const r = current.estimate(p);
      return r.ok ? { ...r, exact: { ...r.exact, multiplications: r.exact.multiplications + 1n } } : r;
    },
  };
  const now = { ...current, version: 2 };
  const versions = [old, now];
  return { versions, CURRENT_VERSION: 2, rulesOf: (v: number) => versions.find((x) => x.version === v) };
});

// ConvTranspose1d's store, as its page's islands share it (store.ts), with its estimator attached.
const { currentQuery, initialLayerOf, loadFromQuery, setField, storeFor, viewOf } = await import('./store.ts');
const { definition } = await import('../../estimator/convtranspose1d/index.ts');
type Layer = import('./layerState.ts').Layer;
const view = viewOf(definition);
const store = storeFor(view, initialLayerOf(definition), definition);
const state = {
  layer: store.layer as unknown as { get(): Layer },
  initialLayer: initialLayerOf(definition) as Layer,
  loadFromQuery: (search: string) => loadFromQuery(store, search),
  setField: (name: string, value: string) => setField(store, name, value),
  currentQuery: () => currentQuery(view, store.layer.get()),
};

describe('opening a link made with older rules', () => {
  test('keeps its version, computes both, and editing moves to the current rules', () => {
    state.loadFromQuery('?v=1&in_channels=2&out_channels=2&length_in=10&kernel_size=3');
    expect(state.layer.get().version).toBe(1);
    const older = state.layer.get().olderOutcome!;
    expect(older.version).toBe(1);
    const now = state.layer.get().outcome;
    if (!now.ok || !older.result.ok) throw new Error('expected valid layers');
    expect(older.result.exact.multiplications).toBe(now.exact.multiplications + 1n);
    expect(state.currentQuery().startsWith('v=1&')).toBe(true);

    state.setField('length_in', '11');
    expect(state.layer.get().version).toBe(2);
    expect(state.layer.get().olderOutcome).toBeNull();
    expect(state.currentQuery()).toBe('v=2&in_channels=2&out_channels=2&length_in=11&kernel_size=3');
  });
  test('a link without a version uses the current rules; unknown keys are listed', () => {
    state.loadFromQuery('?in_channels=4&colour=blue');
    expect(state.layer.get().version).toBe(2);
    expect(state.layer.get().olderOutcome).toBeNull();
    expect(state.layer.get().linkIssues.map((i) => i.key)).toEqual(['colour']);
  });
  test('an invalid configuration keeps its raw text in the query so the error is shareable', () => {
    state.loadFromQuery('?v=2&in_channels=abc');
    expect(state.layer.get().outcome.ok).toBe(false);
    expect(state.currentQuery()).toBe('v=2&in_channels=abc');
  });
});

describe('the initial layer', () => {
  test('is the worked example the page derives: PyTorch’s defaults, then the calculator’s initial values', async () => {
    const ct1d = await import('../../estimator/convtranspose1d/index.ts');
    const o = state.initialLayer.outcome;
    if (!o.ok) throw new Error('the initial layer must be valid');
    expect(o.params).toEqual(ct1d.withDefaults({}));
    expect(o.params).toMatchObject({ in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n, bias: true, batch: null });
  });
});
