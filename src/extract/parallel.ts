/**
 * Extraction over many articles, in worker threads. Each article's extraction is a pure function of the article,
 * so splitting the work changes nothing in the output: results are put back in input order, and a build with one
 * worker and a build with several give the same bytes.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleExtraction, IngestedArticle } from '../types.ts';
import { extractArticle } from './index.ts';

/** Below this many articles, starting threads costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 64;
/** Articles per message: small enough to keep every worker busy to the end, large enough to amortise messaging. */
const MAX_BATCH = 32;

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

export async function extractAll(
  articles: readonly IngestedArticle[],
  workers = defaultWorkers(),
  onProgress?: (done: number) => void,
  minArticlesForWorkers = MIN_ARTICLES_FOR_WORKERS,
): Promise<ArticleExtraction[]> {
  if (workers <= 1 || articles.length < minArticlesForWorkers) {
    return articles.map((a, i) => {
      const x = extractArticle(a);
      onProgress?.(i + 1);
      return x;
    });
  }
  const batch = Math.max(1, Math.min(MAX_BATCH, Math.ceil(articles.length / (workers * 4))));
  const results: ArticleExtraction[] = new Array(articles.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: Math.min(workers, Math.ceil(articles.length / batch)) }, () =>
    new Worker(new URL('./worker-entry.mjs', import.meta.url)),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= articles.length) return resolve();
              const start = next;
              next = Math.min(articles.length, next + batch);
              worker.once('message', (batch: ArticleExtraction[]) => {
                batch.forEach((x, k) => (results[start + k] = x));
                done += batch.length;
                onProgress?.(done);
                send();
              });
              worker.postMessage(articles.slice(start, next));
            };
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
