/** The parties of a lede with no trigger word: the names before its first verb, asides and relatives left out. */
import { posTerms } from '../pos-tagger.ts';
import { datelineLength } from '../dateline.ts';
import { alternation, LEDE_PARALLEL_OPENERS, RELATIVE_PRONOUNS, SUBORDINATE_OPENERS } from '../lexicon.ts';
import { triggerClause } from '../clause.ts';
import type { EntityMention, Sentence } from '../../types.ts';
import type { IndexedMention } from './types.ts';
import { besideTheHappening, citedAsSource, describesAsPlace, describesNextName, headlineNames, hearsOf } from './describing.ts';
import { speaksForHeadlinedBody } from './headline-parties.ts';
import { actsThroughPost } from './roles.ts';

/** Where the first verb after the dateline ends (the fast tagger's, pos-tagger.ts); the text's end when it has none. */
function firstVerbEnd(text: string): number {
  const start = datelineLength(text);
  const verb = posTerms(text).find((t) => t.offset.start >= start && t.tags.includes('Verb'));
  return verb ? verb.offset.start + verb.offset.length : text.length;
}

/**
 * A relative pronoun ("…, which could open the way to …", "the night session which starts in Pella"): a relative clause
 * about what it follows. "that" is left out (it opens what a verb says as often).
 */
const RELATIVE_OPENS = new RegExp(String.raw`^,?\s+(?:${alternation([...RELATIVE_PRONOUNS].filter((w) => w !== 'that'))})\s`, 'i');
/** A word of time, reason or condition opening a clause of its own ("… if Pella did not allow …", "… because …"). */
const OTHER_HAPPENING_OPENS = new RegExp(String.raw`^,?\s+(?:${alternation([...SUBORDINATE_OPENERS].filter((w) => !LEDE_PARALLEL_OPENERS.has(w)))})\s`, 'i');

/**
 * A lede with no trigger of its own read by its first verb (ending at `verbEnd`): a relative clause set after that
 * verb's clause ("The rail board widened its night services, which rival lines in Zorbia had asked for", "welcomed the
 * night session which starts in Pella") tells of what the clause names, not who took part; so does a clause of time,
 * reason or condition the clause reader ends that verb's clause at ("put up its fares after Miro raised its charges",
 * session 41, evt91: the train builds' describing places of such ledes). Its span, to the sentence's end (as
 * triggerClause ends a clause there). Not a clause told beside the first (LEDE_PARALLEL_OPENERS: "while").
 */
function clauseAfter(text: string, verbEnd: number): { start: number; end: number }[] {
  if (verbEnd >= text.length) return [];
  const { end } = triggerClause(text, verbEnd, verbEnd, false);
  // (Not an infinitive after its object: a lede's first verb may be any, and its infinitive may tell the news's own
  // result, "netted late to lift Quanta FC past Miro United".)
  const rest = text.slice(end);
  return end < text.length && (RELATIVE_OPENS.test(rest) || OTHER_HAPPENING_OPENS.test(rest)) ? [{ start: end, end: text.length }] : [];
}

/**
 * The parties of a lede with no trigger of its own (`markTheNews`), from its `named` participants, and the names kept
 * as `asides`; all the names when none is a party. `telling`: the news found is a telling.
 */
export function partiesOfTriggerlessLede(title: string, sentence: Sentence, named: IndexedMention[], telling: boolean): { mentions: IndexedMention[]; asides: number[] } {
  // (A place inside a noun phrase describes its head here too, "acknowledged failings in the Zorbia arms affair";
  // unless it is the lede's only name, "two Zorbia wheat groups said": the news is the article's, and the place then
  // tells whose.)
  const names = named.map(({ item }) => ({ start: item.start - sentence.start, end: item.end - sentence.start, text: item.text, type: item.type }));
  // (Nor does the source it cites: "…, according to notices in the state gazette"; nor the one told or the
  // office filed with, unless a telling is the news: "A group told the SEC it sold its stake in Quanta".)
  // (Nor does a name of a phrase of purpose or of a comment after the lede's verb, "entered the race with a pledge to
  // return honesty to Pella Hall": kept as `asides`.)
  const verbEnd = firstVerbEnd(sentence.text);
  const beside = [...besideTheHappening(sentence.text, 0, verbEnd), ...clauseAfter(sentence.text, verbEnd)];
  // (Nor a name that only describes the next, "Tennessee Senator Ann Vell": kept as `asides` too, unless a body the
  // headline names before its official's name, speaksForHeadlinedBody, or a place before its own state's post and the
  // holder's name, "Norland Governor Ann Vell", actsThroughPost.)
  const describer = (i: number) => describesNextName(sentence.text, names, i, -1, -1);
  const aside = ({ item }: { item: EntityMention }, i: number) => describer(i) || beside.some((s) => item.start - sentence.start >= s.start && item.end - sentence.start <= s.end);
  const parties = named.filter(({ item }, i) => (item.type !== 'place' || !describesAsPlace(sentence.text, names, i, Infinity))
    && !citedAsSource(sentence.text, item.start - sentence.start) && !hearsOf(sentence.text, item.start - sentence.start, telling)
    && (!aside({ item }, i) || (describer(i) ? speaksForHeadlinedBody(title, named, i) || actsThroughPost(sentence.text, names, i) : headlineNames(title, item.text))));
  const mentions = parties.length > 0 ? parties : named;
  const asides = mentions === parties ? named.filter((m, i) => aside(m, i) && !parties.includes(m)).map(({ index }) => index) : [];
  return { mentions, asides };
}
