/**
 * The archive-misspelling rule's candidates kept between builds (src/resolve/slip-memo.ts): a build that adds names
 * gives the joins the whole rule gives (src/extract/misspellings.ts `archiveMisspellingJoins`), in the same order.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveMisspellingJoins } from '../src/extract/misspellings.ts';
import { loadSlipMemo, saveSlipMemo, SlipMemo, slipJoins } from '../src/resolve/slip-memo.ts';

const BBC = path.join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'bbc');

/** A fixed pseudo-random sequence (the test's draws are the same every run). */
function draws(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * Names as articles write them — runs of two to four capitalised words of 120 BBC articles (over 1,000 names), accents and hyphens
 * kept — and, for one in six of them, a typing slip in one word (a letter changed, dropped, doubled, or two swapped),
 * so that many pairs pass the rule's fixed checks and chains of slips meet in shared buckets.
 */
function names(): string[] {
  const rnd = draws(51);
  const found = new Set<string>();
  for (const category of ['business', 'politics', 'sport']) {
    for (const file of readdirSync(path.join(BBC, category)).sort().slice(0, 40)) {
      for (const m of readFileSync(path.join(BBC, category, file), 'latin1').matchAll(/\b\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){1,3}/gu)) found.add(m[0]);
    }
  }
  for (const n of [...found].sort()) {
    if (rnd() > 1 / 6) continue;
    const i = 1 + Math.floor(rnd() * (n.length - 2));
    const slips = [n.slice(0, i) + 'xq'[Math.floor(rnd() * 2)] + n.slice(i + 1), n.slice(0, i) + n.slice(i + 1), n.slice(0, i) + n[i] + n.slice(i), n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2)];
    found.add(slips[Math.floor(rnd() * 4)]!);
  }
  return [...found].sort();
}

const described = (m: Map<string, string>) => [...m].map(([a, b]) => `${a} → ${b}`);

describe('the archive-misspelling rule kept between builds', () => {
  const all = names();
  const whole = new SlipMemo().candidates(all);

  it('finds the pairs the rule joins, in its order, from the whole pass', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(whole.length).toBeGreaterThan(50);
    const rnd = draws(7);
    const person = new Set(all.filter(() => rnd() < 0.1));
    const stories = new Map(all.map((n) => [n, rnd() < 0.7 ? 1 : 2]));
    const joins = slipJoins(whole, (n) => person.has(n), (n) => stories.get(n)!);
    expect(joins.size).toBeGreaterThan(20);
    expect(described(joins)).toEqual(described(archiveMisspellingJoins(all, (n) => person.has(n), (n) => stories.get(n)!)));
  });

  it('gives a build that adds names the whole pass\'s candidates in the same order', () => {
    const rnd = draws(11);
    for (const share of [0.002, 0.02, 0.1, 0.3]) {
      const fewer = all.filter(() => rnd() > share);
      const before = new SlipMemo();
      before.candidates(fewer);
      const after = new SlipMemo(before.state);
      expect(after.candidates(all), `${share} of the names added`).toEqual(whole);
      expect(after.state?.names).toEqual(fewer.length < all.length ? all : undefined);
    }
  });

  it('makes the whole pass again when a kept name is gone, and keeps nothing new when the names are the same', () => {
    const kept = new SlipMemo();
    kept.candidates(all);
    const fewer = all.filter((_, i) => i % 97 !== 3);
    expect(new SlipMemo(kept.state).candidates(fewer)).toEqual(new SlipMemo().candidates(fewer));
    const same = new SlipMemo(kept.state);
    expect(same.candidates(all)).toEqual(whole);
    expect(same.state).toBeUndefined();
  });

  it('is kept in the cache folder and read back by the next build', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'slips-'));
    try {
      const first = await loadSlipMemo(dir);
      const some = all.filter((_, i) => i % 50 !== 0);
      first.candidates(some);
      await saveSlipMemo(dir, first);
      expect(readdirSync(path.join(dir, 'resolve')).filter((f) => f.startsWith('slips-'))).toHaveLength(1);
      const next = await loadSlipMemo(dir);
      expect(next.candidates(all)).toEqual(whole);
      expect(next.state?.names).toEqual(all);
      const same = await loadSlipMemo(dir);
      same.candidates(some);
      expect(same.state).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
