/** Lean output (issue 17, Bytes): mention quotes, graph.json's layout, and the bench's byte accounting by kind. */
import { describe, expect, it } from 'vitest';
import { MENTION_QUOTE, shortQuote } from '../src/graph/site-model.ts';
import { serializeGraphJson } from '../src/graph/graph-json.ts';
import { siteKind } from '../bench/site-bytes.ts';
import type { Graph } from '../src/types.ts';

const SENTENCE = 'Other music stars being approached include Robin and Barry Gibb of The Bee Gees, jazz sensation Jamie Cullum, Chris Rea and Olivia Newton-John.';

describe('shortQuote', () => {
  it('keeps a short sentence whole', () => {
    expect(shortQuote('Bob Smith resigned on Monday.', 'Bob Smith')).toBe('Bob Smith resigned on Monday.');
  });

  it('cuts a long sentence around the name, at word boundaries, marking each cut', () => {
    for (const name of ['Other', 'Barry Gibb', 'Jamie Cullum', 'Olivia Newton-John']) {
      const q = shortQuote(SENTENCE, name);
      expect(q).toContain(name);
      expect(q.replace(/…/g, '').length).toBeLessThanOrEqual(MENTION_QUOTE);
      const inner = q.replace(/^…/, '').replace(/…$/, '');
      expect(SENTENCE).toContain(inner);
      // Whole words only: a cut falls next to a space of the sentence, or at its ends.
      const at = SENTENCE.indexOf(inner);
      expect(at === 0 || SENTENCE[at - 1] === ' ').toBe(true);
      expect(at + inner.length === SENTENCE.length || SENTENCE[at + inner.length] === ' ').toBe(true);
      expect(q.startsWith('…')).toBe(at > 0);
    }
  });

  it('never cuts the name, even in text without spaces', () => {
    expect(shortQuote(`${'x'.repeat(300)} Name ${'y'.repeat(300)}`, 'Name')).toContain('Name');
  });
});

describe('graph.json layout', () => {
  it('writes one record a line and parses back to the same data', () => {
    const graph = {
      articles: [{ id: 'a', file: 'a.txt', title: 'A', date: null, dateSource: null, section: null, source: null, hash: 'h', paragraphs: [] }],
      extractions: [], entities: [], plainNames: [], events: [], quotes: [], problems: [{ file: 'b.txt', line: 2, message: 'bad', severity: 'error' }], notes: [],
    } as unknown as Graph;
    const text = serializeGraphJson(graph);
    const data = JSON.parse(text) as { articles: { id: string }[]; problems: unknown[] };
    expect(data.articles.map((a) => a.id)).toEqual(['a']);
    expect(text.split('\n').filter((l) => l.startsWith('{"id":"a"'))).toHaveLength(1);
    expect(text).toContain('"problems": [\n{"file":"b.txt","line":2,"message":"bad"}\n]');
  });
});

describe('bench byte kinds', () => {
  it('classifies output files by where the site writes them', () => {
    expect(siteKind('entities/x.html')).toBe('entities');
    expect(siteKind('events/y.html')).toBe('events');
    expect(siteKind('articles/z.html')).toBe('articles');
    expect(siteKind('timeline/2021.html')).toBe('listings');
    expect(siteKind('people.html')).toBe('listings');
    expect(siteKind('pagefind/index/a.pf_index')).toBe('search index');
    expect(siteKind('search/records.js')).toBe('offline index');
    expect(siteKind('previews/3.js')).toBe('previews');
    expect(siteKind('graph.json')).toBe('data');
    expect(siteKind('style.0123456789.css')).toBe('assets');
  });
});
