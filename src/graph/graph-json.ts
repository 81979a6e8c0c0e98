/**
 * The public graph.json (CONTRACT.md; README "graph.json"): a projection of the internal Graph. Key order and array
 * order are fixed here so the same input gives the same bytes. Version 3 (issue 17, session 32) writes every sentence
 * it cites once, on its article — a mention's, a statement's, a report's, an event source's — and points at it by
 * index; a mention and an event source are arrays, not objects; what can be derived (`url`) or stands for nothing (an
 * empty `aliases`, a null `date` or `source`) is left out. Version 2 (each mention's sentence once, by index; every
 * other sentence as text) and version 1 (each mention carries its sentence's text) are still written on request
 * (`--graph-version 2|1`), and are exactly what `graphJsonV2` expands version 3 to and `graphJsonV1` version 2 to.
 */
import type { Entity, Event, Graph, MentionRef } from '../types.ts';
import { z } from 'zod';
import { urls } from '../util/urls.ts';

export const GRAPH_JSON_VERSION = 4;
/** The versions Chronicle can write, oldest first. */
export const GRAPH_JSON_VERSIONS = [1, 2, 3, 4] as const;
export type GraphJsonVersion = (typeof GRAPH_JSON_VERSIONS)[number];

/** A name as written in an article; `sentence` is its sentence's text (version 1) or its index in the article's `sentences` (version 2). */
export interface GraphJsonMention<S> {
  article: string;
  text: string;
  sentence?: S;
  /** `role` (added in issue 18) marks a credit, which is no sentence of the text: `source` or `author`. */
  role?: string;
}

interface GraphJsonShape<V, S, ArticleSentences> {
  version: V;
  articles: ({
    id: string;
    title: string;
    date: string | null;
    source: string | null;
    file: string;
    url: string;
    duplicateOf?: string;
    /** Added in issue 18 (additive, version 1), present only when the input gives them: the article's line in a file of several (JSON Lines), its bylines, its own address on the web. */
    line?: number;
    authors?: string[];
    canonicalUrl?: string;
  } & ArticleSentences)[];
  entities: {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    url: string;
    confidence?: number;
    /** Added in issue 18 (additive, version 1): the articles whose byline names this person, when any. */
    authored?: string[];
    mentions: GraphJsonMention<S>[];
  }[];
  /** Names below the page threshold: no page and no url, kept with their confidence so nothing is lost. */
  plainNames: {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    confidence: number;
    /** Added in issue 15 (additive, version 1): the page rule that denies the name a page, when one does. */
    noPage?: string;
    mentions: GraphJsonMention<S>[];
  }[];
  events: {
    id: string;
    title: string;
    date: string | null;
    participants: string[];
    /** Added in issue 19, session 17 (additive, version 2): names its sentences name that are pieces of a longer name, not shown as participants. */
    alsoNamed?: string[];
    url: string;
    /** Added in issue 19, session 31 (additive, version 2): the event page model's confidence (src/resolve/event-model.ts). */
    confidence?: number;
    sources: { article: string; quote: string }[];
  }[];
  /**
   * Added in issue 19, session 31 (additive, version 2): events below the event page model's threshold — no page and
   * no url, kept with their confidence and the reason (`noPage`) so that nothing read is lost.
   */
  plainEvents?: {
    id: string;
    title: string;
    date: string | null;
    participants: string[];
    alsoNamed?: string[];
    confidence: number;
    noPage: string;
    sources: { article: string; quote: string }[];
  }[];
  /** Added in issue 19 (additive, version 1): statements that are not news, as dated quotes of their speaker. */
  quotes: { entity: string; article: string; quote: string; date: string | null }[];
  /**
   * Added in issue 19 session 7 (additive, version 1): happenings read in sentences that are not event pages — not
   * asserted (`unasserted`: negated, possible, conditional; `forecast`), with no title a reader understands
   * (`untitled`), or naming no one (`unnamed`) — so that nothing read is lost. Participants are entity ids.
   */
  reports: { article: string; quote: string; type: string; date: string | null; participants: string[]; why: string }[];
  problems: { file: string; line?: number; message: string }[];
}

/** Version 1: every mention carries the text of its sentence (a sentence naming five names is written five times). */
export type GraphJsonV1 = GraphJsonShape<1, string, Record<never, never>>;
/**
 * Version 2 (issue 17): each article lists the sentences its mentions cite, each once, in the article's reading
 * order (a credit's sentence, which is no sentence of the text, first); a mention's `sentence` is an index into them.
 */
export type GraphJsonV2 = GraphJsonShape<2, number, { sentences: string[] }>;

/** Version 1 of graph.json, for consumers that pin it: the projection that version 2 writes more compactly. */
export function toGraphJsonV1(graph: Graph): GraphJsonV1 {
  return {
    version: 1,
    articles: [...graph.articles].sort(byId).map(articleJsonV1),
    entities: [...graph.entities].sort(byId).map(entityJsonV1),
    plainNames: [...(graph.plainNames ?? [])].sort(byId).map(plainNameJsonV1),
    ...eventsJsonV1(graph.events),
    quotes: graph.quotes.map((q) => ({ entity: q.entity, article: q.article, quote: q.quote, date: q.date })),
    reports: (graph.reports ?? []).map((r) => ({ article: r.article, quote: r.quote, type: r.type, date: r.date, participants: [...new Set(r.participants.map((p) => p.entity))], why: r.why })),
    problems: problemsJson(graph.problems),
  };
}

/** The problems as every version writes them: a warning says so in its message. */
const problemsJson = (problems: Graph['problems']): GraphJsonV1['problems'] =>
  problems.map((p) => ({ file: p.file, ...(p.line !== undefined ? { line: p.line } : {}), message: p.severity === 'warning' ? `warning: ${p.message}` : p.message }));

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** An article as version 1 writes it. */
const articleJsonV1 = (a: Graph['articles'][number]): GraphJsonV1['articles'][number] => ({
  id: a.id,
  title: a.title,
  date: a.date,
  source: a.source,
  file: a.file,
  url: urls.article(a.id),
  ...(a.duplicateOf !== undefined ? { duplicateOf: a.duplicateOf } : {}),
  ...(a.line !== undefined ? { line: a.line } : {}),
  ...(a.authors !== undefined ? { authors: [...a.authors] } : {}),
  ...(a.canonicalUrl !== undefined ? { canonicalUrl: a.canonicalUrl } : {}),
});

