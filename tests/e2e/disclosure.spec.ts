// The converter and the configuration's citation sit in closed disclosures, so their code (the
// islands' own files and the on-open chunk, src/lib/clientChunks.ts) is not requested while a
// reader scrolls through the page: only once one is opened, by a click or by Enter on its
// summary. A link into a disclosure, or one open on load, hydrates its island too.
import { expect, test, type Page } from '@playwright/test';
import { disclosure, hydrated, openDisclosure, PAGE } from './helpers.ts';

const COUNTERS = `${PAGE}counters/`;
const tools = [
  {
    page: COUNTERS,
    /** The counters table's file, which loads as the page is read. */
    later: /^\/_astro\/PeersTable\./,
    summary: 'Convert a published number',
    island: 'PeersConvert',
    // Hydrated: the field the server renders disabled is enabled.
    live: (d: ReturnType<typeof disclosure>) => expect(d.locator('#peers-convert-value')).toBeEnabled(),
  },
  {
    page: PAGE,
    // The figure's file (the islands-later group, which the bundler names after its one island).
    later: /^\/_astro\/(islands-later|KernelDiagram)\./,
    summary: 'Cite the calculator',
    island: 'ConfigCitation',
    // Hydrated: the citation names the day it was accessed, which only the browser knows.
    live: (d: ReturnType<typeof disclosure>) => expect(d.locator('#cite-config-text')).toContainText('accessed'),
  },
] as const;

/** The page's scripts requested so far, by path. */
function watchScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) seen.push(path);
  });
  return seen;
}

const onOpenChunk = (seen: string[]) => seen.filter((p) => /^\/_astro\/on-open\.[^/]*\.js$/.test(p));

for (const tool of tools) {
  for (const how of ['click', 'Enter'] as const) {
    test(`${tool.island}: no script until its disclosure is opened (${how}), then it loads and hydrates`, async ({ page }) => {
      const seen = watchScripts(page);
      await page.goto(tool.page);
      const details = disclosure(page, tool.summary);
      await expect(details).toHaveJSProperty('open', false);
      const url = await details.locator(`astro-island[component-url*="/${tool.island}."]`).getAttribute('component-url');
      const others = await page.locator('main details astro-island').evaluateAll((els, own) => els.map((e) => e.getAttribute('component-url')!).filter((u) => u !== own), url);
      // Read the whole page: every other island hydrates, these two do not load.
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      expect(seen.some((p) => tool.later.test(p)), 'the other islands loaded').toBe(true);
      expect(seen).not.toContain(url);
      expect(onOpenChunk(seen)).toEqual([]);
      await expect(details.locator('astro-island[ssr]')).toHaveCount(1);

      await openDisclosure(page, tool.summary, how);
      await tool.live(details);
      expect(seen).toContain(url);
      expect(onOpenChunk(seen)).toHaveLength(1);
      // The other disclosure, still closed, has loaded nothing of its own.
      for (const other of others) expect(seen).not.toContain(other);
    });
  }
}

test('a link into a closed disclosure opens it, and its island hydrates', async ({ page }) => {
  await page.goto(`${PAGE}#cite-config-text`);
  const details = disclosure(page, 'Cite the calculator');
  await expect(details).toHaveJSProperty('open', true);
  await expect(details.locator('astro-island[ssr]')).toHaveCount(0);
  await tools[1].live(details);
});

for (const tool of tools) {
  test(`a disclosure open on load hydrates like any island (${tool.island})`, async ({ page }) => {
    // The same page with the disclosure marked open in its HTML.
    await page.route(`**${tool.page}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(new RegExp(`<details([^>]*)>(<summary[^>]*>${tool.summary})`), '<details open$1>$2');
      await route.fulfill({ response, body: html });
    });
    const seen = watchScripts(page);
    await page.goto(tool.page);
    await expect(disclosure(page, tool.summary)).toHaveJSProperty('open', true);
    await hydrated(page);
    await tool.live(disclosure(page, tool.summary));
    expect(onOpenChunk(seen)).toHaveLength(1);
  });
}
