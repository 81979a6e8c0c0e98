/**
 * What each mention's sentence shows around the name (src/resolve/page-rules.ts `MentionContext`), kept in the cache
 * folder between builds, per article: reading it is about 1.3 s of a one-story rebuild of 3,000 Reuters stories, and
 * it is a function of the article's extraction alone (its sentences and where each mention stands in them) and of
 * the code that reads it. So an article's contexts are kept under its extraction's key (src/extract/cache.ts, a hash
 * of the ingested article, in a pack of the extraction code's and the context code's versions: either edited, the
 * pack is another) and read back while its extraction is the same. The article's register (src/extract/register.ts,
 * which kind of news it is, read from its sentences) is kept with them: it is a function of the same extraction, and
 * reading it again for every article was 1.6 s of a one-story BBC rebuild's 17 s resolve stage (session 35, speed45).
 */
import path from 'node:path';
import type { MentionContext } from './page-rules.ts';
import type { Register } from '../extract/register.ts';
import { codeVersion } from '../util/code-version.ts';
import { PackMemo, readPack } from '../util/pack-file.ts';

/** An article's mentions' contexts, in mention order (null: a mention with no sentence). */
export type ArticleContexts = (MentionContext | null)[];

/** What is kept of an article: its mentions' contexts, and its register once a build has asked for it. */
export interface ArticleReading {
  contexts: ArticleContexts;
  register?: Register;
}

export class ContextMemo extends PackMemo<ArticleReading> {
  /** `keys`: each article's extraction key (its id → the key). */
  constructor(private readonly keys: ReadonlyMap<string, string>, known?: ReadonlyMap<string, ArticleReading>) {
    super(known);
  }

  /** The article's contexts: kept, or read now (and kept). An article with no extraction key is read every time. */
  contexts(article: string, read: () => ArticleContexts): ArticleContexts {
    const key = this.keys.get(article);
    if (key === undefined) return read();
    const reading = this.kept(key) ?? { contexts: read() };
    this.keep(key, reading);
    return reading.contexts;
  }

  /**
   * The article's register: kept, or read now and kept beside its contexts (asked after them: an article whose
   * contexts were never asked for, or that has no extraction key, is read every time).
   */
  register(article: string, read: () => Register): Register {
    const key = this.keys.get(article);
    const reading = key === undefined ? undefined : this.kept(key);
    if (key === undefined || reading === undefined) return read();
    if (reading.register !== undefined) return reading.register;
    const register = read();
    this.keep(key, { ...reading, register });
    return register;
  }

  /**
   * The article's contexts as resolve reads them: each joined by the article's register where `wantsRegister` says
   * the build reads it, else as read. They are kept joined (the pack holds each article's register once: v8 writes one
   * object once, and reads it back as one), so a rebuild takes every context as kept: copying each mention's context to
   * join its register was 1.4 s of a one-story rebuild of 10,000 Reuters stories (session 42, speed54).
   */
  joined(article: string, read: () => ArticleContexts, readRegister: () => Register, wantsRegister: (contexts: ArticleContexts) => boolean): ArticleContexts {
    const contexts = this.contexts(article, read);
    if (!wantsRegister(contexts)) return contexts.map((c) => (c?.register === undefined ? c : withoutRegister(c)));
    const register = this.register(article, readRegister);
    if (contexts.every((c) => c === null || c.register === register)) return contexts;
    const joined = joinRegister(contexts, register);
    const key = this.keys.get(article);
    if (key !== undefined) this.keep(key, { contexts: joined, register });
    return joined;
  }
}

/** Each context with the article's register (last, as resolve has always joined it). */
export function joinRegister(contexts: ArticleContexts, register: Register): ArticleContexts {
  return contexts.map((c) => c && { ...c, register });
}

function withoutRegister(c: MentionContext): MentionContext {
  const { register: _, ...plain } = c;
  return plain;
}

/**
 * One pack per version of the code the contexts depend on: extraction (what is read), the reading, the register, and
 * this file (what an entry holds: a pack of an older shape is another version's, never read as this one's).
 */
const packFile = (cacheDir: string) =>
  path.join(cacheDir, 'resolve', `contexts-${codeVersion(['src/extract/index.ts', 'src/resolve/page-rules.ts', 'src/extract/register.ts', 'src/resolve/context-memo.ts'])}.bin`);

export async function loadContextMemo(cacheDir: string, keys: ReadonlyMap<string, string>): Promise<ContextMemo> {
  return new ContextMemo(keys, await readPack<ArticleReading>(packFile(cacheDir)));
}

/** Writes the pack when it has fallen behind, removing the packs of other code versions. */
export async function saveContextMemo(cacheDir: string, memo: ContextMemo): Promise<void> {
  await memo.save(packFile(cacheDir), 'contexts-');
}
