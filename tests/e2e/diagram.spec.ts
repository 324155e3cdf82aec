// Figure 1 (the kernel-placement diagram) in the browser. Expected counts come from
// PyTorch's golden ones-probe outputs, from the brute-force simulator, or from hand
// arithmetic in the comments; the contributing (i, k) pairs from enumerating every product.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { toParams, valid, type ValidRecord } from '../unit/golden.ts';
import { ct1d, estimateOk, hydrated, PAGE, urlFor } from './helpers.ts';
import { kernelDiagram } from '../../src/estimator/convtranspose1d/diagram.ts';
import { grouped } from '../../src/lib/format.ts';

const FIG = '#convtranspose1d-kernel-diagram';
type P = ct1d.ConvTranspose1dParams;
const layer = (over: Partial<P>): P => ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, ...over });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** The drawn output cells: position → [data-count, shown text, hole, tail]. */
async function drawnCells(page: Page) {
  return page.locator(`${FIG} [data-output-index]`).evaluateAll((els) =>
    els.map((e) => ({
      t: e.getAttribute('data-output-index')!,
      count: e.getAttribute('data-count')!,
      text: e.querySelector('.kd-count')?.textContent ?? '',
      hole: e.getAttribute('data-hole') === 'true',
      tail: e.getAttribute('data-tail') === 'true',
    })),
  );
}

/** Every product (i, k) of a small layer and its uncropped target. */
function products(p: P) {
  const out: { i: bigint; k: bigint; t: bigint }[] = [];
  for (let i = 0n; i < p.length_in; i++) for (let k = 0n; k < p.kernel_size; k++) out.push({ i, k, t: i * p.stride + k * p.dilation - p.padding });
  return out;
}

const highlighted = (page: Page, attr: string) =>
  page.locator(`${FIG} [${attr}][data-highlighted="true"]`).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)!).sort(), attr);

test('the seed layer is the default: four cells receiving 1, 2, 2, 1 products', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(PAGE);
  await hydrated(page);
  // L_in 2, K 3: x[0] stamps t = 0, 1, 2 and x[1] stamps t = 1, 2, 3.
  const cells = await drawnCells(page);
  expect(cells.map((c) => [c.t, c.count, c.text])).toEqual([['0', '1', '1'], ['1', '2', '2'], ['2', '2', '2'], ['3', '1', '1']]);
  expect(await page.locator(`${FIG} .kd-adds`).allTextContents()).toEqual(['0', '1', '1', '0']);
  await expect(page.locator(`${FIG} figcaption`)).toHaveText(/^Figure 1\./);
  // The legend keys only the marks this layer has: no padding, no tail, drawn whole.
  await expect(page.locator(`${FIG} .kd-legend li:visible`)).toHaveCount(5);
  for (const key of ['cropped', 'tail', 'gap', 'hidden']) await expect(page.locator(`${FIG} [data-legend="${key}"]`)).toBeHidden();
  // The summary is the estimator's: M = 6, P = 4, M − P = 2, probe sum 4·… = 6 − 4 = 2.
  const r = estimateOk(ct1d.withDefaults({}));
  await expect(page.locator(`${FIG} [data-diagram-quantity="M"]`)).toHaveText(String(r.exact.products_per_filter));
  await expect(page.locator(`${FIG} [data-diagram-quantity="P"]`)).toHaveText(String(r.exact.covered_positions));
  await expect(page.locator(`${FIG} [data-diagram-quantity="additions"]`)).toHaveText(String(r.exact.additions_per_filter));
  await expect(page.locator(`${FIG} [data-diagram-quantity="probe"]`)).toHaveText(String(r.documented!.additions_per_filter));
  expect([r.exact.products_per_filter, r.exact.covered_positions, r.documented!.additions_per_filter]).toEqual([6n, 4n, 2n]);
  // Text alternative: the SVG is labelled by the caption and described by the y array.
  const svg = page.locator(`${FIG} svg.kd-svg`);
  await expect(svg).toHaveAttribute('aria-labelledby', /caption/);
  const desc = await page.locator(`#${await svg.getAttribute('aria-describedby')}`).textContent();
  expect(desc).toContain('y = [1, 2, 2, 1]');
  await expect(page.locator(`${FIG} [data-diagram-window]`)).toHaveCount(0);
  expect(errors).toEqual([]);
});

