/**
 * Dates in the text, normalised against the article's date with chrono-node plus a past-bias rule: news reports
 * the past, so in an article of Tuesday 2021-12-14 "on Friday" is 2021-12-10 and "February 1" is 2021-02-01
 * (chrono alone looks forward: 2021-12-17 and 2022-02-01). Explicitly future phrasing ("next week", "will …
 * on Monday", "tomorrow") keeps the forward reading.
 *
 * When the article date was inferred (a date line, caption or the lede's own date), it is a lower bound on publication:
 * a weekday then resolves to the nearest such day on or after it, within the week.
 */
import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision, IngestedArticle, IsoDate, Sentence } from '../types.ts';
import { dateFromIso, isoDay } from '../util/dates.ts';
import { dateDirection, toldInPresentPerfect, verbGroupDirection, type DateDirection } from './tense.ts';
import { namesPeriod } from './date-kind.ts';
import { alternation, AMOUNT_SCALES, AMOUNT_UNITS, MONTH_NAMES, NOT_PLURALS, PARTS_OF_DAY, SPELLED_DAY_NUMBERS, WEEKDAY_ABBREVIATIONS } from './lexicon.ts';

export const DAY_MS = 86_400_000;

export const AMOUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|some|many|a couple of)`;
export const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?)`;
/**
 * Spans chrono reads as dates that are none: durations ("for 22 days", "within 90 days", "in 3 months"), spans
 * counted from another event ("five years after", "two days later"), and vague distances ("several months ago",
 * "over the past few months").
 */
const DURATION_OR_RELATIVE = new RegExp(
  String.raw`^(?:for|within|during|over|in|after)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+|first\s+|coming\s+)?${AMOUNT}\s+${UNIT}$` +
  String.raw`|^${AMOUNT}\s+${UNIT}\s+(?:after|before|later|earlier)$` +
  String.raw`|^(?:for\s+|over\s+|in\s+|during\s+)?(?:the\s+)?(?:past\s+|last\s+|next\s+|coming\s+)?(?:several|a few|few|some|many|a couple of)\s+${UNIT}(?:\s+ago)?$`,
  'i',
);

export interface ResolvedDate {
  value: IsoDate;
  precision: DatePrecision;
}

export function extractDates(article: IngestedArticle, sentences: Sentence[]): DateMention[] {
  const out: DateMention[] = [];
  // The narrative's time: the last date told so far, which "that year", "the next day" count from.
  let narrative: ResolvedDate | null = null;
  for (const sentence of sentences) {
    const found: (ResolvedDate & { index: number; text: string })[] = [];
    const anaphoric = anaphoricDatesIn(sentence.text);
    // A period ("the last two months", as the TimeML-trained model of date-kind.ts reads it) is no time a happening
    // is on: chrono's calendar reading of it (its first month) is dropped.
    const chronoDates = resolveDatesIn(sentence.text, article.date, article.dateSource === 'inferred')
      .filter((d) => !anaphoric.some((a) => d.index < a.index + a.text.length && a.index < d.index + d.text.length))
      .filter((d) => !namesPeriod(sentence.text, d.index, d.index + d.text.length));
    // In reading order, so each anaphoric date counts from the date told just before it.
    const all = [...chronoDates.map((d) => ({ at: d.index, d, phrase: null })), ...anaphoric.map((a) => ({ at: a.index, d: null, phrase: a }))].sort((x, y) => x.at - y.at);
    for (const item of all) {
      const resolved: (ResolvedDate & { index: number; text: string }) | null = item.d ?? (narrative && item.phrase ? { ...item.phrase.resolve(narrative), index: item.phrase.index, text: item.phrase.text } : null);
      if (!resolved || !resolved.value) continue;
      found.push(resolved);
      narrative = { value: resolved.value, precision: resolved.precision };
    }
    for (const f of found) {
      out.push({
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        start: sentence.start + f.index,
        end: sentence.start + f.index + f.text.length,
        text: f.text,
        value: f.value,
        precision: f.precision,
      });
    }
  }
  return out;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Dates told relative to the narrative rather than to the article: "that year", "later that month", "the next
 * day", "the year before". Each comes with how to resolve it from the last date told (empty value: the narrative
 * date is not precise enough, e.g. "the next day" after "in 1995").
 */
