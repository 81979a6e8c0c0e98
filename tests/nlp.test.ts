/** compromise as extraction sets it up (src/extract/nlp.ts): its matcher handed only the rules a text can fire. */
import { describe, expect, it } from 'vitest';
import nlp, { allRulesBulkMatch, hooksIn } from '../src/extract/nlp.ts';

describe('hooksIn', () => {
  it('keeps the hooks some clause holds, in the rule set\'s key order (integer-like keys first, as Object.keys has them)', () => {
    const hooks = { '#Noun': ['n'], zorbix: ['z'], '12': ['twelve'], '#Verb': ['v'], acme: ['a'] };
    const picked = hooksIn([new Set(['acme', '#Verb', 'unknown']), new Set(['12', '#Noun'])], hooks);
    expect(Object.keys(picked)).toEqual(['12', '#Noun', '#Verb', 'acme']);
    expect(picked['#Verb']).toBe(hooks['#Verb']);
    expect(hooksIn([new Set(['nothing'])], hooks)).toEqual({});
    expect(hooksIn([], hooks)).toEqual({});
  });
});

describe('the narrowed matcher', () => {
  const one = (nlp.world() as unknown as { methods: { one: { bulkMatch: typeof allRulesBulkMatch } } }).methods.one;
  const texts = [
    'Quentin Marlowe, the chief executive of Zorbix Holdings, said on Tuesday that the merger would not go ahead.',
    'Security forces fired on protesters in Valdoria, and the talks, which began in March, were called off.',
    "Acme's shares rose 4% after it agreed to buy a 33% stake in Brindle Ltd for $1.2bn.",
    'Bank of Esterland', 'Ms Ardent', 'Sri Vantara', 'would', 'They might have been leaving.',
  ];
  // Everything compromise says of each word but its id, a counter that runs on from call to call.
  const tags = () => texts.map((t) => JSON.stringify(nlp(t).json({ offset: true, terms: { offset: true } }), (key, value: unknown) => (key === 'id' ? undefined : value)));
  it('tags every word as compromise does with all its rules', () => {
    expect(one.bulkMatch).not.toBe(allRulesBulkMatch);
    const narrowed = tags();
    const narrowedMatcher = one.bulkMatch;
    one.bulkMatch = allRulesBulkMatch;
    try {
      expect(narrowed).toEqual(tags());
    } finally {
      one.bulkMatch = narrowedMatcher;
    }
  });
});