/** An entity with a page as version 1 writes it. */
const entityJsonV1 = (e: Entity): GraphJsonV1['entities'][number] => ({
  id: e.id,
  name: e.name,
  type: e.type,
  aliases: [...e.aliases],
  url: urls.entity(e.id),
  ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
  ...(authoredBy(e).length > 0 ? { authored: authoredBy(e) } : {}),
  mentions: e.mentions.map(mentionJson),
});

/** A name with no page as version 1 writes it. */
const plainNameJsonV1 = (e: NonNullable<Graph['plainNames']>[number]): GraphJsonV1['plainNames'][number] => ({
  id: e.id,
  name: e.name,
  type: e.type,
  aliases: [...e.aliases],
  confidence: e.confidence ?? 0,
  ...(e.noPage !== undefined ? { noPage: e.noPage } : {}),
  mentions: e.mentions.map(mentionJson),
});

/** Version 1's `events` (with a page) and `plainEvents` (below the threshold), each sorted by id. */
function eventsJsonV1(all: readonly Event[]): Pick<GraphJsonV1, 'events' | 'plainEvents'> {
  return {
    events: [...all].filter((ev) => ev.noPage === undefined).sort(byId).map((ev) => ({
      ...eventJson(ev),
      url: urls.event(ev.id),
      ...(ev.confidence !== undefined ? { confidence: ev.confidence } : {}),
      sources: ev.sources.map((s) => ({ article: s.article, quote: s.quote })),
    })),
    // Written only when an event is below the threshold: a graph with none is byte for byte what it was.
    ...(all.some((ev) => ev.noPage !== undefined)
      ? {
          plainEvents: [...all].filter((ev) => ev.noPage !== undefined).sort(byId).map((ev) => ({
            ...eventJson(ev),
            confidence: ev.confidence ?? 0,
            noPage: ev.noPage!,
            sources: ev.sources.map((s) => ({ article: s.article, quote: s.quote })),
          })),
        }
      : {}),
  };
}

/** What graph.json writes of every event, with a page or not. */
const eventJson = (ev: Event) => ({
  id: ev.id,
  title: ev.title,
  date: ev.date,
  participants: [...new Set(ev.participants.map((p) => p.entity))],
  ...(ev.alsoNamed?.length ? { alsoNamed: ev.alsoNamed.map((p) => p.entity) } : {}),
});

const mentionJson = (m: MentionRef) => ({ article: m.article, text: m.text, sentence: m.sentenceText, ...(m.role ? { role: m.role } : {}) });

/** The articles an entity's bylines credit it with, sorted, each once. */
export function authoredBy(e: Entity): string[] {
  return [...new Set(e.mentions.filter((m) => m.role === 'author').map((m) => m.article))].sort();
}

/**
 * Version 2: version 1 with each article's cited sentences written once, on the article (BBC: 8.6 MB of mention
 * sentences held 3.5 MB of distinct ones), and each mention's sentence an index into them.
 */
export function toGraphJsonV2(graph: Graph): GraphJsonV2 {
  const v1 = toGraphJsonV1(graph);
  const sentences = articleSentences(graph);
  const indexes = new Map([...sentences].map(([article, list]) => [article, new Map(list.map((text, i) => [text, i]))]));
  const mention = (m: GraphJsonMention<string>): GraphJsonMention<number> => (m.sentence === undefined ? { ...m, sentence: undefined } : { ...m, sentence: indexes.get(m.article)!.get(m.sentence)! });
  return {
    ...v1,
    version: 2,
    articles: v1.articles.map((a) => ({ ...a, sentences: sentences.get(a.id) ?? [] })),
    entities: v1.entities.map((e) => ({ ...e, mentions: e.mentions.map(mention) })),
    plainNames: v1.plainNames.map((e) => ({ ...e, mentions: e.mentions.map(mention) })),
  };
}

/**
 * The sentences each article's mentions cite, each once, in reading order: by the sentence's place in the article
 * (a credit's, at -1, before the text; credits tie-broken by their text), not by which name cites it first.
 */
function articleSentences(graph: Graph): Map<string, string[]> {
  const first = new Map<string, Map<string, number>>();
  for (const e of [...graph.entities, ...(graph.plainNames ?? [])]) {
    for (const m of e.mentions) {
      const seen = first.get(m.article) ?? new Map<string, number>();
      first.set(m.article, seen);
      const was = seen.get(m.sentenceText);
      if (was === undefined || m.sentence < was) seen.set(m.sentenceText, m.sentence);
    }
  }
  const inOrder = ([ta, a]: [string, number], [tb, b]: [string, number]) => a - b || (ta < tb ? -1 : ta > tb ? 1 : 0);
  return new Map([...first].map(([article, seen]) => [article, [...seen].sort(inOrder).map(([text]) => text)]));
}

/**
 * Version 2 expanded to version 1, byte for byte what `toGraphJsonV1` writes: every mention's sentence index
 * replaced by the sentence's text. The one way readers of mention sentences read graph.json.
 */
export function graphJsonV1(doc: GraphJsonV2): GraphJsonV1 {
  const sentences = new Map(doc.articles.map((a) => [a.id, a.sentences]));
  const mention = (m: GraphJsonMention<number>): GraphJsonMention<string> => {
    if (m.sentence === undefined) return { ...m, sentence: undefined };
    const text = sentences.get(m.article)?.[m.sentence];
    if (text === undefined) throw new Error(`graph.json: a mention of "${m.text}" cites sentence ${m.sentence} of article "${m.article}", which has no such sentence`);
    return { ...m, sentence: text };
  };
  return {
    ...doc,
    version: 1,
    articles: doc.articles.map(({ sentences: _, ...a }) => a),
    entities: doc.entities.map((e) => ({ ...e, mentions: e.mentions.map(mention) })),
    plainNames: doc.plainNames.map((e) => ({ ...e, mentions: e.mentions.map(mention) })),
  };
}

