// Every internal link and every #anchor of the built site resolves. Reads the build that
// Playwright's web server made (E2E_OUT; by default dist-e2e/<port>, playwright.config.ts), so it sees exactly what ships.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUT = process.env.E2E_OUT ?? 'dist-e2e';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** The URL path a built file is served at. */
const pathOf = (file: string) => '/' + relative(OUT, file).replace(/index\.html$/, '').replace(/\\/g, '/');

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

test('every internal link and anchor in the build resolves', async () => {
  expect(existsSync(OUT), `${OUT} was built by the web server`).toBe(true);
  const files = htmlFiles(OUT);
  const ids = new Map<string, Set<string>>();
  for (const f of files) ids.set(pathOf(f), new Set([...readFileSync(f, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));

  const broken: string[] = [];
  let checked = 0;
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    const from = pathOf(f);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = decode(m[1]);
      if (/^(https?:|mailto:|data:|javascript:)/.test(raw) || raw.startsWith('//')) continue;
      const target = new URL(raw, `http://site${from}`);
      const path = target.pathname;
      checked++;
      const page = ids.has(path) ? path : ids.has(`${path}/`) ? `${path}/` : null;
      if (!page) {
        const file = join(OUT, decodeURIComponent(path));
        if (!existsSync(file) || statSync(file).isDirectory()) broken.push(`${from}: ${raw} (no such page or file)`);
        continue;
      }
      const hash = decodeURIComponent(target.hash.slice(1));
      if (hash && !ids.get(page)!.has(hash)) broken.push(`${from}: ${raw} (no element with id "${hash}")`);
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});

// Prefetching is declared as Speculation Rules, not done by a script: hovering a link to another
// page of the site makes Chromium fetch that page ahead, marked as a prefetch.
test('hovering a link to another page prefetches it, with no prefetch script', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (r) => {
    if (/prefetch/.test(r.headers()['sec-purpose'] ?? '')) prefetched.push(new URL(r.url()).pathname);
  });
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/modules/convtranspose1d/');
  const rules = JSON.parse((await page.locator('script[type="speculationrules"]').textContent()) ?? 'null');
  expect(rules).toEqual({ prefetch: [{ where: { href_matches: '/*' }, eagerness: 'moderate' }] });
  expect(await page.evaluate(() => HTMLScriptElement.supports?.('speculationrules'))).toBe(true);
  await page.locator('#starlight__sidebar a[href="/changelog/"]').hover();
  await expect.poll(() => prefetched, { timeout: 5000 }).toContain('/changelog/');
  // Astro's prefetch script (astro/dist/prefetch) is not shipped.
  expect(scripts.filter((s) => /\/page\.[^/]*\.js$/.test(s))).toEqual([]);
});
