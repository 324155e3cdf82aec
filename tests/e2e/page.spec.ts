import { expect, test } from '@playwright/test';
import { equationList } from '../../src/estimator/convtranspose1d/equations.ts';
import { ct1d, digits, estimateOk, expected, hydrated, PAGE, quantities } from './helpers.ts';

test.describe('module page', () => {
  test('sections skip rendering off-screen, yet the table of contents follows the reader and anchors land', async ({ page }) => {
    await page.goto(PAGE);
    // Every h2 opens a section of its own (src/lib/rehypeSections.ts), which the stylesheet lets skip rendering.
    const h2 = await page.locator('.sl-markdown-content h2').count();
    await expect(page.locator('.sl-markdown-content > section.sec')).toHaveCount(h2);
    await expect(page.locator('.sl-markdown-content > section.sec').first()).toHaveCSS('content-visibility', 'auto');
    // Starlight's table of contents still marks the section being read.
    // The heading at the top of the screen, where a reader who has just reached it has it. Sections
    // above it take their real height as they render, which can move it: put it back at each try.
    await expect
      .poll(async () => {
        await page.locator('#filter-aggregation').evaluate((h) => h.scrollIntoView({ block: 'start' }));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.evaluate(() => window.scrollBy(0, 1)); // one more scroll event
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        return page.locator('starlight-toc a[aria-current="true"]').getAttribute('href');
      })
      .toBe('#filter-aggregation');
    // A link to a section far down the page opens with its heading in view.
    await page.goto(`${PAGE}#cite-this-page`);
    await expect(page.locator('#cite-this-page')).toBeInViewport();
    // So does a jump within the page, from the table of contents back up to the calculator.
    await page.locator('starlight-toc a[href="#calculator"]').click();
    await expect(page.locator('#calculator')).toBeInViewport();
    await page.waitForTimeout(500); // islands near it hydrate and sections render: it stays in view
    await expect(page.locator('#calculator')).toBeInViewport();
  });

  for (const path of [PAGE, `${PAGE}counters/`]) {
    test(`every h2 and h3 of ${path} is in its table of contents`, async ({ page }) => {
      await page.goto(path);
      const headings = await page.locator('.sl-markdown-content :is(h2, h3)').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
      const toc = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(headings.length).toBeGreaterThan(5);
      expect(headings.filter((h) => !toc.includes(h))).toEqual([]);
    });
  }

  test('renders every numbered equation with its id and number, and no KaTeX error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(PAGE);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    expect(await page.locator('.katex').count()).toBeGreaterThan(50);
    for (const eq of equationList) {
      const el = page.locator(`#${eq.id}`);
      await expect(el, eq.id).toHaveCount(1);
      await expect(el.locator('.katex-display')).toHaveCount(1);
      await expect(el.locator('.tag')).toHaveText(`(${eq.number})`);
    }
    // KaTeX's stylesheet is bundled (no CDN) and applied: .katex-mathml is visually hidden.
    const clip = await page.locator('.katex-mathml').first().evaluate((e) => getComputedStyle(e).position);
    expect(clip).toBe('absolute');
    const external = await page.locator('link[rel="stylesheet"]').evaluateAll((ls) =>
      ls.map((l) => (l as HTMLLinkElement).href).filter((h) => !h.startsWith(location.origin)),
    );
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('no build-time expression leaks into the math or the text as source code', async ({ page }) => {
    await page.goto(PAGE);
    const tex = await page.locator('.katex-mathml annotation').allTextContents();
    expect(tex.length).toBeGreaterThan(50);
    // MDX does not evaluate {…} inside $…$: an expression there would be typeset as code.
    expect(tex.filter((t) => /\bn\(|Run\b|\.(length_in|documented|exact|kernel_size)\b/.test(t))).toEqual([]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\{n\(|\bn\([a-zA-Z]|Run\.(documented|exact|length_out)/);
  });

  test('the worked example shows the probe the estimator computes', async ({ page }) => {
    await page.goto(PAGE);
    const seed = ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n, bias: false });
    const r = estimateOk(seed);
    const cells = page.locator('[data-worked="seed"] td[data-y]');
    await expect(cells).toHaveCount(Number(r.length_out));
    for (let t = 0n; t < r.length_out; t++) {
      await expect(cells.nth(Number(t))).toHaveText(String(ct1d.productsAt(seed, t)));
    }
    // The seed's own figures: y = [1, 2, 2, 1] and 2 additions per filter.
    expect(await cells.allTextContents()).toEqual(['1', '2', '2', '1']);
    expect(r.documented?.additions_per_filter).toBe(2n);
  });

  test('the comparison table shows the estimator’s totals', async ({ page }) => {
    await page.goto(PAGE);
    const rows = page.locator('[data-comparison] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    for (const row of await rows.all()) {
      const query = (await row.getAttribute('data-example'))!;
      const r = ct1d.estimateRaw(Object.fromEntries(new URLSearchParams(query)), 'initial');
      if (!r.ok) throw new Error(query);
      await expect(row.locator('[data-quantity="exact.total_ops"]')).toHaveText(/\d/);
      expect(digits((await row.locator('[data-quantity="exact.total_ops"]').textContent()) ?? '')).toBe(r.exact.total_ops);
      const doc = (await row.locator('[data-quantity="documented.total_ops"]').textContent()) ?? '';
      if (r.documented) expect(digits(doc)).toBe(r.documented.total_ops);
      else expect(doc).toBe('undefined');
    }
  });

  test('the departures the prose describes are real for its examples', async ({ page }) => {
    await page.goto(PAGE);
    const cell = async (label: string, col: number) =>
      page.locator('[data-comparison] tbody tr', { has: page.getByRole('link', { name: label }) }).locator('td').nth(col).textContent().then((t) => t ?? '');
    // Columns: L_out, probe sum A, true additions per filter, documented total, exact total.
    expect(digits(await cell('Holes: stride 7, dilation 3', 1))).toBeLessThan(0n);
    expect(digits(await cell('Holes: stride 7, dilation 3', 2))).toBe(0n);
    expect(digits(await cell('output_padding tail', 1))).toBeLessThan(digits(await cell('output_padding tail', 2)));
    const vocoderDoc = digits(await cell('Vocoder upsampler ×8, batch 16', 3));
    const vocoderExact = digits(await cell('Vocoder upsampler ×8, batch 16', 4));
    expect(vocoderDoc).toBeGreaterThan(2n * vocoderExact);
  });

  test('code blocks: no Expressive Code files, the Python block’s title, a copy button that copies its code, colours per theme', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(PAGE);
    // Highlighting happens at build time: no Expressive Code script or stylesheet reaches the page.
    expect(loaded.filter((p) => p.endsWith('.css')).length).toBeGreaterThan(0);
    expect(loaded.filter((p) => /\/ec\.[^/]*\.(js|css)$/.test(p))).toEqual([]);
    await expect(page.locator('.expressive-code')).toHaveCount(0);

    const block = page.locator('figure.code-block', { has: page.locator('figcaption', { hasText: 'ones_probe.py' }) });
    // The probe's PyTorch code sits in a disclosure: open it as a reader would.
    const reproduce = page.locator('details', { has: page.locator(':scope > summary', { hasText: 'Reproduce the probe with PyTorch' }) });
    await reproduce.locator(':scope > summary').scrollIntoViewIfNeeded();
    await reproduce.locator(':scope > summary').click();
    await expect(reproduce).toHaveJSProperty('open', true);
    await block.scrollIntoViewIfNeeded();
    await expect(block.locator('figcaption')).toHaveText('ones_probe.py');
    const code = [
      'import torch',
      '',
      'layer = torch.nn.ConvTranspose1d(1, 1, kernel_size=3, bias=False)',
      'torch.nn.init.ones_(layer.weight)          # every tap is 1',
      '',
      'y = layer(torch.ones(1, 2))                # one channel, L_in = 2',
      'print(y)                                   # products per output position',
      'print((y - 1).sum().item())                # the documented additions per filter',
    ].join('\n');
    expect(await block.locator('pre').textContent()).toBe(code);
    await block.getByRole('button', { name: 'Copy ones_probe.py' }).click();
    await expect(block.locator('.copy-status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // Every code block on the page has its copy button, shown once the script runs.
    const blocks = page.locator('pre.astro-code');
    expect(await blocks.count()).toBe(2);
    for (const pre of await blocks.all()) {
      const figure = pre.locator('xpath=ancestor::figure[contains(@class, "code-block")]');
      await expect(figure.locator('button[data-copy-from]')).toBeVisible();
      // Wrapped, so no block scrolls sideways.
      expect(await pre.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    }

    // Colours follow Starlight's theme: `import` is github-light-default's red on white, github-dark-default's on its dark ground.
    const keyword = block.locator('pre span:not(.cw)', { hasText: /^import$/ });
    const colours = () => keyword.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e.closest('pre')!).backgroundColor]);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    expect(await colours()).toEqual(['rgb(207, 34, 46)', 'rgb(255, 255, 255)']);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await colours()).toEqual(['rgb(255, 123, 114)', 'rgb(13, 17, 23)']);
  });

  test('the default calculator shows the estimator’s values for the initial layer', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    expect(await quantities(page)).toEqual(expected(estimateOk(ct1d.withDefaults({}))));
    await expect(page.locator('[role="alert"]')).toHaveCount(0);
  });
});
