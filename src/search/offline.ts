/**
 * Search without a server. Browsers block module scripts, fetch and WebAssembly on file:// pages, so Pagefind
 * cannot run there (Pagefind #202, #241). The offline index is built here, ahead of time, as classic scripts the
 * search page adds on demand (`<script>` elements load from file://):
 *
 * - `search/index/meta.js`: the number of pages, how words are cut into terms, which term files exist, and the pages'
 *   groups. Pages are numbered in (kind, source, date, URL) order, so a filter by kind, source or period is a few
 *   ranges of numbers and a page's date is found from its number: no per-page table is loaded to filter or sort.
 * - `search/index/t-<prefix>.js`: the terms that begin with a two-character prefix, each with its postings
 *   (page number, score, and the number of words of the page's title when the term is one of them). A query loads
 *   one such file per word.
 * - `search/index/d-<n>.js`: what a result shows (URL, title, one line of text) for a block of pages, loaded only
 *   for the results on screen.
 *
 * Scores are BM25F over the record's fields with the weights of src/search/ranking.ts, the same table Pagefind's
 * HTML gets, so both modes agree on the first results. The page's script (`search/search.js`, from search-page.js)
 * and the engine (`search/engine.js`, from offline-engine.js) are files too, so the Content-Security-Policy needs
 * no inline code.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promises as fs, statSync } from 'node:fs';
import type { SearchRecord } from './records.ts';
import { RANKING } from './ranking.ts';
import { linkTree, listTree, removeTree, statOrNull, writeOrLink } from '../util/files.ts';
import { codeVersion } from '../util/code-version.ts';
import { shardKey, terms, TERMS } from './terms.ts';
import { buildNames, namesFile, type NameEvent } from './names.ts';
import { readLayout, type SearchLayout } from './layout.ts';
import { middleOf, sharedAffixes } from '../util/affixes.ts';

export const OFFLINE_DIR = 'search';

/** A file name for a shard key: the key itself when it is plain ASCII, else its code points. */
export function shardFile(key: string): string {
  return /^[a-z0-9]+$/.test(key) ? `t-${key}.js` : `t-x-${[...key].map((c) => c.codePointAt(0)!.toString(16)).join('-')}.js`;
}

/** Pages per display block: a result list of 20 loads at most 20 blocks, each a few KB to tens of KB. */
export const DOC_BLOCK = 64;

/** BM25 constants, the usual ones. */
const K1 = 1.2;
const B = 0.75;
/** Scores are stored as integers in hundredths; the title's word count rides along in the low bits. */
const SCORE_SCALE = 100;
export const TITLE_BITS = 4;
const TITLE_MAX = 2 ** TITLE_BITS - 1;

type FieldName = 'title' | 'aliases' | 'text';
interface Field { name: FieldName; text: string; weight: number }

/**
 * What is searched in a record, with its weight: the title (an entity's name, an event's title, an article's
 * headline), an entity's other spellings, and the record's text (an article's excerpt, an entity's curated
 * description). Pagefind finds a word of the description an entity record shows as well (src/search/pagefind.ts,
 * recordHtml), so the offline index searches it too, with the weight of body text.
 */
function fields(r: SearchRecord): Field[] {
  const title = r.kind === 'article' ? RANKING.headline : r.kind === 'event' ? RANKING.eventTitle : RANKING.entityName;
  return [
    { name: 'title', text: r.title, weight: title.weight },
    { name: 'aliases', text: r.aliases, weight: RANKING.alias.weight },
    { name: 'text', text: r.text, weight: RANKING.text.weight },
  ];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The offline order of pages: by kind, source, date (undated first within a group of kind and source), URL. */
export function offlineOrder(records: readonly SearchRecord[]): SearchRecord[] {
  const key = (r: SearchRecord) => [r.kind, r.source ?? '', r.date ?? ''];
  return [...records].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return compare(ka[i]!, kb[i]!);
    return compare(a.url, b.url);
  });
}

