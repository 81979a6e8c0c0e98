/**
 * Whether a verb tells a state ("Ferrovial already holds a 33% stake in Tube Lines", "Gazprom had wanted to help fund
 * a bid") rather than a happening: a binary averaged perceptron over the words around the verb (the assertion model's
 * features), trained at development time by eval/train-state.ts on the TimeML EVENT classes of TimeBank and AQUAINT
 * (STATE and I_STATE against OCCURRENCE, ASPECTUAL, I_ACTION, PERCEPTION, REPORTING). Only the weights ship
 * (state-model.json); no corpus text.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { assertionFeatures, takesClause, tokenize } from './assertion.ts';
import { binaryScore } from './anchor.ts';
import { ACTIVITY_PREPOSITIONS, PRESENT_BE, RELATIVE_OPENERS } from './lexicon.ts';
import { taggedTerms } from './nlp.ts';
import { posTerms } from './pos-tagger.ts';

export const STATE_CLASSES = ['happening', 'state'] as const;
export interface StateModel { classes: readonly string[]; weights: Record<string, number[]> }

let model: StateModel | undefined;

function loaded(): StateModel {
  model ??= shippedJson(new URL('./state-model.json', import.meta.url)) as StateModel;
  return model;
}

/** Whether the verb whose word starts at character `index` of `sentence` tells a state. */
export function tellsState(sentence: string, index: number): boolean {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.end > index);
  return i >= 0 && binaryScore(loaded().weights, assertionFeatures(tokens, i)) > 0;
}

/**
 * Whether the verb trigger at character `index` of `sentence` is an -ing form after a preposition that names an
 * activity (ACTIVITY_PREPOSITIONS: "had done a superb job in fighting cuts", "a barrier to fighting poverty"): a
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
 * mark 0.68 of such verbs told in the present STATE or I_STATE, 0.18 of the others). A deed is the news: told in the
 * past or the perfect ("agreed to", "has completed"), or a verb of change, possession or motion ("is selling"); so is
 * an intention told with what is intended ("is planning to leave": the plan is announced). The present simple is
 * left alone: compromise tags too many nouns of a lede as present verbs ("per share", "treasury shares").
 */
export function ledeToldAsState(sentence: string): boolean {
  const terms = taggedTerms(sentence);
  const lower = terms.map((t) => t.text.toLowerCase());
  let handedOn = false;
  for (let i = 0; i < terms.length; i++) {
    const tags = terms[i]!.tags;
    if (!tags.includes('Verb') || tags.includes('Auxiliary') || tags.includes('Copula') || tags.includes('Modal') || lower[i - 1] === 'to') continue;
    let at = i - 1;
    while (at >= 0 && terms[at]!.tags.includes('Adverb')) at--;
    const be = PRESENT_BE.has(lower[at] ?? '');
    let opens = at - (be ? 1 : 0);
    while (opens >= 0 && terms[opens]!.tags.includes('Adverb')) opens--;
    if (RELATIVE_OPENERS.has(lower[opens] ?? '')) continue;
    if (be && lower[i + 1] !== 'to' && stateVerbTable().has(lower[i]!) && VERB_GROUP_TAILS.some((t) => tags.includes(t))) return true;
    // One reporting verb ("said it is facing …") hands on to its clause's verb; any other verb decides.
    if (handedOn || be || !takesClause(lower[i]!)) return false;
    handedOn = true;
  }
  return false;
}
