/**
 * Whether a date expression names a time a happening can be on, or a period: "the last two months", "the past year"
 * and "daily" are a duration or a set of times (TimeML's DURATION, SET, or a DATE with no calendar value such as
 * PAST_REF), whose calendar reading (chrono's January for "the last two months" in March) is no happening's day.
 *
 * A binary averaged perceptron over the expression's words and the words around it, trained at development time by
 * eval/train-date-kind.ts on the TIMEX3 types and values of TimeBank and AQUAINT. Only the weights ship
 * (date-kind-model.json); no corpus text.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { tokenize } from './assertion.ts';
import { binaryScore, type AnchorModel } from './anchor.ts';

/** Digits read as their shape: "1987" and "1986" are one year, "12" and "22" one count. */
const shape = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/\d/g, '0');

/** Features of the expression at characters `start`–`end` of `sentence`. */
export function dateKindFeatures(sentence: string, start: number, end: number): string[] {
  const tokens = tokenize(sentence);
  const inside = tokens.filter((t) => t.start >= start && t.end <= end).map((t) => shape(t.text));
  const before = tokens.filter((t) => t.end <= start).map((t) => shape(t.text));
  const after = tokens.find((t) => t.start >= end);
  const f = ['b', `f=${inside[0] ?? '-'}`, `l=${inside.at(-1) ?? '-'}`, `fl=${inside[0] ?? '-'} ${inside.at(-1) ?? '-'}`, `len=${Math.min(inside.length, 4)}`,
    `p1=${before.at(-1) ?? '<s>'}`, `p2=${before.slice(-2).join(' ')}`, `p1,l=${before.at(-1) ?? '<s>'},${inside.at(-1) ?? '-'}`, `n1=${after ? shape(after.text) : '</s>'}`];
  for (const w of new Set(inside)) f.push(`w=${w}`);
  for (let i = 1; i < inside.length; i++) f.push(`ww=${inside[i - 1]} ${inside[i]}`);
  return f;
}

let model: AnchorModel | undefined;

/** Whether the model reads the expression as a period or duration (above 0), not a time a happening is on. */
export function namesPeriod(sentence: string, start: number, end: number): boolean {
  model ??= shippedJson(new URL('./date-kind-model.json', import.meta.url)) as AnchorModel;
  return binaryScore(model.weights, dateKindFeatures(sentence, start, end)) > 0;
}
