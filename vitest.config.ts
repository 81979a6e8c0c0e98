import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    // Finds the browser for the browser tests, or installs Debian's chromium when it may (root on Debian).
    globalSetup: ['./tests/helpers/browser-setup.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
