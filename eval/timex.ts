/**
 * TimeML values (TIMEX3 `value`) of date expressions, for the evaluation only (`npm run eval:dates`, eval/dates.ts):
 * the product stores ISO dates with a precision, never TimeML strings. It lives out of src/ so that editing it does
 * not invalidate every user's extraction cache (src/util/code-version.ts keys the cache by the code under src/).
 * It builds on the product's own date reading (src/extract/dates.ts), so what it scores is that reading.
 */
import type { IsoDate } from '../src/types.ts';
import { dateFromIso, isoDay } from '../src/util/dates.ts';
import { dateDirection } from '../src/extract/tense.ts';
import { AMOUNT, DAY_MS, UNIT, anaphoricDatesIn, resolveDatesIn, yearFor, type ResolvedDate } from '../src/extract/dates.ts';

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

const NUMBER_WORD: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A number from 0 to 99 written in words ("ninety-six", "seven"), or null. */
function wordsToNumber(text: string): number | null {
  const parts = text.toLowerCase().split(/[-\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 2) return null;
  const values = parts.map((p) => NUMBER_WORD[p]);
  if (values.some((v) => v === undefined)) return null;
  if (values.length === 2 && (values[0]! % 10 !== 0 || values[0]! < 20 || values[1]! >= 10)) return null;
  return values.reduce((a, b) => a! + b!, 0)!;
}

/**
 * Years spoken as words in broadcast transcripts: "nineteen ninety-six" → 1996, "two thousand" → 2000,
 * "two thousand and one" → 2001. The text with each such year replaced by its digits.
 */
export function withSpelledYears(text: string): string {
  const word = String.raw`(?:${Object.keys(NUMBER_WORD).join('|')})`;
  const pair = String.raw`${word}(?:[-\s]${word})?`;
  return text
    .replace(new RegExp(String.raw`\btwo thousand(?:\s+(?:and\s+)?(${pair}))?\b`, 'gi'), (_m, rest?: string) => String(2000 + (rest ? wordsToNumber(rest) ?? 0 : 0)))
    .replace(new RegExp(String.raw`\b(nineteen|eighteen|twenty)[-\s](${pair}|hundred)\b`, 'gi'), (m, century: string, rest: string) => {
      const c = NUMBER_WORD[century.toLowerCase()]!;
      const y = rest.toLowerCase() === 'hundred' ? 0 : wordsToNumber(rest);
      return y === null || y < 10 ? m : String(c * 100 + y);
    });
}

/** The day of a named holiday in `year` (US holidays the news dates things by), or null. */
function holiday(name: string, year: number): string | null {
  const nth = (month: number, weekday: number, n: number) => {
    const first = new Date(Date.UTC(year, month - 1, 1, 12)).getUTCDay();
    return isoDay(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
  };
  const n = name.toLowerCase();
  if (/^(easter(?: sunday)?|good friday)$/.test(n)) {
    // Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher); Good Friday two days before.
    const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
    const t = Date.UTC(year, month - 1, day, 12) - (n === 'good friday' ? 2 * DAY_MS : 0);
    return new Date(t).toISOString().slice(0, 10);
  }
  if (/^christmas eve$/.test(n)) return isoDay(year, 12, 24);
  if (/^christmas( day)?$/.test(n)) return isoDay(year, 12, 25);
  if (/^new year'?s eve$/.test(n)) return isoDay(year, 12, 31);
  if (/^new year'?s( day)?$/.test(n)) return isoDay(year, 1, 1);
  if (/^(independence day|the fourth of july|july fourth)$/.test(n)) return isoDay(year, 7, 4);
  if (/^thanksgiving( day)?$/.test(n)) return nth(11, 4, 4);
  if (/^labor day$/.test(n)) return nth(9, 1, 1);
  if (/^election day$/.test(n)) {
    // The Tuesday after the first Monday of November.
    const monday = Number(nth(11, 1, 1).slice(8));
    return isoDay(year, 11, monday + 1);
  }
  return null;
}

/** The quarter before the article's quarter: the latest one a company can have reported. */
function latestQuarter(ref: Date): { year: number; quarter: number } {
  const q = Math.floor(ref.getUTCMonth() / 3);
  return q === 0 ? { year: ref.getUTCFullYear() - 1, quarter: 4 } : { year: ref.getUTCFullYear(), quarter: q };
}

/** Sentences about reported results, where "a year ago" means the same period a year before. */
const RESULTS_CONTEXT = /\b(quarter|net|earned|earnings|profit|revenue|sales|loss|income|a share|results|dividend)\b/i;

/**
 * A TIMEX3-style value for one date expression: ISO dates as `resolveDatesIn` gives them, plus the values news
 * uses that have no calendar day — `PRESENT_REF` ("now"), `PAST_REF`, `FUTURE_REF`, ISO weeks (`1998-W02`),
 * quarters (`1998-Q1`), seasons (`1998-SU`), decades (`199`). `context` is the sentence, `at` the expression's
 * offset in it (future cues around it are read from there), `narrative` the last date told before it ("that year"
 * counts from it). Null when nothing can be said.
 */
export function timexValue(text: string, reference: IsoDate | null, context = text, at = context.indexOf(text), narrative: ResolvedDate | null = null): string | null {
  const t = withSpelledYears(text.trim()).replace(/[.,;:]+$/, '');
  const lower = t.toLowerCase();
  // A count of units whose direction word follows it ("a year | earlier"): read the two together.
  if (at >= 0 && new RegExp(String.raw`^${AMOUNT}\s+${UNIT}$`, 'i').test(t)) {
    const follows = /^\s+(ago|earlier|before|later|from now|hence)\b/i.exec(context.slice(at + text.length));
    if (follows) return timexValue(`${text.trim()} ${follows[1]}`, reference, context, at, narrative);
  }
  const vague = vagueReference(lower);
  if (vague) return vague;
  if (reference && at >= 0) {
    // "the day before last Tuesday", "the day after Christmas": a day counted from a date that is told.
    const dayFrom = /^(?:the )?day (before|after) (.+)$/i.exec(t);
    if (dayFrom) {
      const from = at + t.length - dayFrom[2]!.length;
      const base = context.slice(from, from + dayFrom[2]!.length) === dayFrom[2] ? timexValue(dayFrom[2]!, reference, context, from, narrative) : timexValue(dayFrom[2]!, reference);
      if (base && /^\d{4}-\d\d-\d\d$/.test(base)) return new Date(dateFromIso(base).getTime() + (dayFrom[1]!.toLowerCase() === 'after' ? DAY_MS : -DAY_MS)).toISOString().slice(0, 10);
    }
    // "April 24 and 25": the bare day takes the month (and year) of the date it is coordinated with.
    if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t)) {
      const first = /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2})(?:st|nd|rd|th)?,? (?:and|or|to|through|-|–) ?$/i.exec(context.slice(0, at));
      const day = Number(t.replace(/\D/g, ''));
      if (first && day >= 1 && day <= 31) {
        const base = timexValue(first[1]!, reference, context, first.index);
        if (base && /^\d{4}-\d\d-\d\d$/.test(base)) return `${base.slice(0, 8)}${String(day).padStart(2, '0')}`;
      }
    }
  }
  // Recurring times ("daily", "weekly"): the period, as TimeML writes a set's value.
  const every = /^(hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly)$/.exec(lower);
  if (every) return { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y' }[every[1] as 'daily'];
  // "the previous Friday", "the following Monday": the nearest such weekday before or after the last day told
  // (the article's day when the narrative has told none).
  const relWeekday = /^the (previous|preceding|prior|following|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.exec(lower);
  if (relWeekday && reference) {
    const base = dateFromIso(narrative?.precision === 'day' ? narrative.value : reference.slice(0, 10)).getTime();
    const target = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(relWeekday[2]!);
    const step = /following|next/.test(relWeekday[1]!) ? 1 : -1;
    let d = base + step * DAY_MS;
    while (new Date(d).getUTCDay() !== target) d += step * DAY_MS;
    return new Date(d).toISOString().slice(0, 10);
  }
  const anaphoric = anaphoricDatesIn(t).find((a) => a.index === 0 && a.text.length === t.length);
  if (anaphoric) return narrative ? anaphoric.resolve(narrative).value || null : null;
  if (reference && at >= 0) {
    const before = context.slice(0, at);
    // "later in the day": the day told last, else the article's day.
    if (lower === 'the day' && /\b(?:earlier|later|early|late) in\s*$/i.test(before)) {
      return narrative?.precision === 'day' ? narrative.value : reference.slice(0, 10);
    }
    // "Today is the eighth day of the strike", "it's the second day of the offensive": the article's day.
    if (/^(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) day$/.test(lower)
      && /\b(?:today is|it is|it's|this is)\s+(?:the\s+)?$/i.test(before)) return reference.slice(0, 10);
    // "then", "until then": the time told last.
    if (/^(?:until |till |by |since |before )?then$/.test(lower) && narrative) return narrative.value;
    // "in a year or two" ahead: some time to come.
    if (/^(?:a|one) (?:day|week|month|year) or two$/.test(lower) && /\bin\s*$/i.test(before)) return 'FUTURE_REF';
    // "redeemed in five years": the year that many years ahead.
    const yearsAhead = /^(\w+) years$/.exec(lower);
    if (yearsAhead && /\bin\s*$/i.test(before) && dateDirection(context, at, at + text.length) === 'future') {
      const n = /^\d+$/.test(yearsAhead[1]!) ? Number(yearsAhead[1]) : wordsToNumber(yearsAhead[1]!);
      if (n) return String(dateFromIso(reference).getUTCFullYear() + n);
    }
  }
  const century = /^(?:the )?(\d{1,2})(?:st|nd|rd|th) century$/.exec(lower);
  if (century) return String(Number(century[1]) - 1).padStart(2, '0');
  const decade = /^(?:the )?(?:early |mid-?|late |last half of the |first half of the )?(\d{3})0'?s$/.exec(lower);
  if (decade) return decade[1]!;
  const QUARTER_WORDS = /\b(quarters?|half|period|results)\b/;
  if (!/\b(quarters?|half|period|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/.test(lower)) {
    // One written year and nothing finer: "1990 and beyond", "mid-1996", "post-1959", "fiscal 1988", "a good part of 1990".
    const years = lower.match(/(?<![\d$])(1[5-9]\d\d|20\d\d)(?!\d)/g);
    if (years && years.length === 1 && !/\bago\b|\b(?:years?|months?|weeks?|days?) (?:after|before|earlier|later)\b/.test(lower)) return years[0]!;
  }
  if (!reference) {
    const r = resolveDatesIn(t, null)[0];
    return r ? r.value : null;
  }
  const ref = dateFromIso(reference);
  const refYear = ref.getUTCFullYear();
  const refTime = ref.getTime();
  const direction = at >= 0 ? dateDirection(context, at, at + text.length) : 'none';
  const shift = shiftOf(lower);
  const decadeWord = /^(?:the )?(?:early |mid-?|late )?(nineties|eighties|seventies|sixties)$/.exec(lower);
  if (decadeWord) return `${Math.floor(refYear / 100)}${{ nineties: 9, eighties: 8, seventies: 7, sixties: 6 }[decadeWord[1] as 'nineties']}`;
  if (/^(?:the )?(?:last|past|previous) decade$/.test(lower)) return String(Math.floor(refYear / 10) - 1);
  const decadesAgo = /^(?:about |nearly |almost |more than |some |just )?(a|one|two|three|four|five|six|seven|eight|nine|\d+) decades? ago$/.exec(lower);
  if (decadesAgo) {
    const n = /^\d+$/.test(decadesAgo[1]!) ? Number(decadesAgo[1]) : decadesAgo[1] === 'a' ? 1 : wordsToNumber(decadesAgo[1]!)!;
    return String(refYear - 10 * n);
  }
  const shortDecade = /'(\d)0s$/.exec(lower);
  if (shortDecade) return `${Math.floor(refYear / 100)}${shortDecade[1]}`;

  // Halves and quarters.
  const half = /\b(first|second|last) (half|two quarters)(?: of)? (\d{4})\b/.exec(lower);
  if (half) return `${half[3]}-H${half[1] === 'first' ? 1 : 2}`;
  const latest = latestQuarter(ref);
  const yearAgo = /\b(year[- ]ago|year[- ]earlier|a year (?:ago|earlier)|last year'?s|corresponding period last year|(?:the )?same (?:period|quarter) (?:a year ago|last year))\b/.test(lower);
  const quarter = /\b(first|second|third|fourth|1st|2nd|3rd|4th)(?:[- ]quarter)\b/.exec(lower);
  if (quarter) {
    const q = ORDINAL[quarter[1]!]!;
    const explicit = /\b(\d{4})\b/.exec(lower) ?? /^\s*(?:of\s+)?(?:fiscal\s+)?(\d{4})\b/.exec(context.slice(at + text.length));
    if (explicit) return `${explicit[1]}-Q${q}`;
    if (yearAgo) return `${refYear - 1}-Q${q}`;
    if (/\bnext year'?s\b/.test(lower)) return `${refYear + 1}-Q${q}`;
    const refQ = Math.floor(ref.getUTCMonth() / 3) + 1;
    return `${q > refQ && direction !== 'future' ? refYear - 1 : refYear}-Q${q}`;
  }
  // Results for several quarters ("for the nine months", "in the first half") compared with a year before: the
  // year, as no single quarter is meant.
  const multiQuarter = /\b(?:nine|six) months\b|\bfirst (?:half|nine months)\b/i.test(context) && !/\bquarter\b/i.test(context);
  if (yearAgo && multiQuarter && !QUARTER_WORDS.test(lower.replace(/\bperiod\b/, ''))) return String(latest.year - 1);
  const periodOfYearMulti = /^the (\d{4}) period$/.exec(lower);
  if (periodOfYearMulti && multiQuarter) return periodOfYearMulti[1]!;
  if (yearAgo && (QUARTER_WORDS.test(lower) || /^(the )?(year[- ]ago|year[- ]earlier)$/.test(lower) || RESULTS_CONTEXT.test(context))) {
    return `${latest.year - 1}-Q${latest.quarter}`;
  }
  if (yearAgo && /^(a year (ago|earlier)|last year'?s?)$/.test(lower)) return String(refYear - 1);
  const periodOfYear = /^the (\d{4}) (?:period|quarter)$/.exec(lower);
  if (periodOfYear) return `${periodOfYear[1]}-Q${latest.quarter}`;
  if (/^(?:the )?(?:latest|most recent|recent|just-ended) (?:period|quarter)$/.test(lower)) return `${latest.year}-Q${latest.quarter}`;
  if (/^(the |this |last |past |previous |next |coming |that |the latest |the most recent |the current |the just-ended |the recent )?quarter$/.test(lower)) {
    const base = /\b(this|current)\b/.test(lower) ? 0 : /\bnext|coming\b/.test(lower) ? 1 : -1;
    let q = Math.floor(ref.getUTCMonth() / 3) + 1 + base;
    let y = refYear;
    if (q < 1) { q = 4; y--; } else if (q > 4) { q = 1; y++; }
    return `${y}-Q${q}`;
  }

  // Seasons: "this past spring" is the last one before the article, "next summer" the coming one.
  const season = /\b(spring|summer|fall|autumn|winter)\b/.exec(lower);
  if (season) {
    const y = /\d{4}/.exec(lower)?.[0];
    if (y) return `${y}-${SEASON[season[1]!]}`;
    const startMonth = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 }[season[1] as 'spring'];
    const refMonth = ref.getUTCMonth() + 1;
    const past = /\b(this past|last|past|previous)\b/.test(lower);
    if (past && !/\blast\b/.test(lower)) return `${startMonth <= refMonth ? refYear : refYear - 1}-${SEASON[season[1]!]}`;
    return `${refYear + shift}-${SEASON[season[1]!]}`;
  }

  // Weeks and weekends (ISO weeks; a weekend belongs to the week of the Monday before it).
  const weeksAgo = /^(?:about |nearly |almost |some |more than )?(\w+) weeks? ago$/.exec(lower);
  if (weeksAgo) {
    const n = /^\d+$/.test(weeksAgo[1]!) ? Number(weeksAgo[1]) : weeksAgo[1] === 'a' ? 1 : wordsToNumber(weeksAgo[1]!);
    if (n !== null) return isoWeek(refTime - n * 7 * DAY_MS);
  }
  if (/^(the |this |that |over the |last |past )?weekend$/.test(lower)) {
    const dow = (ref.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const saturday = direction === 'future' || shift > 0 ? refTime + (5 - dow) * DAY_MS + (dow > 5 ? 7 * DAY_MS : 0) : refTime - ((dow + 2) % 7) * DAY_MS;
    return `${isoWeek(dow === 5 && direction !== 'future' ? refTime : saturday)}-WE`;
  }
  if (/^(the |this |last |past |previous |next |coming |that |a )?week$/.test(lower) || /^(earlier|later|early|late|the end of) this week$/.test(lower)) {
    return isoWeek(refTime + shift * 7 * DAY_MS);
  }
  const weekOf = /^the week of (.+)$/.exec(lower);
  if (weekOf) {
    const day = resolveDatesIn(weekOf[1]!, reference)[0];
    if (day?.precision === 'day') return isoWeek(dateFromIso(day.value).getTime());
  }

  // Months and years relative to the article.
  if (/^(the |this |last |past |previous |next |coming |that |earlier this |later this )?month$/.test(lower)) {
    const d = new Date(Date.UTC(refYear, ref.getUTCMonth() + shift, 1, 12));
    return d.toISOString().slice(0, 7);
  }
  // "since year-end": the end of the year before, as a day (a change counted from the last closing figures).
  if (/^(?:the )?(?:year[- ]end|year's end|end of (?:the )?year)$/.test(lower) && at >= 0 && /\bsince\s+$/i.test(context.slice(0, at))) {
    return `${refYear - 1}-12-31`;
  }
  if (/^(?:the |this |last |past |previous |next |coming |earlier this |later this |the current |this calendar |this fiscal |the current fiscal |the fiscal |the full |the whole |the entire |around )?(?:year|year[- ]end|year's end|end of (?:the |this )?year)$/.test(lower)
    || /^(?:by |at |around )?(?:the )?(?:end|rest|balance) of (?:the |this )?year$/.test(lower)
    || /^(?:earlier|later|early|late) (?:in |this )(?:the )?year$/.test(lower)) {
    return String(refYear + shift);
  }
  const namedMonth = /^(this|last|next|this past|early|late|mid-?|the end of|the beginning of|the middle of)?\s*(january|february|march|april|may|june|july|august|september|october|november|december)$/.exec(lower);
  if (namedMonth) {
    const m = new Date(`${namedMonth[2]} 1, 2000`).getMonth() + 1;
    const cue = namedMonth[1] ?? '';
    // "last February" written in March or February is a year back: the month just gone would be "last month".
    const y = cue === 'this' ? refYear
      : /last|this past/.test(cue) ? (m < ref.getUTCMonth() + (cue === 'last' ? 0 : 1) ? refYear : refYear - 1)
      : cue === 'next' ? (m > ref.getUTCMonth() + 1 ? refYear : refYear + 1)
      : yearFor(m, null, refTime, direction, false);
    return `${y}-${String(m).padStart(2, '0')}`;
  }
  // Holy Week, the week that ends on Easter Sunday: this year's while the article is in it or before it.
  const easterWeek = /^(?:(last|next|this) )?(?:easter|holy) week$/.exec(lower);
  if (easterWeek) {
    const weekEnd = (y: number) => dateFromIso(holiday('easter', y)!).getTime();
    const cue = easterWeek[1] === 'next' ? 'future' : easterWeek[1] === 'last' ? 'past' : direction;
    const current = weekEnd(refYear) - 6 * DAY_MS <= refTime && refTime <= weekEnd(refYear);
    const ahead = weekEnd(refYear) - 6 * DAY_MS > refTime;
    const y = current && !easterWeek[1] ? refYear : cue === 'future' || cue === 'deadline' ? (ahead ? refYear : refYear + 1) : ahead ? refYear - 1 : refYear;
    return isoWeek(weekEnd(y));
  }
  const named = /^(?:(last|next|this) )?((?:christmas|new year'?s)(?: (?:day|eve))?|thanksgiving(?: day)?|independence day|labor day|election day|the fourth of july|july fourth|easter(?: sunday)?|good friday)$/.exec(lower);
  if (named && holiday(named[2]!, refYear)) {
    const thisYear = holiday(named[2]!, refYear)!;
    const ahead = dateFromIso(thisYear).getTime() > refTime;
    const cue = named[1] === 'next' ? 'future' : named[1] === 'last' ? 'past' : direction;
    const y = cue === 'future' || cue === 'deadline' ? (ahead ? refYear : refYear + 1) : ahead ? refYear - 1 : refYear;
    return holiday(named[2]!, y);
  }
  if (/^(today|this morning|this afternoon|this evening|tonight)$/.test(lower)) return reference.slice(0, 10);
  if (/^yesterday\b/.test(lower) || /^last night$/.test(lower)) return new Date(refTime - DAY_MS).toISOString().slice(0, 10);
  if (/^tomorrow\b/.test(lower)) return new Date(refTime + DAY_MS).toISOString().slice(0, 10);
  // Everything else: the product's own reading (chrono with the tense rule), in its sentence.
  // A spelled-out year was rewritten above, so that expression is read on its own.
  const inContext = at >= 0 && t === text.trim().replace(/[.,;:]+$/, '');
  let found = inContext ? resolveDatesIn(context, reference).find((r) => r.index < at + t.length && r.index + r.text.length > at) : undefined;
  if (found && found.index < at) {
    // chrono read a longer phrase around this one ("today through Nov. 17"): read this one without the words before.
    const blanked = context.slice(0, found.index) + ' '.repeat(at - found.index) + context.slice(at);
    found = resolveDatesIn(blanked, reference).find((r) => r.index < at + t.length && r.index + r.text.length > at);
  }
  const r = found ?? resolveDatesIn(t, reference)[0];
  if (!r) return null;
  const clock = /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?/.exec(lower);
  if (r.precision === 'day' && clock) {
    const h = (Number(clock[1]) % 12) + (clock[3] === 'p' ? 12 : 0);
    return `${r.value}T${String(h).padStart(2, '0')}:${clock[2] ?? '00'}`;
  }
  return r.value;
}

/** `PRESENT_REF`, `PAST_REF` or `FUTURE_REF` for expressions that name no calendar time ("now", "in recent years"). */
function vagueReference(lower: string): string | null {
  if (/\d/.test(lower)) return null;
  if (/^(now|right now|currently|current|at present|present|the present|at the moment|the moment|these days|nowadays|today's|at this time|this time|so far|to date|yet|already|the current time|at the present time|this (?:\w+ )?moment)$/.test(lower)) return 'PRESENT_REF';
  if (/^(the )?(near |distant |foreseeable )?(future|near term|short term|long term|longer term|years to come|coming (?:years|months|weeks|days|quarters)|future (?:years|months|quarters)|later date|a later date|later|soon|some day|someday|one day|eventually|as soon as possible|from time to time)$/.test(lower)) return 'FUTURE_REF';
  if (/^(recently|more recently|until recently|recent|lately|the old days|once|earlier|previously|formerly|then current|the time|at the time)$/.test(lower)) return 'PAST_REF';
  if (/^(?:in )?(?:the )?(?:past|recent|last|previous) (?:several |few |many )?(?:years|months|weeks|days|quarters|decades)(?: and (?:months|years|weeks))?$/.test(lower)) return 'PAST_REF';
  if (/^(?:recent|past) (?:years|months|weeks|days|decades)(?: and (?:months|years|weeks))?$/.test(lower)) return 'PAST_REF';
  if (/^(several|a few|some|many) (years|months|decades) ago$/.test(lower)) return 'PAST_REF';
  if (/^(the )?(past|former times|in the past)$/.test(lower)) return 'PAST_REF';
  return null;
}
