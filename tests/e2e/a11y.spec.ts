// axe over every built page, in light and dark themes, with the calculator valid and
// invalid: zero violations, no rule disabled, nothing excluded.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hydrated, PAGE } from './helpers.ts';

const OUT = process.env.E2E_OUT ?? 'dist-e2e';
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (['_astro', 'pagefind'].includes(n) ? [] : walk(p)) : n === 'index.html' ? ['/' + relative(OUT, dir).replace(/\\/g, '/')] : [];
  });

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.emulateMedia({ colorScheme: theme });
    });

    test('every built page has no axe violations', async ({ page }) => {
      const paths = walk(OUT).map((p) => (p === '/' ? p : `${p}/`));
      expect(paths.length).toBeGreaterThanOrEqual(3);
      for (const path of [...paths, '/no-such-page/']) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (path === PAGE) await hydrated(page);
        expect(await violations(page), path).toEqual([]);
      }
    });

    test('the module page with an invalid calculator state has no axe violations', async ({ page }) => {
      await page.goto(`${PAGE}?in_channels=3&groups=2`);
      await hydrated(page);
      await expect(page.locator('.calculator [role="alert"]')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the search dialog, once open, has no axe violations', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.locator('#starlight__search input').fill('additions');
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
