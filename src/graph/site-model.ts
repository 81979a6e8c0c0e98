/**
 * Everything the pages show, derived from the Graph once: backlinks, co-occurrence, timelines, linked article
 * text. Pages only read this model; nothing is recomputed per page. Every list has a fixed order (ties by id), so
 * the same graph always renders the same bytes.
 */
import type { Entity, EntityType, Event, Graph, IsoDate, ParagraphKind, ParticipantRole } from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import { urls, type SiteUrl } from '../util/urls.ts';
import { eventKind } from '../event-types.ts';
import type { Carried, CarriedPages } from './page-reuse.ts';
import { periodListing, subList, typeIndexes, type ListingPage, type PeriodOverview, type SubList, type TypeIndex } from './listings.ts';

export interface ArticleRef { id: string; url: SiteUrl; title: string; date: IsoDate | null; source: string | null }
export interface EntityRef { id: string; url: SiteUrl; name: string; type: EntityType; mentions: number }
/**
 * `expected`: dated after every report of it — a plan, a schedule or a forecast ("the vote on 11 June", "by 2025"), not
 * yet news when the archive reported it: shown as expected, never in "Latest events" (issue 19 item 5).
 */
export interface EventRef { id: string; url: SiteUrl; title: string; date: IsoDate | null; type: string; typeLabel: string; expected?: true }

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'entity'; text: string; entity: EntityRef }
  /** A marker after a sentence that reports an event. */
  | { kind: 'event'; event: EventRef };

export interface ArticlePage extends ArticleRef {
  file: string;
  /** Its bylines, each with the person's page when the byline became one. */
  authors: { name: string; entity: EntityRef | null }[];
  /** The article's own address on the web (`http:` or `https:` only): its canonical link. */
  canonicalUrl: string | null;
  section: string | null;
  dateSource: 'header' | 'inferred' | null;
  duplicateOf: ArticleRef | null;
  duplicates: ArticleRef[];
  /** `searchable: false` past the first SEARCH_TEXT_BUDGET characters: a transcript's tail is shown, not indexed. */
  paragraphs: { id: string; kind: ParagraphKind; segments: Segment[]; searchable: boolean }[];
  entities: EntityRef[];
  events: EventRef[];
  excerpt: string;
}

export interface EntityPage extends EntityRef {
  /** Each other spelling once: how many articles write it, and the first of them (the list stays bounded). */
  aliases: { name: string; articles: number; first: ArticleRef | null }[];
  description: string | null;
  mergeReasons: string[];
  /** The articles whose byline names this person, newest first. */
  authored: ArticleRef[];
  /** Per article (oldest first), the first MENTIONS_SHOWN sentences and how many more there are. */
  mentionsByArticle: MentionGroup[];
  events: EventRef[];
  /** What the entity said (statements that are not news), by date. */
  quotes: { date: IsoDate | null; quote: string; article: ArticleRef; href: SiteUrl }[];
  /**
   * The page is bounded (issue 21): of each long list it shows the first items and links sub-pages with the rest.
   * `mentions` pages `mentionsByArticle`, `spellings` pages `aliases`.
   */
  lists: { mentions: SubList; authored: SubList; events: SubList; quotes: SubList; spellings: SubList };
  /** The timeline summary: per year (undated last), the articles naming it and its events, and where they are listed. */
  years: { label: string; articles: number; events: number; url: SiteUrl | null }[];
  related: (EntityRef & { shared: number })[];
  /**
   * For a name in one article, how many other names that article names, uncapped (`related` keeps the strongest 12 of
   * the names sharing a sentence): its page says this of the article's "Named in this article" list. 0 for a name in
   * several articles, whose page lists its names instead (relation-graph.ts `foldsConnections`).
   */
  namedWith: number;
  firstSeen: IsoDate | null;
  lastSeen: IsoDate | null;
  /** The relationship graph drawn on the page (src/site/relation-graph.ts lays it out). */
  connections: Connections;
}

/**
 * An entity's strongest connections: the entities most often named in the same sentences (strongest first) and
 * the events it shares with them. `with` lists which of those entities take part in each event.
 */
export interface Connections {
  entities: (EntityRef & { shared: number })[];
  events: (EventRef & { with: string[] })[];
}

/** What a hover/focus preview card shows for a link to an entity or event page. */
export type Preview =
  | { kind: 'entity'; name: string; type: EntityType; summary: string; articles: number; mentions: number; events: number }
  | { kind: 'event'; name: string; typeLabel: string; date: IsoDate | null; summary: string; articles: number; participants: number };

/**
 * An article's mentions of an entity. `quote`: where the sentence is one of the entity's quotes, its index in the
 * page's `quotes` (the entity page quotes such a sentence once, under Quotes).
 */
