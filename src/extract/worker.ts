/** Worker thread body: extracts the articles it is sent (src/extract/parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './index.ts';
import { extractBatch, type ExtractionBatch } from './parallel.ts';

// A worker started ahead of need (startWorkers) warms up on a made-up article: the name model and the libraries'
// lexicons load, and the hot code gets compiled, while the main thread is still reading the input.
if ((workerData as { warm?: boolean } | undefined)?.warm) {
  const text = 'Jane Doe, the chief executive of Acme Corp, said on Monday in London that the company had bought Zorbix Ltd last week.';
  extractArticle({
    id: 'warm-up', file: 'warm-up.txt', format: 'plain', title: 'Acme buys Zorbix', date: '2020-01-08', dateSource: 'header',
    section: null, source: null, hash: '', paragraphs: Array.from({ length: 20 }, (_, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: i + 3 })),
  });
}

parentPort!.on('message', ({ articles, tagForResolve }: ExtractionBatch) => {
  parentPort!.postMessage(extractBatch(articles, tagForResolve));
});
