/** The span choice's decision points and features (src/extract/span-choice.ts, `chooseLongerSpans`) on invented text. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { spanChoiceProbe, type SpanChoicePoint } from '../src/extract/entities.ts';
import { spanChoiceFeatures } from '../src/extract/span-choice.ts';
import type { IngestedArticle } from '../src/types.ts';

function article(text: string): IngestedArticle {
  return {
    id: 'a', file: 'a.txt', format: 'plain', title: 'T', date: '2021-12-14', dateSource: 'header', section: null, source: null, hash: 'a',
    paragraphs: text.split('\n\n').map((t, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text: t, line: i + 1 })),
  };
}

function pointsOf(text: string): SpanChoicePoint[] {
  const asked: SpanChoicePoint[] = [];
  spanChoiceProbe.report = (p) => asked.push(p);
  try {
    extractArticle(article(text));
  } finally {
    spanChoiceProbe.report = undefined;
  }
  return asked;
}

describe('span choice decision points', () => {
  it('asks about two names written side by side with "of" or "and"', () => {
    const points = pointsOf('Shares in Zorvane Grain of Pellaria rose, said Orla Vennick of Norland.\n\nThe buyers were Vellamo and Korbin Tarn, the union said.');
    expect(points.map((p) => `${p.kind}: ${p.pieces.join('|')} => ${p.longer}`)).toEqual(['adjacent: Orla Vennick|Norland => Orla Vennick of Norland', 'adjacent: Vellamo|Korbin Tarn => Vellamo and Korbin Tarn']);
  });
  it('does not ask where the rules clean the longer span back to their own name (a title before a surname)', () => {
    // (The tagger reads "Mr Tarvo Vennick" whole; cleaned of its title it is the rules' own name again: nothing to choose.)
    expect(pointsOf('The plant, said Mr Tarvo Vennick, would close.')).toEqual([]);
    expect(pointsOf('Mr Vennick of Pellamark said the Zorvane plant would close.').every((p) => !/^Mr /.test(p.longer))).toBe(true);
  });
  it('reads the link, the added words and the article writing the longer form again', () => {
    const f = spanChoiceFeatures({ kind: 'adjacent', longer: ['Vell', 'and', 'Tarn'], held: [true, false, true], gaps: [' ', ' '], addedOdds: 0.7, longerAgain: true, pieceAlone: false, opens: false });
    expect(f['link=and']).toBe(1);
    expect(f['added=between']).toBe(1);
    expect(f['longer-again']).toBe(1);
    expect(f['piece-alone']).toBeUndefined();
    expect(f['odds-high']).toBe(1);
  });
  it('leaves the extraction as it was while the model has no bar', () => {
    const names = extractArticle(article('Shares in Zorvane Grain of Pellaria rose, said Orla Vennick of Norland.')).entities.map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Orla Vennick', 'Norland']));
  });
});
