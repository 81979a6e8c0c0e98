/**
 * Index: Pagefind's Node API. Article pages are indexed from the written HTML (after Astro, so the index matches
 * what readers see; pages opt in with `data-pagefind-body` and carry their `kind` filter and `date` sort key, see
 * src/site/Layout.astro). Entity and event pages — nine in ten of a site's pages — are indexed as compact custom
 * records (name, other spellings, one sentence: src/search/records.ts, the same records as the offline index)
 * instead of their full HTML, which repeats the articles' sentences: that cut Pagefind's time and its index size
 * by more than half on the BBC corpus and keeps its memory within bounds on large archives (bench/RESULTS.md).
 * A word from an article's text still finds the article.
 *
 * Parts. Pagefind cannot update an index, and on a large archive indexing is the longest step of a rebuild. So a
 * large site's index is cut into parts by period (src/search/parts.ts) — each a Pagefind bundle of its own under
 * `pagefind/part-<key>/`, the earliest part at `pagefind/` itself — and the search page merges them. A part is
 * written again only when its input changed: a rebuild after adding a story re-indexes the story's period, and
 * carries the other parts over from the published site (their fingerprints are kept in the cache folder). A
 * carried-over part is the same bytes as a freshly written one, so a rebuild equals a fresh build.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';
import type { Progress } from '../util/progress.ts';
import { isUndatedPart, planParts, PARTS_FILE, type IndexPart } from './parts.ts';
import { codeVersion } from '../util/code-version.ts';
import { mapLimited } from '../util/concurrency.ts';
import { linkTree, writeOrLink } from '../util/files.ts';
import { RANKING } from './ranking.ts';
import { escapeMarkup as esc } from '../util/escape.ts';

export interface IndexOptions {
  progress?: Progress;
  /** The cache folder: where the parts' fingerprints are kept between builds. */
  cacheDir?: string;
  /**
   * The published site this build will replace: unchanged parts are carried over from its `pagefind/` (hard-linked,
   * never moved, so it stays whole if the build fails), and the parts' fingerprints are kept per published folder.
   */
  liveDir?: string;
  /** Records per part (tests make it small to exercise several parts). */
  maxPartRecords?: number;
}

interface IndexState {
  version: string;
  /** Part folder → fingerprint of its input, and the hash of the pagefind-entry.json written for it. */
  parts: Record<string, { fingerprint: string; entry: string }>;
  /**
   * Article page → the size, modification time and inode of its file and the hash of what Pagefind reads of it: a
   * page whose file is still the one hashed (carried over by a hard link, which keeps all three; a page rendered again
   * is a new file, with a new inode even where size and time agree) is not read again to tell
   * whether its part changed, as the render state trusts a page's size and time (src/site/incremental.ts).
   */
  pages?: Record<string, PageSeen>;
}

