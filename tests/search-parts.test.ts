/**
 * The search index in parts (src/search/parts.ts, src/search/pagefind.ts): how records are cut by period, a
 * rebuild that re-indexes only the changed part and still writes what a fresh build writes, and the search page
 * finding and date-sorting results across parts in Chromium. The seed site is built with tiny parts
 * (`searchPartRecords` in a config file) so it has several.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { main } from '../src/cli.ts';
import { planParts } from '../src/search/parts.ts';
import type { SearchRecord } from '../src/search/records.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { serveStatic, type StaticServer } from '../src/serve.ts';
import { siteDifferences } from './helpers/site.ts';
import { launchBrowser } from './helpers/browser.ts';

const rec = (url: string, date: string | null, origin?: string): SearchRecord => ({
  url, title: url, kind: 'article', date, aliases: '', text: '', ...(origin ? { origin } : {}),
});

describe('planParts', () => {
  it('keeps a site within the limit in one part, at pagefind/', () => {
    const parts = planParts([rec('a', '2020-01-01'), rec('b', null)], 10);
    expect(parts).toEqual([{ key: 'all', dir: 'pagefind', records: [rec('a', '2020-01-01'), rec('b', null)] }]);
  });

  it('splits a large site by calendar period, as far as needed, in period order, undated last', () => {
    const records = [
      ...Array.from({ length: 6 }, (_, i) => rec(`mar-${i}`, `1987-03-${String(i * 5 + 1).padStart(2, '0')}`)),
      ...Array.from({ length: 3 }, (_, i) => rec(`apr-${i}`, `1987-04-0${i + 1}`)),
      rec('year-only', '1987'),
      rec('far', '2045-04'),
      rec('farther', '2051'),
      rec('old', '1955-01-01'),
      rec('undated', null),
    ];
    const parts = planParts(records, 3, 3);
    expect(parts.map((p) => [p.key, p.records.map((r) => r.url)])).toEqual([
      ['D1950', ['old']],
      ['1987-00', ['year-only']],
      ['1987-03-1', ['mar-0', 'mar-1']],
      ['1987-03-2', ['mar-2', 'mar-3']],
      ['1987-03-3', ['mar-4', 'mar-5']],
      ['1987-04', ['apr-0', 'apr-1', 'apr-2']],
      // Sparse periods stay together in one coarse part.
      ['C2000', ['far', 'farther']],
      ['undated-12', ['undated']], // the 13th article in order of address, a block of its own
    ]);
    expect(parts.map((p) => p.dir)).toEqual(['pagefind', ...parts.slice(1).map((p) => `pagefind/part-${p.key}`)]);
  });

  it('gives neighbouring small periods one part, so sparse years do not make a part each', () => {
    const records = [
      ...Array.from({ length: 7 }, (_, i) => rec(`y${1980 + i}`, `${1980 + i}-06-01`)),
      ...Array.from({ length: 5 }, (_, i) => rec(`mar-${i}`, `1987-03-0${i + 1}`)),
      ...Array.from({ length: 5 }, (_, i) => rec(`apr-${i}`, `1987-04-0${i + 1}`)),
    ];
    const parts = planParts(records, 8, 8);
    expect(parts.map((p) => [p.key, p.records.length])).toEqual([
      ['1980_1986', 7],
      ['1987', 5],
      // The newest month is the recent tier, in parts of 8 / 5 records: 2, here a day each.
      ...[1, 2, 3, 4, 5].map((d) => [`recent-1987-04-0${d}`, 1]),
    ]);
  });

  it('splits a crowded third of a month by day', () => {
    const records = [...Array.from({ length: 12 }, (_, i) => rec(`d${i}`, `1987-03-0${(i % 4) + 1}`)), rec('later', '1987-05-01')];
    expect(planParts(records, 4, 4).map((p) => [p.key, p.records.length])).toEqual([
      ['1987-03-01', 3],
      ['1987-03-02', 3],
      ['1987-03-03', 3],
      ['1987-03-04', 3],
      ['recent-dated', 1],
    ]);
  });

  it('keeps the settled past in large parts and the newest month in small ones, where a new story lands', () => {
    const settled = Array.from({ length: 40 }, (_, i) => rec(`old-${i}`, `1987-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`));
    const recent = Array.from({ length: 9 }, (_, i) => rec(`new-${i}`, `1987-04-${String(1 + 3 * i).padStart(2, '0')}`));
    // An event dated later than any article is recent too.
    const records = [...settled, ...recent, { ...rec('events/later.html', '1988-01-01'), kind: 'event' }];
    const parts = planParts(records, 20, 20);
    expect(parts.map((p) => [p.key, p.records.length])).toEqual([
      ['1987-01', 14],
      ['1987-02', 13],
      ['1987-03', 13],
      ['recent-1987-04-1', 4],
      ['recent-1987-04-2', 3],
      ['recent-1987-04-3', 2],
      ['recent-1988', 1],
    ]);
    // A story added to the newest month changes one small part; the large ones stay as they were.
    const after = planParts([...records, rec('new-story', '1987-04-15')], 20, 20);
    const changed = after.filter((p) => !parts.some((q) => q.key === p.key && q.records.length === p.records.length));
    expect(changed.map((p) => p.key)).toEqual(['recent-1987-04-2']);
    // By default the settled past's dated parts are a third of that size (SETTLED_SHARE): an old name's record that a
    // new story changes sends a smaller part to be indexed again. The recent tier is cut as before.
    const smaller = planParts(records, 20);
    expect(smaller.filter((p) => !p.key.startsWith('recent-')).map((p) => [p.key, p.records.length])).toEqual([
      ['1987-01-1', 7], ['1987-01-2', 4], ['1987-01-3', 3],
      ['1987-02-1', 7], ['1987-02-2', 4], ['1987-02-3', 2],
      ['1987-03-1', 6], ['1987-03-2', 4], ['1987-03-3', 3],
    ]);
    expect(smaller.filter((p) => p.key.startsWith('recent-'))).toEqual(parts.filter((p) => p.key.startsWith('recent-')));
  });

  it('puts undated articles in blocks in order of address, the last block with its entities, the older entities in name parts', () => {
    const records = Array.from({ length: 40 }, (_, i) => [rec(`articles/a${String(i).padStart(2, '0')}.html`, null), { ...rec(`entities/e${i}.html`, null, `articles/a${String(i).padStart(2, '0')}.html`), kind: 'person' }]).flat();
    const parts = planParts(records, 50);
    // A block per article (50 / 5 / 10): 39 settled articles in parts of at most 50 records, then 39 older entities in
    // name parts of at most 10 (50 / 5 / 1): 4 of them, by a hash of the address, then the last block with its entity.
    const articleParts = parts.filter((p) => p.key.startsWith('undated-'));
    expect(articleParts.map((p) => [p.key, p.records.length])).toEqual([['undated-0_38', 39], ['undated-39', 2]]);
    expect(articleParts[1]!.records.map((r) => r.url)).toEqual(['articles/a39.html', 'entities/e39.html']);
    const names = parts.filter((p) => p.key.startsWith('names-'));
    expect(names.map((p) => p.key)).toEqual(Array.from({ length: 4 }, (_, i) => `names-4-${i}`));
    expect(names.flatMap((p) => p.records).map((r) => r.url).sort()).toEqual(records.filter((r) => r.kind === 'person' && r.url !== 'entities/e39.html').map((r) => r.url).sort());
    expect(Math.max(...names.map((p) => p.records.length))).toBeLessThanOrEqual(20);
    expect(parts.map((p) => p.key).indexOf('undated-39')).toBe(parts.length - 1);
  });

  it('re-plans only one small name part when an older entity gains a spelling', () => {
    const records = Array.from({ length: 200 }, (_, i) => [rec(`articles/a${String(i).padStart(3, '0')}.html`, null), { ...rec(`entities/e${i}.html`, null, `articles/a${String(i).padStart(3, '0')}.html`), kind: 'place' }]).flat();
    const before = planParts(records, 200);
    const after = planParts(records.map((r) => (r.url === 'entities/e3.html' ? { ...r, aliases: 'E3 · the third' } : r)), 200);
    const changed = after.filter((p) => JSON.stringify(p) !== JSON.stringify(before.find((q) => q.key === p.key)));
    expect(changed.map((p) => p.key)).toHaveLength(1);
    expect(changed[0]!.key).toMatch(/^names-/);
    expect(changed[0]!.records.length).toBeLessThanOrEqual(80); // 200 / 5 / 1, at most twice over
    expect(after.map((p) => p.key)).toEqual(before.map((p) => p.key));
  });

  it('keeps a site no larger than one recent part in one part, and gives a larger one tiers', () => {
    const records = Array.from({ length: 6 }, (_, i) => rec(`articles/a${i}.html`, null));
    expect(planParts(records, 30).map((p) => p.key)).toEqual(['all']); // 6 records, recent parts of 6
    expect(planParts(records, 25).map((p) => p.key)).toEqual(['undated-0_4', 'undated-5']); // recent parts of 5
  });

  it('changes only the last undated part when a story is added last, with the entities and events it brings', () => {
    const story = (i: number) => [
      rec(`articles/s${String(i).padStart(3, '0')}.html`, null),
      { ...rec(`entities/e${i}.html`, null, `articles/s${String(i).padStart(3, '0')}.html`), kind: 'person' },
      { ...rec(`events/v${i}.html`, null, `articles/s${String(i).padStart(3, '0')}.html`), kind: 'event' },
    ];
    const records = Array.from({ length: 61 }, (_, i) => story(i)).flat();
    const parts = planParts(records, 100); // blocks of 2 articles, parts of at most 100 records
    const after = planParts([...records, ...story(61)], 100);
    const same = (p: { key: string; records: SearchRecord[] }) => parts.some((q) => q.key === p.key && JSON.stringify(q.records) === JSON.stringify(p.records));
    expect(after.filter((p) => !same(p)).map((p) => p.key)).toEqual(['undated-30']);
    expect(after.length).toBe(parts.length);
    expect(parts.length).toBeGreaterThan(2);
  });
});

let tmp: string;
let input: string;
let config: string;

async function build(out: string, args: string[]): Promise<string[]> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['build', '--config', config, '--input', input, '--out', out, ...args], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  if (code !== 0) throw new Error(`build failed:\n${stderr.join('\n')}`);
  return stdout;
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-parts-'));
  config = path.join(tmp, 'chronicle.config.json');
  // A cap well under the seeds' records of their last ten days (about 20: at a cap of 20, whether those days were split
  // by day turned on one name's page), so they are split by day whichever names get pages, and a later story lands in
  // a part of its own.
  await fs.writeFile(config, JSON.stringify({ searchPartRecords: 12 }));
  input = path.join(tmp, 'in');
  await fs.mkdir(input);
  for (const f of await fs.readdir('seeds')) await fs.copyFile(path.join('seeds', f), path.join(input, f));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Every file under the site's pagefind/ (or another folder: relative path → bytes and inode). */
