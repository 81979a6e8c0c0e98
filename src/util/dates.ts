/** Calendar helpers shared by ingest (article dates) and extraction (dates in the text). */
import * as chrono from 'chrono-node';
import type { IsoDate } from '../types.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDay(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a real calendar date in `YYYY-MM-DD` (2021-02-29 and 2021-13-45 are not). */
export function isValidIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DD` → a Date at noon UTC (noon keeps weekday arithmetic clear of time-zone edges). */
export function dateFromIso(value: IsoDate): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** Every full date (day, month and year all written) in a text, in order of appearance. */
export function fullDatesIn(text: string): IsoDate[] {
  const out: IsoDate[] = [];
  for (const r of chrono.en.strict.parse(text)) {
    const c = r.start;
    // Relative phrases ("in the week") come back 'certain' against today; a written year is required.
    if (c.isCertain('day') && c.isCertain('month') && c.isCertain('year') && /\d{4}/.test(r.text)) {
      out.push(isoDay(c.get('year')!, c.get('month')!, c.get('day')!));
    }
  }
  return out;
}
