/**
 * Bad and hostile input (tests/fixtures/bad): every file ends up in articles or problems, the build still succeeds,
 * and no markup from an article reaches a page as markup.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { main } from '../src/cli.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { BuiltSite, listFiles } from './helpers/site.ts';

const FIXTURES = 'tests/fixtures/bad';
let out: string;
let graph: GraphJsonV2;
let exitCode: number;
const stderr: string[] = [];

beforeAll(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bad-'));
  exitCode = await main(['build', '--input', FIXTURES, '--out', out], { stdout: () => {}, stderr: (l) => stderr.push(l) });
  graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8')) as GraphJson);
});
afterAll(async () => {
  await fs.rm(out, { recursive: true, force: true });
});

describe('a folder of bad files', () => {
  it('builds (exit 0) and accounts for every file, each problem printed as file:line: message', async () => {
    expect(exitCode).toBe(0);
    const inputs = await listFiles(FIXTURES);
    const accounted = new Set([...graph.articles.map((a) => a.file), ...graph.problems.map((p) => p.file)]);
    expect(inputs.filter((f) => !accounted.has(f))).toEqual([]);
    for (const p of graph.problems) expect(stderr).toContain(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  });

  it('says what is wrong with each skipped or doubtful file', () => {
    const said = (file: string) => graph.problems.filter((p) => p.file === file).map((p) => p.message).join(' | ');
    expect(said('empty.txt')).toBe('empty file');
    expect(said('photo.txt')).toBe('not text: binary data');
    expect(said('whitespace-only.txt')).toBe('no text (only whitespace)');
    expect(said('..weird..name...txt')).toBe('hidden file skipped');
    expect(said('broken-front-matter.md')).toContain('front matter: unclosed `[` at line 2');
    expect(said('impossible-date.txt')).toContain('date 2021-13-45 is not a date; using the date from the text instead');
    expect(said('latin1.txt')).toContain('read as Windows-1252');
  });

  it('reads Markdown a parser would choke on (deep nesting, markup storms, alias bombs) as plain text, keeping the article', () => {
    const said = (file: string) => graph.problems.filter((p) => p.file === file).map((p) => `${p.line}: ${p.message}`).join(' | ');
    const article = (file: string) => graph.articles.find((a) => a.file === file);
    expect(said('nested-brackets.md')).toContain('6: warning: Markdown nested brackets more than 32 levels deep; reading this part as plain text');
    expect(said('nested-quotes.md')).toContain('Markdown nested block quotes more than 32 levels deep');
    expect(said('emphasis-storm.md')).toContain('% markup characters; reading this part as plain text');
    expect(said('yaml-bomb.md')).toContain('front matter: Excessive alias count');
    expect(article('nested-brackets.md')?.title).toBe('Nested brackets');
    expect(article('emphasis-storm.md')?.date).toBe('2021-06-01');
    for (const place of ['Oslo', 'Bergen', 'Tromso']) expect(graph.entities.some((e) => e.name === place)).toBe(true);
  });

  it('decodes every encoding to the same clean text', () => {
    const title = (file: string) => graph.articles.find((a) => a.file === file)?.title;
    expect(title('latin1.txt')).toBe('Café owner fined');
    expect(title('utf16.txt')).toBe('Floods hit Lagos');
    expect(title('crlf-bom.txt')).toBe('Markets rally in Tokyo');
    expect(title('zero-width.txt')).toBe('Hidden characters');
    const muller = graph.entities.filter((e) => e.name.normalize('NFC') === 'Gerda Müller');
    expect(muller).toHaveLength(1);
    expect(muller[0]!.mentions).toHaveLength(2);
  });

  it('marks exact and near-identical copies as duplicates of the first, with no second set of mentions', () => {
    const byFile = (f: string) => graph.articles.find((a) => a.file === f)!;
    expect(byFile('impossible-date.txt').duplicateOf).toBe(byFile('exact-copy.txt').id);
    expect(byFile('near-copy.txt').duplicateOf).toBe(byFile('exact-copy.txt').id);
    const geneva = graph.entities.find((e) => e.name === 'Geneva')!;
    expect(geneva.mentions.map((m) => m.article)).toEqual([byFile('exact-copy.txt').id]);
  });

  it('gives odd file names safe, unique page names inside the output folder', () => {
    for (const a of graph.articles) expect(a.url).toMatch(/^articles\/[a-z0-9]+(?:-[a-z0-9]+)*\.html$/);
    expect(new Set(graph.articles.map((a) => a.url)).size).toBe(graph.articles.length);
  });

  it('puts no markup from input on any page: text is escaped, no handlers, no javascript: links', async () => {
    const site = new BuiltSite(out);
    const offences: string[] = [];
    for (const page of await site.htmlPages()) {
      const doc = parse(await fs.readFile(path.join(out, page), 'utf8'));
      for (const el of doc.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) offences.push(`${page}: <${el.tagName} ${name}>`);
        for (const attr of ['href', 'src', 'action']) if (/^\s*javascript:/i.test(el.getAttribute(attr) ?? '')) offences.push(`${page}: ${attr}=javascript:`);
        // The one SVG the site draws is an entity's relationship graph (src/site/RelationGraph.astro).
        const relationGraph = el.tagName === 'SVG' && el.closest('.rg') !== null;
        if (['IFRAME', 'SVG', 'IMG', 'OBJECT', 'EMBED', 'B', 'I'].includes(el.tagName) && !relationGraph) offences.push(`${page}: <${el.tagName}>`);
        // Scripts: JSON data blocks (schema.org, preview cards), the search page's script and the preview script.
        const data = ['application/ld+json', 'application/json'].includes(el.getAttribute('type') ?? '');
        const ownScript = el.getAttribute('src') === 'search/search.js' || /^(?:\.\.\/)*previews\.js$/.test(el.getAttribute('src') ?? '');
        if (el.tagName === 'SCRIPT' && !data && !ownScript) offences.push(`${page}: executable <script>`);
      }
    }
    expect(offences).toEqual([]);
    const hostile = graph.articles.find((a) => a.file === 'hostile-headline.txt')!;
    const page = parse(await fs.readFile(path.join(out, hostile.url), 'utf8'));
    expect(page.querySelector('h1')!.textContent).toBe('<script>alert("headline")</script> Minister <img src=x onerror=alert(1)> resigns');
    // Undated and with no public address, its schema.org data would only repeat the headline, so there is none (issue
    // 17, session 30); a headline in data that is written can never close its script (tests/properties.test.ts).
    expect(page.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it('fails with --strict when any file had a problem', async () => {
    const strictOut = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bad-strict-'));
    expect(await main(['extract', '--input', FIXTURES, '--json', path.join(strictOut, 'g.json'), '--strict'], { stdout: () => {}, stderr: () => {} })).toBe(1);
    await fs.rm(strictOut, { recursive: true });
  });
});