export interface MentionGroup { article: ArticleRef; items: { sentence: string; href: SiteUrl; quote: number | null }[]; more: number }

export interface EventPage extends EventRef {
  precision: Event['precision'];
  participants: { entity: EntityRef; role: ParticipantRole }[];
  sources: { article: ArticleRef; quote: string; href: SiteUrl; date: IsoDate | null }[];
  disagreements: { field: string; values: { value: string; article: ArticleRef }[] }[];
  before: EventRef | null;
  after: EventRef | null;
  /** Bounded like an entity page's lists. */
  lists: { sources: SubList; participants: SubList };
}

export interface SiteModel {
  counts: { articles: number; entities: number; events: number; byType: Record<EntityType, number> };
  articles: ArticlePage[];
  entities: EntityPage[];
  events: EventPage[];
  articleList: ArticleRef[];
  indexes: Record<EntityType, EntityRef[]>;
  /** The bounded listing pages (src/graph/listings.ts): timeline and articles by period, type indexes by initial. */
  listings: {
    timeline: { overview: PeriodOverview; pages: ListingPage<EventRef>[] };
    archive: { overview: PeriodOverview; pages: ListingPage<ArticleRef>[] };
    indexes: Record<EntityType, TypeIndex>;
  };
  home: { latestEvents: EventRef[]; topEntities: EntityRef[]; latestArticles: ArticleRef[] };
  /** Preview card of every entity and event page, by its root-relative URL. */
  previews: Record<string, Preview>;
}

/** Characters of one article that go into the search index; enough for any news story, bounded for transcripts. */
export const SEARCH_TEXT_BUDGET = 100_000;
/** Mention sentences listed per article on an entity page and its sub-pages; the rest are counted, in the article one link away. */
export const MENTIONS_SHOWN = 3;
/**
 * How many items of each long list an entity or event page shows, and how many each of its sub-pages holds
 * (src/graph/listings.ts, `subList`): the page with its frame, graph and facts stays within issue 21's budgets
 * (150 KB with what it loads, 1,500 elements) however much the archive says about it.
 */
export const PAGE_LISTS = {
  mentions: { shown: 10, perPage: 50 },
  authored: { shown: 20, perPage: 200 },
  events: { shown: 20, perPage: 200 },
  quotes: { shown: 10, perPage: 50 },
  spellings: { shown: 20, perPage: 200 },
  sources: { shown: 10, perPage: 50 },
  participants: { shown: 30, perPage: 200 },
} as const;
const pageList = (owner: SiteUrl, list: keyof typeof PAGE_LISTS, total: number) => subList(owner, list, total, PAGE_LISTS[list].shown, PAGE_LISTS[list].perPage);
/** Other spellings an entity page's key facts name; its "Also spelled" section lists more, and its sub-pages the rest. */
export const FACT_SPELLINGS = 8;

/**
 * Whether an entity page lists its other spellings under their own heading ("Also spelled"). It is left out where the
 * key facts already name every spelling and the one article that writes them (a name in one article; its sources
 * link that article): each line only said "in" that article again (0.2 MB of BBC's entity pages, issue 17). More
 * spellings than the facts name, or merge reasons to show, keep the section.
 */
export function listsSpellings(entity: Pick<EntityPage, 'aliases' | 'mentionsByArticle' | 'mergeReasons'>): boolean {
  return entity.aliases.length > 0 && (entity.mentionsByArticle.length > 1 || entity.aliases.length > FACT_SPELLINGS || entity.mergeReasons.length > 0);
}
/** Entities and events drawn in an entity's relationship graph: enough to show its world, few enough to read. */
export const GRAPH_ENTITIES = 8;
export const GRAPH_EVENTS = 5;
/** Newest articles on the home page, which links to the rest. */
export const HOME_ARTICLES = 20;
/**
 * Characters of a mention's quote on an entity page (the whole sentence is one link away): the words around the
 * name, about a dozen. At 100 the quotes were 4.1 MB of BBC's entity pages and their sub-pages (issue 17).
 */
export const MENTION_QUOTE = 70;
/**
 * Characters of one of an entity's Quotes (its statements, printed whole before; the whole sentence is one link away,
 * as a mention's is): the words round the speaker's name where the sentence names them, else the sentence's start.
 * `bench/quote-windows.ts` on BBC: whole, the statements came to 0.79 M characters, at 100 to 0.55 M, and 99.5% of
 * the windows of a longer sentence still hold a verb besides the name (who did what: 99.9% whole, 97.8% at 70); a
 * mention's 70 keep one in 85.5% (95.5% whole, 79.4% at 60), so mentions stay at 70.
 */
