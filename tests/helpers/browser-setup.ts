/**
 * Vitest global setup (vitest.config.ts): before any test file runs, make sure the browser tests have a browser.
 * One found (see browser.ts) is used as it is. With none, as root on Debian, Debian's `chromium` is installed with
 * apt-get, so `npm test` passes on a fresh machine with no step by hand; otherwise the command to run is printed
 * here, and each browser test fails with it (tests that need no browser still run).
 */
import { spawnSync } from 'node:child_process';
import { DEBIAN_CHROMIUM, lookUpBrowser } from './browser.ts';

export default function setup(): void {
  const lookup = lookUpBrowser();
  if (lookup.kind === 'found') return;
  if (lookup.kind === 'missing') {
    console.error(lookup.message);
    return;
  }
  console.error(`No Chromium found: installing Debian's chromium (${lookup.commands.map((c) => c.join(' ')).join(' && ')})`);
  for (const [command, ...args] of lookup.commands) {
    const run = spawnSync(command!, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      throw new Error(`${[command, ...args].join(' ')} failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`}); install Chromium and run the tests again.`);
    }
  }
  const after = lookUpBrowser();
  if (after.kind !== 'found') throw new Error(`apt-get installed chromium, yet no Chromium is at ${DEBIAN_CHROMIUM}.`);
  console.error(`Installed: ${after.path}`);
}
