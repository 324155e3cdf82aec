// How tall every built page is once fully rendered, at a laptop's width and a phone's, and
// where the calculator's first field sits on first load. Prints figures only; the budget
// (module pages ≤ 12,000 px at 1280 px wide) is in BENCHMARKS.md.   npm run bench:layout
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launch, readWholePage } from './browser.ts';
import { serve } from '../scripts/serve.ts';

const DIST = process.argv[2] ?? 'dist';
const BUDGET = 12_000;
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (['_astro', 'pagefind'].includes(n) ? [] : walk(p)) : n === 'index.html' ? ['/' + relative(DIST, dir).replace(/\\/g, '/')] : [];
  });
const paths = walk(DIST).map((p) => (p === '/' ? p : `${p}/`)).sort();

const { url, server } = await serve(DIST);
const browser = await launch();
const rows: string[][] = [];
for (const path of paths) {
  const row = [path];
  for (const viewport of WIDTHS) {
    const page = await browser.newPage({ viewport });
    await page.goto(url + path);
    const field = await page.evaluate(() => document.querySelector('.calc-field input')?.getBoundingClientRect().bottom ?? null);
    // Fully rendered: every island hydrated and every section laid out at its real height.
    await readWholePage(page);
    const height = await page.evaluate(() => {
      document.querySelectorAll('section.sec').forEach((s) => s.classList.add('cv-shown'));
      return document.documentElement.scrollHeight;
    });
    const budget = viewport.width === 1280 && path.startsWith('/modules/') && !path.endsWith('/counters/') ? (height <= BUDGET ? ' ✓' : ` ✗ (budget ${BUDGET})`) : '';
    row.push(`${height.toLocaleString('en')} px${budget}`, field === null ? '—' : `${Math.round(field)} px`);
    await page.close();
  }
  rows.push(row);
}
await browser.close();
server.close();

const head = ['page', ...WIDTHS.flatMap((w) => [`height at ${w.width}`, `1st field bottom (of ${w.height})`])];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log('Rendered page height, fully read; where the calculator’s first field ends on first load');
console.log(line(head));
for (const r of rows) console.log(line(r));
