// The "run it in your browser" probe: real layers run in a Web Worker, to the end, and equal
// the closed forms; the page stays responsive meanwhile; a run can be cancelled and rerun;
// a layer beyond the cap says so; and the worker's file loads only when a probe needs it.
// Expected values come from the estimator (ct1d.estimate), never from the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { ct1d, digits, estimateOk, hydrated, PAGE } from './helpers.ts';

const PROBE = '.probe:not([data-worked])';
const WORKER = /probeWorker[^/]*\.js(\?|$)/;

/** HiFi-GAN's upsampler (issue 11): 512 → 256 channels, kernel 16, stride 8, padding 4, 8,192 samples. */
const hifigan = ct1d.withDefaults({ in_channels: 512n, out_channels: 256n, length_in: 8192n, kernel_size: 16n, stride: 8n, padding: 4n });

/** The module page for a layer, as the calculator's "Copy link" writes it. */
const linkTo = (p: ct1d.ConvTranspose1dParams) => `${PAGE}?v=1&${ct1d.queryOf(p)}#calculator`;

/** Record every long task from the start of the page (buffered), before any probe can run. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks over 50 ms that overlap [from, to] (page time, ms). */
const longTasksBetween = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]) =>
      (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter(
        (t) => t.duration > 50 && t.start + t.duration > a && t.start < b,
      ),
    [from, to] as const,
  );

/**
 * Hold the worker's script until released, so a run is reliably in progress however fast the
 * machine is. Later requests (a run started again) go through.
 */
async function holdFirstWorker(page: Page) {
  let held: Route | null = null;
  let release: () => void = () => {};
  const requested = new Promise<void>((resolve) => {
    void page.route(WORKER, async (route) => {
      if (held) return route.continue();
      held = route;
      resolve();
      await new Promise<void>((r) => (release = r));
      await route.continue().catch(() => {}); // the run may have been cancelled meanwhile
    });
  });
  return { requested, release: () => release() };
}

/**
 * The page stays usable while a large probe runs because the simulation runs in a Web Worker:
 * that is what these tests assert (the worker's script is fetched, the run ends there, the page
 * shows its totals). How long the main thread's own tasks take is wall-clock time, which a
 * loaded machine stretches (a solo CI run once saw a 158 ms task while sections rendered after
 * a scroll), so the long tasks are reported with the test, never asserted (tests never depend
 * on machine speed).
 */
function reportLongTasks(long: { start: number; duration: number }[]) {
  test.info().annotations.push({
    type: 'long tasks during the run (> 50 ms)',
    description: long.length === 0 ? 'none' : long.map((t) => `${Math.round(t.duration)} ms`).join(', '),
  });
}

async function toProbe(page: Page) {
  const probe = page.locator(PROBE);
  await probe.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  // Two frames, so the section's first render after scrolling is over before anything is measured.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return probe;
}

/** The simulated totals the probe shows, and the closed forms the estimator gives for them. */
async function simulatedAndExpected(page: Page, p: ct1d.ConvTranspose1dParams) {
  const r = estimateOk(p);
  const sim = async (q: string) => digits((await page.locator(`${PROBE} [data-probe-sim="${q}"]`).textContent()) ?? '');
  return {
    shown: { M: await sim('M'), P: await sim('P'), documented: await sim('documented'), true: await sim('true') },
    want: { M: r.exact.products_per_filter, P: r.exact.covered_positions, documented: r.documented!.additions_per_filter, true: r.exact.additions_per_filter },
  };
}

/**
 * Run a held probe to the end and return the long tasks that happened meanwhile. The end is
 * awaited by a MutationObserver in the page, not by Playwright's assertions, whose polling
 * runs a requestAnimationFrame loop in the page and would itself load the main thread.
 */
