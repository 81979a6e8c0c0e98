/**
 * graph.json version 3 (issue 17, session 32): every cited sentence written once, on its article, mentions and event
 * sources as arrays, derivable and empty fields left out, and read back through `graphJsonV2` to exactly the version 2
 * document; version 2 (each mention's sentence once) read back through `graphJsonV1` to exactly version 1 — on the
 * seeds, on credits, on invented stories whose sentences name several names and repeat, and on a generated archive.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline.ts';
import { GRAPH_JSON_V4_FIELDS, asGraphJsonV1, asGraphJsonV2, compactGraphJson, graphJsonSchemaV4, graphJsonV3, graphJsonV4, type GraphJsonV4, formatGraphJson, graphJsonSchema, graphJsonSchemaV1, graphJsonSchemaV2, graphJsonV1, graphJsonV2, serializeGraphJson, toGraphJson, toGraphJsonV1, toGraphJsonV2, type GraphJson, type GraphJsonMention, type GraphJsonV2, type GraphJsonV3Mentions } from '../src/graph/graph-json.ts';
import { writeArchiveFixture } from './helpers/archive-fixture.ts';
import type { Graph } from '../src/types.ts';

/** Invented stories: a sentence with three names, a sentence written twice, names whose ids sort against the text. */
const STORIES: Record<string, string> = {
  'pier.txt':
    'Harbour board approves new pier\n\nZed Quorn opened the meeting on Monday.\n\nZed Quorn, Anna Berg and Tomas Brell met the Ellery Harbour Board on Monday.\n\n' +
    'Anna Berg said the pier would open in May, and Zed Quorn agreed.\n\nZed Quorn, Anna Berg and Tomas Brell met the Ellery Harbour Board on Monday.\n\n' +
    'Tomas Brell, who leads the quay traders, said the Dunmore Shipping Company would run two boats a day.\n',
  'mill.txt': 'Old mill to become a library\n\nZed Quorn said the Calder Mill in Ellery would become the town library.\n\nAnna Berg of the Ellery Town Council welcomed the plan.\n',
};

let dir: string;
const graphs: Record<string, Graph> = {};
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-graph-json-'));
  for (const [name, text] of Object.entries(STORIES)) await fs.writeFile(path.join(dir, name), text);
  graphs.seeds = await buildGraph({ input: 'seeds', workers: 1 });
  graphs.credits = await buildGraph({ input: 'tests/fixtures/formats', workers: 1 });
  graphs.repeats = await buildGraph({ input: dir, workers: 1 });
  // A bigger build: the generated archive of tests/listings.test.ts, smaller (statements, events, reports, credits).
  await writeArchiveFixture(path.join(dir, 'archive'), { count: 240, year: 2021, initial: 'K' });
  graphs.archive = await buildGraph({ input: path.join(dir, 'archive'), workers: 1 });
}, 600_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const CASES = ['seeds', 'credits', 'repeats', 'archive'] as const;
const mentionsOf = <S,>(doc: { entities: { mentions: GraphJsonMention<S>[] }[]; plainNames: { mentions: GraphJsonMention<S>[] }[] }) => [...doc.entities, ...doc.plainNames].flatMap((e) => e.mentions);

