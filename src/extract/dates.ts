/**
 * Dates in the text, normalised against the article's date with chrono-node plus a past-bias rule: news reports
 * the past, so in an article of Tuesday 2021-12-14 "on Friday" is 2021-12-10 and "February 1" is 2021-02-01
 * (chrono alone looks forward: 2021-12-17 and 2022-02-01). Explicitly future phrasing ("next week", "will …
 * on Monday", "tomorrow") keeps the forward reading.
 *
 * When the article date was inferred (the latest date the text reports), it is a lower bound on publication:
 * a weekday then resolves to the nearest such day on or after it, within the week.
 */
import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision, IngestedArticle, IsoDate, Sentence } from '../types.ts';
import { dateFromIso, isoDay } from '../util/dates.ts';

const FUTURE_CUE = /\b(next|coming|tomorrow|upcoming|will|would|shall|plans? to|scheduled|due to|expected to|later this)\b/i;
const DAY_MS = 86_400_000;

export interface ResolvedDate {
  value: IsoDate;
  precision: DatePrecision;
}

export function extractDates(article: IngestedArticle, sentences: Sentence[]): DateMention[] {
  const out: DateMention[] = [];
  const paragraphStart = new Map<string, number>();
  for (const s of sentences) if (!paragraphStart.has(s.paragraph)) paragraphStart.set(s.paragraph, s.start);
  for (const sentence of sentences) {
    for (const found of resolveDatesIn(sentence.text, article.date, article.dateSource === 'inferred')) {
      out.push({
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        start: sentence.start + found.index,
        end: sentence.start + found.index + found.text.length,
        text: found.text,
        value: found.value,
        precision: found.precision,
      });
    }
  }
  return out;
}

/** Every date expression in `text` with its normalised value, relative to `reference` (null: absolute dates only). */
export function resolveDatesIn(text: string, reference: IsoDate | null, referenceIsLowerBound = false): (ResolvedDate & { index: number; text: string })[] {
  const ref = reference ? dateFromIso(reference) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: (ResolvedDate & { index: number; text: string })[] = [];
  for (const r of chrono.en.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    if (!/\p{L}|\d[-/]\d/u.test(r.text) || /^\d+$/.test(r.text.trim())) continue;
    if (/\b(week|weekend|hours?|minutes?|seconds?|now|ago)\b/i.test(r.text) && !/\b\d{1,2}\b/.test(r.text)) continue;
    const resolved = normalise(r, text, reference, referenceIsLowerBound);
    if (resolved) out.push({ ...resolved, index: r.index, text: r.text.replace(/[\s,.;:]+$/, '') });
  }
  return out;
}

function normalise(r: chrono.ParsedResult, sentence: string, reference: IsoDate | null, lowerBound: boolean): ResolvedDate | null {
  const c = r.start;
  const certainDay = c.isCertain('day');
  const certainMonth = c.isCertain('month');
  const certainYear = c.isCertain('year');
  const weekday = c.isCertain('weekday') && !certainDay;
  const relativeWord = /\b(today|yesterday|tonight|last night|this morning|this afternoon|this evening)\b/i.test(r.text);
  if (!certainDay && !certainMonth && !certainYear && !weekday && !relativeWord) return null;
  if (!reference && !certainYear) return null;

  let year = c.get('year')!;
  let month = c.get('month')!;
  let day = c.get('day')!;
  const precision: DatePrecision = certainDay || weekday || relativeWord ? 'day' : certainMonth ? 'month' : 'year';
  if (!reference) return { value: format(year, month, day, precision), precision };

  const refTime = dateFromIso(reference).getTime();
  const future = FUTURE_CUE.test(sentence.slice(Math.max(0, r.index - 40), r.index + r.text.length + 20)) || /\b(next|tomorrow|coming)\b/i.test(r.text);
  const at = () => Date.UTC(year, month - 1, precision === 'day' ? day : 1, 12);
  if (weekday) {
    // chrono picks a weekday near the reference; choose the one this article can mean.
    let t = Date.UTC(year, month - 1, day, 12);
    if (lowerBound && !future) {
      while (t < refTime) t += 7 * DAY_MS;
      while (t - 7 * DAY_MS >= refTime) t -= 7 * DAY_MS;
    } else if (!future) {
      while (t > refTime) t -= 7 * DAY_MS;
    } else {
      while (t <= refTime) t += 7 * DAY_MS;
    }
    const d = new Date(t);
    return { value: isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day' };
  }
  if (!certainYear && !future && !relativeWord) {
    // "February 1" or "in April" without a year: the last such date on or before the article.
    const refDate = new Date(refTime);
    year = refDate.getUTCFullYear();
    const monthStart = Date.UTC(year, month - 1, 1, 12);
    const limit = lowerBound ? refTime + 7 * DAY_MS : refTime;
    if ((precision === 'day' ? at() : monthStart) > limit) year -= 1;
  } else if (!certainYear && future) {
    year = new Date(refTime).getUTCFullYear();
    if (at() < refTime) year += 1;
  }
  return { value: format(year, month, day, precision), precision };
}

function format(year: number, month: number, day: number, precision: DatePrecision): IsoDate {
  const iso = isoDay(year, month, day);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