export interface OfflineIndex {
  meta: {
    pages: number;
    terms: typeof TERMS;
    block: number;
    titleBits: number;
    /** Shard key → its file in search/index/. */
    shards: Record<string, string>;
    kinds: string[];
    sources: string[];
    /** [kind index, source index or -1, date or "", first page number], in page order. */
    groups: [number, number, string, number][];
  };
  /** Shard key → term → flat postings [page number delta, score << titleBits | title words, …]. */
  shards: Map<string, Record<string, number[]>>;
  /** Display rows [url, title, text] per block of DOC_BLOCK pages. */
  blocks: [string, string, string][][];
}

export function buildOfflineIndex(records: readonly SearchRecord[]): OfflineIndex {
  const pages = offlineOrder(records);
  const kinds = [...new Set(pages.map((r) => r.kind))].sort(compare);
  const sources = [...new Set(pages.map((r) => r.source).filter((s): s is string => !!s))].sort(compare);
  const groups: OfflineIndex['meta']['groups'] = [];
  for (const [id, r] of pages.entries()) {
    const g: [number, number, string, number] = [kinds.indexOf(r.kind), r.source ? sources.indexOf(r.source) : -1, r.date ?? '', id];
    const last = groups.at(-1);
    if (!last || last[0] !== g[0] || last[1] !== g[1] || last[2] !== g[2]) groups.push(g);
  }

  // Per field, the average length in terms, for BM25F's length normalisation.
  const tokenised = pages.map((r) => fields(r).map((f) => ({ ...f, terms: terms(f.text) })));
  const avg = new Map<FieldName, number>();
  for (const name of ['title', 'aliases', 'text'] as const) {
    const lengths = tokenised.flatMap((fs) => fs.filter((f) => f.name === name && f.terms.length).map((f) => f.terms.length));
    avg.set(name, lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1);
  }
  const postings = new Map<string, number[]>();
  const lastPage = new Map<string, number>();
  for (const [id, fs] of tokenised.entries()) {
    const weighted = new Map<string, number>();
    for (const f of fs) {
      const norm = 1 - B + (B * f.terms.length) / avg.get(f.name)!;
      for (const t of f.terms) weighted.set(t, (weighted.get(t) ?? 0) + f.weight / norm);
    }
    const title = new Set(fs[0]!.terms);
    for (const [t, tf] of weighted) {
      const score = Math.max(1, Math.round(((tf * (K1 + 1)) / (tf + K1)) * SCORE_SCALE));
      const inTitle = title.has(t) ? Math.min(title.size, TITLE_MAX) : 0;
      // Page numbers as deltas from the term's previous page: pages are visited in order, so lists stay sorted.
      const list = postings.get(t) ?? postings.set(t, []).get(t)!;
      list.push(id - (lastPage.get(t) ?? 0), score * 2 ** TITLE_BITS + inTitle);
      lastPage.set(t, id);
    }
  }
  const shards = new Map<string, Record<string, number[]>>();
  for (const t of [...postings.keys()].sort(compare)) {
    const key = shardKey(t);
    (shards.get(key) ?? shards.set(key, {}).get(key)!)[t] = postings.get(t)!;
  }
  const blocks: OfflineIndex['blocks'] = [];
  for (let i = 0; i < pages.length; i += DOC_BLOCK) blocks.push(pages.slice(i, i + DOC_BLOCK).map((r) => [r.url, r.title, r.text]));
  return {
    meta: { pages: pages.length, terms: TERMS, block: DOC_BLOCK, titleBits: TITLE_BITS, shards: Object.fromEntries([...shards.keys()].sort(compare).map((k) => [k, shardFile(k)])), kinds, sources, groups },
    shards,
    blocks,
  };
}

/**
 * Per kind of page, the beginning and end every URL of that kind shares (`entities/` and `.html`): the display rows
 * and the exact-title files write a page's URL without them, and the engine and the search page put them back from
 * meta.js and search.js. 14 bytes on each of 34,000 URLs, 0.45 MB of BBC's offline index (issue 17).
 */
