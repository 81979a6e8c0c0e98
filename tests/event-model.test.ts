/**
 * The event page model (issue 19, session 31): its features read how an event is told, its gate takes the page of an
 * event below the threshold and keeps the event in graph.json (`plainEvents`, with its confidence and reason), and
 * every derived view of the site skips it. Invented stories only.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline.ts';
import { buildSiteModel } from '../src/graph/site-model.ts';
import { graphJsonSchema, toGraphJson } from '../src/graph/graph-json.ts';
import { searchRecords } from '../src/search/records.ts';
import { eventContext, eventFeatures, gateEvents, newsFeatures, readAsNoHappening, EVENT_MODEL_NO_PAGE, NOT_HAPPENING_NO_PAGE } from '../src/resolve/event-model.ts';
import { ledeKind } from '../src/extract/lede-kind.ts';
import { partyContext, partyFeatures, type PartyContext } from '../eval/event-party-features.ts';
import { readMention } from '../src/extract/event-reading.ts';
import type { Graph } from '../src/types.ts';

/** Invented stories: a happening told in the past with a figure, and one told as to come ("is to launch") with none. */
const STORIES: Record<string, string> = {
  'kettle.txt': ' date 2031-04-02\nBrandle Kettles buys Ostrey Pans\n\nBrandle Kettles Inc acquired Ostrey Pans Ltd for 42 mln dlrs, Brandle Kettles said.\n',
  'ferry.txt': ' date 2031-04-03\nVarrow Ferries to open Tulloch route\n\nVarrow Ferries Co is to launch a route to Tulloch Island next week, the Varrow Ferries chairman Ina Selko said on Tuesday.\n',
};

let dir: string;
let graph: Graph;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-event-model-'));
  for (const [name, text] of Object.entries(STORIES)) await fs.writeFile(path.join(dir, name), text);
  graph = await buildGraph({ input: dir, workers: 1 });
}, 300_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const contextOf = (g: Graph) => eventContext(g.articles, g.extractions, [...g.entities, ...(g.plainNames ?? [])]);
const eventOf = (g: Graph, article: string) => g.events.find((ev) => ev.sources[0]!.article === article)!;