// Golden records with PyTorch's ones-probe output: holes, tails, padding, windows, the longest.
const withY = valid.filter((r) => r.ones_output_with_output_padding);
const pick = (f: (r: ValidRecord) => boolean, n = 1) => withY.filter(f).slice(0, n);
const golden = [...new Set([
  ...pick((r) => r.ones_output_with_output_padding!.includes(0), 2),
  ...pick((r) => r.params.output_padding > 0 && r.params.padding > 0, 2),
  ...pick((r) => r.params.length_in > 12, 2),
  ...pick((r) => r.params.dilation > 1 && r.params.stride > 1 && r.params.padding > 2),
  ...withY.slice().sort((a, b) => b.ones_output_with_output_padding!.length - a.ones_output_with_output_padding!.length).slice(0, 1),
])];

test('the golden picks cover holes, tails, padding and windows', () => {
  expect(golden.length).toBeGreaterThanOrEqual(7);
  expect(golden.some((r) => r.ones_output_with_output_padding!.includes(0))).toBe(true);
  expect(golden.some((r) => r.params.output_padding > 0 && r.params.padding > 0)).toBe(true);
  expect(golden.some((r) => r.params.length_in > 12)).toBe(true);
});

for (const [j, r] of golden.entries()) {
  test(`golden record ${j}: the drawn counts are PyTorch's y`, async ({ page }) => {
    const errors = collectErrors(page);
    const p = toParams(r.params);
    const y = r.ones_output_with_output_padding!;
    await page.goto(urlFor(p));
    await hydrated(page);
    await expect(page.locator(`${FIG} [data-output-index]`).first()).toBeAttached();
    const cells = await drawnCells(page);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBeLessThanOrEqual(64);
    for (const c of cells) {
      const t = Number(c.t);
      expect(c.count, `t=${t}`).toBe(String(y[t]));
      expect(c.text, `t=${t}`).toBe(String(y[t]));
      expect(c.hole, `t=${t}`).toBe(y[t] === 0);
      expect(c.tail, `t=${t}`).toBe(t >= y.length - r.params.output_padding);
    }
    const whole = (await page.locator(`${FIG} [data-whole]`).getAttribute('data-whole')) === 'true';
    if (whole) expect(cells.map((c) => Number(c.t))).toEqual(y.map((_, t) => t));
    else await expect(page.locator(`${FIG} [data-diagram-window]`)).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('the figure follows the calculator as you type', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(PAGE);
  await hydrated(page);
  const typed = { length_in: '4', kernel_size: '3', stride: '2', dilation: '3', padding: '1', output_padding: '1' };
  for (const [name, value] of Object.entries(typed)) await page.fill(`#calc-${name}`, value);
  const p = layer({ length_in: 4n, kernel_size: 3n, stride: 2n, dilation: 3n, padding: 1n, output_padding: 1n });
  // L_out = 3·2 − 2 + 3·2 + 1 + 1 = 12, small enough to draw whole.
  const y = ct1d.simulateProbe(p, 12n);
  await expect.poll(async () => (await drawnCells(page)).map((c) => c.count)).toEqual(y.map(String));
  // Padding crops taps and output_padding adds a tail: the legend now keys both.
  await expect(page.locator(`${FIG} [data-legend="cropped"]`)).toBeVisible();
  await expect(page.locator(`${FIG} [data-legend="tail"]`)).toBeVisible();
  // Stride 1 next: a different y, again equal to the brute force.
  await page.fill('#calc-stride', '1');
  await page.fill('#calc-output_padding', '0');
  const q = { ...p, stride: 1n, output_padding: 0n };
  const y2 = ct1d.simulateProbe(q, (q.length_in - 1n) * q.stride - 2n * q.padding + q.dilation * (q.kernel_size - 1n) + 1n);
  await expect.poll(async () => (await drawnCells(page)).map((c) => c.count)).toEqual(y2.map(String));
  // An invalid layer replaces the drawing with a message, and a valid one brings it back.
  await page.fill('#calc-kernel_size', '0');
  await expect(page.locator(`${FIG} .kd-invalid`)).toBeVisible();
  await expect(page.locator(`${FIG} [data-output-index]`)).toHaveCount(0);
  await expect(page.locator(`${FIG} .kd-legend`)).toBeHidden();
  await page.fill('#calc-kernel_size', '3');
  await expect.poll(async () => (await drawnCells(page)).map((c) => c.count)).toEqual(y2.map(String));
  expect(errors).toEqual([]);
});

test.describe('tracing products', () => {
  // L_in 5, K 3, stride 2, dilation 2, padding 1: targets 2i + 2k − 1; L_out = 8 − 2 + 4 + 1 = 11.
  const p = layer({ length_in: 5n, kernel_size: 3n, stride: 2n, dilation: 2n, padding: 1n });
  const all = products(p);

  test('hovering an output cell highlights exactly the inputs and taps that reach it', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(urlFor(p));
    await hydrated(page);
    for (const t of [0n, 1n, 3n, 5n, 10n]) {
      await page.locator(`${FIG} [data-output-index="${t}"]`).hover();
      const want = all.filter((x) => x.t === t);
      expect(await highlighted(page, 'data-tap'), `t=${t}`).toEqual(want.map((x) => `${x.i}:${x.k}`).sort());
      expect(await highlighted(page, 'data-input-index'), `t=${t}`).toEqual([...new Set(want.map((x) => String(x.i)))].sort());
      expect(await highlighted(page, 'data-output-index')).toEqual([String(t)]);
      await expect(page.locator(`${FIG} [data-diagram-readout]`)).toContainText(`(t = ${t}) receives`);
    }
    // Odd t: 2i + 2k − 1 is always odd, so even positions are holes. t = 0 received nothing above.
    expect(all.filter((x) => x.t === 0n)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('hovering an input highlights its whole stamp, cropped taps included', async ({ page }) => {
    await page.goto(urlFor(p));
    await hydrated(page);
    for (const i of [0n, 2n, 4n]) {
      await page.locator(`${FIG} [data-input-index="${i}"]`).hover();
      const stamp = all.filter((x) => x.i === i);
      expect(await highlighted(page, 'data-tap')).toEqual(stamp.map((x) => `${x.i}:${x.k}`).sort());
      const inside = stamp.filter((x) => x.t >= 0n && x.t < 11n).map((x) => String(x.t)).sort();
      const outside = stamp.filter((x) => x.t < 0n || x.t >= 11n).map((x) => String(x.t)).sort();
      expect(await highlighted(page, 'data-output-index')).toEqual(inside);
      expect(await highlighted(page, 'data-cropped-index')).toEqual(outside);
      expect(await highlighted(page, 'data-input-index')).toEqual([String(i)]);
    }
    // x[0] stamps t = −1, 1, 3: its first tap is cropped by the padding.
    expect(all.filter((x) => x.i === 0n).map((x) => x.t)).toEqual([-1n, 1n, 3n]);
    await page.mouse.move(0, 0);
    await expect(page.locator(`${FIG} [data-highlighted]`)).toHaveCount(0);
  });

  test('keyboard: one tab stop per row, arrows move and trace', async ({ page }) => {
    await page.goto(urlFor(p));
    await hydrated(page);
    await expect(page.locator(`${FIG} .kd-out [tabindex="0"]`)).toHaveCount(1);
    await expect(page.locator(`${FIG} .kd-in [tabindex="0"]`)).toHaveCount(1);
    await page.locator(`${FIG} [data-output-index="0"]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`${FIG} [data-output-index="1"]`)).toBeFocused();
    // t = 1: 2i + 2k − 1 = 1 → (0, 1), (1, 0).
    expect(await highlighted(page, 'data-tap')).toEqual(['0:1', '1:0']);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`${FIG} [data-output-index="3"]`)).toBeFocused();
    // t = 3 → (0, 2), (1, 1), (2, 0).
    expect(await highlighted(page, 'data-tap')).toEqual(['0:2', '1:1', '2:0']);
    await expect(page.locator(`${FIG} [data-output-index="3"]`)).toHaveAttribute('aria-label', /receives 3 products/);
    await page.keyboard.press('ArrowUp');
    const up = await page.evaluate(() => document.activeElement?.getAttribute('data-input-index'));
    expect(['0', '1', '2']).toContain(up);
    expect(await highlighted(page, 'data-input-index')).toEqual([up]);
    await page.keyboard.press('End');
    await expect(page.locator(`${FIG} [data-input-index="4"]`)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const down = await page.evaluate(() => document.activeElement?.getAttribute('data-output-index'));
    // x[4] stamps 7, 9, 11; 11 is cropped, so the focus lands on 7 or 9.
    expect(['7', '9']).toContain(down);
    // The page's tab order reaches the figure's rows.
    await expect(page.locator(`${FIG} .kd-out [tabindex="0"]`)).toHaveAttribute('data-output-index', down!);
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true });
  test('a tap pins a cell’s sources and a second tap clears them', async ({ page }) => {
    const p = layer({ length_in: 3n, kernel_size: 2n });
    await page.goto(urlFor(p));
    await hydrated(page);
    const cell = page.locator(`${FIG} [data-output-index="1"]`);
    await cell.tap();
    await expect(cell).toHaveAttribute('aria-pressed', 'true');
    // t = 1 with stride 1, dilation 1: (0, 1) and (1, 0).
    expect(await highlighted(page, 'data-tap')).toEqual(['0:1', '1:0']);
    await cell.tap();
    await expect(cell).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator(`${FIG} [data-highlighted]`)).toHaveCount(0);
  });
});

/** WCAG 2 contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

test.describe('themes', () => {
  // L_in 3, K 2, stride 4, padding 1, output_padding 2: taps 4i + k − 1 = −1, 0 | 3, 4 | 7, 8;
  // L_out = 8 − 2 + 1 + 2 + 1 = 10: holes at 1, 2, 5, 6, 9; tail 8, 9; t = −1 is cropped.
  const p = layer({ length_in: 3n, kernel_size: 2n, stride: 4n, padding: 1n, output_padding: 2n });

  for (const theme of ['dark', 'light'] as const) {
    test(`${theme}: colours follow the theme and meet WCAG AA`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(urlFor(p));
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.locator(`${FIG} [data-output-index="3"]`).hover();
      const c: Record<string, string> = await page.evaluate((fig) => {
        const q = (s: string) => document.querySelector(`${fig} ${s}`)!;
        const css = (s: string) => getComputedStyle(q(s));
        let el: Element | null = q('svg');
        let bg = 'rgba(0, 0, 0, 0)';
        while (el && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
          bg = getComputedStyle(el).backgroundColor;
          el = el.parentElement;
        }
        return {
          bg,
          ink: css('[data-output-index="0"] .kd-count').fill,
          cellFill: css('[data-output-index="0"] .kd-box').fill,
          cellStroke: css('[data-output-index="0"] .kd-box').stroke,
          holeText: css('[data-output-index="1"] .kd-count').fill,
          holeStroke: css('[data-output-index="1"] .kd-box').stroke,
          tail: css('[data-output-index="8"] .kd-tail-mark').fill,
          label: css('.kd-t text').fill,
          rowLabel: css('.kd-row-label text').fill,
          stampA: css('.kd-tap.kd-stamp-a').stroke,
          stampB: css('.kd-tap.kd-stamp-b').stroke,
          ghost: css('[data-cropped-index="-1"] .kd-ghost-box').stroke,
          highlight: css('[data-output-index="3"] .kd-box').stroke,
          caption: css('figcaption').color,
          summary: css('.kd-summary').color,
        };
      }, FIG);
      for (const k of ['ink', 'holeText', 'label', 'rowLabel', 'caption', 'summary']) expect(contrast(c[k], c.bg), `${k} ${c[k]} on ${c.bg}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.ink, c.cellFill), 'count on its cell').toBeGreaterThanOrEqual(4.5);
      for (const k of ['cellStroke', 'holeStroke', 'tail', 'stampA', 'stampB', 'ghost', 'highlight']) expect(contrast(c[k], c.bg), `${k} ${c[k]} on ${c.bg}`).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
    });
  }

  test('the two themes differ', async ({ browser }) => {
    const read = async (theme: string) => {
      const page = await browser.newPage();
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(urlFor(p));
      const v = await page.evaluate((fig) => {
        const s = (sel: string) => getComputedStyle(document.querySelector(`${fig} ${sel}`)!);
        return [s('.kd-count').fill, s('.kd-box').fill, s('.kd-tap').stroke];
      }, FIG);
      await page.close();
      return v;
    };
    const [dark, light] = [await read('dark'), await read('light')];
    for (let j = 0; j < dark.length; j++) expect(dark[j]).not.toBe(light[j]);
  });
});

test.describe('axe on the figure', () => {
  // Axe over a figure of up to 64 columns takes seconds, many more on a loaded machine: a generous, explicit limit.
  test.describe.configure({ timeout: 240_000 });
  const layers: [string, P][] = [
    ['holes, tail and cropping', layer({ length_in: 3n, kernel_size: 2n, stride: 4n, padding: 1n, output_padding: 2n })],
    ['a window with counts drawn compactly', layer({ length_in: 100_000_000n, kernel_size: 1_000_000_000n, padding: 400_000n })],
    ['stamps 10^9 apart', layer({ length_in: 2n ** 31n, kernel_size: 3n, stride: 1_000_000_000n })],
  ];
  for (const theme of ['light', 'dark'] as const)
    for (const [name, p] of layers)
      test(`${theme}, ${name}: no violations, also while an item is traced`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(urlFor(p));
        await hydrated(page);
        const scan = async () => (await new AxeBuilder({ page }).include(FIG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(await scan()).toEqual([]);
        await page.locator(`${FIG} [data-output-index]`).first().focus();
        await page.keyboard.press('ArrowRight');
        expect(await scan()).toEqual([]);
      });
});

test('motion: tracing fades in, a new layer never animates, and reduced motion turns fades off', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  const durations = () => page.locator(`${FIG} .kd-tap`).first().evaluate((e) => getComputedStyle(e).transitionDuration.split(',').map(parseFloat));
  // Nothing traced: a change of layer redraws at once.
  expect(await durations()).toEqual([0]);
  await page.locator(`${FIG} .kd-cell`).first().hover();
  await expect(page.locator(`${FIG} svg.kd-svg`)).toHaveAttribute('data-active', /^o:/);
  expect(await durations()).toEqual([0.12, 0.12]);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await durations()).every((x) => x === 0)).toBe(true);
});