interface PageSeen { size: number; mtimeMs: number; ino: number; hash: string }

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The files Pagefind writes into every bundle for its own ready-made search interfaces and result highlighting.
 * The search page has its own interface (search-page.js) and loads only pagefind.js, its worker, the WebAssembly,
 * the metadata and the index: these 434 KB a part (1.3 MB of BBC's three parts) are never loaded, so they are not
 * put into the site.
 */
export const PAGEFIND_UNUSED = new Set([
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js',
]);

/**
 * Of another part than the root, the files the search page never loads from it: Pagefind's script and worker (the
 * page imports the root's pagefind.js, and its one web worker, started from the root, serves every instance) and
 * the WebAssembly of languages the part's entry does not name. A merged part (mergeIndex) uses the root's
 * WebAssembly; a part searched alone for a date-sorted list (createInstance) loads its entry's language's from its
 * own folder, so that one stays. 145 KB a part: 0.9 MB of BBC's 7 parts.
 */
async function rootOnlyFiles(bundle: string): Promise<(name: string) => boolean> {
  const wasm = await wasmNamed(bundle);
  return (name) => name === 'pagefind.js' || name === 'pagefind-worker.js' || (/^wasm\..+\.pagefind$/.test(name) && !wasm.has(name));
}

/** The WebAssembly files a bundle's entry names, one per language (Pagefind loads `wasm.unknown` for a language without its own). */
async function wasmNamed(bundle: string): Promise<Set<string>> {
  const entry = JSON.parse(await fs.readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  return new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
}

/**
 * Of the root part, the WebAssembly of a language no part's entry names: Pagefind writes `wasm.unknown.pagefind`
 * into every bundle, and every language here is English (`forceLanguage`), whose own file the search page loads
 * (55 KB of BBC's site).
 */
async function unnamedWasm(bundles: readonly string[]): Promise<(name: string) => boolean> {
  const named = new Set((await Promise.all(bundles.map(wasmNamed))).flatMap((s) => [...s]));
  return (name) => /^wasm\..+\.pagefind$/.test(name) && !named.has(name);
}

/**
 * Parts indexed at once. A part's records go to Pagefind in order, a window at a time (see writePart), so a part
 * waits on the round trips to Pagefind's process; more parts in flight keep that process busy. 5,000 Reuters stories (21 parts), index
 * stage median of 3: 2 at once 27.1 s, 6 at once 24.1 s, Pagefind's memory 290 -> 360 MB; same bytes.
 */
const PARTS_AT_ONCE = 6;

export async function indexSite(
  outDir: string,
  records: readonly SearchRecord[],
  opts: IndexOptions = {},
): Promise<{ pages: number; parts: number; reusedParts: number }> {
  const { progress } = opts;
  const root = path.resolve(outDir);
  const live = opts.liveDir && path.resolve(opts.liveDir) !== root ? path.resolve(opts.liveDir) : null;
  const parts = planParts(records, opts.maxPartRecords);
  const stateFile = opts.cacheDir ? path.join(opts.cacheDir, 'search', `${sha256(live ?? root).slice(0, 16)}.json`) : null;
  const state = stateFile ? await readState(stateFile) : null;
  // The code version covers this file, what it imports, and package-lock.json (so Pagefind's own version).
  const version = codeVersion(['src/search/pagefind.ts']);
  const next: IndexState = { version, parts: {}, pages: {} };
  progress?.start('index', records.length);
  // New parts are written to a staging folder, several at a time (PARTS_AT_ONCE), and put in place when all are
  // done: the earliest part at the bundle root first, as the others' folders go inside it.
  const staging = await fs.mkdtemp(path.join(path.dirname(root), `.${path.basename(root)}-index-`));
  let reusedParts = 0;
  try {
    const built = await buildParts(parts, { root, live, staging, kept: state?.version === version ? state : null, next, progress });
    reusedParts = built.carried.size;
    await placeParts(root, parts, built);
    // For the search page (search-page.js): every part's bundle, in period order, and which are undated; the years
    // the dates span.
    const list = parts.map((p) => ({ path: `${p.dir}/`, undated: isUndatedPart(p.key) }));
    await fs.writeFile(path.join(root, 'pagefind', PARTS_FILE), `${JSON.stringify({ parts: list, years: yearSpan(records) })}\n`);
  } finally {
    await pagefind.close();
    await fs.rm(staging, { recursive: true, force: true });
  }
  if (stateFile) await writeState(stateFile, next);
  progress?.done();
  return { pages: records.length, parts: parts.length, reusedParts };
}

/** What building the parts reads and fills (`buildParts`). */
interface PartsRun {
  root: string;
  /** The published site whose unchanged parts are carried over, if any. */
  live: string | null;
  /** Where new parts are written before they are put in place. */
  staging: string;
  /** The state kept from the last build, when its code version is this one's. */
  kept: IndexState | null;
  /** The state this build keeps, filled as parts are read. */
  next: IndexState;
  progress: Progress | undefined;
}

/** Each part's folder, carried over from the published site where its input is unchanged, else written anew. */
async function buildParts(parts: readonly IndexPart[], run: PartsRun): Promise<{ sources: string[]; carried: Set<number> }> {
  const { root, live, staging, kept, next, progress } = run;
  const seen = kept?.pages ?? {};
  const sources = new Array<string>(parts.length);
  let published: Promise<PublishedFiles> | undefined;
  const carried = new Set<number>();
  await mapLimited(parts, PARTS_AT_ONCE, async (part, i) => {
    const { fingerprint, html } = await partInput(root, part, seen, next.pages!);
    const recorded = kept?.parts[part.dir];
    const previous = live ? path.join(live, part.dir) : null;
    if (recorded?.fingerprint === fingerprint && previous && (await entryHash(previous)) === recorded.entry) {
      next.parts[part.dir] = recorded;
      sources[i] = previous;
      carried.add(i);
      progress?.tick(part.records.length);
      return;
    }
    sources[i] = path.join(staging, String(i));
    await writePart(part, await readMissing(root, part, html), sources[i], (published ??= publishedFiles(live)), previous, progress);
    next.parts[part.dir] = { fingerprint, entry: (await entryHash(sources[i]))! };
  });
  return { sources, carried };
}

/** The parts' folders put in place under the bundle root: carried ones linked, new ones moved from staging. */
async function placeParts(root: string, parts: readonly IndexPart[], { sources, carried }: { sources: string[]; carried: Set<number> }): Promise<void> {
  await fs.rm(path.join(root, 'pagefind'), { recursive: true, force: true });
  const rootUnused = await unnamedWasm(sources);
  for (const [i, part] of parts.entries()) {
    const to = path.join(root, part.dir);
    // The root part's folder also holds the other parts' folders and the parts list: those are not its own (the
    // list is written after, as a new file (indexSite); linked, that write would change the published list mid-build).
    const rootOnly = i === 0 ? null : await rootOnlyFiles(sources[i]!);
    const skip = (name: string) =>
      PAGEFIND_UNUSED.has(name) || (i === 0 ? name.startsWith('part-') || name === PARTS_FILE || rootUnused(name) : rootOnly!(name));
    if (carried.has(i)) linkTree(sources[i]!, to, skip);
    else {
      await fs.mkdir(to, { recursive: true });
      for (const name of await fs.readdir(sources[i]!)) if (!skip(name)) await fs.rename(path.join(sources[i]!, name), path.join(to, name));
    }
  }
}

/** The index state kept for the next build. */
async function writeState(stateFile: string, next: IndexState): Promise<void> {
  await fs.mkdir(path.dirname(stateFile), { recursive: true });
  // Pages in their order, not the order their reads finished: the same build writes the same cache bytes.
  const pages = Object.fromEntries(Object.entries(next.pages ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await fs.writeFile(stateFile, JSON.stringify({ ...next, pages }));
}

/**
 * The fingerprint of a part's input: its records, and the hash of what Pagefind reads of each article page, read
 * only where the page's file is not the one `seen` hashed (those read are kept, to hand to Pagefind from memory if
 * the part is indexed again). Every page's hash goes into `now`.
 */
async function partInput(
  root: string,
  part: IndexPart,
  seen: Readonly<Record<string, PageSeen>>,
  now: Record<string, PageSeen>,
): Promise<{ fingerprint: string; html: Map<number, string> }> {
  const html = new Map<number, string>();
  const hashes = await mapLimited(part.records, 32, async (r, i) => {
    if (r.kind !== 'article') return null;
    const file = path.join(root, r.url);
    const { size, mtimeMs, ino } = statSync(file);
    const known = seen[r.url];
    if (known?.size === size && known.mtimeMs === mtimeMs && known.ino === ino) return (now[r.url] = known).hash;
    const text = indexedHtml(await fs.readFile(file, 'utf8'));
    html.set(i, text);
    return (now[r.url] = { size, mtimeMs, ino, hash: sha256(text) }).hash;
  });
  const hash = createHash('sha256').update(part.dir).update('\0');
  for (const [i, r] of part.records.entries()) {
    hash.update(JSON.stringify(r)).update('\0');
    if (hashes[i] !== null) hash.update(hashes[i]!).update('\0');
  }
  return { fingerprint: hash.digest('hex'), html };
}

/** What Pagefind reads of each article page of a part to be indexed: `html`, with the pages partInput did not read. */
async function readMissing(root: string, part: IndexPart, html: Map<number, string>): Promise<(string | null)[]> {
  return mapLimited(part.records, 32, async (r, i) =>
    r.kind !== 'article' ? null : (html.get(i) ?? indexedHtml(await fs.readFile(path.join(root, r.url), 'utf8'))),
  );
}

/**
 * What Pagefind reads of a page: the `<html>` tag (its language) and the `data-pagefind-body` element, `<main>`,
 * which also holds the page's filter, sort key and metadata (src/site/Layout.astro). Other parts of a page — the
 * preview cards of the pages it links to, say — change more often and never reach the index; a page without a
 * `<main>` counts whole.
 *
 * Without the elements' ids (withoutIds): Pagefind keeps an anchor for each element with an id, with the element's
 * whole text, in the page's fragment, for results that list a page's sections; the search page shows none
 * (search-page.js reads a result's URL, metadata and excerpt), and an article's paragraphs, each with its id for the
 * entity pages' links, were stored twice: BBC's 2,225 article fragments 3.35 → 3.05 MB (issue 17). The page keeps its
 * ids; the words, their places and the excerpts are the same.
 */
export function indexedHtml(html: string): string {
  const open = html.indexOf('<main');
  const close = html.lastIndexOf('</main>');
  if (open < 0 || close < open) return withoutIds(html);
  return `${/<html[^>]*>/.exec(html)?.[0] ?? ''}\n${withoutIds(html.slice(open, close))}</main></html>`;
}

/** A start tag: its name and its attributes, each name alone or with a double-quoted, single-quoted or bare value. */
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
/** One attribute with the space before it; over a start tag's attributes, read one after another from the first. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * `html` with no `id` attribute on any element: every start tag is read attribute by attribute, so an attribute's
 * value that says `id=` (an event's label, say) is never taken for one. Text has no tag in it (every `<` in text is
 * escaped), and a script's content is not read by Pagefind.
 */
export function withoutIds(html: string): string {
  return html.replace(START_TAG, (tag: string, name: string, attributes: string, end: string) => {
    if (!/\sid\s*=/i.test(attributes)) return tag;
    const kept = attributes.replace(ATTRIBUTE, (attribute: string, attrName: string) => (attrName.toLowerCase() === 'id' ? '' : attribute));
    return `<${name}${kept}${end}>`;
  });
}

/** The hash of a bundle's pagefind-entry.json (which names its index files by their hashes), or null. */
async function entryHash(bundle: string): Promise<string | null> {
  const bytes = await fs.readFile(path.join(bundle, 'pagefind-entry.json')).catch(() => null);
  return bytes ? sha256(bytes) : null;
}

async function writePart(
  part: IndexPart,
  html: readonly (string | null)[],
  outputPath: string,
  published: Promise<PublishedFiles>,
  previous: string | null,
  progress?: Progress,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // In a fixed order (the model's), RECORDS_IN_FLIGHT sent ahead of the answers: Pagefind numbers pages in the
    // order it finishes them, and its service handles one message at a time in the order they arrive on its input.
    // Each answer is checked to come in the order sent: were a later Pagefind to answer out of order, page numbers
    // (and so the bytes) would change silently.
    const inFlight: Promise<string | null>[] = [];
    let answered = 0;
    const inOrder = (i: number) => (answered++ === i ? null : `Pagefind answered out of order at ${part.records[i]!.url}`);
    const settleOldest = async () => {
      const problem = await inFlight.shift()!;
      if (problem) throw new Error(problem);
    };
    for (const [i, r] of part.records.entries()) {
      const content = r.kind === 'article' ? withAttributes(html[i]!, r) : recordHtml(r);
      inFlight.push(index.addHTMLFile({ url: `/${r.url}`, content }).then(
        (added) => inOrder(i) ?? (added.errors.length ? `Pagefind could not index ${r.url}: ${added.errors.join('; ')}` : null),
        (err: unknown) => `Pagefind could not index ${r.url}: ${String(err)}`,
      ));
      if (inFlight.length >= RECORDS_IN_FLIGHT) await settleOldest();
      if (i % 256 === 255) progress?.tick(256);
    }
    while (inFlight.length) await settleOldest();
    progress?.tick(part.records.length % 256);
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`Pagefind could not build its index: ${built.errors.join('; ')}`);
    await placeFiles(built.files, outputPath, await published, previous);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Records sent to Pagefind before the first of them is answered. One at a time, a part waited on a round trip
 * between two processes per record, and on a busy machine each trip waits for both to be scheduled: the index
 * stage of a one-story BBC rebuild was 24–34 s for a part of 15,739 records whose own work is about 3 s of CPU.
 */
const RECORDS_IN_FLIGHT = 256;

/** The published index's files: a path inside a part's bundle → the folders of the parts that hold it. */
type PublishedFiles = Map<string, string[]>;

/** Every file of every part the published site's index lists (none without a published site). */
async function publishedFiles(live: string | null): Promise<PublishedFiles> {
  const files: PublishedFiles = new Map();
  if (!live) return files;
  const listed = await fs.readFile(path.join(live, 'pagefind', PARTS_FILE), 'utf8').catch(() => null);
  const parts = listed ? (JSON.parse(listed) as { parts: { path: string }[] }).parts : [];
  for (const { path: dir } of parts) {
    const bundle = path.join(live, dir.replace(/\/$/, ''));
    const names = await fs.readdir(bundle, { recursive: true }).catch(() => [] as string[]);
    for (const name of names) {
      const rel = name.split(path.sep).join('/');
      if (rel.startsWith('part-')) continue; // the root part's folder holds the other parts
      (files.get(rel) ?? files.set(rel, []).get(rel)!).push(bundle);
    }
  }
  return files;
}

/**
 * A part's files, as Pagefind built them in memory, put under `outputPath`: a file the published index already
 * holds with the same bytes — in this part's published folder (`previous`) or, failing that, another part's — is
 * hard-linked from it, any other is written. Pagefind names its index, fragment and filter files by their content,
 * so after one new story nearly every file of a part is one the published site has; its script and WebAssembly are
 * the same in every part. Why not Pagefind's writeFiles: it writes every file of a part again, each from a thread
 * of its own (a few hundred threads for a part of 4,400 records), and on a busy machine these file creations queue
 * on the folder's lock: 3.5–13 s for a part of 4,409 records, mostly system time (bench/RESULTS.md,
 * session 20). The files of Pagefind's own search interfaces (PAGEFIND_UNUSED) are never put there.
 */
async function placeFiles(
  files: readonly { path: string; content: Uint8Array }[],
  outputPath: string,
  published: PublishedFiles,
  previous: string | null,
): Promise<void> {
  const kept = files.filter((f) => !PAGEFIND_UNUSED.has(f.path));
  for (const dir of new Set(kept.map((f) => path.dirname(path.join(outputPath, f.path))))) await fs.mkdir(dir, { recursive: true });
  // One file after another, synchronously (src/util/files.ts says why).
  for (const f of kept) {
    const holders = published.get(f.path) ?? [];
    const holder = previous && holders.includes(previous) ? previous : holders[0];
    writeOrLink(path.join(outputPath, f.path), f.content, holder ? path.join(holder, f.path) : null);
  }
}

/** The first and last year of the records' dates (an open-ended period filter runs to them), or null. */
function yearSpan(records: readonly SearchRecord[]): [number, number] | null {
  let span: [number, number] | null = null;
  for (const r of records) {
    if (!r.date) continue;
    const y = Number(r.date.slice(0, 4));
    span = span ? [Math.min(span[0], y), Math.max(span[1], y)] : [y, y];
  }
  return span;
}

async function readState(file: string): Promise<IndexState | null> {
  try {
    const state = JSON.parse(await fs.readFile(file, 'utf8')) as IndexState;
    return typeof state.version === 'string' && state.parts && typeof state.parts === 'object' ? state : null;
  } catch {
    return null;
  }
}

/**
 * An entity or event page as Pagefind indexes it: a small HTML document with what Layout.astro marks on a page —
 * title and kind as metadata, kind filter, date sort — and the words weighted by src/search/ranking.ts, so a name's
 * own page comes before the headlines that contain it. An entity's curated description is metadata, shown with the
 * result; Pagefind finds its words too (seen in Chromium), so the offline index searches it as body text as well
 * (src/search/offline.ts). Without one the record has no text: its sentences are the articles' (records.ts).
 */
export function recordHtml(r: SearchRecord): string {
  const isEvent = r.kind === 'event';
  const titleWeight = isEvent ? RANKING.eventTitle.weight : RANKING.entityName.weight;
  return [
    '<html lang="en"><body><main data-pagefind-body>',
    `<span data-pagefind-ignore data-pagefind-meta="title">${esc(r.title)}</span>`,
    `<span data-pagefind-ignore data-pagefind-meta="kind">${esc(r.kind)}</span>`,
    `<span data-pagefind-ignore data-pagefind-filter="kind">${esc(r.kind)}</span>`,
    r.date ? `<span data-pagefind-ignore data-pagefind-sort="date">${esc(r.date)}</span>` : '',
    attributesHtml(r),
    `<h1 data-pagefind-weight="${titleWeight}">${esc(r.title)}</h1>`,
    r.aliases ? `<p data-pagefind-weight="${RANKING.alias.weight}">${esc(r.aliases)}</p>` : '',
    r.text ? `<span data-pagefind-ignore data-pagefind-meta="text">${esc(r.text)}</span>` : '',
    '</main></body></html>',
  ].join('');
}


/**
 * What the search page filters and shows beyond a page's kind, title and sort key (which the page itself or
 * recordHtml marks): its date as metadata, its year and month as filters (a period filter is the whole years and
 * the months it covers, search-page.js), and an article's source as a filter. From the record, so article pages
 * need not carry them.
 */
export function attributesHtml(r: SearchRecord): string {
  const span = (attr: string, value: string) => `<span data-pagefind-ignore ${attr}>${esc(value)}</span>`;
  return [
    r.date ? span('data-pagefind-meta="date"', r.date) : '',
    r.date ? span('data-pagefind-filter="year"', r.date.slice(0, 4)) : '',
    r.date && r.date.length >= 7 ? span('data-pagefind-filter="month"', r.date.slice(0, 7)) : '',
    r.source ? span('data-pagefind-filter="source"', r.source) : '',
  ].join('');
}

/** An article's indexed HTML (indexedHtml) with its record's attributes inside its `<main>`. */
function withAttributes(html: string, r: SearchRecord): string {
  const close = html.lastIndexOf('</main>');
  return close < 0 ? html : `${html.slice(0, close)}${attributesHtml(r)}${html.slice(close)}`;
}
