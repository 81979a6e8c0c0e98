/**
 * Each cluster's event page, or why it is none (src/resolve/events/event-page.ts `toEvent`), kept in the cache folder
 * between builds. Making a page reads every report of the cluster again — its participants and the names said twice
 * (`namedAgain`), its title (the headline or the first readable clause, with the clause memo's hashing), its
 * disagreements — for every cluster of the archive, though one new story changes the reports of a few: toEvent was
 * 2.1 s of a one-story rebuild's 17 s of sampled resolve at 3,000 Reuters stories (session 46, speed61). The page is a
 * function of the cluster's reports in their order (each with its sentence, trigger, date, parties and pieces), of the
 * names and types of the entities they name, and of their articles' days and headlines, and of the events code; so it
 * is kept under a hash of all of these, in a pack of the events code's version (src/resolve/events.ts and all it
 * imports, this file included: edited, the pack is another). A cluster a new story joined, or whose names changed,
 * has another key and is made again.
 */
import path from 'node:path';
import { hash as digest } from 'node:crypto';
import type { ArticleRecord, EntityType, Event, EventReport } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import { PackMemo, readPack } from '../util/pack-file.ts';
import type { ResolvedMention } from './events/types.ts';
import type { ClauseMemo } from './clause-memo.ts';

/** A cluster as toEvent makes it: an event page (with the key its slug is made from), or why it is none. */
export type MadeEvent = { slugKey: string; event: Omit<Event, 'id'> } | { why: EventReport['why'] };

/** A made page, with the clause memo's answers making it asked for (src/resolve/clause-memo.ts `asking`). */
export interface KeptEvent {
  made: MadeEvent;
  asked: [string, boolean | string][];
}

/** What toEvent reads besides the cluster's reports: the entities' names and types, the articles' days and headlines. */
export interface EventReading {
  names: ReadonlyMap<string, string> | undefined;
  types: ReadonlyMap<string, EntityType> | undefined;
  articles: ReadonlyMap<string, ArticleRecord>;
}

export class EventMemo extends PackMemo<KeptEvent> {
  /**
   * The cluster's page: kept under the key of its reports and what they read, or made now (and kept). A kept page gives
   * the clause memo the answers its making asked for, so that memo keeps them as a build that made it again would.
   */
  made(reports: readonly ResolvedMention[], reading: EventReading, clauses: ClauseMemo, make: () => MadeEvent): MadeEvent {
    const key = clusterKey(reports, reading);
    const kept = this.kept(key);
    if (kept) clauses.askedAgain(kept.asked);
    const made = kept ?? clauses.asking(make);
    this.keep(key, made);
    return made.made;
  }
}

/** The hash of a cluster's reports in order, its entities' names and types, and its articles' days and headlines. */
export function clusterKey(reports: readonly ResolvedMention[], { names, types, articles }: EventReading): string {
  const ids = new Set<string>();
  for (const m of reports) for (const p of [...m.participants, ...(m.pieces ?? [])]) ids.add(p.entity);
  const entities = [...ids].sort().map((id) => [id, names?.get(id) ?? null, types?.get(id) ?? null]);
  const articleIds = [...new Set(reports.map((m) => m.article))].sort();
  const dated = articleIds.map((id) => [id, articles.get(id)?.date ?? null, articles.get(id)?.title ?? null]);
  return digest('sha256', JSON.stringify([reports, entities, dated]), 'base64url');
}

/** One pack per version of the events code (what makes the pages, and the reports they are made of). */
const packFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `events-${codeVersion(['src/resolve/events.ts'])}.bin`);

export async function loadEventMemo(cacheDir: string): Promise<EventMemo> {
  return new EventMemo(await readPack<KeptEvent>(packFile(cacheDir)));
}

/** Writes the pack when it has fallen behind, removing the packs of other code versions. */
export async function saveEventMemo(cacheDir: string, memo: EventMemo): Promise<void> {
  await memo.save(packFile(cacheDir), 'events-');
}
