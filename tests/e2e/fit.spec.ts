// Equations, tables, code and inline math fit the screen from 320 px up: equation numbers
// never cover their math, every table's last column can be reached, identifiers and code
// tokens are never broken inside, and inline math keeps its punctuation on its line.
import { expect, test, type Page } from '@playwright/test';
import { PAGE } from './helpers.ts';
import { sitePages } from './pages.ts';

const WIDTHS = [320, 390, 768, 1280] as const;
/** The widths at which every page of the site is checked (the ConvTranspose1d page is checked at all). */
const SWEEP_WIDTHS: readonly number[] = [320, 1280];

/** Render everything: blocks off-screen skip rendering (content-visibility) and have no boxes. */
async function renderAll(page: Page) {
  await page.evaluate(() => document.querySelectorAll('section.sec').forEach((s) => s.classList.add('cv-shown')));
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}

/** The page never scrolls sideways: whatever is wide scrolls inside its own box. */
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/** Unnumbered display math that does not scroll inside its own named box, one line per problem (and how many there are). */
async function displayMathReport(page: Page) {
  const report = await page.locator('main .katex-display:not(.equation *)').evaluateAll((els) =>
    els.map((box) => {
      const math = box.querySelector('.katex-html');
      const tex = box.querySelector('annotation')?.textContent ?? '?';
      if (!math) return `${tex}: no math`;
      box.scrollLeft = box.scrollWidth;
      const problems: string[] = [];
      if (math.getBoundingClientRect().right > box.getBoundingClientRect().right + 1) problems.push('ends out of reach');
      if (box.scrollWidth > box.clientWidth && ((box as HTMLElement).tabIndex < 0 || !box.getAttribute('aria-label'))) problems.push('scrolls but is not a named tab stop');
      if (box.scrollHeight > box.clientHeight + 1) problems.push('clipped vertically');
      box.scrollLeft = 0;
      return problems.length ? `${tex}: ${problems.join('; ')}` : '';
    }),
  );
  return { count: report.length, problems: report.filter(Boolean) };
}

/** Tables that neither fit nor scroll in their own box, or break a word (and how many are shown). */
async function tableReport(page: Page) {
  const report = await page.locator('main table').evaluateAll((els) =>
    els.map((table, i) => {
      const t = table as HTMLTableElement;
      if (t.getClientRects().length === 0) return null; // inside a closed disclosure
      const name = `table ${i + 1} (${t.className || t.closest('[aria-label]')?.getAttribute('aria-label') || 'markdown'})`;
      const problems: string[] = [];
      // The box it scrolls in, if it is wider than where it sits.
      let box: HTMLElement | null = t;
      while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
      const rows = [...t.rows].filter((r) => r.cells.length > 0);
      for (const row of [rows[0], rows[rows.length - 1]]) {
        const last = row?.cells[row.cells.length - 1];
        if (!last) continue;
        last.scrollIntoView({ block: 'nearest', inline: 'end' });
        const c = last.getBoundingClientRect();
        const right = Math.min(innerWidth, box ? box.getBoundingClientRect().right : innerWidth);
        if (c.right > right + 1) problems.push(`last column ends ${Math.round(c.right - right)} px out of reach`);
      }
      if (box && box.scrollWidth > box.clientWidth + 1) {
        if (box.tabIndex < 0) problems.push('scrolls, but is not a tab stop');
        if (!/gradient/.test(getComputedStyle(box).backgroundImage)) problems.push('scrolls with no shade at its edges');
        box.scrollLeft = 0;
      }
      // Words (identifiers, numbers) are never split over two lines.
      const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[\w.]+/g)) {
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) problems.push(`"${word[0]}" is broken over ${tops.size} lines`);
        }
      }
      // An identifier in code renders on one line.
      for (const code of t.querySelectorAll('code')) {
        if (/\s/.test(code.textContent?.trim() ?? '')) continue;
        const lines = new Set([...code.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`code "${code.textContent}" renders on ${lines.size} lines`);
      }
      return problems.length ? `${name}: ${[...new Set(problems)].join('; ')}` : '';
    }),
  );
  return { count: report.filter((r) => r !== null).length, problems: report.filter(Boolean) };
}

