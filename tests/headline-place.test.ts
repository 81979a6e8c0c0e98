import { describe, expect, it } from 'vitest';
import { resolveEvents } from '../src/resolve/events.ts';
import { headlineCountry } from '../src/resolve/events/headline-place.ts';
import type { ArticleRecord, EntityType } from '../src/types.ts';
import { ledeNews } from './helpers/lede-news.ts';
import { slugify } from '../src/util/slug.ts';

/**
 * The parties of a one-paragraph article's news once resolved, by entity id: each name written in its text its own
 * entity, beside the build's other paged entities `elsewhere` (named in other articles only).
 */
function parties(title: string, text: string, names: [string, EntityType][], elsewhere: [string, EntityType][]): string[] {
  const { a, sentences, entities, events } = ledeNews(title, text, names);
  const record: ArticleRecord = { id: a.id, file: a.file, title, date: a.date, dateSource: a.dateSource, section: null, source: null, hash: a.hash, paragraphs: [] };
  const ids = entities.map((e) => slugify(e.text));
  const all = [...names, ...elsewhere];
  const out = resolveEvents({
    articles: [record], extractions: [{ article: a.id, sentences, entities, dates: [], events }], assignment: new Map([[a.id, ids]]),
    entityNames: new Map(all.map(([name]) => [slugify(name), name])),
    entityTypes: new Map(all.map(([name, type]) => [slugify(name), type])),
  });
  return out.flatMap((e) => e.participants.map((p) => (typeof p === 'string' ? p : p.entity))).sort();
}

const places: [string, EntityType][] = [['Chile', 'place'], ['United States', 'place']];

describe('the state a headline writes as its subject that the lede writes by a demonym or a description (issue 19, session 47)', () => {
  it('reads the headline\'s subject as a country by any of its names', () => {
    expect(headlineCountry('CHILE APPROVES WAGE INCREASES')?.name).toBe('Chile');
    expect(headlineCountry('U.S. PROBES ZORBIX <ZRB> SHIPMENTS')?.name).toBe('United States');
    // (Not a country before a noun it describes, nor a country that is not the subject.)
    expect(headlineCountry('CHILE WHEAT EXPORTS FALL')).toBeUndefined();
    expect(headlineCountry('ZORBIX SELLS UNIT TO CHILE')).toBeUndefined();
  });
  it('is a party where the lede writes a demonym before a post, or a state\'s description, as the doer', () => {
    expect(parties('CHILE APPROVES WAGE INCREASES', 'SANTIAGO, June 1 - Chilean president Ann Vell approved a general wage increase and a price freeze.', [['Ann Vell', 'person']], places))
      .toEqual(['ann-vell', 'chile']);
    expect(parties('U.S. PROBES ZORBIX <ZRB> SHIPMENTS', 'WASHINGTON, June 1 - Federal law enforcement authorities said they began a criminal investigation of Zorbix Inc after the company imported tainted tobacco.', [['Zorbix Inc', 'organization']], places))
      .toEqual(['united-states', 'zorbix-inc']);
  });
  it('reads the adjective news writes for a state that the package\'s demonym is not (session 48: "Philippine", beside the people\'s "Filipino")', () => {
    expect(parties('PHILIPPINES APPROVES WAGE INCREASES', 'MANILA, June 1 - Philippine lawmakers approved a general wage increase and a price freeze.', [], [['Philippines', 'place']]))
      .toEqual(['philippines']);
  });
  it('is no party where a firm is the doer, the build has no page of the country, or the trigger is in a clause of condition', () => {
    expect(parties('CHILE TO BUY WHEAT', 'SANTIAGO, June 1 - Chilean trading house Zorbix Inc said it will buy 50,000 tonnes of wheat.', [['Zorbix Inc', 'organization']], places))
      .toEqual(['zorbix-inc']);
    expect(parties('CHILE APPROVES WAGE INCREASES', 'SANTIAGO, June 1 - Chilean president Ann Vell approved a general wage increase and a price freeze.', [['Ann Vell', 'person']], []))
      .toEqual(['ann-vell']);
    // (Nor where the trigger stands in a clause of condition: the doer's description is of another clause.)
    expect(parties('CHILE THREATENS EMERGENCY MEASURES', 'SANTIAGO, June 1 - The government will take emergency measures if the present wave of violent protest demonstrations continues, state radio said.', [], places))
      .toEqual([]);
  });
});

describe('the headline memo (src/resolve/headline-memo.ts, session 49)', () => {
  it('answers as headlineCountry does, keeps what it found and reads a kept answer back from its pack', async () => {
    const os = await import('node:os');
    const path = await import('node:path');
    const { promises: fs } = await import('node:fs');
    const { HeadlineMemo, loadHeadlineMemo, saveHeadlineMemo } = await import('../src/resolve/headline-memo.ts');
    const headlines = ['CHILE APPROVES WAGE INCREASES', 'U.S. PROBES ZORBIX <ZRB> SHIPMENTS', 'CHILE WHEAT EXPORTS FALL', 'ZORBIX SELLS UNIT TO CHILE'];
    const memo = new HeadlineMemo();
    expect(headlines.map((h) => memo.country(h)?.name)).toEqual(headlines.map((h) => headlineCountry(h)?.name));
    expect(new Map(memo.entries())).toEqual(new Map([[headlines[0], 'Chile'], [headlines[1], 'United States'], [headlines[2], ''], [headlines[3], '']]));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-headlines-'));
    try {
      await saveHeadlineMemo(dir, memo);
      const [file] = await fs.readdir(path.join(dir, 'resolve'));
      expect(file).toMatch(/^headlines-[0-9a-f]{16}\.bin$/);
      // A kept answer is read, not found again: a pack that says otherwise is believed.
      const v8 = await import('node:v8');
      await fs.writeFile(path.join(dir, 'resolve', file!), v8.serialize([[headlines[2], 'Chile'], [headlines[0], '']]));
      const kept = await loadHeadlineMemo(dir);
      expect(headlines.map((h) => kept.country(h)?.name)).toEqual([undefined, 'United States', 'Chile', undefined]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
