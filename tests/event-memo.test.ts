/**
 * Each cluster's event page kept between builds (src/resolve/event-memo.ts): a rebuild reads a kept page only while the
 * cluster's reports, its entities' names and types and its articles' days and headlines are the same, and a build
 * with every resolve memo in play writes what a build without a cache writes after an article is added and after one
 * is edited. Invented names and sentences.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { resolveHappenings } from '../src/resolve/events.ts';
import { EventMemo, type KeptEvent } from '../src/resolve/event-memo.ts';
import { ClauseMemo } from '../src/resolve/clause-memo.ts';
import { buildGraph } from '../src/pipeline.ts';
import { serializeGraphJson } from '../src/graph/graph-json.ts';
import { slugify } from '../src/util/slug.ts';
import type { ArticleRecord, IngestedArticle } from '../src/types.ts';

const text = [
  'Zorbix Corp agreed on Monday to buy Quanta Systems for 40 mln dlrs, Zorbix said.',
  'Vellmar Holdings sued Zorbix Corp in a court in Norlandia on Tuesday.',
];
const paragraphs = text.map((t, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text: t, line: i + 2 }));
const article = { id: 'quanta-deal', file: 'quanta-deal.txt', format: 'plain', title: 'Zorbix to buy Quanta Systems', date: '2024-03-04', dateSource: 'header', section: null, source: null, hash: 'quanta-deal', paragraphs } satisfies IngestedArticle;
const x = extractArticle(article);
const ids = x.entities.map((e) => slugify(e.text));
const input = (opts: { names?: Map<string, string>; title?: string; events?: EventMemo; clauses?: ClauseMemo } = {}) => ({
  articles: [{ ...article, ...(opts.title ? { title: opts.title } : {}) } as unknown as ArticleRecord],
  extractions: [x],
  assignment: new Map([[article.id, ids]]),
  entityTypes: new Map(x.entities.map((e, i) => [ids[i]!, e.type])),
  entityNames: opts.names ?? new Map(x.entities.map((e, i) => [ids[i]!, e.text])),
  ...(opts.events ? { events: opts.events } : {}),
  ...(opts.clauses ? { clauses: opts.clauses } : {}),
});

describe('the event memo', () => {
  it('gives what making the pages gives, and reads a kept page only while its reports and names are the same', () => {
    const plain = resolveHappenings(input());
    expect(plain.events.length).toBeGreaterThan(0);
    const first = new EventMemo();
    const clauses = new ClauseMemo();
    expect(resolveHappenings(input({ events: first, clauses }))).toEqual(plain);
    const kept = [...first.entries()];
    expect(kept.length).toBeGreaterThan(0);
    // A page taken as kept gives the clause memo what making it asked (its headline title): kept as if asked again.
    expect(clauses.entries().length).toBeGreaterThan(0);
    const again = new ClauseMemo();
    expect(resolveHappenings(input({ events: new EventMemo(new Map(kept)), clauses: again }))).toEqual(plain);
    expect(again.entries()).toEqual(clauses.entries());
    // Kept pages retitled: a build whose clusters read alike takes them as kept, not made again.
    const retitled = new Map<string, KeptEvent>(kept.map(([k, { made, asked }]) => [k, { made: 'event' in made ? { ...made, event: { ...made.event, title: 'Kept title' } } : made, asked }]));
    const reused = resolveHappenings(input({ events: new EventMemo(retitled) }));
    expect(reused.events.map((e) => e.title)).toEqual(plain.events.map(() => 'Kept title'));
    // Another name for an entity, or another headline: made again, as without the memo.
    const renamed = new Map(x.entities.map((e, i) => [ids[i]!, ids[i] === ids[0] ? 'Zorbix Corporation of Norlandia' : e.text]));
    expect(resolveHappenings(input({ names: renamed, events: new EventMemo(retitled) }))).toEqual(resolveHappenings(input({ names: renamed })));
    const headline = 'Zorbix agrees to buy Quanta Systems';
    expect(resolveHappenings(input({ title: headline, events: new EventMemo(retitled) }))).toEqual(resolveHappenings(input({ title: headline })));
  });
});

describe('a rebuild with every resolve memo in play', () => {
  let tmp: string;
  const story = (date: string, headline: string, body: string) => ` date ${date} BUSINESS\n${headline}\n\n${body}\n`;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-event-memo-'));
    await fs.mkdir(path.join(tmp, 'in'));
    await fs.writeFile(path.join(tmp, 'in', 'a.txt'), story('2024-03-04', 'Zorbix to buy Quanta Systems', `${text[0]} Quanta Systems makes valves in Norlandia.`));
    await fs.writeFile(path.join(tmp, 'in', 'b.txt'), story('2024-03-05', 'Vellmar sues Zorbix', `${text[1]} Vellmar Holdings said Zorbix Corp owed it 3 mln dlrs.`));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });
  const graphOf = async (cacheDir?: string) => serializeGraphJson(await buildGraph({ input: path.join(tmp, 'in'), workers: 1, ...(cacheDir ? { cacheDir } : {}) }));

  it('writes the graph a build without a cache writes, after an article is added and after one is edited', async () => {
    const cache = path.join(tmp, 'cache');
    expect(await graphOf(cache)).toBe(await graphOf());
    // A second report of the first story's deal joins its event; a name of it spelt anew in the edit changes its names.
    await fs.writeFile(path.join(tmp, 'in', 'c.txt'), story('2024-03-04', 'Zorbix agrees Quanta deal', 'Zorbix Corp agreed on Monday to buy Quanta Systems, the valve maker, for 40 mln dlrs.'));
    expect(await graphOf(cache)).toBe(await graphOf());
    expect((await fs.readdir(path.join(cache, 'resolve'))).some((f) => f.startsWith('events-'))).toBe(true);
    await fs.writeFile(path.join(tmp, 'in', 'b.txt'), story('2024-03-05', 'Vellmar Group sues Zorbix', 'Vellmar Group sued Zorbix Corp in a court in Norlandia on Tuesday.'));
    expect(await graphOf(cache)).toBe(await graphOf());
  });
});
