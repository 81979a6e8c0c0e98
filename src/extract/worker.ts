/** Worker thread body: extracts the articles it is sent (src/extract/parallel.ts). */
import { parentPort } from 'node:worker_threads';
import type { IngestedArticle } from '../types.ts';
import { extractArticle } from './index.ts';

parentPort!.on('message', (articles: IngestedArticle[]) => {
  parentPort!.postMessage(articles.map(extractArticle));
});
