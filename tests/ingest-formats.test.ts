/** The registry of input formats, and JSON / JSON Lines, on fixtures written for these tests (tests/fixtures/formats). */
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatOf } from '../src/ingest/formats.ts';
import { ingestFile, ingestFiles, readInputFolder } from '../src/ingest/index.ts';
import { metadataDate } from '../src/ingest/metadata-date.ts';
import { buildGraph, urlKey } from '../src/pipeline.ts';
import { bylinePerson } from '../src/resolve/entities.ts';
import { graphJsonSchema, graphJsonV2, toGraphJson, type GraphJson } from '../src/graph/graph-json.ts';
import { buildSiteModel } from '../src/graph/site-model.ts';
import { createSnapshot, verifyArchive, writeBuildInfo } from '../src/snapshot.ts';
import type { InputFile } from '../src/types.ts';

const FIXTURES = 'tests/fixtures/formats';
const enc = (s: string) => new TextEncoder().encode(s);
const crawl = readFileSync(`${FIXTURES}/dumps/crawl.jsonl`, 'utf8');

describe('the registry', () => {
  it('recognises a file by its extension, then by its text, and reads anything else as text', () => {
    expect(formatOf('a/b.jsonl', 'x').name).toBe('jsonl');
    expect(formatOf('b.NDJSON', 'x').name).toBe('jsonl');
    expect(formatOf('b.json', '---\n').name).toBe('json');
    expect(formatOf('b.md', 'plain words').name).toBe('markdown');
    expect(formatOf('b.txt', '---\ntitle: x\n---\n').name).toBe('markdown');
    expect(formatOf('b.txt', ' date 2021-01-01 X\nTitle').name).toBe('text');
    expect(formatOf('README', '{"title": "x"}').name).toBe('text');
    expect(formatOf('page.HTM', 'x').name).toBe('html');
    expect(formatOf('saved.txt', '<!-- saved from url=(0040)https://example.org -->\n<!DOCTYPE html>\n<html>').name).toBe('html');
    expect(formatOf('notes.txt', 'About <html> tags').name).toBe('text');
  });

  it('has one entry per name and per extension', () => {
    const names = FORMATS.map((f) => f.name);
    const extensions = FORMATS.flatMap((f) => f.extensions);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(extensions).size).toBe(extensions.length);
  });
});

