/**
 * What compromise's tagger said of each clause title (readableClause in src/resolve/events.ts), kept in the cache
 * folder between builds. Resolving events tags the clause titles of every cluster again on each build, and a
 * rebuild after one new story spent 4–5 s of its resolve stage there (BBC profile, bench/RESULTS.md); the answer is
 * a function of the title, the trigger word and the code (src/resolve/events.ts and what it imports, compromise's
 * version with package-lock.json), so it is kept under that code's version, like extractions
 * (src/extract/cache.ts). A build writes back only the answers it asked for, so the file never outgrows the site.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { codeVersion } from '../util/code-version.ts';

export class ClauseMemo {
  private readonly used = new Map<string, boolean>();

  constructor(private readonly known: ReadonlyMap<string, boolean> = new Map()) {}

  /** The answer for a title and trigger: remembered, or computed now. */
  read(title: string, trigger: string, compute: (title: string, trigger: string) => boolean): boolean {
    const key = `${trigger}\u0000${title}`;
    const answer = this.used.get(key) ?? this.known.get(key) ?? compute(title, trigger);
    this.used.set(key, answer);
    return answer;
  }

  /** The answers this build asked for, sorted (the file is the same bytes for the same site). */
  entries(): [string, boolean][] {
    return [...this.used].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

const memoFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `clauses-${codeVersion(['src/resolve/events.ts'])}.json`);

/** The memo kept in `cacheDir` for this code (an empty one when there is none, or it cannot be read). */
export async function loadClauseMemo(cacheDir: string): Promise<ClauseMemo> {
  try {
    const entries = JSON.parse(await fs.readFile(memoFile(cacheDir), 'utf8')) as [string, boolean][];
    return new ClauseMemo(new Map(entries.filter(([k, v]) => typeof k === 'string' && typeof v === 'boolean')));
  } catch {
    return new ClauseMemo();
  }
}

/**
 * Keeps the answers this build asked for; memos of other code versions are removed. A file still being written
 * (`.tmp`) is another process's — shards of one build share the cache folder — and is left to it.
 */
export async function saveClauseMemo(cacheDir: string, memo: ClauseMemo): Promise<void> {
  const file = memoFile(cacheDir);
  await fs.mkdir(path.dirname(file), { recursive: true });
  for (const name of await fs.readdir(path.dirname(file))) {
    if (name.startsWith('clauses-') && name !== path.basename(file) && !name.endsWith('.tmp')) await fs.rm(path.join(path.dirname(file), name), { force: true });
  }
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(memo.entries()));
  await fs.rename(tmp, file);
}
