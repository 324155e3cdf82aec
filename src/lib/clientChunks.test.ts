// The chunk policy names islands by hand; these tests keep those names in step with how
// the pages actually hydrate them, so a new client:load island cannot slip into the file
// that loads on scroll (or the reverse) unnoticed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientChunks, COUNTERS, FIGURES, ON_CHANGE, ON_LOAD, ON_OPEN, ON_VIEW, PAGE_TOOLS } from './clientChunks.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(mdx|astro)$/.test(n) ? [p] : [];
  });
const usages = [...walk('content'), ...walk('src')].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<([A-Z]\w*)\s+client:(\w+)/g)].map((m) => ({ file, name: m[1], directive: m[2] })),
);
/** Astro components that only wrap one island (src/components/module/): a page places the wrapper, so its placement is the island's. */
const wrappers = walk('src/components/module').flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<([A-Z]\w*)\s+client:(\w+)/g)].map((m) => ({ wrapper: file.replace(/^.*\/|\.astro$/g, ''), island: m[1] })),
);
const placements = (name: string) => {
  const names = [name, ...wrappers.filter((w) => w.island === name).map((w) => w.wrapper)];
  return [...walk('content'), ...walk('src')].flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return names.filter((n) => text.includes(`<${n} `) && !file.includes('src/components/module/')).map((n) => ({ file, text, tag: n }));
  });
};
const groupOf = (id: string) =>
  (([...clientChunks.groups].sort((a, b) => b.priority - a.priority).find((g) => (typeof g.test === 'function' ? g.test(id) : g.test.test(id)))?.name) as
    | string
    | ((id: string) => string | null)
    | undefined);
const groupName = (id: string) => {
  const name = groupOf(id);
  return typeof name === 'function' ? name(id) : name;
};
const island = (name: string) => `/work/site/src/components/islands/${name}.tsx`;

