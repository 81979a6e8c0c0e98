/**
 * Whether a verb tells a state ("Quanta already holds a 30% stake in Miro Rail", "Zorbix had wanted to help fund
 * a bid") rather than a happening: a binary averaged perceptron over the words around the verb (the assertion model's
 * features), trained at development time by eval/train-state.ts on the TimeML EVENT classes of TimeBank and AQUAINT
 * (STATE and I_STATE against OCCURRENCE, ASPECTUAL, I_ACTION, PERCEPTION, REPORTING). Only the weights ship
 * (state-model.json); no corpus text. A second model with the verb group's tense and aspect as features
 * (present-state-model.json, the same trainer) reads a verb trigger told in the present (`toldAsPresentState`).
 */
import { shippedJson } from '../util/shipped-json.ts';
import { assertionFeatures, takesClause, tokenize, type Token } from './assertion.ts';
import { binaryScore } from './anchor.ts';
import { ACTIVITY_PREPOSITIONS, BE_INSIDE_GROUP, CLAUSE_OPENERS, GOODS_RECALL_FORMS, NOUN_MARKERS, PERFECT_INSERTS, PRESENT_BE, RELATIVE_OPENERS, REPORTED_PAST_BE, SITUATION_FORMS, TENSE_AUXILIARIES } from './lexicon.ts';
import { datelineLength } from './dateline.ts';
import { taggedTerms, type TaggedTerm } from './nlp.ts';
import { posTerms } from './pos-tagger.ts';
import { pastForm } from './tense.ts';

export const STATE_CLASSES = ['happening', 'state'] as const;
export interface StateModel { classes: readonly string[]; weights: Record<string, number[]> }

let model: StateModel | undefined;
let presentModel: StateModel | undefined;

function loaded(): StateModel {
  model ??= shippedJson(new URL('./state-model.json', import.meta.url)) as StateModel;
  return model;
}

/**
 * The state model trained with the verb group as well (present-state-model.json, the same trainer and labels), read
 * only for a verb told in the present: TimeML dev verbs accuracy 0.915 → 0.918, state P 0.647 → 0.642, R 0.376 →
 * 0.444. The verb governing a noun trigger keeps the first model: read there, the second made two BBC business pages
 * worse ("owns a stake" read as no state; a lede's acquisition read as told, joining another buy-out of its month).
 */
function presentLoaded(): StateModel {
  presentModel ??= shippedJson(new URL('./present-state-model.json', import.meta.url)) as StateModel;
  return presentModel;
}

/**
 * The verb group of the verb at `i`, as TimeML marks tense and aspect, read from the words alone: the auxiliary that
 * opens it (TENSE_AUXILIARIES, read past adverbs, "not" and "be"/"been"/"being") or none ("bare"), whether "be" stands in it,
 * and the verb's form ("ing", "ed", "s", "base"): "holds" → bare+s, "is made up" → present+ed, "has been fighting" →
 * perfect+be+ing. On TimeML's train documents 0.43 of present-simple verbs are states, 0.10 of present progressives.
 */
export function verbGroup(lower: readonly string[], i: number): string {
  const skipped = (k: number) => PERFECT_INSERTS.has(lower[k]!) || lower[k] === "n't" || /^[a-z]+ly$/.test(lower[k]!);
  let k = i - 1;
  while (k >= 0 && skipped(k)) k--;
  let be = false;
  while (k >= 0 && (BE_INSIDE_GROUP.has(lower[k]!) || skipped(k))) { be ||= BE_INSIDE_GROUP.has(lower[k]!); k--; }
  const w = lower[i]!;
  const form = /ing$/.test(w) ? 'ing' : pastForm(w) || /[a-z]ed$/.test(w) ? 'ed' : /[a-z]s$/.test(w) ? 's' : 'base';
  return `${(k >= 0 && TENSE_AUXILIARIES.get(lower[k]!)) || 'bare'}${be ? '+be' : ''}+${form}`;
}

/**
 * The state model's features of the token at `i`: the assertion model's words around it, its verb group (with the
 * word's last two letters), and whether WordNet's commonest sense of the word is a state, a cognition or an emotion
 * (state-verbs.json): the features of present-state-model.json.
 */
export function stateFeatures(tokens: readonly Token[], i: number): string[] {
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const group = verbGroup(lower, i);
  return [...assertionFeatures(tokens, i), `vg=${group}`, `vg,s2=${group} ${lower[i]!.slice(-2)}`, `sv=${stateVerbTable().has(lower[i]!)}`];
}