export function urlAffixes(records: readonly SearchRecord[]): Record<string, [string, string]> {
  const byKind = new Map<string, string[]>();
  for (const r of records) (byKind.get(r.kind) ?? byKind.set(r.kind, []).get(r.kind)!).push(r.url);
  return Object.fromEntries([...byKind.keys()].sort(compare).map((kind) => [kind, sharedAffixes(byKind.get(kind)!)]));
}

/** A classic script that hands its data to the search page: `chronicleSearchData(kind, key, data)`. */
function dataScript(kind: string, key: string | number, data: unknown): string {
  // `</` is escaped so the data can never close a script, whatever an article says.
  return `chronicleSearchData(${JSON.stringify(kind)},${JSON.stringify(key)},${JSON.stringify(data).replace(/</g, '\\u003c')});\n`;
}

/**
 * The offline index of `records` written into `outDir`'s search folder. With `liveDir`, the published site this
 * build replaces, each file that site already holds with the same bytes is hard-linked from it instead of written:
 * after one new story, most exact-title files and some term files are unchanged.
 */
export async function writeOfflineSearch(
  outDir: string,
  records: readonly SearchRecord[],
  events?: ReadonlyMap<string, NameEvent[]>,
  liveDir?: string,
  cacheDir?: string,
): Promise<{ bytes: number; files: number }> {
  const dir = path.join(outDir, OFFLINE_DIR);
  const live = liveDir && path.resolve(liveDir) !== path.resolve(outDir) ? path.join(liveDir, OFFLINE_DIR) : null;
  const carry = live && cacheDir ? await carryOver(outDir, live, records, events, cacheDir) : null;
  if (carry?.kept) return carry.kept;
  const written = await writeOffline(outDir, dir, live, records, events);
  if (carry) await carry.save(written);
  return written;
}

/** writeOfflineSearch's work: every file of the offline index made, and written or linked from `live`. */
async function writeOffline(
  outDir: string,
  dir: string,
  live: string | null,
  records: readonly SearchRecord[],
  events?: ReadonlyMap<string, NameEvent[]>,
): Promise<{ bytes: number; files: number }> {
  const place = (rel: string, text: string) => writeOrLink(path.join(dir, rel), text, live && path.join(live, rel));
  for (const sub of ['index', 'names']) {
    await fs.rm(path.join(dir, sub), { recursive: true, force: true });
    await fs.mkdir(path.join(dir, sub), { recursive: true });
  }
  const names = buildNames(records, events);
  const urls = urlAffixes(records);
  const layout = (await readLayout(outDir, names.buckets)) ?? { parts: [], years: null, names: names.buckets };
  place('search.js', pageScript(await fs.readFile(fileURLToPath(new URL('./search-page.js', import.meta.url)), 'utf8'), { ...layout, urls }));
  place('engine.js', await fs.readFile(fileURLToPath(new URL('./offline-engine.js', import.meta.url)), 'utf8'));
  const index = buildOfflineIndex(records);
  const files: [string, string][] = [['meta.js', dataScript('meta', '', { ...index.meta, urls })]];
  for (const [key, shard] of index.shards) files.push([shardFile(key), dataScript('terms', key, shard)]);
  const kindOf = new Map(records.map((r) => [r.url, r.kind]));
  const short = (url: string, kind = kindOf.get(url)!) => middleOf(url, urls[kind]!);
  for (const [n, rows] of index.blocks.entries()) files.push([`d-${n}.js`, dataScript('docs', n, rows.map(([url, ...rest]) => [short(url), ...rest]))]);
  const namesOnDisk = names.files.map((file) => file.map(([url, title, kind, own]) => {
    const entry: unknown[] = [short(url, kind), title, kind];
    return own ? [...entry, own.map(([e, ...rest]) => [short(e, 'event'), ...rest])] : entry;
  }));
  // One file after another, synchronously (src/util/files.ts says why).
  for (const [bucket, file] of namesOnDisk.entries()) place(`names/${namesFile(bucket)}`, JSON.stringify(file));
  for (const [name, text] of files) place(`index/${name}`, text);
  return { bytes: files.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0), files: files.length };
}

