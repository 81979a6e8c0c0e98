import { describe, expect, it } from 'vitest';
import { ledeKindOdds, saidClause, saidReading } from '../eval/said-clause.ts';

describe('the said clause of a statement (issue 19, session 46)', () => {
  it('is the complement of a reporting verb, past its time, place and "that"', () => {
    expect(saidClause('NEW YORK, March 3 - Acme Corp said its first quarter profits rose 12 pct to 40 mln dlrs.')).toBe('Its first quarter profits rose 12 pct to 40 mln dlrs');
    expect(saidClause('Acme said on Monday that it agreed to buy Zeta Ltd.')).toBe('It agreed to buy Zeta Ltd');
    expect(saidClause('Quanta said in its weekly operations report that a backlog of 39 ships was waiting.')).toBe('A backlog of 39 ships was waiting');
  });

  it('after "told", past the hearer', () => {
    expect(saidClause('Acme told reporters that the market remains weak.')).toBe('The market remains weak');
    expect(saidClause('Lee told the Pella Daily the market remains weak.')).toBeUndefined();
  });

  it('is the clause before a closing report, or around "according to"', () => {
    expect(saidClause('TOKYO, March 3 - The yen will remain weak for some months, senior bankers said.')).toBe('The yen will remain weak for some months');
    expect(saidClause('The market remains weak, said Ann Lee, an analyst at Quanta.')).toBe('The market remains weak');
    expect(saidClause('Oil prices rose sharply today, according to traders in London.')).toBe('Oil prices rose sharply today');
    expect(saidClause('According to traders, oil prices rose sharply today.')).toBe('Oil prices rose sharply today');
  });

  it('is none in a sentence that tells no statement', () => {
    expect(saidClause('LONDON, April 1 - Acme Corp agreed to buy Zeta Ltd for 40 mln dlrs.')).toBeUndefined();
  });

  it('is read by the lede-kind model: a deal reads a happening, a measure that rose a figure, a hope a forecast', () => {
    const deal = ledeKindOdds('ACME TO BUY ZETA', 'It agreed to buy Zeta Ltd for 40 mln dlrs');
    const figure = ledeKindOdds('ZORBIA RESERVES RISE', "Zorbia's external reserves rose to a record 51.73 billion dlrs at the end of February");
    const forecast = ledeKindOdds('ACME SEES HIGHER SALES', 'It expects sales to rise in 1987');
    expect(deal.happening).toBeGreaterThan(0.5);
    expect(figure.happening).toBeLessThan(0.5);
    expect(figure.figure).toBeGreaterThan(Math.max(figure.state, figure.forecast));
    expect(forecast.forecast).toBeGreaterThan(Math.max(forecast.figure, forecast.state));
    for (const o of [deal, figure, forecast]) expect(o.happening + o.figure + o.state + o.forecast).toBeCloseTo(1, 6);
  });

  it('gives the event page model named features in 0–1, none for no statement', () => {
    const f = saidReading('ACME SEES HIGHER SALES', 'Acme Corp said it expects sales to rise in 1987.');
    expect(f['said.read']).toBe(1);
    expect(Object.values(f).every((v) => v > 0 && v <= 1)).toBe(true);
    expect(saidReading('ACME TO BUY ZETA', 'Acme Corp agreed to buy Zeta Ltd.')).toEqual({});
  });
});
