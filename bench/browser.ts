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
