/** Which browser the browser tests use, and what happens on a machine with none (tests/helpers/browser.ts). */
import { describe, expect, it } from 'vitest';
import { APT_INSTALL_CHROMIUM, DEBIAN_CHROMIUM, chromiumPath, lookUpBrowser, thisMachine, type Machine } from './helpers/browser.ts';

/** A made-up machine: these files are executable, chrome-launcher finds these, root and Debian as given. */
function machine(executables: string[], options: Partial<Omit<Machine, 'isExecutable'>> = {}): Machine {
  return {
    env: {},
    chromeLauncherFinds: () => [],
    isRoot: false,
    isDebian: true,
    ...options,
    isExecutable: (file) => executables.includes(file),
  };
}

describe('finding a browser', () => {
  it("uses Debian's Chromium when it is installed", () => {
    expect(lookUpBrowser(machine([DEBIAN_CHROMIUM], { chromeLauncherFinds: () => ['/opt/google/chrome/chrome'] }))).toEqual({ kind: 'found', path: DEBIAN_CHROMIUM });
  });

  it('uses CHROMIUM_PATH as it is, before any other', () => {
    const env = { CHROMIUM_PATH: '/opt/my/chromium' };
    expect(lookUpBrowser(machine([DEBIAN_CHROMIUM, '/opt/my/chromium'], { env }))).toEqual({ kind: 'found', path: '/opt/my/chromium' });
  });

  it('refuses a CHROMIUM_PATH that is not there, and installs nothing in its place (even as root on Debian)', () => {
    const lookup = lookUpBrowser(machine([DEBIAN_CHROMIUM], { env: { CHROMIUM_PATH: '/nope/chromium' }, isRoot: true }));
    expect(lookup).toEqual({ kind: 'missing', message: 'BROWSER MISSING: CHROMIUM_PATH=/nope/chromium is not an executable file.' });
  });

  it('uses a Chrome that chrome-launcher finds when there is no Debian Chromium, skipping ones not executable', () => {
    const finds = () => ['/gone/google-chrome', '/opt/google/chrome/chrome'];
    expect(lookUpBrowser(machine(['/opt/google/chrome/chrome'], { chromeLauncherFinds: finds, isRoot: true }))).toEqual({ kind: 'found', path: '/opt/google/chrome/chrome' });
  });

  it("with none, installs Debian's chromium with apt-get when root on Debian", () => {
    expect(lookUpBrowser(machine([], { isRoot: true }))).toEqual({ kind: 'installable', commands: APT_INSTALL_CHROMIUM });
    expect(APT_INSTALL_CHROMIUM.map((c) => c.join(' '))).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('with none, not root on Debian: fails with the exact command to run', () => {
    const lookup = lookUpBrowser(machine([]));
    expect(lookup.kind).toBe('missing');
    expect(() => chromiumPath(machine([]))).toThrow(/To fix it, run: sudo apt-get update && sudo apt-get install -y chromium\.$/);
  });

  it('with none, not on Debian (root or not): says to install Chromium or Chrome, or set CHROMIUM_PATH; never apt-get', () => {
    for (const isRoot of [true, false]) {
      const lookup = lookUpBrowser(machine([], { isRoot, isDebian: false }));
      expect(lookup.kind).toBe('missing');
      expect(lookup.kind === 'missing' && lookup.message).toMatch(/install Chromium or Google Chrome, or set CHROMIUM_PATH/);
      expect(lookup.kind === 'missing' && lookup.message).not.toMatch(/apt-get/);
    }
  });
});

describe('this machine', () => {
  it('has a browser the tests can start (the global setup installed one if it had to)', () => {
    expect(thisMachine.isExecutable(chromiumPath())).toBe(true); // throws with the command to run when there is none
    expect(lookUpBrowser(thisMachine)).toMatchObject({ kind: 'found' });
  });
});
