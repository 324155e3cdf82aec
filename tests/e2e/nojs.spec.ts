import { expect, test } from '@playwright/test';
import { equationList } from '../../src/equations/convtranspose1d.ts';
import { ct1d, estimateOk, expected, PAGE, quantities } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the page shows the derivation, the worked example and the default results', async ({ page }) => {
  await page.goto(PAGE);
  for (const heading of ['Shapes and output length', 'Number of filters', 'Operations per filter', 'Filter aggregation', 'Total operations', 'Summary', 'Calculator', 'Exact count']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  for (const eq of equationList) await expect(page.locator(`#${eq.id} .katex-display`)).toBeVisible();
  expect(await page.locator('[data-worked="seed"] td[data-y]').allTextContents()).toEqual(['1', '2', '2', '1']);
  expect(await quantities(page)).toEqual(expected(estimateOk(ct1d.withDefaults({}))));
  // The probe runner's server render shows the initial layer's y as well.
  const initial = ct1d.withDefaults({});
  const ys = await page.locator('.probe:not([data-worked]) td[data-y]').allTextContents();
  expect(ys).toEqual(Array.from({ length: Number(estimateOk(initial).length_out) }, (_, t) => String(ct1d.productsAt(initial, BigInt(t)))));
});

test('without JavaScript every built page shows its title and content', async ({ page }) => {
  const { readdirSync, statSync } = await import('node:fs');
  const { join, relative } = await import('node:path');
  const OUT = process.env.E2E_OUT ?? 'dist-e2e';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? (['_astro', 'pagefind'].includes(n) ? [] : walk(p)) : n === 'index.html' ? ['/' + relative(OUT, dir).replace(/\\/g, '/')] : [];
    });
  const paths = walk(OUT).map((p) => (p === '/' ? p : `${p}/`));
  expect(paths.length).toBeGreaterThanOrEqual(3);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
    const text = (await page.locator('main').innerText()).trim();
    expect(text.length, path).toBeGreaterThan(200);
  }
});
