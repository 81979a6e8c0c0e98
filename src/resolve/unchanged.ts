/**
 * Resolve's mark of what did not change since the cached build (issue 17): every article, entity and event gets a
 * fingerprint of its resolved fields, and an item whose fingerprint equals the cached build's is marked unchanged.
 * The site build (src/graph/page-reuse.ts) reuses what it derived from marked items without hashing their pages.
 *
 * What a fingerprint covers: an article's record as resolve hands it on (title, date, source, file, copy of, line,
 * bytes' hash, bylines, address) and its extraction key (src/extract/cache.ts: its text and the extraction code), so
 * its paragraphs and sentences; an entity's name, type, spellings, description, merge reasons, confidence, page
 * state, every mention's place, text and role, and its statements (quotes); an event, all of its fields. A mention's
 * sentence text is its article's, so it is covered by the article's mark, which the site side checks for each
 * article an entity names. The fingerprints are kept with the site build's memo and written with it, under one token,
 * so a mark is only ever read against the memo of the build that wrote those fingerprints.
 */
import path from 'node:path';
import v8 from 'node:v8';
import { hash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { Entity, Graph, Quote } from '../types.ts';

/**
 * Which articles, entities and events resolve made exactly as the build whose fingerprints `basis` names, and what
 * that build's versions of the others (changed or gone) touched. `next` is this build's fingerprints, kept by the
 * site build with what it derived from them.
 */
export interface UnchangedMark {
  basis: string;
  articles: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** The cached build's versions of changed or gone items: the articles they named or cited, the events' participants. */
  was: { articles: ReadonlySet<string>; participants: ReadonlySet<string> };
  next: ItemFingerprints;
}

/** Per item, its fingerprint and what it touches: an article its original (a copy's), an entity its articles, an event its participants and cited articles. */
export interface ItemFingerprints {
  token: string;
  articles: Map<string, [print: string, duplicateOf: string | null]>;
  entities: Map<string, [print: string, articles: string[]]>;
  events: Map<string, [print: string, participants: string[], articles: string[]]>;
}

/**
 * A graph with resolve's mark: kept beside the Graph (src/types.ts) rather than in it, so the types every
 * extraction cache's code version covers stay as they were.
 */
export type MarkedGraph = Graph & { unchanged?: UnchangedMark };

const print = (text: string) => hash('sha1', text, 'base64');

/** This build's fingerprints; `articleKeys` are the extraction keys by article id. */
export function fingerprints(graph: Graph, articleKeys: ReadonlyMap<string, string>): ItemFingerprints {
  const articles: ItemFingerprints['articles'] = new Map();
  for (const a of graph.articles) {
    const fields = [a.id, a.file, a.title, a.date, a.dateSource, a.section, a.source, a.hash, a.duplicateOf, a.line, a.fileHash, a.authors, a.canonicalUrl, articleKeys.get(a.id) ?? null];
    articles.set(a.id, [print(JSON.stringify(fields)), a.duplicateOf ?? null]);
  }
  const quotesOf = new Map<string, Quote[]>();
  for (const q of graph.quotes) {
    const list = quotesOf.get(q.entity);
    if (list) list.push(q);
    else quotesOf.set(q.entity, [q]);
  }
  const entities: ItemFingerprints['entities'] = new Map();
  for (const e of graph.entities) entities.set(e.id, [print(entityText(e, quotesOf.get(e.id) ?? [])), namedArticles(e, quotesOf.get(e.id) ?? [])]);
  const events: ItemFingerprints['events'] = new Map();
  for (const ev of graph.events) {
    const participants = [...new Set([...ev.participants, ...(ev.alsoNamed ?? [])].map((p) => p.entity))];
    const cited = [...new Set([...ev.sources.map((s) => s.article), ...(ev.disagreements ?? []).flatMap((d) => d.values.map((v) => v.article))])];
    events.set(ev.id, [print(JSON.stringify(ev)), participants, cited]);
  }
  return { token: print(`${Date.now()}\0${process.pid}\0${Math.random()}`), articles, entities, events };
}

/** An entity's resolved fields as text: its mentions without their sentences' text (their articles' marks cover it). */
function entityText(e: Entity, quotes: readonly Quote[]): string {
  const head = JSON.stringify([e.id, e.name, e.type, e.aliases, e.description ?? null, e.mergeReasons, e.confidence ?? null, e.noPage ?? null]);
  const mentions = e.mentions.map((m) => `${m.article}\t${m.paragraph}\t${m.sentence}\t${m.start}\t${m.end}\t${m.role ?? ''}\t${m.text}`);
  return `${head}\n${mentions.join('\n')}\n${JSON.stringify(quotes)}`;
}

/** The articles an entity is named or quoted in. */
function namedArticles(e: Entity, quotes: readonly Quote[]): string[] {
  return [...new Set([...e.mentions.map((m) => m.article), ...quotes.map((q) => q.article)])];
}

/** The mark of `next` against the cached build's fingerprints (none: nothing is unchanged). */
export function markUnchanged(next: ItemFingerprints, previous: ItemFingerprints | null): UnchangedMark {
  const was = { articles: new Set<string>(), participants: new Set<string>() };
  const same = <T extends [string, ...unknown[]]>(now: Map<string, T>, before: Map<string, T> | undefined, touched: (old: T) => void): Set<string> => {
    const kept = new Set<string>();
    for (const [id, item] of now) if (before?.get(id)?.[0] === item[0]) kept.add(id);
    for (const [id, old] of before ?? []) if (!kept.has(id)) touched(old);
    return kept;
  };
  const articles = same(next.articles, previous?.articles, ([, original]) => original !== null && was.articles.add(original));
  const entities = same(next.entities, previous?.entities, ([, named]) => named.forEach((a) => was.articles.add(a)));
  const events = same(next.events, previous?.events, ([, participants, cited]) => {
    participants.forEach((p) => was.participants.add(p));
    cited.forEach((a) => was.articles.add(a));
  });
  return { basis: previous?.token ?? '', articles, entities, events, was, next };
}

/** The fingerprints file: the site build writes it last, after the memo it belongs to (src/graph/page-reuse.ts). */
export const fingerprintsFile = (cacheDir: string) => path.join(cacheDir, 'site', 'fingerprints.bin');

export async function loadFingerprints(cacheDir: string): Promise<ItemFingerprints | null> {
  try {
    const prints = v8.deserialize(await fs.readFile(fingerprintsFile(cacheDir))) as ItemFingerprints;
    return typeof prints.token === 'string' && prints.articles instanceof Map && prints.entities instanceof Map && prints.events instanceof Map ? prints : null;
  } catch {
    return null;
  }
}

/** Written whole under a temporary name, then renamed over the old file. */
export async function writeCacheFile(file: string, data: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, v8.serialize(data));
  await fs.rename(tmp, file);
}
