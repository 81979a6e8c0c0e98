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
import { dateDirection, type DateDirection } from './tense.ts';

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
    // A week, an hour or "now" is no calendar date, and "a week ago" is a week, not the day seven days back.
    const spanUnit = /\b(weeks?|weekend|hours?|minutes?|seconds?|now)\b/i.test(r.text);
    if (spanUnit && (!/\b\d{1,2}\b/.test(r.text) || /\b(weeks?|hours?|minutes?|seconds?) ago\b/i.test(r.text))) continue;
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
  const relativeWord = /\b(today|yesterday|tonight|last night|this morning|this afternoon|this evening|ago)\b/i.test(r.text);
  if (!certainDay && !certainMonth && !certainYear && !weekday && !relativeWord) return null;
  if (!reference && !certainYear) return null;

  let year = c.get('year')!;
  const month = c.get('month')!;
  const day = c.get('day')!;
  const precision: DatePrecision = certainDay || weekday ? 'day' : certainMonth ? 'month' : 'year';
  if (!reference || relativeWord || certainYear) return { value: format(year, month, day, precision), precision };

  const refTime = dateFromIso(reference).getTime();
  const direction = /\b(next|tomorrow|coming)\b/i.test(r.text) ? 'future' : /\blast\b/i.test(r.text) ? 'past' : dateDirection(sentence, r.index, r.index + r.text.length);
  if (weekday) {
    // chrono picks a weekday near the reference; choose the one this article can mean.
    let t = Date.UTC(year, month - 1, day, 12);
    if (lowerBound && direction !== 'future') {
      while (t < refTime) t += 7 * DAY_MS;
      while (t - 7 * DAY_MS >= refTime) t -= 7 * DAY_MS;
    } else if (direction === 'future' || direction === 'deadline') {
      while (t < refTime) t += 7 * DAY_MS;
      while (t - 7 * DAY_MS >= refTime) t -= 7 * DAY_MS;
    } else {
      while (t > refTime) t -= 7 * DAY_MS;
      while (t + 7 * DAY_MS <= refTime) t += 7 * DAY_MS;
    }
    const d = new Date(t);
    return { value: isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day' };
  }
  year = yearFor(month, precision === 'day' ? day : null, refTime, lowerBound ? 'past' : direction, lowerBound);
  return { value: format(year, month, day, precision), precision };
}

/**
 * The year of a date written without one ("February 1", "in April"), from the article's date and the way the
 * sentence points: past, or no readable verb (news reports the past) → the last such date on or before the article
 * (a yearless date a fortnight ahead at most is a preview: "talks resume Jan. 14"); future → the next one; a
 * deadline ("payable Dec. 15", "until March") → the nearest one.
 */
function yearFor(month: number, day: number | null, refTime: number, direction: DateDirection, lowerBound: boolean): number {
  const refYear = new Date(refTime).getUTCFullYear();
  const refMonthIndex = refYear * 12 + new Date(refTime).getUTCMonth();
  const candidates = [refYear - 1, refYear, refYear + 1];
  // Distance in days for a day, in months (as days) for a month, so "in October" from 1998-10-20 is this October.
  const offset = (y: number) => (day !== null ? (Date.UTC(y, month - 1, day, 12) - refTime) / DAY_MS : (y * 12 + month - 1 - refMonthIndex) * 30);
  if (direction === 'past' || direction === 'none') {
    const slack = day !== null || lowerBound ? 14 : 0;
    return candidates.filter((y) => offset(y) <= slack).pop()!;
  }
  if (direction === 'future') return candidates.find((y) => offset(y) >= (day !== null ? -7 : 0))!;
  return [...candidates].sort((a, b) => Math.abs(offset(a)) - Math.abs(offset(b)) || a - b)[0]!;
}

