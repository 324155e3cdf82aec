import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { equationList } from '../../src/estimator/convtranspose1d/equations.ts';
import { CURRENT_VERSION } from '../../src/estimator/convtranspose1d/versions.ts';
import { ct1d, estimateOk, expected, hydrated, openDisclosure, PAGE, quantities, urlFor } from './helpers.ts';

const SITE = 'https://nnops.dev';
const readClipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('every equation’s copy-link control yields a URL that opens scrolled to it, and copy-TeX its source', async ({ page, context }) => {
  await page.goto(PAGE);
  for (const eq of equationList.filter((_, i) => i % 3 === 0 || i === equationList.length - 1)) {
    const box = page.locator(`#${eq.id}`);
    await box.hover();
    await box.getByRole('button', { name: `Copy link to equation ${eq.number}` }).click();
    await expect(box.locator('.eq-status')).toHaveText('Link copied');
    const link = await readClipboard(page);
    expect(link).toBe(`${SITE}${PAGE}#${eq.id}`);
    await box.getByRole('button', { name: `Copy TeX of equation ${eq.number}` }).click();
    expect(await readClipboard(page)).toBe(eq.tex);

    const other = await context.newPage();
    const u = new URL(link);
    await other.goto(`${u.pathname}${u.hash}`);
    await expect(other.locator(`#${eq.id}`)).toBeInViewport();
    await other.close();
  }
});

test('the equation controls appear on keyboard focus', async ({ page }) => {
  await page.goto(PAGE);
  const first = equationList[0];
  await page.locator(`#${first.id} .eq-link`).focus();
  await expect(page.locator(`#${first.id} .eq-tools`)).toHaveCSS('opacity', '1');
});

test('a copied calculator link reopens with every number the same', async ({ page, context }) => {
  const p = ct1d.withDefaults({ batch: 4n, in_channels: 48n, out_channels: 24n, length_in: 777n, kernel_size: 9n, stride: 3n, padding: 2n, output_padding: 1n, dilation: 2n, groups: 3n, bias: false });
  await page.goto(PAGE);
  await hydrated(page);
  for (const [name, value] of Object.entries({ batch: '4', in_channels: '48', out_channels: '24', length_in: '777', kernel_size: '9', stride: '3', padding: '2', output_padding: '1', dilation: '2', groups: '3' }))
    await page.fill(`#calc-${name}`, value);
  await page.uncheck('#calc-bias');
  const shown = expected(estimateOk(p));
  await expect.poll(() => quantities(page)).toEqual(shown);

  await page.getByRole('button', { name: 'Copy link to this configuration' }).click();
  const link = await readClipboard(page);
  expect(link).toBe(`${SITE}${PAGE}?v=${CURRENT_VERSION}&${ct1d.queryOf(p)}#calculator`);

  const other = await context.newPage();
  const u = new URL(link);
  await other.goto(`${u.pathname}${u.search}${u.hash}`);
  // It opens at the calculator, which shows the same numbers.
  await expect.poll(() => quantities(other)).toEqual(shown);
  await expect(other.getByRole('heading', { name: 'Calculator', exact: true })).toBeInViewport();
  await hydrated(other);
  await expect(other.locator('[data-rules-version]')).toHaveAttribute('data-rules-version', String(CURRENT_VERSION));
  await expect(other.getByRole('heading', { name: 'Calculator', exact: true })).toBeInViewport();
});

test('a link naming version 1 renders its numbers and says which rules produced them', async ({ page }) => {
  const p = ct1d.withDefaults({ in_channels: 8n, out_channels: 8n, length_in: 50n, kernel_size: 4n, stride: 2n });
  await page.goto(`${PAGE}?v=1&${ct1d.queryOf(p)}`);
  await hydrated(page);
  await expect.poll(() => quantities(page)).toEqual(expected(estimateOk(p)));
  await expect(page.locator('[data-rules-version]')).toContainText('rules version 1');
  await expect(page.locator('[data-link-issues]')).toHaveCount(0);
});

test('unknown keys, repeats and unknown versions are reported without blocking the numbers', async ({ page }) => {
  const p = ct1d.withDefaults({ in_channels: 8n, out_channels: 8n, length_in: 50n, kernel_size: 4n });
  await page.goto(`${urlFor(p)}&v=999&utm_source=paper&in_channels=9`);
  await hydrated(page);
  const notice = page.locator('[data-link-issues]');
  await expect(notice).toContainText('version 999');
  await expect(notice).toContainText('"utm_source" is not an argument');
  await expect(notice).toContainText('"in_channels" appears more than once');
  await expect.poll(() => quantities(page)).toEqual(expected(estimateOk(p)));
  // The address bar is rewritten to the canonical link.
  await expect.poll(() => new URL(page.url()).search).toBe(`?v=${CURRENT_VERSION}&${ct1d.queryOf(p)}`);
});