describe('graph.json version 2', () => {
  it.each(CASES)('expands back to the version 1 document byte for byte (%s)', (name) => {
    const v2 = toGraphJsonV2(graphs[name]!);
    expect(graphJsonSchemaV2.parse(v2)).toEqual(v2);
    const v1 = serializeGraphJson(graphs[name]!, 1);
    expect(graphJsonSchemaV1.parse(JSON.parse(v1))).toBeTruthy();
    expect(formatGraphJson(graphJsonV1(v2))).toBe(v1);
    // As a consumer reads it: the written text, parsed.
    expect(formatGraphJson(graphJsonV1(JSON.parse(serializeGraphJson(graphs[name]!, 2)) as GraphJsonV2))).toBe(v1);
    expect(serializeGraphJson(graphs[name]!, 2).length).toBeLessThan(v1.length);
  });

  it.each(CASES)('lists each cited sentence once, in the order the article reads (%s)', (name) => {
    const graph = graphs[name]!;
    const v2 = toGraphJsonV2(graph);
    const v1 = toGraphJsonV1(graph);
    for (const a of v2.articles) {
      const cited = new Set(mentionsOf(v1).filter((m) => m.article === a.id).map((m) => m.sentence!));
      expect(new Set(a.sentences)).toEqual(cited);
      expect(a.sentences).toHaveLength(cited.size);
      // Where each sits in the article (a credit's sentence is none of the text's: -1, before them).
      const read = graph.extractions.find((x) => x.article === a.id)?.sentences ?? [];
      const at = a.sentences.map((s) => read.find((r) => r.text === s)?.index ?? -1);
      expect(at).toEqual([...at].sort((x, y) => x - y));
    }
  });

  it('writes a sentence that names several names, or is written twice, once', () => {
    const v2 = toGraphJsonV2(graphs.repeats!);
    const pier = v2.articles.find((a) => a.file === 'pier.txt')!;
    const met = pier.sentences.indexOf('Zed Quorn, Anna Berg and Tomas Brell met the Ellery Harbour Board on Monday.');
    expect(met).toBe(1);
    expect(mentionsOf(v2).filter((m) => m.article === pier.id && m.sentence === met).length).toBeGreaterThanOrEqual(6);
    // By the article's order, not by which name (entities sorted by id) cites a sentence first.
    const firstUse = [...new Set(mentionsOf(toGraphJsonV1(graphs.repeats!)).filter((m) => m.article === pier.id).map((m) => m.sentence))];
    expect(firstUse).not.toEqual(pier.sentences);
  });

  it('refuses an index past its article\'s sentences, and a sentence listed twice', () => {
    const v2 = toGraphJsonV2(graphs.repeats!);
    const bad = structuredClone(v2);
    const m = bad.entities.flatMap((e) => e.mentions).find((x) => x.sentence !== undefined)!;
    m.sentence = 99;
    expect(() => graphJsonV1(bad)).toThrow(/no such sentence/);
    expect(graphJsonSchemaV2.safeParse(bad).success).toBe(false);
    const twice = structuredClone(v2);
    twice.articles[0]!.sentences.push(twice.articles[0]!.sentences[0]!);
    expect(graphJsonSchemaV2.safeParse(twice).success).toBe(false);
    expect(graphJsonSchemaV1.safeParse(v2).success).toBe(false);
  });
});

/** Every sentence a version 3 document cites, as `article\tindex`, with what cites it. */
const citations = (doc: GraphJson) => [
  ...[...doc.entities, ...doc.plainNames].flatMap((e) => e.mentions.flatMap(([article, ...items]) => items.map((m) => [article, Array.isArray(m) ? m[0] : m] as const))),
  ...[...doc.events, ...(doc.plainEvents ?? [])].flatMap((ev) => ev.sources),
  ...doc.quotes.map((q) => [q.article, q.sentence] as const),
  ...doc.reports.map((r) => [r.article, r.sentence] as const),
];

