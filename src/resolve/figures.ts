/**
 * The figures a report tells: amounts of money, shares, goods and rates ("437 mln stg", "6.8 pct", "$10bn"). Wire
 * services tell recurring happenings in one template (the Bank of England's daily help to the money market, a month's
 * car sales, the day's eurobond issues), so two reports alike in words but with different figures are two happenings
 * of one kind, not one happening told twice.
 */
import { AMOUNT_SCALES, AMOUNT_UNITS } from '../extract/lexicon.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?(?:-\d+/\d+)?`;
/** A number, then a scale or a unit word ("437 mln stg", "6.8 pct", "2,978 units"), or after a currency sign ("$10bn"). */
const AMOUNT = new RegExp(String.raw`(?:[$£€¥]\s?)?(${NUMBER})(?:\s?(%)|\s*([A-Za-z]+)(?:['’]s)?)?`, 'g');

/** A scale word's letter: "mln", "million", "m" → m; "bln", "billion", "bn", "b" → b; "trillion", "tn" → t. */
const scaleOf = (word: string) => (AMOUNT_SCALES.has(word) ? word.charAt(0) : '');

/** A number as one spelling: "2,709,600" and "2709600" alike, "11.00" as "11"; a fraction ("8-3/8") as written. */
const numberKey = (n: string) => (n.includes('/') ? n.replace(/,/g, '') : String(Number(n.replace(/,/g, ''))));

/** A report's amounts, each as its number and scale ("437 mln stg" → "437m", "$10bn" → "10b", "6.8 pct" → "6.8"). */
export function amountsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(AMOUNT)) {
    const [all, number, percent, word] = m as unknown as [string, string, string | undefined, string | undefined];
    const unit = percent ?? word?.toLowerCase();
    const told = /^[$£€¥]/.test(all) || (unit !== undefined && (AMOUNT_SCALES.has(unit) || AMOUNT_UNITS.has(unit)));
    if (told) out.add(`${numberKey(number)}${unit === undefined ? '' : scaleOf(unit)}`);
  }
  return out;
}

/** Both tell figures and share none: two happenings of one kind (two days' money-market help, two banks' bonds). */
export function tellOtherFigures(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
