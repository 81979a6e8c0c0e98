/**
 * A memo kept in the cache folder between builds, one JSON file of [key, answer] entries per code version
 * (`<prefix><version>.json`): the resolve stage's clause memo and name memo (src/resolve/clause-memo.ts,
 * name-memo.ts) read and write theirs here.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';

/** The entries kept in `file` that `valid` accepts (none when there is no file, or it cannot be read). */
export async function readMemoFile<T>(file: string, valid: (entry: [unknown, unknown]) => entry is [string, T]): Promise<Map<string, T>> {
  try {
    return new Map((JSON.parse(await fs.readFile(file, 'utf8')) as [unknown, unknown][]).filter(valid));
  } catch {
    return new Map();
  }
}

/**
 * Writes `entries` to `file`, whole or not at all (a temporary file, then a rename), and removes the memos of other
 * code versions (files of the same prefix). A file still being written (`.tmp`) is another process's — shards of one
 * build share the cache folder — and is left to it.
 */
export async function writeMemoFile(file: string, prefix: string, entries: readonly [string, unknown][]): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  for (const name of await fs.readdir(dir)) {
    if (name.startsWith(prefix) && name !== path.basename(file) && !name.endsWith('.tmp')) await fs.rm(path.join(dir, name), { force: true });
  }
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(entries));
  await fs.rename(tmp, file);
}