/**
 * A mention in version 3, inside its article's run: the sentence, an index into the article's `sentences` (null: the
 * mention cites none), when the mention is written as the name's own `name`; else `[sentence, text]`, the text as
 * written; a credit `[sentence, text, role]` (`source` or `author`).
 */
export type GraphJsonV3Mention = number | null | [sentence: number | null, text: string] | [sentence: number | null, text: string, role: string];
/** Consecutive mentions in one article, in version 2's order: `[article, mention, mention, …]`. */
export type GraphJsonV3Mentions = [article: string, ...mentions: GraphJsonV3Mention[]];
/** An event's source in version 3: `[article, sentence]`, the sentence that reports it as an index into the article's `sentences`. */
export type GraphJsonV3Source = [article: string, sentence: number];

interface GraphJsonV3Event {
  id: string;
  title: string;
  date?: string;
  participants: string[];
  alsoNamed?: string[];
}

/**
 * Version 3 (issue 17, session 32): version 2 with every sentence it cites written once, on its article, and pointed
 * at by index — a mention's as in version 2, and now a statement's (`quotes`), a report's and an event source's too;
 * mentions and event sources written as arrays; `url` left out (it is `articles/<id>.html`, `entities/<id>.html`,
 * `events/<id>.html`), and so are an empty `aliases` and a null `date` or `source`. `graphJsonV2` expands it back.
 */
export interface GraphJson {
  version: 3;
  articles: {
    id: string;
    title: string;
    date?: string;
    source?: string;
    file: string;
    duplicateOf?: string;
    line?: number;
    authors?: string[];
    canonicalUrl?: string;
    /** Every sentence of this article that graph.json cites, once: its mentions' (version 2's list, in its order), then those only a statement, report or event source cites. */
    sentences: string[];
  }[];
  entities: { id: string; name: string; type: string; aliases?: string[]; confidence?: number; authored?: string[]; mentions: GraphJsonV3Mentions[] }[];
  plainNames: { id: string; name: string; type: string; aliases?: string[]; confidence: number; noPage?: string; mentions: GraphJsonV3Mentions[] }[];
  events: (GraphJsonV3Event & { confidence?: number; sources: GraphJsonV3Source[] })[];
  plainEvents?: (GraphJsonV3Event & { confidence: number; noPage: string; sources: GraphJsonV3Source[] })[];
  quotes: { entity: string; article: string; sentence: number; date?: string }[];
  reports: { article: string; sentence: number; type: string; date?: string; participants: string[]; why: string }[];
  problems: { file: string; line?: number; message: string }[];
}

/** Version 3, the current one: version 2 written more compactly (`compactGraphJson`), every fact kept. */
export function toGraphJson(graph: Graph): GraphJson {
  return compactGraphJson(toGraphJsonV2(graph));
}

/** A name's first fields, in the order every version writes them. */
const nameOf = (e: { id: string; name: string; type: string }) => ({ id: e.id, name: e.name, type: e.type });

const present = <K extends string, V>(key: K, value: V | null | undefined): { [k in K]?: V } => (value === null || value === undefined ? {} : ({ [key]: value } as { [k in K]: V }));

/**
 * Version 2 written as version 3. Each article's `sentences` keeps version 2's list as it is (so a mention's index is
 * unchanged) and appends the sentences only statements, reports and event sources cite, in the order graph.json
 * cites them (events, plainEvents, quotes, reports).
 */
export function compactGraphJson(doc: GraphJsonV2): GraphJson {
  const lists = new Map(doc.articles.map((a) => [a.id, { list: [...a.sentences], at: new Map(a.sentences.map((text, i) => [text, i])) }]));
  const indexOf = appendingIndex(lists);
  const sources = (list: { article: string; quote: string }[]) => list.map((s): GraphJsonV3Source => [s.article, indexOf(s.article, s.quote)]);
  // In this order, so that the sentences appended to an article come in the order the file cites them.
  const events = doc.events.map((ev) => ({ ...compactEvent(ev), ...present('confidence', ev.confidence), sources: sources(ev.sources) }));
  const plainEvents = doc.plainEvents?.map((ev) => ({ ...compactEvent(ev), confidence: ev.confidence, noPage: ev.noPage, sources: sources(ev.sources) }));
  const quotes = doc.quotes.map((q) => ({ entity: q.entity, article: q.article, sentence: indexOf(q.article, q.quote), ...present('date', q.date) }));
  const reports = doc.reports.map((r) => ({ article: r.article, sentence: indexOf(r.article, r.quote), type: r.type, ...present('date', r.date), participants: r.participants, why: r.why }));
  return {
    version: 3,
    articles: doc.articles.map((a) => compactArticle(a, lists.get(a.id)!.list)),
    entities: doc.entities.map((e) => ({
      ...nameOf(e),
      ...(e.aliases.length > 0 ? { aliases: e.aliases } : {}),
      ...present('confidence', e.confidence),
      ...present('authored', e.authored),
      mentions: compactMentions(e.name, e.mentions),
    })),
    plainNames: doc.plainNames.map((e) => ({
      ...nameOf(e),
      ...(e.aliases.length > 0 ? { aliases: e.aliases } : {}),
      confidence: e.confidence,
      ...present('noPage', e.noPage),
      mentions: compactMentions(e.name, e.mentions),
    })),
    events,
    ...(plainEvents !== undefined ? { plainEvents } : {}),
    quotes,
    reports,
    problems: doc.problems,
  };
}

/** Each article's sentences (`list`) and their indexes (`at`), which version 3 appends cited sentences to. */
type SentenceLists = Map<string, { list: string[]; at: Map<string, number> }>;

