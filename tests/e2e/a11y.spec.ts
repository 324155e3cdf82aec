// axe over every built page, in light and dark themes, with the calculator valid and
// invalid and every disclosure open: zero violations, no rule disabled, nothing excluded.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openEveryDisclosure, PAGE } from './helpers.ts';
import { builtPages, sitePages } from './pages.ts';
import { registry } from '../../src/estimator/registry.ts';

const OUT = process.env.E2E_OUT ?? 'dist-e2e';

test('the pages checked are exactly the pages built', () => {
  expect(builtPages(OUT)).toEqual(sitePages());
});

/**
 * The pages the dark theme is checked on: its colours are the components' and the stylesheets', the
 * same on every page of a kind, so one page of each: the content pages that are not module pages, and
 * in each family of modules the first module's page and its counters page (and ConvTranspose1d's,
 * which has islands of its own).
 */
function themePages(): string[] {
  const all = sitePages();
  const families = new Map<string, string>();
  for (const def of Object.values(registry)) if (!families.has(def.family)) families.set(def.family, def.id);
  const modules = new Set([...families.values(), 'convtranspose1d']);
  const chosen = all.filter((p) => {
    const m = /^\/modules\/([a-z0-9]+)\/(counters\/)?$/.exec(p);
    return m ? !(m[1] in registry) || modules.has(m[1]) : true;
  });
  return [...chosen, '/no-such-page/'];
}

async function violations(page: Page) {
  // Sections far from the viewport skip rendering (content-visibility: auto), and axe cannot
  // measure the contrast of text that is not rendered: render everything for the sweep.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/**
 * Each disclosure of the page's content, open and in view: off-screen sections skip rendering
 * (content-visibility), where axe cannot measure contrast, so check each one where it renders.
 */
async function disclosedViolations(page: Page) {
  const out: string[] = [];
  const all = page.locator('main details:has(astro-island)');
  expect(await all.count()).toBeGreaterThan(0);
  for (const details of await all.all()) {
    await expect(details).toHaveJSProperty('open', true);
    await details.evaluate((d) => {
      d.setAttribute('data-axe-now', '');
      d.scrollIntoView({ block: 'start' });
    });
    const result = await new AxeBuilder({ page }).include('[data-axe-now]').analyze();
    await details.evaluate((d) => d.removeAttribute('data-axe-now'));
    const summary = (await details.locator('summary').textContent()) ?? '?';
    out.push(...result.violations.map((v) => `${summary}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`));
    // In view, every text's contrast was measured: none left undecided.
    const undecided = result.incomplete.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0;
    if (undecided > 0) out.push(`${summary}: color-contrast undecided for ${undecided} nodes`);
  }
  return out;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.emulateMedia({ colorScheme: theme });
    });

    // One test per page, each with its own limit: a few seconds a page alone, up to ten times that on
    // a loaded 2-core machine. The list is the site's sources; the build is checked against it above.
    // Every page in the light theme; in the dark one, a page of each kind (see themePages).
    for (const path of theme === 'light' ? [...sitePages(), '/no-such-page/'] : themePages()) {
      test(`${path} has no axe violations, every disclosure open`, async ({ page }) => {
        test.setTimeout(300_000);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await openEveryDisclosure(page);
        expect(await violations(page), path).toEqual([]);
        if (path === PAGE) expect(await disclosedViolations(page), path).toEqual([]);
      });
    }

    test('the module page with an invalid calculator state has no axe violations', async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto(`${PAGE}?in_channels=3&groups=2`);
      await openEveryDisclosure(page);
      await expect(page.locator('.calculator [role="alert"]')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      expect(await disclosedViolations(page)).toEqual([]);
    });

    // Off-screen sections skip rendering (content-visibility), where axe cannot measure contrast:
    // bring each code block into view and check that every token's contrast was measured.
    test('code blocks in view have no axe violations, the contrast of every token included', async ({ page }) => {
      await page.goto(PAGE);
      const ids = await page.locator('.code-block .code-body').evaluateAll((es) => es.map((e) => e.id));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        // A block in a closed disclosure is opened first, as a reader would.
        await page.locator(`#${id}`).evaluate((e) => e.closest('details')?.setAttribute('open', ''));
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        const result = await new AxeBuilder({ page }).include(`#${id}`).analyze();
        expect(result.violations.map((v) => v.id), id).toEqual([]);
        // axe skips text that is only punctuation, such as "(" or "=".
        const tokens = await page.locator(`#${id} .line span:not(.cw)`).evaluateAll((es) => es.filter((e) => /[\p{L}\p{N}]/u.test(e.textContent!)).length);
        const measured = result.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0;
        expect(tokens, id).toBeGreaterThan(0);
        expect(measured, id).toBe(tokens);
      }
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
