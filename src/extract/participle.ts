/**
 * Whether a verb form in "-ed", "-en" or "-ing" right after a noun is a participle describing that noun ("a mural
 * showing miners digging coal", "an order approving extra funds", "a bill introduced by a senator")
 * rather than the clause's own verb ("the miners dug coal", "Some forty clerks resigned"): the same word in the
 * same place is either, and only what surrounds it tells. A binary averaged perceptron over the words around the verb
 * (the assertion model's features without the word itself, the words after it up to a clause break, whether the
 * clause has a verb before or after it), trained at development time by eval/train-participle.ts on TimeML's verb
 * tenses in TimeBank and AQUAINT: PASTPART and PRESPART (a participle standing without an auxiliary) against PAST and
 * PRESENT (a finite verb). Only the weights ship (participle-model.json); no corpus text.
 *
 * Asked only where a participle of a noun can stand (`participleCandidate`): after a comma a participle opens a phrase
 * of its own ("…, killing ten people" is a happening), after an auxiliary it is the verb group's ("was launched"),
 * after a pronoun a finite verb, after a preposition a gerund.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { assertionFeatures, tokenize, type Token } from './assertion.ts';
import { binaryScore } from './anchor.ts';
import { PARTICIPLE_AUXILIARIES, SUBJECT_PRONOUNS } from './lexicon.ts';
import { hasFiniteVerb } from './tense.ts';
import { posTerms } from './pos-tagger.ts';
import { isEventNoun } from './scheduled.ts';

export const PARTICIPLE_CLASSES = ['finite', 'participle'] as const;
export interface ParticipleModel { classes: readonly string[]; weights: Record<string, number[]> }

let model: ParticipleModel | undefined;

function loaded(): ParticipleModel {
  model ??= shippedJson(new URL('./participle-model.json', import.meta.url)) as ParticipleModel;
  return model;
}

/**
 * How far above zero the model's score must be: a participle read where the clause's own verb stands costs a page, so
 * the call is made only where the model is sure. On TimeML's development documents (eval/train-participle.ts) a
 * participle above 8: P 0.938 R 0.714 (above 0: P 0.868 R 0.786; above 3: P 0.865 R 0.762), of 42 participles among 134
 * verbs asked about.
 */
export const PARTICIPLE_MARGIN = 8;

/** Words read after the verb, up to a clause break. */
const AFTER = 6;

/** A form a participle can take: "-ed", "-en" ("taken", "chosen"), "-ing". */
const PARTICIPLE_FORM = /[a-z](?:ed|en|ing)$/;

/**
 * Whether the token at `i` is a verb form the model is asked about, in a place it is asked about: right after a noun
 * (adverbs between passed over, "projects recently launched"), as `words` (`readingOf`) tells; not after a punctuation
 * mark, an auxiliary (the lexicon's PARTICIPLE_AUXILIARIES), a pronoun, a possessive or a preposition, where it is a
 * verb group's, a finite verb, a noun ("Monday's meeting") or a gerund ("jailed for shooting"). Nor is an "-ing" word
 * TimeML reads as an event noun (event-nouns.json: "the G20 meeting", "a car bombing") asked about.
 */
export function participleCandidate(tokens: readonly Token[], i: number, words: Reading): boolean {
  const word = tokens[i]?.text.toLowerCase() ?? '';
  let k = i - 1;
  while (k > 0 && words.adverb(tokens[k]!)) k--;
  const before = tokens[k];
  if (!before || !PARTICIPLE_FORM.test(word) || (word.endsWith('ing') && isEventNoun(word))) return false;
  if (!/^[\p{L}\d]/u.test(before.text) || PARTICIPLE_AUXILIARIES.has(before.text.toLowerCase()) || SUBJECT_PRONOUNS.has(before.text.toLowerCase()) || !words.noun(before)) return false;
  // A participle describes a noun of a clause whose verb is another: with no other finite verb in the sentence, as
  // compromise tags one ("Some forty clerks resigned in protest"), it is the clause's own verb.
  return tokens.some((t, k) => k !== i && words.finite(t));
}

/**
 * How compromise reads the tokens of a text: adverbs, nouns (not possessives, pronouns or prepositions), and finite
 * verbs (a tense, a modal, a copula or an auxiliary; not a gerund).
 */
export interface Reading { adverb: (t: Token) => boolean; noun: (t: Token) => boolean; finite: (t: Token) => boolean }

export function readingOf(text: string): Reading {
  const terms = posTerms(text);
  const tagged = (tag: (tags: readonly string[]) => boolean) => {
    const starts = new Set(terms.filter((t) => tag(t.tags)).map((t) => t.offset.start));
    return (t: Token) => starts.has(t.start);
  };
  return {
    adverb: tagged((tags) => tags.includes('Adverb') && !tags.includes('Verb')),
    noun: tagged((tags) => tags.includes('Noun') && !tags.includes('Possessive') && !tags.includes('Pronoun') && !tags.includes('Preposition')),
    finite: tagged((tags) => !tags.includes('Gerund') && ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'].some((tag) => tags.includes(tag))),
  };
}

/** Features of the token at `i`: the assertion model's, the words after it to a clause break, and the shape of the word before. */
export function participleFeatures(tokens: readonly Token[], i: number): string[] {
  // (Not the word itself: TimeML's few participles would teach which verbs are participles, not where one stands.)
  const f = assertionFeatures(tokens, i).filter((x) => !/^(?:w|s3|w-1,0)=/.test(x));
  const form = tokens[i]!.text.toLowerCase().endsWith('ing') ? 'ing' : 'ed';
  f.push(`form=${form}`);
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + AFTER); k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (/^[,;:.()]$/.test(w)) { f.push(`R-end=${w}`); break; }
    f.push(`R=${w}`);
  }
  // Whether the clause has a verb of its own before the word ("has a board of nine members elected …") and whether one
  // follows it before a semicolon or the end ("projects launched since … were showing"): the words of the sentence
  // as tense.ts reads a verb group.
  let from = i;
  while (from > 0 && !/^[,;:]$/.test(tokens[from - 1]!.text)) from--;
  let to = i + 1;
  while (to < tokens.length && !/^[;:]$/.test(tokens[to]!.text)) to++;
  const text = (a: number, b: number) => tokens.slice(a, b).map((t) => t.text).join(' ');
  f.push(`verb-before=${hasFiniteVerb(text(from, i))},${form}`, `verb-after=${hasFiniteVerb(text(i + 1, to))},${form}`, `opens=${from === i - 1 || tokens.slice(from, i).every((t) => /^\p{Lu}|^(?:the|a|an)$/iu.test(t.text))},${form}`);
  const prev = tokens[i - 1]?.text ?? '';
  f.push(`p-shape=${/^\p{Lu}/u.test(prev) ? 'Cap' : /^\d/.test(prev) ? 'num' : 'low'}`, `p-s=${prev.toLowerCase().slice(-2)}`);
  return f;
}

/**
 * Whether the word at character `index` of `text` is a participle describing the noun before it (see above). Words
 * the model is not asked about are not.
 */
export function describesNounBefore(text: string, index: number): boolean {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.end > index);
  return i > 0 && tokens[i]!.start <= index && participleCandidate(tokens, i, readingOf(text)) && binaryScore(loaded().weights, participleFeatures(tokens, i)) > PARTICIPLE_MARGIN;
}