describe('client chunks', () => {
  it('ON_LOAD lists exactly the islands some page hydrates with client:load', () => {
    // The counters pages' live table loads at once too, in the counters' own file.
    const onLoad = new Set(usages.filter((u) => u.directive === 'load' && !COUNTERS.includes(u.name) && !PAGE_TOOLS.includes(u.name)).map((u) => u.name));
    expect([...onLoad].sort()).toEqual([...ON_LOAD].sort());
  });

  it('PAGE_TOOLS are islands outside src/components/islands/, hydrated on load on a page of their own', () => {
    for (const name of PAGE_TOOLS) {
      const found = usages.filter((u) => u.name === name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const u of found) expect([u.directive, u.file.includes('/modules/')], `${name} in ${u.file}`).toEqual(['load', false]);
      expect(existsSync(`src/components/islands/${name}.tsx`), name).toBe(false);
    }
  });

  it('ON_CHANGE lists exactly the islands some page hydrates with client:layer, and ON_VIEW those with client:visible outside the other lists', () => {
    const onChange = new Set(usages.filter((u) => u.directive === 'layer').map((u) => u.name));
    expect([...onChange].sort()).toEqual([...ON_CHANGE].sort());
    for (const name of ON_VIEW) expect(usages.filter((u) => u.name === name).map((u) => u.directive), name).toEqual(expect.arrayContaining(['visible']));
  });

  it('the islands loaded on open exist and are only ever hydrated on view (inside their disclosure)', () => {
    for (const name of ON_OPEN) {
      expect(existsSync(`src/components/islands/${name}.tsx`), name).toBe(true);
      const found = usages.filter((u) => u.name === name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const u of found) {
        expect(u.directive, `${name} in ${u.file}`).toBe('visible');
      }
      // Its placement (or its wrapper's, on the page that places it): the nearest enclosing element opened before it is a <details>.
      const places = placements(name);
      expect(places.length, name).toBeGreaterThan(0);
      for (const { file, text, tag } of places) {
        const before = text.slice(0, text.indexOf(`<${tag} `));
        expect(before.lastIndexOf('<details'), `${tag} in ${file}`).toBeGreaterThan(before.lastIndexOf('</details>'));
      }
    }
  });

  it('every island file falls in the group its hydration calls for', () => {
    const islands = readdirSync('src/components/islands').filter((n) => n.endsWith('.tsx') && !n.endsWith('.test.tsx'));
    const hydrated = new Set(usages.map((u) => u.name));
    for (const file of islands) {
      const name = file.replace(/\.tsx$/, '');
      if (!hydrated.has(name)) continue; // a component islands import, not an island itself
      const lists = [ON_LOAD, ON_OPEN, ON_VIEW, ON_CHANGE, FIGURES, COUNTERS].filter((l) => l.includes(name));
      expect(lists.length, `${name} is named in exactly one list`).toBe(1);
      const expected = ON_LOAD.includes(name) ? 'calculator' : ON_OPEN.includes(name) ? 'on-open' : FIGURES.includes(name) ? `figure-${name}` : COUNTERS.includes(name) ? 'counters' : ON_CHANGE.includes(name) ? 'on-change' : 'islands-later';
      expect(groupName(island(name)), name).toBe(expected);
    }
    // Components that islands import are not islands: they go with whichever island needs them first.
    expect(groupName(island('Typeset'))).toBeUndefined();
    // Except the copy button and the citation forms, which the profile page shares with the configuration's citation.
    expect(groupName(island('CopyButton'))).toBe('citation');
    expect(groupName('/work/site/src/lib/citation.ts')).toBe('citation');
    expect(groupName('/work/site/src/lib/site.ts')).toBe('islands');
    expect(groupName('/x/node_modules/@astrojs/preact/dist/client.js')).toBe('islands');
    expect(groupName('/work/site/src/components/islands/store.ts')).toBe('islands');
    // The table of every module's files is fetched when a page first computes, not with the shared state.
    expect(groupName('/work/site/src/components/islands/loaders.ts')).toBeUndefined();
    // ConvTranspose1d's own state binding is a file of its own: not in every module page's file, nor in another island's.
    expect(groupName('/work/site/src/components/islands/layerState.ts')).toBe('convtranspose1d-state');
    expect(groupName('\0vite/preload-helper.js')).toBe('preload-helper');
    // Each estimator folder is a file of its own, fetched by the page of its module; its peers.ts is fetched by the counters' table.
    expect(groupName('/work/site/src/estimator/convtranspose1d/estimate.ts')).toBe('module-convtranspose1d');
    expect(groupName('/work/site/src/estimator/convtranspose1d/peers.ts')).toBeUndefined();
    // A module's other-counters formulas load only on its counters page, never with the module.
    expect(groupName('/work/site/src/estimator/conv2d/peers.ts')).toBeUndefined();
    expect(groupName('/work/site/src/estimator/conv/peers.ts')).toBeUndefined();
    // The tools' formulas by family are a file each: a counters page loads only its family's.
    expect(groupName('/work/site/src/estimator/peers/norm.ts')).toBe('peers-norm');
    expect(groupName('/work/site/src/estimator/peers/kinds.ts')).toBe('peers-kinds');
    // The integer helpers every module shares travel with the shared state.
    expect(groupName('/work/site/src/estimator/math/floorSum.ts')).toBe('islands');
    expect(groupName('/work/site/src/estimator/core/params.ts')).toBe('islands');
    // Figure models go with the figure that draws them, not with every page of their module.
    expect(groupName('/work/site/src/estimator/core/grid.ts')).toBeUndefined();
    // So do the core files only some modules use.
    expect(groupName('/work/site/src/estimator/core/tensors.ts')).toBeUndefined();
    expect(groupName('/work/site/src/estimator/core/spatial.ts')).toBeUndefined();
    expect(groupName('/work/site/src/estimator/conv/grid.ts')).toBeUndefined();
    expect(groupName('/work/site/src/estimator/convtranspose1d/diagram.ts')).toBeUndefined();
    // The formulas another family reuses are a file of their own, so that family loads only them.
    expect(groupName('/work/site/src/estimator/convtranspose1d/productsInWindow.ts')).toBe('module-convtranspose1d-shared');
    expect(groupName('/work/site/src/estimator/convtranspose1d/rules.ts')).toBe('module-convtranspose1d');
    expect(groupName('/work/site/src/estimator/conv/forward.ts')).toBe('module-conv');
    // How numbers are shown, which nearly every island imports, travels with the shared state (not in the calculator's file).
    expect(groupName('/work/site/src/lib/format.ts')).toBe('islands');
    expect(groupName(island('Quantity'))).toBe('islands');
    // Other files outside the islands folder join a group only through an island that imports them.
    expect(groupName('/work/site/src/lib/whatToCite.ts')).toBeUndefined();
  });

  it('the counters pages hydrate only the counters table and islands in disclosures', () => {
    const counters = usages.filter((u) => /counters\.(mdx|astro)$|PeersPanel\.astro$/.test(u.file));
    expect(counters.length).toBeGreaterThan(0);
    for (const u of counters) expect([...COUNTERS, ...ON_OPEN], `${u.name} in ${u.file}`).toContain(u.name);
  });
});
