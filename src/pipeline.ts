/**
 * The pipeline from a folder of articles to a Graph: ingest → extract → resolve. Rendering and indexing are
 * separate steps (src/site, src/search) so `chronicle extract` never loads Astro.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ArticleExtraction, ArticleRecord, Graph, IngestedArticle, InputFile, Problem } from './types.ts';
import { readInputFolder, ingestFiles } from './ingest/index.ts';
import { existsSync } from 'node:fs';
import { ExtractionCache, extractWithCache } from './extract/cache.ts';
import { defaultWorkers, startWorkers, stopWorkers } from './extract/parallel.ts';
import { lengthWarning } from './extract/index.ts';
import { resolveEntities } from './resolve/entities.ts';
import { resolveHappenings, resolveQuotes } from './resolve/events.ts';
import { loadCuration } from './curation.ts';
import type { Progress } from './util/progress.ts';
import { PROJECT_ROOT } from './util/project.ts';

export { PROJECT_ROOT } from './util/project.ts';

export interface PipelineOptions {
  input: string;
  contentDir?: string;
  progress?: Progress;
  /** Extraction worker threads (default: the number of cores; 1 = in this thread). */
  workers?: number;
  /** The cache folder (src/extract/cache.ts); without it every article is extracted. */
  cacheDir?: string;
}

export async function buildGraph(opts: PipelineOptions): Promise<Graph> {
  const progress = opts.progress;
  const cache = opts.cacheDir === undefined ? undefined : new ExtractionCache(opts.cacheDir);
  // With nothing cached for this code every article will be extracted: start the workers now, so they load and
  // warm up while the input is read. (A rebuild from a cache usually extracts a few articles, in this thread.)
  if (!cache || !existsSync(cache.dir)) startWorkers(opts.workers ?? defaultWorkers());
  const { read, ingested, articles, extracted } = await readAndExtract(opts, cache).finally(stopWorkers);
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
  const resolution = resolveEntities({ articles, extractions, curation });
  const eventInput = {
    articles,
    extractions,
    assignment: resolution.assignment,
    entityNames: new Map(resolution.entities.map((e) => [e.id, e.name])),
  };
  const { events, reports } = resolveHappenings(eventInput);
  const quotes = resolveQuotes(eventInput);
  progress?.done();

  const problems = sortProblems([...read.problems, ...ingested.problems, ...longArticles, ...curationProblems, ...resolution.problems]);
  const notes = resolution.unmatchedCuration.length
    ? [`${resolution.unmatchedCuration.length} curation rules matched nothing in this input (first: ${resolution.unmatchedCuration[0]})`]
    : [];
  return { articles, extractions, entities: resolution.entities, plainNames: resolution.plainNames, events, quotes, reports, problems, notes };
}

/** Reading, ingesting and extracting (stages read, ingest, extract; the extract stage is closed by the caller). */
async function readAndExtract(opts: PipelineOptions, cache: ExtractionCache | undefined) {
  const progress = opts.progress;
  progress?.start('read', 1);
  const read = await readInputFolder(opts.input);
  progress?.note(`${read.files.length} files`);
  progress?.done();

  progress?.start('ingest', read.files.length);
  const ingested = ingestFiles(read.files);
  progress?.done();

  const articles = markDuplicates(ingested.articles, read.files);

  progress?.start('extract', articles.length);
  let reported = 0;
  const extracted = await extractWithCache(ingested.articles, cache, opts.workers, (done) => {
    progress?.tick(done - reported);
    reported = done;
  });
  return { read, ingested, articles, extracted };
}

/**
 * Duplicates: byte-identical files, and near-identical ones — the same text once whitespace, case, punctuation
 * and page debris are set aside — become duplicates of the first by path. They keep their page (nothing is
 * lost) but contribute no second set of mentions. A rewrite of the same story is not a duplicate.
 */
function markDuplicates(articles: readonly IngestedArticle[], files: readonly InputFile[]): ArticleRecord[] {
  // An article that is one of several in its file hashes its own line; the file's hash is kept beside it.
  const shared = new Set(articles.filter((a) => a.line !== undefined).map((a) => a.file));
  const fileHashes = new Map(files.filter((f) => shared.has(f.file)).map((f) => [f.file, createHash('sha256').update(f.bytes).digest('hex')]));
  const firstByKey = new Map<string, string>();
  const sorted = [...articles].sort((a, b) => compareStrings(a.file, b.file));
  const duplicateOf = new Map<string, string>();
  for (const a of sorted) {
    const keys = [`bytes:${a.hash}`, `text:${textFingerprint(a)}`];
    const first = keys.map((k) => firstByKey.get(k)).find((x) => x !== undefined);
    if (first === undefined) for (const k of keys) firstByKey.set(k, a.id);
    else duplicateOf.set(a.id, first);
  }
  return articles.map((a) => {
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
}

/** The article's words, lowercased, without punctuation or spacing: equal for copies that differ only in layout. */
export function textFingerprint(a: Pick<IngestedArticle, 'title' | 'paragraphs'>): string {
  const text = [a.title, ...a.paragraphs.filter((p) => p.kind !== 'caption').map((p) => p.text)].join(' ');
  const words = text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(words).digest('hex');
}

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