function format(year: number, month: number, day: number, precision: DatePrecision): IsoDate {
  const iso = isoDay(year, month, day);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

// ---------------------------------------------------------------- TimeML-style values (evaluation, ingest)

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

function shiftOf(text: string): number {
  return /\b(last|past|previous|prior)\b/i.test(text) ? -1 : /\b(next|coming|following)\b/i.test(text) ? 1 : 0;
}

function isoWeek(t: number): string {
  const d = new Date(t);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(t - dow * DAY_MS + 3 * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1, 12);
  // ISO week: the week that holds this week's Thursday, counted from that year's first Thursday.
  const w = Math.floor((thursday.getTime() - yearStart) / (7 * DAY_MS)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(w).padStart(2, '0')}`;
}

/**
 * A TIMEX3-style value for one date expression: ISO dates as `resolveDatesIn` gives them, plus the values news
 * uses that have no calendar day — `PRESENT_REF` ("now"), `PAST_REF`, `FUTURE_REF`, ISO weeks (`1998-W02`),
 * quarters (`1998-Q1`), seasons (`1998-SU`), decades (`199`). `context` is the sentence, `at` the expression's
 * offset in it (future cues around it are read from there). Null when nothing can be said.
 */
export function timexValue(text: string, reference: IsoDate | null, context = text, at = context.indexOf(text)): string | null {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (/^(now|currently|at present|at the moment|right now|these days|nowadays|the present|today's|at this time|this time|so far|to date|yet|recently|the moment)$/.test(lower)) {
    return lower === 'recently' ? 'PAST_REF' : 'PRESENT_REF';
  }
  if (/^(current|currently|present|the current time|at the present time)$/.test(lower)) return 'PRESENT_REF';
  if (/^(recent|lately|in recent (years|months|weeks|days)|the old days)$/.test(lower)) return 'PAST_REF';
  if (/^(the )?(past|former times|recent (years|months|weeks|days)|once|earlier|previously|formerly|in the past)$/.test(lower)) return 'PAST_REF';
  if (/^(the )?(future|years to come|coming years|soon|later|some day|someday)$/.test(lower)) return 'FUTURE_REF';
  const decade = /^(?:the )?(?:early |mid-?|late )?(\d{3})0'?s$/.exec(lower);
  if (decade) return decade[1]!;
  const year4 = /^(?:the year |fiscal |calendar |(?:the )?(?:end|beginning|start|middle|rest|first half|second half) of |(?:early|late|mid-?) )?(\d{4})$/.exec(lower);
  if (year4) return year4[1]!;
  if (!reference) {
    const r = resolveDatesIn(t, null)[0];
    return r ? r.value : null;
  }
  const ref = dateFromIso(reference);
  const refYear = ref.getUTCFullYear();
  const shift = shiftOf(lower);
  const quarter = /\b(first|second|third|fourth|1st|2nd|3rd|4th)(?:[- ]quarter| half)\b/.exec(lower);
  if (quarter && /quarter/.test(lower)) {
    const q = ORDINAL[quarter[1]!]!;
    const explicit = /\b(\d{4})\b/.exec(context.slice(at, at + t.length + 12)) ?? /\b(\d{4})\b/.exec(lower);
    if (explicit) return `${explicit[1]}-Q${q}`;
    const refQ = Math.floor(ref.getUTCMonth() / 3) + 1;
    return `${q > refQ && !FUTURE_CUE.test(context.slice(Math.max(0, at - 40), at)) ? refYear - 1 : refYear}-Q${q}`;
  }
  // Financial news: "the quarter" and "a year earlier" mean the latest reported quarter, and that quarter a year before.
  const quarterContext = /\bquarter/i.test(context);
  if (/^(the |a )?(year[- ]ago|year[- ]earlier)( quarter| period)?$|^a year (ago|earlier)$/.test(lower)) {
    if (!quarterContext && !/quarter/.test(lower)) return String(refYear - 1);
    let q = Math.floor(ref.getUTCMonth() / 3);
    let y = refYear - 1;
    if (q < 1) { q = 4; y--; }
    return `${y}-Q${q}`;
  }
  if (/^(the |this |last |past |previous |next |coming |that |the latest |the most recent |the current |the just-ended |the recent )?quarter$/.test(lower)) {
    const base = /\b(this|current)\b/.test(lower) ? 0 : /\bnext|coming\b/.test(lower) ? 1 : -1;
    let q = Math.floor(ref.getUTCMonth() / 3) + 1 + base;
    let y = refYear;
    if (q < 1) { q = 4; y--; } else if (q > 4) { q = 1; y++; }
    return `${y}-Q${q}`;
  }
  const season = /\b(spring|summer|fall|autumn|winter)\b/.exec(lower);
  if (season && !/\d/.test(lower)) {
    const y = refYear + shift;
    return `${y}-${SEASON[season[1]!]}`;
  }
  if (/^(the |this |last |past |previous |next |coming |that |a )?(week|weekend)$/.test(lower) || /^(earlier|later) this week$/.test(lower)) {
    return isoWeek(ref.getTime() + shift * 7 * DAY_MS) + (/weekend/.test(lower) ? '-WE' : '');
  }
  if (/^(the |this |last |past |previous |next |coming |that |earlier this |later this )?month$/.test(lower)) {
    const d = new Date(Date.UTC(refYear, ref.getUTCMonth() + shift, 1, 12));
    return d.toISOString().slice(0, 7);
  }
  if (/^(the |this |last |past |previous |next |coming |that |earlier this |later this |the current |this calendar |this fiscal )?year$/.test(lower)) {
    return String(refYear + shift);
  }
  // "this September": the month of the article's year, whichever side of the article it falls.
  const thisMonth = /^this (january|february|march|april|may|june|july|august|september|october|november|december)$/.exec(lower);
  if (thisMonth) return `${refYear}-${String(new Date(`${thisMonth[1]} 1, 2000`).getMonth() + 1).padStart(2, '0')}`;
  if (/^(today|this morning|this afternoon|this evening|tonight)$/.test(lower)) return reference.slice(0, 10);
  if (/^yesterday\b/.test(lower) || /^last night$/.test(lower)) return new Date(ref.getTime() - DAY_MS).toISOString().slice(0, 10);
  if (/^tomorrow\b/.test(lower)) return new Date(ref.getTime() + DAY_MS).toISOString().slice(0, 10);
  // Everything else: chrono with the past bias, read in its sentence so "will … on Monday" is seen.
  const found = at >= 0 ? resolveDatesIn(context, reference).find((r) => r.index < at + t.length && r.index + r.text.length > at) : undefined;
  const r = found ?? resolveDatesIn(t, reference)[0];
  if (r) return r.value;
  const monthOnly = /^(?:(?:early|late|mid-?|the end of|the beginning of) )?(january|february|march|april|may|june|july|august|september|october|november|december)$/i.exec(t);
  if (monthOnly) {
    const m = new Date(`${monthOnly[1]} 1, 2000`).getMonth() + 1;
    const y = m > ref.getUTCMonth() + 1 ? refYear - 1 : refYear;
    return `${y}-${String(m).padStart(2, '0')}`;
  }
  return null;
}

/** One date expression on its own, relative to `reference` (past-biased); null when it names no date. */
export function resolveDateText(text: string, reference: IsoDate | null): ResolvedDate | null {
  const r = resolveDatesIn(text, reference)[0];
  return r ? { value: r.value, precision: r.precision } : null;
}

