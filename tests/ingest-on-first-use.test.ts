/**
 * The HTML, feed and Markdown parsers are loaded only when a file needs them (src/util/on-first-use.ts): here importing them
 * the usual way throws, so reading plain text must not touch them, and a page or feed read after it still parses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

for (const name of ['linkedom', '@mozilla/readability', 'feedsmith', 'fast-xml-parser', 'unified', 'remark-parse', 'mdast-util-to-string']) {
  vi.doMock(name, () => {
    throw new Error(`${name} loaded with the ingest stage`);
  });
}

const FIXTURES = 'tests/fixtures/formats';

describe('parsers loaded on first use', () => {
  it('ingests plain text without the HTML, feed and Markdown parsers, then pages, feeds and Markdown with them', async () => {
    const { ingestFiles } = await import('../src/ingest/index.ts');
    const text = ingestFiles([{ file: 'wire.txt', bytes: readFileSync(`${FIXTURES}/wire.txt`) }]);
    expect(text.articles).toHaveLength(1);
    expect(text.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const page = ingestFiles([{ file: 'saved-page.html', bytes: readFileSync(`${FIXTURES}/saved-page.html`) }]);
    expect(page.articles[0]!.format).toBe('html');
    expect(page.articles[0]!.paragraphs.length).toBeGreaterThan(1);
    const feed = ingestFiles([{ file: 'gazette.rss', bytes: readFileSync(`${FIXTURES}/feeds/gazette.rss`) }]);
    expect(feed.articles.length).toBeGreaterThan(1);
    expect(feed.articles.every((a) => a.format === 'feed')).toBe(true);
    const markdown = '---\ntitle: Ferry terminal\n---\n\nThe *new* terminal opens.\n\nCrossings **double**.\n';
    const column = ingestFiles([{ file: 'column.md', bytes: new TextEncoder().encode(markdown) }]);
    expect(column.articles[0]!.format).toBe('markdown');
    expect(column.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['The new terminal opens.', 'Crossings double.']);
  });
});
