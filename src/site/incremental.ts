/**
 * Incremental rendering: which article, entity and event pages must Astro render again, and which can be carried
 * over from the previous output unchanged.
 *
 * A page's HTML is a function of its props (its slice of the site model), the build options and the rendering
 * code. So each page gets a key — the hash of those — and the render state (kept in the cache folder, one file
 * per output folder) records the key, size and modification time of every page written. A page is carried over
 * only when its key is unchanged and the file in the output is still the one written; anything else, or any doubt (no
 * state, other code, other options), renders it. The bounded listing pages (timeline and archive periods, type
 * indexes by initial) are keyed the same way by their props (listingKeys); the few pages that read the whole model
 * (home, overviews, search, 404) are always rendered.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import type { SiteModel } from '../graph/site-model.ts';
import { ENTITY_TYPES } from '../types.ts';
import { subpageUrls, type SubList } from '../graph/listings.ts';
import { codeVersion } from '../util/code-version.ts';
import { statOrNull, writeWhole } from '../util/files.ts';

/** Everything page HTML depends on besides the model: the pages and what they import, Astro's config and version. */
export const renderCodeVersion = () => codeVersion(['src/pages', 'src/middleware.ts', 'src/site/compact-html.ts', 'astro.config.mjs', 'package.json']);

/**
 * One page of a dynamic route: its output file (relative to the site root) and its key. An entity or event page
 * comes with the sub-pages of its long lists (src/graph/listings.ts, `subList`), rendered from the same props: they
 * are carried over or rendered again together, under the page's key.
 */
export interface PageKey {
  kind: PageKind;
  id: string;
  file: string;
  subpages: string[];
  key: string;
}

/** Every file of a page: the page, then its sub-pages. */
export const pageFiles = (k: PageKey) => (k.subpages.length ? [k.file, ...k.subpages] : [k.file]);

export type PageKind = 'articles' | 'entities' | 'events' | 'listings';

export interface RenderState {
  /** Code version and build options the pages were rendered with. */
  version: string;
  /**
   * Output file → page key, and the size and modification time of the file written. A file whose size and time are
   * as recorded is taken to hold the bytes written (as make and git do): reading and hashing every page of a large
   * site again took seconds of each rebuild.
   */
  pages: Record<string, { key: string; size: number; mtimeMs: number }>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The page's props as they affect its HTML. One field is left out: the mention count of an entity *referred to*
 * by the page (in linked text, entity lists, related entities). Pages show an entity's count only on its own page
 * and on the listing pages, which are always rendered, and in preview cards, which are not in the pages but in
 * files of their own (src/site/previews.ts); keeping nested counts here would re-render every page that names an
 * entity each time it is mentioned again.
 * tests/incremental.test.ts adds an article naming an existing entity and compares every byte with a fresh build,
 * so a page that starts showing something its key leaves out fails it.
 */
export function pagePropsJson(page: object): string {
  // Stringified whole, then the counts cut out of the text: a replacer function made JSON.stringify call back for
  // every field of every page, the largest cost of a rebuild's render stage after Astro's start (BBC profile).
  // A count is EntityRef's last field, so `,"mentions":` precedes it; in the text of a string every `"` is escaped,
  // so the pattern only ever matches a field.
  const own = (page as { mentions?: unknown }).mentions;
  const json = JSON.stringify(page).replace(REFERRED_COUNT, '');
  return typeof own === 'number' ? `${own}\n${json}` : json;
}

/** A mention count as a field after another in page JSON: the page's own count is kept apart (pagePropsJson). */
const REFERRED_COUNT = /,"mentions":\d+/g;

/** Every page's key: the hash of its props, or the key `known` holds for its URL (a page carried over, src/graph/page-reuse.ts). */
export function pageKeys(model: SiteModel, known?: ReadonlyMap<string, string>): PageKey[] {
  const keys: PageKey[] = [];
  const add = (kind: PageKind, page: { id: string; url: string; lists?: Record<string, SubList> }) => {
    const subpages: string[] = page.lists ? subpageUrls(page.lists) : [];
    keys.push({ kind, id: page.id, file: page.url, subpages, key: known?.get(page.url) ?? sha256(pagePropsJson(page)) });
  };
  for (const a of model.articles) add('articles', a);
  for (const e of model.entities) add('entities', e);
  for (const ev of model.events) add('events', ev);
  return keys;
}

/**
 * Every listing page's key: the hash of the props its route hands it (src/pages/timeline/[period].astro,
 * archive/[period].astro, [typeIndex]/[initial].astro), counts included, since these pages show them. A new story
 * changes the few periods and initials it lands in; the others were rendered again, for nothing, on every rebuild.
 */
export function listingKeys(listings: SiteModel['listings']): PageKey[] {
  const key = (page: { url: string }, props: object): PageKey => ({ kind: 'listings', id: page.url, file: page.url, subpages: [], key: sha256(JSON.stringify(props)) });
  const dated = [...listings.timeline.pages, ...listings.archive.pages].map((page) => key(page, { page }));
  const indexes = ENTITY_TYPES.flatMap((type) => listings.indexes[type].pages.map((page) => key(page, { type, page, letters: listings.indexes[type].letters })));
  return [...dated, ...indexes];
}

/** The state file for one output folder: output folders built from the same cache keep separate states. */
export function stateFile(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, 'render', `${sha256(path.resolve(outDir)).slice(0, 16)}.json`);
}

export async function readState(file: string): Promise<RenderState | null> {
  try {
    const state = JSON.parse(await fs.readFile(file, 'utf8')) as RenderState;
    return typeof state.version === 'string' && state.pages && typeof state.pages === 'object' ? state : null;
  } catch {
    return null;
  }
}

export async function writeState(file: string, state: RenderState): Promise<void> {
  await writeWhole(file, JSON.stringify(state));
}

/**
 * The files of the pages of `keys` that can be carried over from `outDir` as they are: same key as recorded in
 * `state` for the page and each of its sub-pages, and each file there is still the one written: same size and
 * modification time (so a page edited or deleted by hand is rendered again, with its sub-pages).
 */
export async function reusablePages(
  keys: readonly PageKey[],
  state: RenderState | null,
  version: string,
  outDir: string,
  { checkTime = true } = {},
): Promise<Set<string>> {
  const reusable = new Set<string>();
  if (!state || state.version !== version) return reusable;
  const candidates = keys.filter((k) => pageFiles(k).every((f) => state.pages[f]?.key === k.key));
  const asWritten = (file: string) => {
    const stat = statOrNull(path.join(outDir, file));
    const recorded = state.pages[file]!;
    return !!stat?.isFile() && stat.size === recorded.size && (!checkTime || stat.mtimeMs === recorded.mtimeMs);
  };
  // One stat per file, synchronously (src/util/files.ts says why).
  for (const k of candidates) if (pageFiles(k).every(asWritten)) for (const file of pageFiles(k)) reusable.add(file);
  return reusable;
}

/** The state after a render: every page's key and the size and modification time of the file now in `outDir`. */
export async function stateAfterRender(keys: readonly PageKey[], version: string, outDir: string): Promise<RenderState> {
  const files = keys.flatMap((k) => pageFiles(k).map((file) => ({ file, key: k.key })));
  const pages: RenderState['pages'] = {};
  // Keys in model order, so the state file lists pages in a stable order.
  for (const f of files) {
    const { size, mtimeMs } = statSync(path.join(outDir, f.file));
    pages[f.file] = { key: f.key, size, mtimeMs };
  }
  return { version, pages };
}
