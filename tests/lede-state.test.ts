import { describe, expect, it } from 'vitest';
import { ledeToldAsState } from '../src/extract/state.ts';

// Session 50 (evt118, issue 19): ongoing considerations told as a lede's news that the reader let through as happenings.
describe('a lede that tells an ongoing consideration (ledeToldAsState)', () => {
  it('reads a pursuit still under way as a state, as it reads "is considering"', () => {
    expect(ledeToldAsState('ZORBA, March 2 - The Zorbian Trade Ministry is currently discussing an amendment to its grain accord with Norland.')).toBe(true);
    expect(ledeToldAsState('ZORBA, March 2 - The Vell Exchange is researching the possibility of offering futures on freight rates, a consultant said.')).toBe(true);
    expect(ledeToldAsState('ZORBA, March 2 - Zorbia is searching for new partners to help it cut its trade deficit.')).toBe(true);
    expect(ledeToldAsState('ZORBA, March 2 - Zorbia is preparing for a second agreement with its creditor banks.')).toBe(true);
  });
  it('reads a reported clause\'s progressive shifted into the past as the present it reports', () => {
    expect(ledeToldAsState('ZORBA, March 2 - Quanta Plc said it was discussing the takeover of a company owned by Ann Lee.')).toBe(true);
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Corp said it was considering a bid for Quanta Inc.')).toBe(true);
  });
  it('lets a participle in an aside about the subject decide nothing', () => {
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Canada Inc, wholly owned by Zorbix Corp, is considering acquiring another broker.')).toBe(true);
  });
  it('keeps a deed, an intention and a past that no reporting verb shifted as the news', () => {
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Corp is preparing to sell its tablet unit to Quanta Inc.')).toBe(false);
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Corp was considering a bid for Quanta Inc when its chief resigned.')).toBe(false);
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Corp said its stock was included in the index.')).toBe(false);
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Canada Inc, wholly owned by Zorbix Corp, sold its tablet unit to Quanta Inc.')).toBe(false);
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Corp is selling its unit to Quanta Inc for 40 mln dlrs.')).toBe(false);
  });
  // Session 51 (evt124): "recall" is remembering in WordNet's commonest sense (state-verbs.json), but told before what
  // is recalled it is a maker's recall of goods, a happening.
  it('keeps a recall of goods as the news, and still reads remembering before a clause as a state', () => {
    expect(ledeToldAsState('ZORBA, March 2 - Zorbix Corp said it was voluntarily recalling 20 lots of Quantal, a heart drug.')).toBe(false);
    expect(ledeToldAsState('ZORBA, March 2 - Vell Motor Co is recalling about 40,000 of its 1987-model cars to replace a brake part.')).toBe(false);
    expect(ledeToldAsState('ZORBA, March 2 - The Zorbian minister is recalling that the accord was signed in haste.')).toBe(true);
  });
});
