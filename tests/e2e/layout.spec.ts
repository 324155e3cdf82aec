// The module page as a reader meets it on a phone, a tablet and a desktop: the calculator's
// first field in the first screenful, its total in view while a field is typed into, and no
// page-wide sideways scrolling.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ct1d, digits, estimateOk, hydrated, PAGE, urlFor } from './helpers.ts';

/** Real screens: iPhone SE (1st gen.), iPhone 12–15, iPad, a laptop. */
const SCREENS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/** Whether an element's box lies wholly inside the viewport, below the fixed header. */
async function inView(page: Page, el: Locator): Promise<{ top: number; bottom: number; header: number; height: number; inside: boolean }> {
  return el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
    return { top: r.top, bottom: r.bottom, header, height: innerHeight, inside: r.top >= 0 && r.bottom <= innerHeight + 1 && r.height > 0 };
  });
}

for (const screen of SCREENS) {
  test.describe(`${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('the calculator’s first field is in the first screenful', async ({ page }) => {
      await page.goto(PAGE);
      const first = page.locator('.calc-field input').first();
      const box = await inView(page, first);
      expect(box.inside, JSON.stringify(box)).toBe(true);
      expect(box.top).toBeGreaterThanOrEqual(box.header);
      // Nothing forces the page to scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    });

    test('a layer with huge counts never makes the page scroll sideways', async ({ page }) => {
      const huge = ct1d.withDefaults({ batch: 64n, in_channels: 4096n, out_channels: 4096n, length_in: 1_000_000n, kernel_size: 16n, stride: 4n, padding: 6n });
      await page.goto(urlFor(huge));
      await hydrated(page);
      await page.locator('.calc-details > summary').click();
      // Everything rendered, off-screen sections included, before measuring the page's width.
      await page.evaluate(() => document.querySelectorAll('section.sec').forEach((s) => s.classList.add('cv-shown')));
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('[role="region"], .katex-display, .equation, .sl-markdown-content pre, .katex-mathml, .sr-only'))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    });

    test('the total stays in view, uncovered, while each field is typed into', async ({ page }) => {
      await page.goto(PAGE);
      await hydrated(page);
      const p = ct1d.withDefaults({ in_channels: 8n, out_channels: 4n, length_in: 300n, kernel_size: 5n, stride: 3n, padding: 2n, batch: 2n, groups: 2n, dilation: 2n, output_padding: 1n });
      const total = page.locator('[data-headline] [data-quantity="exact.macs"]');
      for (const spec of ct1d.params) {
        if (spec.kind !== 'int') continue;
        const field = page.locator(`#calc-${spec.name}`);
        await field.focus();
        const value = p[spec.name as keyof typeof p];
        await field.fill(value === null ? '' : String(value));
        // Each edit gives a valid layer (the values are entered in an order PyTorch accepts at every step).
        await expect(page.locator('.calculator [role="alert"]')).toHaveCount(0);
        const t = await inView(page, total);
        const f = await inView(page, field);
        expect(t.inside, `total while typing ${spec.name}: ${JSON.stringify(t)}`).toBe(true);
        expect(f.inside, `field ${spec.name}: ${JSON.stringify(f)}`).toBe(true);
        expect(t.top, 'below the fixed header').toBeGreaterThanOrEqual(t.header - 1);
        // The field is not hidden under the held results (they do not overlap).
        const tb = (await total.boundingBox())!;
        const fb = (await field.boundingBox())!;
        const overlap = tb.x < fb.x + fb.width && fb.x < tb.x + tb.width && tb.y < fb.y + fb.height && fb.y < tb.y + tb.height;
        expect(overlap, `total covers ${spec.name}`).toBe(false);
      }
      expect(digits((await total.textContent())!)).toBe(estimateOk(p).exact.macs);
    });
  });
}
