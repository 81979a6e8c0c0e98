/**
 * A lede's dates as a lede-date model reads them, and the hook such a model is asked through (issue 19, session 34,
 * evt73). The learned model (eval/lede-anchor-model.ts: which of a lede's time expressions its main happening is on,
 * trained on the judged train ledes of tests/gold/lede-dates.json) dated no more ledes right than the rules alone under
 * cross-validation (sessions 34 and 35; docs/quality-log.md), so no build asks it: it lives in eval/, which sets the hook
 * (`useLedeDayChooser`) to measure it through the extraction (eval/lede-anchor.ts cv-score, tests/plan.test.ts).
 */
import { datelineLength } from './dateline.ts';
import type { DateMention, Sentence } from '../types.ts';

/** A date expression of the lede: characters `start`–`end` of its text, with its value and precision. */
export interface LedeDate { start: number; end: number; text: string; value: string; precision: 'day' | 'month' | 'year' }

/** The lede `sentence`'s `dates` after its dateline, as the model reads them (characters relative to it), each with its mention. */
export function ledeDatesOf(sentence: Sentence, dates: readonly DateMention[]): (LedeDate & { mention: DateMention })[] {
  const dateline = datelineLength(sentence.text);
  return dates.filter((d) => d.start - sentence.start >= dateline)
    .map((d) => ({ start: d.start - sentence.start, end: d.end - sentence.start, text: d.text, value: d.value, precision: d.precision, mention: d }));
}

/**
 * A choice of the lede's day among `candidates` (dates of the lede `text`, after its dateline, characters relative to
 * it; `verb` the lede's own verb) with its odds, or none.
 */
export type LedeDayChooser = <D extends LedeDate>(text: string, verb: { start: number; end: number } | undefined, candidates: readonly D[], reportDay: string) => { date: D; p: number } | undefined;

let chooser: LedeDayChooser | undefined;
/**
 * Evaluation only: the chooser src/extract/events/news.ts markTheNews asks (a lede happening with no date of its own takes
 * the day it chooses among the lede's days, else the report's); undefined (a build's) asks none.
 */
export function useLedeDayChooser(choose: LedeDayChooser | undefined): void {
  chooser = choose;
}
export const ledeDayChooser = (): LedeDayChooser | undefined => chooser;
