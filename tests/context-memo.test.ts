/**
 * The mention contexts kept between builds (src/resolve/context-memo.ts): resolution with them is resolution without
 * them, and an article's contexts and register are read again once its extraction (its key) changes. Invented stories.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionCache } from '../src/extract/cache.ts';
import { ContextMemo, loadContextMemo, saveContextMemo, type ArticleContexts, type ArticleReading } from '../src/resolve/context-memo.ts';
import { sentencesRegister, type Register } from '../src/extract/register.ts';
import { mentionContext } from '../src/resolve/page-rules.ts';
import type { IngestedArticle } from '../src/types.ts';
import { inventedArticle, resolveStories } from './helpers/resolve-stories.ts';

const article = (id: string, text: string) => inventedArticle(id, text, '2031-06-02');
const stories = [
  article('b1', 'Tamsin Orrel, the head of Quarrow Mining, said on Monday that output rose at Keld.'),
  article('b2', 'Quarrow Mining said Orrel would open a pit near Keld in July.'),
];
const keysOf = (articles: IngestedArticle[]) => new Map(articles.map((a) => [a.id, ExtractionCache.key(a)]));

const resolve = (articles: IngestedArticle[], contexts?: ContextMemo) => resolveStories(articles, contexts ? { contexts } : {});

describe('context memo', () => {
  it('resolves as without it, from an empty memo and from the pack a build kept', async () => {
    const plain = resolve(stories);
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-contexts-'));
    try {
      const first = await loadContextMemo(cache, keysOf(stories));
      expect(resolve(stories, first)).toEqual(plain);
      expect([...first.entries()].map(([key]) => key).sort()).toEqual([...keysOf(stories).values()].sort());
      // Each article's register is kept with its contexts (the shipped type model reads it).
      expect([...first.entries()].every(([, reading]) => reading.register !== undefined)).toBe(true);
      await saveContextMemo(cache, first);
      const second = await loadContextMemo(cache, keysOf(stories));
      expect(resolve(stories, second)).toEqual(plain);
      expect(second.stale).toBe(false);
    } finally {
      await fs.rm(cache, { recursive: true, force: true });
    }
  });

  it('reads an article again when its extraction changed, and keeps the others', () => {
    const kept: ArticleContexts = [mentionContext('Keld is far.', 0, 4)];
    const memo = new ContextMemo(new Map([['b1', 'key-1'], ['b2', 'key-2-edited']]), new Map([['key-1', { contexts: kept }], ['key-2', { contexts: kept }]]));
    let read = 0;
    const reading = (): ArticleContexts => (read++, [null]);
    expect(memo.contexts('b1', reading)).toBe(kept);
    expect(memo.contexts('b2', reading)).toEqual([null]);
    // An article with no extraction key (no cache) is read each time.
    expect(memo.contexts('b3', reading)).toEqual([null]);
    expect(read).toBe(2);
    expect([...memo.entries()].map(([key]) => key)).toEqual(['key-1', 'key-2-edited']);
  });

  it("keeps an article's register with its contexts, and reads it again once the extraction changed", () => {
    const sport: Register = sentencesRegister([{ text: 'The striker scored twice as the visitors won the league match.' }]);
    const kept: ArticleReading = { contexts: [null], register: sport };
    const memo = new ContextMemo(new Map([['b1', 'key-1'], ['b2', 'key-2-edited'], ['b4', 'key-4']]), new Map<string, ArticleReading>([['key-1', kept], ['key-2', kept], ['key-4', { contexts: [null] }]]));
    let read = 0;
    const other: Register = { business: 1 };
    const reading = (): Register => (read++, other);
    memo.contexts('b1', () => [null]);
    expect(memo.register('b1', reading)).toBe(sport);
    expect(read).toBe(0);
    memo.contexts('b2', () => [null]);
    expect(memo.register('b2', reading)).toBe(other);
    // Kept without a register (no build asked for it yet): read once, then kept.
    memo.contexts('b4', () => [null]);
    expect(memo.register('b4', reading)).toBe(other);
    expect(memo.register('b4', () => sport)).toBe(other);
    expect(read).toBe(2);
    expect(new Map(memo.entries()).get('key-4')!.register).toBe(other);
  });
  it('keeps the contexts joined by their register, takes them as kept, and gives them plain where the register is not read', () => {
    const sport: Register = { sport: 1 };
    const plain: ArticleContexts = [mentionContext('Keld is far.', 0, 4), null];
    const memo = new ContextMemo(new Map([['b1', 'key-1']]), new Map<string, ArticleReading>([['key-1', { contexts: plain }]]));
    const joined = memo.joined('b1', () => [], () => sport, () => true);
    expect(joined[0]).toEqual({ ...plain[0], register: sport });
    expect(Object.keys(joined[0]!).at(-1)).toBe('register');
    expect(joined[1]).toBeNull();
    // Kept joined: the next build takes the same objects, and one that reads no register gets them as they were read.
    const next = new ContextMemo(new Map([['b1', 'key-1']]), new Map(memo.entries()));
    expect(next.joined('b1', () => [], () => ({ business: 1 }), () => true)[0]).toBe(new Map(memo.entries()).get('key-1')!.contexts[0]);
    expect(next.joined('b1', () => [], () => sport, () => false)).toEqual(plain);
  });
});