/** The index of an article's sentence in its list, the sentence appended when the list does not hold it yet. */
function appendingIndex(lists: SentenceLists): (article: string, text: string) => number {
  return (article, text) => {
    const sentences = lists.get(article);
    if (sentences === undefined) throw new Error(`graph.json: a sentence of article "${article}", which is not in articles`);
    let i = sentences.at.get(text);
    if (i === undefined) {
      i = sentences.list.push(text) - 1;
      sentences.at.set(text, i);
    }
    return i;
  };
}

/** A name's mentions as version 3 writes them: runs by article, a mention that says the name itself as its index alone. */
function compactMentions(name: string, list: GraphJsonMention<number>[]): GraphJsonV3Mentions[] {
  const runs: GraphJsonV3Mentions[] = [];
  for (const m of list) {
    const sentence = m.sentence ?? null;
    const item: GraphJsonV3Mention = m.role !== undefined ? [sentence, m.text, m.role] : m.text !== name ? [sentence, m.text] : sentence;
    const run = runs.at(-1);
    if (run !== undefined && run[0] === m.article) run.push(item);
    else runs.push([m.article, item]);
  }
  return runs;
}

/** What version 3 writes of every event, with a page or not. */
const compactEvent = (ev: GraphJsonV2['events'][number] | NonNullable<GraphJsonV2['plainEvents']>[number]) => ({
  id: ev.id,
  title: ev.title,
  ...present('date', ev.date),
  participants: ev.participants,
  ...present('alsoNamed', ev.alsoNamed),
});

/** An article as version 3 writes it, with its sentences' list (`sentences`: version 2's, then those appended). */
const compactArticle = (a: GraphJsonV2['articles'][number], sentences: string[]) => ({
  id: a.id,
  title: a.title,
  ...present('date', a.date),
  ...present('source', a.source),
  file: a.file,
  ...present('duplicateOf', a.duplicateOf),
  ...present('line', a.line),
  ...present('authors', a.authors),
  ...present('canonicalUrl', a.canonicalUrl),
  sentences,
});

/**
 * Version 3 expanded to version 2, byte for byte what `toGraphJsonV2` writes (`graphJsonV1` goes on to version 1):
 * urls derived from ids, left-out fields written back, every index but a mention's replaced by its sentence's text,
 * and each article's `sentences` cut back to those its mentions cite (version 3 only appends to them). The way
 * readers that want objects, urls or sentences' text read graph.json.
 */
export function graphJsonV2(doc4: GraphJson | GraphJsonV4): GraphJsonV2 {
  const doc = asGraphJsonV3(doc4);
  const text = citedText(doc);
  const renumber = mentionedSentences(doc, text);
  const mentions = (name: string, runs: GraphJsonV3Mentions[]) => expandMentions(name, runs, renumber);
  const sources = (list: GraphJsonV3Source[]) => list.map(([article, i]) => ({ article, quote: text(article, i, 'an event source') }));
  return {
    version: 2,
    articles: doc.articles.map((a) => expandArticle(a, renumber.get(a.id)!)),
    entities: doc.entities.map((e) => ({
      ...nameOf(e),
      aliases: e.aliases ?? [],
      url: urls.entity(e.id),
      ...present('confidence', e.confidence),
      ...present('authored', e.authored),
      mentions: mentions(e.name, e.mentions),
    })),
    plainNames: doc.plainNames.map((e) => ({
      ...nameOf(e),
      aliases: e.aliases ?? [],
      confidence: e.confidence,
      ...present('noPage', e.noPage),
      mentions: mentions(e.name, e.mentions),
    })),
    events: doc.events.map((ev) => ({ ...expandEvent(ev), url: urls.event(ev.id), ...present('confidence', ev.confidence), sources: sources(ev.sources) })),
    ...(doc.plainEvents !== undefined ? { plainEvents: doc.plainEvents.map((ev) => ({ ...expandEvent(ev), confidence: ev.confidence, noPage: ev.noPage, sources: sources(ev.sources) })) } : {}),
    quotes: doc.quotes.map((q) => ({ entity: q.entity, article: q.article, quote: text(q.article, q.sentence, `a statement of "${q.entity}"`), date: q.date ?? null })),
    reports: doc.reports.map((r) => ({ article: r.article, quote: text(r.article, r.sentence, 'a report'), type: r.type, date: r.date ?? null, participants: r.participants, why: r.why })),
    problems: doc.problems,
  };
}

/** The text of an article's sentence `i` as version 3 cites it (`what` cites it: said when there is no such sentence). */
type CitedText = (article: string, i: number, what: string) => string;

function citedText(doc: GraphJson): CitedText {
  const sentences = new Map(doc.articles.map((a) => [a.id, a.sentences]));
  return (article, i, what) => {
    const found = sentences.get(article)?.[i];
    if (found === undefined) throw new Error(`graph.json: ${what} cites sentence ${i} of article "${article}", which has no such sentence`);
    return found;
  };
}

/** Per article, version 3's index of each sentence a mention cites → its index in version 2's list (in version 3's order). */
function mentionedSentences(doc: GraphJson, text: CitedText): Map<string, Map<number, number>> {
  const mentioned = new Map<string, Set<number>>();
  for (const e of [...doc.entities, ...doc.plainNames]) {
    for (const { article, sentence, said } of flatMentions(e.name, e.mentions)) {
      if (sentence === null) continue;
      text(article, sentence, `a mention of "${said}"`);
      const cited = mentioned.get(article) ?? new Set<number>();
      mentioned.set(article, cited);
      cited.add(sentence);
    }
  }
  // Version 2's list: the mentioned sentences, in version 3's order, renumbered.
  return new Map(doc.articles.map((a) => [a.id, new Map([...(mentioned.get(a.id) ?? [])].sort((x, y) => x - y).map((old, i) => [old, i]))]));
}

