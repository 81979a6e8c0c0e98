/**
 * The committed package-lock.json is one that `npm ci` accepts on any machine and that installs nothing this Node
 * cannot run. npm 11 on Linux can write a lockfile without other platforms' optional packages (npm/cli#4828, #8320);
 * `npm ci` then refuses it everywhere ("Missing: @pagefind/darwin-arm64@… from lock file"). And a package whose
 * `engines` exclude the supported Node (undici@8 wants node >=22.19) installs with only a warning, then fails at
 * run time.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  link?: boolean;
}
interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
}

const root = new URL('../', import.meta.url);
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as Lockfile;
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };

/** Locked packages whose `engines.node` range excludes `nodeVersion`, as "path: range". */
function enginesExcluding(packages: Lockfile['packages'], nodeVersion: string): string[] {
  const excluded: string[] = [];
  for (const [location, pkg] of Object.entries(packages)) {
    if (location === '' || !pkg.engines || Array.isArray(pkg.engines)) continue;
    const range = pkg.engines.node;
    if (range !== undefined && !semver.satisfies(nodeVersion, range)) excluded.push(`${location}@${pkg.version}: node ${range}`);
  }
  return excluded.sort();
}

/**
 * Where Node's resolution finds dependency `name` of the package at `location` in the lockfile: its own
 * node_modules, then each enclosing package's, then the top level. Undefined when the lockfile records none.
 */
function resolveLocked(packages: Lockfile['packages'], location: string, name: string): string | undefined {
  let base = location;
  for (;;) {
    const candidate = (base === '' ? '' : base + '/') + 'node_modules/' + name;
    if (candidate in packages) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** Optional dependencies (any platform's) that some locked package declares but the lockfile does not record. */
function missingOptionalPackages(packages: Lockfile['packages']): string[] {
  const missing: string[] = [];
  for (const [location, pkg] of Object.entries(packages)) {
    if (pkg.link) continue;
    for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
      const found = resolveLocked(packages, location, name);
      const version = found === undefined ? undefined : packages[found]?.version;
      if (version === undefined || !semver.satisfies(version, range)) missing.push(`${name}@${range} (for ${location || 'the project'})`);
    }
  }
  return missing.sort();
}

describe('package-lock.json', () => {
  it('is a version 3 lockfile', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it("records every platform's optional packages, so npm ci accepts it on any machine", () => {
    expect(missingOptionalPackages(lock.packages)).toEqual([]);
    // The packages that were left out before (npm 11 on Linux kept only linux-* builds) are checked by name too.
    for (const name of ['@pagefind/darwin-arm64', '@pagefind/windows-x64', '@rollup/rollup-darwin-arm64', '@rollup/rollup-win32-x64-msvc']) {
      expect(lock.packages).toHaveProperty(['node_modules/' + name]);
    }
  });

  it('installs no package whose engines exclude the running Node', () => {
    expect(enginesExcluding(lock.packages, process.version)).toEqual([]);
  });

  it("installs no package whose engines exclude the oldest Node that package.json's engines admit", () => {
    const oldest = semver.minVersion(manifest.engines.node);
    expect(oldest).not.toBeNull();
    expect(enginesExcluding(lock.packages, oldest!.version)).toEqual([]);
  });

  it('the checks find what they look for', () => {
    const packages: Lockfile['packages'] = {
      '': { version: '1.0.0' },
      'node_modules/a': { version: '1.0.0', engines: { node: '>=22.19.0' }, optionalDependencies: { '@a/darwin': '1.0.0', '@a/linux': '1.0.0' } },
      'node_modules/a/node_modules/@a/linux': { version: '1.0.0' },
      'node_modules/b': { version: '2.0.0', engines: { node: '>=18' }, optionalDependencies: { '@a/linux': '^2.0.0' } },
    };
    expect(enginesExcluding(packages, 'v20.20.2')).toEqual(['node_modules/a@1.0.0: node >=22.19.0']);
    expect(enginesExcluding(packages, 'v22.19.0')).toEqual([]);
    expect(missingOptionalPackages(packages)).toEqual(['@a/darwin@1.0.0 (for node_modules/a)', '@a/linux@^2.0.0 (for node_modules/b)']);
  });
});
