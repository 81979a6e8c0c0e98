import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: a busy machine (several builds at once) runs these tests many times slower than an idle one.
    testTimeout: 300_000,
    hookTimeout: 900_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    // Finds the browser for the browser tests, or installs Debian's chromium when it may (root on Debian).
    globalSetup: ['./tests/helpers/browser-setup.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