/** A name's mentions as version 2 writes them, each sentence's index renumbered (`mentionedSentences`). */
function expandMentions(name: string, runs: GraphJsonV3Mentions[], renumber: Map<string, Map<number, number>>): GraphJsonMention<number>[] {
  return flatMentions(name, runs).map(({ article, sentence, said, role }): GraphJsonMention<number> => ({
    article,
    text: said,
    ...(sentence !== null ? { sentence: renumber.get(article)!.get(sentence)! } : {}),
    ...(role !== undefined ? { role } : {}),
  }));
}

/** What version 2 writes of every event, with a page or not. */
const expandEvent = (ev: GraphJsonV3Event) => ({
  id: ev.id,
  title: ev.title,
  date: ev.date ?? null,
  participants: ev.participants,
  ...present('alsoNamed', ev.alsoNamed),
});

/** An article as version 2 writes it: its url, left-out fields written back, only the sentences its mentions cite. */
const expandArticle = (a: GraphJson['articles'][number], renumbered: Map<number, number>) => ({
  id: a.id,
  title: a.title,
  date: a.date ?? null,
  source: a.source ?? null,
  file: a.file,
  url: urls.article(a.id),
  ...present('duplicateOf', a.duplicateOf),
  ...present('line', a.line),
  ...present('authors', a.authors),
  ...present('canonicalUrl', a.canonicalUrl),
  sentences: [...renumbered.keys()].map((i) => a.sentences[i]!),
});

/** A name's mentions, one by one, out of their runs by article. */
function flatMentions(name: string, runs: GraphJsonV3Mentions[]): { article: string; sentence: number | null; said: string; role?: string }[] {
  return runs.flatMap(([article, ...items]) =>
    items.map((item) => (Array.isArray(item) ? { article, sentence: item[0], said: item[1], ...(item.length === 3 ? { role: item[2] } : {}) } : { article, sentence: item, said: name })),
  );
}

/** A graph.json of version 2, 3 or 4 (a file a reader parsed) as version 2: the objects, urls and sentences' text. */
export function asGraphJsonV2(doc: GraphJsonV4 | GraphJson | GraphJsonV2): GraphJsonV2 {
  return doc.version === 2 ? doc : graphJsonV2(doc);
}

/** A graph.json of version 3 or 4 as version 3: records as objects. */
export function asGraphJsonV3(doc: GraphJsonV4 | GraphJson): GraphJson {
  return doc.version === 4 ? graphJsonV3(doc) : doc;
}

/** A graph.json of any version as version 1, where each mention carries its sentence's text. */
export function asGraphJsonV1(doc: GraphJsonV4 | GraphJson | GraphJsonV2 | GraphJsonV1): GraphJsonV1 {
  return doc.version === 1 ? doc : graphJsonV1(asGraphJsonV2(doc));
}

/**
 * Version 4 (issue 17, session 33): version 3 with each record an array of its fields in a fixed order, not an object
 * that names every field on every line. On BBC the names of the fields were 1.1 MB of graph.json's 7.2 (an entity's
 * `"id"`, `"name"`, `"type"`, `"confidence"`, `"mentions"` on each of 13,825 lines: 0.62 MB; a statement's `"entity"`,
 * `"article"`, `"sentence"`: 0.18 MB; a report's five: 0.16 MB). The order is the table below, the same for every
 * record of a list; a field a record does not have is `null`, and nulls that end a record are left out (so a field
 * added at the end of a list's order later does not change any record without it). Every value is version 3's, and
 * `graphJsonV3` gives version 3 back exactly (its objects, its key order). `problems` stay objects: a file, a line and
 * a message a reader reads, a handful a build.
 */
/**
 * Each list's fields: version 4's order (the array's), then version 3's key order (the object's, which `graphJsonV3`
 * writes back), side by side so that a field added to one is seen missing from the other.
 */
const V4_LAYOUT = {
  articles: [['id', 'title', 'file', 'sentences', 'date', 'source', 'duplicateOf', 'line', 'authors', 'canonicalUrl'], ['id', 'title', 'date', 'source', 'file', 'duplicateOf', 'line', 'authors', 'canonicalUrl', 'sentences']],
  entities: [['id', 'name', 'type', 'confidence', 'mentions', 'aliases', 'authored'], ['id', 'name', 'type', 'aliases', 'confidence', 'authored', 'mentions']],
  plainNames: [['id', 'name', 'type', 'confidence', 'mentions', 'aliases', 'noPage'], ['id', 'name', 'type', 'aliases', 'confidence', 'noPage', 'mentions']],
  events: [['id', 'title', 'date', 'participants', 'sources', 'confidence', 'alsoNamed'], ['id', 'title', 'date', 'participants', 'alsoNamed', 'confidence', 'sources']],
  plainEvents: [['id', 'title', 'date', 'participants', 'sources', 'confidence', 'noPage', 'alsoNamed'], ['id', 'title', 'date', 'participants', 'alsoNamed', 'confidence', 'noPage', 'sources']],
  quotes: [['entity', 'article', 'sentence', 'date'], ['entity', 'article', 'sentence', 'date']],
  reports: [['article', 'sentence', 'type', 'participants', 'why', 'date'], ['article', 'sentence', 'type', 'date', 'participants', 'why']],
} as const satisfies Record<string, readonly [readonly string[], readonly string[]]>;
/** Version 4's field order of each list's records (README *graph.json*). */
export const GRAPH_JSON_V4_FIELDS = Object.fromEntries(Object.entries(V4_LAYOUT).map(([list, [v4]]) => [list, v4])) as unknown as { [K in keyof typeof V4_LAYOUT]: (typeof V4_LAYOUT)[K][0] };
const V3_KEYS = Object.fromEntries(Object.entries(V4_LAYOUT).map(([list, [, v3]]) => [list, v3])) as unknown as { [K in keyof typeof V4_LAYOUT]: readonly string[] };
type V4List = keyof typeof GRAPH_JSON_V4_FIELDS;
const V4_LISTS = Object.keys(GRAPH_JSON_V4_FIELDS) as V4List[];
/** A record of version 4: its fields' values in GRAPH_JSON_V4_FIELDS's order, `null` for one it has not, no null last. */
export type GraphJsonV4Record = unknown[];

