/**
 * A batch of articles tags its capitalised phrases and words ahead (src/extract/parallel.ts `extractBatch`, nlp.ts
 * `tagTextsAhead`; session 50, speed69): what extraction makes of each article is what it makes of the article alone.
 */
import { describe, expect, it } from 'vitest';
import { readInputFolder, ingestFiles } from '../src/ingest/index.ts';
import { extractBatch } from '../src/extract/parallel.ts';
import { extractArticle } from '../src/extract/index.ts';
import { capitalisedTexts } from '../src/extract/entities/tokens.ts';
import { forgetTermsAhead } from '../src/extract/nlp.ts';
import type { Sentence } from '../src/types.ts';

const sentence = (text: string): Sentence => ({ paragraph: 'p1', index: 0, start: 0, end: text.length, text });

describe('extractBatch', () => {
  it('lists a sentence\'s capitalised phrases and words, each phrase whole, not yet answered', () => {
    const text = 'Quenby Harts of Orvale Lumber met Zell in Port Vila on Tuesday.';
    // A word as phraseTags asks for it: its match, the sentence's final period with it.
    expect(capitalisedTexts(text, sentence(text))).toEqual(['Quenby Harts of Orvale Lumber', 'Zell', 'Port Vila', 'Tuesday.']);
  });

  it('extracts every seed article as extractArticle does alone', async () => {
    const articles = ingestFiles((await readInputFolder('seeds')).files).articles;
    const batch = extractBatch(articles, false).map(([x]) => x);
    forgetTermsAhead();
    expect(batch).toEqual(articles.map((a) => extractArticle(a)));
  }, 300_000);
});
