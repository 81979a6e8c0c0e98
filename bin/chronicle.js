#!/usr/bin/env node
// An installed package runs the JavaScript compiled when it was packed (lib/, scripts/build-lib.mjs). A clone runs
// its src/ compiled on first use into .cache/ (scripts/compile-source.mjs: no tsx loader, seconds less start-up),
// or through tsx when that cannot be done (no esbuild, a read-only folder). A clone is known by its tsconfig.json
// (never packed), not by a missing lib/: an interrupted `npm pack` leaves lib/ behind, and a clone must never run
// that stale code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../lib/cli.js', import.meta.url);
const isClone = existsSync(new URL('../tsconfig.json', import.meta.url));
let main;
if (!isClone && existsSync(compiled)) {
  ({ main } = await import(compiled.href));
} else {
  const cli = await import('../scripts/compile-source.mjs')
    .then(({ compiledSource }) => compiledSource(fileURLToPath(new URL('..', import.meta.url))))
    .catch(() => undefined);
  if (cli) ({ main } = await import(cli.href));
  else {
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../src/cli.ts'));
  }
}
process.exitCode = await main(process.argv.slice(2));