async function pagefindFiles(site: string, folder = 'pagefind'): Promise<Map<string, { bytes: Buffer; ino: number }>> {
  const files = new Map<string, { bytes: Buffer; ino: number }>();
  const root = path.join(site, folder);
  for (const f of await fs.readdir(root, { recursive: true })) {
    const file = path.join(root, f);
    const stat = await fs.stat(file);
    if (stat.isFile()) files.set(f.split(path.sep).join('/'), { bytes: await fs.readFile(file), ino: stat.ino });
  }
  return files;
}

/** A file's path inside its part's bundle. */
const inBundle = (file: string) => (file.startsWith('part-') ? file.slice(file.indexOf('/') + 1) : file);

/** Whether the part holding `file` kept its entry (pagefind-entry.json) the same inode: a carried-over part. */
function carriedPart(file: string, before: Map<string, { ino: number }>, after: Map<string, { ino: number }>): boolean {
  const entry = `${file.startsWith('part-') ? `${file.split('/')[0]}/` : ''}pagefind-entry.json`;
  return before.get(entry)?.ino === after.get(entry)?.ino;
}

describe('a site indexed in parts', () => {
  it('rebuilds only the part a new story changes, and writes what a fresh build writes', async () => {
    const out = path.join(tmp, 'out');
    const cache = path.join(tmp, 'cache');
    const first = (await build(out, ['--cache', cache])).join('\n');
    const [, parts, unchanged] = /indexed in (\d+) parts \((\d+) unchanged\)/.exec(first)!;
    expect(Number(parts)).toBeGreaterThan(3);
    expect(Number(unchanged)).toBe(0);
    expect(await fs.readdir(path.dirname(out))).not.toContainEqual(expect.stringMatching(/pagefind-/)); // nothing left aside

    const published = await pagefindFiles(out);
    const publishedOffline = await pagefindFiles(out, 'search');

    // A later story in the newest month, naming entities the seeds introduced: their records, and so their parts,
    // stay as they were, and the story lands in a small part of the recent tier.
    await fs.writeFile(
      path.join(input, 'zz-later.txt'),
      ' date 2021-12-20 WORLD\nSenseTime opens a lab\n\nSenseTime opened a research laboratory in Hong Kong on Thursday, the company said.\n',
    );
    const again = (await build(out, ['--cache', cache])).join('\n');
    const [, parts2, unchanged2] = /indexed in (\d+) parts \((\d+) unchanged\)/.exec(again)!;
    expect(Number(unchanged2)).toBeGreaterThanOrEqual(Number(parts));
    expect(Number(parts2)).toBeGreaterThan(Number(unchanged2));
    // In a re-indexed part too, a file the published index held with the same bytes (in any part, at the same place
    // in its bundle: Pagefind names its index files by content) is that file, hard-linked, not written again.
    const rebuilt = await pagefindFiles(out);
    const reindexed = [...rebuilt].filter(([f]) => !carriedPart(f, published, rebuilt));
    const known = reindexed.filter(([f, { bytes }]) => [...published].some(([g, old]) => inBundle(g) === inBundle(f) && old.bytes.equals(bytes)));
    expect(known.length).toBeGreaterThan(0);
    const written = known.filter(([f, { ino }]) => ![...published].some(([g, old]) => inBundle(g) === inBundle(f) && old.ino === ino));
    expect(written.map(([f]) => f)).toEqual([]);
    // The root part was carried over (hard-linked), and the parts list beside it was written as a file of its own,
    // never through a link into the published site (which would change the live site in the middle of a build).
    expect(carriedPart('chronicle-parts.json', published, rebuilt)).toBe(true);
    expect(rebuilt.get('chronicle-parts.json')!.ino).not.toBe(published.get('chronicle-parts.json')!.ino);
    // The offline index likewise: each file the published one held with the same bytes is that file, hard-linked;
    // the others are new files, and the published ones keep their bytes.
    const offline = [...(await pagefindFiles(out, 'search'))];
    const same = offline.filter(([f, { bytes }]) => publishedOffline.get(f)?.bytes.equals(bytes));
    expect(same.length).toBeGreaterThan(0);
    expect(same.length).toBeLessThan(offline.length);
    expect(same.filter(([f, { ino }]) => publishedOffline.get(f)!.ino !== ino).map(([f]) => f)).toEqual([]);
    expect(offline.filter(([f, { ino }]) => !same.some(([g]) => g === f) && publishedOffline.get(f)?.ino === ino).map(([f]) => f)).toEqual([]);
    const fresh = path.join(tmp, 'fresh');
    await build(fresh, ['--no-cache']);
    expect(await siteDifferences(out, fresh)).toEqual([]);
  }, 900_000);
});

