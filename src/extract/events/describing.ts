/** Names that describe another word rather than take part: a name before a noun, a place of a described thing, a source cited, whom a telling is told to. */
import { taggedTerms } from '../nlp.ts';
import { datelineLength } from '../dateline.ts';
import { alternation, FILING_WORDS, ORG_HEADS, PRESS_NOUNS, PLACE_PREPOSITIONS, WHERE_OR_WHO_PREPOSITIONS } from '../lexicon.ts';
import { describesNounBefore } from '../participle.ts';
import { escapeRegExp } from '../../util/escape.ts';
import { commentAfter, purposePhrases } from '../clause.ts';
import { isDottedInitials } from '../shapes.ts';

/**
 * The headline writes the name (its first two words, or its one, case aside: "Miro plans Velmar Medical board fight"
 * of "Velmar Medical Inc"): a party of the article's news, whichever clause of the lede names it ("will seek seats on
 * the board in a drive to change the pay rules of Velmar Medical Inc").
 */
export function headlineNames(headline: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).slice(0, 2).map(escapeRegExp).join(String.raw`\s+`);
  return words.length > 0 && new RegExp(String.raw`(?:^|[^\p{L}\d])${words}(?![\p{L}\d])`, 'u').test(headline.toLowerCase());
}

/** The phrases of purpose and the comment (clause.ts) of a sentence that do not hold its trigger at `from`..`to`. */
export function besideTheHappening(text: string, from: number, to: number): { start: number; end: number }[] {
  const spans = purposePhrases(text).filter((p) => p.end <= from || p.start >= to);
  const comment = commentAfter(text, to);
  return comment ? [...spans, comment] : spans;
}

/**
 * The name `names[i]` (offsets in `text`) only describes the name after it, a title or description between them ("U.S.
 * retailer Zorbix", "Acme CEO Ann Lee", "Norland Prime Minister Karl Brenn": `describing`): whose or where that one is,
 * no party of its own. Never across the trigger at `triggerFrom`–`triggerTo` ("Acme sues Quanta" is no title).
 */
export function describesNextName(text: string, names: readonly { start: number; end: number }[], i: number, triggerFrom: number, triggerTo: number): boolean {
  const { start, end } = names[i]!;
  const next = names[i + 1];
  if (next === undefined || (end <= triggerFrom && next.start >= triggerTo)) return false;
  return describing(uncasedAfter(text, start, end), start, end, next.start, next.end);
}

/** The name starting at `start` is in the source of a report ("…, according to figures from the Zorbix Bureau"). */
export function citedAsSource(text: string, start: number): boolean {
  return /\baccording to\s[^,;]*$/i.test(text.slice(0, start));
}

/** A word's pattern with its first letter in either case (a sentence may open with it), the rest as written. */
const eitherCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
/**
 * Right before a name: the office a paper is filed with ("filed with the", "in a filing with the"), also past the
 * paper's own words ("filed draft proxy papers with the", "filed a complaint with the"; only after "filed",
 * "filing", "lodged": "registered a venture with Quanta" names a partner).
 */
const FILED_WITH = new RegExp(
  String.raw`\b(?:(?:${[...FILING_WORDS].map(eitherCase).join('|')})|(?:[Ff]iled|[Ff]iling|[Ll]odged)(?:\s+(?!jointly\b|together\b)[a-z][\w-]*){1,4})\s+with\s+(?:[Tt]he\s+)?$`,
);
/**
 * Right before a name: the one told ("told the", "told"), also a news outlet told after what it is ("told the West
 * German newspaper", "told the official news agency").
 */
const TOLD_TO = new RegExp(String.raw`\btold\s+(?:(?:the|a|an)\s+(?:[\p{L}.-]+\s+){0,3}(?:${[...PRESS_NOUNS].join('|')}|news\s+agency)\s+|(?:the\s+)?)$`, 'iu');

/**
 * The name starting at `start` hears of the happening, it takes no part: the one told ("…, a spokesman told Reuters",
 * "told the Pella Markets Board it holds …"), or written to (WRITTEN_TO), or the office a paper is filed with ("in a filing made with the
 * Pella Markets Board"). Unless the telling is the happening (`tellingIsNews`).
 */
export function hearsOf(text: string, start: number, tellingIsNews: boolean): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return (!tellingIsNews && (TOLD_TO.test(before) || WRITTEN_TO.test(before))) || FILED_WITH.test(before);
}

/**
 * Right before a name: what is written to it ("resigned in a letter to Quanta's board", "in a memo to staff"): the one
 * written to reads of the happening, as the one told hears of it (MEANTIME gives it no role of the happening).
 */
const WRITTEN_TO = /\b(?:letter|memo|memorandum|message|note|e-?mail)\s+to\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/i;

