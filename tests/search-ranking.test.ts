/**
 * Search answers like a reference work (issue 20): a query that is an entity's name finds that entity's page
 * first, over http (Pagefind) and from file:// (the prebuilt offline index, src/search/offline.ts) alike. The query
 * set is the most-mentioned names of each site, read from its graph.json: the seed site, and a larger fixture of
 * made-up dated news (the seeded generator in tests/helpers), where many names share words with headlines and with
 * each other.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { main } from '../src/cli.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { serveStatic, type StaticServer } from '../src/serve.ts';
import { launchBrowser } from './helpers/browser.ts';
import { topNames } from '../bench/search.ts';
import { newsText, seededRandom } from './helpers/big-article.ts';

let tmp: string;
let browser: Browser;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-ranking-'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

async function buildSite(name: string, input: string): Promise<{ out: string; graph: GraphJsonV2 }> {
  const out = path.join(tmp, name);
  const stderr: string[] = [];
  const code = await main(['build', '--input', input, '--out', out, '--no-cache'], { stdout: () => {}, stderr: (l) => stderr.push(l) });
  if (code !== 0) throw new Error(stderr.join('\n'));
  return { out, graph: asGraphJsonV2(JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8')) as GraphJson) };
}

/** The first result's URL (from the site root) for `query` on the search page at `base`. */
async function firstResult(base: string, query: string): Promise<string | null> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}search.html?q=${encodeURIComponent(query)}`);
    await page.locator('#status').filter({ hasText: /result/ }).waitFor({ timeout: 20_000 });
    const href = await page.locator('#results li a').first().getAttribute('href', { timeout: 2_000 }).catch(() => null);
    return href === null ? null : href.replace(/^\.?\/+/, '');
  } finally {
    await page.close();
  }
}

/** Each query's first result in both modes; the share answered right is printed, so a run shows the figure. */
async function answers(out: string, names: { name: string; url: string }[]): Promise<{ http: string[]; file: string[] }> {
  const server: StaticServer = await serveStatic(out);
  const wrong = { http: [] as string[], file: [] as string[] };
  try {
    const fileBase = `${pathToFileURL(out).href}/`;
    for (const { name, url } of names) {
      const [overHttp, fromDisk] = [await firstResult(server.url, name), await firstResult(fileBase, name)];
      if (overHttp !== url) wrong.http.push(`${name} → ${overHttp}`);
      if (fromDisk !== url) wrong.file.push(`${name} → ${fromDisk}`);
    }
  } finally {
    await server.close();
  }
  const share = (w: string[]) => `${names.length - w.length}/${names.length}`;
  console.log(`${path.basename(out)}: entity page first, http ${share(wrong.http)}, file ${share(wrong.file)}`);
  return wrong;
}

describe('a name finds its own page first, over http and from disk', () => {
  it('on the seed site', async () => {
    const { out, graph } = await buildSite('seeds', 'seeds');
    const names = topNames(graph, 10);
    expect(names.length).toBe(10);
    expect(await answers(out, names)).toEqual({ http: [], file: [] });
  }, 600_000);

  it('on a larger site of made-up news, where names share words with headlines', async () => {
    const input = path.join(tmp, 'fixture-articles');
    await fs.mkdir(input);
    const rnd = seededRandom(20);
    for (let i = 0; i < 40; i++) {
      const body = newsText({ seed: 100 + i, chars: 1800, paragraphs: true });
      // Headlines are the body's first sentence: they name people, organisations and places, as headlines do.
      const headline = body.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
      const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
      await fs.writeFile(path.join(input, `story-${String(i).padStart(2, '0')}.txt`), ` date 2024-03-${day} WORLD\n${headline}\n\n${body}\n`);
    }
    const { out, graph } = await buildSite('fixture', input);
    const names = topNames(graph, 20);
    expect(names.length).toBe(20);
    expect(await answers(out, names)).toEqual({ http: [], file: [] });
  }, 900_000);
});
