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

describe("a state written only as its demonym before its own organs or forces, no holder named (issue 19, session 52)", () => {
  const build: [string, EntityType][] = [['France', 'place'], ['West Germany', 'place'], ['Iran', 'place'], ['Japan', 'place'], ['Soviet Union', 'place']];
  it("makes the state a party of what its government, officials or forces do or undergo", () => {
    expect(parties('JUDGE SEEKS COMPENSATION', 'PELLA, April 2 - A judge asked Quanta Corp and the French government to agree on interim compensation for the victims.', [['Quanta Corp', 'organization']], build))
      .toEqual(['france', 'quanta-corp']);
    expect(parties('VELL MEETS OFFICIALS', 'PELLA, April 7 - Ann Vell held a meeting with senior West German monetary officials on the currency.', [['Ann Vell', 'person']], build))
      .toEqual(['ann-vell', 'west-germany']);
    expect(parties('OFFENSIVE HALTED', 'A previous Iranian offensive launched in January towards Vellton was halted.', [['Vellton', 'place']], build))
      .toEqual(['iran', 'vellton']);
  });
  it("keeps the speaker of its own statement, but not a closing teller, a firm's or a party's people, nor a noun the body qualifies", () => {
    expect(parties('OFFICIALS WARN', 'Japanese officials said Quanta Corp would face higher tariffs.', [['Quanta Corp', 'organization']], build)).toContain('japan');
    expect(parties('MOSCOW WARNS', 'A Soviet foreign ministry official said Quanta Corp ships would be escorted.', [['Quanta Corp', 'organization']], build)).toContain('soviet-union');
    expect(parties('VELL SPEAKS', 'PELLA, Oct 20 - French Finance Minister Ann Vell said Quanta Corp would be sold.', [['Ann Vell', 'person'], ['Quanta Corp', 'organization']], build)).toContain('france');
    expect(parties('IMPORTS FALL', 'Sugar imports from Quanta Corp fell sharply in March, Japanese officials said.', [['Quanta Corp', 'organization']], build)).toEqual(['quanta-corp']);
    for (const body of ['bank officials', 'opposition officials', 'government bonds']) {
      expect(parties('QUANTA BUYS', `PELLA, April 7 - Quanta Corp bought French ${body} worth 20 mln dlrs.`, [['Quanta Corp', 'organization']], build)).toEqual(['quanta-corp']);
    }
  });
});
