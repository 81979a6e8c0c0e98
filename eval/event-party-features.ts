/**
 * (Issue 19, session 52, evt127) What the event page model may read of how its parties are named, beyond the entity
 * page model's confidence in their names — candidate features for the causes the blind judgments of unseen slices
 * count most (entity-reader, missing-party, place-modifier). Read from the extraction's own names and their spans, never
 * from a judgment. Variants the trainer reads beside the build's features (eval/train-event-model.ts, as the said
 * clause's); measured, not shipped (docs/quality-log.md, session 52, evt127): the build does not compute them.
 */
import type { ArticleExtraction, Entity, EntityType, Event } from '../src/types.ts';
import type { Features } from '../src/resolve/page-model.ts';
import { FUNCTION_WORDS_LOWER } from '../src/resolve/page-rules/mention-context.ts';

/** The names read in one sentence: their spans in its paragraph and the entity each resolved to. */
export interface SentenceNames { text: string; start: number; names: { start: number; end: number; entity?: string }[] }

/** What the party features read: each sentence's names, and how often each entity is named in each article. */
export interface PartyContext {
  /** `article|sentence index` → the sentence's text and names. */
  sentences: ReadonlyMap<string, SentenceNames>;
  /** `entity|article` → the times the entity is named in the article's sentences. */
  namedTimes: ReadonlyMap<string, number>;
}

/** The sentences' names with their entities (by the entities' mention spans) and each entity's count per article. */
export function partyContext(extractions: readonly ArticleExtraction[], entities: readonly Entity[]): PartyContext {
  const entityAt = new Map<string, string>();
  const namedTimes = new Map<string, number>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.sentence < 0) continue;
      entityAt.set(`${m.article}|${m.paragraph}|${m.start}`, e.id);
      namedTimes.set(`${e.id}|${m.article}`, (namedTimes.get(`${e.id}|${m.article}`) ?? 0) + 1);
    }
  }
  const sentences = new Map<string, SentenceNames>();
  for (const x of extractions) {
    for (const s of x.sentences) sentences.set(`${x.article}|${s.index}`, { text: s.text, start: s.start, names: [] });
    for (const m of x.entities) {
      sentences.get(`${x.article}|${m.sentence}`)?.names.push({ start: m.start, end: m.end, entity: entityAt.get(`${x.article}|${m.paragraph}|${m.start}`) });
    }
  }
  for (const s of sentences.values()) s.names.sort((a, b) => a.start - b.start);
  return { sentences, namedTimes };
}

/**
 * Whether a place named as a party only describes the next name of its sentence ("U.S. retailer Sears", "Tennessee
 * Senator X", "New Zealand's opposition National Party"): the next name begins within two words, with no punctuation
 * but a possessive and no function word between (not "Japan and China").
 */
function describesNextName(s: SentenceNames, at: SentenceNames['names'][number]): boolean {
  const next = s.names.find((n) => n.start >= at.end);
  if (!next) return false;
  const between = s.text.slice(at.end - s.start, next.start - s.start).replace(/^['’]s\b/, '').trim();
  if (!between) return true;
  const words = between.split(/\s+/);
  return words.length <= 2 && words.every((w) => /^[A-Za-z-]+$/.test(w) && !FUNCTION_WORDS_LOWER.has(w.toLowerCase()));
}

/**
 * The party features of an event told first in `sentence` of `article`: `parties.once`, a party (not a setting)
 * named only once in its article — a misread fragment is seldom named again; `parties.names-left`, the names of its
 * sentence that are neither parties nor kept as named beside (a third each, to 1) — a party the reader missed;
 * `parties.place-modifier`, a place taken as a party whose sentence writes it before another name.
 */
export function partyFeatures(ev: Event, article: string, sentence: number | undefined, ctx: PartyContext, typeOf: (entity: string) => EntityType | undefined): Features {
  const parties = ev.participants.filter((p) => p.role !== 'place');
  const f: Features = { 'parties.once': parties.some((p) => ctx.namedTimes.get(`${p.entity}|${article}`) === 1) ? 1 : 0 };
  const s = sentence === undefined ? undefined : ctx.sentences.get(`${article}|${sentence}`);
  if (!s) return f;
  const taken = new Set([...ev.participants, ...(ev.alsoNamed ?? [])].map((p) => p.entity));
  const left = new Set(s.names.map((n) => n.entity).filter((e): e is string => e !== undefined && !taken.has(e)));
  f['parties.names-left'] = Math.min(1, left.size / 3);
  const places = new Set(parties.filter((p) => typeOf(p.entity) === 'place').map((p) => p.entity));
  f['parties.place-modifier'] = s.names.some((n) => n.entity !== undefined && places.has(n.entity) && describesNextName(s, n)) ? 1 : 0;
  return f;
}