export interface GraphJsonV4 {
  version: 4;
  articles: GraphJsonV4Record[];
  entities: GraphJsonV4Record[];
  plainNames: GraphJsonV4Record[];
  events: GraphJsonV4Record[];
  plainEvents?: GraphJsonV4Record[];
  quotes: GraphJsonV4Record[];
  reports: GraphJsonV4Record[];
  problems: GraphJson['problems'];
}

/** Version 3 written as version 4: each record as the array of its fields (GRAPH_JSON_V4_FIELDS). */
export function graphJsonV4(doc: GraphJson): GraphJsonV4 {
  const lists = Object.fromEntries(
    Object.entries(doc).map(([key, value]) => {
      if (!V4_LISTS.includes(key as V4List)) return [key, key === 'version' ? 4 : value];
      const fields = GRAPH_JSON_V4_FIELDS[key as V4List];
      return [key, (value as Record<string, unknown>[]).map((r) => {
        const unknown = Object.keys(r).find((k) => !(fields as readonly string[]).includes(k));
        if (unknown !== undefined) throw new Error(`graph.json version 4: ${key} has no field "${unknown}"`);
        const row: unknown[] = fields.map((f) => r[f] ?? null);
        while (row.length > 0 && row.at(-1) === null) row.pop();
        return row;
      })];
    }),
  );
  return lists as unknown as GraphJsonV4;
}

/** Version 4 read back as version 3, exactly: each record the object of its fields, in version 3's key order. */
export function graphJsonV3(doc: GraphJsonV4): GraphJson {
  const lists = Object.fromEntries(
    Object.entries(doc).map(([key, value]) => {
      if (!V4_LISTS.includes(key as V4List)) return [key, key === 'version' ? 3 : value];
      const fields: readonly string[] = GRAPH_JSON_V4_FIELDS[key as V4List];
      return [key, (value as unknown[][]).map((row) => {
        if (!Array.isArray(row) || row.length > fields.length) throw new Error(`graph.json version 4: a record of ${key} is not an array of at most ${fields.length} fields`);
        const record: Record<string, unknown> = {};
        for (const k of V3_KEYS[key as V4List]) {
          const v = row[fields.indexOf(k)];
          if (v !== null && v !== undefined) record[k] = v;
        }
        return record;
      })];
    }),
  );
  return lists as unknown as GraphJson;
}

/**
 * graph.json as text: one line per article, entity, event, quote and problem, each line compact. Indented, its
 * whitespace was a quarter of the file (BBC: 22.8 MB → 17.5 MB); one record a line still reads, greps and diffs.
 */
export function serializeGraphJson(graph: Graph, version: GraphJsonVersion = GRAPH_JSON_VERSION): string {
  return formatGraphJson(version === 1 ? toGraphJsonV1(graph) : version === 2 ? toGraphJsonV2(graph) : version === 3 ? toGraphJson(graph) : toGraphJsonV4(graph));
}

/** A version 4 record from its fields' values in GRAPH_JSON_V4_FIELDS's order: absent ones null, none null last. */
function v4Row(values: unknown[]): GraphJsonV4Record {
  const row = values.map((v) => v ?? null);
  while (row.length > 0 && row.at(-1) === null) row.pop();
  return row;
}

/**
 * Version 4 made from the graph in one pass, the same document as `graphJsonV4(toGraphJson(graph))` (which
 * tests/graph-json.test.ts holds it to): the three projections in between copied every mention three times, 2.4 s
 * of the write stage of a one-story rebuild of 10,000 Reuters stories (bench/RESULTS.md, session 43). The sentences
 * only statements, reports and event sources cite are appended to their articles' lists in the order version 3
 * cites them (events, plainEvents, quotes, reports), so the articles are made last.
 */
export function toGraphJsonV4(graph: Graph): GraphJsonV4 {
  const cited = articleSentences(graph);
  const lists: SentenceLists = new Map(graph.articles.map((a) => {
    const list = [...(cited.get(a.id) ?? [])];
    return [a.id, { list, at: new Map(list.map((text, i) => [text, i])) }];
  }));
  const indexOf = appendingIndex(lists);
  const sources = (ev: Event) => ev.sources.map((s): GraphJsonV3Source => [s.article, indexOf(s.article, s.quote)]);
  const eventRow = (ev: Event, confidence: number | undefined, noPage: string[]) =>
    v4Row([ev.id, ev.title, ev.date, [...new Set(ev.participants.map((p) => p.entity))], sources(ev), confidence, ...noPage, ev.alsoNamed?.length ? ev.alsoNamed.map((p) => p.entity) : null]);
  const events = [...graph.events].filter((ev) => ev.noPage === undefined).sort(byId).map((ev) => eventRow(ev, ev.confidence, []));
  const plain = [...graph.events].filter((ev) => ev.noPage !== undefined).sort(byId);
  const plainEvents = plain.map((ev) => eventRow(ev, ev.confidence ?? 0, [ev.noPage!]));
  const quotes = graph.quotes.map((q) => v4Row([q.entity, q.article, indexOf(q.article, q.quote), q.date]));
  const reports = (graph.reports ?? []).map((r) => v4Row([r.article, indexOf(r.article, r.quote), r.type, [...new Set(r.participants.map((p) => p.entity))], r.why, r.date]));
  // A mention's sentence is among its article's cited ones, which head its list: the list's index (`at`) is theirs too,
  // so it is not made twice; only an article outside `articles` (none in a build) gets its own, from its cited sentences.
  const indexes = citedIndexes(lists, cited);
  const mentions = (e: Entity | NonNullable<Graph['plainNames']>[number]) => compactMentions(e.name, e.mentions.map((m) => v2Mention(m, indexes)));
  return {
    version: 4,
    articles: [...graph.articles].sort(byId).map((a) => v4Row([a.id, a.title, a.file, lists.get(a.id)!.list, a.date, a.source, a.duplicateOf, a.line, a.authors && [...a.authors], a.canonicalUrl])),
    entities: [...graph.entities].sort(byId).map((e) => v4Row([e.id, e.name, e.type, e.confidence, mentions(e), e.aliases.length > 0 ? [...e.aliases] : null, authoredOf(e)])),
    plainNames: [...(graph.plainNames ?? [])].sort(byId).map((e) => v4Row([e.id, e.name, e.type, e.confidence ?? 0, mentions(e), e.aliases.length > 0 ? [...e.aliases] : null, e.noPage])),
    events,
    ...(plain.length > 0 ? { plainEvents } : {}),
    quotes,
    reports,
    problems: problemsJson(graph.problems),
  };
}

