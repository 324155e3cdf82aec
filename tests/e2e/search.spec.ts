import { expect, test } from '@playwright/test';
import { PAGE } from './helpers.ts';

for (const [query, expectPath] of [
  ['ConvTranspose1d', PAGE],
  ['additions', PAGE],
] as const) {
  test(`search finds "${query}"`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    // The search UI is fetched only when a reader opens search.
    expect(requests.filter((u) => /pagefind|ui-core/.test(u))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.locator('#starlight__search input');
    await expect(input).toBeFocused();
    await input.fill(query);
    const links = page.locator('.pagefind-ui__result-link');
    await expect(links.first()).toBeVisible();
    // Ranking among pages that all mention the word is Pagefind's business; the page must be found.
    await expect
      .poll(async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) => new URL(h, 'http://x').pathname))
      .toContain(expectPath);
  });
}

test('search opens with the keyboard shortcut', async ({ page }) => {
  await page.goto(PAGE);
  await page.keyboard.press('Control+k');
  await expect(page.locator('#starlight__search input')).toBeFocused();
});
