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

/** Starts `n` extraction workers now, for the next extractAll; stopWorkers ends any it did not use. */
export function startWorkers(n = defaultWorkers()): void {
  if (n > 1 && started.length === 0) started = Array.from({ length: n }, () => newWorker(true));
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

export async function extractAll(
  articles: readonly IngestedArticle[],
  workers = defaultWorkers(),
  onProgress?: (done: number) => void,
  minArticlesForWorkers = MIN_ARTICLES_FOR_WORKERS,
  { tagForResolve = true } = {},
): Promise<ArticleExtraction[]> {
  if (workers <= 1 || articles.length < minArticlesForWorkers) {
    const out: ArticleExtraction[] = [];
    for (let start = 0; start < articles.length; start += MAX_BATCH) {
      for (const x of extractBatch(articles.slice(start, start + MAX_BATCH), tagForResolve)) {
        out.push(received(x));
        onProgress?.(out.length);
      }
    }
    return out;
  }
  const batch = Math.max(1, Math.min(MAX_BATCH, Math.ceil(articles.length / (workers * 4))));
  const results: ArticleExtraction[] = new Array(articles.length);
  let next = 0;
  let done = 0;
  const size = Math.min(workers, Math.ceil(articles.length / batch));
  const pool = started.splice(0, size);
  while (pool.length < size) pool.push(newWorker(false));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Each worker has two batches in hand, so it starts the next one while the main thread is still
            // receiving the last one's results (or busy with another worker's): no round trip left idle.
            const inFlight: number[] = [];
            const send = () => {
              if (next >= articles.length) return;
              const start = next;
              next = Math.min(articles.length, next + batch);
              inFlight.push(start);
              worker.postMessage({ articles: articles.slice(start, next), tagForResolve } satisfies ExtractionBatch);
            };
            worker.on('message', (extracted: ExtractedForBuild[]) => {
              const start = inFlight.shift()!;
              extracted.forEach((x, k) => (results[start + k] = received(x)));
              done += extracted.length;
              onProgress?.(done);
              send();
              if (inFlight.length === 0) resolve();
            });
            worker.once('error', reject);
            send();
            send();
            if (inFlight.length === 0) resolve();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
