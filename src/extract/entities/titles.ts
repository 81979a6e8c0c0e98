/** Titles of works and names with small words inside ("The Lord of the Rings"): where one runs and the evidence that it is one. */
import { lexiconTags } from '../nlp.ts';
import { isCapitalised } from '../shapes.ts';
import { usualCase } from '../ner/words.ts';
import type { Sentence } from '../../types.ts';
import {
  CONNECTORS, FUNCTION_WORDS, NAME_PARTICLES, WEAK_CONNECTORS, REPEATED_TITLE_SMALL_WORDS, TITLE_SMALL_WORDS, WORK_CUES_BEFORE,
} from '../lexicon.ts';
import type { Candidate, Token } from './types.ts';
import { breakBetween, isNameWord, opensTheNews, timesWritten } from './words.ts';
import { namesAListedPlace } from './listed.ts';
import { weighRun } from './readings.ts';

/** The most words a name with small words inside may run to ("The Lord of the Rings" has five). */
const TITLE_MAX_WORDS = 8;

/** A word written in lower case inside a title or a name ("in", "a", "the", "do"). */
const isSmallTitleWord = (w: string) => TITLE_SMALL_WORDS.has(w) || REPEATED_TITLE_SMALL_WORDS.has(w) || NAME_PARTICLES.has(w);

/**
 * A name with small words in lower case inside it, which the capitalised runs part ("Lost in Translation", "About a
 * Boy", "On the Waterfront", "Shakespeare in Love"), read whole where the text says it is one (`titleEvidence`): the
 * longest such run from tokens[i] that has the evidence. A work's title votes for a work (evidence.ts `work-title`);
 * the tagger, which reads such titles in pieces, does not part it again.
 */
export function titleCandidate(text: string, sentence: Sentence, tokens: Token[], i: number, body: string): Candidate | null {
  for (let end = titleRunEnd(text, tokens, i); end >= i + 3; end--) {
    if (isSmallTitleWord(tokens[end - 1]!.text)) continue;
    const kind = titleEvidence(text, sentence, tokens, i, end, body);
    if (kind) return titleRun(text, sentence, tokens, i, end, kind === 'work');
  }
  return null;
}

/** The candidate of the title tokens[i, end). */
function titleRun(text: string, sentence: Sentence, tokens: Token[], i: number, end: number, work: boolean): Candidate {
  const run = tokens.slice(i, end);
  const [first, last] = [run[0]!, run.at(-1)!];
  const around = { before: tokens[i - 1], before2: tokens[i - 2], after: tokens[end], after2: tokens[end + 1] };
  const { evidence, heads } = weighRun(text, run, around, { titleStripped: false, datelineCaps: false, usState: false, employer: false, ampersand: false, teamSheet: false, workTitle: work });
  return { paragraph: sentence.paragraph, sentence: sentence.index, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens: run, evidence, rules: { ...evidence }, ...(heads ? { heads } : {}), bound: true };
}

/**
 * The end of the words from tokens[i] that are capitalised or small words, with no punctuation or possessive between
 * them, ending on the last capitalised word after a small word; i where there is none.
 */