describe('JSON Lines', () => {
  const file: InputFile = { file: 'dumps/crawl.jsonl', bytes: enc(crawl) };
  const { articles, problems } = ingestFiles([file]);
  const byLine = new Map(articles.map((a) => [a.paragraphs[0]!.line, a]));

  it('makes every line an article or a problem at its line', () => {
    const lines = crawl.split('\n').map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => l.trim() !== '');
    const errorLines = problems.filter((p) => p.severity === 'error').map((p) => p.line);
    expect([...byLine.keys(), ...errorLines].sort((a, b) => a! - b!)).toEqual(lines.map(({ n }) => n));
    const listed = [...problems].sort((a, b) => a.line! - b.line!);
    expect(listed.map((p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`)).toEqual([
      'dumps/crawl.jsonl:3: error: not valid JSON: Unterminated string (column 74)',
      'dumps/crawl.jsonl:4: error: no article text (none of maintext, text, body, content)',
      'dumps/crawl.jsonl:7: warning: date sometime soon is not a date; using the date from the text instead',
      'dumps/crawl.jsonl:8: error: expected a JSON object (one article), found an array',
    ]);
  });

  it('reads the news-please fields: title, text, date, authors, url, source', () => {
    const a = byLine.get(1)!;
    expect(a).toMatchObject({
      id: 'dumps-crawl--line-1',
      format: 'jsonl',
      title: 'Harbour authority approves new ferry terminal',
      date: '2023-03-06',
      dateSource: 'header',
      source: 'news.example.org',
      authors: ['Mara Quill', 'Tobias Renn'],
      canonicalUrl: 'https://news.example.org/2023/03/06/ferry-terminal',
    });
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'The Port Ellery harbour authority on Monday approved a new ferry terminal on the east quay.',
      'Construction is due to begin in the spring, the authority said in a statement.',
    ]);
  });

  it('reads the common alternatives: headline, text, body as a list, one author, an author object, link, source', () => {
    expect(byLine.get(2)).toMatchObject({ title: 'Night trains return to the coast line', authors: ['Ines Vale'], source: 'Example Wire', canonicalUrl: 'https://wire.example.com/night-trains' });
    expect(byLine.get(6)).toMatchObject({ authors: ['Ines Vale'] });
    expect(byLine.get(6)!.paragraphs).toHaveLength(2);
    expect(byLine.get(7)).toMatchObject({ date: null, dateSource: null });
    expect(byLine.get(7)).not.toHaveProperty('authors');
    expect(byLine.get(7)).not.toHaveProperty('canonicalUrl');
  });

  it('normalises dates to the day the publisher wrote', () => {
    expect(byLine.get(2)!.date).toBe('2023-03-07'); // 23:30 at -05:00 is the 8th in UTC, the 7th where it was written
    expect(byLine.get(6)!.date).toBe('2023-03-08'); // RFC 2822, as feeds write it
    expect(metadataDate('2021-12-14T10:00:00Z')).toBe('2021-12-14');
    expect(metadataDate('December 14, 2021')).toBe('2021-12-14');
    expect(metadataDate(1639440000)).toBe('2021-12-14');
    expect(metadataDate(1639440000000)).toBe('2021-12-14');
    expect(metadataDate('')).toBeNull();
    expect(metadataDate('next week')).toBe('next week'); // reported by ingest as no date
  });

  it('hashes each line on its own, so equal lines are equal articles and others differ', () => {
    expect(byLine.get(9)!.hash).toBe(byLine.get(1)!.hash);
    expect(new Set(articles.map((a) => a.hash)).size).toBe(articles.length - 1);
  });

  it('keeps every id and article when lines are appended, and gives the new lines their own', () => {
    const appended = `${crawl}{"title": "Ferry fares frozen", "maintext": "Fares on the Ellery ferry will not rise this year, the operator said."}\nnot json\n`;
    const after = ingestFiles([{ file: 'dumps/crawl.jsonl', bytes: enc(appended) }, { file: 'dumps/crawl--line-1.txt', bytes: enc('Another story\n\nIts text.') }]);
    const lines = crawl.split('\n').length; // the text ends with a newline: the first appended line is this one
    for (const a of articles) expect(after.articles.find((b) => b.id === a.id)).toEqual(a);
    expect(after.articles.map((a) => a.id)).toContain(`dumps-crawl--line-${lines}`);
    expect(after.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([3, 4, 8, lines + 1]);
  });

  it('gives ingestFile the same articles with the id it is given', () => {
    const one = ingestFile(file, 'x');
    expect(one.articles.map((a) => a.id)).toEqual(['x--line-1', 'x--line-2', 'x--line-6', 'x--line-7', 'x--line-9']);
    expect(one.article).toBe(one.articles[0]);
  });
});

describe('JSON', () => {
  const story = ingestFile({ file: 'story.json', bytes: readFileSync(`${FIXTURES}/story.json`) }, 'story');

  it('reads one article, its paragraphs at the line of its text, its metadata', () => {
    expect(story.problems).toEqual([]);
    expect(story.article).toMatchObject({ format: 'json', title: 'Ellery marathon draws record field', date: '2023-02-26', authors: ['Tobias Renn'], source: 'news.example.org' });
    expect(story.article!.paragraphs.map((p) => p.line)).toEqual([5, 5]);
  });

  it('reports a syntax error at its line and column', () => {
    const broken = ingestFile({ file: 'broken.json', bytes: readFileSync(`${FIXTURES}/broken.json`) }, 'broken');
    expect(broken.article).toBeUndefined();
    expect(broken.problems).toEqual([{ file: 'broken.json', line: 4, message: "not valid JSON: Expected ',' or '}' after property value (column 3)", severity: 'error' }]);
    const cut = ingestFile({ file: 'cut.json', bytes: enc('{\n "title": "x",\n "maintext": "y"') }, 'cut');
    expect(cut.problems).toMatchObject([{ line: 3, severity: 'error' }]);
    expect(cut.problems[0]!.message).toMatch(/^not valid JSON: /);
  });

  it('refuses a record with no text and a file that is no object', () => {
    expect(ingestFile({ file: 'a.json', bytes: enc('{\n  "title": "x",\n  "maintext": "  "\n}') }, 'a').problems).toEqual([
      { file: 'a.json', line: 3, message: 'no article text (none of maintext, text, body, content)', severity: 'error' },
    ]);
    expect(ingestFile({ file: 'b.json', bytes: enc('"just a string"') }, 'b').problems).toMatchObject([{ line: 1, severity: 'error' }]);
  });
});

describe('a mixed input folder', async () => {
  // HTML pages, a JSON Lines dump, a JSON file, a feed, Markdown and text, side by side.
  const graph = await buildGraph({ input: FIXTURES, workers: 1 });
  const json = graphJsonV2(graphJsonSchema.parse(JSON.parse(JSON.stringify(toGraphJson(graph)))) as GraphJson);
  const byTitle = (title: string) => graph.articles.find((a) => a.title === title)!;
  const entity = (name: string) => json.entities.find((e) => e.name === name)!;

  it('builds one graph in which every file, or line, or feed item is an article or a file:line problem', async () => {
    const { files } = await readInputFolder(FIXTURES);
    // A dump's units are its non-empty lines, a feed's its items (by the line each opens on), any other file itself.
    const units = files.flatMap((f) => {
      const lines = new TextDecoder().decode(f.bytes).split('\n');
      const at = (keep: (l: string) => boolean) => lines.flatMap((l, i) => (keep(l) ? [`${f.file}:${i + 1}`] : []));
      return f.file.endsWith('.jsonl') ? at((l) => l.trim() !== '') : f.file.endsWith('.rss') ? at((l) => /<item>/.test(l)) : [f.file];
    });
    const unit = (x: { file: string; line?: number }) => (/\.(jsonl|rss)$/.test(x.file) ? `${x.file}:${x.line}` : x.file);
    const skipped = graph.problems.filter((p) => p.severity === 'error');
    expect([...graph.articles.map(unit), ...skipped.map(unit)].sort()).toEqual([...units].sort());
    expect(skipped.every((p) => p.line !== undefined)).toBe(true);
    expect(new Set(graph.articles.map((a) => a.file))).toEqual(
      new Set(['column.md', 'council-vote.md', 'dumps/crawl.jsonl', 'feeds/gazette.rss', 'pages/storm.html', 'saved-page.html', 'story.json', 'wire.txt']),
    );
    expect(skipped.filter((p) => p.file === 'feeds/gazette.rss')).toMatchObject([{ line: 24, message: expect.stringMatching(/^feed item “Photo gallery: the regatta” has no content/) }]);
  });

  it('takes dates, authors and URLs from the metadata of every format that has them', () => {
    const meta = (title: string) => {
      const a = byTitle(title);
      return [a.file, a.date, a.dateSource, a.authors ?? null, a.canonicalUrl ?? null];
    };
    expect(meta('Ellery lighthouse to reopen to visitors')).toEqual(['saved-page.html', '2023-05-20', 'header', ['Petra Lind'], 'https://coast.example.net/lighthouse-reopens']);
    expect(meta('Storm closes the coast road')).toEqual(['pages/storm.html', '2023-03-08', 'header', ['Ines Vale'], 'https://wire.example.com/storm-coast-road']);
    expect(meta('Ferry fares to rise in April')).toEqual(['feeds/gazette.rss', '2023-03-07', 'header', ['Mara Quill'], 'https://gazette.example.org/2023/03/07/fares']);
    expect(meta('Harbour authority approves new ferry terminal')).toEqual(['dumps/crawl.jsonl', '2023-03-06', 'header', ['Mara Quill', 'Tobias Renn'], 'https://news.example.org/2023/03/06/ferry-terminal']);
    expect(meta('Ellery marathon draws record field')).toEqual(['story.json', '2023-02-26', 'header', ['Tobias Renn'], 'https://news.example.org/2023/02/26/marathon']);
    expect(meta('Why the ferry terminal matters')).toEqual(['column.md', '2023-03-10', 'header', ['Dana Holt'], 'https://gazette.example.org/opinion/terminal']);
    expect(meta('Corvane Rail orders twelve new carriages')).toEqual(['wire.txt', '2023-03-09', 'header', null, null]);
  });

  it('marks an equal line, and an article giving the URL of another, as duplicates, the fuller text kept', () => {
    const lighthouseItem = byTitle('Lighthouse to reopen in June');
    expect(graph.articles.filter((a) => a.duplicateOf).map((a) => [a.id, a.duplicateOf]).sort()).toEqual([
      ['dumps-crawl--line-9', 'dumps-crawl--line-1'],
      [lighthouseItem.id, 'saved-page'],
    ]);
    // The feed's link differs by www., a trailing slash and tracking parameters only; the copy is reported.
    expect(graph.problems.filter((p) => p.message.startsWith('same URL'))).toEqual([{
      file: 'feeds/gazette.rss', line: 7, severity: 'warning',
      message: 'same URL as saved-page.html (https://www.coast.example.net/lighthouse-reopens/?utm_source=rss&utm_medium=feed): kept as a copy of that article, whose mentions count',
    }]);
  });

  it('makes bylines person entities that join the same names in the text, with the articles each wrote', () => {
    // Petra Lind wrote the lighthouse page and won the marathon in story.json; Tobias Renn wrote two articles and is
    // quoted in the feed; Dana Holt wrote the column and is the librarian of a dump line.
    expect(entity('Petra Lind')).toMatchObject({ type: 'person', authored: ['saved-page'] });
    expect(entity('Petra Lind').mentions.map((m) => [m.article, m.role ?? 'text'])).toEqual([['saved-page', 'author'], ['story', 'text']]);
    const fares = byTitle('Ferry fares to rise in April').id;
    expect(entity('Tobias Renn').authored).toEqual(['dumps-crawl--line-1', 'story']);
    expect(entity('Tobias Renn').mentions.some((m) => m.article === fares && m.role === undefined)).toBe(true);
    expect(entity('Dana Holt').authored).toEqual(['column']);
    expect(entity('Dana Holt').mentions.some((m) => m.article === 'dumps-crawl--line-6' && m.role === undefined)).toBe(true);
    expect(entity('Mara Quill').authored).toEqual([fares, 'dumps-crawl--line-1'].sort());
    // A copy's byline counts for the article it copies: Mara Quill is credited once for the two equal lines.
    expect(json.entities.filter((e) => e.name === 'Mara Quill')).toHaveLength(1);
    expect(entity('Mara Quill').mentions.filter((m) => m.article === 'dumps-crawl--line-9')).toEqual([]);
  });

  it('puts the line, authors and canonical URL in graph.json only for the articles that have them', () => {
    const find = (id: string) => json.articles.find((a) => a.id === id)!;
    expect(find('dumps-crawl--line-2')).toMatchObject({ line: 2, authors: ['Ines Vale'], canonicalUrl: 'https://wire.example.com/night-trains' });
    expect(find('story')).toMatchObject({ authors: ['Tobias Renn'], canonicalUrl: 'https://news.example.org/2023/02/26/marathon' });
    expect(find('story')).not.toHaveProperty('line');
    expect(find(byTitle('Ferry fares to rise in April').id)).toMatchObject({ line: 14, file: 'feeds/gazette.rss' });
    expect(Object.keys(find('wire')).sort()).toEqual(['date', 'file', 'id', 'sentences', 'source', 'title', 'url']);
    // Entities no byline names carry no `authored`.
    expect(json.entities.filter((e) => e.authored).map((e) => e.name).sort()).toEqual(['Dana Holt', 'Ines Vale', 'Mara Quill', 'Petra Lind', 'Tobias Renn']);
  });

  it("records each input file once in a snapshot, with the file's hash, so --with-sources can check it", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-formats-'));
    const info = await writeBuildInfo(dir, graph, buildSiteModel(graph));
    const sha = (file: string) => createHash('sha256').update(readFileSync(`${FIXTURES}/${file}`)).digest('hex');
    const inputs = ['column.md', 'council-vote.md', 'dumps/crawl.jsonl', 'feeds/gazette.rss', 'pages/storm.html', 'saved-page.html', 'story.json', 'wire.txt'];
    expect(info.inputs).toEqual(inputs.map((file) => ({ file, sha256: sha(file) })));
    await createSnapshot(dir, path.join(dir, 'snapshot.zip'), FIXTURES);
    expect((await verifyArchive(path.join(dir, 'snapshot.zip'))).ok).toBe(true);
    await fs.rm(dir, { recursive: true });
  });
});

describe('bylines and URLs', () => {
  it('takes a byline for a person only when it reads as a name, not a newsroom, an agency or an address', () => {
    expect(['Mara Quill', 'Jürg Müller', 'Ursula von der Leyen', 'Ap Rhys Pryce'].filter(bylinePerson)).toHaveLength(4);
    expect(['Reuters Staff', 'BBC News', 'Metro Desk', 'AP', 'Reuters', 'admin', 'desk@example.org', 'Staff Writer 2', 'Associated Press'].filter(bylinePerson)).toEqual([]);
  });

  it('counts URLs as one address across http/https, www., a trailing slash, a fragment and tracking parameters', () => {
    const key = urlKey('https://coast.example.net/lighthouse-reopens?b=2&a=1');
    for (const same of ['http://www.coast.example.net/lighthouse-reopens/?a=1&b=2#top', 'https://coast.example.net/lighthouse-reopens/?utm_source=rss&a=1&b=2&fbclid=x']) {
      expect(urlKey(same)).toBe(key);
    }
    expect(urlKey('https://coast.example.net/lighthouse-reopens?a=2&b=2')).not.toBe(key);
    expect(urlKey('https://coast.example.net/other')).not.toBe(urlKey('https://coast.example.net/lighthouse-reopens'));
    expect(urlKey(' not a url ')).toBe('not a url');
  });
});