async function runToEnd(page: Page, hold: Awaited<ReturnType<typeof holdFirstWorker>>, timeout: number) {
  const probe = page.locator(PROBE);
  await hold.requested;
  await expect(probe).toHaveAttribute('data-probe-state', 'running');
  await expect(probe.locator('progress')).toHaveAccessibleName('Simulation progress');
  await toProbe(page);
  const from = await page.evaluate(() => performance.now());
  const ended = page.evaluate(
    ([selector, ms]) =>
      new Promise<number>((resolve, reject) => {
        const el = document.querySelector(selector)!;
        const check = () => {
          if (el.getAttribute('data-probe-state') === 'running') return false;
          resolve(performance.now());
          return true;
        };
        if (check()) return;
        const watch = new MutationObserver(() => check() && watch.disconnect());
        watch.observe(el, { attributes: true, attributeFilter: ['data-probe-state'] });
        setTimeout(() => reject(new Error(`the probe still runs after ${ms} ms`)), ms);
      }),
    [PROBE, timeout] as const,
  );
  hold.release();
  const to = await ended;
  await expect(probe).toHaveAttribute('data-probe-state', 'done');
  await expect(probe.locator('[data-probe-progress]')).toHaveAttribute('data-probe-progress', '100');
  await expect(probe.locator('[data-probe-check]')).toHaveAttribute('data-probe-check', 'true');
  return longTasksBetween(page, from, to);
}

test("HiFi-GAN's upsampler runs to the end in a worker and equals the closed forms", async ({ page }) => {
  test.setTimeout(240_000);
  await watchLongTasks(page);
  const hold = await holdFirstWorker(page);
  await page.goto(linkTo(hifigan));
  await hydrated(page);
  const long = await runToEnd(page, hold, 60_000);
  const { shown, want } = await simulatedAndExpected(page, hifigan);
  expect(shown).toEqual(want);
  // L_in·K, the products simulated one by one, is named in the sentence above the bar.
  await expect(page.locator(`${PROBE} .probe-method`)).toContainText(Number(hifigan.length_in * hifigan.kernel_size).toLocaleString('en-US'));
  await expect(page.locator(`${PROBE} .probe-method`)).toContainText('background thread');
  reportLongTasks(long);
});

test('a layer at the cap, 10^8 products, runs to the end in a worker', async ({ page }) => {
  test.setTimeout(300_000);
  const p = ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 1_000_000n, kernel_size: 100n, stride: 50n });
  expect(p.length_in * p.kernel_size).toBe(ct1d.STREAM_LIMIT);
  await watchLongTasks(page);
  const hold = await holdFirstWorker(page);
  await page.goto(linkTo(p));
  await hydrated(page);
  const long = await runToEnd(page, hold, 150_000);
  const { shown, want } = await simulatedAndExpected(page, p);
  expect(shown).toEqual(want);
  await expect(page.locator(`${PROBE} .probe-method`)).toContainText('background thread');
  reportLongTasks(long);
});

