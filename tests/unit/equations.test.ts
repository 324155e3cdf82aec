// Published equation ids are permanent: a paper may link to /modules/convtranspose1d/#eq-filters.
// tests/fixtures/published-equations.json records every id ever published with its number, by
// module. To publish a new equation, append it there; never change or remove an entry. Run
// over the registry: each module's equations are src/estimator/<id>/equations.ts and its
// page content/docs/modules/<id>.mdx.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { registry } from '../../src/estimator/registry.ts';
import type { Equation } from '../../src/estimator/core/equations.ts';

const path = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const read = (rel: string) => readFileSync(path(rel), 'utf8');
const published = JSON.parse(read('../fixtures/published-equations.json')) as Record<string, { id: string; number: number }[]>;
const pages = await Promise.all(
  Object.keys(registry).map(async (id) => {
    const file = `../../src/estimator/${id}/equations.ts`;
    const list = existsSync(path(file)) ? ((await import(file)) as { equationList: Equation[] }).equationList : null;
    return [id, { list, mdx: read(`../../content/docs/modules/${id}.mdx`) }] as const;
  }),
);

describe.each(pages)('equations of %s', (page, { list, mdx }) => {
  test('the module has numbered equations, recorded as published', () => {
    expect(list, `src/estimator/${page}/equations.ts`).not.toBeNull();
    expect(published[page], `tests/fixtures/published-equations.json has no "${page}"`).toBeDefined();
  });
  const eqs = list ?? [];
  const current = new Map<string, Equation>(eqs.map((e) => [e.id, e]));
  test('every published id still exists with its published number', () => {
    for (const { id, number } of published[page] ?? []) {
      expect(current.has(id), `${id} was published and must not disappear`).toBe(true);
      expect(current.get(id)!.number, `${id} must keep number (${number})`).toBe(number);
    }
  });
  test('every id in the registry is recorded as published (append new ones to the fixture)', () => {
    const recorded = new Set((published[page] ?? []).map((e) => e.id));
    expect(eqs.filter((e) => !recorded.has(e.id)).map((e) => e.id)).toEqual([]);
  });
  test('ids are well-formed and ids and numbers are unique', () => {
    for (const e of eqs) expect(e.id).toMatch(/^eq-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(eqs.map((e) => e.id)).size).toBe(eqs.length);
    expect(new Set(eqs.map((e) => e.number)).size).toBe(eqs.length);
  });
  test('the page shows every equation of its registry exactly once (repeats excepted)', () => {
    for (const e of eqs) {
      const uses = [...mdx.matchAll(new RegExp(`<Eq of=\\{E\\} id="${e.id}"( repeat)? />`, 'g'))];
      expect(uses.filter((m) => !m[1]).length, e.id).toBe(1);
    }
  });
});
