import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where installed (this project's CI), else Playwright's own browser.
const systemChromium = '/usr/bin/chromium';
// Its own port and build folder, so a running `npm start` (4321) or a second run never interferes.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const OUT = process.env.E2E_OUT ?? 'dist-e2e';

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