export const STATEMENT_QUOTE = 100;
/** Characters of a preview card's one-line summary. */
export const PREVIEW_SUMMARY = 110;

/** Appends in place (copying the list each time would be quadratic for a much-mentioned entity). */
function pushTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newest first; undated last; ties by id. */
const byDateDesc = <T extends { date: string | null; id: string }>(a: T, b: T) =>
  a.date === b.date ? cmp(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : cmp(b.date, a.date);
const byDateAsc = <T extends { date: string | null; id: string }>(a: T, b: T) =>
  a.date === b.date ? cmp(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : cmp(a.date, b.date);

type LinkedMention = { paragraph: string; sentence: number; start: number; end: number; entity: string };

/** The graph's lookups, built once: a reference card of every page and every backlink the pages read. */
interface ModelIndex {
  articleRef: Map<string, ArticleRef>;
  entityRef: Map<string, EntityRef>;
  eventRef: Map<string, EventRef>;
  /** entity → the events it takes part in; article → its events' ids; `article|sentence` → the events it reports. */
  eventsOfEntity: Map<string, EventRef[]>;
  eventsOfArticle: Map<string, Set<string>>;
  eventsOfSentence: Map<string, EventRef[]>;
  /** article → its mentions with entity ids (for linking text), and how often it names each entity. */
  linked: Map<string, LinkedMention[]>;
  entitiesOfArticle: Map<string, Map<string, number>>;
  /** entity → the entities named in the same sentences, counted once per sentence (made for the pages made). */
  cooccur: { get(entity: string): Map<string, number> };
  /** `article\0name as written` → the entity a byline became; entity → the articles it wrote. */
  authorEntity: Map<string, EntityRef>;
  authoredBy: Map<string, ArticleRef[]>;
  duplicatesOf: Map<string, ArticleRef[]>;
}

/** Whether an event has a page: none below the event page model's threshold (`noPage`, src/resolve/event-model.ts). */
const hasEventPage = (ev: Graph['events'][number]) => ev.noPage === undefined;

export function buildSiteModel(built: Graph): SiteModel {
  return siteModelOf(built).model;
}

/**
 * The site model, with the pages `carried` holds (light copies, src/graph/page-reuse.ts) taken as they are; `light` is
 * their URLs, and `complete` makes the pages of the given URLs whole in the model, for rendering.
 */
export function siteModelOf(built: Graph, carried?: CarriedPages): { model: SiteModel; light: Set<string>; complete: (urls: ReadonlySet<string>) => void } {
  // An event below the event page model's threshold (src/resolve/event-model.ts) has no page: every derived view —
  // event pages, lists, the timeline, search records, entity and article pages' event lists — is made from this graph.
  const graph: Graph = built.events.every(hasEventPage) ? built : { ...built, events: built.events.filter(hasEventPage) };
  const ix = modelIndex(graph);
  const extraction = new Map(graph.extractions.map((x) => [x.article, x]));
  const quotesOf = groupBy(graph.quotes, (q) => q.entity);
  const participantsOf = new Map(graph.events.map((ev) => [ev.id, ev.participants.map((p) => p.entity)]));
  const light = new Set<string>();
  // The pages are the items sorted by id, one for one (`complete` relies on it).
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => cmp(a.id, b.id));
  const [articleItems, entityItems, eventItems] = [byId(graph.articles), byId(graph.entities), byId(graph.events)];
  const take = <T extends { id: string }, P extends { url: string }>(items: readonly T[], from: Carried<P> | undefined, make: (item: T) => P): P[] =>
    items.map((item) => {
      const page = from?.get(item.id)?.page;
      if (!page) return make(item);
      light.add(page.url);
      return page;
    });
  const makeArticle = (a: Graph['articles'][number]) => articlePage(a, extraction.get(a.id), ix);
  const makeEntity = (e: Entity) => entityPage(e, quotesOf.get(e.id) ?? [], participantsOf, ix);
  const articles = take(articleItems, carried?.articles, makeArticle);
  const entities = take(entityItems, carried?.entities, makeEntity);
  const entityEvents = new Map(entities.map((e) => [e.id, e.events]));
  const makeEvent = (ev: Event) => eventPage(ev, entityEvents, ix);
  const events = take(eventItems, carried?.events, makeEvent);
  const model = siteModelFrom(graph, ix, articles, entities, events);
  const complete = (urls: ReadonlySet<string>) => {
    const whole = <T extends { id: string }, P extends { url: string }>(pages: P[], items: readonly T[], make: (item: T) => P) => {
      pages.forEach((p, i) => {
        if (urls.has(p.url) && light.delete(p.url)) pages[i] = make(items[i]!);
      });
    };
    whole(model.articles, articleItems, makeArticle);
    whole(model.entities, entityItems, makeEntity);
    whole(model.events, eventItems, makeEvent);
  };
  return { model, light, complete };
}

/** The model around its pages: counts, indexes, listings, home and preview cards, from the graph's lookups. */
function siteModelFrom(graph: Graph, ix: ModelIndex, articles: ArticlePage[], entities: EntityPage[], events: EventPage[]): SiteModel {
  const { articleRef, entityRef, eventRef } = ix;
  const indexes = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, [...entityRef.values()].filter((e) => e.type === t).sort((a, b) => cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.id, b.id))]),
  ) as Record<EntityType, EntityRef[]>;
  const articleList = [...articleRef.values()].sort(byDateDesc);
  return {
    counts: {
      articles: graph.articles.length,
      entities: graph.entities.length,
      events: graph.events.length,
      byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, indexes[t].length])) as Record<EntityType, number>,
    },
    articles,
    entities,
    events,
    articleList,
    indexes,
    listings: {
      // The timeline lists dated events only; undated ones stay on their articles' and entities' pages.
      timeline: periodListing([...eventRef.values()].filter((e) => e.date).sort(byDateDesc), {
        url: urls.timelinePage, crumbs: [['Home', urls.home], ['Timeline', urls.timeline]],
      }),
      archive: periodListing(articleList, { url: urls.archivePage, crumbs: [['Home', urls.home], ['Articles', urls.articles]], undated: 'Undated articles' }),
      indexes: typeIndexes(indexes),
    },
    home: {
      // Happenings only: an expected event is not news yet.
      latestEvents: [...eventRef.values()].filter((e) => e.date && !e.expected).sort(byDateDesc).slice(0, 12),
      topEntities: [...entityRef.values()].sort((a, b) => b.mentions - a.mentions || cmp(a.id, b.id)).slice(0, 24),
      latestArticles: articleList.slice(0, HOME_ARTICLES),
    },
    previews: previewsOf(entities, events),
  };
}

