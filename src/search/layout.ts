/**
 * What the search page must know of the built index before its first request, written into search.js by the
 * offline stage (src/search/offline.ts), which runs after Pagefind's: the parts (pagefind/chronicle-parts.json) with
 * each one's files, and the number of exact-title files (src/search/names.ts).
 *
 * Why: Pagefind finds its files one after another — pagefind.js, its web worker, pagefind-entry.json (with a
 * cache-busting time stamp), then the page table and the WebAssembly it names, then a part's entry only once the
 * first part's WebAssembly is ready — each a round trip after the one before (BBC "Tony Blair" at load 10: the
 * worker's script 350 ms, the entry 430 ms, the table and wasm 100 ms, in a row). Knowing the files, the page asks
 * for all of them at once as it opens (`<link rel="preload">`), runs Pagefind on its own thread (no worker script)
 * and gives each part a fixed cache tag (the hash of its entry) instead of the time stamp, so Pagefind's requests
 * find the preloaded answers.
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
  /** The part's page table, `pagefind.<language hash>.pf_meta`. */
  meta: string;
}

export interface SearchLayout {
  parts: PartFiles[];
  /** The first and last year of the pages' dates (an open-ended period filter runs to them), or null. */
  years: [number, number] | null;
  /** The first part's WebAssembly, `wasm.<language>.pagefind`. */
  wasm: string | null;
  /** How many exact-title files there are (src/search/names.ts). */
  names: number;
}

interface Entry { languages: Record<string, { hash: string; wasm?: string }> }

/** The layout of the index under `outDir` (null when it has none), with the number of exact-title files. */
export async function readLayout(outDir: string, names: number): Promise<SearchLayout | null> {
  const listed = await fs.readFile(path.join(outDir, 'pagefind', PARTS_FILE), 'utf8').catch(() => null);
  if (listed === null) return null;
  const { parts, years } = JSON.parse(listed) as { parts: { path: string; undated: boolean }[]; years: [number, number] | null };
  let wasm: string | null = null;
  const files: PartFiles[] = [];
  for (const [i, part] of parts.entries()) {
    const bytes = await fs.readFile(path.join(outDir, part.path, 'pagefind-entry.json'));
    const entry = JSON.parse(bytes.toString('utf8')) as Entry;
    // The site is indexed in one language (src/search/pagefind.ts, forceLanguage).
    const language = Object.keys(entry.languages).sort()[0];
    if (!language) throw new Error(`${part.path}pagefind-entry.json names no language`);
    const { hash, wasm: lang } = entry.languages[language]!;
    if (i === 0) wasm = `wasm.${lang ?? 'unknown'}.pagefind`;
    files.push({ path: part.path, undated: part.undated, tag: createHash('sha256').update(bytes).digest('hex').slice(0, 12), meta: `pagefind.${hash}.pf_meta` });
  }
  return { parts: files, years, wasm, names };
}
