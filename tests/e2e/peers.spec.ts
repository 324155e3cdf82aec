// The counters page and its panel: every tool's row against the estimator's peer functions,
// the key tools against the numbers the peer survey got by running them, the converter, an
// invalid layer, the links that carry the layer between the module page and the counters page,
// the module page's compact table, the server render without JavaScript, and no console errors.
import { expect, test, type Page } from '@playwright/test';
import { exactInUnit, peers, ratioText } from '../../src/estimator/convtranspose1d/peers/index.ts';
import { grouped } from '../../src/lib/format.ts';
import { ct1d, digits, disclosure, estimateOk, hydrated, openDisclosure, PAGE, urlFor, clickSettled } from './helpers.ts';

const CONVERT = 'Convert a published number';
const COUNTERS = `${PAGE}counters/`;
/** The counters page for a layer (the same query as the module page's). */
const countersFor = (p: ct1d.ConvTranspose1dParams) => urlFor(p).replace(PAGE, COUNTERS);

const cfg1 = ct1d.withDefaults({ batch: 1n, in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n, bias: false });
const cfg2 = ct1d.withDefaults({
  batch: 8n, in_channels: 16n, out_channels: 32n, length_in: 100n, kernel_size: 5n,
  stride: 2n, padding: 1n, output_padding: 1n, groups: 4n, bias: true,
});

/** What the survey's tools printed for the two layers (executed), typed in from the survey. */
const survey: Record<string, [bigint, bigint]> = {
  flopcounter: [12n, 1_024_000n],
  'flopcounter-backward': [24n, 5_120_000n],
  'torch-profiler': [0n, 0n],
  fvcore: [6n, 512_000n],
  'ptflops-pytorch': [6n, 70_464n],
  'ptflops-aten': [6n, 563_712n],
  'ptflops-0.7.4': [12n, 135_744n],
  'thop-lyken17': [12n, 1_034_240n],
  'thop-lyken17-old': [12n, 1_085_952n],
  'ultralytics-thop': [6n, 512_000n],
  calflops: [12n, 259_136n],
  'calflops-macs': [6n, 128_000n],
  deepspeed: [12n, 259_136n],
  'deepspeed-0.9': [12n, 518_272n],
  torchinfo: [12n, 1_085_952n],
  moduleprofiler: [14n, 1_545_216n],
  torchprofile: [12n, 4_136_960n],
  'torchscan-macs': [16n, 1_034_244n],
  'torchscan-flops': [28n, 2_068_488n],
  pthflops: [12n, 1_085_952n],
};

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

interface ShownRow {
  id: string;
  count: string;
  ratio: string;
  exact: string;
}

async function shownRows(page: Page): Promise<ShownRow[]> {
  return page.locator('[data-panel="peers"] tr[data-tool]').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-tool') ?? '',
      count: (tr.querySelector('.peers-count .peers-value')?.textContent ?? '').trim(),
      ratio: (tr.querySelector('[data-ratio]')?.textContent ?? '').trim(),
      exact: (tr.querySelector('[data-exact-in-unit]')?.textContent ?? '').trim(),
    })),
  );
}

/** Checks every rendered row against the estimator for layer p. */
async function expectRowsFor(page: Page, p: ct1d.ConvTranspose1dParams) {
  const e = estimateOk(p);
  await expect.poll(async () => (await shownRows(page)).find((r) => r.id === 'fvcore')?.count).toBe(
    grouped(peers.find((r) => r.id === 'fvcore')!.count(p)!),
  );
  const rows = await shownRows(page);
  expect(rows.map((r) => r.id)).toEqual(peers.map((r) => r.id));
  for (const [j, row] of peers.entries()) {
    const shown = rows[j];
    const count = row.count(p);
    if (count === null) expect(shown.count, row.id).toMatch(/^none/);
    else expect(digits(shown.count), row.id).toBe(count);
    const exact = exactInUnit(row, e);
    expect(shown.ratio, row.id).toBe(count !== null && exact ? ratioText(count, exact.value) : '—');
    if (exact) expect(digits(shown.exact), row.id).toBe(exact.value);
    expect(shown.ratio, row.id).not.toContain('NaN');
  }
  return rows;
}

