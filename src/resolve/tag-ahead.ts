/**
 * The sentences event resolution will read with compromise's tagger, tagged ahead in the extraction workers. The
 * describing rules of src/resolve/participants.ts (`qualifiesNoun`: the noun phrase after a name; `ownsThing`: what a
 * place's possessive owns) tag the whole sentence of an event's participant: on a cold BBC build that was the largest
 * cost of the resolve stage, in one thread, while a third of those sentences had just been tagged by extraction in
 * another (its memo, src/extract/nlp.ts). A worker that has extracted an article tags those sentences too (a memo hit,
 * or work done beside the other workers instead of after them) and sends their terms back with the extraction; the
 * main thread keeps them until resolution is done (`keepTermsAhead`, `forgetTermsAhead`). A term list is a function
 * of its text alone, so where it was computed changes nothing in the output; a sentence not told ahead (an extraction
 * read from the cache, a participant this reading missed) is tagged when asked, as before.
 */
import type { ArticleExtraction, EntityMention, Sentence } from '../types.ts';
import { NO_QUALIFIED_NOUN_AFTER } from '../extract/lexicon.ts';
import { taggedTerms, type TaggedTerm } from '../extract/nlp.ts';

type Spanned = Pick<EntityMention, 'start' | 'end'>;

/**
 * The word right after a name, one space between, that may open a noun phrase the name qualifies: `qualifiesNoun`
 * tags the sentence only then (a word of NO_QUALIFIED_NOUN_AFTER answers without tags: "Zorbix said").
 */
export function wordOpeningPhraseAfter(sentence: Sentence, mention: Spanned): string | undefined {
  const next = /^ ([\p{L}']+)/u.exec(sentence.text.slice(mention.end - sentence.start))?.[1];
  return next === undefined || NO_QUALIFIED_NOUN_AFTER.has(next) ? undefined : next;
}

/** A possessive right after a name, and a word: `ownsThing` tags the sentence of a place so written. */
export const possessiveAfter = (sentence: Sentence, mention: Spanned): boolean => /^['’]s? \p{L}/u.test(sentence.text.slice(mention.end - sentence.start));

/**
 * The texts of the article's sentences that the describing rules will tag: an event's sentence where one of its
 * participants named there is followed by a word that may open a noun phrase, or is a place (as extraction typed it)
 * followed by a possessive.
 */
export function sentencesToTag(x: ArticleExtraction): string[] {
  const texts = new Set<string>();
  for (const ev of x.events) {
    const sentence = x.sentences.find((s) => s.index === ev.sentence);
    if (!sentence || texts.has(sentence.text)) continue;
    const asked = ev.participants.some(({ mention: i }) => {
      const m = x.entities[i];
      return m !== undefined && m.sentence === ev.sentence && (wordOpeningPhraseAfter(sentence, m) !== undefined || (m.type === 'place' && possessiveAfter(sentence, m)));
    });
    if (asked) texts.add(sentence.text);
  }
  return [...texts];
}

/** Those sentences with their terms (`taggedTerms`), as a worker sends them back. */
export const tagAhead = (x: ArticleExtraction): [string, readonly TaggedTerm[]][] => sentencesToTag(x).map((text) => [text, taggedTerms(text)]);
