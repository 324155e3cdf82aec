// ConvTranspose1d's counters page, on the shared registry of counting tools (src/estimator/peers/):
// every tool's row against the module's peers (peers.ts), the key tools against the numbers the
// peer survey got by running them, the build-time table of the reference layers, the converter,
// an invalid layer, the links that carry the layer between the module page and the counters
// page, the module page's compact table, the server render without JavaScript, and no console errors.
import { expect, test, type Page } from '@playwright/test';
import { peers } from '../../src/estimator/convtranspose1d/peers.ts';
import { TOOL_IDS } from '../../src/estimator/peers/tools.ts';
import { CONV_ISSUES } from '../../src/estimator/peers/conv.ts';
import { grouped } from '../../src/lib/format.ts';
import { ct1d, digits, disclosure, hydrated, openDisclosure, PAGE, urlFor, clickSettled } from './helpers.ts';

const CONVERT = 'Convert a published number';
const COUNTERS = `${PAGE}counters/`;
/** The counters page for a layer (the same query as the module page's). */
const countersFor = (p: ct1d.ConvTranspose1dParams) => urlFor(p).replace(PAGE, COUNTERS);

const cfg1 = ct1d.withDefaults({ batch: 1n, in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n, bias: false });
const cfg2 = ct1d.withDefaults({
  batch: 8n, in_channels: 16n, out_channels: 32n, length_in: 100n, kernel_size: 5n,
  stride: 2n, padding: 1n, output_padding: 1n, groups: 4n, bias: true,
});

/** What the survey's tools printed for the two layers (executed), typed in from the survey, by registry id. */
const survey: Record<string, [bigint, bigint]> = {
  flopcountermode: [12n, 1_024_000n],
  flopcountermode_backward: [24n, 5_120_000n],
  torch_profiler: [0n, 0n],
  fvcore: [6n, 512_000n],
  ptflops: [6n, 70_464n],
  ptflops_aten: [6n, 563_712n],
  ptflops_074: [12n, 135_744n],
  thop: [12n, 1_034_240n],
  thop_old: [12n, 1_085_952n],
  uthop: [6n, 512_000n],
  calflops_flops: [12n, 259_136n],
  calflops_macs: [6n, 128_000n],
  deepspeed_flops: [12n, 259_136n],
  deepspeed_09_flops: [12n, 518_272n],
  torchinfo: [12n, 1_085_952n],
  moduleprofiler: [14n, 1_545_216n],
  torchprofile: [12n, 4_136_960n],
  torchscan_macs: [16n, 1_034_244n],
  torchscan_flops: [28n, 2_068_488n],
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
  unit: string;
  note: string;
}

const TABLE = '[data-peers-table]';

async function shownRows(page: Page): Promise<ShownRow[]> {
  return page.locator(`${TABLE} tr[data-tool]`).evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-tool') ?? '',
      count: (tr.querySelector('[data-peer-count]')?.textContent ?? '').trim(),
      unit: (tr.children[2]?.textContent ?? '').trim(),
      note: (tr.querySelector('.peers-note')?.textContent ?? '').trim(),
    })),
  );
}

/** Checks every rendered row against the module's peers for layer p. */
async function expectRowsFor(page: Page, p: ct1d.ConvTranspose1dParams) {
  const want = peers(p);
  // The table follows the layer once the tools' formulas have loaded. Wait for every count, not
  // one: the page's initial layer (unbatched, with a bias) has cfg1's fvcore count, so waiting on
  // fvcore alone read the server's table before the link's layer reached it (seen on a loaded machine).
  const countOf = (c: { count: bigint | null } | undefined) => (!c ? '—' : c.count === null ? 'nothing' : grouped(c.count));
  await expect.poll(async () => (await shownRows(page)).map((r) => r.count)).toEqual(TOOL_IDS.map((id) => countOf(want[id])));
  const rows = await shownRows(page);
  expect(rows.map((r) => r.id)).toEqual([...TOOL_IDS]);
  for (const row of rows) {
    const c = want[row.id];
    if (c.count === null) expect(row.count, row.id).toBe('nothing');
    else expect(digits(row.count), row.id).toBe(c.count);
    expect(row.unit, row.id).toBe(c.unit);
    expect(row.note, row.id).toBe(c.note ?? '');
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
    const ds05 = rows.find((r) => r.id === 'deepspeed_05')!;
    expect(ds05.count).toBe('nothing');
    expect(ds05.note).toContain('IndexError');
    const calflops = rows.find((r) => r.id === 'calflops_macs')!;
    if (name === 'cfg2') expect(calflops.note).toBe(CONV_ISSUES['calflops-double-groups'].note);
    else expect(calflops.note).toBe('');
    const table = page.locator(TABLE);
    await expect(table.locator('.peers-layer code')).toHaveText(ct1d.describeLayer(p));
    // Every row links to a source on GitHub.
    const links = await table.locator('tr[data-tool] a.peers-tool').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toHaveLength(TOOL_IDS.length);
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
  // How each tool counts: every tool, and the known issues with their sources.
  await expect(page.locator('.peers-tools > li')).toHaveCount(TOOL_IDS.length);
  await expect(page.locator('#issue-calflops-double-groups + dd a[href="https://github.com/deepspeedai/DeepSpeed/pull/8323"]')).toHaveCount(1);
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
  // And back: "Change the layer in the calculator" reopens the module page's calculator on the same layer.
  const back = page.locator(`${TABLE} [data-layer-link]`);
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
  const want = peers(vocoder);
  for (const [id, count] of rows) expect(digits(count), id).toBe(want[id].count);
  // It links to the counters page.
  await expect(table.locator(`a[href="${COUNTERS}"]`)).toHaveCount(1);
});

