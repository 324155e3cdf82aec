import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Property suites run a fixed number of cases, so their work is bounded, but on a loaded
    // 2-core machine (two `npm test` side by side) that work can take several times longer than
    // alone. Time is never what a test checks here: a generous limit only catches a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
