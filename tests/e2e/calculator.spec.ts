import { expect, test, type Page } from '@playwright/test';
import { invalid, toParams, valid, big } from '../unit/golden.ts';
import { ct1d, digits, estimateOk, expected, hydrated, PAGE, quantities, urlFor } from './helpers.ts';
import { CURRENT_VERSION } from '../../src/estimator/convtranspose1d/versions.ts';

async function noErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

test('typing changes the results and the URL', async ({ page }) => {
  const errors = await noErrors(page);
  await page.goto(PAGE);
  await hydrated(page);
  const typed = { in_channels: '16', out_channels: '32', length_in: '100', kernel_size: '5', stride: '2', padding: '1', output_padding: '1', groups: '4', batch: '8' };
  for (const [name, value] of Object.entries(typed)) await page.fill(`#calc-${name}`, value);
  const p = ct1d.withDefaults({ batch: 8n, in_channels: 16n, out_channels: 32n, length_in: 100n, kernel_size: 5n, stride: 2n, padding: 1n, output_padding: 1n, groups: 4n });
  const want = expected(estimateOk(p));
  await expect.poll(() => quantities(page)).toEqual(want);
  // The reference configuration cfg2 of peers.md: documented 1,545,216; exact 510,976 + 510,976.
  expect(want['documented.total_ops']).toBe(1545216n);
  expect(want['exact.multiplications']).toBe(510976n);
  await expect.poll(() => new URL(page.url()).search).toBe(`?v=${CURRENT_VERSION}&${ct1d.queryOf(p)}`);

  await page.uncheck('#calc-bias');
  const noBias = expected(estimateOk({ ...p, bias: false }));
  await expect.poll(() => quantities(page)).toEqual(noBias);
  // The address follows once typing pauses.
  await expect.poll(() => new URL(page.url()).searchParams.get('bias')).toBe('false');

  // Unbatched: the option clears the batch (and the URL's batch), and restores it when unticked.
  await page.check('#calc-batch-none');
  await expect(page.locator('#calc-batch')).toHaveValue('');
  await expect.poll(() => quantities(page)).toEqual(expected(estimateOk({ ...p, bias: false, batch: null })));
  await expect.poll(() => new URL(page.url()).searchParams.has('batch')).toBe(false);
  await expect(page.locator('.calc-table caption')).toContainText('unbatched');
  await page.uncheck('#calc-batch-none');
  await expect(page.locator('#calc-batch')).toHaveValue('8');
  await expect.poll(() => quantities(page)).toEqual(noBias);

  // The probe runner follows the calculator.
  const probe = page.locator('.probe:not([data-worked])');
  await expect(probe.locator('[data-probe="true"]')).toHaveText(String(noBias['exact.additions_per_filter']));
  expect(errors).toEqual([]);
});

test('a URL with parameters renders those results, and a reload keeps them', async ({ page }) => {
  const p = ct1d.withDefaults({ batch: 3n, in_channels: 64n, out_channels: 32n, length_in: 1000n, kernel_size: 7n, stride: 3n, padding: 2n, dilation: 2n, groups: 2n, bias: false });
  await page.goto(urlFor(p));
  await hydrated(page);
  await expect.poll(() => quantities(page)).toEqual(expected(estimateOk(p)));
  for (const [name, value] of Object.entries({ in_channels: '64', dilation: '2', batch: '3' })) await expect(page.locator(`#calc-${name}`)).toHaveValue(value);
  await expect(page.locator('#calc-bias')).not.toBeChecked();
  await page.reload();
  await hydrated(page);
  await expect.poll(() => quantities(page)).toEqual(expected(estimateOk(p)));
});

// A spread of golden records: every category, unbatched, no-bias, huge, and undefined documented totals.
const picks = [
  ...valid.filter((r) => r.category === 'huge').slice(0, 3),
  ...valid.filter((r) => r.formula_total_ops === null).slice(0, 2),
  ...valid.filter((r) => r.params.batch === null && r.params.in_channels > 1).slice(0, 2),
  ...valid.filter((r) => r.category === 'realistic' && r.params.groups > 1).slice(0, 2),
  ...valid.filter((r) => r.category === 'tiny' && r.additions_seed_method !== null && r.additions_seed_method < 0).slice(0, 2),
];

