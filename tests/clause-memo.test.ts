/**
 * The memo of clause readings kept in the cache folder (src/resolve/clause-memo.ts): a rebuild asks compromise only
 * about clause titles no earlier build asked about, gets the same answers, and keeps only what it asked for.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClauseMemo, loadClauseMemo, saveClauseMemo } from '../src/resolve/clause-memo.ts';
import { headlineTitle, readableClause } from '../src/resolve/events.ts';

let cache: string;
beforeAll(async () => {
  cache = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-clauses-'));
});
afterAll(async () => {
  await fs.rm(cache, { recursive: true, force: true });
});

describe('clause memo', () => {
  it('answers as readableClause does, and asks it once per title and trigger across builds', async () => {
    const asked: string[] = [];
    const counting = (title: string, trigger: string) => {
      asked.push(title);
      return readableClause(title, trigger);
    };
    const first = await loadClauseMemo(cache);
    expect(first.read('Mitch killed about 10,000 people', 'killed', counting)).toBe(true);
    expect(first.read('Steelmakers have been enjoying record profits', 'profits', counting)).toBe(false);
    expect(first.read('Mitch killed about 10,000 people', 'killed', counting)).toBe(true);
    expect(asked).toHaveLength(2);
    await saveClauseMemo(cache, first);

    // The next build reads the answers back, and keeps only those it asked for.
    const second = await loadClauseMemo(cache);
    expect(second.read('Steelmakers have been enjoying record profits', 'profits', counting)).toBe(false);
    expect(second.read('That lawsuit was settled in 1991', 'lawsuit', counting)).toBe(true);
    expect(asked).toEqual(['Mitch killed about 10,000 people', 'Steelmakers have been enjoying record profits', 'That lawsuit was settled in 1991']);
    await saveClauseMemo(cache, second);
    const kept = (await loadClauseMemo(cache)).read('Mitch killed about 10,000 people', 'killed', () => false);
    expect(kept).toBe(false); // not asked by the second build, so not kept: computed again
  });

  it('puts a headline as a title as headlineTitle does, once per headline, lede and names across builds', async () => {
    const asked: string[] = [];
    const counting = (headline: string, lede: string, names: readonly string[]) => {
      asked.push(headline);
      return headlineTitle(headline, lede, names);
    };
    const headline = 'ACME WIDGETS <AWX> BUYS GULFEX UNIT';
    const lede = 'Acme Widgets Inc said it bought the Gulfex unit of Norvo Corp for 12 mln dlrs.';
    const names = ['Acme Widgets Inc', 'Norvo Corp'];
    const fresh = headlineTitle(headline, lede, names);
    const first = new ClauseMemo();
    expect(first.headline(headline, lede, names, counting)).toBe(fresh);
    expect(first.headline(headline, lede, names, counting)).toBe(fresh);
    // Other names are another question: the lede's spelling of a participant's words may differ.
    expect(first.headline(headline, lede, ['Acme Widgets Inc'], counting)).toBe(headlineTitle(headline, lede, ['Acme Widgets Inc']));
    expect(asked).toHaveLength(2);
    // Kept beside the clause readings in one file, and read back by the next build without asking again.
    first.read('Mitch killed about 10,000 people', 'killed', readableClause);
    const cacheDir = path.join(cache, 'headlines');
    await saveClauseMemo(cacheDir, first);
    const second = await loadClauseMemo(cacheDir);
    expect(second.headline(headline, lede, names, () => 'asked again')).toBe(fresh);
    expect(second.read('Mitch killed about 10,000 people', 'killed', () => false)).toBe(true);
  });

  it("keeps a cluster's first readable clause across builds, asked again when its reports, actor or parties differ", async () => {
    let asked = 0;
    const reports = [{ quote: 'Zorbix said on Monday it bought Quanta.', trigger: 'bought' }, { quote: 'The deal was a surprise.', trigger: 'deal' }];
    const title = (value: string | undefined) => () => {
      asked++;
      return value;
    };
    const first = new ClauseMemo();
    expect(first.firstClause(reports, 'Zorbix', ['Zorbix', 'Quanta'], title('Zorbix bought Quanta'))).toBe('Zorbix bought Quanta');
    expect(first.firstClause(reports, 'Zorbix', ['Zorbix', 'Quanta'], title('asked again'))).toBe('Zorbix bought Quanta');
    // None readable is an answer too, kept as such.
    expect(first.firstClause(reports.slice(1), undefined, [], title(undefined))).toBeUndefined();
    expect(first.firstClause(reports.slice(1), undefined, [], title('asked again'))).toBeUndefined();
    expect(asked).toBe(2);
    const cacheDir = path.join(cache, 'clusters');
    await saveClauseMemo(cacheDir, first);
    const second = await loadClauseMemo(cacheDir);
    expect(second.firstClause(reports, 'Zorbix', ['Zorbix', 'Quanta'], title('asked again'))).toBe('Zorbix bought Quanta');
    expect(asked).toBe(2);
    // Another report joined, another actor or other parties: another question.
    expect(second.firstClause([...reports, { quote: 'Quanta agreed.', trigger: 'agreed' }], 'Zorbix', ['Zorbix', 'Quanta'], title('three'))).toBe('three');
    expect(second.firstClause(reports, 'Quanta', ['Zorbix', 'Quanta'], title('actor'))).toBe('actor');
    expect(second.firstClause(reports, 'Zorbix', ['Zorbix'], title('parties'))).toBe('parties');
    expect(asked).toBe(5);
  });

  it("removes other code versions' memos, never a file another process is still writing", async () => {
    const dir = path.join(cache, 'resolve');
    const [current] = (await fs.readdir(dir)).filter((n) => !n.endsWith('.tmp'));
    await fs.writeFile(path.join(dir, 'clauses-old.json'), '[]');
    await fs.writeFile(path.join(dir, `${current}.99999.tmp`), '[');
    await saveClauseMemo(cache, new ClauseMemo());
    expect((await fs.readdir(dir)).sort()).toEqual([current, `${current}.99999.tmp`]);
    await fs.rm(path.join(dir, `${current}.99999.tmp`));
  });

  it('starts empty from a damaged file, and a trigger is part of the question', async () => {
    const [file] = await fs.readdir(path.join(cache, 'resolve'));
    await fs.writeFile(path.join(cache, 'resolve', file!), '{not json');
    const memo = await loadClauseMemo(cache);
    expect(memo.entries()).toEqual([]);
    const m = new ClauseMemo(new Map([['killed\u0000A title', true]]));
    expect(m.read('A title', 'killed', () => false)).toBe(true);
    expect(m.read('A title', 'title', () => false)).toBe(false);
  });
});
