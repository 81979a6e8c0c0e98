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

/** Invented sentences: [why they differ, the sentence, the content verb group, the main verb group]. */
const CASES: readonly (readonly [string, string, string, string])[] = [
  ['a saying: the content verb is what is said, the main verb the saying', 'Zorbix Ltd said it would open a plant in Tarnia next month.', 'open', 'said'],
  ['an auxiliary and an adverb: in the main verb group only', 'The Velmora board has sharply cut its payout.', 'cut', 'has sharply cut'],
  ['a modal: in the main verb group only; both take the verb governed', 'Miro Corp will begin trading its shares tomorrow.', 'begin trading', 'will begin trading'],
  ['a relative clause first: the main verb group passes over it, the content verb does not', 'Quanta, which makes toy boats, will close two stores on Friday.', 'makes', 'will close'],
];

describe('the lede verb readers', () => {
  for (const [why, text, contentGroup, mainGroup] of CASES)
    it(why, () => {
      expect(content(text)).toBe(contentGroup);
      expect(main(text)).toBe(mainGroup);
    });
});