for (const [name, p, col] of [['cfg1', cfg1, 0], ['cfg2', cfg2, 1]] as const) {
  test(`${name} through the URL: every tool's row, and the survey's numbers`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(countersFor(p));
    await hydrated(page);
    const rows = await expectRowsFor(page, p);
    for (const [id, values] of Object.entries(survey)) {
      const shown = rows.find((r) => r.id === id);
      expect(shown, id).toBeDefined();
      expect(digits(shown!.count), id).toBe(values[col]);
    }
    expect(rows.find((r) => r.id === 'deepspeed-0.5')!.count).toMatch(/^none: .*IndexError/);
    // The exact counts beside the tools.
    const e = estimateOk(p);
    const panel = page.locator('[data-panel="peers"]');
    await expect(panel.locator('[data-exact="multiplications"]')).toHaveText(grouped(e.exact.multiplications));
    await expect(panel.locator('[data-exact="additions"]')).toHaveText(grouped(e.exact.additions));
    await expect(panel.locator('[data-exact="total"]')).toHaveText(grouped(e.exact.total_ops));
    if (name === 'cfg2') {
      // peers.md: exact 510,976 + 510,976; 1,024 products cropped; views 1,034,240 vs 512,000.
      await expect(panel.locator('[data-exact="multiplications"]')).toHaveText('510,976');
      await expect(panel.locator('[data-exact="cropped"]')).toHaveText('1,024');
      await expect(panel.locator('[data-exact="output-length"]')).toHaveText('1,034,240');
      await expect(panel.locator('[data-exact="input-length"]')).toHaveText('512,000');
      await expect(panel.locator('tr[data-tool="calflops"]')).toHaveClass(/peers-bug/);
      await expect(panel.locator('tr[data-tool="calflops"] .peers-warn')).toBeVisible();
      await expect(panel.locator('li[data-flag="deepspeed-double-groups"]')).toHaveAttribute('data-affects', 'true');
      await expect(panel.locator('li[data-flag="deepspeed-double-groups"] .peers-note-kind')).toHaveText(/^⚠ Bug, affects this layer:\s*$/);
      await expect(panel.locator('a[data-flag-ref="deepspeed-double-groups"]').first()).toHaveClass(/peers-mark-on/);
      await expect(panel.locator('[data-bind="batch-note"]')).toHaveText(/^\s*\(batch of 8\)$/);
      await expect(panel.locator('[data-bind="stride"]')).toHaveText('2');
    } else {
      await expect(panel.locator('tr[data-tool="calflops"]')).not.toHaveClass(/peers-bug/);
      await expect(panel.locator('tr[data-tool="calflops"] .peers-warn')).toBeHidden();
      await expect(panel.locator('li[data-flag="deepspeed-double-groups"]')).toHaveAttribute('data-affects', 'false');
      await expect(panel.locator('li[data-flag="deepspeed-double-groups"] .peers-note-kind')).toHaveText(/^Bug:\s*$/);
      await expect(panel.locator('a[data-flag-ref="deepspeed-double-groups"]').first()).not.toHaveClass(/peers-mark-on/);
    }
    await expect(panel.locator('[data-bind="layer"]')).toHaveText(ct1d.describeLayer(p));
    // Every row links to a source on GitHub.
    const links = await panel.locator('tr[data-tool-detail] a.peers-source').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toHaveLength(peers.length);
    for (const href of links) expect(href).toMatch(/^https:\/\/github\.com\//);
    expect(errors).toEqual([]);
  });
}

test('the build-time table of the reference layers shows the survey’s numbers', async ({ page }) => {
  await page.goto(COUNTERS);
  for (const [id, [one, two]] of Object.entries(survey)) {
    const cells = await page.locator(`[data-peers-static] tr[data-static-tool="${id}"] td.peers-num`).allTextContents();
    expect(cells.map(digits), id).toEqual([one, two]);
  }
  const exact = await page.locator('[data-peers-static] tr[data-static-tool="exact-total"] td.peers-num').allTextContents();
  expect(exact.map(digits)).toEqual([8n, 1_021_952n]);
});

