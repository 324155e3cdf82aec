// Every page the site builds, from its sources: the content pages (content/docs) and a counters
// page for each registered module with counters that has no hand-written one. Known before the
// build, so suites can make one test per page (each with its own time limit) rather than one test
// whose limit grows with the site; `the built pages are exactly these` checks it against the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { peersOf, registry } from '../../src/estimator/registry.ts';

const CONTENT = 'content/docs';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.mdx?$/.test(n) ? [p] : [];
  });

/** The address of every page, with a trailing slash ('/' for the home page); not the 404 page. */
export function sitePages(): string[] {
  const content = files(CONTENT)
    .map((f) => relative(CONTENT, f).replace(/\\/g, '/').replace(/\.mdx?$/, ''))
    .filter((slug) => slug !== '404')
    .map((slug) => (slug === 'index' ? '/' : `/${slug.replace(/\/index$/, '')}/`));
  const counters = Object.keys(registry)
    .filter((id) => id in peersOf && !existsSync(`${CONTENT}/modules/${id}/counters.mdx`))
    .map((id) => `/modules/${id}/counters/`);
  return [...content, ...counters].sort();
}

/** The pages a build holds (its index.html files), in the same form. */
export function builtPages(out: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? (['_astro', 'pagefind'].includes(n) ? [] : walk(p)) : n === 'index.html' ? ['/' + relative(out, dir).replace(/\\/g, '/')] : [];
    });
  return walk(out)
    .map((p) => (p === '/' ? p : `${p}/`))
    .sort();
}
