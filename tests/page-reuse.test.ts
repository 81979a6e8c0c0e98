/**
 * Resolve's mark (src/resolve/unchanged.ts) and the pages it lets the site model carry over (src/graph/page-reuse.ts),
 * on a small graph changed one way at a time. tests/incremental.test.ts compares whole rebuilt sites with fresh ones.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Entity, Event, Graph, MentionRef } from '../src/types.ts';
import { fingerprints, markUnchanged } from '../src/resolve/unchanged.ts';
import { cleanPages } from '../src/graph/page-reuse.ts';

const article = (id: string, date: string): ArticleRecord => ({ id, file: `${id}.txt`, title: `Title ${id}`, date, dateSource: 'header', section: null, source: null, hash: `h-${id}`, paragraphs: [] });
const mention = (article: string, sentence: number, text: string): MentionRef => ({ article, paragraph: `${article}-p1`, sentence, start: 0, end: text.length, text, sentenceText: `${text} spoke.` });
const entity = (id: string, name: string, mentions: MentionRef[]): Entity => ({ id, name, type: 'person', aliases: [], mentions, mergeReasons: [] });
const event = (id: string, participants: string[], sources: string[]): Event => ({
  id, title: `Event ${id}`, type: 'meeting', date: '2020-01-01', precision: 'day',
  participants: participants.map((entity) => ({ entity, role: 'actor' as const })),
  sources: sources.map((a) => ({ article: a, paragraph: `${a}-p1`, quote: 'They met.', date: '2020-01-01' })),
});

/** a1 names Ann and Bob, a2 Ann and Cy, a3 Dee; Ann and Bob met (reported in a1). */
function base(): Graph {
  return {
    articles: [article('a1', '2020-01-01'), article('a2', '2020-01-02'), article('a3', '2020-01-03')],
    extractions: [],
    entities: [
      entity('ann', 'Ann', [mention('a1', 0, 'Ann'), mention('a2', 0, 'Ann')]),
      entity('bob', 'Bob', [mention('a1', 0, 'Bob')]),
      entity('cy', 'Cy', [mention('a2', 1, 'Cy')]),
      entity('dee', 'Dee', [mention('a3', 0, 'Dee')]),
    ],
    events: [event('meet', ['ann', 'bob'], ['a1'])],
    quotes: [],
    problems: [],
    notes: [],
  };
}

const keys = new Map([['a1', 'k1'], ['a2', 'k2'], ['a3', 'k3']]);
function clean(change: (g: Graph) => void, articleKeys = keys) {
  const before = base();
  const after = base();
  change(after);
  const mark = markUnchanged(fingerprints(after, articleKeys), fingerprints(before, keys));
  const pages = cleanPages(after, mark);
  return { articles: [...pages.articles].sort(), entities: [...pages.entities].sort(), events: [...pages.events].sort() };
}

describe('pages carried over by resolve mark', () => {
  it('carries every page when nothing changed, and none without a cached build', () => {
    expect(clean(() => {})).toEqual({ articles: ['a1', 'a2', 'a3'], entities: ['ann', 'bob', 'cy', 'dee'], events: ['meet'] });
    const g = base();
    expect(cleanPages(g, markUnchanged(fingerprints(g, keys), null))).toEqual({ articles: new Set(), entities: new Set(), events: new Set() });
  });

  it('a new article naming a known name touches that article and the name, not the name\'s other articles', () => {
    const pages = clean((g) => {
      g.articles.push(article('a4', '2020-01-04'));
      g.entities.find((e) => e.id === 'dee')!.mentions.push(mention('a4', 0, 'Dee'));
    }, new Map([...keys, ['a4', 'k4']]));
    expect(pages).toEqual({ articles: ['a1', 'a2', 'a3'], entities: ['ann', 'bob', 'cy'], events: ['meet'] });
  });

  it('a renamed name touches every article naming it, the names there and its events', () => {
    const pages = clean((g) => {
      g.entities.find((e) => e.id === 'bob')!.name = 'Robert';
    });
    expect(pages).toEqual({ articles: ['a2', 'a3'], entities: ['cy', 'dee'], events: [] });
  });

  it('an article whose text changed (its extraction key) is touched with all it names; an event it does not cite is not', () => {
    const pages = clean(() => {}, new Map([...keys, ['a2', 'k2-edited']]));
    expect(pages).toEqual({ articles: ['a1', 'a3'], entities: ['bob', 'dee'], events: ['meet'] });
    expect(clean(() => {}, new Map([...keys, ['a1', 'k1-edited']])).events).toEqual([]);
  });

  it('a new event moves its participants\' event lists and touches what it cites', () => {
    const pages = clean((g) => {
      g.events.push(event('call', ['cy'], ['a2']));
    });
    expect(pages).toEqual({ articles: ['a1', 'a3'], entities: ['bob', 'dee'], events: ['meet'] });
  });

  it('an event gaining a source from an unchanged article touches that article only', () => {
    const pages = clean((g) => {
      g.events[0]!.sources.push({ article: 'a1', paragraph: 'a1-p2', quote: 'They met again.', date: '2020-01-01' });
    });
    expect(pages).toEqual({ articles: ['a2', 'a3'], entities: ['cy', 'dee'], events: [] });
  });
});
