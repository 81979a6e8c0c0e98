/** Extraction in worker threads gives exactly what one thread gives, in the same order. */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputFolder, ingestFiles } from '../src/ingest/index.ts';
import { extractAll } from '../src/extract/parallel.ts';
import { ExtractionCache, extractWithCache } from '../src/extract/cache.ts';
import { codeFiles } from '../src/util/code-version.ts';
import { packIsStale } from '../src/util/pack-file.ts';
import type { ArticleExtraction, IngestedArticle } from '../src/types.ts';

describe('extractAll', () => {
  it('is identical with 1, 2 and 3 workers', async () => {
    const articles = [];
    for (const dir of ['seeds', 'tests/fixtures/bad']) articles.push(...ingestFiles((await readInputFolder(dir)).files).articles);
    expect(articles.length).toBeGreaterThan(10);
    const one = await extractAll(articles, 1);
    const progress: number[] = [];
    const two = await extractAll(articles, 2, (done) => progress.push(done), 1);
    expect(two).toEqual(one);
    expect(progress.at(-1)).toBe(articles.length);
    expect(await extractAll(articles, 3, undefined, 1)).toEqual(one);
  }, 300_000); // six worker threads start in turn: over a minute on a loaded 2-core machine (seen in CI runs)
});

/** The seeds' articles, their extraction and cache keys, and an empty cache in a temporary folder for `test`. */
async function withSeedsCache(test: (seeds: { articles: IngestedArticle[]; plain: ArticleExtraction[]; keys: string[]; cache: ExtractionCache; dir: string }) => Promise<void>) {
  const articles = ingestFiles((await readInputFolder('seeds')).files).articles;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-cache-'));
  try {
    await test({ articles, plain: await extractAll(articles, 1), keys: articles.map((a) => ExtractionCache.key(a)), cache: new ExtractionCache(dir), dir });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('extractWithCache', () => {
  it('gives what extraction gives, from the cache on the second run, and recomputes a damaged entry', () =>
    withSeedsCache(async ({ articles, plain, keys, cache, dir }) => {
      const cold = await extractWithCache(articles, cache, 1);
      expect(cold).toEqual({ extractions: plain, reused: 0, extracted: articles.length, keys });
      const warm = await extractWithCache(articles, cache, 1);
      expect(warm).toEqual({ extractions: plain, reused: articles.length, extracted: 0, keys });
      await fs.writeFile(cache.file(ExtractionCache.key(articles[0]!)), 'not a serialised extraction');
      const repaired = await extractWithCache(articles, cache, 1);
      expect(repaired).toEqual({ extractions: plain, reused: articles.length - 1, extracted: 1, keys });
      // Another code version starts empty and removes the old version's entries when it first writes.
      const other = new ExtractionCache(dir, 'other-version');
      expect(await extractWithCache(articles, other, 1)).toMatchObject({ reused: 0, extracted: articles.length });
      expect(await fs.readdir(path.join(dir, 'extract'))).toEqual(['other-version']);
    }));
});

describe('extractWithCache with a pack', () => {
  it('reads a whole build from its pack, extracts an edited article again, and reads past a damaged pack', () =>
    withSeedsCache(async ({ articles, plain, keys, cache }) => {
      expect(await extractWithCache(articles, cache, 1, undefined, { pack: true })).toEqual({ extractions: plain, reused: 0, extracted: articles.length, keys });
      // Every entry's own file gone: the pack alone holds them.
      for (const name of await fs.readdir(cache.dir)) if (name !== 'pack.bin') await fs.rm(path.join(cache.dir, name), { recursive: true });
      expect(await extractWithCache(articles, cache, 1, undefined, { pack: true })).toEqual({ extractions: plain, reused: articles.length, extracted: 0, keys });
      // An edited article is no key of the pack: it is extracted, and its extraction is the edited text's.
      const edited = articles.map((a, i) => (i === 0 ? { ...a, title: `${a.title} (corrected)` } : a));
      const editedKeys = edited.map((a) => ExtractionCache.key(a));
      const again = await extractWithCache(edited, cache, 1, undefined, { pack: true });
      expect(again).toEqual({ extractions: await extractAll(edited, 1), reused: articles.length - 1, extracted: 1, keys: editedKeys });
      await fs.writeFile(cache.packFile, 'not a pack');
      expect(await extractWithCache(edited, cache, 1, undefined, { pack: true })).toMatchObject({ reused: 1, extracted: articles.length - 1 });
    }));

  it('is written again when it falls behind, not for one new story', () => {
    expect(packIsStale(0, 2, 2)).toBe(true);
    expect(packIsStale(3000, 3001, 1)).toBe(false);
    expect(packIsStale(3000, 3100, 100)).toBe(true);
    expect(packIsStale(3000, 2000, 0)).toBe(true);
  });
});

describe('codeFiles (what a cache key covers)', () => {
  it('follows imports and data files from extraction, and leaves out code extraction never reaches', () => {
    const files = codeFiles(['src/extract/index.ts']);
    for (const f of ['src/extract/entities.ts', 'src/extract/ner/tagger.ts', 'src/extract/ner/model.json', 'src/util/dates.ts', 'src/types.ts', 'package-lock.json']) {
      expect(files).toContain(f);
    }
    for (const f of ['src/util/progress.ts', 'src/site/Layout.astro', 'src/extract/parallel.ts']) expect(files).not.toContain(f);
  });
});