describe('searching a site in parts, over http and from disk in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let graph: GraphJsonV2;
  const out = () => path.join(tmp, 'out');
  beforeAll(async () => {
    graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(out(), 'graph.json'), 'utf8')) as GraphJson);
    server = await serveStatic(out());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  type Mode = 'http' | 'file';
  /** The results' links, and each result's kind and date as the page shows them. */
  async function results(query: string, mode: Mode = 'http'): Promise<{ url: string; kind: string; date: string | null; title: string }[]> {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed: ${r.url()}`));
    const base = mode === 'http' ? server.url : `${pathToFileURL(out()).href}/`;
    await page.goto(`${base}search.html?${query}`);
    await page.locator('#status').filter({ hasText: /result/ }).waitFor({ timeout: 15_000 });
    const shown = await page.locator('#results li').evaluateAll((lis) =>
      lis.map((li) => ({
        url: li.querySelector('a')?.getAttribute('href') ?? '',
        title: li.querySelector('a')?.textContent ?? '',
        kind: li.querySelector('.badge')?.textContent ?? '',
        // The date, then the result's text if it has any (an entity's or event's record may have none).
        date: /^(\d{4}(?:-\d{2}){0,2})(?: · |$)/.exec(li.querySelector('p')?.textContent ?? '')?.[1] ?? null,
      })),
    );
    // The form shows the query and its filters, so a changed search starts from them.
    const params = new URLSearchParams(query);
    for (const [name, value] of params) expect(await page.locator(`form.search [name="${name}"]`).inputValue()).toBe(value);
    expect(failed).toEqual([]);
    await page.close();
    return shown;
  }
  /** How many results the status line counts (the list shows the first 20). */
  async function total(query: string, mode: Mode): Promise<number> {
    const page = await browser.newPage();
    const base = mode === 'http' ? server.url : `${pathToFileURL(out()).href}/`;
    await page.goto(`${base}search.html?${query}`);
    const status = page.locator('#status').filter({ hasText: /result/ });
    await status.waitFor({ timeout: 15_000 });
    const count = Number(/^(\d+) result/.exec((await status.textContent()) ?? '')?.[1]);
    await page.close();
    return count;
  }
  const resultUrls = async (query: string, mode: Mode = 'http') => (await results(query, mode)).map((r) => r.url);

  it('finds pages that are in parts other than the first', async () => {
    const { parts } = JSON.parse(await fs.readFile(path.join(out(), 'pagefind', 'chronicle-parts.json'), 'utf8')) as { parts: { path: string }[] };
    expect(parts.length).toBeGreaterThan(3);
    // Only the root part has Pagefind's script and worker; the others keep their language's WebAssembly alone.
    for (const part of parts.slice(1)) {
      expect((await fs.readdir(path.join(out(), part.path))).filter((f) => !/\.pf_meta$|^pagefind-entry\.json$|^(fragment|index|filter)$/.test(f))).toEqual(['wasm.en.pagefind']);
    }
    expect(await fs.readdir(path.join(out(), 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js']));
    const later = graph.articles.find((a) => a.file === 'zz-later.txt')!;
    expect(await resultUrls('q=laboratory')).toContain(later.url);
    const pengyu = graph.entities.find((e) => e.name === 'Liu Pengyu')!;
    expect(await resultUrls('q=Penggyu')).toContain(pengyu.url);
  });

  describe.each(['http', 'file'] as const)('filters and order (%s)', (mode) => {
    it.each(['asc', 'desc'] as const)('sorts results by date (%s)', async (sort) => {
      const dateOf = new Map<string, string | null>([...graph.articles.map((a) => [a.url, a.date] as const)]);
      const shown = await results(`q=SenseTime&kind=article&sort=${sort}`, mode);
      expect(shown.map((r) => r.url).sort()).toEqual(graph.articles.map((a) => a.url).sort()); // all three name SenseTime
      const dates = shown.map((r) => dateOf.get(r.url)!);
      const sorted = [...dates].sort();
      expect(dates).toEqual(sort === 'asc' ? sorted : sorted.reverse());
      // Each result shows its title, its kind and its date (over http Pagefind's: the kind given inline on the
      // page's main element, the title its first h1).
      const titleOf = new Map(graph.articles.map((a) => [a.url, a.title] as const));
      for (const r of shown) expect(r).toEqual({ url: r.url, title: titleOf.get(r.url), kind: 'article', date: dateOf.get(r.url) });
    });

    it('filters by source', async () => {
      const credited = graph.articles.filter((a) => a.source === 'Reuters').map((a) => a.url);
      expect(credited.length).toBeGreaterThan(0);
      expect(credited.length).toBeLessThan(graph.articles.length);
      expect((await resultUrls('q=SenseTime&source=Reuters', mode)).sort()).toEqual(credited.sort());
    });

    it('filters by period: a period and the time before it share out the dated results', async () => {
      // From disk an article is found by its excerpt (src/search/offline.ts), and an entity or event by its name or
      // title, not by its sources' sentences: "people" is in the title of an event of April 2021 and one of
      // December 2021.
      const december = await results('q=people&from=2021-12&to=2021-12', mode);
      expect(december.length).toBeGreaterThan(0);
      for (const r of december) expect(r.date).toMatch(/^2021-12/);
      const before = await results('q=people&to=2021-11', mode);
      expect(before.length).toBeGreaterThan(0);
      for (const r of before) expect(r.date! < '2021-12').toBe(true);
      // The results dated up to December 2021 are those of the two periods (the status line counts them all).
      const [a, b, c] = [await total('q=people&from=2021-12&to=2021-12', mode), await total('q=people&to=2021-11', mode), await total('q=people&to=2021-12', mode)];
      expect(a + b).toBe(c);
      expect(await resultUrls('q=China&from=2023&to=2022', mode)).toEqual([]);
    });
  });

  it('gives the same results over http and from disk for a filtered search', async () => {
    for (const query of ['q=China&from=2021-12', 'q=SenseTime&kind=article&sort=desc', 'q=SenseTime&source=Reuters']) {
      expect(new Set(await resultUrls(query, 'file'))).toEqual(new Set(await resultUrls(query, 'http')));
    }
  });
});
