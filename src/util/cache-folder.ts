/**
 * Where a build keeps its cache by default, as tools of this ecosystem do (babel-loader, ava, eslint): in
 * `node_modules/.cache/chronicle` of the project it runs in (the nearest folder up from the working directory with
 * a package.json and a node_modules), else under $XDG_CACHE_HOME (or ~/.cache) in a folder named by the input's
 * path. Never beside the output, where it would land in a folder the user never named.
 */
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';

export function defaultCacheFolder(input: string, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'chronicle');
    if (path.dirname(dir) === dir) break;
  }
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  const absolute = path.resolve(input);
  const name = `${path.basename(absolute) || 'root'}-${createHash('sha256').update(absolute).digest('hex').slice(0, 12)}`;
  return path.join(base, 'chronicle', name);
}
