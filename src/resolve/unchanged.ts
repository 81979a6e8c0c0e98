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
 * Which articles, entities and events resolve made exactly as the build whose fingerprints `basis` names (`articles`,
 * `entities`, `events`), and what the others change where they are shown:
 * - `sameRef`: the entities whose reference (name and type: all another page shows of them) is unchanged, the
 *   unchanged ones included;
 * - `touched`: the articles whose own page, or any page naming something in them, may show a change: a changed
 *   article, its original and copies; where an entity's reference changed, or it is new or gone, every article it
 *   is named or quoted in (now or before); otherwise the articles whose mentions and quotes of it differ; where an
 *   event's reference (title, date, type, its sources' latest date: what makes it "expected") or participants changed,
 *   or it is new or gone, every article it cites; otherwise the articles of the sources it gained or lost;
 * - `moved`: entities whose list of events may show a change: every participant, now or before, of an event whose
 *   reference or participants changed, or which is new or gone.
 * `next` is this build's fingerprints, kept by the site build with what it derived from them.
 */
export interface UnchangedMark {
  basis: string;
  articles: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  events: ReadonlySet<string>;
  sameRef: ReadonlySet<string>;
  touched: ReadonlySet<string>;
  moved: ReadonlySet<string>;
  next: ItemFingerprints;
}

/**
 * Per item, its fingerprint and what the mark compares besides: an article's original (a copy's); an entity's
 * reference and, by article, the fingerprint of its mentions and quotes there; an event's reference, participants and
 * cited sources (article, paragraph, sentence).
 */
export interface ItemFingerprints {
  token: string;
  articles: Map<string, [print: string, duplicateOf: string | null]>;
  entities: Map<string, [print: string, ref: string, byArticle: Map<string, string>]>;
  events: Map<string, [print: string, ref: string, participants: string, sources: string[]]>;
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
  const dates = new Map<string, string | null>();
  for (const a of graph.articles) {
    const fields = [a.id, a.file, a.title, a.date, a.dateSource, a.section, a.source, a.hash, a.duplicateOf, a.line, a.fileHash, a.authors, a.canonicalUrl, articleKeys.get(a.id) ?? null];
    articles.set(a.id, [print(JSON.stringify(fields)), a.duplicateOf ?? null]);
    dates.set(a.id, a.date);
  }
  const quotesOf = new Map<string, Quote[]>();
  for (const q of graph.quotes) {
    const list = quotesOf.get(q.entity);
    if (list) list.push(q);
    else quotesOf.set(q.entity, [q]);
  }
  const entities: ItemFingerprints['entities'] = new Map();
  for (const e of graph.entities) entities.set(e.id, entityPrint(e, quotesOf.get(e.id) ?? []));
  const events: ItemFingerprints['events'] = new Map();
  for (const ev of graph.events) {
    const latest = ev.sources.map((s) => dates.get(s.article) ?? '').sort().at(-1) ?? '';
    // Whether it has a page (`noPage`) is part of what others show: the lists and markers that link it.
    const ref = JSON.stringify([ev.title, ev.date, ev.type, latest, ev.noPage ?? null]);
    const sources = ev.sources.map((s) => `${s.article}\t${s.paragraph}\t${s.quote}`);
    events.set(ev.id, [print(`${ref}\n${JSON.stringify(ev)}`), ref, [...new Set(ev.participants.map((p) => p.entity))].sort().join('\t'), sources]);
  }
  return { token: print(`${Date.now()}\0${process.pid}\0${Math.random()}`), articles, entities, events };
}

/**
 * An entity's fingerprint: its reference and other fields, and by article its mentions (place, text, role; their
 * sentences' text is the article's, which its own mark covers) and quotes there.
 */
function entityPrint(e: Entity, quotes: readonly Quote[]): ItemFingerprints['entities'] extends Map<string, infer T> ? T : never {
  const lines = new Map<string, string[]>();
  const add = (article: string, line: string) => {
    const list = lines.get(article);
    if (list) list.push(line);
    else lines.set(article, [line]);
  };
  for (const m of e.mentions) add(m.article, `${m.paragraph}\t${m.sentence}\t${m.start}\t${m.end}\t${m.role ?? ''}\t${m.text}`);
  for (const q of quotes) add(q.article, JSON.stringify(q));
  const byArticle = new Map([...lines].map(([article, list]) => [article, print(list.join('\n'))]));
  const ref = JSON.stringify([e.name, e.type, e.noPage ?? null]);
  const head = JSON.stringify([e.id, ref, e.aliases, e.description ?? null, e.mergeReasons, e.confidence ?? null, e.noPage ?? null]);
  return [print(`${head}\n${[...byArticle].join('\n')}`), ref, byArticle];
}

/** The mark of `next` against the cached build's fingerprints (none: nothing is unchanged, everything touched). */
export function markUnchanged(next: ItemFingerprints, previous: ItemFingerprints | null): UnchangedMark {
  const touched = new Set<string>();
  const moved = new Set<string>();
  const sameRef = new Set<string>();
  const articles = compare(next.articles, previous?.articles, (now, before, id) => {
    touched.add(id);
    for (const original of [now?.[1], before?.[1]]) if (original) touched.add(original);
  });
  const entities = compare(next.entities, previous?.entities, (now, before, id) => {
    const named = [...(now?.[2].keys() ?? []), ...(before?.[2].keys() ?? [])];
    if (now && before && now[1] === before[1]) {
      sameRef.add(id);
      for (const a of named) if (now[2].get(a) !== before[2].get(a)) touched.add(a);
    } else for (const a of named) touched.add(a);
  });
  for (const id of entities) sameRef.add(id);
  const events = compare(next.events, previous?.events, (now, before) => {
    const sources = [...(now?.[3] ?? []), ...(before?.[3] ?? [])];
    const kept = now && before && now[1] === before[1] && now[2] === before[2];
    // Sources it kept, when all else others show is kept, touch nothing; the others touch their articles.
    const had = new Set(kept ? before[3] : []);
    const both = new Set(kept ? now[3].filter((s) => had.has(s)) : []);
    const once = sources.filter((s) => !both.has(s));
    for (const s of once) touched.add(s.slice(0, s.indexOf('\t')));
    if (!kept) for (const p of [now?.[2], before?.[2]]) if (p) p.split('\t').forEach((id) => moved.add(id));
  });
  return { basis: previous?.token ?? '', articles, entities, events, sameRef, touched, moved, next };
}

/** The ids whose fingerprint is the cached build's; `differs` is called for each other id, new, changed or gone. */
function compare<T extends [string, ...unknown[]]>(now: Map<string, T>, before: Map<string, T> | undefined, differs: (now: T | undefined, before: T | undefined, id: string) => void): Set<string> {
  const same = new Set<string>();
  for (const [id, item] of now) {
    const old = before?.get(id);
    if (old?.[0] === item[0]) same.add(id);
    else differs(item, old, id);
  }
  for (const [id, old] of before ?? []) if (!now.has(id)) differs(undefined, old, id);
  return same;
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