test('a run can be cancelled and run again, and a new layer replaces a running one', async ({ page }) => {
  test.setTimeout(240_000);
  const hold = await holdFirstWorker(page);
  await page.goto(linkTo(hifigan));
  await hydrated(page);
  const probe = page.locator(PROBE);
  await hold.requested;
  await expect(probe).toHaveAttribute('data-probe-state', 'running');
  await toProbe(page);
  await probe.getByRole('button', { name: 'Cancel' }).click();
  await expect(probe).toHaveAttribute('data-probe-state', 'cancelled');
  await expect(probe.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(probe.locator('[data-probe-sim="M"]')).toHaveText('—');
  await expect(probe.locator('[data-probe-check]')).toHaveCount(0);
  hold.release(); // the cancelled run's worker is gone: its script arriving now changes nothing
  await expect(probe).toHaveAttribute('data-probe-state', 'cancelled');

  await probe.getByRole('button', { name: 'Run the simulation again' }).click();
  await expect(probe).toHaveAttribute('data-probe-state', 'done', { timeout: 60_000 });
  let { shown, want } = await simulatedAndExpected(page, hifigan);
  expect(shown).toEqual(want);

  // Typing a new layer starts its own run, and the probe then shows that layer's totals.
  await page.fill('#calc-length_in', '4096');
  const shorter = { ...hifigan, length_in: 4096n };
  await expect(probe.locator('table.probe-table')).toHaveAttribute('data-probe-length', String(estimateOk(shorter).length_out));
  await expect(probe).toHaveAttribute('data-probe-state', 'done', { timeout: 60_000 });
  ({ shown, want } = await simulatedAndExpected(page, shorter));
  expect(shown).toEqual(want);
});

for (const [why, p, words] of [
  ['products', ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 20_000_000n, kernel_size: 8n, stride: 4n }), 'products this layer is beyond'],
  ['positions', ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 3n, kernel_size: 2n, stride: 60_000_000n }), 'output positions are beyond'],
] as const) {
  test(`a layer beyond the cap (${why}) says so, shows the closed forms and loads no worker`, async ({ page }) => {
    expect(ct1d.streamRefusal(p, estimateOk(p).length_out)).toBe(why);
    const fetched: string[] = [];
    page.on('request', (req) => WORKER.test(req.url()) && fetched.push(req.url()));
    await page.goto(linkTo(p));
    await hydrated(page);
    const probe = page.locator(PROBE);
    await expect(probe).toHaveAttribute('data-probe-state', 'too-large');
    await expect(probe.locator('.probe-method')).toContainText(words);
    await expect(probe.locator('.probe-method')).toContainText(Number(ct1d.STREAM_LIMIT).toLocaleString('en-US'));
    const r = estimateOk(p);
    await expect(probe.locator('[data-probe="M"]')).toHaveText(String(r.exact.products_per_filter).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    expect(digits((await probe.locator('[data-probe="true"]').textContent()) ?? '')).toBe(r.exact.additions_per_filter);
    await expect(probe.locator('[data-probe-sim]')).toHaveCount(0);
    await expect(probe.locator('progress')).toHaveCount(0);
    expect(fetched).toEqual([]);
  });
}

test('extreme strides and paddings: a result or a sentence, never an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Stride 10^15 on one input element: one product, simulated at once.
  const far = ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 1n, kernel_size: 1n, stride: 10n ** 15n });
  await page.goto(linkTo(far));
  await hydrated(page);
  const probe = page.locator(PROBE);
  await expect(probe).toHaveAttribute('data-probe-state', 'done');
  await expect(probe.locator('[data-probe-check]')).toHaveAttribute('data-probe-check', 'true');
  // Targets past 2^53: numbers would round them, so the closed forms alone, and a sentence saying why.
  const past = ct1d.withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 3n, kernel_size: 2n, stride: 2n ** 52n, padding: 2n ** 52n });
  expect(ct1d.streamRefusal(past, estimateOk(past).length_out)).toBe('range');
  await page.goto(linkTo(past));
  await hydrated(page);
  await expect(probe).toHaveAttribute('data-probe-state', 'too-large');
  await expect(probe.locator('.probe-method sup')).toHaveText('53');
  expect(errors).toEqual([]);
});

test('a small layer is simulated at once, without loading the worker, in typeset notation', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (req) => WORKER.test(req.url()) && fetched.push(req.url()));
  await page.goto(PAGE);
  await hydrated(page);
  const probe = await toProbe(page);
  await expect(probe).toHaveAttribute('data-probe-state', 'done');
  await expect(probe.locator('[data-probe-check]')).toHaveAttribute('data-probe-check', 'true');
  const { shown, want } = await simulatedAndExpected(page, ct1d.withDefaults({}));
  expect(shown).toEqual(want);
  // y_t and L_in·K are written with subscripts, never in ASCII.
  const text = (await probe.textContent()) ?? '';
  expect(text).not.toMatch(/y_t|L_in|L_out/);
  await expect(probe.locator('caption sub').first()).toHaveText('t');
  expect(fetched).toEqual([]);
});

/** axe over the probe alone, in view (off-screen it skips rendering, where axe cannot measure contrast). */
async function probeViolations(page: Page) {
  await toProbe(page);
  const result = await new AxeBuilder({ page }).include(PROBE).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the probe running, cancelled, done and beyond the cap has no axe violations (${theme} theme)`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme });
    const hold = await holdFirstWorker(page);
    await page.goto(linkTo(hifigan));
    await hydrated(page);
    const probe = page.locator(PROBE);
    await hold.requested;
    await expect(probe).toHaveAttribute('data-probe-state', 'running');
    expect(await probeViolations(page), 'running').toEqual([]);
    await probe.getByRole('button', { name: 'Cancel' }).click();
    await expect(probe).toHaveAttribute('data-probe-state', 'cancelled');
    expect(await probeViolations(page), 'cancelled').toEqual([]);
    hold.release();
    await probe.getByRole('button', { name: 'Run the simulation again' }).click();
    await expect(probe).toHaveAttribute('data-probe-state', 'done', { timeout: 60_000 });
    expect(await probeViolations(page), 'done').toEqual([]);
    await page.fill('#calc-length_in', '20000000');
    await expect(probe).toHaveAttribute('data-probe-state', 'too-large');
    expect(await probeViolations(page), 'too-large').toEqual([]);
  });
}
