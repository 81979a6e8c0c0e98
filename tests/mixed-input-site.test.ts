/**
 * A folder mixing HTML pages, a JSON Lines dump, a JSON file, a feed, Markdown and text (tests/fixtures/formats)
 * built into one site by the real CLI: bylines as person pages that say what each person wrote, articles with their
 * own URL as canonical link and JSON-LD `url`, a copy by URL marked as such, and a summary that counts what it skipped.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { graphJsonSchemaV4, graphJsonV2, type GraphJsonV4, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { BuiltSite } from './helpers/site.ts';

const FIXTURES = 'tests/fixtures/formats';

describe('a mixed input folder built into one site', () => {
  let out: string;
  let site: BuiltSite;
  let graph: GraphJsonV2;
  const stdout: string[] = [];
  const stderr: string[] = [];
  let code: number;

  beforeAll(async () => {
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-mixed-'));
    code = await main(['build', '--input', FIXTURES, '--out', out, '--force'], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
    site = new BuiltSite(out);
    graph = graphJsonV2(graphJsonSchemaV4.parse(JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8'))) as GraphJsonV4);
  }, 300_000);
  afterAll(() => fs.rm(out, { recursive: true, force: true }));

  const article = (title: string) => graph.articles.find((a) => a.title === title)!;
  const entity = (name: string) => graph.entities.find((e) => e.name === name)!;
  const jsonLd = async (url: string) => JSON.parse((await site.page(url)).querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;

  it('builds, prints each problem as file:line, and counts skipped files apart from skipped lines and items', () => {
    expect(code).toBe(0);
    expect(stderr).toContain('feeds/gazette.rss:24: feed item “Photo gallery: the regatta” has no content (no content:encoded, content, description or summary); skipped');
    // broken.json is a file skipped; the dump's three bad lines and the feed's empty item are not files.
    expect(stdout.at(-1)).toMatch(/ problems \(1 file skipped, 4 lines or items skipped\)/);
  });

  it("says on a person's page which articles the person wrote, and links the byline to it", async () => {
    const page = await site.page(entity('Tobias Renn').url);
    const written = page.querySelector('section#authored')!;
    expect(written.querySelector('h2')!.textContent).toBe('Articles written');
    expect(written.querySelectorAll('a').map((a) => a.textContent).sort()).toEqual(['Ellery marathon draws record field', 'Harbour authority approves new ferry terminal']);
    const story = await site.page(article('Ellery marathon draws record field').url);
    const byline = story.querySelector('p.byline')!;
    expect(byline.textContent).toBe('By Tobias Renn');
    expect(byline.querySelector('a')!.getAttribute('href')).toBe(`../${entity('Tobias Renn').url}`);
  });

  it("gives an article its own URL as canonical link and JSON-LD url, with its authors; others, without a public address, none", async () => {
    const lighthouse = article('Ellery lighthouse to reopen to visitors');
    const page = await site.page(lighthouse.url);
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://coast.example.net/lighthouse-reopens');
    expect(await jsonLd(lighthouse.url)).toMatchObject({
      url: 'https://coast.example.net/lighthouse-reopens',
      mainEntityOfPage: path.basename(lighthouse.url),
      author: [{ '@type': 'Person', name: 'Petra Lind', url: `../${entity('Petra Lind').url}` }],
    });
    const wire = article('Corvane Rail orders twelve new carriages');
    expect((await site.page(wire.url)).querySelector('link[rel="canonical"]')).toBeNull();
    // A page's own address relative to itself says nothing: the data gives it only when absolute (issue 17).
    expect(await jsonLd(wire.url)).not.toHaveProperty('url');
  });

  it('shows the feed item that gives the URL of a saved page as a copy of it', async () => {
    const item = article('Lighthouse to reopen in June');
    expect(item.duplicateOf).toBe('saved-page');
    expect((await site.page(item.url)).querySelector('p.note')!.textContent).toContain('This article is a copy of Ellery lighthouse to reopen to visitors');
  });

  it('shows an event dated after every report of it as expected, and never among the latest events', async () => {
    const vote = graph.events.find((e) => e.title === 'Ellery council sets a vote on ferry fares')!;
    expect(vote.date).toBe('2023-03-24');
    const page = await site.page(vote.url);
    expect(page.querySelector('aside.facts dd')!.textContent).toBe('24 March 2023, expected: every report of it came before this date');
    expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toContain('24 March 2023, expected');
    const timeline = await site.page('timeline/2023.html');
    const item = timeline.querySelectorAll('li').find((li) => li.querySelector('a')?.textContent === vote.title)!;
    expect(item.querySelector('span.meta')!.textContent).toBe('24 March 2023, expected');
    const story = await site.page(graph.articles.find((a) => a.title === vote.title)!.url);
    expect(story.querySelector('section[aria-labelledby="reported"] span.meta')!.textContent).toBe('24 March 2023, expected');
    // A happening reported on its day is not expected.
    const rail = timeline.querySelectorAll('li').find((li) => li.querySelector('a')?.textContent === 'Corvane Rail orders twelve new carriages')!;
    expect(rail.querySelector('span.meta')!.textContent).toBe('9 March 2023');
    const home = await site.page('index.html');
    const latest = home.querySelector('section[aria-labelledby="latest"]')!.querySelectorAll('a').map((a) => a.textContent);
    expect(latest).toContain('Corvane Rail orders twelve new carriages');
    expect(latest).not.toContain(vote.title);
  });
});
