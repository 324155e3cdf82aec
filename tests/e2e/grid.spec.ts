// The output grid of the 2-d convolution pages (GridFigure) in the browser: its counts against
// the families' brute-force simulators, keyboard and pointer tracing, windowing of a large
// layer, an invalid layer, and a phone's width.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers.ts';
import { queryOf } from '../../src/estimator/core/define.ts';
import { definition as conv2d, type Conv2dParams } from '../../src/estimator/conv2d/index.ts';
import { trace } from '../../src/estimator/conv/forward.ts';
import { layout2d as convLayout } from '../../src/estimator/conv/layout.ts';
import { simulateProbe } from '../../src/estimator/conv/simulate.ts';
import { definition as ct2d, type ConvTranspose2dParams } from '../../src/estimator/convtranspose2d/index.ts';
import { layout2d as ctLayout } from '../../src/estimator/convtranspose/layout.ts';
import { outputSizes } from '../../src/estimator/convtranspose/outputSize.ts';
import { simulateProbeNd } from '../../src/estimator/convtranspose/simulate.ts';
import { axesOf } from '../../src/estimator/convtranspose/tuples.ts';

/** The brute-force probe of a layer: its output's sizes and y per position, row-major. */
interface Probe {
  rows: number;
  cols: number;
  y: number[];
}

function forwardProbe(p: Conv2dParams): Probe {
  const t = trace(p, convLayout);
  if (!t.ok) throw new Error(t.error.message);
  const s = simulateProbe(t.axes);
  return { rows: s.sizes_out[0], cols: s.sizes_out[1], y: s.ones_output };
}

function transposedProbe(p: ConvTranspose2dParams): Probe {
  const axes = axesOf(p, ctLayout);
  const sizes = outputSizes(axes);
  return { rows: Number(sizes[0]), cols: Number(sizes[1]), y: [...simulateProbeNd(axes, sizes).y] };
}

const initialOf = <P,>(def: { params: readonly { name: string; initial: unknown }[]; fromValues(v: never): P }) =>
  def.fromValues(Object.fromEntries(def.params.map((s) => [s.name, s.initial])) as never);

const PAGES = [
  {
    name: 'Conv2d',
    path: '/modules/conv2d/',
    fig: '#conv2d-grid',
    initial: () => forwardProbe(initialOf<Conv2dParams>(conv2d)),
    // The ResNet stem: 224×224 → 112×112.
    large: { ...initialOf<Conv2dParams>(conv2d), batch: 1n, in_channels: 3n, out_channels: 64n, height_in: 224n, width_in: 224n, kernel_size: 7n, stride: 2n, padding: 3n, bias: false } as Conv2dParams,
    probe: (p: unknown) => forwardProbe(p as Conv2dParams),
    query: (p: unknown) => queryOf(conv2d, p as Conv2dParams),
    invalid: 'kernel_size=9',
    zero: { ...initialOf<Conv2dParams>(conv2d), height_in: 4n, width_in: 4n, kernel_size: 1n, stride: 2n, padding: 1n } as Conv2dParams,
    zeroWords: /sees only padding/,
  },
  {
    name: 'ConvTranspose2d',
    path: '/modules/convtranspose2d/',
    fig: '#convtranspose2d-grid',
    initial: () => transposedProbe(initialOf<ConvTranspose2dParams>(ct2d)),
    // DCGAN's layer on 64×64 → 128×128.
    large: { ...initialOf<ConvTranspose2dParams>(ct2d), height_in: 64n, width_in: 64n } as ConvTranspose2dParams,
    probe: (p: unknown) => transposedProbe(p as ConvTranspose2dParams),
    query: (p: unknown) => queryOf(ct2d, p as ConvTranspose2dParams),
    invalid: 'output_padding=5',
    zero: { ...initialOf<ConvTranspose2dParams>(ct2d), height_in: 2n, width_in: 2n, kernel_size: 3n, stride: 4n, padding: 0n } as ConvTranspose2dParams,
    zeroWords: /is a hole/,
  },
];

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** Open a page and wait until the figure draws the live layer with its family's code. */
async function open(page: Page, url: string, fig: string) {
  await page.goto(url);
  await hydrated(page);
  await page.locator(fig).scrollIntoViewIfNeeded();
  await expect(page.locator(`${fig} .gf-live[data-ready]`)).toHaveCount(1);
}

/** The drawn cells, row-major: [row, col, count]. */
const cells = (page: Page, fig: string) =>
  page.locator(`${fig} td[data-count]`).evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-row')), Number(e.getAttribute('data-col')), Number(e.getAttribute('data-count'))]));

/** The top-left rows×cols block of a probe, row-major. */
const corner = (p: Probe, rows: number, cols: number) => {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push([r, c, p.y[r * p.cols + c]]);
  return out;
};

