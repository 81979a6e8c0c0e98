import { describe, expect, it } from 'vitest';
import { saidShape } from '../eval/lede-kind-said.ts';
import { ledeKindFeatures } from '../src/extract/lede-kind.ts';

// The shapes of a said clause the session-47 draw (evt108) picks train ledes by, read on invented ledes.
const shape = (lede: string) => saidShape(ledeKindFeatures('ORLIN MILLS NEWS', lede));

describe('saidShape', () => {
  it('reads a present copula under "said" as the state shape', () => {
    expect(shape('LONDON, May 4 - Orlin Mills Plc said it is confident about the year ahead.')).toEqual(['state']);
  });
  it('reads an amount from and to under "said" as the figure shape', () => {
    expect(shape('PARIS, May 4 - Vantor SA said its load factor declined to 42.2 pct in April from 46.1 pct a year earlier.')).toContain('figure');
  });
  it('reads an expecting verb under "said" as the forecast shape', () => {
    expect(shape('TOKYO, May 4 - Kessel Corp said it expects profits to fall this year.')).toEqual(['forecast']);
  });
  it('reads no shape in a lede that tells no statement', () => {
    expect(shape('TOKYO, May 4 - Kessel Corp sold its steel unit to Brand Co for 40 mln dlrs.')).toEqual([]);
  });
});
