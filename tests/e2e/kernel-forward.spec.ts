// The tap figure of the forward convolution page (Conv1d, TapFigure) in the browser: per drawn
// output its count against the estimator and the brute-force probe, for the initial layer and
// after the calculator changes; taps on zero padding marked, and on copied padding counted;
// keyboard tracing; windowing of a huge layer; an invalid layer; a phone's width.
import { expect, test, type Page } from '@playwright/test';
import { digits, hydrated } from './helpers.ts';
import { queryOf } from '../../src/estimator/core/define.ts';
import { definition, type Conv1dParams } from '../../src/estimator/conv1d/index.ts';
import type { ConvResult } from '../../src/estimator/conv/estimate.ts';
import { trace } from '../../src/estimator/conv/forward.ts';
import { layout1d } from '../../src/estimator/conv/layout.ts';
import { simulateProbe } from '../../src/estimator/conv/simulate.ts';

const PATH = '/modules/conv1d/';
const FIG = '#conv1d-taps';
const initial = definition.fromValues(Object.fromEntries(definition.params.map((s) => [s.name, s.initial])));
const at = (v: Partial<Conv1dParams>): Conv1dParams => ({ ...initial, ...v });

function estimate(p: Conv1dParams): ConvResult<Conv1dParams> {
  const r = definition.estimate(p);
  if (!r.ok) throw new Error(r.error.message);
  return r as unknown as ConvResult<Conv1dParams>;
}

/** The exact count's y per output: the probe's taps on data ('zeros'), every tap otherwise. */
function perOutput(p: Conv1dParams): bigint[] {
  const t = trace(p, layout1d);
  if (!t.ok) throw new Error(t.error.message);
  const y = simulateProbe(t.axes).ones_output.map(BigInt);
  return p.padding_mode === 'zeros' ? y : y.map(() => t.axes[0].kernel_size);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** Open the page and wait until the figure draws the live layer with the model. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await hydrated(page);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(`${FIG} .tf-live[data-ready]`)).toHaveCount(1);
}

/** The drawn outputs: [o, y_o]. */
const outputs = (page: Page) =>
  page.locator(`${FIG} [data-output-index]`).evaluateAll((els) => els.map((e) => [e.getAttribute('data-output-index')!, e.getAttribute('data-count')!]));
const asBig = (rows: string[][]) => rows.map(([o, y]) => [BigInt(o), BigInt(y)]);
const expectedOf = (p: Conv1dParams) => perOutput(p).map((y, o) => [BigInt(o), y]);

/** The shown output's taps: [input position, held, counted]. */
const taps = (page: Page) =>
  page.locator(`${FIG} .tf-tap[data-tap]`).evaluateAll((els) => els.map((e) => [e.getAttribute('data-input'), e.getAttribute('data-held'), e.getAttribute('data-counted')]));

test('the initial layer: every output’s count is the estimator’s, served and live; Σ = T', async ({ page }) => {
  const errors = collectErrors(page);
  const r = estimate(initial);
  await page.goto(PATH);
  expect(asBig(await outputs(page))).toEqual(expectedOf(initial));
  await open(page, PATH);
  expect(asBig(await outputs(page))).toEqual(expectedOf(initial));
  expect(digits((await page.locator(`${FIG} [data-tap-total]`).textContent())!)).toBe(r.exact.products_per_filter);
  expect(perOutput(initial).reduce((a, b) => a + b, 0n)).toBe(r.exact.products_per_filter);
  await expect(page.locator(`${FIG} figcaption`)).toHaveText(/^Figure 1\./);
  const svg = page.locator(`${FIG} svg.tf-svg`);
  expect(await page.locator(`#${await svg.getAttribute('aria-labelledby')}`).textContent()).toMatch(/^Figure 1\./);
  expect(await page.locator(`#${await svg.getAttribute('aria-describedby')}`).textContent()).toContain('y0 = ');
  expect(errors).toEqual([]);
});

test('padding taps are marked: hovering output 0 draws its tap on zero padding dashed and leaves it out of y', async ({ page }) => {
  await open(page, PATH);
  const fig = page.locator(FIG);
  const y = perOutput(initial);
  await fig.locator('[data-output-index="0"]').hover();
  await expect(fig.locator('svg.tf-svg')).toHaveAttribute('data-active', '0');
  const t = await taps(page);
  expect(t).toHaveLength(Number(initial.kernel_size));
  // The padded positions are outside [0, L_in): marked zero, not counted; the rest data, counted.
  for (const [i, held, counted] of t) {
    const inside = BigInt(i!) >= 0n && BigInt(i!) < initial.length_in;
    expect([held, counted]).toEqual(inside ? ['data', 'true'] : ['zero', 'false']);
  }
  expect(BigInt(t.filter(([, , c]) => c === 'true').length)).toBe(y[0]);
  await expect(fig.locator('svg.tf-svg .tf-tap.is-zero')).toHaveCount(Number((initial.kernel_size as bigint) - y[0]));
  expect(await fig.locator('svg.tf-svg .tf-tap.is-zero').first().evaluate((e) => getComputedStyle(e).strokeDasharray)).not.toBe('none');
  await expect(fig.locator('[data-input-index="-1"]')).toHaveAttribute('data-held', 'zero');
  await expect(fig.locator('[data-tap-readout]')).toContainText(`Output 0 reads input positions −1 to 1`);
  // Hovering a middle output: every tap on data.
  await fig.locator('[data-output-index="3"]').hover();
  await expect(fig.locator('svg.tf-svg')).toHaveAttribute('data-active', '3');
  await expect(fig.locator('svg.tf-svg .tf-tap.is-zero')).toHaveCount(0);
  await expect(fig.locator('svg.tf-svg .tf-tap.is-data')).toHaveCount(Number(initial.kernel_size));
});

