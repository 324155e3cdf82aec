// A calculator's link reopens the layer it was made from, for every module and every argument
// that takes None: the store reads a link as the CLI and the estimator's links do.
import { describe, expect, test } from 'vitest';
import { registry } from '../../estimator/registry.ts';
import type { AnyModule } from '../../estimator/core/define.ts';
import { isNullable } from '../../estimator/core/params.ts';
import { currentQuery, initialLayerOf, loadFromQuery, setField, storeFor, viewOf } from './store.ts';

const modules = Object.values(registry) as AnyModule[];
const cases = modules.flatMap((def) => def.params.filter(isNullable).map((p) => [def.id, p.name, def] as const));

/** A store of its own for each case (stores are per module id: give each a unique id). */
function storeOf(def: AnyModule, tag: string) {
  const view = { ...viewOf(def), id: `${def.id}#${tag}` };
  return { view, store: storeFor(view, initialLayerOf(def), def) };
}

describe('a link with None reopens with None', () => {
  test('there are such arguments (unbatched inputs, Softmax’s dim, BatchNorm’s momentum)', () => {
    expect(cases.length).toBeGreaterThan(5);
  });
  test.each(cases)('%s: %s', (id, name, def) => {
    const a = storeOf(def, `${name}-a`);
    setField(a.store, name, '');
    const made = a.store.layer.get();
    const query = currentQuery(a.view, made);
    const b = storeOf(def, `${name}-b`);
    loadFromQuery(b.store, `?${query}`);
    const reopened = b.store.layer.get();
    // None is spelt '' in a field and `none` in a link: the same value.
    const none = (t: string) => (/^none$/i.test(t) ? '' : t);
    expect(none(reopened.raw[name]), `${id} ?${query}`).toBe(made.raw[name]);
    expect(reopened.outcome.ok).toBe(made.outcome.ok);
    if (made.outcome.ok && reopened.outcome.ok) expect(reopened.outcome.params).toEqual(made.outcome.params);
  });
});
