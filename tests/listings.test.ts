/**
 * Bounded listings (issue 21): a generated archive whose year, month and initial each outgrow one page is built
 * with the real CLI. No page may grow with the archive — every listing page holds at most LISTING_PAGE_SIZE items,
 * and every page stays within the budgets — and nothing is lost: every dated event, every article and every name
 * is reachable from its overview through the listing pages.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { GraphJson } from '../src/graph/graph-json.ts';
import { LISTING_PAGE_SIZE, initialOf } from '../src/graph/listings.ts';
import { urls } from '../src/util/urls.ts';
import { BuiltSite } from './helpers/site.ts';
import { writeArchiveFixture } from './helpers/archive-fixture.ts';

/** Issue 21's budgets for every page: bytes of HTML and elements. */
const PAGE_BYTES = 150 * 1024;
const PAGE_ELEMENTS = 1500;
const ARTICLES = 240;

let tmp: string;
let site: BuiltSite;
let graph: GraphJson;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-listings-'));
  await writeArchiveFixture(path.join(tmp, 'in'), { count: ARTICLES, year: 2021, initial: 'K' });
  const stderr: string[] = [];
  const code = await main(['build', '--input', path.join(tmp, 'in'), '--out', path.join(tmp, 'out'), '--no-cache'], { stdout: () => {}, stderr: (l) => stderr.push(l) });
  if (code !== 0) throw new Error(`build failed:\n${stderr.join('\n')}`);
  site = new BuiltSite(path.join(tmp, 'out'));
  graph = JSON.parse(await fs.readFile(path.join(tmp, 'out', 'graph.json'), 'utf8')) as GraphJson;
}, 600_000);

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Every page reachable from `start` through links to pages that `follow` accepts (the listing pages). */
async function reachable(start: string, follow: (target: string) => boolean): Promise<Set<string>> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const link of await site.links(queue.shift()!)) {
      if (!link.target || seen.has(link.target)) continue;
      seen.add(link.target);
      if (follow(link.target)) queue.push(link.target);
    }
  }
  return seen;
}

/** Items listed in the page's main content (the lists of a listing page, not its navigation). */
async function listedItems(rel: string): Promise<number> {
  const doc = await site.page(rel);
  return doc.querySelectorAll('main ul.tl > li, main ul.cols > li, main section > ul:not(.periods) > li').length;
}

describe('listings of a generated archive that outgrows one page everywhere', () => {
  it('is big enough to need every kind of split', () => {
    expect(graph.articles).toHaveLength(ARTICLES);
    expect(graph.events.filter((e) => e.date?.startsWith('2021-03')).length).toBeGreaterThan(LISTING_PAGE_SIZE);
    expect(graph.entities.filter((e) => e.type === 'person' && initialOf(e.name) === 'K').length).toBeGreaterThan(LISTING_PAGE_SIZE);
  });

  it('keeps every page within the budgets: ≤ 150 KB of HTML, ≤ 1,500 elements', async () => {
    const over: string[] = [];
    for (const rel of await site.htmlPages()) {
      const bytes = (await fs.stat(path.join(site.root, rel))).size;
      const elements = (await site.page(rel)).querySelectorAll('*').length;
      if (bytes > PAGE_BYTES || elements > PAGE_ELEMENTS) over.push(`${rel}: ${bytes} bytes, ${elements} elements`);
    }
    expect(over).toEqual([]);
  });

  it(`lists at most ${LISTING_PAGE_SIZE} items on any listing page, and a bounded home page`, async () => {
    const listings = (await site.htmlPages()).filter((p) => /^(timeline|archive|people|organizations|places|other-names)[/.]/.test(p) || p === 'index.html' || p === 'articles.html');
    expect(listings.length).toBeGreaterThan(10);
    for (const rel of listings) expect(await listedItems(rel), rel).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
    expect((await site.page(urls.home)).querySelectorAll('a').length).toBeLessThan(150);
  });

  it('splits a crowded year into months and a crowded month into numbered pages, linked both ways', async () => {
    const year = await site.links(urls.timelinePage('2021', 1));
    expect(year.map((l) => l.target)).toContain(urls.timelinePage('2021-03', 1));
    const march = await site.links(urls.timelinePage('2021-03', 1));
    expect(march.map((l) => l.target)).toContain(urls.timelinePage('2021-03', 2));
    const second = await site.links(urls.timelinePage('2021-03', 2));
    expect(second.map((l) => l.target)).toContain(urls.timelinePage('2021-03', 1));
    expect((await site.page(urls.timelinePage('2021-03', 2))).querySelector('.pager [aria-current="page"]')?.textContent).toBe('2');
  });

  it('reaches every dated event from the timeline, every article from "Articles", every name from its index', async () => {
    const fromTimeline = await reachable(urls.timeline, (t) => t.startsWith('timeline/'));
    expect(graph.events.filter((e) => e.date && !fromTimeline.has(e.url)).map((e) => e.url)).toEqual([]);
    const fromArticles = await reachable(urls.articles, (t) => t.startsWith('archive/'));
    expect(graph.articles.filter((a) => !fromArticles.has(a.url)).map((a) => a.url)).toEqual([]);
    for (const type of ['person', 'organization', 'place', 'other'] as const) {
      const index = urls.entityIndex(type);
      const folder = index.replace(/\.html$/, '/');
      const fromIndex = await reachable(index, (t) => t.startsWith(folder));
      expect(graph.entities.filter((e) => e.type === type && !fromIndex.has(e.url)).map((e) => e.url), type).toEqual([]);
    }
  });

  it('files names under an A–Z bar, a crowded initial on numbered pages', async () => {
    const bar = (await site.page(urls.entityIndex('person'))).querySelectorAll('nav.az li');
    expect(bar.map((li) => li.textContent.trim())).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ#']);
    expect(await site.exists(urls.entityIndexPage('person', 'k', 2))).toBe(true);
    const k2 = await site.page(urls.entityIndexPage('person', 'k', 2));
    expect(k2.querySelector('nav.az a[aria-current="page"]')?.textContent).toBe('K');
    const names = k2.querySelectorAll('main ul.cols a').map((a) => a.textContent);
    expect(names.every((n) => initialOf(n) === 'K')).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });
});
