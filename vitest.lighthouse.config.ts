// `npm run test:lighthouse`: the Lighthouse audits (tests/*.audit.ts). They run after `npm test` in .ci/run rather
// than inside it, so the performance score is measured on a machine not busy with the other test files.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({ ...base, test: { ...base.test, include: ['tests/**/*.audit.ts'], maxWorkers: 1, testTimeout: 300_000 } });
