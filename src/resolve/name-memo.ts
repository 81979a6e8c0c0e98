/**
 * What the archive-level models said of each name — the type model's answer (src/resolve/type-model.ts
 * `typeDecision`) and the page decision (the page rules' denial and the page model's confidence) — kept in the cache
 * folder between builds. Both are functions of the name, its archive-wide vote, every mention's evidence and the code
 * (the models' weights, the lexicon and word tables they read, package-lock.json), so they are kept under a hash of
 * all of them and that code's version, like extractions (src/extract/cache.ts). The page decision also asks whether
 * some texts are other names of the archive: those questions are kept with their answers, and the decision is reused
 * only where every answer is still the same. A rebuild after one new story asks the models again only about the
 * names that story mentions (their evidence changed). A build writes back only the answers it asked for, so the file
 * never outgrows the site, and only when the file has fallen behind them (`stale`), as packs are written.
 */
import path from 'node:path';
import { hash as digest } from 'node:crypto';
import type { EntityType } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import { readMemoFile, writeMemoFile } from '../util/memo-file.ts';
import { packIsStale } from '../util/pack-file.ts';
import type { TypeEvidence } from './type-model.ts';

export interface TypeAnswer {
  type: EntityType;
  probability: number;
}

/** The page rule that denies the name its page, if one does, and the page model's confidence. */
export interface PageAnswer {
  noPage?: string;
  confidence: number;
}

/** A name's vote over the mentions of all its groups, and whether a credit or a cue word before a mention fixes it. */
export interface NameVote {
  type: EntityType;
  fixed: boolean;
}

interface Kept {
  type?: TypeAnswer;
  page?: PageAnswer & { asked: [string, boolean][] };
  /** A group's archive-wide type vote (under the group's fingerprint). */
  vote?: EntityType;
  /** A name's vote (under its groups' fingerprints). */
  name?: NameVote;
}

/** A group of mentions as the memo tracks it: its key, and the articles its mentions come from. */
export interface TrackedGroup {
  key: string;
  articles: ReadonlySet<string>;
}

/**
 * What a group's mentions are made from besides its articles: each article's extraction key (a hash of the ingested
 * article: src/extract/cache.ts), and a seed for the rest — the extraction code's version and the curation (which
 * names are blocked, which spellings one curated entity gathers).
 */
export interface MemoTracking {
  articleKeys: ReadonlyMap<string, string>;
  seed: string;
}

const hash = (value: unknown) => digest('sha256', JSON.stringify(value), 'base64url');

export class NameMemo {
  private readonly used = new Map<string, Kept>();
  /** Answers this build worked out (not kept, or kept with another answer to a page's questions). */
  private missed = 0;
  /** Each group's fingerprint, once per group (by the group itself: a memo may serve more than one resolution). */
  private readonly fingerprints = new WeakMap<TrackedGroup, string | null>();
  private readonly parts = new Map<string, string | null>();

  constructor(private readonly known: ReadonlyMap<string, Kept> = new Map(), private readonly tracking?: MemoTracking) {}

  /**
   * The key of a name's evidence (its name, vote and mentions as the models read them). Given the groups it is made
   * of, and every one tracked (`fingerprint`), the key is made of their fingerprints instead: the mentions are a
   * function of them, and hashing every name's mentions again was a tenth of a one-story rebuild's resolve stage.
   */
  key(evidence: TypeEvidence, groups?: readonly TrackedGroup[]): string {
    const prints = groups?.map((g) => this.fingerprint(g));
    if (prints && prints.every((p): p is string => typeof p === 'string')) return hash([evidence.name, evidence.voted, prints.sort()]);
    return hash([evidence.name, evidence.voted, evidence.mentions]);
  }

  /**
   * A group's fingerprint: its key, the articles its mentions come from with their extraction keys, and the seed. A
   * group's mentions (their text, sentences, contexts, types) are a function of these alone, so two builds that give
   * a group the same fingerprint give it the same mentions; an edited article changes the fingerprint of every group
   * it names, a new article of every group it joins. None without tracking, or when an article has no key.
   */
  fingerprint(group: TrackedGroup): string | undefined {
    if (!this.tracking) return undefined;
    let print = this.fingerprints.get(group);
    if (print === undefined) {
      // The seed, the key and each article's part, a line each (a key holds no line break: `normalizeName`).
      let text: string | null = `${this.tracking.seed}\n${group.key}`;
      for (const id of [...group.articles].sort()) {
        const part = this.articlePart(id);
        if (part === null) {
          text = null;
          break;
        }
        text += `\n${part}`;
      }
      print = text === null ? null : digest('sha256', text, 'base64url');
      this.fingerprints.set(group, print);
    }
    return print ?? undefined;
  }