for (const P of PAGES) {
  test.describe(P.name, () => {
    test('the cells of the initial layer are the simulator’s probe, drawn whole', async ({ page }) => {
      const errors = collectErrors(page);
      // Before hydration (as served), the server's grid; after, the live one: both the probe.
      const expected = P.initial();
      await page.goto(P.path);
      expect(await cells(page, P.fig)).toEqual(corner(expected, expected.rows, expected.cols));
      await open(page, P.path, P.fig);
      expect(await cells(page, P.fig)).toEqual(corner(expected, expected.rows, expected.cols));
      await expect(page.locator(`${P.fig} [data-grid-window]`)).toHaveCount(0);
      await expect(page.locator(`${P.fig} .gf-window`)).toHaveText(`The whole ${expected.rows} × ${expected.cols} output.`);
      await expect(page.locator(`${P.fig} figcaption`)).toHaveText(/^Figure 1\./);
      // The grid is named by the caption.
      const grid = page.locator(`${P.fig} table[role="grid"]`);
      expect(await page.locator(`#${await grid.getAttribute('aria-labelledby')}`).textContent()).toMatch(/^Figure 1\./);
      expect(errors).toEqual([]);
    });

    test('focus and arrow keys move the highlight and the description; Enter pins; one tab stop', async ({ page }) => {
      await open(page, P.path, P.fig);
      const fig = page.locator(P.fig);
      const readout = fig.locator('[data-grid-readout]');
      await expect(readout).toHaveAttribute('aria-live', 'polite');
      await expect(fig.locator('td[tabindex="0"]')).toHaveCount(1);
      const active = () => fig.locator('td[data-active]').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-row')), Number(e.getAttribute('data-col'))]));
      await fig.locator('td[data-row="0"][data-col="0"]').focus();
      expect(await active()).toEqual([[0, 0]]);
      await expect(readout).toContainText('Output row 0, column 0');
      await page.keyboard.press('ArrowRight');
      expect(await active()).toEqual([[0, 1]]);
      await expect(readout).toContainText('Output row 0, column 1');
      await page.keyboard.press('ArrowDown');
      expect(await active()).toEqual([[1, 1]]);
      await expect(readout).toContainText('Output row 1, column 1');
      await expect(fig.locator('.gf-panel')).toHaveAttribute('data-panel-row', '1');
      // The focused cell is the only tab stop, and has focus.
      await expect(fig.locator('td[tabindex="0"]')).toHaveCount(1);
      expect(await page.evaluate(() => [document.activeElement?.getAttribute('data-row'), document.activeElement?.getAttribute('data-col')])).toEqual(['1', '1']);
      // End and Home stay in the row; the edges stop the arrows.
      await page.keyboard.press('End');
      const cols = Number(await fig.locator('table[role="grid"]').getAttribute('data-cols'));
      expect(await active()).toEqual([[1, cols - 1]]);
      await page.keyboard.press('ArrowRight');
      expect(await active()).toEqual([[1, cols - 1]]);
      await page.keyboard.press('Home');
      expect(await active()).toEqual([[1, 0]]);
      // Enter pins the cell: it stays traced after the focus leaves the grid.
      await page.keyboard.press('Enter');
      await expect(fig.locator('td[aria-selected="true"]')).toHaveCount(1);
      await page.keyboard.press('Tab');
      expect(await active()).toEqual([[1, 0]]);
      await expect(readout).toContainText('Output row 1, column 0');
    });

    test('a tap pins a cell and shows what reaches it; a zero cell says so', async ({ page }) => {
      await open(page, `${P.path}?${P.query(P.zero)}`, P.fig);
      const fig = page.locator(P.fig);
      const expected = P.probe(P.zero);
      expect(await cells(page, P.fig)).toEqual(corner(expected, expected.rows, expected.cols));
      const zero = expected.y.findIndex((v) => v === 0);
      const [r, c] = [Math.floor(zero / expected.cols), zero % expected.cols];
      await fig.locator(`td[data-row="${r}"][data-col="${c}"]`).click();
      await expect(fig.locator(`td[aria-selected="true"]`)).toHaveAttribute('data-count', '0');
      await expect(fig.locator('[data-grid-readout]')).toHaveText(P.zeroWords);
      await expect(fig.locator('.gf-legend li').first()).toContainText('0');
      await page.mouse.move(0, 0);
      await expect(fig.locator('[data-grid-readout]')).toHaveText(P.zeroWords);
    });

    test('a link with a large layer shows its top-left corner and says so', async ({ page }) => {
      await open(page, `${P.path}?${P.query(P.large)}`, P.fig);
      const expected = P.probe(P.large);
      const note = page.locator(`${P.fig} [data-grid-window]`);
      await expect(note).toHaveText(`Shown: rows 0–15 of ${expected.rows} and columns 0–15 of ${expected.cols}, the top-left corner of the ${expected.rows} × ${expected.cols} output.`);
      expect(await cells(page, P.fig)).toEqual(corner(expected, 16, 16));
    });

    test('an invalid layer: nothing to draw, no error', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`${P.path}?${P.invalid}`);
      await hydrated(page);
      await expect(page.locator(`${P.fig} .gf-invalid`)).toHaveText(/not a valid layer, so there is nothing to draw/);
      await expect(page.locator(`${P.fig} table`)).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test.describe('on a 390 px phone', () => {
      test.use({ viewport: { width: 390, height: 844 } });
      test('the page never scrolls sideways, the grid scrolls in its box', async ({ page }) => {
        for (const url of [P.path, `${P.path}?${P.query(P.large)}`]) {
          await open(page, url, P.fig);
          await page.locator(`${P.fig} td[data-row="0"][data-col="0"]`).focus();
          await page.keyboard.press('End');
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
          const box = await page.locator(`${P.fig} .gf-scroll`).boundingBox();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        }
      });
    });
  });
}
