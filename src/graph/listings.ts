/**
 * The listing pages, bounded (issue 21): the timeline and the articles split by year and month, the type indexes
 * by initial, each page at most LISTING_PAGE_SIZE items, the rest on numbered pages. Derived once from the site
 * model's lists, like everything the pages show.
 *
 * URLs only grow: a year's page exists once the year has an item; its month pages appear when the year outgrows
 * one page, and numbered pages when a month or an initial does. An archive that gains articles keeps every
 * listing URL it had.
 */
import type { EntityType, IsoDate } from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import { TYPE_LABEL, urls, type SiteUrl } from '../util/urls.ts';

/** Items on one listing page: with the frame, well under the 1,500 elements of issue 21's budget. */
export const LISTING_PAGE_SIZE = 200;
/** The most mentioned names of a type, listed on its index's first page beside the A–Z bar. */
export const INDEX_TOP = 60;

export interface ListingLink { label: string; url: SiteUrl; count: number }

/** One bounded listing page. */
export interface ListingPage<T> {
  url: SiteUrl;
  title: string;
  /** The trail from Home to the page's parent. */
  crumbs: [label: string, to: SiteUrl][];
  /** Items in the whole period or initial, over all its pages. */
  count: number;
  /** What this page lists, in groups (the months of a year); at most LISTING_PAGE_SIZE items in all. */
  groups: { id: string; label: string; items: T[] }[];
  /** Finer pages (the months of a year too crowded for one page). */
  parts: ListingLink[];
  /** Numbered pages of one period or initial; null when it fits on one. */
  pager: { pages: ListingLink[]; current: number } | null;
}

/** The periods of a dated listing: years (newest first), each with its months linked from the overview. */
export interface PeriodOverview { years: (ListingLink & { months: ListingLink[] })[]; undated: ListingLink | null }

