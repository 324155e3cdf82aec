// The /profile/ page: every expected number is computed here by the estimator itself (profileTrace
// on the same trace in Node), never typed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { profileCsv, profileJson } from '../../src/estimator/model/format.ts';
import { profileTrace, type Profile } from '../../src/estimator/model/profile.ts';
import { parseTraceText } from '../../src/estimator/model/trace.ts';
import { traceFromPrinted } from '../../src/estimator/model/printed.ts';
import { registry } from '../../src/estimator/registry.ts';

const URL_ = '/profile/';
const PRESETS = JSON.parse(readFileSync('src/data/traces/presets.json', 'utf8')) as { id: string; label: string }[];
const PAGE_ROWS = 50;

function profileOf(text: string): Profile {
  const t = parseTraceText(text);
  if (!t.ok) throw new Error(t.error.message);
  return profileTrace(t.trace, registry);
}

/** The totals the page must show, by data-quantity name (absent ones are not shown as numbers). */
function expectedTotals(p: Profile): Record<string, string> {
  const out: Record<string, string> = {
    'totals.exact.total_ops': String(p.totals.exact.total_ops ?? 0n),
    'totals.exact.macs': String(p.totals.exact.macs ?? 0n),
  };
  if (p.totals.documented.total_ops !== undefined) out['totals.documented.total_ops'] = String(p.totals.documented.total_ops);
  if (p.totals.dense.macs !== undefined) out['totals.dense.macs'] = String(p.totals.dense.macs);
  if (p.totals.dense.total_ops !== undefined) out['totals.dense.total_ops'] = String(p.totals.dense.total_ops);
  return out;
}

async function shownTotals(page: Page): Promise<Record<string, string>> {
  return page.locator('.prof-totals [data-quantity]').evaluateAll((es) => Object.fromEntries(es.map((e) => [e.getAttribute('data-quantity'), e.getAttribute('data-value')])));
}

async function open(page: Page, hash = '') {
  await page.goto(URL_ + hash);
  await expect(page.locator('.prof[data-live]')).toBeVisible();
}

async function paste(page: Page, text: string) {
  await page.locator('#prof-trace').fill(text);
}

async function expectProfile(page: Page, p: Profile, assumed: readonly string[] = p.assumed ?? []) {
  await expect(page.locator('.prof-result')).toHaveAttribute('data-calls', String(p.calls.length));
  expect(await shownTotals(page)).toEqual(expectedTotals(p));
  await expect(page.locator('.prof-calls tbody tr')).toHaveCount(Math.min(PAGE_ROWS, p.calls.length));
  await expect(page.locator('[data-coverage]')).toContainText(`${p.coverage.covered} of ${p.coverage.calls} calls covered`);
  // What counting took for granted (a MultiheadAttention call's masks), listed above the totals.
  await expect(page.locator('.prof-assumed li')).toHaveText([...assumed]);
}

const TRACES = [...PRESETS.map((x) => `src/data/traces/${x.id}.json`), 'tests/fixtures/traces/coverage.json', 'tests/fixtures/traces/coverage-torch2.json'];

for (const file of TRACES) {
  test(`pasting ${file} gives the estimator's totals, rows and links`, async ({ page }) => {
    const text = readFileSync(file, 'utf8');
    const p = profileOf(text);
    await open(page);
    await paste(page, text);
    await expectProfile(page, p);
    // Every counted call links to its module's calculator with the layer's canonical query.
    const links = await page.locator('.prof-calls tbody tr .prof-module a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(p.calls.slice(0, PAGE_ROWS).filter((c) => c.id && c.query).map((c) => `/modules/${c.id}/?${c.query}#calculator`));
    const statuses = await page.locator('.prof-calls tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-status')));
    expect(statuses).toEqual(p.calls.slice(0, PAGE_ROWS).map((c) => (c.error ? 'error' : c.covered ? 'counted' : 'not-covered')));
  });
}

