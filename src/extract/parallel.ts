/**
 * Extraction over many articles, in worker threads. Each article's extraction is a pure function of the article,
 * so splitting the work changes nothing in the output: results are put back in input order, and a build with one
 * worker and a build with several give the same bytes.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleExtraction, IngestedArticle } from '../types.ts';
import { extractArticleFrom, extractedSentences } from './index.ts';
import { forgetTextsAhead, keepTermsAhead, tagTextsAhead, type TaggedTerm } from './nlp.ts';
import { capitalisedTexts } from './entities/tokens.ts';
import { tagAhead } from '../resolve/tag-ahead.ts';

/** Below this many articles, starting threads costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 64;
/** Articles per message: small enough to keep every worker busy to the end, large enough to amortise messaging. */
const MAX_BATCH = 32;

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/**
 * Workers started ahead of need (startWorkers), so that loading the extraction code and warming it up in each
 * thread overlaps reading and ingesting the input instead of adding to extraction.
 */
let started: Worker[] = [];

/** Compiled (an installed package), the worker is plain JavaScript; from source, worker-entry.mjs registers tsx first. */
const WORKER_ENTRY = import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);
const newWorker = (warm: boolean) => new Worker(WORKER_ENTRY, { workerData: { warm } });

/** Starts the worker threads of `n` extraction workers (this thread is one) now, for the next extractAll; stopWorkers ends any it did not use. */
export function startWorkers(n = defaultWorkers()): void {
  if (n > 1 && started.length === 0) started = Array.from({ length: n - 1 }, () => newWorker(true));
}

export async function stopWorkers(): Promise<void> {
  const pool = started;
  started = [];
  await Promise.all(pool.map((w) => w.terminate()));
}

/** An article's extraction, and the sentences event resolution will tag, tagged (src/resolve/tag-ahead.ts). */
type ExtractedForBuild = [ArticleExtraction, [string, readonly TaggedTerm[]][]];

/** What a worker is sent: articles, and whether resolution runs after them (`extract --shard` has none to tag for). */
export interface ExtractionBatch {
  articles: IngestedArticle[];
  tagForResolve: boolean;
}

/** What a worker sends back for an article: its extraction, and the terms resolution will ask for, told ahead. */
export function extractForBuild(article: IngestedArticle, tagForResolve = true, sentences = extractedSentences(article)): ExtractedForBuild {
  const x = extractArticleFrom(article, sentences);
  return [x, tagForResolve ? tagAhead(x) : []];
}

/**
 * A batch of articles extracted (a worker's message, or MAX_BATCH articles in this thread), the capitalised phrases
 * and words of all their sentences tagged first, one after another (nlp.ts `tagTextsAhead`): the readers of names ask
 * for nearly all of them, each alone, between long stretches of other work. What they are told is unchanged.
 */
export function extractBatch(articles: readonly IngestedArticle[], tagForResolve = true): ExtractedForBuild[] {
  const sentences = articles.map(extractedSentences);
  tagTextsAhead(articles.flatMap((a, k) => {
    const text = new Map(a.paragraphs.map((p) => [p.id, p.text]));
    return sentences[k]!.flatMap((s) => capitalisedTexts(text.get(s.paragraph)!, s));
  }));
  const out = articles.map((a, k) => extractForBuild(a, tagForResolve, sentences[k]));
  forgetTextsAhead();
  return out;
}

/** The extraction, its told-ahead terms kept for resolution in this thread (`keepTermsAhead`). */
function received([x, terms]: ExtractedForBuild): ArticleExtraction {
  keepTermsAhead(terms);
  return x;
}

/**
 * The articles extracted by `workers` threads: this one and `workers - 1` worker threads, each taking the next batch
 * when it is free. This thread takes part because a worker thread's start-up (the code, compromise's lexicon and the
 * taggers' weights loaded into a new isolate, compiled again, collected apart) is the second thread's main cost: on
 * 300 BBC articles, 2 workers' batches cost the same thread CPU as one thread's, and the whole process 6 s more, the
 * start-up of two isolates (session 51, speed70; docs/speed-log.md).
 */
export async function extractAll(
  articles: readonly IngestedArticle[],
  workers = defaultWorkers(),
  onProgress?: (done: number) => void,
  minArticlesForWorkers = MIN_ARTICLES_FOR_WORKERS,
  { tagForResolve = true } = {},
): Promise<ArticleExtraction[]> {
  const alone = workers <= 1 || articles.length < minArticlesForWorkers;
  const batch = alone ? MAX_BATCH : Math.max(1, Math.min(MAX_BATCH, Math.ceil(articles.length / (workers * 4))));
  const results: ArticleExtraction[] = new Array(articles.length);
  let next = 0;
  let done = 0;
  const take: Take = () => {
    if (next >= articles.length) return undefined;
    const start = next;
    next = Math.min(articles.length, next + batch);
    return [start, articles.slice(start, next)];
  };
  const place = (start: number, extracted: ExtractedForBuild[]) => {
    extracted.forEach((x, k) => (results[start + k] = received(x)));
    done += extracted.length;
    onProgress?.(done);
  };
  const size = alone ? 0 : Math.min(workers - 1, Math.ceil(articles.length / batch) - 1);
  const pool = started.splice(0, size);
  while (pool.length < size) pool.push(newWorker(false));
  try {
    await Promise.all([...pool.map((worker) => inWorker(worker, take, place, tagForResolve)), inThisThread(take, place, tagForResolve, size > 0)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** The next batch's first place and articles, or none left. */
type Take = () => [number, IngestedArticle[]] | undefined;
type Place = (start: number, extracted: ExtractedForBuild[]) => void;

/** This thread's share: a batch at a time, letting the workers' results in (and their next batches out) between. */
async function inThisThread(take: Take, place: Place, tagForResolve: boolean, sharing: boolean): Promise<void> {
  for (;;) {
    if (sharing) await new Promise((resolve) => setImmediate(resolve));
    const range = take();
    if (range === undefined) return;
    place(range[0], extractBatch(range[1], tagForResolve));
  }
}

/**
 * A worker thread's share. It has two batches in hand, so it starts the next one while this thread is still
 * receiving the last one's results (or extracting its own): no round trip left idle.
 */
function inWorker(worker: Worker, take: Take, place: Place, tagForResolve: boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const inFlight: number[] = [];
    const send = () => {
      const range = take();
      if (range === undefined) return;
      inFlight.push(range[0]);
      worker.postMessage({ articles: range[1], tagForResolve } satisfies ExtractionBatch);
    };
    worker.on('message', (extracted: ExtractedForBuild[]) => {
      place(inFlight.shift()!, extracted);
      send();
      if (inFlight.length === 0) resolve();
    });
    worker.once('error', reject);
    send();
    send();
    if (inFlight.length === 0) resolve();
  });
}