/** A word shaped as a participle the participle model reads ("issued", "taken", "operating"; participle.ts). */
const PARTICIPLE_SHAPE = /\b[a-z]{2,}(?:ed|en|ing)\b/g;

/**
 * The place starting at `start`, after the trigger ending at `triggerTo`, is in a participle phrase describing the
 * noun before it ("said so in a notice on shares lately listed in Oslo", "bought a plant located in
 * Varna"): it says where that thing is or was made, not where the happening was (session 35, evt76). The participle
 * is the last such word before the place with no comma between, a preposition of place right before the place
 * (THING_PLACE_GAP), and the participle model (participle.ts) reads it as
 * describing the noun before it.
 */
export function placeOfDescribedNoun(text: string, triggerTo: number, start: number): boolean {
  const between = text.slice(triggerTo, start);
  if (/[,;:]/.test(between)) return false;
  const last = [...between.matchAll(PARTICIPLE_SHAPE)].at(-1);
  return last !== undefined && last.index > 0 && THING_PLACE_GAP.test(between.slice(last.index + last[0].length)) && describesNounBefore(text, triggerTo + last.index);
}

/**
 * Between such a participle and its place, a preposition of place only ("issued in", "shipped from"): a place that is
 * the participle's object ("two issues separating Norland from …") is what the phrase is about, and stays.
 */
const THING_PLACE_GAP = new RegExp(String.raw`^\s+(?:${alternation([...PLACE_PREPOSITIONS, ...WHERE_OR_WHO_PREPOSITIONS])})\s+(?:the\s+)?$`, 'i');

/**
 * The place `places[i]` (offsets in `text`) says what kind a noun is, not where a happening was: after the happening
 * ("to export U.S. expertise", "with Paris-based Alsthom"), or before it after an article or a possessive
 * ("acknowledged failings in the Zorbia arms affair but said he would not resign", "said its Far East buyers would
 * be billed"): a determiner opens a noun phrase, and a place inside one describes its head. A place joined by "and"
 * to one that describes a noun describes it too ("in the Pella Coast and Gulf of Zorbia regions").
 */
export function describesAsPlace(text: string, names: { start: number; end: number; text: string; type: string }[], i: number, triggerTo: number): boolean {
  const { start, end } = names[i]!;
  // An organisation the name reader typed as a place ("its First Pella Bank and Trust Co of Orlin unit") is
  // a party of its own.
  if (names[i]!.text.split(/\s+/).some((w) => ORG_HEADS.has(w))) return false;
  const window = text.slice(Math.max(0, start - 40), start);
  const opens = NOUN_PHRASE_OPENS.exec(window);
  // A noun phrase that opens the sentence is its subject: its place is whose the doer is ("A Zorbian mission will
  // leave for talks", "The Zorbia City banks borrowed …"), as a country is when it is the subject itself.
  const inPhrase = opens !== null && text.slice(datelineLength(text), start - window.length + opens.index).trim() !== '';
  if (start < triggerTo && !inPhrase) return false;
  if (STANDS_FOR_ITS_COUNTRY.test(text.slice(end))) return false;
  if (describesNounAfter(text, start, end, inPhrase)) return true;
  const next = names[i + 1];
  return next !== undefined && next.type === 'place' && /^\s+(?:and|or)\s+$/.test(text.slice(end, next.start)) && describesNounAfter(text, next.start, next.end);
}

/**
 * Nouns a place before them stands for its country in: its government, its money and its economy ("dealing blows
 * against the Zorbia government", "the appreciation of the Zorbia dollar", "the Zorbia economy grew"). What happens
 * to them happens to the country, a party.
 */
const STANDS_FOR_ITS_COUNTRY = /^\s+(?:government|administration|regime|dollars?|yen|won|francs?|marks?|pounds?|pesos?|lira|rupees?|rand|currency|economy)\b/i;

/**
 * What opens a noun phrase right before a name: an article, a possessive or a number, perhaps with one adjective or
 * two joined by "and" ("the", "its new", "its onshore and offshore", "two big").
 */
