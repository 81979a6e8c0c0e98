import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isVariant, randomRank, uncertainty } from '../eval/type-uncertain.ts';
import { cvOn, oddsPickedKeys, outOfFoldOdds, overridesOn, pickedWeighted, randomCv, type Example } from '../eval/train-type-model.ts';
import { order, readJudgments } from '../eval/pages.ts';

describe('type-uncertain: how unsure the type model is of a name', () => {
  it('reads the lead of the two likeliest types and whether the likeliest is not the vote', () => {
    const close = uncertainty({ person: 0.05, organization: 0.46, place: 0.44, other: 0.05 }, 'place');
    expect(close.lead).toBeCloseTo(0.02, 6);
    expect(close.disagrees).toBe(true);
    const sure = uncertainty({ person: 0.9, organization: 0.05, place: 0.03, other: 0.02 }, 'person');
    expect(sure.lead).toBeCloseTo(0.85, 6);
    expect(sure.disagrees).toBe(false);
  });
});

describe('type-uncertain: a seeded random pick of train names (TYPE_UNCERTAIN_RANDOM)', () => {
  it('orders keys by the seed and the key alone, the same on every run, and differently for another seed', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `doc-${i}\tInvented Name ${i}`);
    const bySeed = (seed: string) => [...keys].sort((a, b) => randomRank(seed, a) - randomRank(seed, b));
    expect(bySeed('alpha')).toEqual(bySeed('alpha'));
    expect(bySeed('alpha')).not.toEqual(bySeed('beta'));
    // Not the keys' own order: a draw, not a listing.
    expect(bySeed('alpha')).not.toEqual(keys);
  });
});

describe('type-uncertain: variants of one name (TYPE_UNCERTAIN_DISAGREE)', () => {
  it('reads a whole-word head or tail and a plural as variants, and a part of a word or the same name as none', () => {
    expect(isVariant('Quellstone', 'Quellstone Steel Corp')).toBe(true);
    expect(isVariant('Steel Corp', 'Quellstone Steel Corp')).toBe(true);
    expect(isVariant('Vellish Party', 'Vellish Parties')).toBe(true);
    expect(isVariant('Vellist', 'Vellists')).toBe(true);
    expect(isVariant('Torvy', 'Torvies')).toBe(true);
    expect(isVariant('Quell', 'Quellstone Steel')).toBe(false);
    expect(isVariant('Steel', 'Quellstone Steel Corp')).toBe(false);
    expect(isVariant('Orlin', 'Orlin')).toBe(false);
  });
});

describe('train-type-model: odds-picked labels weighed down, random labels as the held-out set', () => {
  const ex = (key: string, label: 'person' | 'place', f: string): Example => ({ key, name: key, label, features: { [f]: 1 } });
  it('multiplies the weight of the odds-picked keys only', () => {
    const xs = [ex('a\tZorvan Kell', 'person', 'x'), { ...ex('b\tMirel Bay', 'place', 'y'), weight: 3 }];
    const out = pickedWeighted(xs, new Set(['b\tMirel Bay']), 0.25);
    expect(out.map((x) => x.weight ?? 1)).toEqual([1, 0.75]);
    expect(pickedWeighted(xs, new Set(['b\tMirel Bay']), 1).map((x) => x.weight ?? 1)).toEqual([1, 3]);
  });
  it('scores only the random-pick names, each once, in the held-out folds', () => {
    const xs: Example[] = [];
    for (let i = 0; i < 30; i++) xs.push(ex(`d${i}\tName ${i}`, i % 2 ? 'person' : 'place', i % 2 ? 'cue.person' : 'cue.place'));
    const isRandom = (x: Example) => Number(x.key!.slice(1, x.key!.indexOf('\t'))) % 3 === 0;
    const cv = randomCv(xs, isRandom, 0.001);
    expect(cv.n).toBe(10);
    expect(cv.accuracy).toBe(1);
    expect(cv.logLoss).toBeLessThan(0.5);
  });
  it('counts the out-of-fold overrides of the vote, and whether the model or the vote was right', () => {
    const xs: Example[] = [];
    // The vote says place for all; the cue says the truth, so the out-of-fold model overrides the vote on the people.
    for (let i = 0; i < 30; i++) xs.push({ key: `d${i}\tName ${i}`, name: `Name ${i}`, label: i % 2 ? 'person' : 'place', features: { 'voted.place': 1, [i % 2 ? 'cue.person' : 'cue.place']: 1 } });
    const odds = outOfFoldOdds(xs, 0.001);
    expect(cvOn(xs, odds, () => true)).toEqual(randomCv(xs, () => true, 0.001));
    const o = overridesOn(xs, odds, () => true, { floor: 0 });
    expect(o).toEqual({ n: 30, overrides: 15, right: 15, voteRight: 0 });
    // A floor no odds reach leaves every vote standing.
    expect(overridesOn(xs, odds, () => true, { floor: 1.01 }).overrides).toBe(0);
  });
  it('lists in tests/gold/type-picks.json only judged train keys, and no random pick among them', () => {
    const picks = JSON.parse(readFileSync(new URL('./gold/type-picks.json', import.meta.url), 'utf8')) as { pools: { keys: Record<string, string[]> }[] };
    for (const corpus of ['reuters', 'bbc']) {
      const judged = readJudgments(corpus);
      const keys = picks.pools.flatMap((p) => p.keys[corpus] ?? []);
      expect(keys.length).toBeGreaterThan(100);
      for (const k of keys) {
        expect(order(k).split).toBe('train');
        expect(judged.get(k)?.pick).toBeUndefined();
      }
    }
    // Two pools judged on parallel branches share some keys: the set is their union.
    expect(oddsPickedKeys()).toEqual(new Set(picks.pools.flatMap((p) => Object.values(p.keys).flat())));
  });
});
