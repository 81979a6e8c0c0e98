/**
 * The search index in parts (src/search/parts.ts, src/search/pagefind.ts): how records are cut by period, a
 * rebuild that re-indexes only the changed part and still writes what a fresh build writes, and the search page
 * finding and date-sorting results across parts in Chromium. The seed site is built with tiny parts
 * (`searchPartRecords` in a config file) so it has several.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { main } from '../src/cli.ts';
import { planParts } from '../src/search/parts.ts';
import type { SearchRecord } from '../src/search/records.ts';
import type { GraphJson } from '../src/graph/graph-json.ts';
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
    const parts = planParts(records, 3);
    expect(parts.map((p) => [p.key, p.records.map((r) => r.url)])).toEqual([
      ['D1950', ['old']],
      ['1987-00', ['year-only']],
      ['1987-03-1', ['mar-0', 'mar-1']],
      ['1987-03-2', ['mar-2', 'mar-3']],
      ['1987-03-3', ['mar-4', 'mar-5']],
      ['1987-04', ['apr-0', 'apr-1', 'apr-2']],
      // Sparse periods stay together in one coarse part.
      ['C2000', ['far', 'farther']],
      ['undated-0', ['undated']],
    ]);
    expect(parts.map((p) => p.dir)).toEqual(['pagefind', ...parts.slice(1).map((p) => `pagefind/part-${p.key}`)]);
  });

  it('gives neighbouring small periods one part, so sparse years do not make a part each', () => {
    const records = [
      ...Array.from({ length: 7 }, (_, i) => rec(`y${1980 + i}`, `${1980 + i}-06-01`)),
      ...Array.from({ length: 5 }, (_, i) => rec(`mar-${i}`, `1987-03-0${i + 1}`)),
      ...Array.from({ length: 5 }, (_, i) => rec(`apr-${i}`, `1987-04-0${i + 1}`)),
    ];
    const parts = planParts(records, 8);
    expect(parts.map((p) => [p.key, p.records.length])).toEqual([
      ['1980_1986', 7],
      ['1987-03', 5],
      ['1987-04', 5],
    ]);
  });

  it('splits a crowded third of a month by day', () => {
    const records = Array.from({ length: 12 }, (_, i) => rec(`d${i}`, `1987-03-0${(i % 4) + 1}`));
    expect(planParts(records, 4).map((p) => [p.key, p.records.length])).toEqual([
      ['1987-03-01', 3],
      ['1987-03-02', 3],
      ['1987-03-03', 3],
      ['1987-03-04', 3],
    ]);
  });

  it('puts undated records with the article they come from', () => {
    const records = Array.from({ length: 40 }, (_, i) => [rec(`articles/a${i}.html`, null), rec(`entities/e${i}.html`, null, `articles/a${i}.html`)]).flat();
    const parts = planParts(records, 10);
    expect(parts.length).toBe(8); // 80 undated records, 10 per part: 8 buckets
    for (const p of parts) {
      for (const r of p.records.filter((r) => r.origin)) expect(p.records.map((x) => x.url)).toContain(r.origin);
    }
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
  await fs.writeFile(config, JSON.stringify({ searchPartRecords: 20 }));
  input = path.join(tmp, 'in');
  await fs.mkdir(input);
  for (const f of await fs.readdir('seeds')) await fs.copyFile(path.join('seeds', f), path.join(input, f));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('a site indexed in parts', () => {
  it('rebuilds only the part a new story changes, and writes what a fresh build writes', async () => {
    const out = path.join(tmp, 'out');
    const cache = path.join(tmp, 'cache');
    const first = (await build(out, ['--cache', cache])).join('\n');
    const [, parts, unchanged] = /indexed in (\d+) parts \((\d+) unchanged\)/.exec(first)!;
    expect(Number(parts)).toBeGreaterThan(3);
    expect(Number(unchanged)).toBe(0);
    expect(await fs.readdir(path.dirname(out))).not.toContainEqual(expect.stringMatching(/pagefind-/)); // nothing left aside

    // A later story naming entities the seeds introduced: their records, and so their parts, stay as they were.
    await fs.writeFile(
      path.join(input, 'zz-later.txt'),
      ' date 2023-06-01 WORLD\nSenseTime opens a lab\n\nSenseTime opened a research laboratory in Hong Kong on Thursday, the company said.\n',
    );
    const again = (await build(out, ['--cache', cache])).join('\n');
    const [, parts2, unchanged2] = /indexed in (\d+) parts \((\d+) unchanged\)/.exec(again)!;
    expect(Number(unchanged2)).toBeGreaterThanOrEqual(Number(parts));
    expect(Number(parts2)).toBeGreaterThan(Number(unchanged2));
    const fresh = path.join(tmp, 'fresh');
    await build(fresh, ['--no-cache']);
    expect(await siteDifferences(out, fresh)).toEqual([]);
  }, 300_000);
});

describe('searching a site in parts, over http in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let graph: GraphJson;
  const out = () => path.join(tmp, 'out');
  beforeAll(async () => {
    graph = JSON.parse(await fs.readFile(path.join(out(), 'graph.json'), 'utf8')) as GraphJson;
    server = await serveStatic(out());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function resultUrls(query: string): Promise<string[]> {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${server.url}search.html?${query}`);
    await page.locator('#status').filter({ hasText: /result/ }).waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('#results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(failed).toEqual([]);
    await page.close();
    return hrefs;
  }

  it('finds pages that are in parts other than the first', async () => {
    const parts = JSON.parse(await fs.readFile(path.join(out(), 'pagefind', 'chronicle-parts.json'), 'utf8')) as { path: string }[];
    expect(parts.length).toBeGreaterThan(3);
    const later = graph.articles.find((a) => a.file === 'zz-later.txt')!;
    expect(await resultUrls('q=laboratory')).toContain(later.url);
    const pengyu = graph.entities.find((e) => e.name === 'Liu Pengyu')!;
    expect(await resultUrls('q=Penggyu')).toContain(pengyu.url);
  });

  it.each(['asc', 'desc'] as const)('sorts results by date across parts (%s)', async (sort) => {
    const dateOf = new Map<string, string | null>([...graph.articles.map((a) => [a.url, a.date] as const)]);
    const urls = await resultUrls(`q=SenseTime&kind=article&sort=${sort}`);
    expect(urls.sort()).toEqual(graph.articles.map((a) => a.url).sort()); // all three name SenseTime
    const dates = (await resultUrls(`q=SenseTime&kind=article&sort=${sort}`)).map((u) => dateOf.get(u)!);
    const sorted = [...dates].sort();
    expect(dates).toEqual(sort === 'asc' ? sorted : sorted.reverse());
  });
});
