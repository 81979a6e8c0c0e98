/**
 * The pipeline from a folder of articles to a Graph: ingest → extract → resolve. Rendering and indexing are
 * separate steps (src/site, src/search) so `chronicle extract` never loads Astro.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ArticleExtraction, ArticleRecord, Graph, IngestedArticle, InputFile, Problem } from './types.ts';
import { readInputFolder, ingestFiles } from './ingest/index.ts';
import { textFingerprint } from './ingest/fingerprint.ts';
import { loadIngestMemo, saveIngestMemo } from './ingest/memo.ts';
import { existsSync } from 'node:fs';
import { ExtractionCache, extractWithCache } from './extract/cache.ts';
import { forgetTermsAhead } from './extract/nlp.ts';
import { defaultWorkers, startWorkers, stopWorkers } from './extract/parallel.ts';
import { lengthWarning } from './extract/index.ts';
import { resolveEntities } from './resolve/entities.ts';
import { resolveHappeningsAndQuotes } from './resolve/events.ts';
import { eventContext, gateEvents } from './resolve/event-model.ts';
import { loadClauseMemo, saveClauseMemo } from './resolve/clause-memo.ts';
import { loadSlipMemo, saveSlipMemo } from './resolve/slip-memo.ts';
import { loadNameMemo, saveNameMemo } from './resolve/name-memo.ts';
import { loadContextMemo, saveContextMemo } from './resolve/context-memo.ts';
import { loadPartyMemo, savePartyMemo } from './resolve/party-memo.ts';
import { loadEventMemo, saveEventMemo } from './resolve/event-memo.ts';
import { loadHeadlineMemo, saveHeadlineMemo } from './resolve/headline-memo.ts';
import { loadCuration } from './curation.ts';
import { fingerprints, loadFingerprints, markUnchanged, type MarkedGraph } from './resolve/unchanged.ts';
import type { Progress } from './util/progress.ts';
import { PROJECT_ROOT } from './util/project.ts';
import { inShard, type Shard } from './util/shard.ts';

export { PROJECT_ROOT } from './util/project.ts';

export interface PipelineOptions {
  input: string;
  contentDir?: string;
  progress?: Progress;
  /** Extraction worker threads (default: the number of cores; 1 = in this thread). */
  workers?: number;
  /** The cache folder (src/extract/cache.ts); without it every article is extracted. */
  cacheDir?: string;
  /** With a cache: mark what resolve made as the cached build did (`MarkedGraph`, src/resolve/unchanged.ts). */
  mark?: boolean;
}

export async function buildGraph(opts: PipelineOptions): Promise<MarkedGraph> {
  const progress = opts.progress;
  const cache = opts.cacheDir === undefined ? undefined : new ExtractionCache(opts.cacheDir);
  // With nothing cached for this code every article will be extracted: start the workers now, so they load and
  // warm up while the input is read. (A rebuild from a cache usually extracts a few articles, in this thread.)
  if (!cache || !existsSync(cache.dir)) startWorkers(opts.workers ?? defaultWorkers());
  const { read, ingested, articles, duplicateProblems, extracted } = await readAndExtract(opts, cache).finally(stopWorkers);
  const longArticles: Problem[] = [];
  const extractions: ArticleExtraction[] = extracted.extractions;
  if (cache) progress?.note(`${extracted.reused} cached, ${extracted.extracted} extracted`);
  for (const article of ingested.articles) {
    const warning = lengthWarning(article);
    if (warning) longArticles.push(warning);
  }
  progress?.done();

  progress?.start('resolve', 1);
  const { curation, problems: curationProblems } = loadCuration(opts.contentDir ?? path.join(PROJECT_ROOT, 'content'));
  const keys = extracted.keys;
  const articleKeys = keys ? new Map(extractions.map((x, i) => [x.article, keys[i]!])) : undefined;
  // Groups of names are tracked by the articles they come from (src/resolve/name-memo.ts): by each article's
  // extraction key, with the extraction code's version and the curation as the seed.
  const tracking = cache && articleKeys ? { articleKeys, seed: createHash('sha256').update(JSON.stringify([cache.version, curation])).digest('base64url') } : undefined;
  const memo = opts.cacheDir === undefined ? undefined : await loadNameMemo(opts.cacheDir, tracking);
  const contexts = opts.cacheDir === undefined || !articleKeys ? undefined : await loadContextMemo(opts.cacheDir, articleKeys);
  const slips = opts.cacheDir === undefined ? undefined : await loadSlipMemo(opts.cacheDir);
  const resolution = resolveEntities({ articles, extractions, curation, ...(memo ? { memo } : {}), ...(contexts ? { contexts } : {}), ...(slips ? { slips } : {}) });
  if (memo) await saveNameMemo(opts.cacheDir!, memo);
  if (slips) await saveSlipMemo(opts.cacheDir!, slips);
  if (contexts) await saveContextMemo(opts.cacheDir!, contexts);
  const clauses = opts.cacheDir === undefined ? undefined : await loadClauseMemo(opts.cacheDir);
  const parties = opts.cacheDir === undefined || !articleKeys ? undefined : await loadPartyMemo(opts.cacheDir, articleKeys);
  const eventMemo = opts.cacheDir === undefined ? undefined : await loadEventMemo(opts.cacheDir);
  const headlines = opts.cacheDir === undefined ? undefined : await loadHeadlineMemo(opts.cacheDir);
  const eventInput = {
    articles,
    extractions,
    assignment: resolution.assignment,
    entityNames: new Map(resolution.entities.map((e) => [e.id, e.name])),
    entityTypes: new Map(resolution.entities.map((e) => [e.id, e.type])),
    typeSure: resolution.typeSure,
    ...(clauses ? { clauses } : {}),
    ...(parties ? { parties } : {}),
    ...(eventMemo ? { events: eventMemo } : {}),
    ...(headlines ? { headlines } : {}),
  };
  const { events, reports, quotes } = resolveHappeningsAndQuotes(eventInput);
  // Each event's confidence from the event page model; one below its threshold keeps everything but its page.
  gateEvents(events, eventContext(articles, extractions, [...resolution.entities, ...(resolution.plainNames ?? [])]));
  // (The sentences the extraction workers tagged for resolution are read: src/resolve/tag-ahead.ts.)
  forgetTermsAhead();
  if (clauses) await saveClauseMemo(opts.cacheDir!, clauses);
  if (parties) await savePartyMemo(opts.cacheDir!, parties);
  if (eventMemo) await saveEventMemo(opts.cacheDir!, eventMemo);
  if (headlines) await saveHeadlineMemo(opts.cacheDir!, headlines);

  const problems = sortProblems([...read.problems, ...ingested.problems, ...duplicateProblems, ...longArticles, ...curationProblems, ...resolution.problems]);
  const notes = resolution.unmatchedCuration.length
    ? [`${resolution.unmatchedCuration.length} curation rules matched nothing in this input (first: ${resolution.unmatchedCuration[0]})`]
    : [];
  const graph: MarkedGraph = { articles, extractions, entities: resolution.entities, plainNames: resolution.plainNames, events, quotes, reports, problems, notes };
  if (opts.mark && articleKeys) graph.unchanged = markUnchanged(fingerprints(graph, articleKeys), await loadFingerprints(opts.cacheDir!));
  progress?.done();
  return graph;
}