test('print: the figure is kept, fits the page, and drops the hover line', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`${FIG} svg.kd-svg`)).toBeVisible();
  await expect(page.locator(`${FIG} [data-diagram-readout]`)).toBeHidden();
  const [svgW, figW] = await page.locator(FIG).evaluate((f) => [f.querySelector('svg.kd-svg')!.getBoundingClientRect().width, f.getBoundingClientRect().width]);
  expect(svgW).toBeLessThanOrEqual(figW + 0.5);
});

test.describe('huge layers', () => {
  test('L_in 2^31, K 10^6, stride 10^9: a bounded window, counted exactly', async ({ page }) => {
    const errors = collectErrors(page);
    const p = layer({ length_in: 2n ** 31n, kernel_size: 1_000_000n, stride: 1_000_000_000n });
    await page.goto(urlFor(p));
    await hydrated(page);
    await expect(page.locator(`${FIG} [data-diagram-window]`)).toBeVisible();
    await expect(page.locator(`${FIG} [data-diagram-position]`)).toContainText('of 2,147,483,648)');
    const cells = await drawnCells(page);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBeLessThanOrEqual(64);
    expect(await page.locator(`${FIG} [data-input-index]`).count()).toBeLessThanOrEqual(12);
    expect(await page.locator(`${FIG} [data-tap]`).count()).toBeLessThanOrEqual(64 * 12);
    // Only x[0] reaches t < 10^9 (x[1] starts at 10^9), once per position: every drawn y_t is 1.
    for (const c of cells) {
      expect(BigInt(c.t) < 1_000_000n).toBe(true);
      expect(c.count).toBe('1');
    }
    expect(cells.map((c) => c.t)).toEqual(cells.map((_, j) => String(j)));
    expect(errors).toEqual([]);
  });

  test('typing a huge stride keeps the figure bounded and shows the holes between stamps', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(PAGE);
    await hydrated(page);
    await page.fill('#calc-length_in', String(2n ** 31n));
    await page.fill('#calc-stride', '1000000000');
    await expect(page.locator(`${FIG} [data-diagram-window]`)).toBeVisible();
    // K 3, stride 10^9: x[i] stamps i·10^9 + 0, 1, 2, once each; the 10^9 − 3 positions between are holes.
    const cells = await drawnCells(page);
    expect(cells.length).toBeLessThanOrEqual(64);
    for (const c of cells) {
      expect(BigInt(c.t) % 1_000_000_000n < 3n).toBe(true);
      expect(c.count).toBe('1');
    }
    await expect(page.locator(`${FIG} .kd-note-gap`).first()).toContainText('999,999,997 holes');
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the seed figure is in the HTML with its counts and caption', async ({ page }) => {
    await page.goto(PAGE);
    const fig = page.locator(FIG);
    await expect(fig).toBeVisible();
    const cells = await drawnCells(page);
    expect(cells.map((c) => c.count)).toEqual(['1', '2', '2', '1']);
    expect(cells.map((c) => c.text)).toEqual(['1', '2', '2', '1']);
    // The same as the brute force for the calculator's initial layer.
    const initial = ct1d.withDefaults({});
    expect(cells.map((c) => c.count)).toEqual(ct1d.simulateProbe(initial, estimateOk(initial).length_out).map(String));
    await expect(fig.locator('figcaption')).toHaveText(/^Figure 1\./);
    await expect(fig.locator('[data-diagram-quantity="M"]')).toHaveText('6');
    await expect(fig.locator('[data-input-index]')).toHaveCount(2);
    await expect(fig.locator('[data-tap]')).toHaveCount(6);
  });
});