describe('graph.json version 4', () => {
  it.each(CASES)('writes each record as an array and reads back as version 3 byte for byte (%s)', (name) => {
    const graph = graphs[name]!;
    const written = serializeGraphJson(graph);
    const doc = JSON.parse(written) as GraphJsonV4;
    expect(doc.version).toBe(4);
    expect(graphJsonSchemaV4.safeParse(doc).success).toBe(true);
    const v3 = serializeGraphJson(graph, 3);
    expect(formatGraphJson(graphJsonV3(doc))).toBe(v3);
    expect(formatGraphJson(graphJsonV4(JSON.parse(v3) as GraphJson))).toBe(written);
    expect(formatGraphJson(asGraphJsonV2(doc))).toBe(serializeGraphJson(graph, 2));
    expect(formatGraphJson(asGraphJsonV1(doc))).toBe(serializeGraphJson(graph, 1));
    for (const list of Object.keys(GRAPH_JSON_V4_FIELDS) as (keyof typeof GRAPH_JSON_V4_FIELDS)[]) {
      for (const row of doc[list] ?? []) expect(row.at(-1), list).not.toBeNull();
    }
    // No field name is written but a problem's: the saving is every record's keys.
    expect(written.split('\n').filter((l) => l.startsWith('{')).length).toBe(1 + doc.problems.length);
    expect(written.length).toBeLessThan(v3.length);
  });

  it('keeps every field of an invented record, and says when one is not an array of its fields', () => {
    const v3: GraphJson = {
      version: 3,
      articles: [{ id: 'quay-1', title: 'Pier opens', date: '2031-04-02', file: 'quay.txt', authors: ['Ines Varga'], sentences: ['Marta Kovac opened the pier.', 'Oskar Lind spoke.'] }],
      entities: [{ id: 'marta-kovac', name: 'Marta Kovac', type: 'person', aliases: ['Kovac'], mentions: [['quay-1', 0]] }],
      plainNames: [{ id: 'oskar-lind', name: 'Oskar Lind', type: 'person', confidence: 0.25, noPage: 'one mention', mentions: [['quay-1', 1]] }],
      events: [],
      quotes: [{ entity: 'marta-kovac', article: 'quay-1', sentence: 0, date: '2031-04-02' }],
      reports: [],
      problems: [{ file: 'bad.txt', message: 'empty' }],
    };
    const v4 = graphJsonV4(v3);
    // Entity: no confidence (null), no later field but aliases.
    expect(v4.entities[0]).toEqual(['marta-kovac', 'Marta Kovac', 'person', null, [['quay-1', 0]], ['Kovac']]);
    expect(v4.articles[0]).toEqual(['quay-1', 'Pier opens', 'quay.txt', ['Marta Kovac opened the pier.', 'Oskar Lind spoke.'], '2031-04-02', null, null, null, ['Ines Varga']]);
    expect(graphJsonV3(v4)).toEqual(v3);
    expect(formatGraphJson(graphJsonV3(v4))).toBe(formatGraphJson(v3));
    expect(graphJsonSchemaV4.safeParse(v4).success).toBe(true);
    expect(graphJsonSchemaV4.safeParse({ ...v4, quotes: [['marta-kovac', 'quay-1', 0, null]] }).success).toBe(false);
    expect(graphJsonSchemaV4.safeParse({ ...v4, quotes: [['marta-kovac', 'quay-1', 7]] }).success).toBe(false);
    expect(() => graphJsonV4({ ...v3, quotes: [{ ...v3.quotes[0]!, colour: 'red' } as never] })).toThrow(/no field "colour"/);
  });
});