/**
 * `chronicle extract --shard i/n`: reads and ingests the whole input, and extracts into the cache only the articles
 * of one slice (src/util/shard.ts). Once every slice has run (on any machines, into caches merged afterwards), a
 * build over the same input finds every extraction cached. Nothing is resolved: that needs every slice.
 */
export async function extractShard(opts: PipelineOptions & { cacheDir: string }, shard: Shard): Promise<{ articles: number; slice: number; reused: number; extracted: number; problems: Problem[] }> {
  const cache = new ExtractionCache(opts.cacheDir);
  if (!existsSync(cache.dir)) startWorkers(opts.workers ?? defaultWorkers());
  const { read, ingested, extracted } = await readAndExtract(opts, cache, (a) => inShard(a.id, shard)).finally(stopWorkers);
  opts.progress?.note(`${extracted.reused} cached, ${extracted.extracted} extracted`);
  opts.progress?.done();
  const slice = extracted.reused + extracted.extracted;
  return { articles: ingested.articles.length, slice, reused: extracted.reused, extracted: extracted.extracted, problems: sortProblems([...read.problems, ...ingested.problems]) };
}

/**
 * Reading, ingesting and extracting (stages read, ingest, extract; the extract stage is closed by the caller);
 * with `select`, only the articles it picks are extracted (`extractions` then holds theirs alone).
 */
async function readAndExtract(opts: PipelineOptions, cache: ExtractionCache | undefined, select?: (a: IngestedArticle) => boolean) {
  const progress = opts.progress;
  progress?.start('read', 1);
  const read = await readInputFolder(opts.input);
  progress?.note(`${read.files.length} files`);
  progress?.done();

  progress?.start('ingest', read.files.length);
  // Saved at once: later stages never see the memo, so what it holds is what ingest made.
  const memo = opts.cacheDir === undefined ? undefined : await loadIngestMemo(opts.cacheDir);
  const ingested = ingestFiles(read.files, memo);
  if (memo) await saveIngestMemo(opts.cacheDir!, memo);
  progress?.done();

  const { articles, problems: duplicateProblems } = markDuplicates(ingested.articles, read.files, ingested.fingerprints);

  const toExtract = select ? ingested.articles.filter(select) : ingested.articles;
  progress?.start('extract', toExtract.length);
  let reported = 0;
  const extracted = await extractWithCache(
    toExtract,
    cache,
    opts.workers,
    (done) => {
      progress?.tick(done - reported);
      reported = done;
    },
    // A slice of `extract --shard` is only cached: no resolution follows to read sentences tagged ahead.
    { pack: !select, tagForResolve: !select },
  );
  return { read, ingested, articles, duplicateProblems, extracted };
}