function modelIndex(graph: Graph): ModelIndex {
  const articleRef = new Map<string, ArticleRef>();
  for (const a of graph.articles) articleRef.set(a.id, { id: a.id, url: urls.article(a.id), title: a.title, date: a.date, source: a.source });
  const entityRef = new Map<string, EntityRef>();
  for (const e of graph.entities) entityRef.set(e.id, { id: e.id, url: urls.entity(e.id), name: e.name, type: e.type, mentions: e.mentions.length });
  const eventRef = new Map<string, EventRef>();
  for (const ev of graph.events) {
    eventRef.set(ev.id, { id: ev.id, url: urls.event(ev.id), title: ev.title, date: ev.date, type: ev.type, typeLabel: eventKind(ev.type).label, ...(expectedEvent(ev, articleRef) ? { expected: true as const } : {}) });
  }
  const mentions = mentionIndex(graph);
  const authorEntity = new Map<string, EntityRef>();
  const authoredBy = new Map<string, ArticleRef[]>();
  for (const e of graph.entities) {
    for (const m of e.mentions) {
      if (m.role !== 'author') continue;
      authorEntity.set(`${m.article}\u0000${m.text}`, entityRef.get(e.id)!);
      pushTo(authoredBy, e.id, articleRef.get(m.article)!);
    }
  }
  const duplicatesOf = new Map<string, ArticleRef[]>();
  for (const a of graph.articles) {
    if (a.duplicateOf) pushTo(duplicatesOf, a.duplicateOf, articleRef.get(a.id)!);
  }
  return {
    articleRef, entityRef, eventRef, ...eventBacklinks(graph, eventRef),
    linked: mentions.linked, entitiesOfArticle: mentions.entitiesOfArticle, cooccur: cooccurrence(mentions.sentenceEntities),
    authorEntity, authoredBy, duplicatesOf,
  };
}

