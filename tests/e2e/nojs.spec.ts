import { expect, test } from '@playwright/test';
import { equationList } from '../../src/estimator/convtranspose1d/equations.ts';
import { ct1d, estimateOk, expected, PAGE, quantities } from './helpers.ts';
import { sitePages } from './pages.ts';

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

// One test per page (the site's sources; a11y.spec.ts checks them against the build).
for (const path of sitePages()) {
  test(`without JavaScript ${path} shows its title and content`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
    const text = (await page.locator('main').innerText()).trim();
    expect(text.length, path).toBeGreaterThan(200);
  });
}

test('without JavaScript the calculator says it needs it, also on a link with arguments, and offers nothing that does nothing', async ({ page }) => {
  const initial = ct1d.withDefaults({});
  for (const url of [PAGE, `${PAGE}?v=2&in_channels=512&out_channels=256&length_in=8192&kernel_size=16&stride=8&padding=4#calculator`]) {
    await page.goto(url);
    const notice = page.locator('[data-nojs-notice]');
    await expect(notice, url).toBeVisible();
    await expect(notice).toContainText('needs JavaScript');
    // It names the layer whose numbers are shown, so they are not taken for the link's.
    await expect(notice).toContainText(ct1d.describeLayer(initial));
    // The fields and examples are disabled rather than silently inert; no copy button is offered.
    for (const input of await page.locator('.calc-fields input').all()) await expect(input).toBeDisabled();
    for (const button of await page.locator('.calc-presets button').all()) await expect(button).toBeDisabled();
    for (const button of await page.locator('.calculator .copy-button, .cite-summary .copy-button').all()) await expect(button).toBeHidden();
  }
});

test('without JavaScript a link to a place in the page lands on it', async ({ page }) => {
  const targets = ['#eq-filters', '#eq-total-bias', '#eq-covered-closed-form', '#cite-this-page', '#calculator', '#exact-count', '#what-to-cite'];
  for (const hash of [...targets, `?v=2&in_channels=16&out_channels=32&length_in=100&kernel_size=5${'#calculator'}`]) {
    await page.goto(`${PAGE}${hash}`);
    const id = hash.slice(hash.indexOf('#') + 1);
    await page.evaluate(() => document.fonts.ready);
    const where = await page.evaluate((id) => {
      const target = document.getElementById(id)!;
      const pad = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
      const atBottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
      return { top: target.getBoundingClientRect().top, expected: pad + margin, atBottom, height: innerHeight };
    }, id);
    // Within 50 px of where the browser aims, or as far as the page can scroll.
    const landed = Math.abs(where.top - where.expected) <= 50 || (where.atBottom && where.top >= where.expected - 50 && where.top < where.height);
    expect(landed, `${hash}: ${JSON.stringify(where)}`).toBe(true);
  }
});

test('without JavaScript the counters page shows the comparison for the default layer', async ({ page }) => {
  await page.goto('/modules/convtranspose1d/counters/');
  await expect(page.getByRole('heading', { name: 'Every counter on your layer' })).toBeVisible();
  await expect(page.locator('[data-peers-table] tr[data-tool]').first()).toBeVisible();
  expect(await page.locator('[data-peers-table] tr[data-tool]').count()).toBeGreaterThan(20);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`without JavaScript the site follows the reader’s ${scheme} preference`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGE);
    const [bg, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    /** Relative luminance, roughly: light backgrounds are bright, dark ones dim. */
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    if (scheme === 'light') expect(lum(bg), bg).toBeGreaterThan(0.8);
    else expect(lum(bg), bg).toBeLessThan(0.2);
    // The text keeps its contrast with the background either way.
    expect(Math.abs(lum(bg) - lum(text)), `${bg} / ${text}`).toBeGreaterThan(0.6);
  });
}