export interface TypeIndex {
  /** A–Z and "#" (digits and other scripts), each with its count; a letter with no name has no page. */
  letters: (ListingLink & { key: string })[];
  top: { id: string; url: SiteUrl; name: string; mentions: number }[];
  pages: ListingPage<{ id: string; url: SiteUrl; name: string; mentions: number }>[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** Groups consecutive runs by key: the items are sorted, so each key is one run, in order. */
function runs<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const out: [string, T[]][] = [];
  for (const item of items) {
    const k = key(item);
    const last = out.at(-1);
    if (last && last[0] === k) last[1].push(item);
    else out.push([k, [item]]);
  }
  return out;
}

/** One list on numbered pages: `url(1)`, `url(2)`… */
function pagedList<T>(items: readonly T[], url: (page: number) => SiteUrl, title: string, crumbs: ListingPage<T>['crumbs'], groupId: string): ListingPage<T>[] {
  const parts = chunks(items, LISTING_PAGE_SIZE);
  const pages = parts.map((_, i) => ({ label: String(i + 1), url: url(i + 1), count: parts[i]!.length }));
  return parts.map((part, i) => ({
    url: url(i + 1),
    title: parts.length > 1 ? `${title} (page ${i + 1} of ${parts.length})` : title,
    crumbs,
    count: items.length,
    groups: [{ id: groupId, label: title, items: part }],
    parts: [],
    pager: parts.length > 1 ? { pages, current: i } : null,
  }));
}

/**
 * Dated items (newest first, undated last, as the model sorts them) as a page per year; a year with more than
 * LISTING_PAGE_SIZE items links a page per month instead (a date of a year only is "month unknown"), a month with
 * more links a page per day (a date of a month only is "day unknown"), and a day with more is on numbered pages.
 * Undated items, when kept, are on numbered pages of their own.
 */
export function periodListing<T extends { date: IsoDate | null }>(
  items: readonly T[],
  opts: { url: (period: string, page: number) => SiteUrl; crumbs: [string, SiteUrl][]; undated?: string },
): { overview: PeriodOverview; pages: ListingPage<T>[] } {
  const pages: ListingPage<T>[] = [];
  const years: PeriodOverview['years'] = [];
  const dated = items.filter((i) => i.date);
  for (const [year, inYear] of runs(dated, (i) => i.date!.slice(0, 4))) {
    const yearUrl = opts.url(year, 1);
    const crumbs = [...opts.crumbs, [year, yearUrl] as [string, SiteUrl]];
    const months = subPeriods(inYear, 7, `${year}-no-month`, (key) => `${MONTHS[Number(key.slice(5, 7)) - 1]} ${year}`, `${year}, month unknown`);
    const crowded = inYear.length > LISTING_PAGE_SIZE;
    const monthLinks = months.map((m) => ({ label: m.label, url: (crowded ? opts.url(m.key, 1) : `${yearUrl}#m${m.key}`) as SiteUrl, count: m.list.length }));
    years.push({ label: year, url: yearUrl, count: inYear.length, months: monthLinks });
    pages.push(periodPage(yearUrl, year, opts.crumbs, inYear.length, crowded ? monthLinks : [], crowded ? [] : months.map((m) => ({ id: `m${m.key}`, label: m.label, items: m.list }))));
    if (crowded) for (const m of months) pages.push(...monthPages(m, crumbs, opts.url));
  }
  let undated: ListingLink | null = null;
  const rest = items.filter((i) => !i.date);
  if (opts.undated && rest.length) {
    undated = { label: opts.undated, url: opts.url('undated', 1), count: rest.length };
    pages.push(...pagedList(rest, (n) => opts.url('undated', n), opts.undated, opts.crumbs, 'undated'));
  }
  return { overview: { years, undated }, pages };
}

interface SubPeriod<T> { key: string; label: string; list: T[] }

/** The runs of a period's items by a longer date prefix (`length` characters), items with a shorter date under `unknownKey`. */
function subPeriods<T extends { date: IsoDate | null }>(items: readonly T[], length: number, unknownKey: string, label: (key: string) => string, unknownLabel: string): SubPeriod<T>[] {
  return runs(items, (i) => (i.date!.length >= length ? i.date!.slice(0, length) : unknownKey)).map(([key, list]) => ({
    key,
    label: key === unknownKey ? unknownLabel : label(key),
    list,
  }));
}

function periodPage<T>(url: SiteUrl, title: string, crumbs: [string, SiteUrl][], count: number, parts: ListingLink[], groups: ListingPage<T>['groups']): ListingPage<T> {
  return { url, title, crumbs, count, groups, parts, pager: null };
}

/**
 * A month of a crowded year: one page (numbered pages if need be) or, past LISTING_PAGE_SIZE items, a page that
 * links a page per day, a day being on numbered pages when even it is crowded.
 */
function monthPages<T extends { date: IsoDate | null }>(month: SubPeriod<T>, crumbs: [string, SiteUrl][], url: (period: string, page: number) => SiteUrl): ListingPage<T>[] {
  if (month.list.length <= LISTING_PAGE_SIZE || month.key.endsWith('no-month')) return pagedList(month.list, (n) => url(month.key, n), month.label, crumbs, `m${month.key}`);
  const monthUrl = url(month.key, 1);
  const monthName = month.label.replace(/ \d+$/, '');
  const days = subPeriods(month.list, 10, `${month.key}-no-day`, (key) => `${Number(key.slice(8, 10))} ${month.label}`, `${monthName}, day unknown`);
  const dayLinks = days.map((d) => ({ label: d.label, url: url(d.key, 1), count: d.list.length }));
  const dayCrumbs = [...crumbs, [month.label, monthUrl] as [string, SiteUrl]];
  return [
    periodPage(monthUrl, month.label, crumbs, month.list.length, dayLinks, []),
    ...days.flatMap((d) => pagedList(d.list, (n) => url(d.key, n), d.label, dayCrumbs, `d${d.key}`)),
  ];
}

/**
 * One long list of an entity or event page (its mentions, events, quotes…): the page shows the first `shown`
 * items and, when there are more, links numbered sub-pages (urls.subpage) that hold the rest, `perPage` each.
 * Items `from` to `to` (exclusive) of the list are on a sub-page. The sub-pages continue the page's list and do not
 * print its first items again: on BBC that repeat was 1.2 MB of 409 entities' sub-pages (issue 17). The sub-pages belong to their page: they are
 * rendered with it (src/site/incremental.ts).
 */
export interface SubList {
  /** The list's key, which names its sub-pages (`mentions` → `entities/x/mentions.html`). */
  list: string;
  total: number;
  /** How many items the page itself shows. */
  shown: number;
  /** The sub-pages, numbered; empty when the page shows every item. */
  pages: (ListingLink & { from: number; to: number })[];
}

/** The sub-pages of a page's lists, in order. */
export const subpageUrls = (lists: Record<string, SubList>): SiteUrl[] => Object.values(lists).flatMap((l) => l.pages.map((p) => p.url));

export function subList(owner: SiteUrl, list: string, total: number, shown: number, perPage: number): SubList {
  const pages: SubList['pages'] = [];
  if (total > shown) {
    for (let from = shown, n = 1; from < total; from += perPage, n++) {
      const to = Math.min(total, from + perPage);
      pages.push({ label: String(n), url: urls.subpage(owner, list, n), count: to - from, from, to });
    }
  }
  return { list, total, shown: Math.min(total, shown), pages };
}

/** The initial a name is filed under: its first letter without accents, A–Z, else "#". */
export function initialOf(name: string): string {
  const first = name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

const INITIALS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
/** The file name of an initial's page: the letter, or "other" for "#". */
export const initialKey = (initial: string) => (initial === '#' ? 'other' : initial.toLowerCase());

/**
 * A type's index: the names (sorted by name, as `sorted` is) filed by initial, a page per initial with numbered
 * pages past LISTING_PAGE_SIZE, and the INDEX_TOP most mentioned for the first page.
 */
export function typeIndex(type: EntityType, sorted: readonly { id: string; url: SiteUrl; name: string; mentions: number }[]): TypeIndex {
  const byInitial = new Map<string, (typeof sorted)[number][]>();
  for (const e of sorted) {
    const k = initialOf(e.name);
    const list = byInitial.get(k);
    if (list) list.push(e);
    else byInitial.set(k, [e]);
  }
  const label = TYPE_LABEL[type].many;
  const crumbs: [string, SiteUrl][] = [['Home', urls.home], [label, urls.entityIndex(type)]];
  const letters = INITIALS.map((initial) => ({
    key: initial,
    label: initial,
    url: urls.entityIndexPage(type, initialKey(initial), 1),
    count: byInitial.get(initial)?.length ?? 0,
  }));
  const pages = INITIALS.filter((i) => byInitial.has(i)).flatMap((initial) =>
    pagedList(byInitial.get(initial)!, (n) => urls.entityIndexPage(type, initialKey(initial), n), `${label}: ${initial === '#' ? 'other initials' : initial}`, crumbs, `i-${initialKey(initial)}`));
  const top = [...sorted].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, INDEX_TOP);
  return { letters, top, pages };
}

export function typeIndexes(indexes: Record<EntityType, readonly { id: string; url: SiteUrl; name: string; mentions: number }[]>): Record<EntityType, TypeIndex> {
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, typeIndex(t, indexes[t])])) as Record<EntityType, TypeIndex>;
}