for (const preset of PRESETS) {
  test(`the preset ${preset.id}, picked or linked, gives the estimator's totals`, async ({ page }) => {
    const p = profileOf(readFileSync(`src/data/traces/${preset.id}.json`, 'utf8'));
    await open(page);
    await page.locator('#prof-preset').selectOption(preset.id);
    await expectProfile(page, p);
    await expect(page.locator('[data-permalink]')).toHaveAttribute('data-permalink', new RegExp(`#preset=${preset.id}$`));
    await open(page, `#preset=${preset.id}`);
    await expectProfile(page, p);
  });
}

test('the exports round-trip: the JSON is the CLI object of the table, the CSV one line per call', async ({ page }) => {
  const text = readFileSync('tests/fixtures/traces/coverage.json', 'utf8');
  const p = profileOf(text);
  await open(page);
  await paste(page, text);
  await expectProfile(page, p);
  const read = async (id: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${id}"]`).click()]);
    return readFileSync((await download.path())!, 'utf8');
  };
  const json = JSON.parse(await read('json'));
  expect(json).toEqual(JSON.parse(JSON.stringify(profileJson(p))));
  // Read back, the JSON gives the table's rows: names, modules and exact counts.
  const rows = await page.locator('.prof-calls tbody tr').evaluateAll((rs) => rs.map((r) => [r.querySelector('th code')!.textContent, r.children[2].textContent, r.children[5].textContent]));
  expect(rows).toEqual(json.calls.slice(0, PAGE_ROWS).map((c: { name: string; module: string; exact: { total_ops: string } | null }) => [c.name, c.module, c.exact ? BigInt(c.exact.total_ops).toLocaleString('en-US') : '–']));
  const csv = await read('csv');
  expect(csv).toBe(profileCsv(p));
  expect(csv.trimEnd().split('\r\n')).toHaveLength(p.calls.length + 2);
  const tex = await read('latex');
  for (const rule of ['\\toprule', '\\midrule', '\\bottomrule', '\\url{']) expect(tex).toContain(rule);
  expect(await read('md')).toContain('| Layer |');
});

