import { describe, expect, it } from 'vitest';
import type { EntityType } from '../src/types.ts';
import { resolvedLedeNews } from './helpers/lede-news.ts';

/** The parties of the article's news once resolved, by entity id (each name its own entity), and its asides. */
function resolved(title: string, text: string, names: [string, EntityType][]): { parties: string[]; also: string[] } {
  const out = resolvedLedeNews(title, text, names);
  const id = (p: string | { entity: string }) => (typeof p === 'string' ? p : p.entity);
  return { parties: out.flatMap((e) => e.participants.map(id)).sort(), also: out.flatMap((e) => (e.alsoNamed ?? []).map(id)).sort() };
}

describe("a state acting through its post (issue 19, session 50: session 49's convention)", () => {
  const names: [string, EntityType][] = [['Norland', 'place'], ['Ann Vell', 'person']];
  it('makes the place before a governor, a minister or a treasury secretary a party', () => {
    expect(resolved('BANKING BILL GAINS', 'PELLA, June 19 - Norland Governor Ann Vell will likely sign a bill opening the state to wider banking, a spokesman said.', names).parties)
      .toEqual(['ann-vell', 'norland']);
    const met: [string, EntityType][] = [['Karl Brenn', 'person'], ['Norland', 'place'], ['Ann Vell', 'person']];
    expect(resolved('BRENN DECLINES COMMENT', 'PELLA, Oct 20 - Finance Minister Karl Brenn declined to comment on the meeting on Monday with Norland Treasury Secretary Ann Vell.', met).parties)
      .toEqual(['ann-vell', 'karl-brenn', 'norland']);
    expect(resolved('BRENN SAYS CRITICISM NOT ONE-SIDED', 'PELLA, Oct 20 - Finance Minister Karl Brenn said he was surprised by criticism of Orlin policies voiced by Norland Treasury Secretary Ann Vell.', met).parties)
      .toEqual(['ann-vell', 'karl-brenn', 'norland']);
    expect(resolved('BRENN MEETS VELL', "PELLA, Oct 20 - Finance Minister Karl Brenn met Norland's Treasury Secretary Ann Vell.", met).parties)
      .toEqual(['ann-vell', 'karl-brenn', 'norland']);
  });
  it("keeps the place a describer before a legislator's seat, another body's post or a past one", () => {
    for (const title of ['Senator', 'Opposition Party Secretary', 'former Governor']) {
      const out = resolved('TAX BILL SIGNED', `PELLA, June 29 - Norland ${title} Ann Vell signed a bill to cut taxes.`, names);
      expect(out.parties).toEqual(['ann-vell']);
      expect(out.also).toEqual(['norland']);
    }
  });
});

describe("a state acting through its chamber's organ (issue 19, session 50)", () => {
  it("makes the place qualifying a legislature's committee that acts a party", () => {
    expect(resolved('COMMITTEE APPROVES TAX BILL', 'PELLA, June 1 - A Norland legislature committee approved a bill to cut taxes.', [['Norland', 'place']]).parties)
      .toEqual(['norland']);
    expect(resolved('COMMITTEE APPROVES TAX BILL', 'PELLA, June 1 - A Norland legislature committee approved a bill to cut taxes, Quanta Inc said.', [['Norland', 'place'], ['Quanta Inc', 'organization']]).parties)
      .toEqual(['norland', 'quanta-inc']);
  });
  it('keeps the place a describer of any other noun phrase that acts', () => {
    const out = resolved('PLANT CLOSES', 'PELLA, June 1 - A Norland assembly plant of Quanta Inc closed.', [['Norland', 'place'], ['Quanta Inc', 'organization']]);
    expect(out.parties).toEqual(['quanta-inc']);
    expect(out.also).toEqual(['norland']);
  });
});
