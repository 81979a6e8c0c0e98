/** Tests of one word or a few that every step of entity extraction asks: a name's word, a break, a title, a head word, a demonym. */
import { lexiconTags } from '../nlp.ts';
import { escapeRegExp } from '../../util/escape.ts';
import { memoByString } from '../../util/memo.ts';
import { LEGAL_FORMS, isAcronym, isCapitalised, isDottedInitials } from '../shapes.ts';
import type { TaggedSpan } from '../ner/index.ts';
import { usualCase } from '../ner/words.ts';
import { datelineLength } from '../dateline.ts';
import { countryInitials, gazetteerLists } from '../ner/gazetteer.ts';
import type { Sentence } from '../../types.ts';
import {
  COMPROMISE_DEMONYMS, NOT_INITIALS, PLACE_COMPOUND_PREFIXES, FUNCTION_WORDS, NEVER_NAMES, ORDINARY_PREFIXES, ORG_FIRST, ORG_HEADS, OTHER_HEADS, TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../lexicon.ts';
import type { Token } from './types.ts';

/** One capital and its period: a first name's initial ("Q." of "Q. Vorn Quellan"). */
export const INITIAL = /^\p{Lu}\.$/u;

/** A word news mostly writes in lower case, capitalised here inside a name ("Telephone", "Savings"): the case table. */
export function isCommonWord(t: Token): boolean {
  if (isAcronym(t.text) || FUNCTION_WORDS.has(t.text)) return false;
  const kind = usualCase(t.text);
  return kind === 'lower' || kind === 'mixed';
}

/** The capitalised words from tokens[k] up to the first break or word that is not a name's. */
export function nameWordsFrom(text: string, tokens: Token[], k: number): Token[] {
  const words: Token[] = [];
  for (let n = k; n < tokens.length && isNameWord(tokens[n]!); n++) {
    if (words.length && (breakBetween(text, tokens[n - 1]!, tokens[n]!) || tokens[n - 1]!.possessive)) break;
    words.push(tokens[n]!);
  }
  return words;
}

export function isNameWord(t: Token): boolean {
  if (!isCapitalised(t.text)) return false;
  // compromise reads the phrase: "May" in "Theresa May" is tagged a person, alone ("in May") a month.
  if (t.tags.has('Person') && !t.tags.has('Date')) return true;
  return !NEVER_NAMES.has(t.text) && !t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('WeekDay');
}

export function sentenceInitial(text: string, sentence: Sentence, t: Token): boolean {
  return /^[\s"“‘'([—–-]*$/.test(text.slice(sentence.start, t.start));
}

/** The token opens its sentence, or the news after the sentence's dateline ("NEW YORK, April 9 - Shares of …"). */
export function opensTheNews(text: string, sentence: Sentence, t: Token): boolean {
  const from = sentence.start + datelineLength(sentence.text);
  return sentenceInitial(text, sentence, t) || (t.start >= from && /^[\s"“‘'([—–-]*$/.test(text.slice(from, t.start)));
}

/** Punctuation between two tokens ends a name (commas, quotes, brackets, dashes, sentence marks). */
export function breakBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return !/^\s*$/.test(gap.replace(/^['’]s?/, '')) || gap.includes('\n');
}

/** A first name (compromise's lexicon or the gazetteers' first names) opening a person's name. */
export const opensPersonName = (t: Token) => isCapitalised(t.text) && (t.tags.has('FirstName') || gazetteerLists(t.text).includes('FIRST'));

/**
 * Words after a title inside a run are the rest of a firm's or a thing's name only when they are its head words
 * ("Zorblax General Corp", "Criminal Justice Act", "Farben Detective Agency Inc"); a run with a name word there is a
 * place or firm, then a name with a title ("U.S. General Electric Co": "U.S." and "General Electric Co").
 */
export function onlyHeads(words: Token[]): boolean {
  return words.every(isHeadWord);
}

/** A firm's, a body's or a thing's head word, or a legal form ("Corp", "Act", "Agency", "Inc."). */
function isHeadWord(t: Token): boolean {
  const w = t.text.replace(/\.$/, '');
  return ORG_HEADS.has(w) || OTHER_HEADS.has(w) || LEGAL_FORMS.test(w);
}

/**
 * Words after a title head that end in a firm's, a body's or a thing's head ("Zorblax General Corp", "Criminal Justice
 * Act", "Farben Detective Agency Inc") name that firm or thing, not a person the title is said of: "General",
 * "Justice", "Detective" are words of its name there. Opened by a word that opens organisations ("Court of Appeal").
 */
export function namesAThing(words: Token[]): boolean {
  return isHeadWord(words.at(-1)!) || ORG_FIRST.has(words[0]!.text);
}

/**
 * Whether compromise tags a word alone a Demonym: asked of it only for a word its lexicon lists so
 * (COMPROMISE_DEMONYMS) or one not written as the build checked (letters, lower case after the first); any other
 * word it tags no Demonym, and is not parsed to say so.
 */
export const taggedDemonym = (word: string): boolean => (!/^[A-Za-z][a-z]*$/.test(word) || COMPROMISE_DEMONYMS.has(word.toLowerCase())) && lexiconTags(word).has('Demonym');

export const isPlaceWord = (w: string) => PLACE_COMPOUND_PREFIXES.has(w) || isAcronym(w) || lexiconTags(w).has('Place');

/** A lone title is no name ("MP", "Ms", "Minister"); "UN", "US" and "EU" modify titles but are names. */
export const isLoneTitle = (word: string) => isTitleOnly(word) || (TITLE_MODIFIERS.has(word) && !isAcronym(word));
/** A title head that never modifies another title ("MP", "Ms"; not "Treasury", "Labour", "Army"). */
export const isTitleOnly = (word: string) => TITLE_HEADS.has(word) && !TITLE_MODIFIERS.has(word);

/** "MPs", "Labour MPs", "CEOs": the plural of a title written in capitals names a kind of people, no one in particular. */
export const isTitlePlural = (word: string) => /s$/.test(word) && isAcronym(word.slice(0, -1)) && TITLE_HEADS.has(word.slice(0, -1));

export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/ (Of|And|For|The) (?=\S)/g, (w) => w.toLowerCase());
}

/** An ordinal in figures: "9th", "21st". */
export const isFigureOrdinal = (t: Token) => /^\d+(?:st|nd|rd|th)$/i.test(t.text);

/** A word inside a span of the tagger's, its abbreviation's period ("Inc.") counted with it. */
export const within = (t: Token, sp: TaggedSpan) => t.start >= sp.start && t.end - (t.text.endsWith('.') ? 1 : 0) <= sp.end;

/**
 * "Ex-health", "Anti-war": a prefix, a hyphen and a word in lower case make an ordinary word, capitalised at a start;
 * it opens no name ("Coalition of Non-governmental Organizations" has it inside).
 */
export function prefixedOrdinaryWord(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}*)-\p{Ll}/u.exec(word);
  return m !== null && ORDINARY_PREFIXES.has(m[1]!);
}

/** The counts `timesWritten` gave for the last article body it was asked about (its rules ask of one article at a time). */
let counted: { body: string; times: Map<string, number> } = { body: '', times: new Map() };

/** How often the text writes the words as whole words ("Seek" is not in "Seeking"); kept per words for the article. */
export function timesWritten(body: string, words: string): number {
  if (counted.body !== body) counted = { body, times: new Map() };
  let times = counted.times.get(words);
  if (times === undefined) counted.times.set(words, (times = writtenAt(body, words).length));
  return times;
}

/** The words as whole words, compiled once per words (`matchAll` runs a copy, so one object serves every text). */
const wholeWords = memoByString((words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'gu'), 20_000);

/** Where a text writes the words as whole words: found by `indexOf`, each find checked at its edges (the same finds
 *  as `wholeWords`' pattern, which scanned the whole text with a look-behind at every place: the joiner asks it often). */
export function writtenAt(text: string, words: string): number[] {
  if (words === '') return [...text.matchAll(wholeWords(words))].map((m) => m.index!);
  const found: number[] = [];
  for (let at = text.indexOf(words); at !== -1; ) {
    const end = at + words.length;
    if (wordCharBefore(text, at) || wordCharAt(text, end)) at = text.indexOf(words, at + 1);
    else {
      found.push(at);
      at = text.indexOf(words, end);
    }
  }
  return found;
}

/**
 * How often the text writes the words as a name on its own: whole words that no other capitalised word joins, next to
 * them or across a connector ("Development" inside "Economic Cooperation and Development", "Bilzerian" inside "Paul
 * Bilzerian" are not written alone; "Bilzerian said", "Tabor's lawyer" are). A function word ("The") or a common word
 * opening a sentence ("Meanwhile") joins no name.
 */
export function timesWrittenAlone(body: string, words: string): number {
  return writtenAt(body, words).filter((at) => !joinedBefore(body.slice(Math.max(0, at - RUN_CONTEXT), at)) && !joinedAfter(body.slice(at + words.length, at + words.length + RUN_CONTEXT))).length;
}

/** How far either side of a writing the words that may join it are looked for. */
const RUN_CONTEXT = 60;
const JOINING_BEFORE = /(^|[.!?:;"“(\n]\s*|\s)(\p{Lu}[\p{L}\p{N}.'&-]*) ((?:and|of|for|&) )?$/u;
const JOINING_AFTER = /^ (?:(?:and|of|for|&) )?(\p{Lu}[\p{L}\p{N}'&-]*)/u;

function joinedBefore(before: string): boolean {
  const m = JOINING_BEFORE.exec(before);
  // A word with a period that is no initial ends a sentence before the words ("… Corp. Tabor said").
  if (!m || FUNCTION_WORDS.has(m[2]!) || (/\.$/.test(m[2]!) && !/^(?:\p{Lu}\.)+$/u.test(m[2]!))) return false;
  // A common word capitalised because it opens the sentence ("Meanwhile Vell said") joins nothing.
  return !(m[1] !== ' ' && !m[3] && usualCase(m[2]!) === 'lower');
}

const joinedAfter = (after: string) => {
  const m = JOINING_AFTER.exec(after);
  return !!m && !FUNCTION_WORDS.has(m[1]!);
};

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether the character (a whole code point) that starts at `at` is a letter or a digit. */
function wordCharAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
}

/** Whether the character (a whole code point) that ends right before `at` is a letter or a digit. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return wordCharAt(text, pair ? at - 2 : at - 1);
}

/**
 * The initials a name may be written as: the capitals that open its words, or the first letters of all its words, each
 * with and without the legal forms that end it ("RTZ" of "Rio Tinto-Zinc Corp Plc", "GM" of "General Motors Corp":
 * news leaves the legal form out of a firm's initials far more often than not).
 */
export function initialsVariants(name: string): Set<string> {
  const words = name.split(/[\s-]+/).filter(Boolean);
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.test(words[end - 1]!.replace(/,$/, ''))) end--;
  const out = new Set<string>();
  for (const list of [words, words.slice(0, end)]) {
    out.add(list.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''));
    out.add(list.map((w) => w[0]!.toUpperCase()).join(''));
  }
  return out;
}

/**
 * A bracketed short form cut from the openings of the name's words, in order, two words or more: "Ecu" of "European
 * Currency Units", "Soffex" of "Swiss Options and Financial Futures Exchange" (its small words may give none).
 */
export function abbreviates(short: string, name: string): boolean {
  return /^\p{Lu}\p{L}{2,}$/u.test(short) && cutFromWords(short, name, (chunk, w) => w.startsWith(chunk));
}

/**
 * The letters of `short` are cut, in order, from the name's words from the first on, each word's run accepted by
 * `fits` (a small word may give none), two words or more.
 */
function cutFromWords(short: string, name: string, fits: (chunk: string, word: string) => boolean): boolean {
  const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const letters = short.toLowerCase();
  // cut(i, k): the letters from i on come from words k, k+1, … (a small word may be skipped), `used` words so far.
  const cut = (i: number, k: number, used: number): boolean => {
    if (i === letters.length) return used >= 2;
    if (k >= words.length) return false;
    const w = words[k]!;
    for (let n = Math.min(w.length, letters.length - i); n >= 1; n--) if (fits(letters.slice(i, i + n), w) && cut(i + n, k + 1, used + 1)) return true;
    return (used > 0 && NOT_INITIALS.has(w) && cut(i, k + 1, used));
  };
  return words.length >= 2 && cut(0, 0, 0);
}

/**
 * A short form in brackets right after a name stands for it (session 47, ent85): its initials (`acronymMatches`), the
 * openings of its words (`abbreviates`), or an acronym's capitals drawn from inside its words (`spellsFromWords`:
 * "ICCO" of "International Cocoa Organization", "SAMBA" of "Saudi American Bank"), also past a first word that only
 * says whose country the body is (`whoseCountry`: "CAA" of "British Civil Aviation Authority", "FAO" of "U.N. Food and
 * Agriculture Organisation"). On train builds (reut2-005 and -015 stories 0-899) these were 10 of the 54 bracketed
 * pairs still built as two entities. Not a plural's "s" set aside: "Ecus", typed a body, gave the European Currency
 * Units that type.
 */
export function bracketedShortFor(short: string, name: string): boolean {
  // Initials of one letter never: "C" of "Chrysler Corp" is a ticker that other articles write for a rating.
  const fits = (s: string, n: string) => (isAcronym(s) && acronymMatches(s, n)) || abbreviates(s, n) || spellsFromWords(s, n);
  return [name, ...pastCountryWord(name)].some((n) => fits(short, n));
}

/** The name without a first word that only says whose the body is ("Interstate Commerce Commission" of "U.S. Interstate Commerce Commission"), if it opens with one and keeps two words. */
export function pastCountryWord(name: string): string[] {
  const words = name.split(/\s+/);
  return words.length > 2 && whoseCountry(words[0]!) ? [words.slice(1).join(' ')] : [];
}

/**
 * Capitals drawn in order from the name's words, each word's run opening with its first letter and the rest picked
 * from inside it ("ICCO" of "International COCoa Organization", "LIBOR" of "London InterBank Offered Rate"), from the
 * first word on, its small words skippable, two words or more.
 */
function spellsFromWords(short: string, name: string): boolean {
  // A plural's "s" is no capital of the name: "ECUS" is the plural of "ECU", and typed "European Currency Units" a body.
  const fits = (chunk: string, w: string) => chunk[0] === w[0] && inOrderWithin(chunk.slice(1), w.slice(1).replace(/s$/, ''));
  return /^\p{Lu}{3,}$/u.test(short) && cutFromWords(short, name, fits);
}

/** The letters of `chunk` stand in `word` in that order. */
function inOrderWithin(chunk: string, word: string): boolean {
  let at = 0;
  for (const ch of chunk) if ((at = word.indexOf(ch, at) + 1) === 0) return false;
  return true;
}

/**
 * A first word that says whose a body is: dotted initials ("U.S.", "U.N."), a country's letters, a country, a people's
 * word or a city (the DEMONYM, COUNTRY and CITY gazetteers: "British", "Swiss", "Swansea" of "Swansea Unite Against
 * Fascism (UAF)"). The one reading of it (session 49, ent94): the bracketed and written short forms past it
 * (`pastCountryWord`) and the span-edge model's word before a body's head (span-edges.ts `namesWhoseBody`) both ask
 * here. Cities in, measured: on the dev builds of Reuters and BBC they join one more short form (UAF, right) and one
 * plain acronym to a glued name (DIVAD, neutral), and of the labelled train boundaries between a city and a body's head
 * all 34 keep, which the span-edge model would otherwise be asked about.
 */
export function whoseCountry(word: string): boolean {
  if (isDottedInitials(word) || countryInitials(word)) return true;
  const lists = gazetteerLists(word);
  return lists.includes('DEMONYM') || lists.includes('COUNTRY') || lists.includes('CITY');
}

/** The letters of an acronym: "Q&P" spells "Quanta and Pella", its ampersand and periods are no letters. */
export const acronymLetters = (acronym: string) => acronym.replace(/[.&]/g, '').toUpperCase();

/**
 * The acronym spells the name's initials (`initialsVariants`), and the name does not hold it as a word: "EC Commission"
 * is the EC's commission, not what "EC" stands for.
 */
export function acronymMatches(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  if (name.split(/[\s-]+/).some((w) => w === acronym)) return false;
  return initialsVariants(name).has(letters);
}
