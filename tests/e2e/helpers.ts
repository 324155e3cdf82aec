import { expect, type Page } from '@playwright/test';
import * as ct1d from '../../src/estimator/convtranspose1d/index.ts';
import type { Estimate } from '../../src/estimator/convtranspose1d/index.ts';

export const PAGE = '/modules/convtranspose1d/';

/**
 * Islands still waiting to hydrate, except those inside a closed <details> (they load when a reader
 * opens it) and those that hydrate when the calculator's layer first changes (client:layer: until
 * then the server's render is the island).
 */
const WAITING = 'astro-island[ssr]:not(details:not([open]) *):not([client="layer"])';

/**
 * Wait until every island on the page has hydrated. Islands below the fold load when
 * they scroll into view (client:visible), so bring each into view first, then scroll back
 * to where the page was. Islands inside a closed <details> are not waiting (client:visible
 * never fires there): open it with openDisclosure() or openEveryDisclosure().
 */
export async function hydrated(page: Page): Promise<void> {
  // The whole document first: just after a navigation commits, the islands further down may not
  // be parsed yet, and counting none waiting then passed at once (seen on a loaded machine, after
  // following the calculator's link to the counters page).
  await page.waitForLoadState('domcontentloaded');
  // Where the reader was: the element at the top of the viewport, and its offset. Blocks that
  // skip rendering off-screen (content-visibility) take their real height once scrolled past,
  // so a raw scroll offset would no longer show the same place.
  await page.evaluate(() => {
    // The middle of the content column, below Starlight's fixed header.
    const main = document.querySelector('main')?.getBoundingClientRect();
    const el = (main && document.elementFromPoint(main.left + main.width / 2, innerHeight / 2)) || document.body;
    (window as unknown as { __anchor: [Element, number] }).__anchor = [el, el.getBoundingClientRect().top];
  });
  const pending = page.locator(`${WAITING}[client="visible"]`);
  // Hydrated islands leave the selector, so bring the first pending one into view on every
  // poll: one island hydrating can move the next (e.g. an invalid layer hides a panel).
  let stuck = 0;
  await expect
    .poll(
      async () => {
        const n = await pending.count();
        if (n === 0) return [];
        if (++stuck % 10 === 0) {
          // Still waiting after several tries (a loaded machine): read the page top to bottom as a reader would.
          await page.evaluate(async () => {
            // Two frames at each stop, so the page renders and observers run there, however slow the machine.
            const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
              scrollTo(0, y);
              await frames();
            }
          });
        } else {
          // An island has no box of its own (display: contents), and inside a section that is
          // skipping rendering (content-visibility) neither do its children: scroll to the first
          // thing with a box, which renders the section, and then to the island's content.
          // In the page, not through a locator: a locator waits for its element, and the island may
          // hydrate (leaving the selector) between the count above and this call, which then waited
          // until the test's time ran out.
          await page.evaluate((selector) => {
            const island = document.querySelector(selector);
            if (!island) return;
            const boxed = [island, ...island.querySelectorAll('*')].find((e) => e.getClientRects().length > 0);
            // Inside a block that is skipping its rendering (content-visibility: auto, such as the
            // figure or the probe), nothing of the island has a box yet: bring that block itself
            // into view, the nearest ancestor that has one, so it renders (a whole section's
            // centre can be too far from it for that).
            let holder: Element | null = island.parentElement;
            while (holder && holder.getClientRects().length === 0) holder = holder.parentElement;
            (boxed ?? holder)?.scrollIntoView({ block: 'center' });
          }, `${WAITING}[client="visible"]`);
        }
        // The islands still waiting, by component, so a failure says which.
        return pending.evaluateAll((els) => els.map((e) => (e.getAttribute('component-url') ?? '?').replace(/^.*\/|\..*$/g, '')));
      },
      { message: 'every island hydrated', timeout: 90_000, intervals: [50, 100, 200] },
    )
    .toEqual([]);
  await expect(page.locator(WAITING)).toHaveCount(0);
  await page.evaluate(() => {
    const [el, top] = (window as unknown as { __anchor: [Element, number] }).__anchor;
    window.scrollBy(0, el.getBoundingClientRect().top - top);
  });
}

/** The <details> whose summary reads `summary`. */
export const disclosure = (page: Page, summary: string | RegExp) => page.locator('details', { has: page.locator(':scope > summary', { hasText: summary }) });