function titleRunEnd(text: string, tokens: Token[], i: number): number {
  let end = i;
  let small = false;
  for (let k = i; k < tokens.length && k - i < TITLE_MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (k > i && (breakBetween(text, tokens[k - 1]!, t) || tokens[k - 1]!.possessive)) break;
    if (k > i && isSmallTitleWord(t.text)) {
      small = true;
      continue;
    }
    // A quotation's first word may be a common noun capitalised as a title's ('"Envoy for Chess"'); titleEvidence
    // then asks that the quotation hold the whole run.
    if (!isCapitalised(t.text) || !(FUNCTION_WORDS.has(t.text) || isNameWord(t) || (k === i && /["“‘']$/.test(text.slice(Math.max(0, t.start - 1), t.start))))) break;
    if (small) end = k + 1;
  }
  return end;
}

/**
 * Whether the text says tokens[i, end) is one name though small words part it: 'work' where it is written as a
 * work's title — in quotes, whole ("'Lost in Translation'"), after a word for a kind of work ("film Lost in
 * Translation"), or opened by a function word capitalised inside a sentence ("director of About a Boy", "for On the
 * Waterfront"); 'name' where the article writes it whole more than once and its first and last words never apart
 * from it ("Vellspeare in Lurve" twice, "Vellspeare" and "Lurve" nowhere else). Not where its last words are a place ("The Hague in the
 * Netherlands"), and not where only "of", "for" and the particles part it: the connectors read those names already;
 * an "and" only inside quotes ("'Will and Grace'").
 */
function titleEvidence(text: string, sentence: Sentence, tokens: Token[], i: number, end: number, body: string): 'work' | 'name' | null {
  const run = tokens.slice(i, end);
  const smalls = run.filter((t, k) => k > 0 && isSmallTitleWord(t.text)).map((t) => t.text);
  const quoted = quotedWhole(text, run[0]!, run.at(-1)!);
  // A quotation that holds the whole run is one title, though only a connector parts it ('"Envoy for Chess"'): read
  // by the connectors, a role word at its start would be stripped as a title of office.
  if (!quoted && !smalls.some((w) => !CONNECTORS.has(w) || WEAK_CONNECTORS.has(w))) return null;
  let lastSmall = run.length - 1;
  while (!isSmallTitleWord(run[lastSmall]!.text)) lastSmall--;
  const ending = run.slice(lastSmall + 1);
  const endingText = text.slice(ending[0]!.start, ending.at(-1)!.end);
  if (namesAListedPlace(endingText) || ending.some((t) => lexiconTags(t.text).has('Place'))) return null;
  const [first, before] = [run[0]!, tokens[i - 1]];
  if (quoted) return 'work';
  // Unquoted, "and" parts two titles more often than it joins one (two series listed, "The Quaymen and Lanternfield").
  if (smalls.some((w) => WEAK_CONNECTORS.has(w))) return null;
  if (before && !breakBetween(text, before, first) && WORK_CUES_BEFORE.has(before.text)) return 'work';
  if (opensTitleMidSentence(text, sentence, tokens, i)) return 'work';
  const whole = text.slice(first.start, run.at(-1)!.end);
  const repeatable = smalls.every((w) => REPEATED_TITLE_SMALL_WORDS.has(w) || NAME_PARTICLES.has(w));
  if (!repeatable) return null;
  const times = timesWritten(body, whole);
  // Both parts never apart from it: a name written alone and again before a small word and another name ("Harbour
  // Town in the Vellcup" twice, "Harbour Town" alone too) is two names side by side.
  const firstSmall = run.findIndex((t, k) => k > 0 && isSmallTitleWord(t.text));
  const openingText = text.slice(first.start, run[firstSmall - 1]!.end);
  return times >= 2 && timesWritten(body, endingText) === times && timesWritten(body, openingText) === times ? 'name' : null;
}

/**
 * The words from `first` to `last` are all a quotation holds: a quote mark right before and right after them, of one
 * kind: a double mark closes a double mark's quotation, a single mark a single's. An apostrophe after a double mark's
 * opening is a plural's possessive (`said: "None of the Whigs' plans…"`), which closes no quotation.
 */
function quotedWhole(text: string, first: Token, last: Token): boolean {
  const open = /(?:^|[\s([])(["“‘'])$/.exec(text.slice(Math.max(0, first.start - 2), first.start))?.[1];
  const close = /^(["”’'])(?![\p{L}\p{N}])/u.exec(text.slice(last.end, last.end + 2))?.[1];
  return !last.possessive && !!open && !!close && DOUBLE_QUOTE_MARK.test(open) === DOUBLE_QUOTE_MARK.test(close);
}

/** A double quote mark; the others a quotation is written with ("‘", "’", "'") are single. */
const DOUBLE_QUOTE_MARK = /^["“”]$/;

/**
 * "director of About a Boy", "won for On the Waterfront", "Last year, The Lamp of the Hills won": a function word news
 * writes in lower case, capitalised inside a sentence after a word in lower case, a possessive or a comma, opens a
 * title (as `opensTitle` reads it before a capitalised word; here a small word may follow it).
 */
function opensTitleMidSentence(text: string, sentence: Sentence, tokens: Token[], i: number): boolean {
  const [prev, t] = [tokens[i - 1], tokens[i]!];
  if (!prev || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !FUNCTION_WORDS.has(t.text) || usualCase(t.text) !== 'lower' || opensTheNews(text, sentence, t)) return false;
  const gap = text.slice(prev.end, t.start);
  if (prev.possessive) return /^['’]s? $/.test(gap);
  return (gap === ' ' && /^\p{Ll}/u.test(prev.text)) || gap === ', ';
}
