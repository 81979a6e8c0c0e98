/**
 * Search speed in Chromium, as a new reader meets it: each query in a fresh browser context (cold cache), the
 * search page opened at `search.html?q=…`, over http on loopback (optionally with Chromium's network emulation
 * adding a round-trip time) and from file://. Per query: requests, bytes transferred (http: encoded bytes of every
 * response; file://: bytes of the files read), the time from navigation to the first result on screen
 * (performance.now() when `#results` first gets an item, recorded in the page by a MutationObserver) and to the
 * full ranked results (when the status line first says how many results there are): over http the pages titled as
 * the query are shown before Pagefind's ranking arrives (src/search/search-page.js).
 *
 * `node --import tsx bench/search.ts SITE_DIR [--rtt 50] [--mode http|file|both] [QUERY…]` measures a built site;
 * with no queries, the site's 20 most-mentioned names (from its graph.json). `npm run bench` calls measureSearch
 * on each corpus it builds.
 */
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../src/serve.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';

export interface QueryRun { query: string; requests: number; bytes: number; firstResultMs: number | null; rankedMs: number | null; firstUrl: string | null }
export interface SearchFigures { mode: string; runs: QueryRun[]; medianMs: number | null; medianRankedMs: number | null; medianBytes: number; medianRequests: number }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

/** The `n` most-mentioned entities with a name of their own: the bench's fixed query list for a corpus. */
export function topNames(graph: GraphJsonV2, n: number): { name: string; url: string }[] {
  const byName = new Map<string, number>();
  for (const e of graph.entities) byName.set(e.name.toLowerCase(), (byName.get(e.name.toLowerCase()) ?? 0) + 1);
  return [...graph.entities]
    .filter((e) => byName.get(e.name.toLowerCase()) === 1)
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))
    .slice(0, n)
    .map((e) => ({ name: e.name, url: e.url }));
}

const WATCH = `
  new MutationObserver((_, observer) => {
    const list = document.getElementById('results');
    if (list && list.firstElementChild && window.__firstResultMs === undefined) window.__firstResultMs = performance.now();
    if (/^\\d+ results? for/.test(document.getElementById('status')?.textContent ?? '')) { window.__rankedMs = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

async function runQuery(browser: Browser, base: string, query: string): Promise<QueryRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(WATCH);
    // Counted at the context, so the requests of Pagefind's web worker count too.
    let requests = 0;
    const sizes: Promise<number>[] = [];
    context.on('request', () => requests++);
    context.on('requestfinished', (r) => {
      const u = new URL(r.url());
      // From disk there is no transfer: a file's bytes are what the browser reads.
      if (u.protocol === 'file:') sizes.push(fs.stat(decodeURIComponent(u.pathname)).then((s) => s.size, () => 0));
      else sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
    });
    await page.goto(`${base}search.html?q=${encodeURIComponent(query)}`);
    await page.locator('#status').filter({ hasText: /result/ }).waitFor({ timeout: 60_000 });
    const times = await page.evaluate(() => {
      const w = window as unknown as { __firstResultMs?: number; __rankedMs?: number };
      return { first: w.__firstResultMs ?? null, ranked: w.__rankedMs ?? null };
    });
    const ms = (t: number | null) => (t === null ? null : Math.round(t));
    const href = await page.locator('#results li a').first().getAttribute('href', { timeout: 1_000 }).catch(() => null);
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { query, requests, bytes, firstResultMs: ms(times.first), rankedMs: ms(times.ranked), firstUrl: href };
  } finally {
    await context.close();
  }
}

/**
 * A server in front of `target` that answers each request `rttMs` later: a round trip's delay on every request,
 * the page's and its web worker's alike (Chromium's own network emulation applies to the page only, and Pagefind
 * fetches from a worker).
 */
async function delayingProxy(target: string, rttMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    setTimeout(() => {
      http.get(new URL(req.url ?? '/', target), (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      }).on('error', () => res.writeHead(502).end());
    }, rttMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }) };
}

/** Runs every query in each mode; `rttMs` applies to http. */
export async function measureSearch(site: string, queries: string[], opts: { rttMs?: number; modes?: ('http' | 'file')[] } = {}): Promise<SearchFigures[]> {
  const browser = await launchBrowser();
  const server = await serveStatic(site);
  const figures: SearchFigures[] = [];
  try {
    for (const mode of opts.modes ?? ['http', 'file']) {
      const rtt = mode === 'http' ? (opts.rttMs ?? 0) : 0;
      const delayed = rtt ? await delayingProxy(server.url, rtt) : null;
      const base = mode === 'http' ? (delayed?.url ?? server.url) : `${pathToFileURL(site).href}/`;
      const runs: QueryRun[] = [];
      for (const q of queries) runs.push(await runQuery(browser, base, q));
      await delayed?.close();
      const times = runs.flatMap((r) => (r.firstResultMs === null ? [] : [r.firstResultMs]));
      const ranked = runs.flatMap((r) => (r.rankedMs === null ? [] : [r.rankedMs]));
      figures.push({
        mode: mode === 'http' && rtt ? `http, ${rtt} ms RTT` : mode,
        runs,
        medianMs: times.length ? median(times) : null,
        medianRankedMs: ranked.length ? median(ranked) : null,
        medianBytes: median(runs.map((r) => r.bytes)),
        medianRequests: median(runs.map((r) => r.requests)),
      });
    }
  } finally {
    await server.close();
    await browser.close();
  }
  return figures;
}

export function formatFigures(figures: SearchFigures[]): string {
  return figures
    .map((f) => `${f.mode}: median first results ${f.medianMs ?? '–'} ms (ranked list ${f.medianRankedMs ?? '–'} ms), ${Math.round(f.medianBytes / 1024)} KB, ${f.medianRequests} requests (${f.runs.length} queries)`)
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rtt: { type: 'string' }, mode: { type: 'string' }, verbose: { type: 'boolean' } } });
  const [site, ...given] = positionals;
  if (!site) throw new Error('usage: bench/search.ts SITE_DIR [--rtt MS] [--mode http|file|both] [QUERY…]');
  const graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(site, 'graph.json'), 'utf8')) as GraphJson);
  const expected = topNames(graph, 20);
  const queries = given.length ? given : expected.map((n) => n.name);
  const modes = values.mode === 'http' ? ['http' as const] : values.mode === 'file' ? ['file' as const] : ['http' as const, 'file' as const];
  const figures = await measureSearch(path.resolve(site), queries, { rttMs: Number(values.rtt ?? 0), modes });
  for (const f of figures) {
    const right = f.runs.filter((r) => expected.find((e) => e.name === r.query)?.url === r.firstUrl?.replace(/^\.?\/+/, '')).length;
    if (values.verbose) for (const r of f.runs) console.log(`  ${f.mode} | ${r.query} | ${r.firstResultMs} ms | ranked ${r.rankedMs} ms | ${Math.round(r.bytes / 1024)} KB | ${r.requests} req | ${r.firstUrl}`);
    console.log(`${formatFigures([f])}; entity page first ${right}/${queries.length}`);
  }
}
