// Published equation ids are permanent: a paper may link to /modules/convtranspose1d/#eq-filters.
// tests/fixtures/published-equations.json records every id ever published with its number.
// To publish a new equation, append it there; never change or remove an entry.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { equationList } from '../../src/equations/convtranspose1d.ts';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
const published = JSON.parse(read('../fixtures/published-equations.json')) as Record<string, { id: string; number: number }[]>;
const pages: Record<string, { list: typeof equationList; mdx: string }> = {
  convtranspose1d: { list: equationList, mdx: read('../../content/docs/modules/convtranspose1d.mdx') },
};

describe.each(Object.entries(pages))('equations of %s', (page, { list, mdx }) => {
  const current = new Map<string, (typeof list)[number]>(list.map((e) => [e.id, e]));
  test('every published id still exists with its published number', () => {
    for (const { id, number } of published[page]) {
      expect(current.has(id), `${id} was published and must not disappear`).toBe(true);
      expect(current.get(id)!.number, `${id} must keep number (${number})`).toBe(number);
    }
  });
  test('every id in the registry is recorded as published (append new ones to the fixture)', () => {
    const recorded = new Set(published[page].map((e) => e.id));
    expect(list.filter((e) => !recorded.has(e.id)).map((e) => e.id)).toEqual([]);
  });
  test('ids are well-formed and ids and numbers are unique', () => {
    for (const e of list) expect(e.id).toMatch(/^eq-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    expect(new Set(list.map((e) => e.number)).size).toBe(list.length);
  });
  test('the page shows every equation of its registry exactly once (repeats excepted)', () => {
    for (const e of list) {
      const uses = [...mdx.matchAll(new RegExp(`<Eq of=\\{E\\} id="${e.id}"( repeat)? />`, 'g'))];
      expect(uses.filter((m) => !m[1]).length, e.id).toBe(1);
    }
  });
});
