import { usualCase } from './ner/words.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name or abbreviation, perhaps mistyped in capitals after its first letter ("APril"). */
const MONTH_NAME = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + [...m.slice(1)].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})[A-Za-z]{0,6}`;
/** A month's name or abbreviation in lower case ("march 2", as some Reuters datelines write it). */
const MONTH_LOWER = `(?:${MONTHS.join('|')})[a-z]{0,6}`;
/** A month's name or abbreviation, its first letter in either case ("Feb", "feb"). */
const MONTH_EITHER_CASE = `(?:${MONTHS.map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})[a-z]{0,6}`;
/** The wire's slug marks that may open a dateline line ("****LONDON, March 5 -"). */
const SLUG_MARKS = String.raw`(?:\*+\s*)?`;
/**
 * A day mistyped with a digit too many ("NEW YORK, March 119 -": 4 train stories of Reuters-21578's reut2-003 to -021,
 * of 13,990 datelines there), read only after a month's name; it gives no day (datelineDay), but the line is still
 * the dateline, so its city is no party of the news and the text after it is the lede.
 */
const MISTYPED_DAY = String.raw`\d{3}`;
/** The dash closing a dateline: a hyphen, an en or em dash, an underscore, or two hyphens written for a dash ("NEW YORK,
 * June 19 -- …", as US wires and plain-text exports write it). */
const DATELINE_DASH = '(?:--|[-–—_])';
/** The slug marks opening a dateline, to find its city's start (datelineCitySpan). */
const SLUG_OPENING = new RegExp(`^${SLUG_MARKS}`);

/**
 * A dateline opening a lede: where (and when) the story was filed, before the news itself — "WASHINGTON –",
 * "NEW YORK, March 3 -", "COLUMBUS, IND., Feb 26 -", "VANCOUVER, British Columbia, March 2 -", "LONDON (Reuters) -".
 * A city in capitals, then perhaps its region (in capitals or as a name), a day, the agency in brackets, and a dash.
 * The month may be mistyped in capitals ("HOUSTON, APril 13 -", 60 datelines of Reuters-21578).
 * The comma before the day may be missing after a region's abbreviation ("MIRO FALLS, N.Y. March 3 -"); there only a
 * month's name may follow, else any capitalised word and number after a dotted acronym would pass ("U.N. Trophy 3 - …").
 * The day may be written as an ISO date, as archive exports give a dateline line ("LONDON, 1996-08-22 -": clean.ts).
 * The month may be in lower case ("NEW YORK, march 2 -"), and the wire's slug marks may open the line ("****LONDON,
 * March 5 -"); a city may be two written as one ("DALLAS/FORT WORTH, Texas, March 3 -"): 11 of the 2,761 datelines of
 * reut2-000 to -002 (session 39; a place-role patch in src/resolve/place-roles.ts read them until then). A day may be
 * mistyped with three digits after a month's name (MISTYPED_DAY).
 */
const DATELINE = new RegExp(String.raw`^${SLUG_MARKS}\p{Lu}[\p{Lu}\s.,'’/-]{1,40}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?(?:(?:,\s*(?:[A-Z][A-Za-z]{2,8}|${MONTH_LOWER})|(?<=\.)\s*${MONTH_NAME})\.?\s+\d{1,2}(?:,\s*\d{4})?|,\s*${MONTH_NAME}\.?\s+${MISTYPED_DAY}|,?\s*\d{4}-\d{2}-\d{2})?\s*(?:\([^)]{1,30}\)\s*)?${DATELINE_DASH}\s+`, 'u');

/**
 * A dateline whose city is written as a name, not in capitals ("Toronto, Feb 26 -", "Scarborough, Ontario, Feb 26
 * -", "Winnipeg, Manitoba, Feb 26 -", as Reuters files some Canadian stories; "Bogota, march 4 -"): only with its
 * day, which tells it from a sentence that opens with a name.
 */
const NAMED_DATELINE = new RegExp(String.raw`^${SLUG_MARKS}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?,\s*${MONTH_EITHER_CASE}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\)\s*)?${DATELINE_DASH}\s+`, 'u');

/** How many characters of `sentence` its dateline takes (0: none). */
export function datelineLength(sentence: string): number {
  return (DATELINE.exec(sentence) ?? NAMED_DATELINE.exec(sentence))?.[0].length ?? 0;
}

/** A dateline's city in capitals: up to its comma, its agency's bracket or its dash. */
const DATELINE_CITY = new RegExp(String.raw`^\p{Lu}[\p{Lu}\s.'’-]*?(?=\s*(?:,|\(|${DATELINE_DASH}\s))`, 'u');

/**
 * The city a dateline in capitals opens with, as the sentence's characters from `start` (after slug marks) to `end` ("ST. LOUIS" of "ST. LOUIS, April
 * 9 -", "THE HAGUE" of "THE HAGUE, April 9 -"); null where there is none, or where it is one word news also writes
 * in lower case ("CORRECTED -": a notice, no place; such a word is left to the name rules).
 */
export function datelineCitySpan(sentence: string): { start: number; end: number } | null {
  const dateline = DATELINE.exec(sentence);
  if (!dateline) return null;
  const start = SLUG_OPENING.exec(dateline[0])![0].length;
  const city = DATELINE_CITY.exec(dateline[0].slice(start));
  if (!city || !/\p{Lu}{2}/u.test(city[0])) return null;
  const usually = /\s/.test(city[0]) ? 'capital' : usualCase(city[0]);
  if (usually === 'lower' || usually === 'mixed') return null;
  return { start, end: start + city[0].length };
}

/** The day a dateline gives ("TOKYO, March 2 -"): its month and day, no year. */
const DATELINE_DAY = new RegExp(String.raw`(?:,|(?<=\.))\s*([A-Za-z]{3})[A-Za-z]{0,6}\.?\s+(\d{1,2})(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\)\s*)?${DATELINE_DASH}\s+$`);

/**
 * How far a dateline's day may be from its header's date and still be the same filing: a wire stamps its stories
 * on its own clock (Reuters-21578's DATE is New York time), the dateline gives the bureau's day. A Tokyo story sent
 * on the evening of 1 March in New York is dated "TOKYO, March 2" (Reuters-21578: 375 stories a day after their
 * header, 110 a day before — filed late and sent the next morning — 22 of 18,600 further apart, none of them the
 * same story's day).
 */
const FILING_DAYS = 2;

/**
 * The day a dated lede was filed, when its dateline gives one that differs from the article's header date by a time
 * zone or a night ("COLOMBO, March 2 -" under a header of 1 March): the day its text's "today", "on Monday" and the
 * news itself are told from. Undefined when the dateline gives no day, the same day, or one too far away to be the
 * same filing.
 */
export function datelineDay(lede: string, headerDate: string): string | undefined {
  const line = lede.slice(0, datelineLength(lede));
  const m = DATELINE_DAY.exec(line);
  const header = /^(\d{4})-(\d{2})-(\d{2})$/.exec(headerDate);
  if (!m || !header) return undefined;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return undefined;
  const at = Date.UTC(Number(header[1]), Number(header[2]) - 1, Number(header[3]));
  // The dateline's year is the header's, or the one next to it across New Year's Eve.
  for (const year of [0, 1, -1].map((d) => Number(header[1]) + d)) {
    const day = new Date(Date.UTC(year, month, Number(m[2])));
    if (day.getUTCMonth() !== month) return undefined;
    const apart = Math.round((day.getTime() - at) / 86_400_000);
    if (apart === 0) return undefined;
    if (Math.abs(apart) <= FILING_DAYS) return day.toISOString().slice(0, 10);
  }
  return undefined;
}
