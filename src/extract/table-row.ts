import { memoByString } from '../util/memo.ts';
import { datelineLength } from './dateline.ts';
import { PROSE_WORDS } from './lexicon.ts';

/** A figure of a table: a word with a digit ("182.00", "3-7/8", "1ST") or a run of dashes for a missing figure. */
const FIGURE = /\d|^-{2,}$/;
/** Share of a row's words that are figures, at least (prose with figures has far fewer: "rose 2.3 pct to 1,200 mln"). */
const FIGURE_SHARE = 0.25;
/** Share of a row's words that are prose words, under this (a sentence has many: "the", "of", "said"). */
const PROSE_SHARE = 0.1;

/**
 * A row of a table of figures, not a sentence: a price, rate or result line ("NKR 27.4120/4380 (27.4665/4910)",
 * "RAPEOIL any origin dlrs tonne extank Pella Jne 312 up 6 Jly/Aug 318 up 4.50", "Shr 58 cts vs 49 cts"): at least two
 * figures, a quarter of its words figures and almost no words of prose. Its dateline is no part of the row ("ORLIN,
 * Norland, May 6 - Shr 58 cts vs 49 cts": the city is a dateline's place). The thresholds were read on development
 * builds of Reuters-21578 (reut2-003, reut2-013, reut2-015): wire services' market and results tables; BBC news has
 * none.
 */
export const isTableRow = memoByString(function isTableRow(sentence: string): boolean {
  const words = wordsAfterDateline(sentence);
  if (words.length === 0) return false;
  const figures = words.filter((w) => FIGURE.test(w)).length;
  return figures >= 2 && figures >= FIGURE_SHARE * words.length && proseWords(words) < PROSE_SHARE * words.length;
});

/** The most words a table's heading line alone may have ("Wheat Products", "Six Mths"). */
const HEADING_WORDS_MAX = 4;
/** A row's label run into a dash: "Wheat -- Stocks, May 31, ...", "CORN -- Exports ...". */
const LABEL_BEFORE_DASHES = /^\p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*)* +-{2,} /u;

/**
 * A line of a table's block that is no row of figures itself: a heading line alone ("Wheat Products", a few words,
 * each capitalised or a figure, no prose word, no sentence's end) or a row's label run into dashes ("Wheat -- Stocks,
 * May 31, ... projected at ..."), right before or after a row of figures (`isTableRow`) of the same story. A name seen
 * in such lines is the table's item, as in its rows. `previous`/`next`: the story's sentences beside it.
 */
export function isTableLine(sentence: string, previous: string | undefined, next: string | undefined): boolean {
  if (isTableRow(sentence)) return true;
  if (!(previous !== undefined && isTableRow(previous)) && !(next !== undefined && isTableRow(next))) return false;
  const body = sentence.slice(datelineLength(sentence));
  if (LABEL_BEFORE_DASHES.test(body.trim())) return true;
  const words = wordsAfterDateline(sentence);
  return words.length > 0 && words.length <= HEADING_WORDS_MAX && !/[.!?:;,]$/.test(body.trim()) && proseWords(words) === 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** A sentence's words, its dateline left out. */
const wordsAfterDateline = (sentence: string) => sentence.slice(datelineLength(sentence)).split(/\s+/).filter(Boolean);

function proseWords(words: readonly string[]): number {
  return words.filter((w) => PROSE_WORDS.has(w.toLowerCase().replace(/^[("'“]+|[.,;:)"'”]+$/g, ''))).length;
}

/** Whether a sentence reads as prose: a tenth of its words or more are words of prose ("the", "of", "said"). */
function readsAsProse(sentence: string): boolean {
  const words = wordsAfterDateline(sentence);
  return words.length > 0 && proseWords(words) >= PROSE_SHARE * words.length;
}

/** Share of a story's body, in characters, in rows of tables for it to be a table story (market reports: 0.55–1). */
const TABLE_STORY_SHARE = 0.5;

/**
 * A story whose body is a table of figures (a market's prices or rates under a headline such as "PELLA CROWN
 * SPOT/FORWARDS - MAY 4"): half its body's characters or more are table rows, and its lede tells nothing in prose
 * (it repeats the headline or opens the table). It reports no happening; a results story that says what happened in
 * its lede ("Acme Inc said its fourth quarter net rose …") before its table is none, and neither is a lede that tells
 * a change in prose before the table of it ("… said it changed its short-term discount note rates as follows"; a
 * lede announcing a table was tried: it took such changes with the weekly stock reports).
 */
export function isTableStory(body: readonly string[]): boolean {
  const lede = body[0];
  if (lede === undefined || readsAsProse(lede)) return false;
  const total = body.reduce((n, s) => n + s.length, 0);
  const inRows = body.reduce((n, s) => n + (isTableRow(s) ? s.length : 0), 0);
  return inRows >= TABLE_STORY_SHARE * total;
}