test('a bare page address is left alone until the reader edits', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  expect(new URL(page.url()).search).toBe('');
  await page.fill('#calc-length_in', '5');
  await expect.poll(() => new URL(page.url()).searchParams.get('length_in')).toBe('5');
});

test('metadata: canonical link, OpenGraph, Highwire citation tags and the sitemap', async ({ page, request }) => {
  await page.goto(PAGE);
  const meta = (sel: string) => page.locator(sel).getAttribute('content');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${PAGE}`);
  expect(await meta('meta[property="og:title"]')).toBe('ConvTranspose1d');
  expect(await meta('meta[property="og:url"]')).toBe(`${SITE}${PAGE}`);
  expect(await meta('meta[name="citation_title"]')).toBe('ConvTranspose1d');
  expect(await meta('meta[name="citation_author"]')).toBe('nnops contributors');
  expect(await meta('meta[name="citation_publication_date"]')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(await meta('meta[name="citation_online_date"]')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(await meta('meta[name="citation_public_url"]')).toBe(`${SITE}${PAGE}`);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of ['/', PAGE, '/changelog/']) expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`);
});

test('cite this page: citation, BibTeX and CSL-JSON, and a citation of the configuration', async ({ page }) => {
  const p = ct1d.withDefaults({ batch: 2n, in_channels: 4n, out_channels: 4n, length_in: 10n, kernel_size: 3n });
  await page.goto(urlFor(p));
  await hydrated(page);
  const block = page.locator('[data-cite="page"]');
  await expect(block.locator('#cite-text')).toContainText(`rules version ${CURRENT_VERSION}`);
  // The page's link is pinned to the rules version its numbers come from.
  await expect(block.locator('#cite-bibtex')).toContainText(`url          = {${SITE}${PAGE}?v=${CURRENT_VERSION}}`);
  // textContent: the block may skip rendering while off-screen (content-visibility), which empties innerText.
  const csl = JSON.parse((await block.locator('#cite-csl').textContent()) ?? '');
  expect(csl).toMatchObject({ type: 'webpage', title: 'ConvTranspose1d', URL: `${SITE}${PAGE}?v=${CURRENT_VERSION}`, version: String(CURRENT_VERSION) });
  // BibTeX and CSL-JSON sit in a disclosure under the plain citation.
  await block.locator('details.cite-more > summary').click();
  await block.getByRole('button', { name: 'Copy BibTeX' }).click();
  expect(await readClipboard(page)).toBe(await block.locator('#cite-bibtex').textContent());

  // The configuration's citation is in a disclosure: its code loads when a reader opens it.
  const config = (await openDisclosure(page, 'Cite the calculator')).locator('[data-cite="configuration"]');
  const r = estimateOk(p);
  await expect(config.locator('#cite-config-text')).toContainText(ct1d.torchExpression(p));
  await expect(config.locator('#cite-config-text')).toContainText(`?v=${CURRENT_VERSION}&${ct1d.queryOf(p)}#calculator`);
  const total = r.exact.total_ops.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  await expect(config.locator('#cite-config-text')).toContainText(`exact total ${total} operations`);
});

test('the changelog lists every rules version of every module, each at its own anchor', async ({ page }) => {
  const { registry } = await import('../../src/estimator/registry.ts');
  await page.goto('/changelog/');
  for (const def of Object.values(registry)) {
    await expect(page.locator(`#${def.id} h2`)).toContainText(def.title);
    for (const v of def.versions) await expect(page.locator(`#${def.id}-v${v.version}[data-version="${v.version}"]`)).toContainText(v.date);
  }
});

test('print: light palette, no navigation, permalink under the title, configuration and results as text', async ({ page }) => {
  const p = ct1d.withDefaults({ batch: 2n, in_channels: 4n, out_channels: 6n, length_in: 10n, kernel_size: 3n, groups: 2n });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(urlFor(p));
  await hydrated(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const sel of ['header.header', 'nav.sidebar', '.calc-form', 'starlight-toc', '.eq-tools'])
    for (const el of await page.locator(sel).all()) await expect(el).toBeHidden();
  await expect(page.locator('.print-permalink')).toBeVisible();
  await expect(page.locator('.print-permalink')).toContainText(`${SITE}${PAGE}`);
  await expect(page.locator('.calc-layer')).toBeVisible();
  await expect(page.locator('.calc-layer')).toContainText(ct1d.torchExpression(p));
  await expect(page.locator('.calc-print-link')).toContainText(`?v=${CURRENT_VERSION}&${ct1d.queryOf(p)}`);
  await expect(page.locator('.calculator [data-headline] [data-quantity="exact.total_ops"]')).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  const text = await page.locator('h1').evaluate((e) => getComputedStyle(e).color);
  expect(text).toBe('rgb(0, 0, 0)');
  const eq = page.locator(`#${equationList[0].id}`);
  expect(await eq.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
});

test('CITATION.cff is at the repository root', () => {
  expect(readFileSync('CITATION.cff', 'utf8')).toContain('cff-version: 1.2.0');
});
