/**
 * A lede that reports where a measure stands or how it changed, on wording the narrower shape of news-kind.ts
 * (`ledeTellsAFigure`) does not know (issue 19, session 32): "The order backlog stood at 3.1 billion dlrs", "Treasury
 * balances at the central bank swelled to 9.2 billion dlrs", "The trade-weighted average slid sharply to a record
 * low of 61.3". Nobody did it: the figure belongs on the article's page, not on an event page of its own (kept in
 * graph.json `reports` as `not-news`, as every figure's report is).
 *
 * Read by shape and by what WordNet says words are, not by wording: the lede's first clause (from its start, or
 * after a reporting verb, "the ministry said that …") is
 * - a subject whose head is a quantity or a value: WordNet's nouns under measure, magnitude, statistic, sum or worth
 *   (figure-words.json, eval/build-figure-words.ts), with the measures the lexicon and the corpus give (news-kind.ts
 *   `isMeasure`); not a company's results (RESULTS: what a company did is its news), not owned ("its backlog"), with
 *   no verb of another clause in it;
 * - then a verb of a change of value told of the subject (WordNet's intransitive increase, decrease and their kinds:
 *   "swelled", "slid", "shrank"), a figure's move (FIGURE_VERBS), a level's verb (LEVEL_VERBS: "reached", "amounted")
 *   or a form of "be";
 * - then its amount, within a few words that only mark the scale ("to", "by", "a record high of", "sharply") or a phrase of time ("in
 *   January", "last week"): a number;
 *   after "be" and the level verbs a number with its scale or unit ("3.1 billion", "4.2 pct", "$40"), since "the
 *   score was 2-1" is no measure's level.
 * A real happening told with a figure keeps its page: its subject is who acted ("Acme bought Zorbix for 40 mln
 * dlrs", "5,000 workers struck"), not a quantity.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { datelineLength } from './dateline.ts';
import { taggedTerms } from './nlp.ts';
import { bareWord, headOf, isMeasure, plainSubject, subjectOf } from './news-kind.ts';
import { AMOUNT_SCALES, AMOUNT_UNITS, AMOUNT_WORDS, FIGURE_VERBS, FINITE_BE, LEVEL_MARKS, LEVEL_VERBS, PROCESS_MEASURES, RESULTS } from './lexicon.ts';

interface FigureWords { nouns: string[]; verbs: string[] }
let table: { nouns: Set<string>; verbs: Set<string> } | undefined;

/** WordNet's quantity nouns and change-of-value verbs (src/extract/figure-words.json), read on first use. */
function figureWords(): { nouns: Set<string>; verbs: Set<string> } {
  if (!table) {
    const words = shippedJson(new URL('./figure-words.json', import.meta.url)) as FigureWords;
    table = { nouns: new Set(words.nouns), verbs: new Set(words.verbs) };
  }
  return table;
}

/** Whether a word is a WordNet verb of a change of value or an amount (figure-words.json). */
export const isFigureVerb = (word: string): boolean => figureWords().verbs.has(word.toLowerCase());

/** How many words may stand between a level's verb and its amount ("rose sharply to a record high of 4.1"). */
const MAX_BEFORE_AMOUNT = 7;

/** A subject's head that is a quantity or a value, not a company's results. */
export function quantityHead(word: string): boolean {
  const w = word.toLowerCase();
  return !RESULTS.has(w) && (isMeasure(w) || figureWords().nouns.has(w));
}

/**
 * A measure in any case: the lexicon's and the corpus's (news-kind.ts `isMeasure`) and, as a level's subject only, the
 * nouns of a process a wire reports as a statistic's (PROCESS_MEASURES: "utilization", "inflow"; since session 51,
 * evt124), which head no names. The lede-kind model's quantity features (`quantityHead`) do not read them.
 */
const measureWord = (w: string): boolean => isMeasure(w) || PROCESS_MEASURES.has(w);

/** The head of a level's subject: a quantity (`quantityHead`) or a process measure (PROCESS_MEASURES). */
const levelHead = (word: string): boolean => quantityHead(word) || PROCESS_MEASURES.has(word.toLowerCase());

/**
 * Whether a phrase's head is a quantity: one of the lexicon's or the corpus's measures in any case ("the Vell Index"),
 * or one WordNet gives written in lower case; capitalised, such a word heads a name ("the Vell Pension Fund cut 500
 * jobs": a body that acts).
 */