export function anaphoricDatesIn(text: string): { index: number; text: string; resolve: (narrative: ResolvedDate) => ResolvedDate }[] {
  const out: { index: number; text: string; resolve: (narrative: ResolvedDate) => ResolvedDate }[] = [];
  const re = /\b(?:(?:earlier|later) (?:in )?)?(?:that|the same|the following|the next|the previous|the preceding) (year|month|day|morning|evening|night)\b|\bthe (year|month|day) (after|before)\b/gi;
  for (const m of text.matchAll(re)) {
    const phrase = m[0];
    const unit = (m[1] ?? m[2])!.toLowerCase();
    const precision: DatePrecision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    const step = /following|next|after/i.test(phrase) ? 1 : /previous|preceding|before/i.test(phrase) ? -1 : 0;
    out.push({
      index: m.index,
      text: phrase,
      resolve: (narrative) => {
        if (PRECISION_RANK[narrative.precision] < PRECISION_RANK[precision]) return { value: '', precision };
        const d = dateFromIso(narrative.value);
        if (precision === 'year') d.setUTCFullYear(d.getUTCFullYear() + step);
        else if (precision === 'month') d.setUTCMonth(d.getUTCMonth() + step, 1);
        else d.setUTCDate(d.getUTCDate() + step);
        return { value: format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), precision), precision };
      },
    });
  }
  return out;
}

/**
 * A day number spelled out after a month, as Reuters writes it ("effective March six", "payable December One", "JAN
 * THREE NET"): a month written with its capital (not the modal "may" nor the verb "march") or in capitals, a space,
 * and a number of lexicon SPELLED_DAY_NUMBERS, not across a stop ("in April. Four banks …") nor counting an amount
 * after it ("in March six pct"). chrono reads the month alone (session 47: 3 of 193 train page dates).
 */
const SPELLED_DAY = new RegExp(String.raw`\b(?:${alternation(MONTH_NAMES)})[ \t]+(${alternation(SPELLED_DAY_NUMBERS)})(?![\p{L}\d-])(?!\s+(?:${alternation([...AMOUNT_SCALES, ...AMOUNT_UNITS])})\b)`, 'giu');

/**
 * `text` with each spelled day number after a month (SPELLED_DAY) written in digits, padded on the left to the word's
 * length ("March six" → "March   6"), so chrono reads the day and every offset stays the text's own.
 */
export function digitsForSpelledDays(text: string): string {
  return text.replace(SPELLED_DAY, (match: string, word: string) => {
    if (!/^\p{Lu}/u.test(match)) return match;
    const digits = String(SPELLED_DAY_NUMBERS.indexOf(word.toLowerCase()) + 1);
    return `${match.slice(0, match.length - word.length)}${digits.padStart(word.length)}`;
  });
}