  /**
   * An article's part of its groups' fingerprints, `id<tab>extraction key` (null: no key), made once: the JSON of
   * every group's ids and keys, hashed whole, was ~0.13 s of CPU in a one-story rebuild of 3,000 Reuters stories
   * (session 50, speed68).
   */
  private articlePart(id: string): string | null {
    let part = this.parts.get(id);
    if (part === undefined) {
      const key = this.tracking!.articleKeys.get(id);
      this.parts.set(id, (part = key === undefined ? null : `${id}\t${key}`));
    }
    return part;
  }

  /** A group's type vote: remembered under its fingerprint, or computed now (always, for a group not tracked). */
  vote(group: TrackedGroup, compute: () => EntityType): EntityType {
    const print = this.fingerprint(group);
    if (print === undefined) return compute();
    const kept = this.entry(print);
    kept.vote ??= this.known.get(print)?.vote ?? this.miss(compute);
    return kept.vote;
  }

  /**
   * A name's vote over the mentions of the groups it is made of: remembered under their fingerprints (the mentions are
   * a function of them), or computed now (always, where a group is not tracked).
   */
  nameVote(groups: readonly TrackedGroup[], compute: () => NameVote): NameVote {
    const prints = groups.map((g) => this.fingerprint(g));
    if (!prints.every((p): p is string => typeof p === 'string')) return compute();
    const key = hash(['name vote', prints.sort()]);
    const kept = this.entry(key);
    kept.name ??= this.known.get(key)?.name ?? this.miss(compute);
    return kept.name;
  }

  /** The type model's answer for a key: remembered, or computed now. */
  type(key: string, compute: () => TypeAnswer): TypeAnswer {
    const kept = this.entry(key);
    kept.type ??= this.known.get(key)?.type ?? this.miss(compute);
    return kept.type;
  }

  /**
   * The page decision for a key: remembered where every "is this another name?" it asked has the same answer now,
   * else computed now with those questions recorded.
   */
  page(key: string, isOtherName: (text: string) => boolean, compute: (isOtherName: (text: string) => boolean) => PageAnswer): PageAnswer {
    const kept = this.entry(key);
    const known = this.known.get(key)?.page;
    if (known && known.asked.every(([text, answer]) => isOtherName(text) === answer)) kept.page = known;
    else {
      const asked = new Map<string, boolean>();
      const answer = this.miss(() => compute((text) => {
        const is = isOtherName(text);
        asked.set(text, is);
        return is;
      }));
      kept.page = { ...answer, asked: [...asked] };
    }
    const { noPage, confidence } = kept.page;
    return noPage === undefined ? { confidence } : { noPage, confidence };
  }

  private miss<T>(compute: () => T): T {
    this.missed++;
    return compute();
  }

  /**
   * Whether the file has fallen behind what this build asked (src/util/pack-file.ts `packIsStale`): a one-story rebuild
   * works out the answers for the names it touched and leaves the file as it is, as the packs do (writing every answer
   * again was 0.96 s of a one-story rebuild of 10,000 Reuters stories, sampled at load ~16: session 43, speed56); the answers it did not keep are worked out again, by keys that say everything they
   * depend on, so an old file is behind, never wrong.
   */
  get stale(): boolean {
    return packIsStale(this.known.size, this.used.size, this.missed);
  }

  private entry(key: string): Kept {
    let kept = this.used.get(key);
    if (!kept) this.used.set(key, (kept = {}));
    return kept;
  }

  /** The answers this build asked for, sorted (the file is the same bytes for the same site). */
  entries(): [string, Kept][] {
    return [...this.used].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

const memoFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `names-${codeVersion(['src/resolve/entities.ts'])}.json`);

/**
 * The memo kept in `cacheDir` for this code (an empty one when there is none, or it cannot be read); with `tracking`,
 * it keys groups and names by their fingerprints (`NameMemo.fingerprint`).
 */
export async function loadNameMemo(cacheDir: string, tracking?: MemoTracking): Promise<NameMemo> {
  return new NameMemo(await readMemoFile(memoFile(cacheDir), (e): e is [string, Kept] => typeof e[0] === 'string' && typeof e[1] === 'object' && e[1] !== null), tracking);
}

/** Keeps the answers this build asked for when the file has fallen behind them (`stale`); memos of other code versions are removed. */
export async function saveNameMemo(cacheDir: string, memo: NameMemo): Promise<void> {
  if (memo.stale) await writeMemoFile(memoFile(cacheDir), 'names-', memo.entries());
}