/** An article's index of its cited sentences, by their text. */
type CitedIndex = (article: string) => ReadonlyMap<string, number>;

/**
 * Each article's index of its cited sentences: its list's (`at`), whose first entries they are, or, for an article
 * without a list, made from them once.
 */
function citedIndexes(lists: SentenceLists, cited: Map<string, string[]>): CitedIndex {
  const made = new Map<string, Map<string, number>>();
  return (article) => {
    const own = lists.get(article)?.at ?? made.get(article);
    if (own) return own;
    const index = new Map(cited.get(article)?.map((text, i) => [text, i]));
    made.set(article, index);
    return index;
  };
}

/** A mention as version 2 has it: its sentence by index into its article's cited sentences (`indexes`). */
function v2Mention(m: MentionRef, indexes: CitedIndex): GraphJsonMention<number> {
  const mention: GraphJsonMention<number> = { article: m.article, text: m.text, sentence: m.sentenceText === undefined ? undefined : indexes(m.article).get(m.sentenceText)! };
  if (m.role) mention.role = m.role;
  return mention;
}

/** The articles an entity's bylines credit it with, or null when none (authoredBy). */
function authoredOf(e: Entity): string[] | null {
  const authored = authoredBy(e);
  return authored.length > 0 ? authored : null;
}

/** A graph.json document of any version as the text Chronicle writes. */
export function formatGraphJson(doc: GraphJsonV4 | GraphJson | GraphJsonV2 | GraphJsonV1): string {
  const fields = Object.entries(doc).map(([key, value]) =>
    Array.isArray(value)
      ? `${JSON.stringify(key)}: [${value.length ? `\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n` : ''}]`
      : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** graph.json of one version as the README states it, for consumers and tests that read a built site. */
function schemaOf<V extends GraphJsonVersion, S extends z.ZodTypeAny, A extends z.ZodRawShape>(version: V, sentence: S, articleSentences: A) {
  const mention = z.object({ article: z.string(), text: z.string(), sentence: sentence.optional(), role: z.enum(['source', 'author']).optional() }).strict();
  const name = { id: z.string().min(1), name: z.string().min(1), type: z.enum(['person', 'organization', 'place', 'other']), aliases: z.array(z.string()) };
  const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY-MM-DD, YYYY-MM or YYYY');
  const event = { id: z.string().min(1), title: z.string().min(1), date: isoDate.nullable(), participants: z.array(z.string()), alsoNamed: z.array(z.string().min(1)).optional() };
  const sources = z.array(z.object({ article: z.string(), quote: z.string() }));
  return z
    .object({
      version: z.literal(version),
      articles: z.array(
        z.object({
          id: z.string().min(1),
          title: z.string(),
          date: isoDate.nullable(),
          source: z.string().nullable(),
          file: z.string().min(1),
          url: z.string().regex(/^articles\/[^/]+\.html$/),
          duplicateOf: z.string().optional(),
          line: z.number().int().positive().optional(),
          authors: z.array(z.string().min(1)).optional(),
          canonicalUrl: z.string().min(1).optional(),
          ...articleSentences,
        }),
      ),
      entities: z.array(
        z.object({
          ...name,
          url: z.string().regex(/^entities\/[^/]+\.html$/),
          confidence: z.number().min(0).max(1).optional(),
          authored: z.array(z.string().min(1)).optional(),
          mentions: z.array(mention),
        }),
      ),
      plainNames: z.array(
        z.object({
          ...name,
          confidence: z.number().min(0).max(1),
          noPage: z.string().min(1).optional(),
          mentions: z.array(mention),
        }),
      ),
      events: z.array(
        z.object({
          ...event,
          url: z.string().regex(/^events\/[^/]+\.html$/),
          confidence: z.number().min(0).max(1).optional(),
          sources,
        }),
      ),
      plainEvents: z.array(z.object({ ...event, confidence: z.number().min(0).max(1), noPage: z.string().min(1), sources })).optional(),
      quotes: z.array(z.object({ entity: z.string().min(1), article: z.string().min(1), quote: z.string(), date: isoDate.nullable() })),
      reports: z.array(z.object({ article: z.string().min(1), quote: z.string(), type: z.string().min(1), date: isoDate.nullable(), participants: z.array(z.string().min(1)), why: z.enum(['unasserted', 'forecast', 'state', 'untitled', 'unnamed', 'not-news']) })),
      problems: z.array(z.object({ file: z.string(), line: z.number().int().positive().optional(), message: z.string() })),
    })
    .strict();
}

export const graphJsonSchemaV1 = schemaOf(1, z.string(), {});

/** Version 2, whose every mention's sentence index points into its article's `sentences`, each sentence there once. */
export const graphJsonSchemaV2 = schemaOf(2, z.number().int().min(0), { sentences: z.array(z.string()) }).superRefine((doc, ctx) => {
  const counts = new Map(doc.articles.map((a) => [a.id, a.sentences.length]));
  onceEach(doc.articles, ctx);
  for (const m of [...doc.entities, ...doc.plainNames].flatMap((e) => e.mentions)) {
    if (m.sentence !== undefined && !(m.sentence < (counts.get(m.article) ?? 0))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `mention "${m.text}": no sentence ${m.sentence} in article ${m.article}` });
    }
  }
});

