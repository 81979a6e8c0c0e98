/** The learner of partners' names (eval/build-partner-names.ts) on invented paragraphs. */
import { describe, expect, it } from 'vitest';
import { learnPartnerNames } from '../eval/build-partner-names.ts';

/** `n` paragraphs, each the sentence with its number: a pair counts once a paragraph. */
const times = (n: number, sentence: (k: number) => string) => Array.from({ length: n }, (_, k) => sentence(k));

describe('learnPartnerNames', () => {
  it('learns two words news writes mostly as one pair', () => {
    const paragraphs = times(5, (k) => `The auditor Vellish and Orlin said on day ${k} that it agreed.`);
    expect(learnPartnerNames(paragraphs, new Set())).toEqual(['vellish and orlin']);
  });
  it('leaves out a pair also written the other way round: two names side by side', () => {
    const paragraphs = [...times(6, (k) => `On day ${k} the sprinters Varsola and Kellqvist were suspended.`), ...times(2, (k) => `The hearing of Kellqvist and Varsola was put off to day ${k}.`)];
    expect(learnPartnerNames(paragraphs, new Set())).toEqual([]);
  });
  it('leaves out a pair whose first word mostly ends a longer name joined by "of"', () => {
    const paragraphs = times(5, (k) => `A quake ${k} shook the Bay of Zorbin and Vellamo regions.`);
    expect(learnPartnerNames(paragraphs, new Set())).toEqual([]);
  });
  it('leaves out a pair read and judged two names', () => {
    const paragraphs = times(5, (k) => `A survey ${k} by Zorbix and Vellan found spyware.`);
    expect(learnPartnerNames(paragraphs, new Set(['zorbix and vellan']))).toEqual([]);
  });
});