/** Whether the verb whose word starts at character `index` of `sentence` tells a state. */
export function tellsState(sentence: string, index: number): boolean {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.end > index);
  return i >= 0 && binaryScore(loaded().weights, assertionFeatures(tokens, i)) > 0;
}

/**
 * The state model's score and the present-state model's score (positive: a state) of the word at character `index`,
 * read whatever its verb group: what the event page model reads as numbers (src/extract/event-reading.ts).
 */
export function stateScores(sentence: string, index: number): { state: number; presentState: number } | undefined {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.end > index);
  if (i < 0) return undefined;
  return { state: binaryScore(loaded().weights, assertionFeatures(tokens, i)), presentState: binaryScore(presentLoaded().weights, stateFeatures(tokens, i)) };
}

/** The verb groups TimeML marks PRESENT with no aspect: present simple ("holds", "suit") and present passive ("are held"). */
const PRESENT_SIMPLE_GROUP = /^(?:present\+ed|bare\+(?:s|base))$/;

/**
 * Whether the verb trigger at character `index` of `sentence` tells a state told in the present simple or the present
 * passive ("Most of the inmates are held at Zorbia Prison", "the rules suit his game"): the state model (with its
 * verb-group feature) reads it so. Only a word the tagger reads as a verb, and not one that takes a clause (a saying or a
 * view is a statement, kept with its quote), nor after a word that opens a noun phrase. TimeML's train documents mark
 * 0.43 of present-simple verbs STATE or I_STATE.
 */
export function toldAsPresentState(sentence: string, index: number): boolean {
  const tokens = tokenize(sentence);
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  let i = tokens.findIndex((t) => t.end > index);
  // A trigger written with its auxiliary ("was sacked") is read at its verb.
  while (i >= 0 && i + 1 < lower.length && (TENSE_AUXILIARIES.has(lower[i]!) || BE_INSIDE_GROUP.has(lower[i]!))) i++;
  if (i < 0 || takesClause(tokens[i]!.text)) return false;
  // After an article, a preposition or an amount the word is a noun the tagger may read as a verb ("is in talks
  // with", "an 8% stake").
  if (NOUN_MARKERS.has(lower[i - 1] ?? '') || /^[\p{N}%$£€]/u.test(lower[i - 1] ?? '') || !PRESENT_SIMPLE_GROUP.test(verbGroup(lower, i))) return false;
  // (The state model first: it needs no tags, and where it reads no state compromise is not asked about the sentence.)
  if (binaryScore(presentLoaded().weights, stateFeatures(tokens, i)) <= 0) return false;
  const term = taggedTerms(sentence).find((t) => t.offset.start <= tokens[i]!.start && tokens[i]!.start < t.offset.start + Math.max(1, t.offset.length));
  return term !== undefined && term.tags.includes('Verb');
}

/**
 * Whether the verb trigger at character `index` of `sentence` is an -ing form after a preposition that names an
 * activity (ACTIVITY_PREPOSITIONS: "had done a fine job in fighting cuts", "a barrier to fighting poverty"): a
 * state of affairs or a view of the activity is told, no happening. A rule where TimeML is silent: it annotates the
 * gerund as an event of its own class whatever governs it.
 */
export function namesActivity(sentence: string, index: number): boolean {
  const terms = posTerms(sentence);
  const at = terms.findIndex((t) => t.offset.start + t.offset.length > index);
  return at > 0 && terms[at]!.tags.includes('Gerund') && ACTIVITY_PREPOSITIONS.has(terms[at - 1]!.text.toLowerCase());
}

/** compromise's tags of a verb after "is"/"are" that make the present progressive or passive. */
const VERB_GROUP_TAILS = ['Gerund', 'PastTense', 'Participle'];
let stateVerbs: Set<string> | undefined;

/** The forms of the verbs of states, of mind and of being (src/extract/state-verbs.json, from WordNet's verb files). */
function stateVerbTable(): Set<string> {
  stateVerbs ??= new Set((shippedJson(new URL('./state-verbs.json', import.meta.url)) as { forms: string[] }).forms.map((line) => line.split(' ')[0]!));
  return stateVerbs;
}