/** An issue for each article that lists a sentence twice. */
function onceEach(articles: { id: string; sentences: string[] }[], ctx: z.RefinementCtx): void {
  for (const a of articles) {
    if (new Set(a.sentences).size !== a.sentences.length) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `article ${a.id}: a sentence listed twice` });
  }
}

/** The version 3 graph's cross-checks: each index within its article's sentences, and each sentence cited by something. */
function everySentenceCitedOnce(doc: GraphJson, ctx: z.RefinementCtx): void {
  onceEach(doc.articles, ctx);
  const sentences = new Map(doc.articles.map((a) => [a.id, a.sentences]));
  const cited = new Map(doc.articles.map((a) => [a.id, new Set<number>()]));
  const cite = (article: string, i: number | null, what: string) => {
    if (i === null) return;
    if (!(i < (sentences.get(article)?.length ?? 0))) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${what}: no sentence ${i} in article ${article}` });
    cited.get(article)?.add(i);
  };
  for (const e of [...doc.entities, ...doc.plainNames]) {
    e.mentions.forEach(([article, ...items], i) => {
      // One way to write each name's mentions: an article's consecutive mentions in one run, a text only where it is not the name (or a role follows).
      if (i > 0 && e.mentions[i - 1]![0] === article) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `mentions of ${e.id}: two runs of article ${article} in a row` });
      for (const m of items) {
        cite(article, Array.isArray(m) ? m[0] : m, `mention of ${e.id}`);
        if (Array.isArray(m) && m.length === 2 && m[1] === e.name) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `mention of ${e.id}: its name written as its text` });
      }
    });
  }
  for (const ev of [...doc.events, ...(doc.plainEvents ?? [])]) for (const [article, i] of ev.sources) cite(article, i, `event ${ev.id}`);
  for (const q of doc.quotes) cite(q.article, q.sentence, `statement of ${q.entity}`);
  for (const r of doc.reports) cite(r.article, r.sentence, 'report');
  for (const a of doc.articles) {
    if (cited.get(a.id)!.size !== a.sentences.length) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `article ${a.id}: a sentence nothing cites` });
  }
}

/**
 * Version 3, the current one: every index (a mention's, a statement's, a report's, an event source's) within its
 * article's `sentences`, none listed twice, and every sentence cited by something.
 */
export const graphJsonSchema = (() => {
  const id = z.string().min(1);
  const index = z.number().int().min(0);
  const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY-MM-DD, YYYY-MM or YYYY');
  const item = z.union([index.nullable(), z.tuple([index.nullable(), z.string()]), z.tuple([index.nullable(), z.string(), z.enum(['source', 'author'])])]);
  const mention = z.tuple([id]).rest(item).refine((run) => run.length > 1, 'a run of mentions names its article and at least one mention');
  const name = { id, name: z.string().min(1), type: z.enum(['person', 'organization', 'place', 'other']), aliases: z.array(z.string()).min(1).optional() };
  const event = { id, title: z.string().min(1), date: isoDate.optional(), participants: z.array(z.string()), alsoNamed: z.array(z.string().min(1)).optional() };
  const sources = z.array(z.tuple([id, index]));
  const confidence = z.number().min(0).max(1);
  return z
    .object({
      version: z.literal(3),
      articles: z.array(
        z
          .object({
            id,
            title: z.string(),
            date: isoDate.optional(),
            source: z.string().optional(),
            file: z.string().min(1),
            duplicateOf: z.string().optional(),
            line: z.number().int().positive().optional(),
            authors: z.array(z.string().min(1)).optional(),
            canonicalUrl: z.string().min(1).optional(),
            sentences: z.array(z.string()),
          })
          .strict(),
      ),
      entities: z.array(z.object({ ...name, confidence: confidence.optional(), authored: z.array(z.string().min(1)).optional(), mentions: z.array(mention) }).strict()),
      plainNames: z.array(z.object({ ...name, confidence, noPage: z.string().min(1).optional(), mentions: z.array(mention) }).strict()),
      events: z.array(z.object({ ...event, confidence: confidence.optional(), sources }).strict()),
      plainEvents: z.array(z.object({ ...event, confidence, noPage: z.string().min(1), sources }).strict()).optional(),
      quotes: z.array(z.object({ entity: id, article: id, sentence: index, date: isoDate.optional() }).strict()),
      reports: z.array(z.object({ article: id, sentence: index, type: z.string().min(1), date: isoDate.optional(), participants: z.array(z.string().min(1)), why: z.enum(['unasserted', 'forecast', 'state', 'untitled', 'unnamed', 'not-news']) }).strict()),
      problems: z.array(z.object({ file: z.string(), line: z.number().int().positive().optional(), message: z.string() }).strict()),
    })
    .strict()
    .superRefine(everySentenceCitedOnce);
})();

/**
 * Version 4, the current one: every list's records arrays of at most their fields (GRAPH_JSON_V4_FIELDS), none
 * ending in `null` (so each graph has one version 4 text), and what they say valid as version 3 (`graphJsonSchema`).
 */
export const graphJsonSchemaV4 = (() => {
  const rows = (list: V4List) =>
    z.array(
      z
        .array(z.unknown())
        .max(GRAPH_JSON_V4_FIELDS[list].length)
        .refine((row) => row.length > 0 && row.at(-1) !== null, `a record of ${list} ends in a field it has (no null last)`),
    );
  return z
    .object({
      version: z.literal(4),
      articles: rows('articles'),
      entities: rows('entities'),
      plainNames: rows('plainNames'),
      events: rows('events'),
      plainEvents: rows('plainEvents').optional(),
      quotes: rows('quotes'),
      reports: rows('reports'),
      problems: z.array(z.unknown()),
    })
    .strict()
    .superRefine((doc, ctx) => {
      const v3 = graphJsonSchema.safeParse(graphJsonV3(doc as GraphJsonV4));
      if (!v3.success) for (const issue of v3.error.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path, message: `as version 3: ${issue.message}` });
    });
})();
