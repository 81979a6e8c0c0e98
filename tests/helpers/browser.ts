/** Debian's Chromium driven by playwright-core. A missing browser fails the test loudly; it never skips. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every Chromium the tests start (playwright's, and Lighthouse's through chrome-launcher). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The browser binary; throws (never skips) when it is not installed. */
export function chromiumPath(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `BROWSER MISSING: the browser tests need Debian's Chromium at ${CHROMIUM_PATH} ` +
        `(apt-get install chromium; .ci/run installs it). Set CHROMIUM_PATH to use another binary.`,
    );
  }
  return CHROMIUM_PATH;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}