test('a pasted trace\'s permalink reopens the same view', async ({ page }) => {
  const text = readFileSync('tests/fixtures/traces/coverage.json', 'utf8');
  const p = profileOf(text);
  await open(page);
  await paste(page, text);
  await expectProfile(page, p);
  const link = page.locator('[data-permalink]');
  await expect(link).toHaveAttribute('data-permalink', /#trace=[A-Za-z0-9_-]+$/);
  const url = (await link.getAttribute('data-permalink'))!;
  await page.goto('about:blank');
  await page.goto(url);
  await expectProfile(page, p);
  // A link cut on the way (opened in the same tab: only the fragment changes) says it cannot be read.
  await page.goto(url.slice(0, -10));
  await expect(page.locator('.prof-error[role="alert"]')).toBeVisible();
  await expect(page.locator('.prof-result')).toHaveCount(0);
  // And a preset's link, opened over it, shows that preset.
  const dcgan = profileOf(readFileSync('src/data/traces/dcgan.json', 'utf8'));
  await page.goto(`${URL_}#preset=dcgan`);
  await expectProfile(page, dcgan);
});

test('hostile traces give clear errors and no injected markup, and the tab stays responsive', async ({ page }) => {
  await open(page);
  const alert = page.locator('.prof-error[role="alert"]');
  await paste(page, '{"format": "nnops-trace", "version": 1, "calls": [');
  await expect(alert).toContainText('not valid JSON');
  await paste(page, '{"format": "nnops-trace", "version": 1, "calls": "many"}');
  await expect(alert).toContainText('"calls" must be a list');
  await paste(page, '[1, 2, 3]');
  await expect(alert).toContainText('A trace is one JSON object');
  // HTML in names and classes, absurd shapes and wrong types: listed as text, with their errors.
  const evil = '<img src=x onerror="window.__pwned=1">';
  const base = { module: 'ReLU', args: { inplace: false }, training: false, input_shapes: [[2, 3]], output_shapes: [[2, 3]] };
  const hostile = {
    format: 'nnops-trace',
    version: 1,
    model: `<script>window.__pwned=1</script>${evil}`,
    calls: [
      { ...base, name: evil },
      { ...base, name: 'huge', input_shapes: [['99999999999999999999999']] },
      { ...base, name: 'negative', input_shapes: [[-1, 3]] },
      { ...base, name: 'typed', training: 'yes' },
      { ...base, name: 'classy', module: '<b>Conv2d</b>' },
      { ...base, name: 'deep', input_shapes: [Array(40).fill(1)] },
      'not a call',
    ],
  };
  const text = JSON.stringify(hostile);
  const p = profileOf(text);
  await paste(page, text);
  await expectProfile(page, p);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img[src="x"], main script:has-text("__pwned"), .prof-result b')).toHaveCount(0);
  await expect(page.locator('.prof-calls tbody tr').first().locator('th')).toHaveText(evil);
  await expect(page.locator('.prof-model')).toContainText('<script>');
  await expect(page.locator('.prof-calls tbody tr[data-status="error"]')).toHaveCount(p.calls.filter((c) => c.error).length);
  expect(p.calls.filter((c) => c.error).length).toBeGreaterThanOrEqual(5);
});

test('a 100,000-call trace is counted in the background with a progress bar, shown a page at a time', async ({ page }) => {
  test.setTimeout(300_000);
  const modules = [
    { module: 'Linear', args: { in_features: 8, out_features: 4, bias: true }, input_shapes: [[2, 8]], output_shapes: [[2, 4]] },
    { module: 'ReLU', args: { inplace: false }, input_shapes: [[2, 4]], output_shapes: [[2, 4]] },
    { module: 'Dropout', args: null, input_shapes: [[2, 4]], output_shapes: [[2, 4]] },
  ];
  const calls = Array.from({ length: 100_000 }, (_, i) => ({ name: `block${i % 7}.layer${i}`, training: false, ...modules[i % 3] }));
  const text = JSON.stringify({ format: 'nnops-trace', version: 1, model: 'Huge', calls });
  const p = profileOf(text);
  await open(page);
  await page.locator('#prof-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  // A progress bar while the worker reads and counts (the text is too long for the box, which stays empty).
  await expect(page.locator('#prof-progress-bar')).toBeAttached();
  await expect(page.locator('.prof-result')).toHaveAttribute('data-calls', '100000', { timeout: 240_000 });
  // The tab answers while and after counting.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(await shownTotals(page)).toEqual(expectedTotals(p));
  await expect(page.locator('.prof-calls tbody tr')).toHaveCount(PAGE_ROWS);
  await expect(page.locator('[data-rows]')).toContainText('of 100,000');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.prof-calls tbody tr').first()).toHaveAttribute('data-call', String(PAGE_ROWS));
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  // Its link would be far too long to share: the page says so and offers the JSON file.
  await expect(page.locator('.prof-link')).toContainText('Share the JSON file');
  await expect(page.locator('[data-permalink]')).toHaveCount(0);
  // Opened again, and replaced by a short trace while still counting: the short one is shown, and
  // the long count, dropped, never overwrites it.
  await page.locator('#prof-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('#prof-progress-bar')).toBeAttached();
  const small = readFileSync('src/data/traces/smallcnn.json', 'utf8');
  await paste(page, small);
  await expectProfile(page, profileOf(small));
  await page.waitForTimeout(3000);
  await expect(page.locator('.prof-result')).toHaveAttribute('data-calls', String(profileOf(small).calls.length));
  await expect(page.locator('[data-permalink]')).toHaveAttribute('data-permalink', /#trace=/);
});

test('the model\'s citation names the model, its totals and the rules versions', async ({ page }) => {
  const p = profileOf(readFileSync('src/data/traces/smallcnn.json', 'utf8'));
  await open(page, '#preset=smallcnn');
  await expectProfile(page, p);
  const cite = page.locator('#cite-profile-text');
  await expect(cite).toContainText(p.model);
  await expect(cite).toContainText(BigInt(p.totals.exact.total_ops!).toLocaleString('en-US'));
  await expect(cite).toContainText('rules versions Conv2d v');
  await expect(cite).toContainText('#preset=smallcnn');
});

for (const theme of ['light', 'dark'] as const) {
  test(`with a profile shown, the page has no axe violations (${theme} theme)`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme });
    await open(page, '#preset=smallcnn');
    await expect(page.locator('.prof-result')).toBeVisible();
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    // And with an error shown.
    await paste(page, '{"format": "nnops-trace"');
    await expect(page.locator('.prof-error')).toBeVisible();
    const again = await new AxeBuilder({ page }).analyze();
    expect(again.violations.map((v) => v.id)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page reads, the snippet is shown, and the tool says it needs JavaScript and points to the CLI', async ({ page }) => {
    await page.goto(URL_);
    await expect(page.locator('[data-nojs-notice]')).toContainText('needs JavaScript');
    await expect(page.locator('[data-nojs-notice]')).toContainText('estimate -- model --trace');
    await expect(page.locator('#prof-trace')).toBeDisabled();
    const snippet = readFileSync('tools/nnops_trace.py', 'utf8');
    const shown = await page.locator('.prof-snippet pre').innerText();
    expect(shown.trim()).toBe(snippet.trim());
  });
});

test('the text print(model) shows, with an input shape, is read as a chain and counted; its permalink reopens it', async ({ page }) => {
  const printed = `Sequential(
  (features): Sequential(
    (0): Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
    (1): BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
    (2): ReLU(inplace=True)
    (3): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
  )
  (head): Sequential(
    (0): AdaptiveAvgPool2d(output_size=(1, 1))
    (1): Conv2d(16, 10, kernel_size=(1, 1), stride=(1, 1), bias=False)
    (2): Softmax(dim=1)
  )
)`;
  const t = traceFromPrinted(printed, [2n, 3n, 32n, 32n]);
  if (!t.ok) throw new Error(t.error.message);
  const p = profileTrace(t.trace, registry);
  await open(page);
  await paste(page, printed);
  // Not JSON: the page asks for the input shape.
  await expect(page.locator('.prof-error')).toContainText('input shape');
  await page.locator('#prof-shape').fill('2, 3, 32, 32');
  // With what the reading took for granted (BatchNorm2d in evaluation mode), as the reader says it.
  await expectProfile(page, p, [...t.assumed!, ...(p.assumed ?? [])]);
  expect(t.assumed!.length).toBeGreaterThan(0);
  const url = (await page.locator('[data-permalink]').getAttribute('data-permalink'))!;
  expect(url).toMatch(/#trace=/);
  await page.goto('about:blank');
  await page.goto(url);
  await expectProfile(page, p);
  // A custom container cannot be read as a chain: the page says so and offers the snippet.
  await paste(page, 'MyNet(\n  (body): ModuleList(\n    (0): Linear(in_features=4, out_features=4, bias=True)\n  )\n)');
  await page.locator('#prof-shape').fill('1, 4');
  await expect(page.locator('.prof-error')).toBeVisible();
});

test('a pasted trace longer than the box keeps is counted as it is, and the page says so', async ({ page }) => {
  const call = { module: 'ReLU', args: { inplace: false }, training: false, input_shapes: [[1, 64]], output_shapes: [[1, 64]] };
  const text = JSON.stringify({ format: 'nnops-trace', version: 1, model: 'Long', calls: Array.from({ length: 1500 }, (_, i) => ({ name: `relu${i}`, ...call })) });
  expect(text.length).toBeGreaterThan(100_000);
  const p = profileOf(text);
  await open(page);
  // As a paste lands: the whole text in the box, then one input event (fill() types it in pieces).
  await page.locator('#prof-trace').evaluate((box: HTMLTextAreaElement, t) => {
    box.value = t;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await expectProfile(page, p);
  await expect(page.locator('#prof-trace')).toHaveValue('');
  await expect(page.locator('.prof-input')).toContainText('taken out of the box');
});
