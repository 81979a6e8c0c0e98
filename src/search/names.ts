import type { SearchRecord } from './records.ts';
import { shardKey, terms } from './terms.ts';

/**
 * The exact-title files, `search/names/n-<code points of a two-character prefix>.json`: every page by its title's
 * terms joined by spaces, as [url, title, kind]. Over http the search page reads the one file for its query to put
 * a page whose title is the query first even when Pagefind ranks it below the results it loads (search-page.js).
 */
export function namesFile(key: string): string {
  return `n-${[...key].map((c) => c.codePointAt(0)!.toString(16)).join('-')}.json`;
}

export function buildNames(records: readonly SearchRecord[]): Map<string, Record<string, [string, string, string][]>> {
  const files = new Map<string, Record<string, [string, string, string][]>>();
  const sorted = [...records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const r of sorted) {
    const name = terms(r.title).join(' ');
    if (!name) continue;
    const key = shardKey(name);
    const file = files.get(key) ?? files.set(key, {}).get(key)!;
    (file[name] ??= []).push([r.url, r.title, r.kind]);
  }
  return files;
}

