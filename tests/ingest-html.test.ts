/**
 * HTML pages, on fixtures written in the markup styles of real news sites (tests/fixtures/html): Open Graph and
 * article:* meta tags with a WordPress-like layout, JSON-LD only with a div layout, no metadata at all in a table
 * layout with <br> paragraphs, and ISO-8859-1 named in <meta http-equiv>. The intended text of each is in
 * tests/fixtures/html-expected; extraction is measured against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/ingest/index.ts';
import type { IngestedArticle } from '../src/types.ts';

const DIR = 'tests/fixtures/html';
const read = (name: string) => ingestFile({ file: name, bytes: readFileSync(`${DIR}/${name}`) }, name.replace(/\..*$/, ''));
const pages = new Map(readdirSync(DIR).sort().map((name) => [name, read(name)]));
const article = (name: string): IngestedArticle => pages.get(name)!.article!;

/** Word-level precision and recall of the extracted text (captions and headings included) against the intended. */
function overlap(extracted: string, intended: string): { tp: number; extracted: number; intended: number } {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const want = new Map<string, number>();
  for (const w of words(intended)) want.set(w, (want.get(w) ?? 0) + 1);
  let tp = 0;
  const got = words(extracted);
  for (const w of got) {
    const n = want.get(w) ?? 0;
    if (n > 0) {
      tp++;
      want.set(w, n - 1);
    }
  }
  return { tp, extracted: got.length, intended: words(intended).length };
}