test('changing calculator fields redraws: the counts follow the estimator, copied padding counts', async ({ page }) => {
  await open(page, PATH);
  const fig = page.locator(FIG);
  // A wider kernel, a stride and a dilation.
  const p1 = at({ kernel_size: 4n, stride: 2n, dilation: 2n, padding: 3n });
  for (const [name, value] of [['kernel_size', '4'], ['stride', '2'], ['dilation', '2'], ['padding', '3']]) await page.fill(`#calc-${name}`, value);
  await expect.poll(async () => asBig(await outputs(page))).toEqual(expectedOf(p1));
  expect(digits((await fig.locator('[data-tap-total]').textContent())!)).toBe(estimate(p1).exact.products_per_filter);
  // The first output's taps: the ones on zero padding marked.
  await fig.locator('[data-output-index="0"]').click();
  const zeros = (await taps(page)).filter(([, h]) => h === 'zero');
  expect(BigInt(zeros.length)).toBe((p1.kernel_size as bigint) - perOutput(p1)[0]);
  // Reflect padding holds data: every tap counts, the padding names the element it copies.
  const p2 = at({ ...p1, padding_mode: 'reflect' });
  await page.selectOption('#calc-padding_mode', 'reflect');
  await expect.poll(async () => asBig(await outputs(page))).toEqual(expectedOf(p2));
  expect(digits((await fig.locator('[data-tap-total]').textContent())!)).toBe(estimate(p2).exact.products_per_filter);
  await expect(fig.locator('svg.tf-svg .tf-tap.is-zero')).toHaveCount(0);
  expect(await fig.locator('svg.tf-svg .tf-tap.is-copy').count()).toBeGreaterThan(0);
  await expect(fig.locator('[data-input-index="-1"]')).toHaveAttribute('data-held', 'copy');
  await expect(fig.locator('[data-input-index="-1"]')).toHaveAttribute('data-source', '1');
});

test('keyboard: one tab stop, arrows move along the outputs, Enter pins', async ({ page }) => {
  await open(page, PATH);
  const fig = page.locator(FIG);
  await expect(fig.locator('[data-output-index][tabindex="0"]')).toHaveCount(1);
  await fig.locator('[data-output-index="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(fig.locator('svg.tf-svg')).toHaveAttribute('data-active', '1');
  await expect(fig.locator('[data-tap-readout]')).toContainText('Output 1 ');
  await page.keyboard.press('End');
  await expect(fig.locator('svg.tf-svg')).toHaveAttribute('data-active', String(perOutput(initial).length - 1));
  await page.keyboard.press('Enter');
  await expect(fig.locator('[aria-pressed="true"]')).toHaveCount(1);
  await expect(fig.locator('[data-output-index][tabindex="0"]')).toHaveCount(1);
});

test('a huge layer: a window of outputs from both ends, their counts the estimator’s, the rest summed', async ({ page }) => {
  const p = at({ length_in: 10n ** 12n, kernel_size: 10n ** 6n, stride: 3n, dilation: 7n, padding: 1000n });
  const r = estimate(p);
  await open(page, `${PATH}?${queryOf(definition, p)}`);
  const fig = page.locator(FIG);
  const drawn = asBig(await outputs(page));
  expect(drawn.length).toBeGreaterThanOrEqual(2);
  expect(drawn.length).toBeLessThanOrEqual(12);
  expect(drawn[0][0]).toBe(0n);
  expect(drawn[drawn.length - 1][0]).toBe(r.length_out as bigint - 1n);
  const gaps = await fig.locator('[data-output-gap]').evaluateAll((els) => els.map((e) => BigInt(e.getAttribute('data-products')!)));
  const sum = drawn.reduce((a, [, y]) => a + y, 0n) + gaps.reduce((a, b) => a + b, 0n);
  expect(sum).toBe(r.exact.products_per_filter);
  expect(digits((await fig.locator('[data-tap-total]').textContent())!)).toBe(r.exact.products_per_filter);
  await expect(fig.locator('[data-tap-window]')).toContainText('Shown:');
  expect(await fig.locator('[data-input-index]').count()).toBeLessThanOrEqual(120);
});

test('an invalid layer: nothing to draw, no error', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PATH}?kernel_size=99`);
  await hydrated(page);
  await expect(page.locator(`${FIG} .tf-invalid`)).toHaveText(/not a valid layer, so there is nothing to draw/);
  await expect(page.locator(`${FIG} svg.tf-svg`)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the page never scrolls sideways; the figure scrolls in its box', async ({ page }) => {
    for (const url of [PATH, `${PATH}?${queryOf(definition, at({ length_in: 500n, kernel_size: 31n, padding: 'same' }))}`]) {
      await open(page, url);
      await page.locator(`${FIG} [data-output-index="0"]`).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      const box = await page.locator(`${FIG} .tf-scroll`).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
  });
});