/**
 * What the offline folder of the last build with this cache was made from, and what it wrote: the fingerprint of its
 * input, each file's size, modification time and inode as written (as the render state keeps them,
 * src/site/incremental.ts), and its figures.
 */
interface OfflineState {
  fingerprint: string;
  files: Record<string, { size: number; mtimeMs: number; ino: number }>;
  figures: { bytes: number; files: number };
}

/**
 * The offline folder carried over whole from the published site (`live`) when its input is the last build's and
 * the published files are the ones it wrote: its terms, page numbers and display blocks are functions of the
 * records, the names' events, the code and the Pagefind layout, and making them again took 4 s of a Reuters
 * rebuild whose records had not changed (issue 17). Otherwise `save` records what the new build writes.
 */
async function carryOver(
  outDir: string,
  live: string,
  records: readonly SearchRecord[],
  events: ReadonlyMap<string, NameEvent[]> | undefined,
  cacheDir: string,
): Promise<{ kept: { bytes: number; files: number } | null; save: (figures: { bytes: number; files: number }) => Promise<void> }> {
  const hash = createHash('sha256').update(codeVersion(['src/search/offline.ts'])).update('\0');
  hash.update(JSON.stringify(records)).update('\0').update(JSON.stringify(events ? [...events] : null)).update('\0');
  const fingerprint = hash.update(JSON.stringify(await readLayout(outDir, 0))).digest('hex');
  const stateFile = path.join(cacheDir, 'offline', `${createHash('sha256').update(path.resolve(live)).digest('hex').slice(0, 16)}.json`);
  const state = JSON.parse(await fs.readFile(stateFile, 'utf8').catch(() => 'null')) as OfflineState | null;
  const dir = path.join(outDir, OFFLINE_DIR);
  const save = async (figures: { bytes: number; files: number }) => {
    const files: OfflineState['files'] = {};
    for (const rel of await listTree(dir)) {
      const { size, mtimeMs, ino } = statSync(path.join(dir, rel));
      files[rel] = { size, mtimeMs, ino };
    }
    await fs.mkdir(path.dirname(stateFile), { recursive: true });
    await fs.writeFile(stateFile, JSON.stringify({ fingerprint, files, figures } satisfies OfflineState));
  };
  if (state?.fingerprint !== fingerprint || !(await unchanged(live, state.files))) return { kept: null, save };
  removeTree(dir);
  linkTree(live, dir);
  return { kept: state.figures, save };
}

/** Whether `dir` holds exactly the files recorded, each with its recorded size, modification time and inode. */
async function unchanged(dir: string, files: OfflineState['files']): Promise<boolean> {
  const found = await listTree(dir).catch(() => null);
  if (!found || found.length !== Object.keys(files).length) return false;
  for (const rel of found) {
    const known = files[rel];
    const st = known ? statOrNull(path.join(dir, rel)) : null;
    if (!st || st.size !== known!.size || st.mtimeMs !== known!.mtimeMs || st.ino !== known!.ino) return false;
  }
  return true;
}

/** The line of search-page.js that the build fills with the index's layout (src/search/layout.ts). */
const LAYOUT_LINE = /^ {2}var BUILD = null;$/m;

/**
 * The search page's script with the index's layout written in: every part with its cache tag, and the number of
 * exact-title files, so the page computes a name's file with no request before it.
 */
export function pageScript(source: string, layout: SearchLayout): string {
  if (!LAYOUT_LINE.test(source)) throw new Error('search-page.js: the `var BUILD = null;` line is missing');
  return source.replace(LAYOUT_LINE, () => `  var BUILD = ${JSON.stringify(layout).replace(/</g, '\\u003c')};`);
}