/** Inline math whose following punctuation can land on another line (and how many such pairs there are). */
async function punctuationReport(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    let pairs = 0;
    const range = document.createRange();
    for (const katex of document.querySelectorAll('main .katex')) {
      if (katex.closest('.katex-display')) continue;
      // The text right after the math: its next sibling, or, if the math ends its wrapper, the wrapper's.
      const next = katex.nextSibling ?? (katex.parentElement?.classList.contains('math-nowrap') ? null : katex.parentElement?.nextSibling);
      const punct = next?.nodeType === Node.TEXT_NODE ? /^[.,;:!?)]/.exec(next.textContent ?? '') : null;
      if (!punct) continue;
      pairs++;
      const tex = katex.querySelector('annotation')?.textContent ?? '?';
      const holder = katex.parentElement;
      if (!holder || holder !== next?.parentElement || getComputedStyle(holder).whiteSpace !== 'nowrap') {
        problems.push(`$${tex}$ and "${punct[0]}" are not in one nowrap span`);
        continue;
      }
      // And on screen, the punctuation sits on the line where the math ends.
      range.setStart(next, 0);
      range.setEnd(next, 1);
      const p = range.getBoundingClientRect();
      const bases = katex.querySelectorAll('.katex-html .base');
      const lastBase = bases[bases.length - 1]?.getBoundingClientRect();
      if (lastBase && (p.top + p.height / 2 < lastBase.top || p.top + p.height / 2 > lastBase.bottom)) problems.push(`$${tex}$: "${punct[0]}" is on another line`);
    }
    return { problems, pairs };
  });
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no equation number covers its math, and all of the math can be scrolled into view', async ({ page }) => {
      await page.goto(PAGE);
      await renderAll(page);
      const equations = page.locator('.equation');
      expect(await equations.count()).toBeGreaterThan(10);
      const report = await equations.evaluateAll((els) =>
        els.map((el) => {
          const box = el.querySelector<HTMLElement>('.eq-math');
          const num = el.querySelector<HTMLElement>('.eq-number');
          const math = el.querySelector<HTMLElement>('.katex-html');
          const name = `(${el.getAttribute('data-number')}) ${el.getAttribute('data-equation')}`;
          if (!box || !num || !math) return `${name}: no math box or number element`;
          const problems: string[] = [];
          box.scrollLeft = 0;
          const b = box.getBoundingClientRect();
          const n = num.getBoundingClientRect();
          const m = math.getBoundingClientRect();
          // The part of the math that shows: its box, clipped by the box it scrolls in.
          const shown = { left: Math.max(m.left, b.left), right: Math.min(m.right, b.right), top: Math.max(m.top, b.top), bottom: Math.min(m.bottom, b.bottom) };
          if (shown.left < n.right && n.left < shown.right && shown.top < n.bottom && n.top < shown.bottom) problems.push('number overlaps the math');
          if (n.right > innerWidth + 0.5 || n.left < -0.5) problems.push(`number off screen (${n.left}–${n.right})`);
          if (num.textContent?.trim() !== `(${el.getAttribute('data-number')})`) problems.push(`number reads ${num.textContent}`);
          // From the start of the box to its end, every part of the math shows.
          if (m.left < b.left - 1) problems.push('math starts before its box');
          box.scrollLeft = box.scrollWidth;
          const end = math.getBoundingClientRect();
          if (end.right > b.right + 1) problems.push(`math ends ${end.right - b.right} px past its box when scrolled to the end`);
          box.scrollLeft = 0;
          if (box.scrollHeight > box.clientHeight + 1) problems.push(`math clipped vertically (${box.scrollHeight} > ${box.clientHeight})`);
          // A box that scrolls can be scrolled with the keyboard, and says what it holds.
          if (box.scrollWidth > box.clientWidth && (box.tabIndex < 0 || !box.getAttribute('aria-label'))) problems.push('scrolls but is not a named tab stop');
          return problems.length ? `${name}: ${problems.join('; ')}` : '';
        }),
      );
      expect(report.filter(Boolean)).toEqual([]);
      expect.soft(await pageOverflow(page)).toBeLessThanOrEqual(0);
    });

    // Every page of the site, one test each (a page's time limit does not grow with the site):
    // display math, tables and inline math's punctuation, checked on the one render. At the
    // narrowest phone and at the desktop layout (sidebar and contents beside the text): every other
    // width gives the text a column between those two.
    if (SWEEP_WIDTHS.includes(width)) for (const path of sitePages()) {
      test(`${path}: display math, tables and inline punctuation fit`, async ({ page }) => {
        await page.goto(path);
        await renderAll(page);
        const math = await displayMathReport(page);
        expect(math.problems, `${path}: display math`).toEqual([]);
        expect.soft(await pageOverflow(page), `${path}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        const tables = await tableReport(page);
        expect(tables.problems, `${path}: tables`).toEqual([]);
        expect.soft(await pageOverflow(page), `${path}: the page scrolls sideways after scrolling the tables`).toBeLessThanOrEqual(0);
        const punctuation = await punctuationReport(page);
        expect(punctuation.problems, `${path}: inline math`).toEqual([]);
        // The checks see what they check: the ConvTranspose1d page has tables and inline math (its
        // display math is all numbered equations, checked by the test above).
        if (path === PAGE) {
          expect(tables.count).toBeGreaterThan(3);
          expect(punctuation.pairs).toBeGreaterThan(5);
        }
      });
    }

    test('code blocks wrap only between words, and a block that scrolls is a named tab stop', async ({ page }) => {
      await page.goto(PAGE);
      await renderAll(page);
      const blocks = page.locator('pre.astro-code');
      expect(await blocks.count()).toBeGreaterThan(0);
      const report = await blocks.evaluateAll((pres) =>
        pres.flatMap((pre, i) => {
          const problems: string[] = [];
          if (pre.scrollWidth > pre.clientWidth && (pre.tabIndex < 0 || !pre.getAttribute('aria-label'))) problems.push(`block ${i + 1} scrolls but is not a named tab stop`);
          const range = document.createRange();
          for (const line of pre.querySelectorAll('.line')) {
            // The line's text, character by character, with where each character is.
            const at: [Text, number][] = [];
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) for (let k = 0; k < node.length; k++) at.push([node, k]);
            const text = at.map(([n, k]) => n.data[k]).join('');
            for (const word of text.matchAll(/\S+/g)) {
              const [startNode, startOffset] = at[word.index];
              const [endNode, endOffset] = at[word.index + word[0].length - 1];
              range.setStart(startNode, startOffset);
              range.setEnd(endNode, endOffset + 1);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) problems.push(`block ${i + 1}: "${word[0]}" is broken over ${tops.size} lines`);
            }
          }
          return problems;
        }),
      );
      expect(report).toEqual([]);
      expect.soft(await pageOverflow(page)).toBeLessThanOrEqual(0);
    });
  });
}
