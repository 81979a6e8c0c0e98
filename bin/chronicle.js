#!/usr/bin/env node
// An installed package runs the JavaScript compiled when it was packed (lib/, scripts/build-lib.mjs). A clone runs
// its src/ compiled on first use into .cache/ (scripts/compile-source.mjs: no tsx loader, seconds less start-up),
// or through tsx when that cannot be done (no esbuild, a read-only folder). A clone is known by its tsconfig.json
// (never packed), not by a missing lib/: an interrupted `npm pack` leaves lib/ behind, and a clone must never run
// that stale code.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// A build's main thread (resolve, the site model, render) makes many short-lived objects that outlive V8's default
// young generation and are copied again and again by its scavenges: a larger one (64 MB a semi-space) cut a cold BBC
// resolve's user CPU by a sixth (bench/RESULTS.md, session 47). V8 sizes it only when Node starts, so the command
// starts Node once more with the flag, unless it was given one (here or in NODE_OPTIONS) or is that second Node.
const YOUNG_GENERATION = '--max-semi-space-size=64';
const sized = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-semi-space-size'));
if (!sized && process.env.CHRONICLE_NODE_STARTED !== '1') {
  const child = spawnSync(process.execPath, [YOUNG_GENERATION, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CHRONICLE_NODE_STARTED: '1' },
  });
  if (child.error) throw child.error;
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

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
