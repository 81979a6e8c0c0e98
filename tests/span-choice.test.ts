/** The span choice's decision points and features (src/extract/span-choice.ts, `chooseLongerSpans`) on invented text. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { spanChoiceProbe, type SpanChoicePoint } from '../src/extract/entities.ts';
import { longerOdds, spanChoiceFeatures, withSpanChoiceBar } from '../src/extract/span-choice.ts';
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

/** The names extracted with the span choice's bar set to `bar`. */
function namesAt(bar: number, text: string): string[] {
  return withSpanChoiceBar(bar, () => extractArticle(article(text)).entities.map((m) => m.text));
}

describe('span choice taken (session 36, ent63)', () => {
  const firm = 'Tarnel Holdings Ltd of Vellmark said it would sell the unit.';
  const body = 'The Comptroller of the Ledger said the bank had filed.';
  const pair = 'The buyers were Vellamo and Korbin Tarn, the union said.';
  const odds = (text: string) => {
    const [p] = pointsOf(text);
    expect(p).toBeDefined();
    return longerOdds(p!.features);
  };
  it('keeps a firm named "of" its place whole where the model\'s odds reach the bar, and apart below it', () => {
    const o = odds(firm);
    expect(namesAt(o, firm)).toContain('Tarnel Holdings Ltd of Vellmark');
    expect(namesAt(Math.min(1, o + 1e-3), firm)).toEqual(expect.arrayContaining(['Tarnel Holdings Ltd', 'Vellmark']));
    expect(namesAt(Math.min(1, o + 1e-3), firm)).not.toContain('Tarnel Holdings Ltd of Vellmark');
  });
  it('keeps two names joined by "and" apart at a bar that takes a body named "of" its subject whole', () => {
    // The learnt odds: a head word "of" a capitalised noun is one name far more often than two names joined by "and".
    expect(odds(body)).toBeGreaterThan(odds(pair));
    const b = odds(body);
    expect(namesAt(b, body)).toContain('Comptroller of the Ledger');
    expect(namesAt(b, pair)).toEqual(expect.arrayContaining(['Vellamo', 'Korbin Tarn']));
    expect(namesAt(b, pair)).not.toContain('Vellamo and Korbin Tarn');
  });
  it('takes nothing at bar 0 (the choice off)', () => {
    expect(namesAt(0, firm)).not.toContain('Tarnel Holdings Ltd of Vellmark');
    expect(namesAt(0, body)).not.toContain('Comptroller of the Ledger');
  });
});
