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
