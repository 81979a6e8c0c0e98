/** Display helpers shared by the pages. */
import type { IsoDate } from '../types.ts';

export type DateFormat = (date: IsoDate | null | undefined) => string;

/**
 * Dates as the site's language writes them (Intl, in UTC so no time zone moves a day): for "en",
 * `2021-12-10` → "10 December 2021", `2021-04` → "April 2021", `2021` → "2021"; for "fr", "10 décembre 2021".
 * Plain "en" is written the British way, day before month, as the site always has.
 */
export function dateFormatter(lang: string): DateFormat {
  let format = formatters.get(lang);
  if (!format) formatters.set(lang, (format = newDateFormatter(lang)));
  return format;
}

/**
 * One formatter per language for the whole build: the pages and components call dateFormatter on every render, and
 * making the two Intl.DateTimeFormat objects took 10 s of CPU of BBC's 17,408 pages (57 s; issue 17, session 24).
 */
const formatters = new Map<string, DateFormat>();

function newDateFormatter(lang: string): DateFormat {
  const locale = lang.toLowerCase() === 'en' ? 'en-GB' : lang;
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (date) => {
    if (!date) return 'undated';
    const [y, m, d] = date.split('-').map(Number);
    if (!m) return String(y);
    const at = new Date(Date.UTC(y!, m - 1, d ?? 1));
    return Number.isNaN(at.getTime()) ? date : (d ? day : month).format(at);
  };
}

export const formatDate = dateFormatter('en');

/**
 * An event's date as lists show it: an expected one (dated after every report of it: a plan, a schedule, a forecast)
 * says so, so that no reader takes it for something that happened (issue 19 item 5).
 */
export function eventWhen(format: DateFormat, event: { date: IsoDate | null; expected?: true }): string {
  return event.expected ? `${format(event.date)}, expected` : format(event.date);
}

export const ROLE_LABEL: Record<string, string> = { actor: 'Actor', target: 'Target', place: 'Place', other: 'Involved' };

/** Longest `<title>`: search engines and tabs cut longer ones anyway, so the page cuts it at a word itself. */
export const MAX_TITLE = 70;
/** The page's `<title>`: its heading and the site's name, the heading shortened at a word if the whole is too long. */
export function documentTitle(heading: string, siteTitle: string): string {
  const suffix = heading === siteTitle ? '' : ` · ${siteTitle}`;
  const room = Math.max(20, MAX_TITLE - suffix.length);
  if (heading.length <= room) return heading + suffix;
  const cut = heading.slice(0, room - 1).replace(/[\s,;:–—-]+\S*$/, '');
  return `${cut || heading.slice(0, room - 1)}…${suffix}`;
}

/** The long lists of entity and event pages (src/graph/listings.ts, `subList`) and what their sub-pages are called. */
export type PageListKey = 'mentions' | 'authored' | 'events' | 'quotes' | 'spellings' | 'sources' | 'participants';
const LIST_NOUN: Record<PageListKey, [one: string, many: string]> = {
  mentions: ['article naming', 'articles naming'],
  authored: ['article by', 'articles by'],
  events: ['event of', 'events of'],
  quotes: ['quote of', 'quotes of'],
  spellings: ['spelling of', 'spellings of'],
  sources: ['source of', 'sources of'],
  participants: ['participant in', 'participants in'],
};
/**
 * "210 more events of X": the link from a page to its list's sub-pages, which hold what the page does not show,
 * and their heading without the count ("More events of X").
 */
export function listTitle(list: PageListKey, name: string, count?: number): string {
  const [one, many] = LIST_NOUN[list];
  return count === undefined ? `More ${many} ${name}` : `${count} more ${count === 1 ? one : many} ${name}`;
}
