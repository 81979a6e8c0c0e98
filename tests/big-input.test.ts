/**
 * Very large input (issue 7): a 5 MB transcript and a 1.4 MB file that is one single line each build, keep all of
 * their text, and report the cap on extraction as a problem instead of hanging. How long they take is measured by
 * `npm run bench:big`, not here.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { EXTRACTION_BUDGET } from '../src/extract/index.ts';
import { bigInputs } from './helpers/big-article.ts';

interface Built {
  text: string;
  exitCode: number;
  graph: GraphJsonV2;
  page: string;
}
const built = new Map<string, Built>();
let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-big-'));
  for (const { file, text } of bigInputs()) {
    const input = path.join(root, `in-${file}`);
    const out = path.join(root, `out-${file}`);
    await fs.mkdir(input);
    await fs.writeFile(path.join(input, file), text);
    const exitCode = await main(['build', '--input', input, '--out', out], { stdout: () => {}, stderr: () => {} });
    const graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8')) as GraphJson);
    const page = graph.articles[0] ? await fs.readFile(path.join(out, graph.articles[0].url), 'utf8') : '';
    built.set(file, { text, exitCode, graph, page });
  }
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** The last words of the input, as they appear on the article page (quotes as themselves: src/site/compact-html.ts). */
const ending = (text: string) => text.trim().split(/\s+/).slice(-6).join(' ');

describe('a 5 MB transcript', () => {
  it('builds one article with entities and events, keeping all of its text on the page', () => {
    const b = built.get('transcript-5mb.txt')!;
    expect(b.exitCode).toBe(0);
    expect(b.graph.articles).toHaveLength(1);
    expect(b.graph.articles[0]!.title).toBe('Transcript of the long hearing');
    expect(b.graph.entities.length).toBeGreaterThan(100);
    expect(b.graph.events.length).toBeGreaterThan(10);
    expect(b.page.length).toBeGreaterThan(5_000_000);
    expect(b.page).toContain(ending(b.text));
  });

  it('reports where extraction stopped, as file:line', () => {
    const b = built.get('transcript-5mb.txt')!;
    const [warning] = b.graph.problems.filter((p) => p.message.startsWith('warning: very long article'));
    expect(warning?.file).toBe('transcript-5mb.txt');
    expect(warning?.message).toContain(`extracted from the first ${EXTRACTION_BUDGET} characters only`);
    // The budget ends a few hundred paragraphs in, far from the first line.
    expect(warning?.line).toBeGreaterThan(100);
  });

  it('links mentions in the text before the budget and none after it', () => {
    const b = built.get('transcript-5mb.txt')!;
    const text = b.page.slice(0, b.page.lastIndexOf(ending(b.text)));
    // A link to an entity page, its address quoted or not (compactHtml writes one-word values unquoted).
    const entityLink = /href="?\.\.\/entities\//;
    expect(text.slice(0, 300_000)).toMatch(entityLink);
    expect(text.slice(-1_000_000)).not.toMatch(entityLink);
  });
});

describe('a 1.4 MB file on one line', () => {
  it('takes its title from the start of the text and keeps the whole line as body', () => {
    const b = built.get('one-line-1.4mb.txt')!;
    expect(b.exitCode).toBe(0);
    expect(b.graph.articles).toHaveLength(1);
    const title = b.graph.articles[0]!.title;
    expect(title.length).toBeLessThan(200);
    expect(b.text.startsWith(title.replace(/…$/, ''))).toBe(true);
    expect(b.page).toContain(ending(b.text));
    expect(b.graph.entities.length).toBeGreaterThan(100);
  });

  it('reports the missing title and the extraction cap, both at line 1', () => {
    const b = built.get('one-line-1.4mb.txt')!;
    const messages = b.graph.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages).toContain('one-line-1.4mb.txt:1: warning: no title; using the start of the text');
    expect(messages.some((m) => m.startsWith('one-line-1.4mb.txt:1: warning: very long article (1400000 characters)'))).toBe(true);
  });
});
