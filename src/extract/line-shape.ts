/**
 * What a sentence looks like as a line of text, read for the page model (issue 15, session 44, ent81): a row of a
 * market or results table, a list of names run together ("DIVIDEND MEETINGS - APRIL 3 Flowers Indus Providence Energy
 * Sterling Drug") or a heading reads unlike prose — many figures, capitalised cells, almost no words of prose, no
 * sentence's end — and the capitalised cells of such lines become names that are none. Shares, not a threshold: the
 * hard rule of a row of figures is extract/table-row.ts `isTableRow` (a page rule when every mention stands in one);
 * these let the page model weigh the lines the rule leaves, learnt from the judgments.
 */
import { memoByString } from '../util/memo.ts';
import { datelineLength } from './dateline.ts';
import { PROSE_WORDS } from './lexicon.ts';

/** The shape of one line (each a share of its words, its dateline left out). */
export interface LineShape {
  /** Words with a digit, or a run of dashes for a missing figure ("182.00", "3-7/8", "--"). */
  figures: number;
  /** Words of prose ("the", "of", "said", PROSE_WORDS). */
  prose: number;
  /** Words that open with a capital letter. */
  capitals: number;
  /** The line ends with no sentence's end (a full stop, a question or exclamation mark, a closing quote or bracket). */
  unended: boolean;
}

const FIGURE_WORD = /\d|^-{2,}$/;
const bare = (w: string) => w.toLowerCase().replace(/^[("'“]+|[.,;:)"'”]+$/g, '');

export const lineShape = memoByString(function lineShape(sentence: string): LineShape {
  const body = sentence.slice(datelineLength(sentence)).trim();
  const words = body.split(/\s+/).filter(Boolean);
  const n = Math.max(1, words.length);
  const count = (test: (w: string) => boolean) => words.filter(test).length / n;
  return {
    figures: count((w) => FIGURE_WORD.test(w)),
    prose: count((w) => PROSE_WORDS.has(bare(w))),
    capitals: count((w) => /^["'“(]*\p{Lu}/u.test(w)),
    unended: !/[.!?]["'”)]*$/.test(body),
  };
});

/** The words of an article written in lower case anywhere in it (as written, lower case), read once per article. */
const lowerWordsOf = new WeakMap<readonly { text: string }[], ReadonlySet<string>>();

function lowerWords(sentences: readonly { text: string }[]): ReadonlySet<string> {
  let words = lowerWordsOf.get(sentences);
  if (!words) {
    words = new Set(sentences.flatMap((s) => s.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]+/gu) ?? []));
    lowerWordsOf.set(sentences, words);
  }
  return words;
}

/**
 * Of a name's capitalised words, the share its own article writes in lower case somewhere ("Foreign Currency" where the
 * story says "foreign currency deposits"; "Latest" of "Latest Federal Reserve data"), and whether its first word is one
 * of them: a name's own words are seldom common words of its story. Undefined for a name with no capitalised word.
 */
export function lowerInArticle(name: string, sentences: readonly { text: string }[]): { share: number; first: boolean } | undefined {
  const capitalised = name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || /^\p{Lu}{2,}$/u.test(w));
  if (capitalised.length === 0) return undefined;
  const lower = lowerWords(sentences);
  const inLower = capitalised.map((w) => lower.has(w.toLowerCase()));
  return { share: inLower.filter(Boolean).length / inLower.length, first: inLower[0] === true && name.startsWith(capitalised[0]!) };
}