for (const [j, r] of picks.entries()) {
  test(`golden record ${j} (${r.category}) reproduced through the URL`, async ({ page }) => {
    const p = toParams(r.params);
    await page.goto(urlFor(p));
    await hydrated(page);
    const want = expected(estimateOk(p));
    await expect.poll(() => quantities(page)).toEqual(want);
    const shown = await quantities(page);
    expect(shown.length_out).toBe(BigInt(r.length_out));
    expect(shown['exact.products_per_filter']).toBe(BigInt(r.multiplications_scatter));
    expect(shown['exact.products_per_filter'] - shown['exact.covered_positions']).toBe(BigInt(r.additions_true));
    if (r.formula_total_ops === null) {
      expect(shown['documented.total_ops']).toBeUndefined();
      await expect(page.locator('[data-documented-unavailable]')).toContainText('undefined');
    } else {
      expect(shown['documented.total_ops']).toBe(big(r.formula_total_ops));
      expect(shown['documented.additions_per_filter']).toBe(BigInt(r.additions_seed_method!));
    }
  });
}

const invalidPicks = Object.values(
  Object.fromEntries(invalid.map((r) => [r.intended_violation, r])),
);

for (const r of invalidPicks) {
  test(`invalid layer (${r.intended_violation}) shows PyTorch's rule and no numbers`, async ({ page }) => {
    await page.goto(urlFor(toParams(r.params)));
    await hydrated(page);
    const alert = page.locator('[role="alert"]');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(r.torch_error.message);
    await expect(page.locator('.calculator [data-quantity]')).toHaveCount(0);
    const invalidField = page.locator('.calculator input[aria-invalid="true"]');
    await expect(invalidField).toHaveCount(1);
    expect(await invalidField.getAttribute('aria-describedby')).toContain('calc-error');
  });
}

test('typed garbage shows a clear message, never NaN or a blank', async ({ page }) => {
  const errors = await noErrors(page);
  await page.goto(PAGE);
  await hydrated(page);
  const cases: [string, string, RegExp][] = [
    ['in_channels', 'abc', /in_channels must be a whole number/],
    ['kernel_size', '2.5', /kernel_size must be a whole number/],
    ['stride', '0', /stride must be a positive integer/],
    ['padding', '-1', /padding must not be negative/],
    ['length_in', '99999999999999999999999', /64-bit/],
    ['groups', '3', /divisible by groups/],
    ['out_channels', '', /out_channels/],
  ];
  for (const [name, value, message] of cases) {
    await page.fill(`#calc-${name}`, value);
    const alert = page.locator('[role="alert"]');
    await expect(alert).toContainText(message);
    await expect(page.locator('.calculator [data-quantity]')).toHaveCount(0);
    await expect(page.locator('.calculator')).not.toContainText('NaN');
    await page.click('.calc-presets button >> nth=0'); // back to a valid layer
    await expect(alert).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('the probe runner shows both ends of a long output and says what it left out', async ({ page }) => {
  const p = ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 100000n, kernel_size: 5n, stride: 3n, padding: 2n, dilation: 2n });
  await page.goto(urlFor(p));
  await hydrated(page);
  const r = estimateOk(p);
  const cells = page.locator('.probe:not([data-worked]) td[data-y]');
  await expect(cells).toHaveCount(32);
  const ts = (await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-t')!))).map(BigInt);
  expect(ts.slice(0, 16)).toEqual(Array.from({ length: 16 }, (_, i) => BigInt(i)));
  expect(ts.slice(16)).toEqual(Array.from({ length: 16 }, (_, i) => r.length_out - 16n + BigInt(i)));
  for (const [j, t] of ts.entries()) expect(digits((await cells.nth(j).textContent()) ?? "")).toBe(ct1d.productsAt(p, t));
  await expect(page.locator('[data-probe-hidden]')).toHaveAttribute('data-probe-hidden', String(r.length_out - 32n));
});
