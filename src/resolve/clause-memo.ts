/**
 * What events resolution reads from text, kept in the cache folder between builds: what compromise's tagger said
 * of each clause title (readableClause in src/resolve/events/readable-clause.ts), and each headline put as an event's title
 * (headlineTitle), and each cluster's first readable clause title (firstClause: its reports' quotes and triggers, its
 * actor and parties). Resolving events reads the clause titles and headlines of every cluster again on each build: a
 * rebuild after one new story spent 4–5 s of its resolve stage on clause titles (BBC profile, bench/RESULTS.md), and
 * 0.6 s of CPU on headline titles (3,000 Reuters stories, session 24). Each answer is a function of its text (the
 * title and trigger word; the headline, lede and participants' names) and the code (src/resolve/events.ts and what it
 * imports, compromise's version with package-lock.json), so it is kept under that code's version, like extractions
 * (src/extract/cache.ts). A build writes back only the answers it asked for, so the file never outgrows the site.
 */
import path from 'node:path';
import { hash as digest } from 'node:crypto';
import { codeVersion } from '../util/code-version.ts';
import { readMemoFile, writeMemoFile } from '../util/memo-file.ts';

/** Opens a headline's key: a clause's key opens with its trigger word, which never holds this character. */
const HEADLINE = '\u0001';
/** Opens the key of a cluster's first readable clause (`firstClause`). */
const FIRST_CLAUSE = '\u0002';

export class ClauseMemo {
  private readonly used = new Map<string, boolean | string>();

  /** `known`: clause keys → readable or not, headline keys → title (as `entries()` gives them). */
  constructor(private readonly known: ReadonlyMap<string, boolean | string> = new Map()) {}

  /** The answer for a title and trigger: remembered, or computed now. */
  read(title: string, trigger: string, compute: (title: string, trigger: string) => boolean): boolean {
    return this.answer(`${trigger}\u0000${title}`, 'boolean', () => compute(title, trigger));
  }

  /** A headline as a title, given its lede and the participants' names: remembered, or computed now. */
  headline(headline: string, lede: string, names: readonly string[], compute: (headline: string, lede: string, names: readonly string[]) => string): string {
    // Hashed: a lede is a sentence, and the file is read whole by every build.
    const key = `${HEADLINE}${digest('sha256', JSON.stringify([headline, lede, names]), 'base64url')}`;
    return this.answer(key, 'string', () => compute(headline, lede, names));
  }

  /**
   * The first readable clause title of a cluster's reports (their quotes and triggers in order), given its actor and
   * parties ('' for none): remembered, or computed now. A cluster no new story joined asks again neither for its
   * titles (clauseTitle, a third of events resolution in a one-story rebuild's profile) nor for their readings.
   */
  firstClause(reports: readonly { quote: string; trigger: string }[], actor: string | undefined, parties: readonly string[], compute: () => string | undefined): string | undefined {
    const key = `${FIRST_CLAUSE}${digest('sha256', JSON.stringify([actor ?? null, parties, reports.map((r) => [r.quote, r.trigger])]), 'base64url')}`;
    return this.answer(key, 'string', () => compute() ?? '') || undefined;
  }

  private answer<K extends 'boolean' | 'string'>(key: string, kind: K, compute: () => K extends 'boolean' ? boolean : string): K extends 'boolean' ? boolean : string {
    type A = K extends 'boolean' ? boolean : string;
    const kept = this.used.get(key) ?? this.known.get(key);
    const answer = (typeof kept === kind ? kept : compute()) as A;
    this.used.set(key, answer);
    this.asked?.push([key, answer]);
    return answer;
  }

  /** The answers asked while `make` runs, recorded (`asking`). */
  private asked: [string, boolean | string][] | undefined;

  /**
   * What `make` gives, with the answers it asked for: a build that takes its result as kept (src/resolve/event-memo.ts)
   * gives them back (`askedAgain`), so this memo keeps what a build that made the result again would keep.
   */
  asking<T>(make: () => T): { made: T; asked: [string, boolean | string][] } {
    const outer = this.asked;
    const asked: [string, boolean | string][] = [];
    this.asked = asked;
    try {
      return { made: make(), asked };
    } finally {
      this.asked = outer;
      outer?.push(...asked);
    }
  }

  /** Answers a kept result asked for when it was made: kept by this build as if asked again. */
  askedAgain(asked: readonly [string, boolean | string][]): void {
    for (const [key, answer] of asked) this.used.set(key, answer);
  }

  /** The answers this build asked for, sorted (the file is the same bytes for the same site). */
  entries(): [string, boolean | string][] {
    return [...this.used].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

const memoFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `clauses-${codeVersion(['src/resolve/events.ts'])}.json`);

/** The memo kept in `cacheDir` for this code (an empty one when there is none, or it cannot be read). */
export async function loadClauseMemo(cacheDir: string): Promise<ClauseMemo> {
  return new ClauseMemo(await readMemoFile(memoFile(cacheDir), (e): e is [string, boolean | string] => typeof e[0] === 'string' && (typeof e[1] === 'boolean' || typeof e[1] === 'string')));
}

/** Keeps the answers this build asked for; memos of other code versions are removed. */
export async function saveClauseMemo(cacheDir: string, memo: ClauseMemo): Promise<void> {
  await writeMemoFile(memoFile(cacheDir), 'clauses-', memo.entries());
}
