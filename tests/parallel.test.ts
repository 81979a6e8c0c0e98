/** Extraction in worker threads gives exactly what one thread gives, in the same order. */
import { describe, expect, it } from 'vitest';
import { readInputFolder, ingestFiles } from '../src/ingest/index.ts';
import { extractAll } from '../src/extract/parallel.ts';

describe('extractAll', () => {
  it('is identical with 1 and 2 workers', async () => {
    const articles = [];
    for (const dir of ['seeds', 'tests/fixtures/bad']) articles.push(...ingestFiles((await readInputFolder(dir)).files).articles);
    expect(articles.length).toBeGreaterThan(10);
    const one = await extractAll(articles, 1);
    const progress: number[] = [];
    const two = await extractAll(articles, 2, (done) => progress.push(done), 1);
    expect(two).toEqual(one);
    expect(progress.at(-1)).toBe(articles.length);
  });
});
