import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's Chromium where installed (this project's CI), else Playwright's own browser.
const systemChromium = '/usr/bin/chromium';
// Each run its own free port, build folder and Astro cache, so a running `npm start` (4321) or a
// second `npm test` beside this one (same clone or another) never takes its server or its files.
// Set in the environment, which the test workers inherit, so they all read this run's port.
process.env.E2E_PORT ??= execFileSync(process.execPath, ['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"]).toString().trim();
const PORT = Number(process.env.E2E_PORT);
const OUT = (process.env.E2E_OUT ??= `dist-e2e/${PORT}`);
process.env.ASTRO_CACHE_DIR ??= `node_modules/.astro-e2e/${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Two workers on this 2-core machine: most of a browser test is waiting (hydration, frames), and
  // one worker (Playwright's default here, half the cores) left the suite twice as long.
  workers: 2,
  reporter: 'list',
  // Generous limits: a test waits for islands to hydrate as a reader scrolls, and on a loaded
  // 2-core machine (two test runs side by side) that can take several times longer than alone.
  // Time is never what a test checks; the limits only catch a hang.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: existsSync(systemChromium) ? { executablePath: systemChromium } : {},
      },
    },
  ],
  // Removes this run's build and cache when it chose them (tests/e2e/teardown.ts).
  globalTeardown: './tests/e2e/teardown.ts',
  webServer: {
    command: `npx astro build --outDir ${OUT} && node --experimental-strip-types --no-warnings scripts/serve.ts ${OUT} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never reuse: a reused server skips the build, and the tests would run against stale output.
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
