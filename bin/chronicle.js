#!/usr/bin/env node
// An installed package runs the JavaScript compiled when it was packed (lib/, scripts/build-lib.mjs). A clone runs
// the TypeScript in src/ through tsx, so there is no build step before `npm run build`. A clone is known by its
// tsconfig.json (never packed), not by a missing lib/: an interrupted `npm pack` leaves lib/ behind, and a clone
// must never run that stale code.
import { existsSync } from 'node:fs';

const compiled = new URL('../lib/cli.js', import.meta.url);
const isClone = existsSync(new URL('../tsconfig.json', import.meta.url));
let main;
if (!isClone && existsSync(compiled)) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
