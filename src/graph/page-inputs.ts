/**
 * What each article, entity and event page reads of the graph, as one fingerprint per page: a rebuild whose page
 * has the fingerprint the last build recorded has the same props, so it takes the page key the last build recorded
 * (src/site/incremental.ts) instead of building the props and hashing their JSON (33.5 MB of JSON on 3,000 Reuters
 * stories, 2.4 s of each rebuild).
 *
 * Each fingerprint lists the graph records its page builder in site-model.ts reads (an entity without its mentions,
 * each mention, each quote, an event), and the reference cards of the pages it links (title, name, type, date), with
 * the derived lists the builder reads computed by the same functions (relatedOf, eventsOf, neighbours). An article's
 * text and sentences, and a mention's sentence, are not copied in: they stand as the article's digest, the key its
 * extraction is cached under (BuiltGraph.articleDigests), or without one a hash of the record and its sentences. A
 * reference card's mention count is left out, as the page key leaves it out (pagePropsJson). The code of the whole
 * pipeline and of the model seeds every fingerprint. Reading more than the page needs only costs a key computed
 * again; reading less would carry a stale page over, which tests/incremental-inputs.test.ts looks for.
 */
import { createHash } from 'node:crypto';
import type { Entity, Event, Graph } from '../types.ts';
import type { BuiltGraph } from '../pipeline.ts';
import { codeVersion } from '../util/code-version.ts';
import { eventsOf, neighbours, relatedOf, type EventRef, type ModelIndex } from './site-model.ts';

type Quotes = Map<string, Graph['quotes']>;

/** The code a page's props come from: the pipeline that makes the graph (a mention's sentence is its article's), the model. */
const modelCodeVersion = () => codeVersion(['src/pipeline.ts', 'src/graph/site-model.ts', 'src/graph/page-inputs.ts']);

export function pageInputs(
  graph: BuiltGraph, extraction: Map<string, Graph['extractions'][number]>, quotesOf: Quotes, participantsOf: Map<string, string[]>, ix: ModelIndex,
): Map<string, string> {
  const seed = modelCodeVersion();
  const digest = (parts: unknown[]) => createHash('sha256').update(seed).update(JSON.stringify(parts)).digest('base64url');
  const texts = new Map(graph.articles.map((a) => [a.id, graph.articleDigests?.get(a.id) ?? digest([a, extraction.get(a.id)?.sentences ?? null])]));
  const cards = referenceCards(ix, texts);
  // An article in one short hash, once: its card, its text and sentences, and which entity each of its mentions in a
  // sentence joined, where (the extraction's mention there, so its spelling, is the text's). An entity page lists one
  // for each of its articles instead of its mentions.
  const tokens = new Map(graph.articles.map((a) => [a.id, digest([cards.article(a.id), texts.get(a.id), linkedIn(a.id, ix)]).slice(0, 22)]));
  const token = (id: string) => tokens.get(id) ?? null;
  const timelines = new Map<string, EventRef[]>();
  const timelineOf = (id: string) => (ix.entityRef.has(id) ? (timelines.get(id) ?? timelines.set(id, eventsOf(id, ix)).get(id)!) : []);
  const inputs = new Map<string, string>();
  for (const a of graph.articles) inputs.set(ix.articleRef.get(a.id)!.url, digest(articleInputs(a, extraction.get(a.id), ix, cards, token)));
  for (const e of graph.entities) inputs.set(ix.entityRef.get(e.id)!.url, digest(entityInputs(e, quotesOf.get(e.id) ?? [], participantsOf, ix, cards, token)));
  for (const ev of graph.events) inputs.set(ix.eventRef.get(ev.id)!.url, digest(eventInputs(ev, timelineOf, cards)));
  return inputs;
}

/** Each page's reference card as a page linking it shows it: every field but an entity's mention count (and the URL, its id's). */
interface Cards {
  /** An article's text and sentences, as its digest. */
  text: (id: string) => string | null;
  article: (id: string) => unknown[] | null;
  entity: (id: string) => unknown[] | null;
  event: (ref: EventRef | undefined) => unknown[] | null;
}

