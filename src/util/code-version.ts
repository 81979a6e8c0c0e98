/**
 * A hash of the code a cached result depends on: the entry files (or every file under entry folders), every
 * project file they reach through relative imports (`from './x.ts'`, `import('./x.ts')`, and data files opened
 * with `new URL('./x.json', import.meta.url)`), and package-lock.json, which pins every library version.
 *
 * An installed package has no package-lock.json (npm never packs one): there the installed version of every
 * dependency stands in for it.
 *
 * Following imports instead of listing folders keeps the hash exact: a cache is invalidated by any edit to code
 * its result depends on — a module added to that code later included — and by nothing else (editing the progress
 * bar does not throw away every cached extraction).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { PROJECT_ROOT } from './project.ts';

/** A relative path in an import, up to any Vite query (`./style.css?inline`, `./previews.js?raw`: the file counts). */
const RELATIVE_REFERENCE = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;
const SOURCE = /\.(ts|mts|js|mjs|astro)$/;

const memo = new Map<string, string>();

/** Project-relative paths of the entries and everything they reach, sorted. */
export function codeFiles(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file)) visit(path.join(file, name));
      return;
    }
    seen.add(file);
    if (!SOURCE.test(file)) return;
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_REFERENCE)) visit(path.resolve(path.dirname(file), m[1]!));
  };
  for (const entry of [...entries, 'package-lock.json']) visit(path.join(PROJECT_ROOT, entry));
  return [...seen].map((f) => path.relative(PROJECT_ROOT, f)).sort();
}

export function codeVersion(entries: readonly string[]): string {
  const memoKey = entries.join('\0');
  const known = memo.get(memoKey);
  if (known) return known;
  const hash = createHash('sha256');
  for (const file of codeFiles(entries)) hash.update(file).update('\0').update(readFileSync(path.join(PROJECT_ROOT, file))).update('\0');
  if (!existsSync(path.join(PROJECT_ROOT, 'package-lock.json'))) hash.update(installedVersions());
  const version = hash.digest('hex').slice(0, 16);
  memo.set(memoKey, version);
  return version;
}

/** `name@version` of every dependency as installed (found the way Node finds packages: up the node_modules). */
function installedVersions(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {})
    .sort()
    .map((name) => {
      for (let dir = PROJECT_ROOT; ; dir = path.dirname(dir)) {
        const file = path.join(dir, 'node_modules', name, 'package.json');
        if (existsSync(file)) return `${name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
        if (path.dirname(dir) === dir) return `${name}@?`;
      }
    })
    .join('\n');
}
