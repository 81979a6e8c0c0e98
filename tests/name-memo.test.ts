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
});
