/**
 * The per-article extraction cache. Extraction is a pure function of one ingested article and of the extraction
 * code, so its result can be kept under a key made of both and reused by the next build: a rebuild after adding
 * one article extracts one article.
 *
 * Layout: `<cache>/extract/<code version>/<key[0..2]>/<key>.bin`, each file a v8-serialised ArticleExtraction
 * (the same structured clone the worker threads already use, so a cached result is exactly what a worker would
 * have returned — JSON would turn `undefined` fields into missing ones). Folders of other code versions are
 * removed when a new version first writes, so the cache holds one version's results only. A whole build also keeps
 * every article's extraction in one pack beside them (`pack.bin`, src/util/pack-file.ts), read in one go by the next
 * build; an extraction the pack lacks is read from its own file.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import v8 from 'node:v8';
import type { ArticleExtraction, IngestedArticle } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import { packIsStale, readPack, writePack } from '../util/pack-file.ts';
import { extractAll } from './parallel.ts';

/** What extraction's output depends on besides the article: the code `extractArticle` reaches (tagger weights
 * included) and the library versions (compromise, chrono-node). */
export const extractionCodeVersion = () => codeVersion(['src/extract/index.ts']);

export class ExtractionCache {
  readonly dir: string;
  private pruned = false;

  constructor(cacheRoot: string, readonly version = extractionCodeVersion()) {
    this.dir = path.join(cacheRoot, 'extract', version);
  }

  /**
   * The key of one article: its whole ingested form (id, file, text, date…), which is all extraction reads. As
   * JSON, not v8.serialize: V8 writes a string as one-byte or two-byte by how it happens to be stored, so the same
   * article could serialise to other bytes in another run (measured: 1,658 of 5,000 Reuters stories).
   */
  static key(article: IngestedArticle): string {
    return createHash('sha256').update(JSON.stringify(article)).digest('hex');
  }

  file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.bin`);
  }

  /** The pack of a whole build's extractions (src/util/pack-file.ts). */
  get packFile(): string {
    return path.join(this.dir, 'pack.bin');
  }

  /** The cached extraction, or undefined when absent or unreadable (a damaged entry is just recomputed). */
  async get(key: string): Promise<ArticleExtraction | undefined> {
    try {
      return v8.deserialize(await fs.readFile(this.file(key))) as ArticleExtraction;
    } catch {
      return undefined;
    }
  }

  async put(key: string, extraction: ArticleExtraction): Promise<void> {
    if (!this.pruned) await this.pruneOtherVersions();
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a build killed mid-write never leaves a truncated entry under a valid name.
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, v8.serialize(extraction));
    await fs.rename(tmp, file);
  }

  private async pruneOtherVersions(): Promise<void> {
    this.pruned = true;
    const parent = path.dirname(this.dir);
    const names = await fs.readdir(parent).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n !== this.version).map((n) => fs.rm(path.join(parent, n), { recursive: true, force: true })));
  }
}

export interface CachedExtraction {
  extractions: ArticleExtraction[];
  /** Articles whose extraction came from the cache, and those extracted now. */
  reused: number;
  extracted: number;
  /** Each article's cache key, in input order (with a cache): what results derived from an extraction are kept under. */
  keys?: string[];
}

/** Reads this many cache entries at once: enough to hide file-system latency, few enough to bound open files. */
const READ_CONCURRENCY = 64;

/**
 * Extraction with the cache in front: hits are read back, misses are extracted (in worker threads) and stored.
 * Results are in input order whatever came from where, so the output never depends on the cache's state. With
 * `pack` (a whole build, not one shard's slice), hits come from the pack first, and the pack is written again when
 * it has fallen behind the articles. Without `tagForResolve` (one shard's slice, which no resolution follows) the
 * workers tag no sentences ahead for resolution (src/resolve/tag-ahead.ts).
 */
export async function extractWithCache(
  articles: readonly IngestedArticle[],
  cache: ExtractionCache | undefined,
  workers: number | undefined,
  onProgress?: (done: number) => void,
  { pack = false, tagForResolve = true } = {},
): Promise<CachedExtraction> {
  if (!cache) return { extractions: await extractAll(articles, workers, onProgress, undefined, { tagForResolve }), reused: 0, extracted: articles.length };
  const keys = articles.map((a) => ExtractionCache.key(a));
  const packed = pack ? await readPack<ArticleExtraction>(cache.packFile) : new Map<string, ArticleExtraction>();
  const results: (ArticleExtraction | undefined)[] = keys.map((k) => packed.get(k));
  const unpacked = keys.flatMap((_, i) => (results[i] === undefined ? [i] : []));
  for (let j = 0; j < unpacked.length; j += READ_CONCURRENCY) {
    const slice = unpacked.slice(j, j + READ_CONCURRENCY);
    (await Promise.all(slice.map((i) => cache.get(keys[i]!)))).forEach((x, k) => (results[slice[k]!] = x));
  }
  const missing = articles.flatMap((_, i) => (results[i] === undefined ? [i] : []));
  const reused = articles.length - missing.length;
  onProgress?.(reused);
  const fresh = await extractAll(missing.map((i) => articles[i]!), workers, (done) => onProgress?.(reused + done), undefined, { tagForResolve });
  for (let j = 0; j < missing.length; j += READ_CONCURRENCY) {
    await Promise.all(
      missing.slice(j, j + READ_CONCURRENCY).map((i, k) => {
        results[i] = fresh[j + k]!;
        return cache.put(keys[i]!, fresh[j + k]!);
      }),
    );
  }
  const wanted = new Map(keys.map((k, i) => [k, results[i]!]));
  if (pack && packIsStale(packed.size, wanted.size, unpacked.length)) await writePack(cache.packFile, wanted);
  return { extractions: results as ArticleExtraction[], reused, extracted: missing.length, keys };
}
