/**
 * The lede-date model (issue 19, session 34, evt73; retrained session 35, evt75): which of a lede's time expressions
 * its main happening is on — a logistic model over (lede verb, date expression) pairs, trained by eval/lede-anchor.ts on
 * the judged train ledes of tests/gold/lede-dates.json (ids and labels only), with the TimeML-trained anchor model's
 * score as one feature among the pair's position, the expression's kind and precision, its place before or after the
 * report, the phrase it closes ("the quarter ended …", "for March") and the two verbs' tenses. Its weights are
 * eval/lede-anchor-model.json. Measured, not shipped: under cross-validation through the extraction it dated no more
 * ledes right than the rules alone, so no build asks it; `useLedeModel('fill')` sets the extraction's hook
 * (src/extract/lede-anchor.ts `useLedeDayChooser`) to ask it.
 */
import { readFileSync } from 'node:fs';
import { logisticProbability, type Features, type LogisticWeights } from '../src/util/logistic.ts';
import { tokenize } from '../src/extract/assertion.ts';
import { anchorFeatures, anchorScore } from '../src/extract/anchor.ts';
import { dateInClauseOfItsOwn } from '../src/extract/clause.ts';
import { clauseBreakBetween, dateDirection, verbGroupDirection } from '../src/extract/tense.ts';
import { namesPeriod } from '../src/extract/date-kind.ts';
import { DEICTIC_TIME_WORDS, LEDE_PERIOD_END, LEDE_RELATIVE_DAY } from '../src/extract/lexicon.ts';
import { DAY_MS } from '../src/extract/dates.ts';
import { useLedeDayChooser, type LedeDate } from '../src/extract/lede-anchor.ts';

/** Where `eval/lede-anchor.ts train` writes the weights. */
export const LEDE_ANCHOR_MODEL = new URL('./lede-anchor-model.json', import.meta.url);

/** The kind of the expression, by its words: a day told relative to the report, a weekday, a calendar day, a month, a year. */
function kindOf(date: LedeDate): string {
  if (LEDE_RELATIVE_DAY.test(date.text)) return 'relative';
  if (date.text.toLowerCase().split(/\W+/).some((w) => DEICTIC_TIME_WORDS.has(w))) return 'deictic';
  if (/day\b/i.test(date.text) && !/\d/.test(date.text)) return 'weekday';
  return date.precision === 'day' ? 'calendar-day' : date.precision;
}

/** The pair's features: the lede `text`'s verb at `verb`, a date expression of it, the report's day. */
export function ledeAnchorFeatures(text: string, verb: { start: number; end: number }, date: LedeDate, reportDay: string): Features {
  const f: Features = {};
  const on = (name: string) => { f[name] = 1; };
  const tokens = tokenize(text);
  const event = tokens.findIndex((t) => t.end > verb.start);
  const from = tokens.findIndex((t) => t.end > date.start);
  const toAt = tokens.findIndex((t) => t.start >= date.end);
  if (event >= 0 && from >= 0) for (const a of anchorFeatures(tokens, event, from, toAt < 0 ? tokens.length : toAt)) on(`a:${a}`);
  const score = anchorScore(text, verb.start, date);
  on(score > 0 ? 'anchor+' : 'anchor-');
  f.anchor = Math.max(-1, Math.min(1, score / 10));
  const report = reportDay.slice(0, date.value.length);
  const rel = date.value < report ? 'before' : date.value > report ? 'after' : 'same';
  const kind = kindOf(date);
  on(`rel=${rel}`);
  on(`prec=${date.precision},${rel}`);
  on(`kind=${kind},${rel}`);
  if (date.precision === 'day') {
    const age = Math.round((Date.parse(reportDay) - Date.parse(date.value)) / DAY_MS);
    on(`age=${age < 0 ? 'ahead' : age === 0 ? '0' : age === 1 ? '1' : age <= 7 ? '2-7' : age <= 31 ? '8-31' : '32+'}`);
  }
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  if (LEDE_PERIOD_END.test(before)) on(`period-end,${date.precision}`);
  if (/\b(?:for|in|during)\s+(?:the\s+)?$/i.test(before)) on(`figure-for,${date.precision}`);
  if (/^['’]s\b/.test(text.slice(date.end))) on('possessive');
  const after = date.start >= verb.end;
  on(after ? 'date-after-verb' : 'date-before-verb');
  if (after && dateInClauseOfItsOwn(text, verb.end, date.start)) on('own-clause');
  if (clauseBreakBetween(text, verb, date)) on('clause-break');
  const tense = verbGroupDirection(text.slice(0, verb.end));
  on(`verb=${tense}`);
  on(`verb=${tense},${rel}`);
  on(`direction=${dateDirection(text, date.start, date.end)}`);
  if (namesPeriod(text, date.start, date.end)) on('names-period');
  return f;
}

let model: LogisticWeights | undefined;

/** Evaluation only (eval/lede-anchor.ts cross-validation): score with `weights`; undefined restores the trained ones (eval/lede-anchor-model.json). */
export function useLedeAnchorModel(weights: LogisticWeights | undefined): void {
  model = weights;
}

/** The model's probability that the lede's happening is on the date. */
export function ledeAnchorProbability(text: string, verb: { start: number; end: number }, date: LedeDate, reportDay: string): number {
  model ??= JSON.parse(readFileSync(LEDE_ANCHOR_MODEL, 'utf8')) as LogisticWeights;
  return logisticProbability(model, ledeAnchorFeatures(text, verb, date, reportDay));
}

/** How the extraction dates a lede happening with no date of its own: the report's day (`off`, as a build does) or the model's (`fill`). */
export type LedeModelUse = 'off' | 'fill';
/** Whether the extraction asks the model (src/extract/lede-anchor.ts `useLedeDayChooser`). */
export function useLedeModel(u: LedeModelUse): void {
  useLedeDayChooser(u === 'fill' ? ledeDateChosen : undefined);
}

/**
 * The lede's date the model chooses among `candidates` (dates of the lede `text`, after its dateline, characters
 * relative to it): the one of highest probability above one half, told outside the lede's own verb; undefined when
 * the lede has no verb or the model reads none.
 */
export function ledeDateChosen<D extends LedeDate>(text: string, verb: { start: number; end: number } | undefined, candidates: readonly D[], reportDay: string): { date: D; p: number } | undefined {
  if (!verb) return undefined;
  let best: { date: D; p: number } | undefined;
  for (const d of candidates) {
    if (d.end > verb.start && d.start < verb.end) continue;
    const p = ledeAnchorProbability(text, verb, d, reportDay);
    if (p > 0.5 && (!best || p > best.p)) best = { date: d, p };
  }
  return best;
}
