import { describe, expect, it } from 'vitest';
import type { EntityType } from '../src/types.ts';
import { resolvedLedeNews } from './helpers/lede-news.ts';

/** The parties of the article's news once resolved, by entity id, with the build's other paged entities `paged`. */
function parties(title: string, text: string, names: [string, EntityType][], paged: [string, EntityType][]): string[] {
  const id = (p: string | { entity: string }) => (typeof p === 'string' ? p : p.entity);
  return resolvedLedeNews(title, text, names, paged).flatMap((e) => e.participants.map(id)).sort();
}

describe("a state written only as its demonym before its post's holder (issue 19, session 51)", () => {
  const build: [string, EntityType][] = [['France', 'place'], ['West Germany', 'place'], ['United States', 'place']];
  it("makes the demonym's state a party beside the holder", () => {
    expect(parties('VELL DECLINES COMMENT', 'PELLA, Oct 20 - West German Finance Minister Ann Vell declined to comment on the talks.', [['Ann Vell', 'person']], build))
      .toEqual(['ann-vell', 'west-germany']);
    expect(parties('VELL APPROVES WAGE RISE', 'PELLA, April 29 - French president Ann Vell approved a general wage increase of 20 pct.', [['Ann Vell', 'person']], build))
      .toEqual(['ann-vell', 'france']);
    const two: [string, EntityType][] = [['Ann Vell', 'person'], ['Karl Brenn', 'person']];
    expect(parties('VELL MEETS BRENN', 'PELLA, Oct 20 - French Finance Minister Ann Vell met West German Finance Minister Karl Brenn to discuss the markets.', two, build))
      .toEqual(['ann-vell', 'france', 'karl-brenn', 'west-germany']);
  });
  it("keeps the article's own place of the state, not the build's", () => {
    const names: [string, EntityType][] = [['Ann Vell', 'person'], ['U.S.', 'place']];
    expect(parties('VELL DECLINES COMMENT', 'PELLA, Oct 20 - American Treasury Secretary Ann Vell declined to comment on U.S. policy.', names, build)).toEqual(['ann-vell', 'u-s']);
  });
  it("adds no state where the demonym says where a firm's, a party's or a legislator's holder is from, or is a name's", () => {
    for (const post of ['Senator', 'Opposition Party Secretary', 'carmaker Quanta chairman', 'former President']) {
      expect(parties('VELL RESIGNS', `PELLA, June 29 - French ${post} Ann Vell resigned.`, [['Ann Vell', 'person']], build)).toEqual(['ann-vell']);
    }
    const named: [string, EntityType][] = [['American Express', 'organization'], ['Ann Vell', 'person']];
    expect(parties('VELL RESIGNS', 'PELLA, June 29 - American Express President Ann Vell resigned.', named, build)).not.toContain('united-states');
  });
});
