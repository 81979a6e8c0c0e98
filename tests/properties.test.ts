/** Property-based tests (fast-check, fixed seed so CI is reproducible) for ingest, slugs, links and escaping. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestFiles } from '../src/ingest/index.ts';
import { slugify, uniqueSlugs, MAX_SLUG_LENGTH } from '../src/util/slug.ts';
import { relativeHref } from '../src/util/urls.ts';
import { escapeMarkup as escapeXml } from '../src/util/escape.ts';
import { jsonLdScript } from '../src/site/jsonld.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { InputFile } from '../src/types.ts';

const SETTINGS = { seed: 20211214, numRuns: 300 };
const anyText = fc.string({ unit: 'grapheme', maxLength: 300 });
const markupish = fc.array(fc.constantFrom('<script>', '</script>', '<img src=x onerror=alert(1)>', '&amp;', '"', "'", '\u202e', '\u0000', 'Müller', 'SenseTime', ' date 2021-01-01 X\n', '---\n', '\r\n', '\n\n', 'Leave a Reply', 'a'), { maxLength: 40 }).map((p) => p.join(''));

describe('ingest', () => {
  it('never throws, and puts every file in articles or problems', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 400 }), anyText.map((s) => new TextEncoder().encode(s)), markupish.map((s) => new TextEncoder().encode(s))), { maxLength: 8 }), (contents) => {
        const files: InputFile[] = contents.map((bytes, i) => ({ file: `f${i}.txt`, bytes }));
        const { articles, problems } = ingestFiles(files);
        const accounted = new Set([...articles.map((a) => a.file), ...problems.filter((p) => p.severity === 'error').map((p) => p.file)]);
        expect(accounted.size).toBe(files.length);
        for (const a of articles) {
          expect(a.title.length).toBeGreaterThan(0);
          for (const p of a.paragraphs) {
            expect(p.text).toBe(p.text.normalize('NFC'));
            expect(p.text).not.toMatch(/[\u0000-\u0008\u200b\u202a-\u202e\u2066-\u2069\r]/);
          }
          // Extraction must not throw on anything ingest accepts, and offsets stay inside paragraphs.
          const x = extractArticle(a);
          for (const m of x.entities) {
            const para = a.paragraphs.find((p) => p.id === m.paragraph)!;
            expect(para.text.slice(m.start, m.end)).toBe(m.text);
          }
        }
      }),
      SETTINGS,
    );
  });
});

describe('slugs', () => {
  it('are ASCII, bounded, and never a path', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const slug = slugify(s);
        expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
      SETTINGS,
    );
  });
  it('are unique for distinct names, even ones differing only in case or accents', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(anyText, fc.constantFrom('José', 'Jose', 'JOSE', 'jose', 'Josè')), { maxLength: 30 }), (names) => {
        const slugs = uniqueSlugs(names);
        expect(new Set(slugs.values()).size).toBe(new Set(names).size);
        for (const slug of slugs.values()) expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
      SETTINGS,
    );
  });
});

describe('relative links', () => {
  const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
  const page = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('/')}.html`);
  it('resolve back to the target from any page', () => {
    fc.assert(
      fc.property(page, page, (from, to) => {
        const href = relativeHref(from, to);
        expect(href.startsWith('/')).toBe(false);
        const resolved = new URL(href, `file:///site/${from}`).pathname;
        expect(resolved).toBe(`/site/${to}`);
      }),
      SETTINGS,
    );
  });
});

describe('escaping', () => {
  it('XML text never contains markup from input', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, markupish), (s) => {
        const escaped = escapeXml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(lt|gt|amp|quot|apos);/g, '')).not.toContain('&');
      }),
      SETTINGS,
    );
  });
  it('JSON-LD can never close its script element, and round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, markupish), (s) => {
        const json = jsonLdScript({ headline: s });
        expect(json).not.toMatch(/<\/?script/i);
        expect(json).not.toContain('<');
        expect((JSON.parse(json) as { headline: string }).headline).toBe(s);
      }),
      SETTINGS,
    );
  });
});
