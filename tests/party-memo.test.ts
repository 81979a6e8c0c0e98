/**
 * The parties of each article's event mentions kept between builds (src/resolve/party-memo.ts): a rebuild reuses an
 * article's decision only while its extraction and what resolution made of its names (entities, their types and
 * sureness) are the same; otherwise it decides again. Invented names and sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { resolveHappenings } from '../src/resolve/events.ts';
import { PartyMemo, type ArticleParties } from '../src/resolve/party-memo.ts';
import { slugify } from '../src/util/slug.ts';
import type { ArticleRecord, EntityType, IngestedArticle } from '../src/types.ts';

const text = [
  'Zorbix Corp agreed on Monday to buy Quanta Systems for 40 mln dlrs, Zorbix said.',
  'Vellmar Holdings sued Zorbix Corp in a court in Norlandia on Tuesday.',
];
const article: IngestedArticle = {
  id: 'zorbix-buys', file: 'zorbix-buys.txt', format: 'plain', title: 'Zorbix to buy Quanta Systems', date: '2024-03-04', dateSource: 'header', section: null, source: null, hash: 'zorbix-buys',
  paragraphs: text.map((t, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text: t, line: i + 2 })),
};
const record = article as unknown as ArticleRecord;
const x = extractArticle(article);
const ids = x.entities.map((e) => slugify(e.text));
const typed = (overrule?: [string, EntityType]) => new Map(x.entities.map((e, i) => [ids[i]!, overrule !== undefined && overrule[0] === ids[i] ? overrule[1] : e.type]));
const input = (entityTypes: Map<string, EntityType>, parties?: PartyMemo) => ({
  articles: [record], extractions: [x], assignment: new Map([[article.id, ids]]), entityTypes, ...(parties ? { parties } : {}),
});
const keys = new Map([[article.id, 'extraction-key-1']]);

describe('the party memo', () => {
  it('gives what deciding gives, and reuses a kept decision only while the names resolve alike', () => {
    const plain = resolveHappenings(input(typed()));
    expect(plain.events.length).toBeGreaterThan(0);
    const first = new PartyMemo(keys);
    expect(resolveHappenings(input(typed(), first))).toEqual(plain);
    const kept = [...first.entries()];
    expect(kept).toHaveLength(1);
    // A kept decision that drops every mention: a build whose names resolve alike reads it, not the sentences.
    const dropped = new Map<string, ArticleParties>(kept.map(([k, v]) => [k, v.map(() => null)]));
    expect(resolveHappenings(input(typed(), new PartyMemo(keys, dropped))).events).toEqual([]);
    // One name's entity typed otherwise, or another extraction of the article: decided again, as without the memo.
    const other = typed([ids[0]!, 'place']);
    expect(resolveHappenings(input(other)).events.length).toBeGreaterThan(0);
    expect(resolveHappenings(input(other, new PartyMemo(keys, dropped)))).toEqual(resolveHappenings(input(other)));
    expect(resolveHappenings(input(typed(), new PartyMemo(new Map([[article.id, 'extraction-key-2']]), dropped)))).toEqual(plain);
  });
});

describe('the party memo and the headline\'s state (session 47)', () => {
  const news: IngestedArticle = {
    id: 'wages', file: 'wages.txt', format: 'plain', title: 'CHILE APPROVES WAGE INCREASES', date: '1987-06-01', dateSource: 'header', section: null, source: null, hash: 'wages',
    paragraphs: [{ id: 'p1', kind: 'body' as const, text: 'SANTIAGO, June 1 - Chilean president Ann Vell approved a general wage increase and a price freeze.', line: 2 }],
  };
  const nx = extractArticle(news);
  const nids = nx.entities.map((e) => slugify(e.text));
  const build = (places: [string, string][], parties: PartyMemo) => resolveHappenings({
    articles: [news as unknown as ArticleRecord], extractions: [nx], assignment: new Map([[news.id, nids]]), parties,
    entityNames: new Map([...nx.entities.map((e, i): [string, string] => [nids[i]!, e.text]), ...places]),
    entityTypes: new Map<string, EntityType>([...nx.entities.map((e, i): [string, EntityType] => [nids[i]!, e.type]), ...places.map(([id]): [string, EntityType] => [id, 'place'])]),
  });
  const parties = (out: ReturnType<typeof resolveHappenings>) => out.events.flatMap((e) => e.participants.map((p) => p.entity)).sort();
  it('decides again once another article gives the state a page', () => {
    const memo = new PartyMemo(new Map([[news.id, 'extraction-key-1']]));
    expect(parties(build([], memo))).not.toContain('chile');
    expect(parties(build([['chile', 'Chile']], memo))).toContain('chile');
  });
});
