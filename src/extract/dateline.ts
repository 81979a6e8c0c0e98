import { usualCase } from './ner/words.ts';

/**
 * A dateline opening a lede: where (and when) the story was filed, before the news itself — "WASHINGTON –",
 * "NEW YORK, March 3 -", "COLUMBUS, IND., Feb 26 -", "VANCOUVER, British Columbia, March 2 -", "LONDON (Reuters) -".
 * A city in capitals, then perhaps its region (in capitals or as a name), a day, the agency in brackets, and a dash.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,30}\)\s*)?[-–—_]\s+/u;

/**
 * A dateline whose city is written as a name, not in capitals ("Toronto, Feb 26 -", "Scarborough, Ontario, Feb 26
 * -", "Winnipeg, Manitoba, Feb 26 -", as Reuters files some Canadian stories): only with its day, which tells it from a
 * sentence that opens with a name.
 */
const NAMED_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[-–—_]\s+/u;

/** How many characters of `sentence` its dateline takes (0: none). */
export function datelineLength(sentence: string): number {
  return (DATELINE.exec(sentence) ?? NAMED_DATELINE.exec(sentence))?.[0].length ?? 0;
}

/**
 * The city a dateline in capitals opens with, as the sentence's first `end` characters ("ST. LOUIS" of "ST. LOUIS, April
 * 9 -", "THE HAGUE" of "THE HAGUE, April 9 -"); null where there is none, or where it is one word news also writes
 * in lower case ("CORRECTED -": a notice, no place; such a word is left to the name rules).
 */
export function datelineCitySpan(sentence: string): { end: number } | null {
  const dateline = DATELINE.exec(sentence);
  if (!dateline) return null;
  const city = /^\p{Lu}[\p{Lu}\s.'’-]*?(?=\s*(?:,|\(|[-–—_]\s))/u.exec(dateline[0]);
  if (!city || !/\p{Lu}{2}/u.test(city[0])) return null;
  const usually = /\s/.test(city[0]) ? 'capital' : usualCase(city[0]);
  if (usually === 'lower' || usually === 'mixed') return null;
  return { end: city[0].length };
}
