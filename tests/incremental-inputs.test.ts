/**
 * A rebuild takes an unchanged page's key from the render state when the page's inputs have the fingerprint recorded
 * (src/graph/page-inputs.ts). That is only sound if every edit that changes a page's props changes its fingerprint:
 * here invented articles are edited one way at a time (a title, a date, the words around a name, a sentence, a new
 * article naming the same people) and every page whose props changed must show a changed fingerprint. Then a build
 * with a cache, one edit and a rebuild must write what a fresh build writes.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type BuiltGraph } from '../src/pipeline.ts';
import { buildSiteModel, type SiteModel } from '../src/graph/site-model.ts';
import { pagePropsJson } from '../src/site/incremental.ts';
import { main } from '../src/cli.ts';
import { siteDifferences } from './helpers/site.ts';

const FIRST = ` date 2021-03-01 WORLD
Quorvex talks open in Tavrossa

Zendrik Palovar met Irsa Belthorne in Tavrossa on Monday to open talks on the Quorvex pipeline.
Palovar said the talks would take a week. Belthorne, the head of Marvodyne Industries, agreed.
`;
const SECOND = ` date 2021-03-08 WORLD
Marvodyne chief resigns

Irsa Belthorne resigned from Marvodyne Industries on Monday, a week after the Tavrossa talks.
Zendrik Palovar said he regretted the decision.
`;
const THIRD = ` date 2021-03-15 WORLD
Palovar names new envoy

Zendrik Palovar appointed Oskel Varentine as envoy to Tavrossa on Monday.
Varentine met Irsa Belthorne in Tavrossa on Tuesday.
`;

/** Each edit of the invented archive: the files it writes over the three articles. */
const EDITS: Record<string, Record<string, string>> = {
  'a title': { 'b.txt': SECOND.replace('Marvodyne chief resigns', 'Marvodyne chief steps down') },
  'a date': { 'a.txt': FIRST.replace('2021-03-01', '2021-02-22') },
  // The words after a name: its mentions keep their place and spelling, and only the sentence its page quotes changes.
  'the words around a name': { 'b.txt': SECOND.replace('Irsa Belthorne resigned from', 'Irsa Belthorne stepped down from') },
  'a sentence': { 'b.txt': SECOND.replace('Zendrik Palovar said he regretted the decision.', 'Oskel Varentine and Zendrik Palovar said they regretted it.') },
  'a new article': { 'c.txt': THIRD },
};

let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-inputs-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function writeArchive(dir: string, files: Record<string, string>): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
}

/** Every article, entity and event page's props (as keyed) and inputs' fingerprint, by URL. */
async function pagesOf(files: Record<string, string>, edit: (graph: BuiltGraph) => void = () => {}): Promise<Map<string, { props: string; inputs: string }>> {
  const dir = path.join(tmp, 'graph-in');
  await writeArchive(dir, files);
  const graph = await buildGraph({ input: dir, workers: 1 });
  edit(graph);
  const model: SiteModel = buildSiteModel(graph, { inputs: true });
  const pages = new Map<string, { props: string; inputs: string }>();
  for (const page of [...model.articles, ...model.entities, ...model.events]) pages.set(page.url, { props: pagePropsJson(page), inputs: model.inputs!.get(page.url)! });
  return pages;
}

const BASE = { 'a.txt': FIRST, 'b.txt': SECOND };

/** The stale pages after an edit: same fingerprint as before, other props. */
const stalePages = (before: Map<string, { props: string; inputs: string }>, after: Map<string, { props: string; inputs: string }>) =>
  [...after].filter(([url, p]) => before.get(url)?.inputs === p.inputs && before.get(url)!.props !== p.props).map(([url]) => url);

describe("a page's inputs' fingerprint", () => {
  it('changes with every edit that changes the page, and only pages whose props stay keep it', async () => {
    const before = await pagesOf(BASE);
    expect(before.size).toBeGreaterThan(4);
    for (const [edit, files] of Object.entries(EDITS)) {
      const after = await pagesOf({ ...BASE, ...files });
      expect(stalePages(before, after), `after ${edit}`).toEqual([]);
      // The edit changes some pages and leaves others as they were (their fingerprint too, or nothing is gained).
      const kept = [...after].filter(([url, p]) => before.get(url)?.inputs === p.inputs);
      expect(kept.length, `after ${edit}`).toBeGreaterThan(0);
      expect(kept.length, `after ${edit}`).toBeLessThan(after.size);
    }
  }, 300_000);
});

describe("a page's inputs' fingerprint, when resolution alone changes", () => {
  it('changes when two entities trade mentions in one article, each keeping its count', async () => {
    const before = await pagesOf(BASE);
    // No text changes: one mention of each of two entities in the same article, in other sentences, change entity.
    const after = await pagesOf(BASE, (graph) => {
      const [e, f] = graph.entities.filter((x) => x.mentions.some((m) => m.article === 'a' && m.sentence === 0) && x.mentions.some((m) => m.article === 'a' && m.sentence > 0));
      const i = e!.mentions.findIndex((m) => m.article === 'a' && m.sentence === 0);
      const j = f!.mentions.findIndex((m) => m.article === 'a' && m.sentence > 0);
      [e!.mentions[i], f!.mentions[j]] = [f!.mentions[j]!, e!.mentions[i]!];
    });
    expect([...after].filter(([url, p]) => before.get(url)!.props !== p.props).length).toBeGreaterThan(0);
    expect(stalePages(before, after)).toEqual([]);
  }, 300_000);
});

describe('a rebuild that takes unchanged pages\' keys from their fingerprints', () => {
  it('writes what a fresh build writes after each edit', async () => {
    const input = path.join(tmp, 'in');
    const errors: string[] = [];
    const run = (args: string[]) => main(['build', '--input', input, ...args], { stdout: () => {}, stderr: (l) => errors.push(l) });
    await writeArchive(input, BASE);
    expect(await run(['--out', path.join(tmp, 'out'), '--cache', path.join(tmp, 'cache')])).toBe(0);
    // Edits in turn, each on top of the last, each rebuilt from the state the last rebuild left.
    let files: Record<string, string> = { ...BASE };
    for (const [edit, changed] of Object.entries(EDITS)) {
      files = { ...files, ...changed };
      await writeArchive(input, files);
      expect(await run(['--out', path.join(tmp, 'out'), '--cache', path.join(tmp, 'cache')])).toBe(0);
      await fs.rm(path.join(tmp, 'fresh'), { recursive: true, force: true });
      expect(await run(['--out', path.join(tmp, 'fresh'), '--no-cache']), errors.join('\n')).toBe(0);
      expect(await siteDifferences(path.join(tmp, 'out'), path.join(tmp, 'fresh')), `after ${edit}`).toEqual([]);
    }
  }, 1_200_000);
});
