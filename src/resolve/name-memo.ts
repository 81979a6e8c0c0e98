/**
 * What the archive-level models said of each name — the type model's answer (src/resolve/type-model.ts
 * `typeDecision`) and the page decision (the page rules' denial and the page model's confidence) — kept in the cache
 * folder between builds. Both are functions of the name, its archive-wide vote, every mention's evidence and the code
 * (the models' weights, the lexicon and word tables they read, package-lock.json), so they are kept under a hash of
 * all of them and that code's version, like extractions (src/extract/cache.ts). The page decision also asks whether
 * some texts are other names of the archive: those questions are kept with their answers, and the decision is reused
 * only where every answer is still the same. A rebuild after one new story asks the models again only about the
 * names that story mentions (their evidence changed). A build writes back only the answers it asked for, so the file
 * never outgrows the site.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { EntityType } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import { readMemoFile, writeMemoFile } from '../util/memo-file.ts';
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

interface Kept {
  type?: TypeAnswer;
  page?: PageAnswer & { asked: [string, boolean][] };
}

export class NameMemo {
  private readonly used = new Map<string, Kept>();

  constructor(private readonly known: ReadonlyMap<string, Kept> = new Map()) {}

  /** The key of a name's evidence (its name, vote and mentions as the models read them). */
  key(evidence: TypeEvidence): string {
    return createHash('sha256').update(JSON.stringify([evidence.name, evidence.voted, evidence.mentions])).digest('base64url');
  }

  /** The type model's answer for a key: remembered, or computed now. */
  type(key: string, compute: () => TypeAnswer): TypeAnswer {
    const kept = this.entry(key);
    kept.type ??= this.known.get(key)?.type ?? compute();
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
      const answer = compute((text) => {
        const is = isOtherName(text);
        asked.set(text, is);
        return is;
      });
      kept.page = { ...answer, asked: [...asked] };
    }
    const { noPage, confidence } = kept.page;
    return noPage === undefined ? { confidence } : { noPage, confidence };
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

/** The memo kept in `cacheDir` for this code (an empty one when there is none, or it cannot be read). */
export async function loadNameMemo(cacheDir: string): Promise<NameMemo> {
  return new NameMemo(await readMemoFile(memoFile(cacheDir), (e): e is [string, Kept] => typeof e[0] === 'string' && typeof e[1] === 'object' && e[1] !== null));
}

/** Keeps the answers this build asked for; memos of other code versions are removed. */
export async function saveNameMemo(cacheDir: string, memo: NameMemo): Promise<void> {
  await writeMemoFile(memoFile(cacheDir), 'names-', memo.entries());
}
