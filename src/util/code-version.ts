/**
 * A hash of the code a cached result depends on: the files under the given project paths (names and bytes,
 * in sorted order) and package-lock.json, which pins every library version. A cache keyed by it is invalidated
 * by any edit to that code or any dependency change, so a cached result is always what the current code would
 * produce.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { PROJECT_ROOT } from './project.ts';

const memo = new Map<string, string>();

export function codeVersion(projectPaths: readonly string[]): string {
  const memoKey = projectPaths.join('\0');
  const known = memo.get(memoKey);
  if (known) return known;
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else files.push(p);
  };
  for (const p of [...projectPaths, 'package-lock.json']) walk(path.join(PROJECT_ROOT, p));
  for (const file of files) hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  memo.set(memoKey, version);
  return version;
}