describe('HTML pages', () => {
  it('reads every fixture with no problem', () => {
    for (const [name, r] of pages) expect([name, r.problems]).toEqual([name, []]);
  });

  it('takes the metadata from meta tags: title, date, section, site, author, canonical URL', () => {
    expect(article('og-meta.html')).toMatchObject({
      format: 'html',
      title: 'Ferry strike ends after pay deal',
      date: '2023-04-14',
      dateSource: 'header',
      section: 'Local',
      source: 'The Ellery Gazette',
      authors: ['Mara Quill'],
      canonicalUrl: 'https://gazette.example.org/news/ferry-strike-ends',
    });
  });

  it('takes it from JSON-LD alone: headline, the day as written, authors, publisher, section, page id', () => {
    expect(article('jsonld-only.html')).toMatchObject({
      title: 'Corvane Rail to build new depot near Halden',
      date: '2023-04-02', // 23:40 at -04:00: the 3rd in UTC, the 2nd where it was published
      section: 'Business',
      source: 'Northern Courier',
      authors: ['Ines Vale', 'Petra Lind'],
      canonicalUrl: 'https://courier.example.com/business/corvane-depot',
    });
  });

  it('falls back to the page title and to a date inferred from the text when there is no metadata', () => {
    const a = article('no-metadata.html');
    expect(a).toMatchObject({ title: 'Island school gets new roof', date: '2023-03-03', dateSource: 'inferred', section: null, source: null });
    expect(a).not.toHaveProperty('authors');
    expect(a).not.toHaveProperty('canonicalUrl');
  });

  it('decodes the charset the page names, and reads <time datetime> and the author meta tag', () => {
    const a = article('latin1.html');
    expect(a).toMatchObject({ title: 'Café in Zürich schließt nach 90 Jahren', date: '2023-05-12', authors: ['Jürg Müller'] });
    expect(a.paragraphs[0]!.text).toMatch(/^Das Café Flügel am Zürcher Limmatquai schließt/);
  });

  it('keeps captions as captions and subheadings as headings, with the line each starts on', () => {
    const a = article('og-meta.html');
    expect(a.paragraphs.filter((p) => p.kind !== 'body').map((p) => [p.kind, p.text, p.line])).toEqual([
      ['caption', 'The Ellery ferry moored at the east quay during the strike.', 25],
      ['heading', 'Commuters relieved', 29],
    ]);
    expect(a.paragraphs.map((p) => p.line)).toEqual([24, 25, 26, 28, 29, 30, 31]);
  });

  it('drops navigation, ads, related stories, comments, share tools, footers and bylines', () => {
    const all = [...pages.values()].flatMap((r) => r.article!.paragraphs.map((p) => p.text)).join('\n');
    for (const debris of ['Sport', 'Advertisement', 'Subscribe', 'Related stories', 'Leave a Reply', 'Post Comment', 'All rights reserved', 'More from Business', 'Share this', 'Startseite', 'Kommentare', 'By Mara Quill', 'Von Jürg', 'Archive']) {
      expect(all).not.toContain(debris);
    }
  });

  it('extracts the intended text of every fixture (word precision and recall)', () => {
    const totals = { tp: 0, extracted: 0, intended: 0 };
    for (const name of pages.keys()) {
      const intended = readFileSync(`tests/fixtures/html-expected/${name.replace(/\.html$/, '.txt')}`, 'utf8');
      const o = overlap(article(name).paragraphs.map((p) => p.text).join('\n'), intended);
      expect(o.tp / o.intended, `${name} recall`).toBe(1);
      expect(o.tp / o.extracted, `${name} precision`).toBeGreaterThan(0.85);
      for (const k of ['tp', 'extracted', 'intended'] as const) totals[k] += o[k];
    }
    // Printed for the README's figures.
    console.log(`HTML text extraction: precision ${(totals.tp / totals.extracted).toFixed(3)}, recall ${(totals.tp / totals.intended).toFixed(3)} (${totals.intended} intended words)`);
    expect(totals.tp / totals.extracted).toBeGreaterThan(0.95);
  });

  const enc = (t: string) => new TextEncoder().encode(t);
  const page = (head: string, body: string) => `<!doctype html>\n<html><head>${head}</head>\n<body>\n${body}\n</body></html>`;
  const story = '<article><p>The council voted on Tuesday to keep the harbour ferry running through the winter, after a long debate.</p></article>';

  it('warns about a charset it does not know, reads a declared UTF-16 as UTF-8, and lets a byte order mark win', () => {
    const unknown = ingestFile({ file: 'a.html', bytes: enc(page('<meta charset="x-klingon"><title>A</title>', story)) }, 'a');
    expect(unknown.problems).toEqual([{ file: 'a.html', line: 1, message: 'unknown charset x-klingon; read as UTF-8', severity: 'warning' }]);
    expect(unknown.article!.paragraphs[0]!.text).toMatch(/^The council voted/);
    const utf16 = ingestFile({ file: 'b.html', bytes: enc(page('<meta charset="utf-16"><title>Zürich</title>', story)) }, 'b');
    expect([utf16.article!.title, utf16.problems]).toEqual(['Zürich', []]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(page('<meta charset="windows-1252"><title>Zürich</title>', story))]);
    expect(ingestFile({ file: 'c.html', bytes: bom }, 'c').article!.title).toBe('Zürich');
  });

  it('reports JSON-LD that is not JSON at its line and keeps reading the page', () => {
    const r = ingestFile({ file: 'e.html', bytes: enc(page('<title>Ferry</title>\n<script type="application/ld+json">{"@type": "NewsArticle",</script>', story)) }, 'e');
    expect(r.problems).toMatchObject([{ file: 'e.html', line: 3, severity: 'warning' }]);
    expect(r.problems[0]!.message).toMatch(/^JSON-LD is not valid JSON/);
    expect(r.article!.title).toBe('Ferry');
  });

  it('reads a page nested too deep for the parser or for Readability as plain text, with a warning', () => {
    for (const depth of [200, 5000]) {
      const body = `${'<div>'.repeat(depth)}\n<p>Fares &amp; timetables stay the same, the operator said on Monday.</p>\n${'</div>'.repeat(depth)}`;
      const r = ingestFile({ file: 'deep.html', bytes: enc(page('<title>Fares frozen</title>', body)) }, 'deep');
      expect(r.problems).toMatchObject([{ line: 3, severity: 'warning', message: expect.stringMatching(/^HTML nested more than \d+ elements deep; reading the page as plain text$/) }]);
      expect(r.article).toMatchObject({ title: 'Fares frozen', paragraphs: [{ text: 'Fares & timetables stay the same, the operator said on Monday.', line: 5 }] });
    }
  });
});
