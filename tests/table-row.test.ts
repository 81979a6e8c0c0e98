import { describe, expect, it } from 'vitest';
import { isTableRow, isTableStory } from '../src/extract/table-row.ts';
import { markTheNews } from '../src/extract/events.ts';
import { mentionContext, mentionContextIn, pageDenial } from '../src/resolve/page-rules.ts';
import type { EntityMention, EventMention, IngestedArticle, Sentence } from '../src/types.ts';

const rows = [
  'ZORBOIL any origin dlrs tonne extank Qport Apl 345 up 10 May/Jly 350 up 7.50 Aug/Oct 362.50 up 10 slrs',
  'QFR 31.3615/4243 (31.3955/4583)',
  'THREES MAY 177.00 179.00 NOM',
  'LAST BUYER SELLER Cash -- -- -- 3 Months 2360 2360 2370',
  'ZORBTOWN, Ohio, April 8 - Shr 74 cts vs 67 cts',
];
const prose = [
  'Zorbix Corp said its profit rose 2.3 pct to 1,200 mln dlrs in 1986 from 900 mln dlrs a year before.',
  'The Quanta index ended at 338.30, up 3.06, its highest close since 1985.',
  'ZORBIX SAYS IT WILL BUY QUANTA FOR 12 DLRS A SHARE',
  'Zorbix and Quanta agreed to merge.',
];

describe('table rows', () => {
  it('tells a row of figures from a sentence with figures', () => {
    for (const r of rows) expect(isTableRow(r), r).toBe(true);
    for (const s of prose) expect(isTableRow(s), s).toBe(false);
  });

  it('gives no page to a name seen only in table rows, nor to a headline month', () => {
    const only = (sentence: string, name: string) => {
      const at = sentence.indexOf(name);
      return pageDenial({ name, mentions: [mentionContext(sentence, at, at + name.length)], isOtherName: () => false });
    };
    expect(only(rows[0]!, 'ZORBOIL')).toBe('table-row');
    expect(only(rows[1]!, 'QFR')).toBe('table-row');
    // A dateline's place before a results row is a place, not a cell of the row.
    expect(only(rows[4]!, 'ZORBTOWN')).toBeUndefined();
    expect(only(prose[0]!, 'Zorbix Corp')).toBeUndefined();
    expect(only('QUANTA ECU SPOT/FORWARDS - APRIL 7', 'APRIL')).toBe('month-in-capitals');
    expect(only('ZORB SILVER FIXING - SEPT 07 6.68 slrs', 'SEPT')).toBe('month-in-capitals');
    expect(only('April Zorbin said she would stand again.', 'April Zorbin')).toBeUndefined();
  });

  it('gives no page to a name seen only in a table block: a heading line alone, or a row label run into dashes', () => {
    const story = ['ZORBTOWN, May 12 - The Quanta Board gave its supply estimates as follows, in mln bushels.', 'Zorbite Products', 'ZORBITE 225 300 678 678', 'Zorbite -- Stocks, May 31, projected at 1,818 vs 1,905', 'MIROX 12 14 15 15'];
    const seen = (i: number, name: string) => {
      const at = story[i]!.toLowerCase().indexOf(name.toLowerCase());
      return mentionContextIn(story.map((text) => ({ text })), i, at, at + name.length);
    };
    const denial = (name: string, ...at: number[]) => pageDenial({ name, mentions: at.map((i) => seen(i, name)), isOtherName: () => false });
    expect(denial('Zorbite Products', 1)).toBe('table-row');
    expect(denial('Zorbite', 2, 3)).toBe('table-row');
    // Prose beside a table is no line of it; nor is a short line with no table beside it.
    expect(denial('Quanta Board', 0)).toBeUndefined();
    expect(pageDenial({ name: 'Zorbite Products', mentions: [mentionContextIn([{ text: 'Zorbite Products' }, { text: 'The firm said it would grow.' }], 0, 0, 16)], isOtherName: () => false })).toBeUndefined();
  });

  it('reads a story as a table when its body is rows and its lede tells nothing in prose', () => {
    expect(isTableStory(['QUANTA ECU SPOT/FORWARDS - APRIL 7', ...rows.slice(0, 3)])).toBe(true);
    expect(isTableStory([prose[0]!, ...rows.slice(0, 4)])).toBe(false);
    expect(isTableStory(['QUANTA METAL REPORT - APRIL 7', 'Trading was quiet all morning on the floor of the exchange and dealers said that demand was thin.'])).toBe(false);
  });
});

describe('the news of a table story', () => {
  function story(lines: string[]) {
    const a = { id: 't', file: 't.txt', format: 'plain', title: lines[0]!, date: '2020-04-07', dateSource: 'header', section: null, source: null, hash: 't',
      paragraphs: lines.map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: i + 1 })) } as IngestedArticle;
    const sentences: Sentence[] = lines.map((text, i) => ({ paragraph: `p${i + 1}`, index: i, start: 0, end: text.length, text }));
    const at = lines[0]!.indexOf('QUANTA') >= 0 ? lines[0]!.indexOf('QUANTA') : lines[0]!.indexOf('Zorbix');
    const name = lines[0]!.startsWith('QUANTA') ? 'QUANTA' : 'Zorbix Corp';
    const entities: EntityMention[] = [{ paragraph: 'p1', sentence: 0, start: at, end: at + name.length, text: name, type: name === 'QUANTA' ? 'place' : 'organization', canonical: name }];
    const out: EventMention[] = [];
    markTheNews(a, sentences, entities, [], out);
    return out;
  }
  it('is none for a market table, and a results story that tells its news in prose keeps it', () => {
    expect(story(['QUANTA ECU SPOT/FORWARDS - APRIL 7', ...rows.slice(0, 3)])).toEqual([]);
    expect(story([prose[0]!, ...rows.slice(0, 4)])).toMatchObject([{ sentence: 0, lede: true }]);
  });
});

describe('tables that write "a"', () => {
  it('reads "a tonne" and a grade "A" as parts of a row; a lede telling a change before its table keeps its news', () => {
    expect(isTableRow('Zorbium ingots 99.7 pct 1425 1445 a tonne Quantium 99.6 pct 2300 2350 a tonne')).toBe(true);
    expect(isTableRow('APR 7 Zorb Grade "A\' 3months 878.00 879.00')).toBe(true);
    const table = ['ZORB 0 0 25 QUANT 1639 1635 54 MIRO 0 0 0 NORTH 8 8 9 SOUTH 12 14 15 EAST 7 7 7 WEST 1 2 3 TOTAL 1667 1666 112'];
    expect(isTableStory(['ZORBTOWN, April 7 - The Zorb Board said it changed its short-term discount note rates as follows.', ...table])).toBe(false);
    expect(isTableStory(['ZORBTOWN, April 7 - Following the merger, Zorbix Corp said its net rose to 12 mln dlrs.', ...table])).toBe(false);
  });
});
