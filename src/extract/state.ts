/**
 * Whether a verb tells a state ("Ferrovial already holds a 33% stake in Tube Lines", "Gazprom had wanted to help fund
 * a bid") rather than a happening: a binary averaged perceptron over the words around the verb (the assertion model's
 * features), trained at development time by eval/train-state.ts on the TimeML EVENT classes of TimeBank and AQUAINT
 * (STATE and I_STATE against OCCURRENCE, ASPECTUAL, I_ACTION, PERCEPTION, REPORTING). Only the weights ship
 * (state-model.json); no corpus text.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { assertionFeatures, tokenize } from './assertion.ts';
import { binaryScore } from './anchor.ts';
import { ACTIVITY_PREPOSITIONS } from './lexicon.ts';
import { taggedTerms } from './nlp.ts';

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
  const terms = taggedTerms(sentence);
  const at = terms.findIndex((t) => t.offset.start + t.offset.length > index);
  return at > 0 && terms[at]!.tags.includes('Gerund') && ACTIVITY_PREPOSITIONS.has(terms[at - 1]!.text.toLowerCase());
}
