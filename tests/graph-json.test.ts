/**
 * graph.json version 2 (issue 17): each cited sentence written once, on its article, and read back through
 * `graphJsonV1` to exactly the version 1 document — on the seeds, on credits, and on invented stories whose sentences
 * name several names and repeat.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline.ts';
import { formatGraphJson, graphJsonSchema, graphJsonSchemaV1, graphJsonV1, serializeGraphJson, toGraphJson, toGraphJsonV1, type GraphJson, type GraphJsonMention } from '../src/graph/graph-json.ts';
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
}, 300_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const CASES = ['seeds', 'credits', 'repeats'] as const;
const mentionsOf = <S,>(doc: { entities: { mentions: GraphJsonMention<S>[] }[]; plainNames: { mentions: GraphJsonMention<S>[] }[] }) => [...doc.entities, ...doc.plainNames].flatMap((e) => e.mentions);

describe('graph.json version 2', () => {
  it.each(CASES)('expands back to the version 1 document byte for byte (%s)', (name) => {
    const v2 = toGraphJson(graphs[name]!);
    expect(graphJsonSchema.parse(v2)).toEqual(v2);
    const v1 = serializeGraphJson(graphs[name]!, 1);
    expect(graphJsonSchemaV1.parse(JSON.parse(v1))).toBeTruthy();
    expect(formatGraphJson(graphJsonV1(v2))).toBe(v1);
    // As a consumer reads it: the written text, parsed.
    expect(formatGraphJson(graphJsonV1(JSON.parse(serializeGraphJson(graphs[name]!)) as GraphJson))).toBe(v1);
    expect(serializeGraphJson(graphs[name]!).length).toBeLessThan(v1.length);
  });

  it.each(CASES)('lists each cited sentence once, in the order the article reads (%s)', (name) => {
    const graph = graphs[name]!;
    const v2 = toGraphJson(graph);
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
    const v2 = toGraphJson(graphs.repeats!);
    const pier = v2.articles.find((a) => a.file === 'pier.txt')!;
    const met = pier.sentences.indexOf('Zed Quorn, Anna Berg and Tomas Brell met the Ellery Harbour Board on Monday.');
    expect(met).toBe(1);
    expect(mentionsOf(v2).filter((m) => m.article === pier.id && m.sentence === met).length).toBeGreaterThanOrEqual(6);
    // By the article's order, not by which name (entities sorted by id) cites a sentence first.
    const firstUse = [...new Set(mentionsOf(toGraphJsonV1(graphs.repeats!)).filter((m) => m.article === pier.id).map((m) => m.sentence))];
    expect(firstUse).not.toEqual(pier.sentences);
  });

  it('refuses an index past its article\'s sentences, and a sentence listed twice', () => {
    const v2 = toGraphJson(graphs.repeats!);
    const bad = structuredClone(v2);
    const m = bad.entities.flatMap((e) => e.mentions).find((x) => x.sentence !== undefined)!;
    m.sentence = 99;
    expect(() => graphJsonV1(bad)).toThrow(/no such sentence/);
    expect(graphJsonSchema.safeParse(bad).success).toBe(false);
    const twice = structuredClone(v2);
    twice.articles[0]!.sentences.push(twice.articles[0]!.sentences[0]!);
    expect(graphJsonSchema.safeParse(twice).success).toBe(false);
    expect(graphJsonSchemaV1.safeParse(v2).success).toBe(false);
  });
});
