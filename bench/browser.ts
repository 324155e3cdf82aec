// What the browser benchmarks share: Debian's Chromium where it exists, and reading a page
// from top to bottom so that every island that hydrates on view has loaded.
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';

export const launch = () => chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});

/** Scroll through the whole page, half a screen at a time, as a reader would. */
export async function readWholePage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
}

/** Main-thread work so far, in ms, by Chrome's own accounting (Performance.getMetrics): all task time and its script, style and layout parts. */
export interface Work {
  task: number;
  script: number;
  style: number;
  layout: number;
}

/** A reader of the page's main-thread work (call it before and after a run and subtract). */
export async function workMeter(page: Page): Promise<() => Promise<Work>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (n: string) => (m.find((x) => x.name === n)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
  };
}
