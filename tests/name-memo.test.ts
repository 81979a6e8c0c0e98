/**
 * The memo of the archive-level models' answers kept in the cache folder (src/resolve/name-memo.ts): a rebuild asks
 * the type and page models only about names whose evidence changed, resolves exactly as without the memo, and
 * decides a page afresh when another name it asked about came or went.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNameMemo, NameMemo, saveNameMemo } from '../src/resolve/name-memo.ts';
import { ExtractionCache } from '../src/extract/cache.ts';
import { BAR_DENIAL } from '../src/resolve/page-bar.ts';
import type { IngestedArticle } from '../src/types.ts';
import { inventedArticle, resolveStories } from './helpers/resolve-stories.ts';

const article = inventedArticle;
const stories = [
  article('a1', 'Quillan Marsh, the chief executive of Brevant Holdings, said on Tuesday that sales rose in Norvale.'),
  article('a2', 'Brevant Holdings said Marsh would visit Norvale and Ostrava in May.'),
];
const resolve = (articles: IngestedArticle[], memo?: NameMemo) => resolveStories(articles, memo ? { memo } : {});

let cache: string;
beforeAll(async () => {
  cache = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-names-'));
});
afterAll(async () => {
  await fs.rm(cache, { recursive: true, force: true });
});

describe('name memo', () => {
  it('resolves as without it, from an empty memo and from the one a build kept', async () => {
    const plain = resolve(stories);
    const first = await loadNameMemo(cache);
    expect(resolve(stories, first)).toEqual(plain);
    expect(first.entries().length).toBeGreaterThan(0);
    await saveNameMemo(cache, first);
    const second = await loadNameMemo(cache);
    expect(resolve(stories, second)).toEqual(plain);
    expect(second.entries()).toEqual(first.entries());
  });

  it('writes its file when there is none or it has fallen behind, not for a few new answers', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-names-stale-'));
    const ask = (n: number) => () => ({ type: 'place' as const, probability: n / 100 });
    const first = await loadNameMemo(dir);
    for (let n = 0; n < 100; n++) first.type(`k${n}`, ask(n));
    expect(first.stale).toBe(true);
    await saveNameMemo(dir, first);
    const [file] = await fs.readdir(path.join(dir, 'resolve'));
    const written = await fs.readFile(path.join(dir, 'resolve', file!), 'utf8');
    // One new answer: the file stays as it was, and the next build works that answer out again.
    const second = await loadNameMemo(dir);
    for (let n = 0; n < 101; n++) second.type(`k${n}`, ask(n));
    expect(second.stale).toBe(false);
    await saveNameMemo(dir, second);
    expect(await fs.readFile(path.join(dir, 'resolve', file!), 'utf8')).toBe(written);
    // Many new answers (past 48, the packs' slack): written again.
    const third = await loadNameMemo(dir);
    for (let n = 0; n < 200; n++) third.type(`k${n}`, ask(n));
    expect(third.stale).toBe(true);
    await saveNameMemo(dir, third);
    expect((await loadNameMemo(dir)).type('k150', () => ({ type: 'person', probability: 1 }))).toEqual({ type: 'place', probability: 1.5 });
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('asks the type model once per key, across builds', () => {
    const first = new NameMemo();
    let asked = 0;
    const ask = () => (asked++, { type: 'place' as const, probability: 0.8 });
    const key = first.key({ name: 'Norvale', voted: 'place', mentions: [] });
    expect(first.type(key, ask)).toEqual({ type: 'place', probability: 0.8 });
    expect(first.type(key, ask)).toEqual({ type: 'place', probability: 0.8 });
    const next = new NameMemo(new Map(first.entries()));
    expect(next.type(key, ask)).toEqual({ type: 'place', probability: 0.8 });
    expect(asked).toBe(1);
    // Another vote is another question.
    expect(next.key({ name: 'Norvale', voted: 'person', mentions: [] })).not.toBe(key);
  });

  it('decides a page again when a name it asked about is now another name of the archive, or no longer', () => {
    const first = new NameMemo();
    let asked = 0;
    const decide = (isOtherName: (text: string) => boolean) => (asked++, isOtherName('Brevant') ? { noPage: 'glued', confidence: 0.1 } : { confidence: 0.9 });
    const key = first.key({ name: 'Brevant Holdings Norvale', voted: 'organization', mentions: [] });
    expect(first.page(key, () => false, decide)).toEqual({ confidence: 0.9 });
    const same = new NameMemo(new Map(first.entries()));
    expect(same.page(key, () => false, decide)).toEqual({ confidence: 0.9 });
    expect(asked).toBe(1);
    const changed = new NameMemo(new Map(first.entries()));
    expect(changed.page(key, (text) => text === 'Brevant', decide)).toEqual({ noPage: 'glued', confidence: 0.1 });
    expect(asked).toBe(2);
  });

  it("keeps a name's vote under its groups' fingerprints, and votes again once one group's article changed", () => {
    const tracking = (edited: string) => ({ articleKeys: new Map([['v1', 'key-1'], ['v2', edited]]), seed: 'seed' });
    const groups = () => [{ key: 'velmora', articles: new Set(['v1']) }, { key: 'velmora nights', articles: new Set(['v2']) }];
    let asked = 0;
    const vote = () => (asked++, { type: 'other' as const, fixed: true });
    const first = new NameMemo(new Map(), tracking('key-2'));
    expect(first.nameVote(groups(), vote)).toEqual({ type: 'other', fixed: true });
    const next = new NameMemo(new Map(first.entries()), tracking('key-2'));
    expect(next.nameVote(groups(), vote)).toEqual({ type: 'other', fixed: true });
    expect(next.nameVote(groups().reverse(), vote)).toEqual({ type: 'other', fixed: true });
    expect(asked).toBe(1);
    new NameMemo(new Map(first.entries()), tracking('key-2-edited')).nameVote(groups(), vote);
    expect(asked).toBe(2);
    // Untracked groups (no cache) vote every time.
    new NameMemo(new Map(first.entries())).nameVote(groups(), vote);
    expect(asked).toBe(3);
  });

  it("fingerprints a group by its key, its articles and their extraction keys, whatever the articles' order", () => {
    const memo = new NameMemo(new Map(), { articleKeys: new Map([['a1', 'k1'], ['a2', 'k2'], ['a3', 'k3']]), seed: 'seed' });
    const other = new NameMemo(new Map(), { articleKeys: new Map([['a1', 'k1'], ['a2', 'k2-edited'], ['a3', 'k3']]), seed: 'seed' });
    const print = (m: NameMemo, key: string, articles: string[]) => m.fingerprint({ key, articles: new Set(articles) });
    const base = print(memo, 'velmora', ['a1', 'a2']);
    expect(base).toMatch(/^[\w-]{43}$/);
    expect(print(memo, 'velmora', ['a2', 'a1'])).toBe(base);
    const others = [print(memo, 'velmora', ['a1']), print(memo, 'velmora', ['a1', 'a3']), print(memo, 'velmora nights', ['a1', 'a2']), print(other, 'velmora', ['a1', 'a2'])];
    expect(new Set([base, ...others]).size).toBe(5);
    // An article with no extraction key: the group is not tracked.
    expect(print(memo, 'velmora', ['a1', 'a4'])).toBeUndefined();
  });

  it('tracks groups by their articles: an edited article makes its groups vote and be decided again, as a fresh resolution does', () => {
    // The edit keeps every group's key and articles, every name and vote, and changes what the mentions' sentences
    // say around the names: a memo that reused a name's decision would keep the page model's old confidence.
    const before = [
      article('t1', 'Quillan Marsh flew to Velmora on Tuesday.'),
      article('t2', 'Marsh said Velmora was calm, and he would stay in Velmora.'),
    ];
    const after = [before[0]!, article('t2', 'Marsh said he had never seen Velmora so calm.')];
    const tracked = (articles: IngestedArticle[]) => ({ articleKeys: new Map(articles.map((a) => [a.id, ExtractionCache.key(a)])), seed: 'seed' });
    const velmora = (r: ReturnType<typeof resolve>) => [...r.entities, ...r.plainNames].find((e) => e.name === 'Velmora');
    const fresh = resolve(after);
    expect(velmora(fresh)?.type).toBe(velmora(resolve(before))?.type);
    expect(velmora(fresh)?.confidence).not.toBe(velmora(resolve(before))?.confidence);
    const first = new NameMemo(new Map(), tracked(before));
    expect(resolve(before, first)).toEqual(resolve(before));
    const next = new NameMemo(new Map(first.entries()), tracked(after));
    expect(resolve(after, next)).toEqual(fresh);
    // Unedited, every answer is taken from the memo: none is asked again, and the same entries are kept.
    const again = new NameMemo(new Map(next.entries()), tracked(after));
    expect(resolve(after, again)).toEqual(fresh);
    expect(again.entries()).toEqual(next.entries());
    // Every name's vote is among them.
    expect(again.entries().filter(([, kept]) => kept.name !== undefined).length).toBe([...fresh.entities, ...fresh.plainNames].length);
  });

  it('applies the page bar to remembered answers as to fresh ones, and again once an edit fixes the type', () => {
    // (The page bar runs after the models on every build, from the remembered type odds, page confidence and whether
    // a cue fixes the type: a stale `fixed` in a remembered name vote would keep or take a page a fresh build would not.)
    const before = [
      article('k1', 'Wooden toys and Brevik candles filled the stalls on Sunday.'),
      article('k2', 'Ceramic bowls sold well at the autumn fair, said Marla Quint of Penhallow Pottery Ltd.'),
    ];
    const after = [article('k1', 'Wooden toys filled the stalls on Sunday, said the mayor of Brevik.'), before[1]!];
    const tracked = (articles: IngestedArticle[]) => ({ articleKeys: new Map(articles.map((a) => [a.id, ExtractionCache.key(a)])), seed: 'seed' });
    const brevik = (r: ReturnType<typeof resolve>) => [...r.entities, ...r.plainNames].find((e) => e.name === 'Brevik');
    const fresh = resolve(before);
    expect(brevik(fresh)?.noPage).toBe(BAR_DENIAL);
    const first = new NameMemo(new Map(), tracked(before));
    expect(resolve(before, first)).toEqual(fresh);
    expect(resolve(before, new NameMemo(new Map(first.entries()), tracked(before)))).toEqual(fresh);
    const edited = resolve(after);
    expect(brevik(edited)?.noPage).toBeUndefined();
    expect(resolve(after, new NameMemo(new Map(first.entries()), tracked(after)))).toEqual(edited);
  });
});
