/**
 * Index: Pagefind's Node API. Article pages are indexed from the written HTML (after Astro, so the index matches
 * what readers see; pages opt in with `data-pagefind-body` and carry their `kind` filter and `date` sort key, see
 * src/site/Layout.astro). Entity and event pages — nine in ten of a site's pages — are indexed as compact custom
 * records (name, other spellings, one sentence: src/search/records.ts, the same records as the offline index)
 * instead of their full HTML, which repeats the articles' sentences: that cut Pagefind's time and its index size
 * by more than half on the BBC corpus and keeps its memory within bounds on large archives (bench/RESULTS.md).
 * A word from an article's text still finds the article.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';
import type { Progress } from '../util/progress.ts';
import { urls } from '../util/urls.ts';

/** Records sent to Pagefind at once: each is a message to its process, so keep a few in flight. */
const IN_FLIGHT = 256;

export async function indexSite(outDir: string, records: readonly SearchRecord[], progress?: Progress): Promise<{ pages: number }> {
  const custom = records.filter((r) => r.kind !== 'article');
  const articlePages = records.length - custom.length;
  progress?.start('index', articlePages + custom.length);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: path.resolve(outDir), glob: urls.article('*') });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    progress?.tick(added.page_count);
    // Records in a fixed order (the model's), so the index is the same bytes for the same site.
    for (let i = 0; i < custom.length; i += IN_FLIGHT) {
      const batch = custom.slice(i, i + IN_FLIGHT);
      const results = await Promise.all(batch.map((r) => index.addCustomRecord(customRecord(r))));
      const failed = results.flatMap((r) => r.errors);
      if (failed.length) throw new Error(`Pagefind could not index a record: ${failed.join('; ')}`);
      progress?.tick(batch.length);
    }
    const written = await index.writeFiles({ outputPath: path.join(path.resolve(outDir), 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    progress?.done();
    return { pages: added.page_count + custom.length };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** What Layout.astro marks on a page for Pagefind — title and kind as metadata, kind filter, date sort — as a record. */
function customRecord(r: SearchRecord): pagefind.CustomRecord {
  return {
    url: `/${r.url}`,
    content: [r.title, r.aliases, r.text].filter(Boolean).join('\n'),
    language: 'en',
    meta: { title: r.title, kind: r.kind },
    filters: { kind: [r.kind] },
    sort: r.date ? { date: r.date } : {},
  };
}
