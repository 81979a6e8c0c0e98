import { describe, expect, it } from 'vitest';
import { contentWords, objectOf, pairFeatures, pairScore, type ReportView } from '../src/resolve/same-happening.ts';

const view = (sentence: string, trigger: string, actors: string[]): ReportView =>
  ({ trigger, type: 'legal', words: contentWords(sentence), actors, targets: [], news: false, object: objectOf(sentence, trigger) });

describe('the same-happening model', () => {
  it('reads what a clause does its happening to, after an active trigger and before a passive one', () => {
    expect(objectOf('Quanta is suing Zorbia in Europe for damages.', 'suing')).toEqual({ words: ['zorbia'], named: true });
    expect(objectOf('The dispute with Miro Bank grew after it was quietly sued by Quanta.', 'sued')).toEqual({ words: ['it'], named: false });
    expect(objectOf('Quanta has launched the new tablet in June.', 'launched')).toEqual({ words: ['new', 'tablet'], named: false });
    // A time is no object, nor is what a finite verb after the trigger opens.
    expect(objectOf('Ann Lee died yesterday.', 'died')).toBeNull();
    expect(objectOf('Quanta announced Monday it would sue.', 'announced')).toBeNull();
  });
  it('counts against one happening two clauses whose objects differ, not both named', () => {
    const byIt = view('The dispute with Miro Bank grew after it was quietly sued by Quanta.', 'sued', ['quanta']);
    const byName = view('Quanta is suing Zorbia in Europe for damages.', 'suing', ['quanta']);
    const again = view('Quanta is suing it in Europe for damages.', 'suing', ['quanta']);
    const weight = () => 1;
    expect(pairFeatures(byIt, byName, 1, weight, true).otherObject).toBe(1);
    expect(pairFeatures(byIt, again, 1, weight, true).otherObject).toBe(0);
    // Two names are the target feature's to compare.
    const named = view('Quanta is suing Ubia in Europe for damages.', 'suing', ['quanta']);
    expect(pairFeatures(byName, named, 1, weight, true).otherObject).toBe(0);
    // The learned weight counts it against: the same pair scores lower with different objects than with one.
    expect(pairScore(pairFeatures(byIt, byName, 1, weight, true))).toBeLessThan(pairScore({ ...pairFeatures(byIt, byName, 1, weight, true), otherObject: 0 }));
  });
  it('reads two ledes as news of one happening only within one article', () => {
    // Two articles' ledes of one type sharing a name: a bank's trading revenue and a fund's offering it underwrote.
    const lede = (sentence: string, trigger: string): ReportView => ({ ...view(sentence, trigger, []), type: 'finance', news: true });
    const revenue = lede('Miro Bank had a reduction in trading revenue in April and May.', 'reduction');
    const offering = lede('Lead underwriters Miro Bank and Pella Securities said the initial offering of the Quanta Asia Fund started.', 'offering');
    const weight = () => 1;
    expect(pairFeatures(revenue, offering, 1, weight, true).news).toBe(1);
    expect(pairFeatures(revenue, offering, 1, weight, false).news).toBe(0);
    expect(pairScore(pairFeatures(revenue, offering, 1, weight, true))).toBeGreaterThan(0);
    expect(pairScore(pairFeatures(revenue, offering, 1, weight, false))).toBeLessThan(0);
  });
});
