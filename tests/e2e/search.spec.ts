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
    const first = page.locator('.pagefind-ui__result-link').first();
    await expect(first).toBeVisible();
    expect(new URL(await first.getAttribute('href') ?? '', 'http://x').pathname).toBe(expectPath);
  });
}

test('search opens with the keyboard shortcut', async ({ page }) => {
  await page.goto(PAGE);
  await page.keyboard.press('Control+k');
  await expect(page.locator('#starlight__search input')).toBeFocused();
});