function referenceCards(ix: ModelIndex, texts: Map<string, string>): Cards {
  const article = (id: string) => {
    const r = ix.articleRef.get(id);
    return r ? [r.id, r.title, r.date, r.source] : null;
  };
  const entity = (id: string) => {
    const r = ix.entityRef.get(id);
    return r ? [r.id, r.name, r.type] : null;
  };
  const event = (r: EventRef | undefined) => (r ? [r.id, r.title, r.date, r.type, r.typeLabel] : null);
  return { text: (id) => texts.get(id) ?? null, article, entity, event };
}

/** What articlePage reads: the record (its text as its digest), its linked mentions, events, bylines and copies. */
function articleInputs(
  a: Graph['articles'][number], x: Graph['extractions'][number] | undefined, ix: ModelIndex, cards: Cards, token: (article: string) => string | null,
): unknown[] {
  const { paragraphs, ...own } = a;
  return [
    own,
    // Its text and linked mentions (token); the card of every entity it names is in the list after the next.
    token(a.id),
    paragraphs.length,
    (x?.sentences ?? []).map((s) => (ix.eventsOfSentence.get(`${a.id}|${s.index}`) ?? []).map(cards.event)),
    [...(ix.entitiesOfArticle.get(a.id) ?? [])].map(([id, n]) => [n, cards.entity(id)]),
    [...(ix.eventsOfArticle.get(a.id) ?? [])].map((id) => cards.event(ix.eventRef.get(id))),
    (a.authors ?? []).map((name) => cards.entity(ix.authorEntity.get(`${a.id}\u0000${name}`)?.id ?? '')),
    a.duplicateOf ? cards.article(a.duplicateOf) : null,
    (ix.duplicatesOf.get(a.id) ?? []).map((r) => cards.article(r.id)),
  ];
}

/** What entityPage reads: the entity, its mentions by article (their articles' tokens), quotes, related entities, events, bylines. */
function entityInputs(
  e: Entity, quotes: Graph['quotes'], participantsOf: Map<string, string[]>, ix: ModelIndex, cards: Cards, token: (article: string) => string | null,
): unknown[] {
  const { mentions, ...own } = e;
  // By article (the page groups them so, and sorts the groups by date): a mention in a sentence is in its article's
  // token (which entity it joined, where); a credit, in no sentence, is listed.
  const byArticle = new Map<string, unknown[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article) ?? byArticle.set(m.article, []).get(m.article)!;
    if (m.sentence < 0) list.push([m.paragraph, m.text, m.role ?? null, m.sentenceText]);
  }
  return [
    own,
    mentions.length,
    [...byArticle].map(([id, credits]) => [id, token(id), credits]),
    quotes,
    quotes.map((q) => cards.article(q.article)),
    relatedOf(e.id, ix).map(([id, shared]) => [shared, cards.entity(id)]),
    eventsOf(e.id, ix).map((r) => [cards.event(r), participantsOf.get(r.id) ?? null]),
    (ix.authoredBy.get(e.id) ?? []).map((r) => cards.article(r.id)),
  ];
}

/** What eventPage reads: the event, its participants' and sources' cards, and its neighbours in a timeline. */
/** An article's mentions in sentences, in the order the graph lists them (each entity's in its order): where, which entity. */
function linkedIn(article: string, ix: ModelIndex): unknown[] {
  return (ix.linked.get(article) ?? []).map((m) => [m.paragraph, m.sentence, m.start, m.end, m.entity]);
}

function eventInputs(ev: Event, timelineOf: (entity: string) => EventRef[], cards: Cards): unknown[] {
  const { before, after } = neighbours(ev, timelineOf);
  return [
    ev,
    ev.participants.map((p) => cards.entity(p.entity)),
    ev.sources.map((s) => cards.article(s.article)),
    (ev.disagreements ?? []).map((d) => d.values.map((v) => cards.article(v.article))),
    cards.event(before ?? undefined),
    cards.event(after ?? undefined),
  ];
}