/** Backlinks, once: entity → events, article → events, (article, sentence) → events. */
function eventBacklinks(graph: Graph, eventRef: Map<string, EventRef>): Pick<ModelIndex, 'eventsOfEntity' | 'eventsOfArticle' | 'eventsOfSentence'> {
  const eventsOfEntity = new Map<string, EventRef[]>();
  const eventsOfArticle = new Map<string, Set<string>>();
  const eventsOfSentence = new Map<string, EventRef[]>();
  for (const ev of graph.events) {
    const ref = eventRef.get(ev.id)!;
    for (const p of ev.participants) pushTo(eventsOfEntity, p.entity, ref);
    for (const s of ev.sources) {
      eventsOfArticle.set(s.article, (eventsOfArticle.get(s.article) ?? new Set()).add(ev.id));
    }
  }
  // Event sources quote sentences; find each quoted sentence's index to place the marker.
  const sentenceIndex = quotedSentences(graph);
  for (const ev of graph.events) {
    for (const s of ev.sources) {
      const index = sentenceIndex.get(`${s.article}|${s.paragraph}|${s.quote}`);
      if (index === undefined) continue;
      const key = `${s.article}|${index}`;
      const list = eventsOfSentence.get(key) ?? [];
      if (!list.some((r) => r.id === ev.id)) list.push(eventRef.get(ev.id)!);
      eventsOfSentence.set(key, list);
    }
  }
  return { eventsOfEntity, eventsOfArticle, eventsOfSentence };
}

/**
 * The index of each sentence an event source quotes, by `article|paragraph|text` (the last such sentence's, as one
 * map of every sentence kept it): only the sentences of articles some event cites are keyed, as no other is looked up.
 */
function quotedSentences(graph: Graph): Map<string, number> {
  const quoted = new Map<string, Set<string>>();
  for (const ev of graph.events) for (const s of ev.sources) quoted.set(s.article, (quoted.get(s.article) ?? new Set()).add(`${s.paragraph}|${s.quote}`));
  const sentenceIndex = new Map<string, number>();
  for (const x of graph.extractions) {
    const wanted = quoted.get(x.article);
    if (!wanted) continue;
    for (const se of x.sentences) {
      const key = `${se.paragraph}|${se.text}`;
      if (wanted.has(key)) sentenceIndex.set(`${x.article}|${key}`, se.index);
    }
  }
  return sentenceIndex;
}

/** Mentions by article with entity ids, for linking text and co-occurrence. */
function mentionIndex(graph: Graph) {
  const linked = new Map<string, LinkedMention[]>();
  const entitiesOfArticle = new Map<string, Map<string, number>>();
  const sentenceEntities = new Map<string, Set<string>>();
  for (const e of graph.entities) {
    for (const m of e.mentions) {
      const counts = entitiesOfArticle.get(m.article) ?? new Map<string, number>();
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
      entitiesOfArticle.set(m.article, counts);
      if (m.sentence < 0) continue;
      const list = linked.get(m.article) ?? [];
      list.push({ paragraph: m.paragraph, sentence: m.sentence, start: m.start, end: m.end, entity: e.id });
      linked.set(m.article, list);
      const key = `${m.article}|${m.sentence}`;
      sentenceEntities.set(key, (sentenceEntities.get(key) ?? new Set()).add(e.id));
    }
  }
  return { linked, entitiesOfArticle, sentenceEntities };
}

/**
 * Co-occurrence: entities named in the same sentence, counted once per sentence; a sentence naming more than 40 is
 * a list of names, not a relationship. Counted for an entity when its page is made: a rebuild carrying most pages
 * over (src/graph/page-reuse.ts) counts a few, not every pair of every sentence.
 */
function cooccurrence(sentenceEntities: Map<string, Set<string>>): ModelIndex['cooccur'] {
  let sentencesOf: Map<string, Set<string>[]> | undefined;
  const index = () => {
    const of = new Map<string, Set<string>[]>();
    for (const ids of sentenceEntities.values()) if (ids.size <= 40) for (const id of ids) pushTo(of, id, ids);
    return of;
  };
  return {
    get: (entity) => {
      sentencesOf ??= index();
      const counts = new Map<string, number>();
      for (const ids of sentencesOf.get(entity) ?? []) for (const other of ids) if (other !== entity) counts.set(other, (counts.get(other) ?? 0) + 1);
      return counts;
    },
  };
}