const NOUN_PHRASE_OPENS = /\b(?:the|a|an|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+(?:[a-z-]+\s+(?:and|or)\s+)?(?:[a-z-]+\s+)?$/i;

/**
 * The name at `start`–`end` of `text` is said of the noun after it: "-based", or a common noun ("U.S. expertise").
 * Inside a noun phrase (`inPhrase`: an article or possessive before the name), a plural that compromise reads as a
 * verb before a singular noun is the first of two nouns ("the Zorbia arms affair"): a verb in "-s" has no subject
 * that opens with "the" and ends with a name.
 */
function describesNounAfter(written: string, start: number, end: number, inPhrase = false): boolean {
  if (/^-based\b/.test(written.slice(end))) return true;
  const text = uncasedAfter(written, start, end);
  const first = nextWordTags(text, start, end);
  if (!first) return false;
  const { tags } = first;
  if (tags.includes('Noun') && !tags.includes('Verb')) return true;
  if (isDottedInitials(text.slice(start, end)) && adjectiveAndNoun(text, start, first.end, tags)) return true;
  if (!inPhrase || !/s$/.test(first.word) || !tags.includes('PresentTense')) return false;
  return nextWordTags(text, start, first.end)?.tags.includes('Singular') ?? false;
}

/**
 * The word in lower case right after `from` in `text`, unless a function word, with its tags as compromise reads them
 * in the words from `start` on (the name and what follows it), and where it ends.
 */
function nextWordTags(text: string, start: number, from: number): { word: string; end: number; tags: readonly string[] } | undefined {
  const m = /^\s+([a-z][a-z-]+)\b/.exec(text.slice(from));
  if (!m || FUNCTION_WORD.test(m[1]!)) return undefined;
  const end = from + m[0].length;
  return { word: m[1]!, end, tags: termTags(text.slice(start, end))(end - start - m[1]!.length) };
}

/**
 * `text` with the word right after the name at `start`–`end` in lower case where the name is dotted initials ("the
 * U.K. Financial services group Prudential", "a U.S. Bank unit"): Reuters-21578's recasing opened every word after a
 * period with a capital, so that word's capital says nothing, and the name reader ends the name before a word its
 * article writes in lower case (connectors.ts `recasedAfterInitials`, session 46, ent84). Same length, same offsets.
 */
function uncasedAfter(text: string, start: number, end: number): string {
  if (!isDottedInitials(text.slice(start, end))) return text;
  const word = /^\s+([A-Z])(?=[a-z-]+\b)/.exec(text.slice(end));
  if (!word) return text;
  const at = end + word[0].length - 1;
  return text.slice(0, at) + word[1]!.toLowerCase() + text.slice(at + 1);
}

/**
 * After dotted initials, an adjective (`tags`, the word ending at `wordEnd`) and a noun that is no time ("the U.K.
 * financial services group", "U.S. farm exports"; not "the U.S. last week"): the initials say whose or where that noun is.
 */
function adjectiveAndNoun(text: string, start: number, wordEnd: number, tags: readonly string[]): boolean {
  if (!tags.includes('Adjective') || tags.includes('Verb')) return false;
  const next = nextWordTags(text, start, wordEnd)?.tags;
  return next !== undefined && next.includes('Noun') && !next.includes('Verb') && !next.includes('Date');
}

/**
 * The words from `from` to `to` of `text` are a title or description between two names ("U.S. tablet retailer
 * Zorbix", "Acme CEO and co-founder Ann Lee", "the Lees' label Zorbix Ltd"): one to four nouns or adjectives
 * (compromise's tags), "and" between them, after an optional possessive.
 */
function describing(text: string, nameStart: number, from: number, to: number, nextEnd: number): boolean {
  const gap = text.slice(from, to);
  const m = /^(?:['’]s?)?(\s+)(\S.*?),?\s+$/.exec(gap);
  if (!m) return false;
  const words = m[2]!.split(/\s+/);
  if (words.length > 4 || words[0] === 'and' || words.at(-1) === 'and' || !words.every((w) => /^[\w-]+$/.test(w))) return false;
  // Cheap checks first (the tagger costs a millisecond): prepositions, articles, pronouns and verb forms are no title.
  if (words.some((w) => FUNCTION_WORD.test(w) || /^[a-z]+(?:ed|ing)$/.test(w))) return false;
  // Tagged in the phrase of the two names only, not the whole sentence (a tenth of the time, same tags here).
  const phraseTags = termTags(text.slice(nameStart, nextEnd));
  const tagsAt = (offset: number) => phraseTags(offset - nameStart);
  let at = from + gap.indexOf(m[2]!);
  for (const w of words) {
    const tags = tagsAt(at);
    at += w.length + 1;
    if (w === 'and') continue;
    if (tags.includes('Verb') || !(tags.includes('Noun') || tags.includes('Adjective'))) return false;
  }
  return true;
}

const FUNCTION_WORD = /^(?:in|on|at|of|to|for|from|with|by|as|into|over|about|against|than|the|a|an|this|that|these|those|its|his|her|their|our|it|he|she|they|we|who|which|is|are|was|were|be|been|has|have|had|will|would|said|says|told|or|but|not|also)$/i;

/** compromise's part-of-speech tags of the word starting at each offset of `text`. */
export function termTags(text: string): (start: number) => readonly string[] {
  const at = new Map<number, readonly string[]>();
  for (const t of taggedTerms(text)) at.set(t.offset.start, t.tags);
  return (start) => at.get(start) ?? [];
}