/**
 * Open a disclosure as a reader would (a click, or Enter on its focused summary) and wait until
 * the islands inside it have hydrated: they load once their content is in view, so bring it there.
 */
export async function openDisclosure(page: Page, summary: string | RegExp, how: 'click' | 'Enter' = 'click') {
  const details = disclosure(page, summary);
  const toggle = details.locator(':scope > summary');
  // Where a reader would click: in view, once the sections around it have stopped changing
  // height as they render (content-visibility), or the click may land where the summary was.
  await expect
    .poll(
      () =>
        toggle.evaluate(async (s) => {
          s.scrollIntoView({ block: 'center' });
          const top = () => Math.round(s.getBoundingClientRect().top);
          const before = top();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return before === top() && before > 0 && before < innerHeight;
        }),
      { message: `"${summary}" settled in view`, timeout: 10_000 },
    )
    .toBe(true);
  if (how === 'click') await toggle.click();
  else {
    await toggle.focus();
    await page.keyboard.press('Enter');
  }
  await expect(details).toHaveJSProperty('open', true);
  const waiting = details.locator('astro-island[ssr]');
  await expect
    .poll(
      async () => {
        // Sections above may take their real height as they render (content-visibility), moving
        // the content away after the click: bring it back into view on every poll.
        await details.evaluate((d) => (d.querySelector('astro-island > *') ?? d).scrollIntoView({ block: 'center' }));
        return waiting.count();
      },
      { message: `the islands in "${summary}" hydrated`, timeout: 30_000, intervals: [50, 100, 200] },
    )
    .toBe(0);
  return details;
}

/**
 * Open every <details> on the page at once (as the "open" attribute would) and wait for every
 * island, those inside included; `within` narrows it ('main': the page's own disclosures, not
 * the sidebar's groups).
 */
export async function openEveryDisclosure(page: Page, within = 'body'): Promise<void> {
  await page.locator(`${within} details`).evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await hydrated(page);
}

/** An exact integer from rendered text: digit grouping and the typographic minus removed. */
export function digits(text: string): bigint {
  const clean = text.replace(/[,\s\u202f]/g, '').replace('−', '-');
  if (!/^-?\d+$/.test(clean)) throw new Error(`not an integer: "${text}"`);
  return BigInt(clean);
}

/** Every result the calculator shows, by data-quantity name. */
export async function quantities(page: Page): Promise<Record<string, bigint>> {
  const entries = await page
    .locator('.calculator [data-quantity]:not([data-quantity="ratio"])')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-quantity')!, e.textContent ?? ''] as const));
  return Object.fromEntries(entries.map(([k, v]) => [k, digits(v)]));
}

/** What the calculator must show for an estimate, in the same shape as quantities(). */
export function expected(r: Extract<Estimate, { ok: true }>): Record<string, bigint> {
  const out: Record<string, bigint> = { length_out: r.length_out };
  if (r.documented) for (const [k, v] of Object.entries(r.documented)) out[`documented.${k}`] = v;
  for (const [k, v] of Object.entries(r.exact)) out[`exact.${k}`] = v;
  // The table shows the dense MACs and FLOPs (its multiplications and additions both equal the MACs).
  out['dense.macs'] = r.dense.macs;
  out['dense.total_ops'] = r.dense.total_ops;
  return out;
}

export function estimateOk(p: ct1d.ConvTranspose1dParams) {
  const r = ct1d.estimate(p);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

/** The URL of the module page for a parameter set. */
export function urlFor(p: ct1d.ConvTranspose1dParams): string {
  const q = ct1d.queryOf(p);
  return q ? `${PAGE}?${q}` : PAGE;
}

export { ct1d };

/**
 * Click an element as a reader would: in view, once the sections around it have stopped
 * changing height as they render (content-visibility), or the click may land where it was.
 */
export async function clickSettled(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await expect
    .poll(
      () =>
        target.evaluate(async (el) => {
          el.scrollIntoView({ block: 'center' });
          const top = () => Math.round(el.getBoundingClientRect().top);
          const before = top();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return before === top() && before > 0 && before < innerHeight;
        }),
      { message: 'the element settled in view', timeout: 10_000 },
    )
    .toBe(true);
  await target.click();
}
