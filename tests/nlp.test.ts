/** compromise as extraction sets it up (src/extract/nlp.ts): its matcher handed only the rules a text can fire, one parse shared. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { allRulesBulkMatch, compromise, hasTag, lexiconTags, rulesFor, taggedTerms, termsWithin, type BulkMatch, type Rule } from '../src/extract/nlp.ts';

const nlp = compromise();

const rule = (match: string, needs: string[], wants: string[] = [], minWant = 0, minWords = 1, ifNo?: string[]): Rule => ({ match, needs, wants, minWant, minWords, ifNo });

describe('rulesFor', () => {
  const net = {
    hooks: {
      '#Noun': [rule('#Noun #Verb', ['#Noun', '#Verb'], [], 0, 2), rule('the #Noun', ['the', '#Noun'], [], 0, 2)],
      '#Verb': [rule('#Noun #Verb', ['#Noun', '#Verb'], [], 0, 2), rule('#Verb (up|down)', ['#Verb'], ['up', 'down'], 1, 2), rule('#Verb', ['#Verb'], [], 0, 1, ['not'])],
      up: [rule('#Verb (up|down)', ['#Verb'], ['up', 'down'], 1, 2)],
    },
    always: [rule('. . . .', [], [], 0, 4)],
  };
  const matches = (cache: string[], words: number) => rulesFor(new Set(cache), words, net).map((r) => r.match);
  it('takes each rule once, in key order, if the clause has its needs and a want of each alternation, and none of its ifNo words', () => {
    expect(matches(['#Noun', '#Verb', 'up'], 5)).toEqual(['#Noun #Verb', '#Verb (up|down)', '#Verb', '. . . .']);
    expect(matches(['#Verb', 'the'], 5)).toEqual(['#Verb', '. . . .']);
    expect(matches(['#Verb', 'not', 'up'], 3)).toEqual(['#Verb (up|down)']);
  });
  it('leaves out the rules longer than the clause', () => {
    expect(matches(['#Noun', '#Verb', 'up'], 1)).toEqual(['#Verb']);
  });
  it("reads each clause's own keys: what the clause before held is not held again (session 49, speed67)", () => {
    expect(matches(['#Noun', '#Verb', 'up', 'the'], 5)).toEqual(['#Noun #Verb', 'the #Noun', '#Verb (up|down)', '#Verb', '. . . .']);
    expect(matches(['#Verb'], 5)).toEqual(['#Verb', '. . . .']);
    expect(matches(['#Noun', 'down'], 5)).toEqual(['. . . .']);
    expect(matches(['#Noun', 'the'], 5)).toEqual(['the #Noun', '. . . .']);
  });
  it('meets a rule at the first key the clause holds, though it is tried under one of its needs (session 41, speed52)', () => {
    // Keys in Object.keys order: integer-like first ('12'), then as written. 'x #Verb' is tried under its need
    // '#Verb' and met first under its want '12'.
    const wanted = { hooks: { '#Verb': [rule('#Verb now', ['#Verb', 'now'], [], 0, 2), rule('x #Verb', ['#Verb'], ['12', 'up'], 1, 2)], up: [rule('x #Verb', ['#Verb'], ['12', 'up'], 1, 2)], '12': [rule('x #Verb', ['#Verb'], ['12', 'up'], 1, 2)], now: [rule('#Verb now', ['#Verb', 'now'], [], 0, 2)] }, always: [] };
    const order = (cache: string[]) => rulesFor(new Set(cache), 3, wanted).map((r) => r.match);
    expect(order(['#Verb', 'now', '12'])).toEqual(['x #Verb', '#Verb now']);
    expect(order(['#Verb', 'now', 'up'])).toEqual(['#Verb now', 'x #Verb']);
    expect(order(['now', 'up'])).toEqual([]);
  });
});

describe('the narrowed matcher', () => {
  const one = (nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;
  const texts = [
    'Quentin Marlowe, the chief executive of Zorbix Holdings, said on Tuesday that the merger would not go ahead.',
    'Security forces fired on protesters in Valdoria, and the talks, which began in March, were called off.',
    "Acme's shares rose 4% after it agreed to buy a 33% stake in Brindle Ltd for $1.2bn.",
    "Brindle didn't say whether it's selling. It won't, analysts said; shares fell 3 pct to 12-1/2 dlrs.",
    'ZORBIX SETS TWO-FOR-ONE STOCK SPLIT', 'acme prices 1.2 billion dlr bond issue', 'The fastest carrier in Esterland',
    'Bank of Esterland', 'Ms Ardent', 'Sri Vantara', 'would', 'They might have been leaving.', '',
  ];
  // Everything compromise says of each word but its id, a counter that runs on from call to call.
  const tags = () => texts.map((t) => JSON.stringify(nlp(t).json({ offset: true, terms: { offset: true } }), (key, value: unknown) => (key === 'id' ? undefined : value)));
  it('tags every word as compromise does with all its rules', () => {
    expect(one.bulkMatch).not.toBe(allRulesBulkMatch());
    const narrowed = tags();
    const narrowedMatcher = one.bulkMatch;
    one.bulkMatch = allRulesBulkMatch();
    try {
      expect(narrowed).toEqual(tags());
    } finally {
      one.bulkMatch = narrowedMatcher;
    }
  });
  it('leaves out the noun and verb chunks, which set no tag', () => {
    expect(nlp.hooks()).not.toContain('chunks');
    expect(nlp.hooks()).toContain('postTagger');
  });
});

describe('taggedTerms, one parse shared by every reader of a text', () => {
  const text = "Quentin Marlowe said Zorbix's board, which met on Monday, will not sell the unit.";
  const fresh = (t: string) => (nlp(t).json({ offset: true, terms: { offset: true } }) as { terms: { text: string; post: string; tags: string[]; offset: { start: number; length: number } }[] }[])
    .flatMap((s) => s.terms.map((w) => ({ text: w.text, post: w.post, tags: w.tags, offset: { start: w.offset.start, length: w.offset.length } })));
  it('gives the words, tags and offsets of a parse of its own', () => {
    const more = ["Zorbix won't sell.  It's Marlowe's call, she said. Talks end Friday!", '"Quiet," said Dr. Marlowe (Zorbix).'];
    for (const t of [text, 'Bank of Esterland', 'Marlowe', 'acme imports 12,000 tonnes sugar', '', ...more]) expect(taggedTerms(t)).toEqual(fresh(t));
    const said = taggedTerms(text).find((w) => w.text === 'said')!;
    expect(said.tags).toContain('PastTense');
    expect(text.slice(said.offset.start, said.offset.start + said.offset.length)).toBe('said');
  });
  it('parses a text once for every caller that reads it', () => {
    const first = taggedTerms(text);
    taggedTerms('Something else entirely.');
    expect(taggedTerms(text)).toBe(first);
  });
  it('tells whether any word has a tag, as compromise\'s matcher does', () => {
    for (const [word, tag] of [['fastest', 'Superlative'], ['fast', 'Superlative'], ['Marlowe said', 'PastTense'], ['Esterland', 'Verb']] as const) {
      expect(hasTag(word, tag)).toBe(nlp(word).has(`#${tag}`));
    }
    expect(hasTag('fastest', 'Superlative')).toBe(true);
  });
});

describe('lexiconTags, a name\'s tags out of context, one home for entities.ts and joiner.ts (session 36, speed47)', () => {
  const fresh = (t: string) => (nlp(t).json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  it('gives every tag of every term of the text, and the same set to every later asker', () => {
    for (const t of ['Marlowe', 'Quentin Marlowe', 'Bank of Esterland', 'American', '']) {
      expect([...lexiconTags(t)].sort()).toEqual([...new Set(fresh(t).flatMap((w) => w.tags))].sort());
    }
    const first = lexiconTags('Esterland Holdings');
    for (let i = 0; i < 600; i++) taggedTerms(`Zorbix ${i}`);
    expect(lexiconTags('Esterland Holdings')).toBe(first);
  });
});

describe('termsWithin, a part of a sentence read from the sentence tagged once (session 30, speed39)', () => {
  const text = 'Miro Ltd sold its rail unit in May to help cut its debts, and Zorbix has appealed.';
  it('gives the words that start inside the part, with the tags of the whole and offsets from the part', () => {
    const whole = taggedTerms(text);
    const from = text.indexOf('help');
    const to = text.indexOf(', and');
    const part = termsWithin(text, from, to);
    expect(part.map((t) => t.text)).toEqual(['help', 'cut', 'its', 'debts']);
    for (const t of part) {
      const same = whole.find((w) => w.offset.start === from + t.offset.start)!;
      expect(t.tags).toEqual(same.tags);
      expect(text.slice(from + t.offset.start, from + t.offset.start + t.offset.length)).toBe(t.text);
    }
    // (Tagged alone the part opens with the noun "help"; in the sentence it is a verb.)
    expect(part[0]!.tags).toContain('Verb');
    expect(taggedTerms(text.slice(from, to))[0]!.tags).not.toContain('Verb');
    expect(termsWithin(text, 0)).toEqual(whole);
  });
});

describe('compromise loaded once, on the first question, as its one-file build (session 36, speed46)', () => {
  // A process of its own: this file's own questions have loaded compromise already.
  const script = [
    "import { createRequire } from 'node:module';",
    "const require = createRequire(process.cwd() + '/package.json');",
    "const bundle = require.resolve('compromise/two');",
    "const { taggedTerms } = await import('./src/extract/nlp.ts');",
    "const before = bundle in require.cache;",
    "const tags = taggedTerms('Quentin Marlowe left Zorbix.')[0].tags;",
    'console.log(JSON.stringify({ bundle, before, after: bundle in require.cache, tags }));',
  ].join('\n');
  it('is not loaded by importing extraction, and is loaded from builds/ when a text is first tagged', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: process.cwd() });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as { bundle: string; before: boolean; after: boolean; tags: string[] };
    expect(seen.bundle).toMatch(/compromise[\\/]builds[\\/]two[\\/]compromise-two\.cjs$/);
    expect(seen.before).toBe(false);
    expect(seen.after).toBe(true);
    expect(seen.tags).toContain('FirstName');
  });
});
