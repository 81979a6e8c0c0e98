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
