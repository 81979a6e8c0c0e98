/**
 * The prebuilt offline index (src/search/offline.ts): how records become terms, term files and page groups. The
 * browser side (offline-engine.js) is driven in Chromium by tests/search-ranking.test.ts, search-parts.test.ts and
 * e2e.test.ts.
 */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { promises as fs, readFileSync } from 'node:fs';
import { buildOfflineIndex, pageScript, shardFile, TITLE_BITS, urlAffixes, writeOfflineSearch } from '../src/search/offline.ts';
import { shardKey, terms, TERMS } from '../src/search/terms.ts';
import { buildNames, nameBucket, nameEvents, namesFile, NAME_EVENTS, NAMES_FILE_BYTES } from '../src/search/names.ts';
import type { SiteModel } from '../src/graph/site-model.ts';
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
  it('writes a URL without what every URL of its kind shares, which meta.js and search.js give back (issue 17)', async () => {
    const records = [
      rec({ url: 'articles/zorbix-001.html', title: 'Zorbix opens a mill' }),
      rec({ url: 'articles/vell-002.html', title: 'Vell closes a mill' }),
      rec({ url: 'entities/zorbix.html', kind: 'organization', title: 'Zorbix' }),
      rec({ url: 'entities/vell.html', kind: 'organization', title: 'Vell' }),
      rec({ url: 'events/undated-launch-zorbix.html', kind: 'event', title: 'Zorbix opens a mill' }),
      rec({ url: 'events/2001-02-03-close-vell.html', kind: 'event', title: 'Vell closes a mill' }),
    ];
    expect(urlAffixes(records)).toEqual({ article: ['articles/', '.html'], event: ['events/', '.html'], organization: ['entities/', '.html'] });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-offline-'));
    try {
      await writeOfflineSearch(dir, records, new Map([['entities/zorbix.html', [['events/undated-launch-zorbix.html', 'Zorbix opens a mill', null]]]]));
      const data: Record<string, unknown> = {};
      const read = async (rel: string) => new Function('chronicleSearchData', await fs.readFile(path.join(dir, 'search', rel), 'utf8'))((kind: string, _: unknown, d: unknown) => (data[kind] = d));
      await read('index/meta.js');
      await read('index/d-0.js');
      const meta = data.meta as { urls: Record<string, [string, string]>; kinds: string[]; groups: [number, number, string, number][] };
      const rows = data.docs as [string, string, string][];
      // Each row's kind is its group's; the row's URL is the middle alone.
      const kindAt = (page: number) => meta.kinds[meta.groups.filter((g) => g[3] <= page).at(-1)![0]]!;
      const urls = rows.map((row, page) => meta.urls[kindAt(page)]![0] + row[0] + meta.urls[kindAt(page)]![1]);
      expect(urls.sort()).toEqual(records.map((r) => r.url).sort());
      for (const row of rows) expect(row[0]).not.toMatch(/\.html$|\//);
      const names = (await Promise.all((await fs.readdir(path.join(dir, 'search', 'names'))).map(async (f) => JSON.parse(await fs.readFile(path.join(dir, 'search', 'names', f), 'utf8')) as unknown[][]))).flat();
      expect(names).toContainEqual(['zorbix', 'Zorbix', 'organization', [['undated-launch-zorbix', 'Zorbix opens a mill', null]]]);
      expect(await fs.readFile(path.join(dir, 'search', 'search.js'), 'utf8')).toContain('"urls":{"article":["articles/",".html"]');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

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

  it('lists every page by its title for the exact-title rule, in files of a few KB found by a hash of the name', () => {
    const small = buildNames([
      rec({ url: 'entities/tories.html', kind: 'organization', title: 'Tories' }),
      rec({ url: 'events/x.html', kind: 'event', title: 'TORIES!' }),
      rec({ url: 'entities/sao-paulo.html', kind: 'place', title: 'São Paulo' }),
    ]);
    expect(small.buckets).toBe(1);
    // The pages alone, in order of name ('sao paulo' < 'tories'), then URL: the page finds a name's by their titles.
    expect(small.files).toEqual([[
      ['entities/sao-paulo.html', 'São Paulo', 'place'],
      ['entities/tories.html', 'Tories', 'organization'],
      ['events/x.html', 'TORIES!', 'event'],
    ]]);
    expect(namesFile(3)).toBe('n-3.json');
    // An entity's page carries its newest events (NAME_EVENTS, newest first, undated last), for the first results.
    const model = { entities: [{ url: 'entities/tories.html', events: Array.from({ length: 7 }, (_, i) => ({ url: `events/e${i}.html`, title: `E${i}`, date: i === 6 ? null : `2005-0${1 + i}-01` })) }] };
    const events = nameEvents(model as unknown as SiteModel);
    expect(events.get('entities/tories.html')).toEqual([5, 4, 3, 2, 1].map((i) => [`events/e${i}.html`, `E${i}`, `2005-0${1 + i}-01`]));
    expect(NAME_EVENTS).toBe(5);
    expect(buildNames([rec({ url: 'entities/tories.html', kind: 'organization', title: 'Tories' })], events).files[0]).toEqual([
      ['entities/tories.html', 'Tories', 'organization', events.get('entities/tories.html')],
    ]);
    // 3,000 headlines: many files, each near NAMES_FILE_BYTES, every name in the file its hash says.
    const many = Array.from({ length: 3000 }, (_, i) => rec({ url: `articles/${i}.html`, title: `Story number ${i} about trade` }));
    const big = buildNames(many);
    expect(big.buckets).toBeGreaterThan(16);
    expect(Math.log2(big.buckets) % 1).toBe(0);
    const sizes = big.files.map((f) => JSON.stringify(f).length);
    expect(Math.max(...sizes)).toBeLessThan(3 * NAMES_FILE_BYTES);
    expect(sizes.reduce((a, b) => a + b, 0) / sizes.length).toBeLessThanOrEqual(NAMES_FILE_BYTES);
    for (const r of many) expect(big.files[nameBucket(terms(r.title).join(' '), big.buckets)]).toContainEqual([r.url, r.title, 'article']);
    expect(JSON.stringify(buildNames([...many].reverse()))).toBe(JSON.stringify(big));
    // The page script computes the same bucket (it cannot import the function), from the number the build writes in.
    const layout = { parts: [{ path: 'pagefind/', undated: false, tag: 'abc' }], years: null, names: 64 };
    const script = pageScript(readFileSync(new URL('../src/search/search-page.js', import.meta.url), 'utf8'), layout);
    expect(script).toContain(`  var BUILD = ${JSON.stringify(layout)};`);
    const pageBucket = new Function(`${/function nameBucket\(name, buckets\) \{[^]*?\n  \}\n/.exec(script)![0]}; return nameBucket;`)() as (name: string, buckets: number) => number;
    for (const name of ['tories', 'sao paulo', '東京 2020', 'a', 'x'.repeat(300)]) expect(pageBucket(name, 64)).toBe(nameBucket(name, 64));
    expect(() => pageScript('no such line', layout)).toThrow(/BUILD/);
    // The page script has the same patterns as TERMS (it cannot import them).
    const page = script;
    expect(page).toContain(`var MARKS = /${TERMS.marks}/g;`);
    expect(page).toContain(`var SPLIT = /${TERMS.split}/u;`);
  });
});
