// In-browser figures for the module page: (1) how long the page takes, after a keystroke,
// to recompute and re-render every island for large layers (it should stay well under
// one 16.7 ms frame), and (2) the cumulative layout shift while the page loads and
// hydrates. Prints figures only.  Run after a build:  npm run bench:render
import { launch, readWholePage, workMeter, type Work } from './browser.ts';
import { serve } from '../scripts/serve.ts';

const DIST = process.argv[2] ?? 'dist';
const PAGE = '/modules/convtranspose1d/';
const layers: [string, Record<string, string>][] = [
  ['seed (L_in 2, K 3)', { in_channels: '1', out_channels: '1', length_in: '2', kernel_size: '3' }],
  ['vocoder (512→256, K 16, s 8)', { batch: '16', in_channels: '512', out_channels: '256', length_in: '100', kernel_size: '16', stride: '8', padding: '4' }],
  ['L_in 2^31, C 2^20', { batch: '64', in_channels: '1048576', out_channels: '1048576', length_in: '2147483648', kernel_size: '16', stride: '4', padding: '6' }],
  ['L_in 2^31, K 10^6, s 10^9', { in_channels: '1048576', out_channels: '1048576', length_in: '2147483648', kernel_size: '1000000', stride: '1000000000', dilation: '999999937', padding: '12345' }],
  ['L_in 2^62, g 2^10', { batch: '1024', in_channels: '1048576', out_channels: '1048576', groups: '1024', length_in: '4611686018427387904', kernel_size: '7', stride: '3', dilation: '5', padding: '100' }],
];

const { url, server } = await serve(DIST);
const browser = await launch();
const page = await browser.newPage();

// Chrome's own accounting of main-thread work (Performance.getMetrics: TaskDuration, and its
// script / style / layout parts) over a run of keystrokes typed inside the page, minus the
// same run with the keystrokes left out: what the keystrokes cost, style, layout and paint
// included, without the idle waits or this harness's own messages.
const metrics = await workMeter(page);
const KEYS = 20;
/** Types KEYS edits into kernel_size (or waits as long without typing), one per frame; 'text' instead changes one result's text. */
async function run(type: boolean | 'text'): Promise<Work> {
  const before = await metrics();
  await page.evaluate(
    async ([n, type]) => {
      const input = document.querySelector<HTMLInputElement>('#calc-kernel_size')!;
      const base = input.value;
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
      for (let i = 0; i < n; i++) {
        if (type === 'text') {
          const cell = document.querySelector('.calculator [data-quantity]')!;
          cell.textContent = i % 2 ? '1' : '2';
        } else if (type) {
          input.value = i % 2 ? base : String(BigInt(base) + 1n);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        await frame();
      }
      // The address follows once typing pauses (250 ms): let that write land in the run too.
      await new Promise((r) => setTimeout(r, 400));
    },
    [KEYS, type] as [number, boolean | 'text'],
  );
  const after = await metrics();
  return { task: after.task - before.task, script: after.script - before.script, style: after.style - before.style, layout: after.layout - before.layout };
}
const ms = (x: number) => x.toFixed(2).padStart(7);
/** Work per keystroke (or per text change): five runs against five idle runs, the median of each part. */
async function perKeystroke(kind: true | 'text'): Promise<Work> {
  const per: Work[] = [];
  for (let k = 0; k < 5; k++) {
    const idle = await run(false);
    const typed = await run(kind);
    per.push({
      task: (typed.task - idle.task) / KEYS,
      script: (typed.script - idle.script) / KEYS,
      style: (typed.style - idle.style) / KEYS,
      layout: (typed.layout - idle.layout) / KEYS,
    });
  }
  const med = (f: (w: Work) => number) => per.map(f).sort((a, b) => a - b)[2];
  return { task: med((w) => w.task), script: med((w) => w.script), style: med((w) => w.style), layout: med((w) => w.layout) };
}
const row = (label: string, w: Work, tail = '') => console.log(`  ${label.padEnd(30)} ${ms(w.task)} | ${ms(w.script)} ${ms(w.style)} ${ms(w.layout)}${tail}`);

console.log(`Keystroke → every island re-rendered, all islands hydrated (ms of main-thread work per keystroke; ${KEYS} keystrokes, minus the same run without them; median of 5 runs)`);
console.log(`  ${'layer'.padEnd(30)} ${'total'.padStart(7)} | ${'script'.padStart(7)} ${'style'.padStart(7)} ${'layout'.padStart(7)}   figure cells drawn`);
for (const [label, fields] of layers) {
  const q = new URLSearchParams(fields).toString();
  await page.goto(`${url}${PAGE}?${q}`, { waitUntil: 'networkidle' });
  // Open the disclosures (the converter, the configuration citation) and read the whole page
  // once, so that every island, those loaded on view and on open, has hydrated: the worst case.
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await readWholePage(page);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.locator('#calc-kernel_size').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const w = await perKeystroke(true);
  const drawn = await page.locator('[data-output-index]').count();
  row(label, w, `   ${drawn}`);
}
// The floor: one result's text changed by hand, no estimate and no island re-rendered. Any
// visible change to this page costs this much style, layout, paint and compositing here.
{
  await page.goto(`${url}${PAGE}?${new URLSearchParams(layers[1][1])}`, { waitUntil: 'networkidle' });
  await page.locator('#calc-kernel_size').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  row('(floor: one text node changed)', await perKeystroke('text'));
}

const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.6, isMobile: true });
const mobile = await ctx.newPage();
await mobile.addInitScript(() => {
  (window as unknown as { __cls: number }).__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
});
await mobile.goto(`${url}${PAGE}`, { waitUntil: 'networkidle' });
await mobile.waitForTimeout(1500);
const cls = await mobile.evaluate(() => (window as unknown as { __cls: number }).__cls);
console.log(`Cumulative layout shift, module page, mobile viewport, load + hydration: ${cls.toFixed(4)}`);

await browser.close();
server.close();