test('the calculator opens the counters page on its layer, and the counters page links back with it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(urlFor(cfg2));
  await hydrated(page);
  await page.fill('#calc-kernel_size', '7');
  const seven = { ...cfg2, kernel_size: 7n };
  const link = page.locator('.calc-counters');
  await expect.poll(() => link.getAttribute('href')).toContain('kernel_size=7');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${COUNTERS}\\?`));
  await hydrated(page);
  await expectRowsFor(page, seven);
  // And back: "Change it in the calculator" reopens the module page's calculator on the same layer.
  const back = page.locator('[data-panel="peers"] .peers-change');
  await expect.poll(() => back.getAttribute('href')).toContain('kernel_size=7');
  await clickSettled(page, back);
  await expect(page).toHaveURL(/#calculator$/);
  await hydrated(page);
  await expect(page.locator('#calc-kernel_size')).toHaveValue('7');
  expect(errors).toEqual([]);
});

test('the module page’s compact table shows the main tools for its reference layer, computed at build time', async ({ page }) => {
  await page.goto(PAGE);
  const vocoder = ct1d.withDefaults({ batch: 16n, in_channels: 512n, out_channels: 256n, length_in: 100n, kernel_size: 16n, stride: 8n, padding: 4n });
  const table = page.locator('[data-panel="peers-compact"]');
  await expect(table.locator('caption code')).toHaveText(ct1d.describeLayer(vocoder));
  const rows = await table.locator('tr[data-tool]').evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-tool')!, (tr.querySelector('.peers-value')?.textContent ?? '').trim()] as const),
  );
  expect(rows.length).toBeGreaterThanOrEqual(5);
  for (const [id, count] of rows) expect(digits(count), id).toBe(peers.find((r) => r.id === id)!.count(vocoder));
  // It links to the counters page, and no peers code loads on the module page.
  await expect(table.locator(`a[href="${COUNTERS}"]`)).toHaveCount(1);
});

test('converting a published number', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(countersFor(cfg2));
  await hydrated(page);
  // The converter is in a disclosure after the panel: its code loads when a reader opens it.
  const panel = await openDisclosure(page, CONVERT);
  // moduleprofiler's 1,545,216 for cfg2 is, for the same layer, fvcore's 512,000 and thop's 1,034,240.
  await page.selectOption('#peers-convert-from', 'moduleprofiler');
  await page.fill('#peers-convert-value', '1,545,216');
  const target = (id: string) => panel.locator(`[data-convert-target="${id}"]`);
  await expect(target('fvcore')).toHaveAttribute('data-value', '512000');
  await expect(target('fvcore')).toHaveAttribute('data-exact', 'true');
  await expect(target('thop-lyken17')).toHaveAttribute('data-value', '1034240');
  await expect(target('exact-total')).toHaveAttribute('data-value', '1021952');
  await expect(panel.locator('[data-convert-read]')).toContainText('1 ×');
  // Twice that is two such layers; a short form is read exactly.
  await page.fill('#peers-convert-value', '3.090432 M');
  await expect(target('fvcore')).toHaveAttribute('data-value', '1024000');
  // 7 fvcore MACs → thop: 7 · 1,034,240 / 512,000 = 14.14, shown as 14, marked rounded.
  await page.selectOption('#peers-convert-from', 'fvcore');
  await page.fill('#peers-convert-value', '7');
  await expect(target('thop-lyken17')).toHaveAttribute('data-value', '14');
  await expect(target('thop-lyken17')).toHaveAttribute('data-exact', 'false');
  await expect(target('thop-lyken17')).toContainText('rounded');
  // Bad input: an alert, no results, never NaN.
  await page.fill('#peers-convert-value', '12.5 apples');
  await expect(panel.getByRole('alert')).toBeVisible();
  await expect(panel.locator('[data-convert-target]')).toHaveCount(0);
  await page.fill('#peers-convert-value', '1.5');
  await expect(panel.getByRole('alert')).toContainText('not a whole number');
  // A tool that reports 0 for this layer cannot be the source of a nonzero number.
  await page.selectOption('#peers-convert-from', 'mmcv');
  await page.fill('#peers-convert-value', '1000');
  await expect(panel.getByRole('alert')).toContainText('reports 0');
  expect(await panel.textContent()).not.toContain('NaN');
  expect(errors).toEqual([]);
});

test('an invalid layer shows no numbers', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(countersFor({ ...cfg2, groups: 3n }));
  await hydrated(page);
  const panel = page.locator('[data-panel="peers"]');
  await expect(panel.locator('[data-peers-invalid]')).toBeVisible();
  await expect(panel.locator('[data-peers-invalid]')).toContainText('divisible by groups');
  // The rows stay in the markup (their words are static) but are hidden with their numbers.
  await expect(panel.locator('[data-peers-body]')).toBeHidden();
  await expect(panel.locator('tr[data-tool]').first()).toBeHidden();
  // Opened, the converter has nothing to convert and says so.
  const converter = await openDisclosure(page, CONVERT);
  await expect(converter.locator('[data-convert]')).toHaveCount(0);
  await expect(converter).toContainText('not a valid layer');
  // A valid layer brings every number back, computed for it.
  await page.goto(countersFor(cfg2));
  await hydrated(page);
  await expect(panel.locator('[data-peers-invalid]')).toBeHidden();
  await expectRowsFor(page, cfg2);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the server render shows every row for the initial layer', async ({ page }) => {
    await page.goto(COUNTERS);
    await expect(page.getByRole('heading', { name: 'Every counter on your layer', exact: true })).toBeVisible();
    const initial = ct1d.withDefaults({});
    const e = estimateOk(initial);
    const rows = await shownRows(page);
    expect(rows.map((r) => r.id)).toEqual(peers.map((r) => r.id));
    for (const [j, row] of peers.entries()) {
      const c = row.count(initial);
      if (c !== null) expect(digits(rows[j].count), row.id).toBe(c);
      const x = exactInUnit(row, e);
      expect(rows[j].ratio, row.id).toBe(c !== null && x ? ratioText(c, x.value) : '—');
    }
    await expect(page.locator('[data-panel="peers"] caption').first()).toBeVisible();
    // The converter's disclosure opens without JavaScript too, showing its fields disabled.
    const converter = disclosure(page, CONVERT);
    await expect(converter.locator('#peers-convert-value')).toBeHidden();
    await converter.locator('summary').click();
    await expect(converter.locator('#peers-convert-value')).toBeVisible();
    await expect(converter.locator('#peers-convert-value')).toBeDisabled();
  });
});