test.describe('fits its box at any screen width', () => {
  // A page load, hydration and several layout reads per test (axe in two): slow under load, never timed.
  test.describe.configure({ timeout: 240_000 });
  // HiFi-GAN's upsampler: 64 columns that cannot fit any phone or desktop column at readable widths.
  const hifigan = ct1d.withDefaults({ in_channels: 512n, out_channels: 256n, length_in: 8192n, kernel_size: 16n, stride: 8n, padding: 4n });
  const layers: [string, P][] = [['seed', ct1d.withDefaults({})], ['HiFi-GAN', hifigan]];
  /** Smallest text a reader should meet, in CSS pixels. */
  const READABLE = 11;

  for (const width of [320, 390, 768, 1280])
    for (const [name, p] of layers)
      test(`${width} px, ${name}: inside the content column, readable text, every column reachable, the window stated`, async ({ page }) => {
        const errors = collectErrors(page);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(urlFor(p));
        await hydrated(page);
        const fig = page.locator(FIG);
        await fig.scrollIntoViewIfNeeded();
        // The island has measured its box and laid the drawing out for it.
        const frame = fig.locator('.kd-frame');
        await expect(frame).toHaveAttribute('data-fits', /true|false/);

        // The figure stays inside the content column, and nothing in it sticks out of its box
        // (the drawing may be wider only inside its own scroll container).
        const box = await fig.evaluate((f) => {
          const column = f.closest('.sl-markdown-content')!.getBoundingClientRect();
          const fr = f.getBoundingClientRect();
          const outside = [...f.querySelectorAll('*')]
            // The drawing may be wider only inside its scroll container; screen-reader text is not drawn.
            .filter((e) => !e.closest('.kd-scroll, .sr-only') && e.getClientRects().length > 0)
            .filter((e) => e.getBoundingClientRect().right > fr.right + 0.5 || e.getBoundingClientRect().left < fr.left - 0.5)
            .map((e) => e.tagName + '.' + String((e as HTMLElement).className?.toString()));
          return { column: [column.left, column.right], fig: [fr.left, fr.right], scrollW: f.scrollWidth, clientW: f.clientWidth, outside, viewport: innerWidth };
        });
        expect(box.fig[0]).toBeGreaterThanOrEqual(box.column[0] - 0.5);
        expect(box.fig[1]).toBeLessThanOrEqual(box.column[1] + 0.5);
        expect(box.fig[1]).toBeLessThanOrEqual(box.viewport);
        expect(box.scrollW).toBeLessThanOrEqual(box.clientW);
        expect(box.outside).toEqual([]);

        // Every text of the drawing and its row labels is drawn at a readable size (SVG units
        // scaled by how wide the SVG is drawn), and so is the text around it.
        const sizes = await fig.evaluate((f) => {
          const out: { text: string; px: number }[] = [];
          for (const svg of f.querySelectorAll<SVGSVGElement>('.kd-frame svg')) {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            for (const t of svg.querySelectorAll('text, tspan')) if ((t.textContent ?? '').trim()) out.push({ text: t.textContent!, px: parseFloat(getComputedStyle(t).fontSize) * scale });
          }
          for (const t of f.querySelectorAll('.kd-live p, .kd-live sub, figcaption, figcaption sub, .kd-legend span'))
            if ((t.textContent ?? '').trim() && t.getClientRects().length) out.push({ text: t.textContent!.slice(0, 30), px: parseFloat(getComputedStyle(t).fontSize) });
          return out;
        });
        expect(sizes.length).toBeGreaterThan(10);
        expect(sizes.filter((x) => x.px < READABLE - 0.01)).toEqual([]);

        // The drawing either fits, or scrolls inside its own focusable, named box with a cue,
        // and scrolling to the end brings its last column into view.
        const scroller = fig.locator('.kd-scroll');
        const fits = (await frame.getAttribute('data-fits')) === 'true';
        const overflows = await scroller.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
        expect(overflows).toBe(!fits);
        const d = kernelDiagram(p);
        if (name === 'HiFi-GAN') expect(fits).toBe(false); // 64 columns never fit 11 px text into ≤ 1,280 px
        if (overflows) {
          await expect(scroller).toHaveAttribute('tabindex', '0');
          await expect(scroller).toHaveAttribute('aria-label', /scrolls sideways/);
          await expect(fig.locator('[data-diagram-hint]')).toBeVisible();
          await expect(fig.locator('[data-diagram-hint]')).toContainText(`${d.slots.length} columns`);
          await expect(frame).toHaveAttribute('data-more-right', 'true');
          await scroller.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
          await expect(frame).toHaveAttribute('data-more-left', 'true');
          await expect(frame).not.toHaveAttribute('data-more-right');
        } else {
          await expect(fig.locator('[data-diagram-hint]')).toHaveCount(0);
          await expect(scroller).not.toHaveAttribute('tabindex');
        }
        const [last, view] = await scroller.evaluate((e) => {
          const r = e.querySelector('.kd-out > g:last-child')!.getBoundingClientRect();
          const v = e.getBoundingClientRect();
          return [[r.left, r.right], [v.left, v.right]];
        });
        expect(last[0]).toBeGreaterThanOrEqual(view[0] - 0.5);
        expect(last[1]).toBeLessThanOrEqual(view[1] + 0.5);

        // The window's position in words: the estimator's drawn inputs and outputs among all of them.
        const r = estimateOk(p);
        const cells = d.slots.flatMap((s) => (s.kind === 'cell' ? [s.t] : []));
        const [i0, i1] = [d.inputs[0].i, d.inputs[d.inputs.length - 1].i];
        const position = fig.locator('[data-diagram-position]');
        await expect(position).toBeVisible();
        if (d.whole) {
          await expect(position).toHaveText(
            `Drawn whole: all ${grouped(p.length_in)} input elements (x${i0} … x${i1}) and all ${grouped(r.length_out)} output positions (y${cells[0]} … y${cells[cells.length - 1]}).`,
          );
        } else {
          await expect(position).toContainText(`x${grouped(i0)} … x${grouped(i1)} (${grouped(BigInt(d.inputs.length))} of ${grouped(p.length_in)})`);
          await expect(position).toContainText(`y${grouped(cells[0])} … y${grouped(cells[cells.length - 1])} (${grouped(BigInt(cells.length))} of ${grouped(r.length_out)})`);
        }
        // Typeset: indices are subscripts, not x[0] or y_t.
        expect(await position.locator('sub').count()).toBe(4);
        expect(errors).toEqual([]);
      });

  test('390 px, HiFi-GAN: keyboard focus scrolls the traced cell into view, and tracing works on scrolled columns', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(urlFor(hifigan));
    await hydrated(page);
    const fig = page.locator(FIG);
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('.kd-frame')).toHaveAttribute('data-fits', 'false');
    const d = kernelDiagram(hifigan);
    const cells = d.slots.flatMap((s) => (s.kind === 'cell' ? [s] : []));
    const lastCell = cells[cells.length - 1];
    const inView = (el: ReturnType<typeof fig.locator>) =>
      el.evaluate((c) => {
        const r = c.getBoundingClientRect();
        const v = c.closest('.kd-scroll')!.getBoundingClientRect();
        return r.left >= v.left - 0.5 && r.right <= v.right + 0.5;
      });
    await fig.locator('[data-output-index]').first().focus();
    // End reaches the row's last item, the marker for the positions after the window; one step left is the last cell.
    await page.keyboard.press('End');
    const marker = fig.locator('.kd-gap').last();
    await expect(marker).toBeFocused();
    await expect.poll(() => inView(marker)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    const cell = fig.locator(`[data-output-index="${lastCell.t}"]`);
    await expect(cell).toBeFocused();
    await expect.poll(() => inView(cell)).toBe(true);
    // Traced: the readout names it, typeset, with the estimator's count.
    const readout = fig.locator('[data-diagram-readout]');
    await expect(readout).toContainText(`(t = ${grouped(lastCell.t)}) receives ${grouped(lastCell.y)} products`);
    await expect(readout.locator('sub').first()).toHaveText(grouped(lastCell.t));
    expect(await highlighted(page, 'data-output-index')).toEqual([String(lastCell.t)]);
    // A pointer on a column reached by scrolling traces it too.
    await page.keyboard.press('Escape');
    await page.locator('body').focus();
    const other = cells[cells.length - 3];
    await fig.locator(`[data-output-index="${other.t}"]`).hover();
    expect(await highlighted(page, 'data-output-index')).toEqual([String(other.t)]);
  });

  for (const theme of ['light', 'dark'] as const)
    test(`${theme}, 390 px, HiFi-GAN: the scrolling drawing passes axe (focusable, named region)`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto(urlFor(hifigan));
      await hydrated(page);
      await page.locator(FIG).scrollIntoViewIfNeeded();
      await expect(page.locator(`${FIG} .kd-scroll`)).toHaveAttribute('tabindex', '0');
      const violations = (await new AxeBuilder({ page }).include(FIG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(violations).toEqual([]);
    });
});
