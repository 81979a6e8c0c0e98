import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
