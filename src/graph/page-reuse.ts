/**
 * The site model's pages carried over from the cached build (issue 17): an article, entity or event page whose
 * inputs resolve marked unchanged (src/resolve/unchanged.ts) is taken from the site memo — its page key and a light
 * copy of its page — instead of being made and hashed again. Astro carries its file over by that key (src/site/
 * incremental.ts); should the file not be carried over, the page is made whole again (`siteModelOf`'s `complete`).
 *
 * A page is not only its item: it shows the names, dates and titles of what it links, counts and neighbours. So
 * resolve's mark says, besides what is unchanged, which articles a change touches and which entities' event lists it
 * moves (`UnchangedMark`, src/resolve/unchanged.ts), and a page is carried over only when nothing it shows could differ:
 * - an article page when its article is not touched (nor, for a copy, its original changed): its text and sentences
 *   (its own mark), its names and their links, its event markers, its events and copies all change only by a change
 *   that touches it;
 * - an entity page when the entity is unchanged, its events list not moved, and no article it is named or quoted in
 *   touched: its mentions, quotes, bylines, dates and years come from those articles, and every name it is named with
 *   (related names, their counts, the relationship graph, "named with") is named in such an article, where a change
 *   of its own, or of its reference, touches it;
 * - an event page when the event is unchanged, cites no changed article, and every participant's reference and list
 *   of events is as it was (its before and after are its main participant's dated events).
 * Referred names' mention counts are left as they were in a carried page: no page shows them (pagePropsJson), and
 * the listings, indexes and home page are always made from the graph.
 */
import path from 'node:path';
import v8 from 'node:v8';
import { promises as fs } from 'node:fs';
import type { ArticlePage, EntityPage, EventPage, SiteModel } from './site-model.ts';
import { fingerprintsFile, type MarkedGraph, type UnchangedMark } from '../resolve/unchanged.ts';
import { codeVersion } from '../util/code-version.ts';
import { writeWhole } from '../util/files.ts';

/**
 * A carried page: its key (the hash of its whole props, src/site/incremental.ts), its light copy, and that copy as
 * the memo holds it (`bytes`), written again as it is.
 */
export type Carried<P> = Map<string, { page: P; key: string; bytes: Uint8Array }>;
export interface CarriedPages { articles: Carried<ArticlePage>; entities: Carried<EntityPage>; events: Carried<EventPage> }

/**
 * The memo: each page's light copy serialized on its own (v8), so that a rebuild writes the copies it carried as
 * the bytes it read, and serializes only the pages it made (the whole memo serialized again was the largest cost
 * of a one-story rebuild's write stage: 3.8 s of CPU on Reuters-21578, bench/RESULTS.md session 45).
 */
type Stored = Map<string, { bytes: Uint8Array; key: string }>;
interface SiteMemo { token: string; version: string; pages: { articles: Stored; entities: Stored; events: Stored } }

const memoFile = (cacheDir: string) => path.join(cacheDir, 'site', 'pages.bin');
/** The code a page depends on: resolve (through the pipeline), the site model and this file. */
const memoVersion = () => codeVersion(['src/pipeline.ts', 'src/graph/site-model.ts', 'src/graph/page-reuse.ts']);

/** The pages of the cached build that can be carried over, or null when there is no memo of the build the mark is against. */
export async function carriedPages(cacheDir: string, graph: MarkedGraph): Promise<CarriedPages | null> {
  const mark = graph.unchanged;
  if (!mark || mark.basis === '') return null;
  let memo: SiteMemo;
  try {
    memo = v8.deserialize(await fs.readFile(memoFile(cacheDir))) as SiteMemo;
  } catch {
    return null;
  }
  if (memo.token !== mark.basis || memo.version !== memoVersion()) return null;
  const clean = cleanPages(graph, mark);
  const keep = <P>(from: Stored, ids: Set<string>): Carried<P> => {
    const carried: Carried<P> = new Map();
    for (const [id, { bytes, key }] of from) if (ids.has(id)) carried.set(id, { page: v8.deserialize(bytes) as P, key, bytes });
    return carried;
  };
  return { articles: keep(memo.pages.articles, clean.articles), entities: keep(memo.pages.entities, clean.entities), events: keep(memo.pages.events, clean.events) };
}

/** The pages whose props are as the cached build made them, by the rules above. */
export function cleanPages(graph: MarkedGraph, mark: UnchangedMark): { articles: Set<string>; entities: Set<string>; events: Set<string> } {
  const changedArticle = (id: string) => !mark.articles.has(id);
  const touched = new Set(mark.touched);
  // A copy shows its original's title: it changes with it.
  for (const a of graph.articles) if (a.duplicateOf !== undefined && changedArticle(a.duplicateOf)) touched.add(a.id);
  const quotedInTouched = new Set(graph.quotes.filter((q) => touched.has(q.article)).map((q) => q.entity));
  const entities = new Set<string>();
  for (const e of graph.entities) {
    if (mark.entities.has(e.id) && !mark.moved.has(e.id) && !quotedInTouched.has(e.id) && !e.mentions.some((m) => touched.has(m.article))) entities.add(e.id);
  }
  const articles = new Set(graph.articles.filter((a) => !touched.has(a.id)).map((a) => a.id));
  const shownAsBefore = (id: string) => mark.sameRef.has(id) && !mark.moved.has(id);
  const events = new Set<string>();
  for (const ev of graph.events) {
    const cited = [...ev.sources.map((s) => s.article), ...(ev.disagreements ?? []).flatMap((d) => d.values.map((v) => v.article))];
    if (mark.events.has(ev.id) && !cited.some(changedArticle) && ev.participants.every((p) => shownAsBefore(p.entity))) events.add(ev.id);
  }
  return { articles, entities, events };
}

/**
 * A page as the memo keeps it: what the model's other readers take from a page that is not rendered — search records
 * (src/search/records.ts), names' events (src/search/names.ts), preview cards, feeds and the sitemap
 * (src/site/feeds.ts), an event's before and after (its participants' events) — without the lists only its own
 * rendering reads. Never rendered: `complete` makes the page again when its file is not carried over.
 */
function lightArticle(a: ArticlePage): ArticlePage {
  return { ...a, paragraphs: [], entities: [], events: [] };
}
function lightEntity(e: EntityPage): EntityPage {
  return {
    ...e,
    authored: [],
    mentionsByArticle: e.mentionsByArticle.map((g) => ({ ...g, items: [] })),
    quotes: [],
    years: [],
    connections: { entities: [], events: [] },
  };
}

/** The memo of this build's pages (light) and keys, then the fingerprints it belongs to, under one new token. */
export async function saveSiteMemo(cacheDir: string, model: SiteModel, keys: ReadonlyMap<string, string>, carried: CarriedPages | null, mark: UnchangedMark): Promise<void> {
  const light = <P extends { id: string; url: string }>(pages: P[], from: Carried<P> | undefined, strip: (p: P) => P): Stored =>
    new Map(pages.map((p) => [p.id, { bytes: from?.get(p.id)?.bytes ?? v8.serialize(strip(p)), key: keys.get(p.url)! }]));
  const pages: SiteMemo['pages'] = {
    articles: light(model.articles, carried?.articles, lightArticle),
    entities: light(model.entities, carried?.entities, lightEntity),
    events: light(model.events, carried?.events, (ev) => ev),
  };
  const memo: SiteMemo = { token: mark.next.token, version: memoVersion(), pages };
  await writeWhole(memoFile(cacheDir), v8.serialize(memo));
  await writeWhole(fingerprintsFile(cacheDir), v8.serialize(mark.next));
}
