// Page weight: for every built page, the JavaScript, CSS and fonts a browser loads on
// arrival and after reading the whole page (raw and gzip -9), measured in Chromium against
// the static build. JavaScript is counted as script files (what the budget in BENCHMARKS.md
// limits) and, in a column of its own, the scripts inline in the HTML (Astro's island loader,
// Starlight's theme and sidebar scripts, small scripts Astro inlines), which the browser runs
// too. Prints figures, asserts nothing:  npm run bench:pages
import { launch, readWholePage } from './browser.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../scripts/serve.ts';

const DIST = process.argv[2] ?? 'dist';
if (!existsSync(DIST)) throw new Error(`${DIST}/ not found: run npm run build first`);

/** Every page of the build, from its index.html files (404 included). */
function pages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== '_astro' && name !== 'pagefind') out.push(...pages(p));
    } else if (name === 'index.html') out.push(`/${relative(DIST, dir)}${dir === DIST ? '' : '/'}`.replace('//', '/'));
    else if (name === '404.html') out.push('/404.html');
  }
  return out.sort();
}

type Kind = 'js' | 'css' | 'font';
const kindOf = (type: string, url: string): Kind | null =>
  type === 'script' || url.endsWith('.js') ? 'js' : type === 'stylesheet' || url.endsWith('.css') ? 'css' : type === 'font' || /\.(woff2?|ttf)$/.test(url) ? 'font' : null;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

const { url, server } = await serve(DIST);
const browser = await launch();
const rows: { page: string; arrivalJs: number; inline: number; onOpenJs: number; raw: Record<Kind, number>; gz: Record<Kind, number>; largest: string; js: { file: string; gz: number; late: boolean }[] }[] = [];
for (const page of pages(DIST)) {
  const ctx = await browser.newContext();
  const tab = await ctx.newPage();
  const seen = new Map<string, { kind: Kind; raw: number; gz: number }>();
  tab.on('response', async (res) => {
    const kind = kindOf(res.request().resourceType(), res.url());
    if (!kind || seen.has(res.url())) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    seen.set(res.url(), { kind, raw: body.length, gz: gzipSync(body, { level: 9 }).length });
  });
  // BENCH_LINK=1 opens each module and counters page as a permalink does (?v=1), so its estimator
  // loads at once, as for a reader arriving from a link rather than the page's plain address.
  const link = process.env.BENCH_LINK && page.startsWith('/modules/') ? '?v=1' : '';
  await tab.goto(url + page + link, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(300);
  // Inline scripts: every classic or module script without src (not JSON, not speculation rules).
  const inlineText = await tab.evaluate(() =>
    [...document.scripts].filter((s) => !s.src && ['', 'module', 'text/javascript'].includes(s.type)).map((s) => s.textContent ?? '').join('\n'),
  );
  const inline = gzipSync(Buffer.from(inlineText), { level: 9 }).length;
  const arrivalJs = [...seen.values()].filter((r) => r.kind === 'js').reduce((a, r) => a + r.gz, 0);
  const atArrival = new Set(seen.keys());
  // Then read the whole page, so every island that loads on view (client:visible) loads.
  await readWholePage(tab);
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(300);
  const raw = { js: 0, css: 0, font: 0 }, gz = { js: 0, css: 0, font: 0 };
  const afterReading = new Set(seen.keys());
  // Last, what opening the page's disclosures adds (tools that load on request, like search).
  await tab.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await tab.waitForTimeout(300);
  await tab.waitForLoadState('networkidle');
  const onOpen = [...seen].filter(([u, r]) => r.kind === 'js' && !afterReading.has(u));
  for (const [u] of onOpen) seen.delete(u);
  let largest = ['', 0] as [string, number];
  for (const [u, r] of seen) {
    raw[r.kind] += r.raw;
    gz[r.kind] += r.gz;
    if (r.gz > largest[1]) largest = [u.replace(url, ''), r.gz];
  }
  const js = [...seen].filter(([, r]) => r.kind === 'js').map(([u, r]) => ({ file: u.replace(url, ''), gz: r.gz, late: !atArrival.has(u) }));
  const onOpenJs = onOpen.reduce((a, [, r]) => a + r.gz, 0);
  rows.push({ page, arrivalJs, inline, onOpenJs, raw, gz, largest: `${largest[0]} (${kb(largest[1]).trim()} KB gz)`, js: js.sort((a, b) => b.gz - a.gz) });
  await ctx.close();
}
await browser.close();
server.close();

console.log(
  `Page weight (KB; gzip -9), from ${DIST}/. JS = script files; "JS arrival" = those loaded before any scrolling, the other columns after reading the whole page; "inline" = scripts in the HTML; "on open" = script files that opening the page's disclosures adds.`,
);
console.log(`${'page'.padEnd(28)} ${'JS arrival'.padStart(10)} ${'JS raw'.padStart(7)} ${'JS gz'.padStart(7)} ${'inline'.padStart(7)} ${'on open'.padStart(7)} ${'CSS raw'.padStart(7)} ${'CSS gz'.padStart(7)} ${'font'.padStart(7)} ${'total gz'.padStart(8)}  largest file`);
for (const r of rows) {
  const total = r.gz.js + r.inline + r.gz.css + r.gz.font;
  console.log(`${r.page.padEnd(28)} ${kb(r.arrivalJs).padStart(10)} ${kb(r.raw.js)} ${kb(r.gz.js)} ${kb(r.inline)} ${kb(r.onOpenJs)} ${kb(r.raw.css)} ${kb(r.gz.css)} ${kb(r.gz.font)} ${kb(total).padStart(8)}  ${r.largest}`);
}

// Where the heaviest page's JavaScript goes, file by file (or BENCH_PAGE's, e.g. BENCH_PAGE=/modules/conv2d/).
const heaviest = rows.find((r) => r.page === process.env.BENCH_PAGE) ?? rows.reduce((a, r) => (r.gz.js > a.gz.js ? r : a));
console.log(`\nJavaScript of ${heaviest.page}, file by file (KB gzip; "later" = loaded while reading, not on arrival):`);
for (const f of heaviest.js) console.log(`${kb(f.gz)}  ${f.late ? 'later  ' : 'arrival'}  ${f.file}`);
console.log(`${kb(heaviest.gz.js)}  in all, script files; and ${kb(heaviest.inline).trim()} KB of inline scripts`);