test('converting a published number', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(countersFor(cfg2));
  await hydrated(page);
  // The converter is in a disclosure after the table: its code loads when a reader opens it.
  const panel = await openDisclosure(page, CONVERT);
  await expect(page.locator('#peers-convert-value')).toBeEnabled();
  // moduleprofiler's 1,545,216 for cfg2 is, for the same layer, fvcore's 512,000 and thop's 1,034,240.
  await page.selectOption('#peers-convert-from', 'moduleprofiler');
  await page.fill('#peers-convert-value', '1,545,216');
  const target = (id: string) => panel.locator(`[data-convert-target="${id}"]`);
  await expect(target('fvcore')).toHaveAttribute('data-value', '512000');
  await expect(target('fvcore')).toHaveAttribute('data-exact', 'true');
  await expect(target('thop')).toHaveAttribute('data-value', '1034240');
  await expect(target('exact-total')).toHaveAttribute('data-value', '1021952');
  await expect(panel.locator('[data-convert-read]')).toContainText('1 ×');
  // Twice that is two such layers; a short form is read exactly.
  await page.fill('#peers-convert-value', '3.090432 M');
  await expect(target('fvcore')).toHaveAttribute('data-value', '1024000');
  // 7 fvcore MACs → thop: 7 · 1,034,240 / 512,000 = 14.14, shown as 14, marked rounded.
  await page.selectOption('#peers-convert-from', 'fvcore');
  await page.fill('#peers-convert-value', '7');
  await expect(target('thop')).toHaveAttribute('data-value', '14');
  await expect(target('thop')).toHaveAttribute('data-exact', 'false');
  await expect(target('thop')).toContainText('rounded');
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
  const table = page.locator(TABLE);
  await expect(table).toHaveAttribute('data-peers-table', 'invalid');
  await expect(table.locator('.peers-layer')).toContainText('divisible by groups');
  // The rows stay (their words are static), without numbers.
  for (const row of await shownRows(page)) expect(row.count, row.id).toBe('—');
  // Opened, the converter has nothing to convert and says so.
  const converter = await openDisclosure(page, CONVERT);
  await expect(converter.locator('[data-convert]')).toHaveCount(0);
  await expect(converter).toContainText('not a valid layer');
  // A valid layer brings every number back, computed for it.
  await page.goto(countersFor(cfg2));
  await hydrated(page);
  await expect(table).toHaveAttribute('data-peers-table', 'ok');
  await expectRowsFor(page, cfg2);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the server render shows every row for the initial layer', async ({ page }) => {
    await page.goto(COUNTERS);
    await expect(page.getByRole('heading', { name: 'Every counter on your layer', exact: true })).toBeVisible();
    const want = peers(ct1d.withDefaults({}));
    const rows = await shownRows(page);
    expect(rows.map((r) => r.id)).toEqual([...TOOL_IDS]);
    for (const row of rows) {
      const c = want[row.id].count;
      if (c === null) expect(row.count, row.id).toBe('nothing');
      else expect(digits(row.count), row.id).toBe(c);
    }
    // The converter's disclosure opens without JavaScript too, showing its fields disabled.
    const converter = disclosure(page, CONVERT);
    await expect(converter.locator('#peers-convert-value')).toBeHidden();
    await converter.locator('summary').click();
    await expect(converter.locator('#peers-convert-value')).toBeVisible();
    await expect(converter.locator('#peers-convert-value')).toBeDisabled();
  });
});