/**
 * Whether a lede tells a state of affairs or of mind rather than the day's happening: its main verb (or, after a
 * reporting verb, "said it is facing …", its reported clause's) is told in the present progressive or the present
 * passive ("are considering a merger", "is posing a headache", "is threatened by pests") and is a verb of a state
 * (state-verbs.json: WordNet's commonest sense in verb.stative, verb.cognition or verb.emotion; TimeML's annotators
 * mark 0.68 of such verbs told in the present STATE or I_STATE, 0.18 of the others), or of a situation met or a
 * decision pending where that sense misleads (SITUATION_FORMS: "is facing resistance", "is looking to takeovers"). A deed
 * is the news: told in the past or the perfect ("agreed to", "has completed"), or a verb of change, possession or motion ("is selling"); so is
 * an intention told with what is intended ("is planning to leave": the plan is announced). The present simple is
 * left alone: compromise tags too many nouns of a lede as present verbs ("per share", "treasury shares").
 * Since session 50 (evt118): a reported clause's progressive shifted into the past ("said it was discussing …",
 * REPORTED_PAST_BE) is read as the present it reports, and a participle inside an aside between commas ("Acme Canada
 * Inc, wholly owned by Acme Corp, is considering …") decides nothing: it describes the subject.
 */
export function ledeToldAsState(sentence: string): boolean {
  const terms = taggedTerms(sentence);
  const lower = terms.map((t) => t.text.toLowerCase());
  const aside = asideTerms(terms, datelineLength(sentence));
  let handedOn = false;
  for (let i = 0; i < terms.length; i++) {
    const tags = terms[i]!.tags;
    if (!tags.includes('Verb') || tags.includes('Auxiliary') || tags.includes('Copula') || tags.includes('Modal') || lower[i - 1] === 'to') continue;
    let at = i - 1;
    while (at >= 0 && terms[at]!.tags.includes('Adverb')) at--;
    const be = PRESENT_BE.has(lower[at] ?? '') || (handedOn && REPORTED_PAST_BE.has(lower[at] ?? '') && tags.includes('Gerund'));
    let opens = at - (be ? 1 : 0);
    while (opens >= 0 && terms[opens]!.tags.includes('Adverb')) opens--;
    if (RELATIVE_OPENERS.has(lower[opens] ?? '')) continue;
    if (be && tellsAState(terms, lower, i)) return true;
    // A participle in an aside ("…, wholly owned by Acme Corp, …") describes the subject: not the clause's verb.
    if (!be && aside[i] && (tags.includes('PastTense') || tags.includes('Participle'))) continue;
    // One reporting verb ("said it is facing …") hands on to its clause's verb; any other verb decides.
    if (handedOn || be || !takesClause(lower[i]!)) return false;
    handedOn = true;
  }
  return false;
}

/**
 * Whether the verb at `i`, after a form of "be", tells a state: a verb of a state, or of a situation met or a decision
 * pending (SITUATION_FORMS), as an -ing form or a participle; a recall told before what is recalled is the recall of
 * goods, a deed (GOODS_RECALL_FORMS; session 51, evt124). "to" after the verb tells what is intended, announced ("is
 * planning to leave"); after a verb of a situation, "to" and a noun phrase do not ("is looking to acquisitions for
 * growth", "to the talks").
 */
function tellsAState(terms: readonly TaggedTerm[], lower: readonly string[], i: number): boolean {
  // A recall of goods ("was recalling 20 lots of …"), not remembering: a maker's deed (GOODS_RECALL_FORMS).
  if (GOODS_RECALL_FORMS.has(lower[i]!) && i + 1 < lower.length && !CLAUSE_OPENERS.has(lower[i + 1]!)) return false;
  const after = terms[i + 2]?.tags ?? [];
  const situation = SITUATION_FORMS.has(lower[i]!) && !after.includes('Verb') && ['Noun', 'Determiner'].some((t) => after.includes(t));
  const stateVerb = lower[i + 1] === 'to' ? situation : stateVerbTable().has(lower[i]!) || SITUATION_FORMS.has(lower[i]!);
  return stateVerb && VERB_GROUP_TAILS.some((t) => terms[i]!.tags.includes(t));
}

/**
 * The terms inside an aside: after a comma and up to the comma that closes it, past the dateline ("Acme Canada Inc,
 * wholly owned by Acme Corp, is …"). Commas are paired in order; words after an unpaired last comma are in none.
 */
function asideTerms(terms: readonly TaggedTerm[], from: number): boolean[] {
  const commas = terms.flatMap((t, k) => (t.offset.start >= from && (t.post ?? '').includes(',') ? [k] : []));
  const inside = terms.map(() => false);
  for (let c = 0; c + 1 < commas.length; c += 2) for (let k = commas[c]! + 1; k <= commas[c + 1]!; k++) inside[k] = true;
  return inside;
}
