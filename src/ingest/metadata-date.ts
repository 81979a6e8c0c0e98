/**
 * A publication date as metadata writes it (a JSON field, later an HTML meta tag) → `YYYY-MM-DD`. The day is the one
 * the publisher wrote: "2021-12-14T23:30:00-05:00" is the 14th, not the 15th in UTC, as a reader of the paper saw it.
 */
import { fullDatesIn, isoDay } from '../util/dates.ts';

/**
 * The day, or the value as written when it is no date (the ingest stage reports it and infers from the text), or
 * null when there is no value. Numbers are Unix times (seconds, or milliseconds when that large), read in UTC.
 */
export function metadataDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const at = new Date(value < 1e11 ? value * 1000 : value);
    return isoDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  const written = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(written);
  if (iso) return iso[1]!;
  return fullDatesIn(written)[0] ?? written;
}