function headsAQuantity(phrase: readonly string[]): boolean {
  const head = headOf(phrase);
  if (!levelHead(head)) return false;
  return measureWord(head) || phrase.some((w) => bareWord(w) === head);
}

/** The kind of verb a word is as a level's verb: a change of value, where a measure stands, a form of "be", or none. */
function levelVerb(word: string): 'change' | 'level' | undefined {
  const w = word.toLowerCase();
  if (FIGURE_VERBS.has(w) || figureWords().verbs.has(w)) return 'change';
  return LEVEL_VERBS.has(w) || FINITE_BE.has(w) ? 'level' : undefined;
}

/**
 * Whether the words after a level's verb at `i` reach its amount: marks of the scale only (AMOUNT_WORDS, LEVEL_MARKS,
 * adverbs in "-ly") up to a number; after "be" or a level verb, a number with its scale or unit, or money written with
 * its sign. No comma before the number: a clause or an aside has come between.
 */
export function amountAfter(words: readonly string[], i: number, kind: 'change' | 'level', dates: ReadonlySet<string> = new Set()): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 1 + MAX_BEFORE_AMOUNT); k++) {
    const raw = words[k]!;
    const w = bareWord(raw).toLowerCase();
    if (/^[$£€¥]?\d/.test(w)) return kind === 'change' || /^[$£€¥]/.test(w) || /%$/.test(w) || withUnit(words, k);
    if (/[,;:]$/.test(raw)) return false;
    if (AMOUNT_WORDS.has(w) || LEVEL_MARKS.has(w) || /^[a-z]+ly$/.test(w)) continue;
    const time = timePhraseEnd(words, k, dates);
    if (time < 0) return false;
    k = time;
  }
  return false;
}

/** How many words a phrase of time may have between a level's verb and its amount ("in the fourth quarter"). */
const TIME_PHRASE = 4;

/**
 * The last word of a phrase of time from `k` ("in January", "last week", "in the fourth quarter", "on Friday"): words in
 * lower case with no number, up to a word compromise reads as a date (`dates`, bare and in lower case); -1 when none.
 * The amount after it is still the measure's ("narrowed sharply in January to 1.1 billion dlrs").
 */
function timePhraseEnd(words: readonly string[], k: number, dates: ReadonlySet<string>): number {
  for (let j = k; j < Math.min(words.length, k + TIME_PHRASE); j++) {
    const w = bareWord(words[j]!);
    if (dates.has(w.toLowerCase())) return /[,;:]$/.test(words[j]!) ? -1 : j;
    if (!/^\p{Ll}+$/u.test(w) || /[,;:]$/.test(words[j]!)) return -1;
  }
  return -1;
}

/** The words compromise reads as dates in a text (months, days, "week", "quarter"), bare and in lower case. */
function dateWords(text: string): Set<string> {
  return new Set(taggedTerms(text).filter((t) => t.tags.includes('Date')).map((t) => bareWord(t.text).toLowerCase()));
}

/** A number at `k` followed by its scale or its unit ("3.1 billion", "42 pct", "900 tonnes", "2.5 mln dlrs"). */
function withUnit(words: readonly string[], k: number): boolean {
  const next = bareWord(words[k + 1] ?? '').toLowerCase();
  return AMOUNT_SCALES.has(next) || AMOUNT_UNITS.has(next);
}

/**
 * Whether a lede's first clause tells a measure's level or its change (see above). The verb is the clause's first
 * word read as a level's verb with its amount after it; the subject is the words before it, from the lede's start or
 * after a reporting verb; one of its parts between commas has a quantity for its head.
 */
export function ledeTellsALevel(lede: string): boolean {
  const text = lede.slice(datelineLength(lede));
  const words = text.split(/\s+/).filter(Boolean);
  const bare = words.map(bareWord);
  let dates: Set<string> | undefined;
  for (let i = 1; i < words.length; i++) {
    const kind = levelVerb(bare[i]!);
    if (kind === undefined || !amountAfter(words, i, kind, (dates ??= dateWords(text)))) continue;
    const subject = subjectOf(words, bare, i);
    return plainSubject(subject, levelHead) && subject.join(' ').split(/,\s*/).some((part) => headsAQuantity(part.split(/\s+/).filter(Boolean)));
  }
  return false;
}
