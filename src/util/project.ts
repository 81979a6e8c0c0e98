/** The project's own folder (where content/, the Astro pages and package.json live), wherever it is run from. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder up from this module with a package.json: two up from src/util and from an installed
 * package's lib/util, three from a clone's compiled copy in .cache/src-HASH/util (scripts/compile-source.mjs).
 */
function projectRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here; path.dirname(dir) !== dir; dir = path.dirname(dir)) if (existsSync(path.join(dir, 'package.json'))) return dir;
  return path.resolve(here, '..', '..');
}

export const PROJECT_ROOT = projectRoot();
