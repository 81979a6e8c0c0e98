/** Names the rules part around a link that a body's name holds (src/extract/entities/longer-spans.ts `joinHeadedBodies`), on invented text. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { headedProbe, type HeadedPoint } from '../src/extract/entities.ts';
import type { IngestedArticle } from '../src/types.ts';

function article(text: string): IngestedArticle {
  return {
    id: 'a', file: 'a.txt', format: 'plain', title: 'T', date: '2021-12-14', dateSource: 'header', section: null, source: null, hash: 'a',
    paragraphs: [{ id: 'p1', kind: 'body' as const, text, line: 1 }],
  };
}
const names = (text: string) => extractArticle(article(text)).entities.map((m) => `${m.text} [${m.type}]`);
function pointsOf(text: string): HeadedPoint[] {
  const asked: HeadedPoint[] = [];
  headedProbe.report = (p) => asked.push(p);
  try {
    extractArticle(article(text));
  } finally {
    headedProbe.report = undefined;
  }
  return asked;
}

describe('a body\'s name held across its link (session 37, ent67)', () => {
  it('keeps a court whole with the district it sits "for"', () => {
    expect(names('A judge of the U.S. District Court for the Southern District of Norland ruled that the sale could go ahead.')).toContain('U.S. District Court for the Southern District of Norland [organization]');
  });
  it('keeps a court named "HEAD of WHAT" whole with the circuit it sits "for" (session 38, ent70), and parts a body "for the" a name with no head', () => {
    expect(names('A panel of the U.S. Court of Appeals for the Ninth Circuit said the law stood.')).toContain('U.S. Court of Appeals for the Ninth Circuit [organization]');
    expect(names('The Bank of Norland for the Group of Seven said rates would hold.')).toEqual(expect.arrayContaining(['Bank of Norland [organization]', 'Group of Seven [organization]']));
  });
  it('keeps a firm\'s "Co of" a U.S. state whole (session 45, evt100), and parts "Co of" a country (where it is, as often as its name)', () => {
    expect(names('Quellstone Co of Ohio said its profit rose 12 pct.')).toEqual(['Quellstone Co of Ohio [organization]']);
    expect(names('Quellstone Co of Canada said its profit rose 12 pct.')).toEqual(['Quellstone Co [organization]', 'Canada [place]']);
  });
  it('joins a firm\'s leading words to its name kept whole with "of" its state, as to a name ending in its legal form (session 45, lead)', () => {
    const found = extractArticle(article('Morgan Quellstone Trust Co of Ohio filed a complaint against the lender. Morgan Quellstone, the trustee, said the sale was a default.')).entities;
    expect(found.filter((m) => m.text === 'Morgan Quellstone').map((m) => m.canonical)).toEqual(['Morgan Quellstone Trust Co of Ohio']);
  });
  it('parts a firm "Co of" a state named as a city unless a bank\'s or a trust\'s word comes before "Co" (session 45, evt100)', () => {
    expect(names('Quellstone Grain Co of New York said its profit rose 12 pct.')).toEqual(['Quellstone Grain Co [organization]', 'New York [place]']);
    expect(names('Quellstone Trust Co of New York said its profit rose 12 pct.')).toEqual(['Quellstone Trust Co of New York [organization]']);
  });
  it('parts a firm\'s "Corp of" a town, where the firm is (session 45, evt100)', () => {
    expect(names('Orvel Data Corp of Pittsburgh said its profit rose 12 pct.')).toEqual(['Orvel Data Corp [organization]', 'Pittsburgh [place]']);
    expect(names('The fund sold its shares to Tarvel Energy Corp of Beverly Hills, Calif., last week.')).toEqual(expect.arrayContaining(['Tarvel Energy Corp [organization]', 'Beverly Hills [place]']));
    // Common words alone before the legal form name no firm: the town is the name's.
    expect(names('Financial Corp of Santa Rosa said it has signed an agreement.')).toEqual(['Financial Corp of Santa Rosa [organization]']);
  });
  it('keeps a bank named for two cities whole, and parts a country "and" a firm', () => {
    expect(names('Lima and Quito Banking Corp said it would open ten branches.')).toEqual(['Lima and Quito Banking Corp [organization]']);
    expect(names('Sales in France and Quellstone Steel Corp rose.')).toEqual(expect.arrayContaining(['France [place]', 'Quellstone Steel Corp [organization]']));
  });
  it('keeps a railway named for the towns it joins whole, a list\'s commas and all', () => {
    expect(names('The Boston, Chicago and Denver Railway Co said it would lay off 300 workers.')).toContain('Boston, Chicago and Denver Railway Co [organization]');
  });
  it('parts two firms, and a person "of" a bank', () => {
    expect(names('Tarnel Corp and Vellmark Co said they would merge.')).toEqual(['Tarnel Corp [organization]', 'Vellmark Co [organization]']);
    expect(names('Orla Vennick of Tarnel Bank said rates would rise.')).toEqual(['Orla Vennick [person]', 'Tarnel Bank [organization]']);
  });
  it('reports each decision point with its kind', () => {
    expect(pointsOf('Tarnel Corp and Vellmark Co said they would merge.').map((p) => `${p.kind} ${p.joins}: ${p.pieces.join('|')}`)).toEqual(['and false: Tarnel Corp|Vellmark Co']);
    expect(pointsOf('Quellstone Co of Ohio said its profit rose 12 pct.').map((p) => `${p.kind} ${p.joins}: ${p.longer}`)).toEqual(['head-of-state true: Quellstone Co of Ohio']);
    expect(pointsOf('A judge of the U.S. District Court for the Southern District of Norland ruled.').map((p) => `${p.kind} ${p.joins}: ${p.longer}`)).toEqual(['head-for true: U.S. District Court for the Southern District of Norland']);
    expect(pointsOf('Quellstone Co of Canada said its profit rose 12 pct.').map((p) => `${p.kind} ${p.joins}: ${p.longer}`)).toEqual(['head-of-place false: Quellstone Co of Canada']);
  });
});

describe('a firm\'s name with a word in round brackets before its legal form (session 38, ent69)', () => {
  it('keeps the firm whole, and reads no name of its own in the bracket', () => {
    expect(names('Quellmark Equity (Pacific) Ltd, a Norland investment firm, said it raised its stake.')).toContain('Quellmark Equity (Pacific) Ltd [organization]');
    expect(names('The bonds were sold by Orvel Tarn (Securities) Ltd and Harrow Sachs (Norland) Corp.')).toEqual(['Orvel Tarn (Securities) Ltd [organization]', 'Harrow Sachs (Norland) Corp. [organization]']);
    expect(names('Vellmark Wharf (Holdings) Ltd said profit rose.')).toEqual(['Vellmark Wharf (Holdings) Ltd [organization]']);
  });
  it('leaves a bracket that no legal form follows alone', () => {
    expect(names('Quellstone Steel Corp (QSC) said profit rose.')).toEqual(expect.arrayContaining(['Quellstone Steel Corp [organization]']));
    expect(names('Profit at Quellstone (Norland) rose 3 pct.')).not.toContain('Quellstone (Norland) [organization]');
  });
});

describe('a name an ordinal in figures opens, and a firm\'s unit after its legal form\'s period (session 39, ent71)', () => {
  it('keeps a court numbered by an ordinal in figures whole, though the tagger reads a place inside it', () => {
    expect(names('A panel of the 9th U.S. Circuit Court of Appeals said the law stood.')).toEqual(['9th U.S. Circuit Court of Appeals [organization]']);
    expect(names('The 5th U.S. Circuit Court of Appeals in Norland upheld the ruling.')).toEqual(['5th U.S. Circuit Court of Appeals [organization]', 'Norland [place]']);
  });
  it('keeps a firm\'s unit whole across "Co." when a body\'s head and a legal form follow, and still ends a firm at its period', () => {
    expect(names('Tarnel Securities Co. International Ltd said it would lead the issue.')).toEqual(['Tarnel Securities Co. International Ltd [organization]']);
    expect(names('Shares of Vellmark Corp. Holdings Inc rose.')).toEqual(['Vellmark Corp. Holdings Inc [organization]']);
    expect(names('The notes were sold by Tarnel Corp. Orla Vennick said demand was strong.').map((n) => n.replace(/ \[.*/, ''))).toEqual(['Tarnel Corp.', 'Orla Vennick']);
  });
});
