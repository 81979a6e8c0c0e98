/**
 * What compromise's tagger said of each clause title (readableClause in src/resolve/events.ts), kept in the cache
 * folder between builds. Resolving events tags the clause titles of every cluster again on each build, and a
 * rebuild after one new story spent 4–5 s of its resolve stage there (BBC profile, bench/RESULTS.md); the answer is
 * a function of the title, the trigger word and the code (src/resolve/events.ts and what it imports, compromise's
 * version with package-lock.json), so it is kept under that code's version, like extractions
 * (src/extract/cache.ts). A build writes back only the answers it asked for, so the file never outgrows the site.
 */
import path from 'node:path';
import { codeVersion } from '../util/code-version.ts';
import { readMemoFile, writeMemoFile } from '../util/memo-file.ts';

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
  return new ClauseMemo(await readMemoFile(memoFile(cacheDir), (e): e is [string, boolean] => typeof e[0] === 'string' && typeof e[1] === 'boolean'));
}

/** Keeps the answers this build asked for; memos of other code versions are removed. */
export async function saveClauseMemo(cacheDir: string, memo: ClauseMemo): Promise<void> {
  await writeMemoFile(memoFile(cacheDir), 'clauses-', memo.entries());
}
