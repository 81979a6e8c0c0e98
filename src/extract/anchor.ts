/**
 * Which date of a sentence a happening is on: "shipped … in the week ended March 12" is on the 12th, "climbed to a
 * peak at the end of March from … at end-February" at the end of March, not in January.
 *
 * A binary averaged perceptron over a (happening, date expression) pair of one sentence — the words between them, the
 * words before the date, the happening's word — trained at development time by eval/train-anchor.ts on the TLINKs of
 * TimeBank and AQUAINT: a pair is an anchor when TimeML puts the happening in, over or at the time (IS_INCLUDED,
 * INCLUDES, DURING, SIMULTANEOUS, IDENTITY); a pair linked otherwise (BEFORE, BEGINS, ENDS …) or not at all is not.
 * Only the weights ship (anchor-model.json); no corpus text.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { tokenize, type Token } from './assertion.ts';

/** Words between the happening and its date read one by one up to this many; further apart only the distance counts. */
const BETWEEN = 12;

/** Features of the pair: the happening's token `event`, the date's tokens `from` to `to` (exclusive). */
export function anchorFeatures(tokens: readonly Token[], event: number, from: number, to: number): string[] {
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const at = (k: number) => (k < 0 ? '<s>' : k >= lower.length ? '</s>' : lower[k]!);
  const after = from > event;
  const between = after ? lower.slice(event + 1, from) : lower.slice(to, event);
  const gap = between.length;
  const dir = after ? 'date-after' : 'date-before';
  const f = ['b', dir, `d=${dir},${gap <= 2 ? gap : gap <= 5 ? '3-5' : gap <= 10 ? '6-10' : '11+'}`, `ev=${at(event)}`, `evs=${at(event).slice(-2)}`,
    `p1=${at(from - 1)}`, `p2=${at(from - 2)} ${at(from - 1)}`, `p1,dir=${at(from - 1)},${dir}`, `n1=${at(to)}`, `t0=${at(from)}`, `t-1=${at(to - 1)}`,
    `commas=${Math.min(2, between.filter((w) => w === ',').length)},${dir}`];
  if (gap <= BETWEEN) for (const w of new Set(between)) f.push(`m=${w}`);
  // The preposition that opens the date's phrase ("at the end of", "from … at", "in the week ended") and the last one
  // between the two ("rose … from the previous record of … at end-January").
  const opener = lower.slice(Math.max(0, from - 4), from).reverse().find((w) => PREPOSITION.test(w));
  const last = [...between].reverse().find((w) => PREPOSITION.test(w));
  f.push(`prep=${opener ?? '-'}`, `lastprep=${last ?? '-'},${dir}`);
  return f;
}

/** The span a date closes, which TimeML's date expression takes in ("the week ended Feb. 24", "the 23rd week, ended March 12"). */
const SPAN_BEFORE = /\b(?:the\s+)?(?:week|month|quarter|period|year|fortnight|days?|weeks|months),?\s+(?:ended|ending|to)\s+(?:\w+day\s+)?$/i;

/** A preposition opening a date expression as the product's date reader takes it in ("on Monday", "in March"). */
const OPENING_PREPOSITION = /^(?:on|in|at|during|since|until|by|from|for|of)\s+/i;

const PREPOSITION = /^(?:in|on|at|from|since|during|by|until|to|than|of|for|after|before|through|versus|vs|compared|against|over|between|within)$/;

export interface AnchorModel { weights: Record<string, number[]> }

let model: AnchorModel | undefined;

function loaded(): AnchorModel {
  model ??= shippedJson(new URL('./anchor-model.json', import.meta.url)) as AnchorModel;
  return model;
}

/** Evaluation only (eval/lede-dates.ts cross-validation): read with `weights` instead of the shipped model; undefined restores it. */
export function useAnchorModel(weights: AnchorModel | undefined): void {
  model = weights;
}

/** How strongly the model reads the pair as an anchor: above 0 it is one. */
export function binaryScore(weights: Record<string, number[]>, features: readonly string[]): number {
  let score = 0;
  for (const f of features) {
    const w = weights[f];
    if (w) score += w[1]! - w[0]!;
  }
  return score;
}

/**
 * The anchor score of the date at characters `date.start`–`date.end` of `sentence` for the happening whose word
 * starts at `eventAt`.
 */
export function anchorScore(sentence: string, eventAt: number, date: { start: number; end: number }): number {
  const tokens = tokenize(sentence);
  // TimeML's date expressions take in the span a date closes ("the week ended Feb. 24"); the product's stop at the day.
  const span = SPAN_BEFORE.exec(sentence.slice(0, date.start));
  if (span) date = { start: date.start - span[0].length, end: date.end };
  // And they leave out the preposition that opens the date's phrase, which the product's take in ("on Monday night"):
  // the model reads it as the word before the date, as it learned it.
  const opener = OPENING_PREPOSITION.exec(sentence.slice(date.start, date.end));
  if (opener && opener[0].length < date.end - date.start) date = { start: date.start + opener[0].length, end: date.end };
  const event = tokens.findIndex((t) => t.end > eventAt);
  const from = tokens.findIndex((t) => t.end > date.start);
  const to = tokens.findIndex((t) => t.start >= date.end);
  if (event < 0 || from < 0) return -Infinity;
  return binaryScore(loaded().weights, anchorFeatures(tokens, event, from, to < 0 ? tokens.length : to));
}
