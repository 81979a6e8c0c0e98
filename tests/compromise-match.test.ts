import { describe, expect, it } from 'vitest';
import { compromise } from '../src/extract/nlp.ts';
import { isPlainToken, mayStartAt, ruleMatcher, type MatchRule, type MatchTodo } from '../src/extract/compromise-match.ts';

/** compromise's world as the rule matcher reads it. */
interface World {
  methods: { one: { match: MatchRule; termMethods: object; bulkMatch: (docs: unknown, net: Net, ...rest: unknown[]) => unknown } };
}
interface Net { hooks: Record<string, MatchTodo[]>; always: MatchTodo[] }
const nlp = compromise();
const world = nlp.world() as unknown as World;
const one = world.methods.one;
const ours = ruleMatcher(one.match, one.termMethods);

describe("compromise's rule match, tried only where the first token can stand (session 41, speed52)", () => {
  const texts = [
    'Quentin Marlowe, the chief executive of Zorbix Holdings, said on Tuesday that the merger would not go ahead.',
    "Acme's shares rose 4% after it agreed to buy a 33% stake in Brindle Ltd for $1.2bn.",
    "Brindle didn't say whether it's selling. It won't, analysts said; shares fell 3 pct to 12-1/2 dlrs.",
    'ZORBIX SETS TWO-FOR-ONE STOCK SPLIT', 'The fastest carrier in Esterland has been sold - again.', 'Ms Ardent', 'would',
    'He will be working up a sweat in the so-called "clean" rooms, and they had fixed the old cars by then.',
  ];
  // The post-tagger's rules, as it hands them to the sweep.
  const rules = (() => {
    const sweep = one.bulkMatch;
    let net: Net | undefined;
    one.bulkMatch = (docs, given, ...rest) => sweep(docs, (net = given), ...rest);
    try {
      nlp('Acme sold it.');
    } finally {
      one.bulkMatch = sweep;
    }
    return [...new Set([...Object.values(net!.hooks).flat(), ...net!.always])];
  })();
  it('is not compromise\'s own match (its sources load)', () => {
    expect(ours).not.toBe(one.match);
  });
  it('finds what compromise finds, rule by rule, on every clause', () => {
    let found = 0;
    for (const text of texts) {
      const docs = (nlp(text) as unknown as { docs: Parameters<MatchRule>[0] }).docs;
      for (const rule of rules) {
        const expected = one.match(docs, rule);
        expect(ours(docs, rule)).toEqual(expected);
        found += expected.ptrs.length;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
  it('tests a first token itself only when compromise would stop there on a mismatch', () => {
    expect(isPlainToken({ tag: 'Noun' })).toBe(true);
    expect(isPlainToken({ word: 'the', group: '0', groupStart: true, groupEnd: true })).toBe(true);
    expect(isPlainToken({ fastOr: new Set(['a', 'an']), operator: 'or' })).toBe(true);
    for (const reg of [{ tag: 'Noun', optional: true }, { tag: 'Noun', negative: true }, { tag: 'Noun', greedy: true }, { tag: 'Noun', start: true },
      { word: 'the', fuzzy: true }, { word: 'the', use: 'text' }, { choices: [], operator: 'or' }, { anything: true }, { method: 'hasComma' }]) {
      expect(isPlainToken(reg)).toBe(false);
    }
    const term = { text: 'Sold', normal: 'sold', machine: null, tags: new Set(['Verb', 'PastTense']), id: 'x' };
    expect(mayStartAt(term, { tag: 'PastTense' })).toBe(true);
    expect(mayStartAt(term, { word: 'sold' })).toBe(true);
    expect(mayStartAt(term, { fastOr: new Set(['sold']), operator: 'or', pos: 'Noun' })).toBe(false);
  });
});
