// "What to cite" for layers recorded by real PyTorch, opened by their links: every figure the
// estimator's, every sentence with the number, its unit and a link that reopens the same view.
import { expect, test } from '@playwright/test';
import { big, toParams, valid } from '../unit/golden.ts';
import { CURRENT_VERSION } from '../../src/estimator/convtranspose1d/versions.ts';
import { whatToCite } from '../../src/lib/whatToCite.ts';
import { ct1d, digits, estimateOk, hydrated, urlFor } from './helpers.ts';

/** A spread of golden records: the first of each category, one without a documented value, the largest total. */
const picks = [
  valid.find((r) => r.category === 'tiny')!,
  valid.find((r) => r.category === 'realistic')!,
  valid.find((r) => r.category === 'huge')!,
  valid.find((r) => r.formula_total_ops === null),
  valid.find((r) => r.params.batch === null && r.params.in_channels > 1),
].filter((r) => r !== undefined);

test('the picks cover what they should', () => {
  expect(picks.length).toBe(5);
  expect(picks.some((r) => r.formula_total_ops !== null && big(r.formula_total_ops) > 2n ** 53n)).toBe(true);
});

for (const [i, record] of picks.entries()) {
  test(`golden record ${i + 1} (${record.category}) by its link`, async ({ page, context }) => {
    const p = toParams(record.params);
    const r = estimateOk(p);
    // The golden record itself, so this test fails if the estimator and PyTorch part ways.
    expect(r.length_out).toBe(big(record.length_out));
    expect(r.documented?.total_ops ?? null).toBe(record.formula_total_ops === null ? null : big(record.formula_total_ops));

    await page.goto(urlFor(p));
    await hydrated(page);
    const summary = page.locator('[data-cite-summary="ok"]');
    const shown = await summary.locator('[data-quantity]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-quantity'), e.textContent]));
    const want: [string, bigint][] = [['exact.macs', r.exact.macs], ['exact.total_ops', r.exact.total_ops]];
    if (r.documented) want.push(['documented.total_ops', r.documented.total_ops]);
    want.push(['dense.macs', r.dense.macs], ['dense.total_ops', r.dense.total_ops]);
    expect(shown.map(([k, v]) => [k, digits(v!)])).toEqual(want);

    // The sentences are the pure function's, for this layer and the page's own versioned link.
    const link = await page.evaluate(() => {
      const u = new URL(location.href);
      return `${u.pathname}${u.search}`;
    });
    const figures = whatToCite({
      layer: ct1d.describeLayer(p),
      link: 'LINK',
      version: CURRENT_VERSION,
      exact: r.exact,
      documented: r.documented?.total_ops ?? null,
      dense: r.dense,
    });
    for (const f of figures) {
      const sentence = page.locator(`[data-cite-sentence="${f.id}"]`);
      if (f.sentence === null) {
        await expect(sentence).toHaveCount(0);
        continue;
      }
      const text = (await sentence.textContent())!;
      const url = /https?:\/\/\S+#calculator/.exec(text)?.[0];
      expect(url, f.id).toBeDefined();
      expect(text.replace(url!, 'LINK')).toBe(f.sentence);
      // The link names the rules version and the layer: opened, it shows the same layer.
      const u = new URL(url!);
      expect(u.searchParams.get('v')).toBe(String(CURRENT_VERSION));
      expect(`${u.pathname}${u.search}`).toBe(link);
    }

    // Copying the recommended sentence puts exactly that text on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-copy-from="cite-exact-sentence"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('[data-cite-sentence="exact"]').textContent());
  });
}

test('an invalid layer has nothing to cite and says why', async ({ page }) => {
  await page.goto(urlFor(ct1d.withDefaults({ in_channels: 3n, groups: 2n })));
  await hydrated(page);
  await expect(page.locator('[data-cite-summary="invalid"]')).toContainText('not a valid layer');
  await expect(page.locator('[data-cite-sentence]')).toHaveCount(0);
});
