/**
 * Two answers to "the lede's verb", and how they differ (rev36's leftover, tidy37): src/extract/scheduled.ts
 * `contentVerbGroup` (the first content verb past any saying, by compromise's tags: what scheduled days and lede
 * dates read) and src/extract/clause.ts `mainVerbGroup` (the sentence's grammatical main verb group, outside relative
 * clauses and appositions, by the perceptron's: what an undated article's news is read from). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { contentVerbGroup } from '../src/extract/scheduled.ts';
import { mainVerbGroup } from '../src/extract/clause.ts';
import { taggedTerms } from '../src/extract/nlp.ts';
import { posTerms } from '../src/extract/pos-tagger.ts';

const content = (text: string) => {
  const span = contentVerbGroup(taggedTerms(text), 0);
  return span && text.slice(span.start, span.end);
};
const main = (text: string) => {
  const span = mainVerbGroup(text, posTerms(text), 0);
  return span && text.slice(span.start, span.end);
};

describe('the lede verb readers', () => {
  it('a saying: the content verb is what is said, the main verb the saying', () => {
    const text = 'Zorbix Ltd said it would open a plant in Tarnia next month.';
    expect(content(text)).toBe('open');
    expect(main(text)).toBe('said');
  });

  it('auxiliaries and adverbs: in the main verb group only', () => {
    const text = 'The Velmora board has sharply cut its payout.';
    expect(content(text)).toBe('cut');
    expect(main(text)).toBe('has sharply cut');
    const ahead = 'Miro Corp will begin trading its shares tomorrow.';
    expect(content(ahead)).toBe('begin trading');
    expect(main(ahead)).toBe('will begin trading');
  });

  it('a relative clause first: the main verb group passes over it, the content verb does not', () => {
    const text = 'Quanta, which makes toy boats, will close two stores on Friday.';
    expect(content(text)).toBe('makes');
    expect(main(text)).toBe('will close');
  });
});
