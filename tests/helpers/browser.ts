/**
 * The browser the tests drive with playwright-core: `CHROMIUM_PATH` when it is set, else Debian's Chromium at
 * /usr/bin/chromium, else a Chrome or Chromium that chrome-launcher finds (its CHROME_PATH, desktop entries, PATH).
 * When there is none, the test command installs Debian's `chromium` if it runs as root on Debian
 * (tests/helpers/browser-setup.ts); otherwise the browser tests fail, never skip, with the command to run.
 */
import { constants, accessSync, readFileSync, statSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';
import { chromium, type Browser } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for every Chromium the tests start (playwright's, and Lighthouse's through chrome-launcher). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** What the lookup asks of the machine; tests/browser-setup.test.ts passes made-up machines. */
export interface Machine {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  /** Chrome and Chromium installations chrome-launcher finds, best first. */
  chromeLauncherFinds(): string[];
  isRoot: boolean;
  isDebian: boolean;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function osReleaseId(): string | undefined {
  try {
    return /^ID="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

export const thisMachine: Machine = {
  env: process.env,
  isExecutable: isExecutableFile,
  chromeLauncherFinds: () => {
    try {
      return Launcher.getInstallations();
    } catch {
      return []; // chrome-launcher throws when it finds none, and on platforms it does not know
    }
  },
  isRoot: process.getuid?.() === 0,
  // Debian only: Ubuntu's `chromium` package is a stub that installs a snap, which does not run in a container.
  isDebian: osReleaseId() === 'debian',
};

export type BrowserLookup =
  | { kind: 'found'; path: string }
  /** Nothing found, and the test command may install Debian's chromium: root on Debian. */
  | { kind: 'installable'; commands: string[][] }
  /** Nothing usable; `message` says what to run. */
  | { kind: 'missing'; message: string };

/** apt-get commands that install Debian's chromium on a fresh machine (empty package lists). */
export const APT_INSTALL_CHROMIUM = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', 'chromium'],
];

export function lookUpBrowser(machine: Machine = thisMachine): BrowserLookup {
  const named = machine.env.CHROMIUM_PATH;
  if (named) {
    if (machine.isExecutable(named)) return { kind: 'found', path: named };
    // A browser the user named is used as it is or not at all: nothing is installed in its place.
    return { kind: 'missing', message: `BROWSER MISSING: CHROMIUM_PATH=${named} is not an executable file.` };
  }
  if (machine.isExecutable(DEBIAN_CHROMIUM)) return { kind: 'found', path: DEBIAN_CHROMIUM };
  const other = machine.chromeLauncherFinds().find((file) => machine.isExecutable(file));
  if (other) return { kind: 'found', path: other };
  if (machine.isRoot && machine.isDebian) return { kind: 'installable', commands: APT_INSTALL_CHROMIUM };
  const advice = machine.isDebian
    ? 'run: sudo apt-get update && sudo apt-get install -y chromium'
    : 'install Chromium or Google Chrome, or set CHROMIUM_PATH to a Chromium or Chrome binary';
  return {
    kind: 'missing',
    message: `BROWSER MISSING: the browser tests need Chromium (Debian's at ${DEBIAN_CHROMIUM}, CHROMIUM_PATH, or a Chrome that chrome-launcher finds); none was found. To fix it, ${advice}.`,
  };
}

/** The browser binary; throws (never skips) when there is none. */
export function chromiumPath(machine: Machine = thisMachine): string {
  const lookup = lookUpBrowser(machine);
  if (lookup.kind === 'found') return lookup.path;
  if (lookup.kind === 'missing') throw new Error(lookup.message);
  // Root on Debian, yet nothing installed it: the run did not go through the test command's global setup.
  throw new Error(`BROWSER MISSING: no Chromium found. To fix it, run: ${lookup.commands.map((c) => c.join(' ')).join(' && ')}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}