function articlePage(a: Graph['articles'][number], x: Graph['extractions'][number] | undefined, ix: ModelIndex): ArticlePage {
  const mentionsByParagraph = groupBy(ix.linked.get(a.id) ?? [], (m) => m.paragraph);
  const sentencesByParagraph = groupBy(x?.sentences ?? [], (s) => s.paragraph);
  let searchBudget = SEARCH_TEXT_BUDGET;
  const paragraphs = a.paragraphs.map((p) => {
    const searchable = searchBudget > 0;
    searchBudget -= p.text.length;
    const inPara = (mentionsByParagraph.get(p.id) ?? []).sort((m, n) => m.start - n.start || n.end - m.end);
    const segments = paragraphSegments(a.id, p.text, inPara, sentencesByParagraph.get(p.id) ?? [], ix);
    return { id: p.id, kind: p.kind, segments, searchable };
  });
  const ents = [...(ix.entitiesOfArticle.get(a.id) ?? new Map<string, number>())]
    .sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]))
    .map(([id]) => ix.entityRef.get(id)!);
  const evs = [...(ix.eventsOfArticle.get(a.id) ?? [])].map((id) => ix.eventRef.get(id)!).sort(byDateAsc);
  const firstBody = a.paragraphs.find((p) => p.kind === 'body')?.text ?? '';
  return {
    ...ix.articleRef.get(a.id)!,
    file: a.file,
    authors: (a.authors ?? []).map((name) => ({ name, entity: ix.authorEntity.get(`${a.id}\u0000${name}`) ?? null })),
    canonicalUrl: webAddress(a.canonicalUrl),
    section: a.section,
    dateSource: a.dateSource,
    duplicateOf: a.duplicateOf ? (ix.articleRef.get(a.duplicateOf) ?? null) : null,
    duplicates: (ix.duplicatesOf.get(a.id) ?? []).sort((p, q) => cmp(p.id, q.id)),
    paragraphs,
    entities: ents,
    events: evs,
    excerpt: firstBody.length > 240 ? `${firstBody.slice(0, 237).replace(/\s+\S*$/, '')}…` : firstBody,
  };
}

/**
 * A paragraph's text cut into plain text, linked mentions (sorted by start, longest first) and, after each
 * sentence that reports events, their markers.
 */
function paragraphSegments(
  article: string, text: string, inPara: LinkedMention[], sentences: readonly { index: number; end: number }[], ix: ModelIndex,
): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  const pushText = (to: number) => {
    if (to > cursor) segments.push({ kind: 'text', text: text.slice(cursor, to) });
    cursor = Math.max(cursor, to);
  };
  const pushMention = (m: LinkedMention) => {
    if (m.start < cursor) return; // overlapping mention: the earlier, longer one wins
    pushText(m.start);
    segments.push({ kind: 'entity', text: text.slice(m.start, m.end), entity: ix.entityRef.get(m.entity)! });
    cursor = m.end;
  };
  let mi = 0;
  for (const s of sentences) {
    for (; mi < inPara.length && inPara[mi]!.start < s.end; mi++) pushMention(inPara[mi]!);
    const evs = ix.eventsOfSentence.get(`${article}|${s.index}`);
    if (evs) {
      pushText(s.end);
      for (const ev of [...evs].sort((q, r) => cmp(q.id, r.id))) segments.push({ kind: 'event', event: ev });
    }
  }
  for (; mi < inPara.length; mi++) pushMention(inPara[mi]!);
  pushText(text.length);
  return segments;
}

/** A sentence's id, which also sorts undated quotes in text order (byDateAsc breaks ties by id). */
const sentenceId = (article: string, sentence: number) => `${article}|${String(sentence).padStart(8, '0')}`;

function entityPage(e: Entity, entityQuotes: Graph['quotes'], participantsOf: Map<string, string[]>, ix: ModelIndex): EntityPage {
  const { articleRef, entityRef } = ix;
  const named = namesInSentences(e);
  const quotes = entityQuotes
    .map((q) => {
      const id = sentenceId(q.article, q.sentence);
      return { id, date: q.date, quote: shortQuote(q.quote, named.get(id) ?? '', STATEMENT_QUOTE), article: articleRef.get(q.article)!, href: urls.paragraph(q.article, q.paragraph) };
    })
    .filter((q) => q.article)
    .sort(byDateAsc);
  const { byArticle, spellingArticles, dates } = mentionsOfEntity(e, new Map(quotes.map((q, i) => [q.id, i])), articleRef);
  const aliases = e.aliases.map((name) => {
    const written = [...(spellingArticles.get(name) ?? [])].sort().map((id) => articleRef.get(id)!).filter(Boolean);
    return { name, articles: written.length, first: written[0] ?? null };
  });
  const related = [...ix.cooccur.get(e.id)]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, 12)
    .map(([id, shared]) => ({ ...entityRef.get(id)!, shared }));
  const events = [...new Map((ix.eventsOfEntity.get(e.id) ?? []).map((r) => [r.id, r])).values()].sort(byDateAsc);
  const url = urls.entity(e.id);
  const mentionsByArticle = [...byArticle]
    .map(([id, items]) => ({ article: articleRef.get(id)!, items: items.slice(0, MENTIONS_SHOWN), more: Math.max(0, items.length - MENTIONS_SHOWN) }))
    .sort((a, b) => byDateAsc(a.article, b.article));
  const authored = [...new Map((ix.authoredBy.get(e.id) ?? []).map((r) => [r.id, r])).values()].sort(byDateDesc);
  const lists = {
    mentions: pageList(url, 'mentions', mentionsByArticle.length),
    authored: pageList(url, 'authored', authored.length),
    events: pageList(url, 'events', events.length),
    quotes: pageList(url, 'quotes', quotes.length),
    spellings: pageList(url, 'spellings', aliases.length),
  };
  return {
    ...entityRef.get(e.id)!,
    aliases,
    description: e.description ?? null,
    mergeReasons: e.mergeReasons,
    authored,
    mentionsByArticle,
    events,
    quotes: quotes.map(({ date, quote, article, href }) => ({ date, quote, article, href })),
    lists,
    years: yearsOf(mentionsByArticle, events, lists.mentions),
    related,
    namedWith: byArticle.size === 1 ? othersInArticle(e.id, [...byArticle.keys()][0]!, ix.entitiesOfArticle) : 0,
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
    connections: connectionsOf(related, events, participantsOf),
  };
}

