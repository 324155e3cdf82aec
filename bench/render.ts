// In-browser figures for the module page: (1) how long the page takes, after a keystroke,
// to recompute and re-render every island for large layers (it should stay well under
// one 16.7 ms frame), and (2) the cumulative layout shift while the page loads and
// hydrates. Prints figures only.  Run after a build:  npm run bench:render
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
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
const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
const page = await browser.newPage();

console.log('Keystroke → all islands re-rendered (ms of main-thread work; median / max of 15 keystrokes)');
for (const [label, fields] of layers) {
  const q = new URLSearchParams(fields).toString();
  await page.goto(`${url}${PAGE}?${q}`, { waitUntil: 'networkidle' });
  const times = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('#calc-kernel_size')!;
    const base = input.value;
    const out: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      input.value = i % 2 ? base : String(BigInt(base) + 1n);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact re-renders in microtasks queued by the change; awaiting behind them ends after the render.
      for (let k = 0; k < 4; k++) await Promise.resolve();
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return out.sort((a, b) => a - b);
  });
  const drawn = await page.locator('[data-output-index]').count();
  console.log(`  ${label.padEnd(30)} ${times[7].toFixed(2).padStart(7)} ${times[14].toFixed(2).padStart(7)}   figure cells drawn: ${drawn}`);
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
