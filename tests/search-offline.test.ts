/**
 * The prebuilt offline index (src/search/offline.ts): how records become terms, term files and page groups. The
 * browser side (offline-engine.js) is driven in Chromium by tests/search-ranking.test.ts, search-parts.test.ts and
 * e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildOfflineIndex, shardFile, TITLE_BITS } from '../src/search/offline.ts';
import { shardKey, terms, TERMS } from '../src/search/terms.ts';
import { buildNames, namesFile } from '../src/search/names.ts';
import type { SearchRecord } from '../src/search/records.ts';

const rec = (r: Partial<SearchRecord> & { url: string }): SearchRecord => ({ title: r.url, kind: 'article', date: null, aliases: '', text: '', ...r });

/** Term → [page number, score, title words] from the index's delta-coded postings. */
function postings(index: ReturnType<typeof buildOfflineIndex>, term: string): [number, number, number][] {
  const list = index.shards.get(shardKey(term))![term]!;
  const out: [number, number, number][] = [];
  let page = 0;
  for (let i = 0; i < list.length; i += 2) {
    page += list[i]!;
    out.push([page, Math.floor(list[i + 1]! / 2 ** TITLE_BITS), list[i + 1]! % 2 ** TITLE_BITS]);
  }
  return out;
}

describe('the offline index', () => {
  it('cuts text into terms without accents or case, at anything but letters and digits', () => {
    expect(terms("Müller's São-Paulo deal, 1987/88")).toEqual(['muller', 's', 'sao', 'paulo', 'deal', '1987', '88']);
    expect(shardKey('sao')).toBe('sa');
    expect(shardKey('s')).toBe('s');
    expect(shardFile('sa')).toBe('t-sa.js');
    expect(shardFile('北京')).toBe('t-x-5317-4eac.js');
  });

  it('numbers pages by kind, source and date, so filters are ranges and a page date comes from its group', () => {
    const index = buildOfflineIndex([
      rec({ url: 'b', date: '2021-12-14', source: 'Reuters' }),
      rec({ url: 'a', date: '2021-12-10' }),
      rec({ url: 'e', kind: 'event', date: '2021-02-01' }),
      rec({ url: 'p', kind: 'person', title: 'Ann Lee' }),
      rec({ url: 'c', date: '2021-12-10' }),
    ]);
    expect(index.blocks.flat().map((row) => row[0])).toEqual(['a', 'c', 'b', 'e', 'p']);
    expect(index.meta.kinds).toEqual(['article', 'event', 'person']);
    expect(index.meta.sources).toEqual(['Reuters']);
    expect(index.meta.groups).toEqual([
      [0, -1, '2021-12-10', 0],
      [0, 0, '2021-12-14', 2],
      [1, -1, '2021-02-01', 3],
      [2, -1, '', 4],
    ]);
  });

  it("scores a name's own page above a headline containing it, and records the title's length for the exact-title rule", () => {
    const index = buildOfflineIndex([
      rec({ url: 'articles/x.html', title: 'Volcker warns on the dollar', text: 'Paul Volcker said the dollar fell.' }),
      rec({ url: 'entities/paul-volcker.html', kind: 'person', title: 'Paul Volcker', aliases: 'Volcker' }),
    ]);
    const pages = index.blocks.flat().map((row) => row[0]);
    const byUrl = Object.fromEntries(postings(index, 'volcker').map(([page, score, title]) => [pages[page], { score, title }]));
    expect(byUrl['entities/paul-volcker.html']!.score).toBeGreaterThan(byUrl['articles/x.html']!.score);
    expect(byUrl['entities/paul-volcker.html']!.title).toBe(2);
    expect(byUrl['articles/x.html']!.title).toBe(5);
    // A word only in the text: in no title.
    expect(postings(index, 'fell').map(([, , title]) => title)).toEqual([0]);
  });

  it('is the same for the same records in any order', () => {
    const records = Array.from({ length: 150 }, (_, i) => rec({ url: `articles/${i}.html`, title: `Story ${i % 7} about trade`, date: `1987-0${1 + (i % 9)}-1${i % 10}` }));
    const a = buildOfflineIndex(records);
    const b = buildOfflineIndex([...records].reverse());
    expect(JSON.stringify({ ...b, shards: [...b.shards] })).toBe(JSON.stringify({ ...a, shards: [...a.shards] }));
    expect(a.blocks.length).toBe(3); // 150 pages in blocks of 64
  });

  it('lists every page by its title for the exact-title rule, with the rule the search page cuts a query by', () => {
    const names = buildNames([
      rec({ url: 'entities/tories.html', kind: 'organization', title: 'Tories' }),
      rec({ url: 'events/x.html', kind: 'event', title: 'TORIES!' }),
      rec({ url: 'entities/sao-paulo.html', kind: 'place', title: 'São Paulo' }),
    ]);
    expect(names.get('to')).toEqual({ tories: [['entities/tories.html', 'Tories', 'organization'], ['events/x.html', 'TORIES!', 'event']] });
    expect(names.get('sa')).toEqual({ 'sao paulo': [['entities/sao-paulo.html', 'São Paulo', 'place']] });
    expect(namesFile('to')).toBe('n-74-6f.json');
    // The page script has the same patterns as TERMS (it cannot import them).
    const page = readFileSync(new URL('../src/search/search-page.js', import.meta.url), 'utf8');
    expect(page).toContain(`var MARKS = /${TERMS.marks}/g;`);
    expect(page).toContain(`var SPLIT = /${TERMS.split}/u;`);
  });
});