/**
 * Duplicates: byte-identical files, and near-identical ones — the same text once whitespace, case, punctuation
 * and page debris are set aside — become duplicates of the first by path. They keep their page (nothing is
 * lost) but contribute no second set of mentions. A rewrite of the same story is not a duplicate. Articles that
 * give one canonical URL (a feed item and the page it links to, a page saved twice) are one article too, whatever
 * their text: the one with the most text is kept (then the first by path), and each other is reported, since its
 * text may differ.
 */
function markDuplicates(articles: readonly IngestedArticle[], files: readonly InputFile[], fingerprints: ReadonlyMap<IngestedArticle, string>): { articles: ArticleRecord[]; problems: Problem[] } {
  // An article that is one of several in its file hashes its own line; the file's hash is kept beside it.
  const shared = new Set(articles.filter((a) => a.line !== undefined).map((a) => a.file));
  const fileHashes = new Map(files.filter((f) => shared.has(f.file)).map((f) => [f.file, createHash('sha256').update(f.bytes).digest('hex')]));
  const sorted = [...articles].sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const duplicateOf = sameText(sorted, fingerprints);
  const problems = sameUrl(sorted, duplicateOf);
  const records = articles.map((a) => {
    const record: ArticleRecord = {
      id: a.id,
      file: a.file,
      title: a.title,
      date: a.date,
      dateSource: a.dateSource,
      section: a.section,
      source: a.source,
      hash: a.hash,
      paragraphs: a.paragraphs,
    };
    const dup = duplicateOf.get(a.id);
    if (dup !== undefined) record.duplicateOf = dup;
    if (a.line !== undefined) {
      record.line = a.line;
      record.fileHash = fileHashes.get(a.file)!;
    }
    if (a.authors !== undefined) record.authors = a.authors;
    if (a.canonicalUrl !== undefined) record.canonicalUrl = a.canonicalUrl;
    return record;
  });
  return { articles: records, problems };
}

/** Equal bytes or equal words (each article's `textFingerprint`, as ingest kept it): each later article (in path order) → the first. */
function sameText(sorted: readonly IngestedArticle[], fingerprints: ReadonlyMap<IngestedArticle, string>): Map<string, string> {
  const firstByKey = new Map<string, string>();
  const duplicateOf = new Map<string, string>();
  for (const a of sorted) {
    const keys = [`bytes:${a.hash}`, `text:${fingerprints.get(a) ?? textFingerprint(a)}`];
    const first = keys.map((k) => firstByKey.get(k)).find((x) => x !== undefined);
    if (first === undefined) for (const k of keys) firstByKey.set(k, a.id);
    else duplicateOf.set(a.id, first);
  }
  return duplicateOf;
}

/**
 * One canonical URL, one article: among the articles (not already copies) that give it, the one with the most text
 * is kept, then the first in path order; the others, and their own copies, become copies of it. Each is reported.
 */
function sameUrl(sorted: readonly IngestedArticle[], duplicateOf: Map<string, string>): Problem[] {
  const byUrl = new Map<string, IngestedArticle[]>();
  for (const a of sorted) {
    if (a.canonicalUrl === undefined || duplicateOf.has(a.id)) continue;
    const key = urlKey(a.canonicalUrl);
    const group = byUrl.get(key);
    if (group) group.push(a);
    else byUrl.set(key, [a]);
  }
  const problems: Problem[] = [];
  const textLength = (a: IngestedArticle) => a.paragraphs.reduce((n, p) => n + p.text.length, 0);
  for (const group of byUrl.values()) {
    if (group.length < 2) continue;
    const keep = group.reduce((best, a) => (textLength(a) > textLength(best) ? a : best));
    for (const a of group) {
      if (a === keep) continue;
      duplicateOf.set(a.id, keep.id);
      for (const [copy, of] of duplicateOf) if (of === a.id) duplicateOf.set(copy, keep.id);
      const at = `${keep.file}${keep.line !== undefined ? `:${keep.line}` : ''}`;
      problems.push({ file: a.file, line: a.line ?? 1, message: `same URL as ${at} (${a.canonicalUrl}): kept as a copy of that article, whose mentions count`, severity: 'warning' });
    }
  }
  return problems;
}

/**
 * What makes two URLs one address, each with its reason: http and https (sites moved to https), a leading `www.`
 * (the same site), the fragment (a place in the page), a trailing slash, and the tracking parameters newsletters
 * and social sites add (`utm_*`, `fbclid`, `gclid`); the remaining parameters are sorted. Anything that is no URL
 * is compared as written.
 */
export function urlKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  const params = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => compareStrings(a, b));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `${u.hostname.replace(/^www\./, '')}${u.port ? `:${u.port}` : ''}${u.pathname.replace(/\/+$/, '')}${query}`;
}
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.message, b.message),
  );
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
