/**
 * The sentences event resolution tags, told ahead by extraction (src/resolve/tag-ahead.ts): the workers send back
 * exactly the terms this thread's tagger gives, for the sentences the describing rules ask about.
 */
import { describe, expect, it } from 'vitest';
import { readInputFolder, ingestFiles } from '../src/ingest/index.ts';
import { extractAll } from '../src/extract/parallel.ts';
import { forgetTermsAhead, taggedTerms } from '../src/extract/nlp.ts';
import { sentencesToTag, wordOpeningPhraseAfter } from '../src/resolve/tag-ahead.ts';
import type { Sentence } from '../src/types.ts';

const sentence = (text: string): Sentence => ({ paragraph: 'p1', index: 0, start: 0, end: text.length, text });

describe('tag-ahead', () => {
  it('asks for a sentence only where a word after the name may open a noun phrase', () => {
    const s = sentence('Norland car makers sold bonds, Zorbix said.');
    expect(wordOpeningPhraseAfter(s, { start: 0, end: 7 })).toBe('car');
    expect(wordOpeningPhraseAfter(s, { start: 31, end: 37 })).toBeUndefined();
  });

  it('sends back from the workers the terms this thread tags, for sentences of event participants', async () => {
    const articles = ingestFiles((await readInputFolder('seeds')).files).articles;
    const extractions = await extractAll(articles, 2, undefined, 1);
    // (Read now, the terms are those the workers sent: kept ahead of this thread's own tagger.)
    const told = extractions.flatMap(sentencesToTag).map((text) => [text, taggedTerms(text)] as const);
    expect(told.length).toBeGreaterThan(0);
    forgetTermsAhead();
    for (const [text, terms] of told) expect(terms).toEqual(taggedTerms(text));
    expect(extractions).toEqual(await extractAll(articles, 1));
    forgetTermsAhead();
  }, 300_000);
});