/** How many other names an article names, from the article → names index built once per site. */
function othersInArticle(id: string, article: string, entitiesOfArticle: Map<string, Map<string, number>>): number {
  const names = entitiesOfArticle.get(article);
  return names ? names.size - (names.has(id) ? 1 : 0) : 0;
}

/** How an entity is written in each sentence that names it (sentenceId → its first mention's text there). */
function namesInSentences(e: Entity): Map<string, string> {
  const named = new Map<string, string>();
  for (const m of e.mentions) {
    const id = sentenceId(m.article, m.sentence);
    if (!named.has(id)) named.set(id, m.text);
  }
  return named;
}

/** An entity's mentions grouped by article (each sentence once), the articles of each spelling, and its dates sorted. */
function mentionsOfEntity(e: Entity, quoteAt: Map<string, number>, articleRef: Map<string, ArticleRef>) {
  const spellingArticles = new Map<string, Set<string>>();
  const byArticle = new Map<string, MentionGroup['items']>();
  const seen = new Set<string>();
  const dates: string[] = [];
  for (const m of e.mentions) {
    spellingArticles.set(m.text, (spellingArticles.get(m.text) ?? new Set()).add(m.article));
    const list = byArticle.get(m.article) ?? [];
    const href = m.paragraph ? urls.paragraph(m.article, m.paragraph) : urls.article(m.article);
    const key = `${href}\u0000${m.sentenceText}`;
    if (!seen.has(key)) {
      seen.add(key);
      list.push({ sentence: shortQuote(m.sentenceText, m.text), href: href as SiteUrl, quote: quoteAt.get(sentenceId(m.article, m.sentence)) ?? null });
    }
    byArticle.set(m.article, list);
    const d = articleRef.get(m.article)?.date;
    if (d) dates.push(d);
  }
  dates.sort();
  return { byArticle, spellingArticles, dates };
}

function eventPage(ev: Event, entityEvents: Map<string, EventRef[]>, ix: ModelIndex): EventPage {
  // Before/after: the nearest dated events sharing the main participant.
  const main = ev.participants.find((p) => p.role !== 'place') ?? ev.participants[0];
  const timeline = main ? (entityEvents.get(main.entity) ?? []).filter((r) => r.date !== null) : [];
  const at = timeline.findIndex((r) => r.id === ev.id);
  const participants = ev.participants.map((p) => ({ entity: ix.entityRef.get(p.entity)!, role: p.role })).filter((p) => p.entity);
  const ref = ix.eventRef.get(ev.id)!;
  return {
    ...ref,
    precision: ev.precision,
    participants,
    sources: ev.sources.map((s) => ({ article: ix.articleRef.get(s.article)!, quote: s.quote, href: urls.paragraph(s.article, s.paragraph), date: s.date })),
    lists: { sources: pageList(ref.url, 'sources', ev.sources.length), participants: pageList(ref.url, 'participants', participants.length) },
    disagreements: (ev.disagreements ?? []).map((d) => ({ field: d.field, values: d.values.map((v) => ({ value: v.value, article: ix.articleRef.get(v.article)! })) })),
    before: at > 0 ? timeline[at - 1]! : null,
    after: at >= 0 && at < timeline.length - 1 ? timeline[at + 1]! : null,
  };
}

/** Dated after every report of it: a plan, a schedule or a forecast ("by 2025"), not news yet. */
function expectedEvent(ev: Event, articleRef: Map<string, ArticleRef>): boolean {
  const reported = ev.sources.map((x) => articleRef.get(x.article)?.date).filter((d): d is string => !!d).sort().at(-1);
  return ev.date !== null && reported !== undefined && ev.date.slice(0, reported.length) > reported.slice(0, ev.date.length);
}

/**
 * An entity's timeline summary: per year of its articles (undated last), how many articles name it and how many of
 * its events fall in that year, with the sub-page where the year's first article is listed (null when the page
 * lists them all, or the year begins on the page itself).
 */