describe('the event page model', () => {
  it("reads the trigger's tense and a modal or 'to' before it, a figure, the lede and the date against the report", () => {
    const ctx = contextOf(graph);
    const bought = eventFeatures(eventOf(graph, 'kettle'), ctx);
    expect(bought['trigger.tag.PastTense']).toBe(1);
    expect(bought['trigger.modal-before'] ?? 0).toBe(0);
    expect(bought['figure.any']).toBe(1);
    expect(bought['sources.lede']).toBe(1);
    expect(bought['date.article-day']).toBe(1);
    const route = eventFeatures(eventOf(graph, 'ferry'), ctx);
    expect(route['trigger.to-before']).toBe(1);
    expect(bought['trigger.to-before'] ?? 0).toBe(0);
    expect(route['figure.any']).toBe(0);
  });

  it('gives every event a confidence and takes the page of one below the threshold, keeping it in graph.json', () => {
    const g: Graph = { ...graph, events: graph.events.map((ev) => ({ ...ev })) };
    // A model that reads only a trigger told as to come, against a page.
    gateEvents(g.events, contextOf(g), 0.3, { about: '', bias: 1, weights: { 'trigger.to-before': -4 } });
    const route = eventOf(g, 'ferry');
    const bought = eventOf(g, 'kettle');
    expect(route.noPage).toBe(EVENT_MODEL_NO_PAGE);
    expect(route.confidence).toBeLessThan(0.3);
    expect(bought.noPage).toBeUndefined();
    expect(bought.confidence).toBeGreaterThan(0.3);

    const doc = toGraphJson(g);
    expect(graphJsonSchema.parse(doc)).toEqual(doc);
    expect(doc.events.map((ev) => ev.id)).not.toContain(route.id);
    expect(doc.events.find((ev) => ev.id === bought.id)!.confidence).toBe(bought.confidence);
    const plain = doc.plainEvents!.find((ev) => ev.id === route.id)!;
    expect(plain).toMatchObject({ confidence: route.confidence, noPage: EVENT_MODEL_NO_PAGE, title: route.title });
    expect(plain).not.toHaveProperty('url');

    // Every derived view skips it: event pages, the timeline, search records, entity and article pages' event lists.
    const model = buildSiteModel(g);
    expect(model.events.map((ev) => ev.id)).toEqual([bought.id]);
    expect(model.counts.events).toBe(1);
    const timeline = JSON.stringify(model.listings.timeline);
    expect(timeline).toContain(bought.id);
    expect(timeline).not.toContain(route.id);
    expect(searchRecords(model).map((r) => r.url).some((u) => u.includes(route.id))).toBe(false);
    for (const e of model.entities) expect(e.events.map((ev) => ev.id)).not.toContain(route.id);
    for (const a of model.articles) expect(a.events.map((ev) => ev.id)).not.toContain(route.id);
  });

  it("reads the extraction's models as numbers, recorded on the mention, and reads the mention's record at resolve time", () => {
    // Session 32 (evt66): the assertion model's odds, the state models' odds, a lede's news-kind reading.
    const planned = readMention({ quote: 'Orlin Mills plans to shut its Dunmere works next year.', trigger: 'shut' });
    const done = readMention({ quote: 'Orlin Mills shut its Dunmere works on Monday.', trigger: 'shut' });
    expect(planned['assertion.unasserted']!).toBeGreaterThan(0.5);
    expect(done['assertion.asserted']!).toBeGreaterThan(0.5);
    expect(done['assertion.unasserted'] ?? 0).toBeLessThan(planned['assertion.unasserted']!);
    expect(done['state.odds']).toBeGreaterThan(0);
    // A statement's trigger is its saying: what it reports is read at the reported verb ("said it will hold").
    const plan = readMention({ quote: 'Orlin Mills said it will hold a meeting of holders next month.', trigger: 'said', lede: true });
    expect(plan['reported.modal']).toBe(1);
    expect(plan['reported.assertion.future']!).toBeGreaterThan(0.5);
    // The extraction records it on every mention that may make an event; the model reads that record.
    const news = graph.extractions.find((x) => x.article === 'kettle')!.events.find((m) => m.lede)!;
    expect(news.reading?.['trigger.tag.PastTense']).toBe(1);
    expect(news.reading?.['assertion.asserted']).toBeGreaterThan(0.5);
    const g: Graph = { ...graph, extractions: graph.extractions.map((x) => ({ ...x, events: x.events.map((m) => (m.lede ? { ...m, reading: { 'state.odds': 0.9 } } : m)) })) };
    const read = eventFeatures(eventOf(g, 'kettle'), contextOf(g));
    expect(read['state.odds']).toBe(0.9);
    expect(read['trigger.tag.PastTense']).toBeUndefined();
  });
  it("reads the lede-kind model's odds of the news, and the happening decision takes the page of news read as none", () => {
    // Session 43 (evt96): the news carries the lede-kind model's odds of a happening; the decision reads them.
    const ctx = contextOf(graph);
    const article = graph.articles.find((a) => a.id === 'kettle')!;
    const lede = graph.extractions.find((x) => x.article === 'kettle')!.events.find((m) => m.lede)!;
    const bought = eventFeatures(eventOf(graph, 'kettle'), ctx);
    expect(bought['news.happening']).toBe(Math.round(ledeKind(article.title, lede.quote).happening * 1000) / 1000);
    // A bar between the two ledes' odds takes the page of the lower alone.
    const route = eventFeatures(eventOf(graph, 'ferry'), ctx);
    const [low, high] = [route, bought].sort((a, b) => a['news.happening']! - b['news.happening']!);
    const decision = { about: '', bar: (low!['news.happening']! + high!['news.happening']!) / 2 };
    expect(high!['news.happening']!).toBeGreaterThan(low!['news.happening']!);
    expect(readAsNoHappening(low!, decision)).toBe(true);
    expect(readAsNoHappening(high!, decision)).toBe(false);
    expect(readAsNoHappening({ 'sources.lede': 0 }, { about: '', bar: 1 })).toBe(false);
    const g: Graph = { ...graph, events: graph.events.map((ev) => ({ ...ev })) };
    gateEvents(g.events, contextOf(g), 0, { about: '', bias: 0, weights: {} }, decision);
    const taken = g.events.filter((ev) => ev.noPage !== undefined);
    expect(taken).toHaveLength(1);
    expect(taken[0]!.noPage).toBe(NOT_HAPPENING_NO_PAGE);
    expect(toGraphJson(g).plainEvents!.map((ev) => ev.noPage)).toEqual([NOT_HAPPENING_NO_PAGE]);
  });

  it("reads whether the news was read and its odds on a log-odds scale, and nothing for an event the lede-kind model did not read", () => {
    // Session 44 (evt98): the event page model's own reading of the lede-kind odds.
    const bought = eventFeatures(eventOf(graph, 'kettle'), contextOf(graph));
    expect(bought['news.read']).toBe(1);
    expect(bought['news.log-odds']).toBe(newsFeatures(bought)['news.log-odds']);
    const odds = (p: number) => newsFeatures({ 'news.happening': p })['news.log-odds']!;
    expect(odds(0.5)).toBe(0.5);
    expect(odds(0.005)).toBe(0);
    expect(odds(0.999)).toBe(1);
    expect(odds(0.2)).toBeLessThan(odds(0.9));
    expect(newsFeatures({ 'sources.lede': 0, 'state.odds': 0.4 })).toEqual({});
  });

  it("reads a party named once in its article, the sentence's names left out, and a place party written before a name", () => {
    // Session 52 (evt127): the trainer's candidate features (eval/event-party-features.ts) for the entity-reader, missing-party and place-modifier causes.
    const named = [...graph.entities, ...(graph.plainNames ?? [])];
    const kettle = eventOf(graph, 'kettle');
    const lede = graph.extractions.find((x) => x.article === 'kettle')!.events.find((m) => m.lede)!;
    const bought = partyFeatures(kettle, 'kettle', lede.sentence, partyContext(graph.extractions, named), (id) => named.find((e) => e.id === id)?.type);
    // Brandle Kettles is named twice, Ostrey Pans once; both names of the sentence are parties.
    expect(bought['parties.once']).toBe(1);
    expect(bought['parties.names-left']).toBe(0);
    const text = 'U.S. retailer Kemble Stores bought Drisco Ltd, Larch Bank said.';
    const span = (name: string, entity: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, entity });
    const ctx: PartyContext = {
      sentences: new Map([['a|0', { text, start: 0, names: [span('U.S.', 'us'), span('Kemble Stores', 'kemble'), span('Drisco Ltd', 'drisco'), span('Larch Bank', 'larch')] }]]),
      namedTimes: new Map([['us|a', 3], ['kemble|a', 2], ['drisco|a', 2], ['larch|a', 1]]),
    };
    const ev = { ...eventOf(graph, 'kettle'), participants: [{ entity: 'us', role: 'actor' as const }, { entity: 'drisco', role: 'target' as const }], alsoNamed: undefined };
    const typeOf = (id: string) => (id === 'us' ? 'place' as const : 'organization' as const);
    expect(partyFeatures(ev, 'a', 0, ctx, typeOf)).toEqual({ 'parties.once': 0, 'parties.names-left': 2 / 3, 'parties.place-modifier': 1 });
    // Drisco Ltd is not written before another name within two words: no modifier.
    const drisco = { ...ev, participants: [{ entity: 'drisco', role: 'actor' as const }, { entity: 'larch', role: 'target' as const }] };
    expect(partyFeatures(drisco, 'a', 0, ctx, () => 'place')).toMatchObject({ 'parties.once': 1, 'parties.place-modifier': 0 });
  });
});