describe('graph.json version 3', () => {
  it.each(CASES)('expands back to the version 2 and version 1 documents byte for byte (%s)', (name) => {
    const graph = graphs[name]!;
    const v3 = toGraphJson(graph);
    expect(graphJsonSchema.parse(v3)).toEqual(v3);
    const v2 = serializeGraphJson(graph, 2);
    expect(graphJsonSchemaV2.parse(JSON.parse(v2))).toBeTruthy();
    expect(formatGraphJson(graphJsonV2(v3))).toBe(v2);
    // As a consumer reads it: the written text, parsed.
    const written = serializeGraphJson(graph, 3);
    expect(JSON.parse(written).version).toBe(3);
    expect(formatGraphJson(graphJsonV2(JSON.parse(written) as GraphJson))).toBe(v2);
    expect(formatGraphJson(asGraphJsonV1(JSON.parse(written) as GraphJson))).toBe(serializeGraphJson(graph, 1));
    // And back: nothing in version 2 that version 3 does not keep.
    expect(formatGraphJson(compactGraphJson(graphJsonV2(v3)))).toBe(written);
    expect(written.length).toBeLessThan(v2.length);
  });

  it.each(CASES)("cites every sentence of an article once, statements', reports' and sources' too (%s)", (name) => {
    const graph = graphs[name]!;
    const v3 = toGraphJson(graph);
    const v2 = toGraphJsonV2(graph);
    const articles = new Map(v3.articles.map((a) => [a.id, a.sentences]));
    const cited = new Set(citations(v3).map(([article, i]) => `${article}\t${i}`));
    expect(cited.size).toBe(v3.articles.reduce((n, a) => n + a.sentences.length, 0));
    // Version 2's list first, as it is, so a mention's index is the same in both.
    for (const a of v2.articles) expect(articles.get(a.id)!.slice(0, a.sentences.length)).toEqual(a.sentences);
    // A statement's, a source's, a report's index is its sentence.
    for (const q of v2.quotes) expect(articles.get(q.article)![v3.quotes[v2.quotes.indexOf(q)]!.sentence]).toBe(q.quote);
    for (const r of v2.reports) expect(articles.get(r.article)![v3.reports[v2.reports.indexOf(r)]!.sentence]).toBe(r.quote);
    v2.events.forEach((ev, i) => ev.sources.forEach((s, j) => expect(articles.get(s.article)![v3.events[i]!.sources[j]![1]]).toBe(s.quote)));
  });

  it('leaves out urls, empty aliases and null dates and sources, and writes mentions and sources as arrays', () => {
    const v3 = toGraphJson(graphs.repeats!);
    const text = formatGraphJson(v3);
    expect(text).not.toMatch(/"url":|"aliases":\[\]|"date":null|"source":null|"quote":/);
    const pier = v3.articles.find((a) => a.file === 'pier.txt')!;
    expect(pier).not.toHaveProperty('date');
    const quorn = v3.entities.find((e) => e.name === 'Zed Quorn')!;
    // One run for the article, each mention written as the name is a bare sentence index (the repeated sentence's twice).
    const run = quorn.mentions.filter((r) => r[0] === pier.id);
    expect(run).toHaveLength(1);
    expect(run[0]!.slice(1).filter((m) => m === 1)).toHaveLength(2);
    expect(run[0]!.slice(1).every((m) => typeof m === 'number')).toBe(true);
    // A text is written only where it is not the name (the seeds' "Blair" of Tony Blair).
    const items = toGraphJson(graphs.seeds!).entities.flatMap((e) => e.mentions.flatMap(([, ...m]) => m.flatMap((x) => (Array.isArray(x) && x.length === 2 ? [x[1] !== e.name] : []))));
    expect(items.length).toBeGreaterThan(0);
    expect(items).not.toContain(false);
    expect(v3.quotes.length + v3.events.length + v3.reports.length).toBeGreaterThan(0);
    const archive = toGraphJson(graphs.archive!);
    // The archive has statements, events with many sources, and dated articles.
    expect(archive.quotes.length).toBeGreaterThan(100);
    expect(Math.max(...archive.events.map((ev) => ev.sources.length))).toBeGreaterThanOrEqual(10);
    expect(archive.articles.every((a) => a.date !== undefined)).toBe(true);
    const credits = toGraphJson(graphs.credits!);
    expect(credits.entities.flatMap((e) => e.mentions.flatMap(([, ...m]) => m)).some((m) => Array.isArray(m) && m.length === 3 && ['author', 'source'].includes(m[2]))).toBe(true);
  });

  it("refuses an index past its article's sentences, a sentence listed twice, and one nothing cites", () => {
    const v3 = toGraphJson(graphs.archive!);
    const bad = structuredClone(v3);
    bad.quotes[0]!.sentence = 999;
    expect(() => graphJsonV2(bad)).toThrow(/no such sentence/);
    expect(graphJsonSchema.safeParse(bad).success).toBe(false);
    const mention = structuredClone(v3);
    mention.entities[0]!.mentions[0]![1] = 999;
    const runs = structuredClone(v3);
    const split = runs.entities.find((e) => e.mentions.some((r) => r.length > 2))!;
    const at = split.mentions.findIndex((r) => r.length > 2);
    split.mentions.splice(at, 1, split.mentions[at]!.slice(0, 2) as GraphJsonV3Mentions, [split.mentions[at]![0], ...split.mentions[at]!.slice(2)] as GraphJsonV3Mentions);
    expect(formatGraphJson(graphJsonV2(runs))).toBe(formatGraphJson(graphJsonV2(v3)));
    expect(graphJsonSchema.safeParse(runs).success).toBe(false);
    expect(() => graphJsonV2(mention)).toThrow(/no such sentence/);
    expect(graphJsonSchema.safeParse(mention).success).toBe(false);
    const twice = structuredClone(v3);
    twice.articles[0]!.sentences.push(twice.articles[0]!.sentences[0]!);
    expect(graphJsonSchema.safeParse(twice).success).toBe(false);
    const idle = structuredClone(v3);
    idle.articles[0]!.sentences.push('A sentence nobody cites.');
    expect(graphJsonSchema.safeParse(idle).success).toBe(false);
    expect(graphJsonSchemaV2.safeParse(v3).success).toBe(false);
    expect(graphJsonSchema.safeParse(toGraphJsonV2(graphs.archive!)).success).toBe(false);
  });
});
