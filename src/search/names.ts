import type { SearchRecord } from './records.ts';
import { terms } from './terms.ts';
import type { SiteModel } from '../graph/site-model.ts';

/**
 * The exact-title files, `search/names/n-<bucket>.json`: every page as [url, title, kind], an entity's page with its
 * newest events as [url, title, date], found by its name: its title's terms joined by spaces. The page computes a
 * page's name from its title with the same rule (src/search/terms.ts), so a file lists the pages alone, in order of
 * name and URL, not keyed by name: the keys were 21% of the files' bytes (333 KB of BBC's 1.56 MB). Over http the search page
 * reads the one file for its query and shows the pages titled as the query, and a name's events, before Pagefind
 * has loaded, and puts those pages first even when Pagefind ranks them below the results it loads (search-page.js).
 *
 * A name goes to a bucket by a hash of the name, not by its first letters: a lookup is by the whole name, and
 * prefixes are as uneven as the names (Reuters' "ja" file held 121 KB, every title starting "ja"; cut by longer
 * prefixes down to 4 KB files, the list of which files exist would have been 114 KB: measured on the Reuters site).
 * With a hash the files are all about the same size and the page needs only their number, which the build writes
 * into search.js (src/search/offline.ts): no list and no request before the file.
 */
export type NameEvent = [url: string, title: string, date: string | null];
export type NameEntry = [url: string, title: string, kind: string] | [url: string, title: string, kind: string, events: NameEvent[]];

/**
 * Events listed under a name's own page in the first results: its newest few, as a reference work lists what
 * happened to a subject lately. They come from the same small file as the page, before Pagefind has loaded.
 */
export const NAME_EVENTS = 5;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each entity page's newest events (NAME_EVENTS of them, newest first, undated last), by the page's URL. */
export function nameEvents(model: SiteModel): Map<string, NameEvent[]> {
  const byUrl = new Map<string, NameEvent[]>();
  for (const e of model.entities) {
    if (!e.events.length) continue;
    const newest = [...e.events].sort((a, b) => cmp(b.date ?? '', a.date ?? '') || cmp(a.url, b.url));
    byUrl.set(e.url, newest.slice(0, NAME_EVENTS).map((ev) => [ev.url, ev.title, ev.date]));
  }
  return byUrl;
}

/** What a names file aims at, in bytes: one round trip brings it, so the first results cost a few KB. */
export const NAMES_FILE_BYTES = 4096;

/**
 * The bucket of a name: FNV-1a over its UTF-16 code units, so the page script (search-page.js, `nameBucket`)
 * computes the same number. `buckets` is a power of two.
 */
export function nameBucket(name: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (buckets - 1);
}

export function namesFile(bucket: number): string {
  return `n-${bucket}.json`;
}

/**
 * Every page in the bucket of the name its title makes: as many buckets as files of NAMES_FILE_BYTES need (a power
 * of two, so the bucket is a mask of the hash), each file's pages in order of name, then URL.
 */
export function buildNames(records: readonly SearchRecord[], events: ReadonlyMap<string, NameEvent[]> = new Map()): { buckets: number; files: NameEntry[][] } {
  const byName = new Map<string, NameEntry[]>();
  let bytes = 0;
  const sorted = [...records].sort((a, b) => cmp(a.url, b.url));
  for (const r of sorted) {
    const name = terms(r.title).join(' ');
    if (!name) continue;
    const own = events.get(r.url);
    const entry: NameEntry = own ? [r.url, r.title, r.kind, own] : [r.url, r.title, r.kind];
    (byName.get(name) ?? byName.set(name, []).get(name)!).push(entry);
    bytes += JSON.stringify(entry).length + 1;
  }
  const buckets = 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(bytes / NAMES_FILE_BYTES))));
  const files = Array.from({ length: buckets }, () => [] as NameEntry[]);
  for (const name of [...byName.keys()].sort()) files[nameBucket(name, buckets)]!.push(...byName.get(name)!);
  return { buckets, files };
}
