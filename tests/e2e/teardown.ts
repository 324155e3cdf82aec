// After a browser test run: its build folder and Astro cache, named by its port
// (playwright.config.ts), go, so runs side by side leave no folders behind. A folder given in
// the environment (E2E_OUT, ASTRO_CACHE_DIR) is the caller's: it stays.
import { rmSync } from 'node:fs';

export default function teardown(): void {
  const port = process.env.E2E_PORT;
  for (const [dir, own] of [
    [process.env.E2E_OUT, `dist-e2e/${port}`],
    [process.env.ASTRO_CACHE_DIR, `node_modules/.astro-e2e/${port}`],
  ])
    if (dir && dir === own) rmSync(dir, { recursive: true, force: true });
}
