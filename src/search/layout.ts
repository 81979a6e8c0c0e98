/**
 * What the search page must know of the built index before its first request, written into search.js by the
 * offline stage (src/search/offline.ts), which runs after Pagefind's: the parts (pagefind/chronicle-parts.json),
 * each with a fixed cache tag, and the number of exact-title files (src/search/names.ts).
 *
 * Why: the page reads the exact-title file for the query and merges the parts with no request for a list first,
 * and Pagefind asks for a part's entry as `pagefind-entry.json?ts=<tag>` (its `metaCacheTag`, the hash of the entry)
 * instead of a new time stamp each time, so a browser's cache can answer it on a later search. (Preloading every
 * part's files from the page and running Pagefind on the page's thread cut Reuters' ranked list further, but blocked
 * the page: Lighthouse's total blocking time 1,000 ms on the seed site; bench/RESULTS.md, session 9.)
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { PARTS_FILE } from './parts.ts';

export interface PartFiles {
  /** The part's bundle folder from the site root, ending in `/`. */
  path: string;
  undated: boolean;
  /** Pagefind's `metaCacheTag`: the entry is asked for as `pagefind-entry.json?ts=<tag>`. */
  tag: string;
}

export interface SearchLayout {
  parts: PartFiles[];
  /** The first and last year of the pages' dates (an open-ended period filter runs to them), or null. */
  years: [number, number] | null;
  /** How many exact-title files there are (src/search/names.ts). */
  names: number;
  /** Per kind of page, the beginning and end its URLs share, which the exact-title files leave out (offline.ts, urlAffixes). */
  urls?: Record<string, [string, string]>;
}

/** The layout of the index under `outDir` (null when it has none), with the number of exact-title files. */
export async function readLayout(outDir: string, names: number): Promise<SearchLayout | null> {
  const listed = await fs.readFile(path.join(outDir, 'pagefind', PARTS_FILE), 'utf8').catch(() => null);
  if (listed === null) return null;
  const { parts, years } = JSON.parse(listed) as { parts: { path: string; undated: boolean }[]; years: [number, number] | null };
  const files: PartFiles[] = [];
  for (const part of parts) {
    const entry = await fs.readFile(path.join(outDir, part.path, 'pagefind-entry.json'));
    files.push({ path: part.path, undated: part.undated, tag: createHash('sha256').update(entry).digest('hex').slice(0, 12) });
  }
  return { parts: files, years, names };
}
