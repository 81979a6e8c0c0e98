#!/usr/bin/env node
// An installed package runs the JavaScript compiled when it was packed (lib/, scripts/build-lib.mjs). A clone has
// no lib/ and runs the TypeScript in src/ through tsx, so there is no build step before `npm run build`.
import { existsSync } from 'node:fs';

const compiled = new URL('../lib/cli.js', import.meta.url);
let main;
if (existsSync(compiled)) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