/** Every date expression in `text` with its normalised value, relative to `reference` (null: absolute dates only). */
export function resolveDatesIn(original: string, reference: IsoDate | null, referenceIsLowerBound = false): (ResolvedDate & { index: number; text: string })[] {
  const text = digitsForSpelledDays(original);
  if (text !== original) return resolveDatesIn(text, reference, referenceIsLowerBound).map((d) => ({ ...d, text: original.slice(d.index, d.index + d.text.length) }));
  const ref = reference ? dateFromIso(reference) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: (ResolvedDate & { index: number; text: string })[] = [];
  for (const r of chrono.en.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    if (!/\p{L}|\d[-/]\d/u.test(r.text) || /^\d+$/.test(r.text.trim())) continue;
    // A weekday abbreviated on its own ("Sun Pella Co's Sun Orlin unit") is a name in running text (lexicon
    // WEEKDAY_ABBREVIATIONS; evt73): prose writes its weekdays whole.
    if (WEEKDAY_ABBREVIATIONS.has(r.text.trim().replace(/\.$/, '').toLowerCase())) continue;
    const upTo = SPAN_UP_TO.exec(r.text);
    if (upTo) {
      out.push(...resolveDatesIn(r.text.slice(upTo[0].length), reference, referenceIsLowerBound).map((d) => ({ ...d, index: r.index + upTo[0].length + d.index })));
      continue;
    }
    // A span of days as wire copy writes it ("a meeting on June 9/12"): chrono reads the second day as a two-digit
    // year (2012 in a 1987 story). The span begins on its first day.
    const days = DAY_SPAN.exec(r.text);
    if (days) {
      // Read in the whole sentence (its verb says which way a yearless day points), without the second day.
      const first = chrono.en.casual.parse(`${text.slice(0, r.index)}${days[1]}`, { instant: ref, timezone: 0 }, { forwardDate: false }).find((x) => x.index === r.index);
      const resolved = first && normalise(first, text, reference, referenceIsLowerBound);
      if (resolved) out.push({ ...resolved, index: r.index, text: days[1]! });
      continue;
    }
    // A week, an hour or "now" is no calendar date, and "a week ago" is a week, not the day seven days back.
    const spanUnit = /\b(weeks?|weekend|hours?|minutes?|seconds?|now)\b/i.test(r.text);
    if (spanUnit && (!/\b\d{1,2}\b/.test(r.text) || /\b(weeks?|hours?|minutes?|seconds?) ago\b/i.test(r.text))) continue;
    if (DURATION_OR_RELATIVE.test(r.text.trim())) continue;
    if (isFraction(r.text.trim(), text.slice(0, r.index), text.slice(r.index + r.text.length))) continue;
    // A number, a slash and a month ("the June 3/April 20 period"): the slash joins two dates of a span, and chrono
    // reads the day after the slash as a two-digit year (2025 in a 1987 story). No date is read there.
    if (/\d\s*\/\s*\p{L}/u.test(r.text)) continue;
    const resolved = normalise(r, text, reference, referenceIsLowerBound);
    // chrono can take a closing bracket with the date ("(6 a.m. Monday)"): the expression ends before it.
    if (resolved) out.push({ ...resolved, index: r.index, text: r.text.replace(/[\s,.;:]+$/, '').replace(/^([^(]*)\)$/, '$1').replace(/[\s,.;:]+$/, '') });
  }
  // A year on its own, which chrono leaves alone: only after a word that makes it a time ("in 1995", "since 2004"),
  // so "1995 people" and "$2005" stay numbers.
  for (const m of text.matchAll(/\b(?:in|since|by|during|until|till|from|before|after|of|early|late|mid-?|around|circa)\s+((?:1[5-9]|20)\d\d)\b(?![-/.,]?\d|\s*(?:%|percent|people)\b)/gi)) {
    const index = m.index + m[0].length - m[1]!.length;
    // A plural after it counts things ("in 1995 cars"); a word that only ends in "s" ("closed in 1999 as demand fell") does not.
    // Lower case only: a capitalised word is a name's ("in 1999 Korvus hosted"), and the year stays a year.
    const plural = /^\s*([a-z]+s)\b/.exec(text.slice(index + 4))?.[1];
    if (plural !== undefined && !NOT_PLURALS.has(plural)) continue;
    if (out.some((d) => d.index < index + 4 && index < d.index + d.text.length)) continue;
    if (isClockTime(m[1]!, text.slice(index + 4))) continue;
    out.push({ value: m[1]!, precision: 'year', index, text: m[1]! });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * A fraction as wire copy writes a price, a rate or a yield ("7-1/2 pct", "priced at 99-1/4", "10-13/16", "5/8 pct
 * management fee", "closed up 7/8"), or a ratio or a model ("2.9/1", "X1/9"): a number or word joined to it, a move
 * of a price before it or a unit after it makes "1/2" no day of January.
 */
function isFraction(expression: string, before: string, after: string): boolean {
  if (!/^(?:\d+-)?\d{1,2}\/\d{1,2}$/.test(expression)) return false;
  return /-/.test(expression) || /[\w.-]$/.test(before) || /\b(?:up|down|off)\s+$/i.test(before) || FRACTION_UNIT.test(after);
}

/** What follows a fraction, not a date: a rate, a price or a share of something. */
const FRACTION_UNIT = /^\s*(?:pct|percent|per\s+cent|%|points?|pts|dlrs?|cts|cents?|stg|of\s+an?\b|of\s+one\b)/i;

/**
 * A span up to a date ("in the week to Thursday March 19", "the month to March") is the span that ends then,
 * as "the week ended March 19" is: its date is the one after "to". chrono reads "in the week" as a week from the
 * article's day and the date after "to" as the end of a range (the same date a year on).
 */
const SPAN_UP_TO = /^(?:in\s+|for\s+|during\s+|over\s+)?the\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?)\s+to\s+(?=\S)/i;

/** A month, a day, a slash and a second day: "June 9/12", "Sept. 1/5". */
const DAY_SPAN = /^(\p{L}+\.?\s+\d{1,2})\s*\/\s*\d{1,2}$/u;

/**
 * Wire copy writes times of day as four digits with a zone ("by 1700 GMT", "until 0930 EST", "at 1530 local time"):
 * a valid hour and minute followed by one of these words is a clock time, not a year.
 */
const CLOCK_ZONE = /^\s*(?:GMT|UTC|Z|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|HKT|SGT|IST|AEST|AEDT|hrs|hours|h|local(?:\s+time)?|(?:a\.m\.|p\.m\.))(?![\w])/i;

function isClockTime(digits: string, after: string): boolean {
  const hour = Number(digits.slice(0, 2));
  const minute = Number(digits.slice(2));
  return hour <= 23 && minute <= 59 && CLOCK_ZONE.test(after);
}

/** A year written in digits ("2004", "'04" is not read as one). */
export const WRITTEN_YEAR = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/;

/** A part of a day, or the day, named relative to the report (lexicon PARTS_OF_DAY). */
const PART_OF_DAY = new RegExp(`\\b(?:${alternation(PARTS_OF_DAY)})\\b`, 'i');

function normalise(r: chrono.ParsedResult, sentence: string, reference: IsoDate | null, lowerBound: boolean): ResolvedDate | null {
  const c = r.start;
  const certainDay = c.isCertain('day');
  const certainMonth = c.isCertain('month');
  const certainYear = c.isCertain('year');
  // A weekday with no month written ("Friday", "9 a.m. Tuesday"); "Friday, December 10" is a calendar date.
  const weekday = c.isCertain('weekday') && !certainMonth;
  // A part of a day ("this afternoon", "tonight") names a day, though chrono leaves the day uncertain (the year then
  // stood for it: "were gathering this afternoon" dated by the year alone).
  const partOfDay = PART_OF_DAY.test(r.text);
  const relativeWord = partOfDay || /\bago\b/i.test(r.text);
  if (!certainDay && !certainMonth && !certainYear && !weekday && !relativeWord) return null;
  // With no article date, only a date whose year is written is a date: "last year", "a year ago", "yesterday" count
  // from a day the text does not give (chrono would count them from its own default instant and say 1999).
  if (!reference && !(certainYear && WRITTEN_YEAR.test(r.text))) return null;

  let year = c.get('year')!;
  const month = c.get('month')!;
  const day = c.get('day')!;
  const precision: DatePrecision = certainDay || weekday || partOfDay ? 'day' : certainMonth ? 'month' : 'year';
  if (!reference || relativeWord || certainYear) return { value: format(year, month, day, precision), precision };

  const refTime = dateFromIso(reference).getTime();
  const direction: DateDirection = /\b(next|tomorrow|coming)\b/i.test(r.text) ? 'future' : /\blast\b/i.test(r.text) ? 'past' : dateDirection(sentence, r.index, r.index + r.text.length);
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
      // "last Monday" in a Monday article is a week back; a bare "Monday" is today.
      const latest = /\blast\b/i.test(r.text) ? refTime - DAY_MS : refTime;
      while (t > latest) t -= 7 * DAY_MS;
      while (t + 7 * DAY_MS <= latest) t += 7 * DAY_MS;
    }
    const d = new Date(t);
    return { value: isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day' };
  }
  // A day told before a verb in the past ("On April 20, Quanta sold …"; no verb before it in its clause) is of the
  // report's year only if that puts it on or before the report: a past happening is not dated after its report
  // (evt73; the fortnight's slack of yearFor is for a day told after its verb, "will meet on April 12, it said").
  const beforePastVerb = direction === 'past' && precision === 'day' && verbGroupDirection(sentence.slice(0, r.index)) === 'none';
  year = yearFor(month, precision === 'day' ? day : null, refTime, lowerBound ? 'past' : direction, lowerBound, beforePastVerb);
  // "last February" in a February story is a year back: chrono reads "February" alone, and this month is no "last" one.
  const refDate = dateFromIso(reference);
  if (precision === 'month' && /\blast\s+$/i.test(sentence.slice(0, r.index)) && year === refDate.getUTCFullYear() && month === refDate.getUTCMonth() + 1) year -= 1;
  if (!toldBack(sentence.slice(0, r.index), r.text)) year = aheadWhenFarBack(year, month, precision === 'day' ? day : null, refTime, tenseOfItsOwn(sentence, r.index, direction));
  return { value: format(year, month, day, precision), precision };
}

/**
 * The year of a date written without one ("February 1", "in April"), from the article's date and the way the
 * sentence points: past, or no readable verb (news reports the past) → the last such date on or before the article
 * (a yearless date a fortnight ahead at most is a preview: "talks resume Jan. 14"); future → the next one; a
 * deadline ("payable Dec. 15", "until March") or either way ("agreed to buy … in February") → the nearest one.
 * `noSlack`: a past day on or before the article only (a day told before its past verb).
 */
export function yearFor(month: number, day: number | null, refTime: number, direction: DateDirection, lowerBound: boolean, noSlack = false): number {
  const refYear = new Date(refTime).getUTCFullYear();
  const refMonthIndex = refYear * 12 + new Date(refTime).getUTCMonth();
  const candidates = [refYear - 1, refYear, refYear + 1];
  // Distance in days for a day, in months (as days) for a month, so "in October" from 1998-10-20 is this October.
  const offset = (y: number) => (day !== null ? (Date.UTC(y, month - 1, day, 12) - refTime) / DAY_MS : (y * 12 + month - 1 - refMonthIndex) * 30);
  if (direction === 'past' || direction === 'none') {
    // No verb says which way: a date within the coming month is the coming one ("a ceremony on March 12" in a
    // February article, "cutbacks in September" in August), not one eleven months back, which news would write with
    // its year or with "last". Further ahead the past reading stands ("February 1" in December is last February).
    const slack = noSlack ? 0 : direction === 'none' && !lowerBound ? 31 : day !== null || lowerBound ? 14 : 0;
    return candidates.filter((y) => offset(y) <= slack).pop()!;
  }
  if (direction === 'future') return candidates.find((y) => offset(y) >= (day !== null ? -7 : 0))!;
  return [...candidates].sort((a, b) => Math.abs(offset(a)) - Math.abs(offset(b)) || a - b)[0]!;
}

/**
 * How far back, in days, a yearless date no verb points (direction 'none') may be read before the next one is meant: eight
 * months. A wire dates a happening that far before its report with "last" or its year ("last April", "in April 1986");
 * such a date with no verb of its own is one still to come ("Pay Dec 15", "the June summit" and "elections at the end of
 * November" in an October story; "the meeting called for April 27" in a March one). Measured (session 48) on the yearless
 * dates of 1,268 train stories (reut2-010 and -014, every labelled or drawn story removed) read more than 200 days back;
 * 240 days keeps "the Louvre accord of February" in October (about 247 by its middle, 240 counted as yearFor counts
 * months). A past verb's date stays in the past ("Fox left … in January", read in October, is last January).
 */
const FAR_BACK_DAYS = 240;

/**
 * The direction the far-back limit reads a date by: a past verb whose tense is not the date's counts as none — a
 * present perfect, which English never dates by a past day of its own ("has called a meeting for January 27": the
 * meeting's day, not the calling's), or a date after "for", the time a thing is set for ("set its annual meeting for
 * May 14").
 */
function tenseOfItsOwn(sentence: string, at: number, direction: DateDirection): DateDirection {
  if (direction !== 'past') return direction;
  return /\bfor\s+$/i.test(sentence.slice(0, at)) || toldInPresentPerfect(sentence, at) ? 'none' : direction;
}

/** A date told back from the report: after "last", "past", "previous" or "since" ("have risen since January"), or with "last" in it. */
function toldBack(before: string, expression: string): boolean {
  return /\blast\b/i.test(expression) || /\b(?:last|past|previous|since)\s+(?:early\s+|late\s+|mid-?)?$/i.test(before);
}

/** `year`, or the next one when `year` puts a date of direction 'none' more than FAR_BACK_DAYS before the report. */
function aheadWhenFarBack(year: number, month: number, day: number | null, refTime: number, direction: DateDirection): number {
  if (direction !== 'none') return year;
  const refDate = new Date(refTime);
  // A month counts thirty days a month apart (as yearFor counts it), a day its own days.
  const back = day !== null ? (refTime - Date.UTC(year, month - 1, day, 12)) / DAY_MS : ((refDate.getUTCFullYear() - year) * 12 + refDate.getUTCMonth() - (month - 1)) * 30;
  return back > FAR_BACK_DAYS ? year + 1 : year;
}

function format(year: number, month: number, day: number, precision: DatePrecision): IsoDate {
  const iso = isoDay(year, month, day);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** One date expression on its own, relative to `reference` (past-biased); null when it names no date. */
export function resolveDateText(text: string, reference: IsoDate | null): ResolvedDate | null {
  const r = resolveDatesIn(text, reference)[0];
  return r ? { value: r.value, precision: r.precision } : null;
}