function yearsOf(groups: MentionGroup[], events: EventRef[], mentions: SubList): EntityPage['years'] {
  const years: EntityPage['years'] = [];
  const yearOf = (date: IsoDate | null) => date?.slice(0, 4) ?? 'Undated';
  groups.forEach((g, i) => {
    const label = yearOf(g.article.date);
    if (years.at(-1)?.label === label) years.at(-1)!.articles++;
    else years.push({ label, articles: 1, events: 0, url: mentions.pages.find((p) => p.from <= i && i < p.to)?.url ?? null });
  });
  for (const ev of events) {
    const label = yearOf(ev.date);
    const year = years.find((y) => y.label === label);
    if (year) year.events++;
    else years.push({ label, articles: 0, events: 1, url: null });
  }
  return years.sort((a, b) => (a.label === 'Undated' ? 1 : b.label === 'Undated' ? -1 : cmp(a.label, b.label)));
}

/**
 * The graph around one entity: its GRAPH_ENTITIES strongest co-occurring entities, and the GRAPH_EVENTS events it
 * shares with any of them (most shared participants first, then by date), each with the participants drawn.
 */
function connectionsOf(related: EntityPage['related'], events: EventRef[], participantsOf: Map<string, string[]>): Connections {
  const shown = related.slice(0, GRAPH_ENTITIES);
  const shownIds = new Set(shown.map((e) => e.id));
  const shared = events
    .map((ev) => ({ ...ev, with: [...new Set(participantsOf.get(ev.id) ?? [])].filter((id) => shownIds.has(id)).sort() }))
    .filter((ev) => ev.with.length > 0)
    .sort((a, b) => b.with.length - a.with.length || byDateAsc(a, b))
    .slice(0, GRAPH_EVENTS);
  return { entities: shown, events: shared };
}

/**
 * A mention's words around the name, at most MENTION_QUOTE characters cut at word boundaries, with "…" where the
 * sentence goes on: an entity page links each mention to its sentence in the article instead of repeating it whole
 * (BBC: whole sentences were a sixth of the entity pages' bytes).
 */
export function shortQuote(sentence: string, name: string, max = MENTION_QUOTE): string {
  if (sentence.length <= max) return sentence; // most are: a build quotes every mention of every entity
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const at = Math.max(0, flat.indexOf(name));
  const room = Math.max(0, max - name.length);
  let start = Math.max(0, Math.min(at - Math.floor(room / 2), flat.length - max));
  let end = Math.min(flat.length, start + max);
  if (start > 0) start = nextWordStart(flat, start, at);
  if (end < flat.length) end = previousWordEnd(flat, end, at + name.length);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** The first word start at or after `i`, not past `limit` (the name stays whole). */
function nextWordStart(text: string, i: number, limit: number): number {
  if (text[i - 1] === ' ') return i;
  const space = text.indexOf(' ', i);
  return space < 0 || space + 1 > limit ? Math.min(i, limit) : space + 1;
}

/** The last word end at or before `i`, not before `limit` (the name stays whole). */
function previousWordEnd(text: string, i: number, limit: number): number {
  if (text[i] === ' ') return i;
  const space = text.lastIndexOf(' ', i);
  return space < limit ? Math.max(i, limit) : space;
}

/** An address a page may link to as the article's own: absolute `http:` or `https:`, else null. */
export function webAddress(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** One line of plain text, cut at a word boundary. */
function oneLine(text: string, max = PREVIEW_SUMMARY): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : flat;
}

function previewsOf(entities: EntityPage[], events: EventPage[]): Record<string, Preview> {
  const previews: Record<string, Preview> = {};
  for (const e of entities) {
    // Without a curated description, the names it is most often reported with say more than any one sentence
    // (an article's lead would repeat on every card).
    const company = e.related.slice(0, 3).map((r) => r.name);
    const together = company.length > 1 ? `${company.slice(0, -1).join(', ')} and ${company.at(-1)}` : (company[0] ?? '');
    previews[e.url] = {
      kind: 'entity', name: e.name, type: e.type, summary: oneLine(e.description ?? (together ? `Named with ${together}.` : '')),
      articles: e.mentionsByArticle.length, mentions: e.mentions, events: e.events.length,
    };
  }
  for (const ev of events) {
    previews[ev.url] = {
      kind: 'event', name: ev.title, typeLabel: ev.typeLabel, date: ev.date, summary: oneLine(ev.sources[0]?.quote ?? ''),
      articles: new Set(ev.sources.map((s) => s.article.id)).size, participants: ev.participants.length,
    };
  }
  return previews;
}
