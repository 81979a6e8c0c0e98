/** The fast part-of-speech tagger of whole sentences (src/extract/pos-tagger.ts), on invented sentences. */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features, normal, PosTagger, posTerms, tokenise, type PosModel } from '../src/extract/pos-tagger.ts';
import { namesActivity } from '../src/extract/state.ts';
import { readingOf } from '../src/extract/participle.ts';
import { unnamedSubject, unnamedSubjectOf } from '../src/extract/unnamed-party.ts';

const tagsOf = (text: string) => Object.fromEntries(posTerms(text).map((t) => [t.text, t.tags]));

describe('posTerms', () => {
  it('tags a sentence in compromise\'s names: a be form before a verb Auxiliary, "not" Negative, an -ing form Gerund', () => {
    const tags = tagsOf('The Zorbian envoy was not meeting the Velmont delegates on Tuesday.');
    expect(tags.was).toEqual(expect.arrayContaining(['Verb', 'Auxiliary']));
    expect(tags.not).toContain('Negative');
    expect(tags.meeting).toEqual(expect.arrayContaining(['Verb', 'Gerund']));
    expect(tags.delegates).toEqual(expect.arrayContaining(['Noun', 'Plural']));
    expect(tags.the).toContain('Determiner');
    expect(tagsOf('Velmont has already sold the plant.').has).toEqual(expect.arrayContaining(['Verb', 'Auxiliary']));
  });

  it('keeps offsets into the text, folds punctuation into the word before (its post) and "\'s" into the name', () => {
    const text = 'Velmont\'s chairman sold the plant on Friday, the Zorbian board said.';
    const terms = posTerms(text);
    for (const t of terms) expect(text.slice(t.offset.start, t.offset.start + t.offset.length)).toBe(t.text);
    expect(terms.map((t) => t.text)).toEqual(['Velmont\'s', 'chairman', 'sold', 'the', 'plant', 'on', 'Friday', 'the', 'Zorbian', 'board', 'said']);
    expect(terms[0]!.tags).toContain('Possessive');
    expect(terms[6]!.post).toBe(', ');
    expect(terms.at(-1)!.post).toBe('.');
    expect(terms[2]!.tags).toEqual(expect.arrayContaining(['Verb', 'PastTense']));
  });

  it('splits "n\'t" from its verb and tags it Negative', () => {
    expect(tokenise('Zorbix didn\'t sell.').map((t) => t.word)).toEqual(['Zorbix', 'did', 'n\'t', 'sell', '.']);
    expect(tagsOf('Zorbix didn\'t sell the plant.')['n\'t']).toContain('Negative');
  });

  it('answers the same for the same text, from its memo and from a tagger of its own', () => {
    const text = 'Quillmart has agreed to buy a stake in Velmont Foods.';
    expect(posTerms(text)).toBe(posTerms(text));
    const model = JSON.parse(readFileSync(new URL('../src/extract/pos-tagger-model.json', import.meta.url), 'utf8')) as PosModel;
    const words = tokenise(text).map((t) => t.word);
    expect(new PosTagger(model).tag(words)).toEqual(new PosTagger(model).tag(words));
  });

  it('scores each word as the sum of its feature strings\' weights, in their order, to the last bit (seed articles)', () => {
    const model = JSON.parse(readFileSync(new URL('../src/extract/pos-tagger-model.json', import.meta.url), 'utf8')) as PosModel;
    const tagger = new PosTagger(model);
    const states = ['-START-', '-START2-', ...model.tags];
    const bySpelling = (feats: readonly string[]) => {
      const out = new Float64Array(model.tags.length);
      for (const f of feats) {
        const pairs = model.weights[f] ?? [];
        for (let k = 0; k < pairs.length; k += 2) out[pairs[k]!]! += Math.fround(pairs[k + 1]!);
      }
      return out;
    };
    const bits = (a: Float64Array) => Buffer.from(a.buffer).toString('hex');
    let compared = 0;
    for (const file of ['000_cef4227f8d5861dc.txt', '004_9bd7e509f6b68351.txt']) {
      const lines = readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim().length > 40);
      for (const line of lines) {
        const raw = tokenise(line).map((t) => t.word);
        const words = raw.map(normal);
        // Every pair of previous states once per word, as tagging may meet them.
        for (let i = 0; i < words.length; i++) {
          for (const [p1, p2] of [[0, 1], [2 + (i % model.tags.length), 0], [5, 7]] as const) {
            const got = tagger.scores(words, raw, i, p1, p2, new Float64Array(model.tags.length));
            expect(bits(got)).toBe(bits(bySpelling(features(words, raw, i, states[p1]!, states[p2]!))));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('reads letters of any script and a curly apostrophe as eng.train writes a straight one', () => {
    expect(tokenise('Ann Müller didn’t sell.').map((t) => t.word)).toEqual(['Ann', 'Müller', 'did', "n't", 'sell', '.']);
    expect(tagsOf('Ann Müller didn’t sell the plant.')["n't"] ?? tagsOf('Ann Müller didn’t sell the plant.')['n’t']).toContain('Negative');
  });

  it('ships pruned weights under 1 MB', () => {
    const file = new URL('../src/extract/pos-tagger-model.json', import.meta.url);
    expect(statSync(file).size).toBeLessThan(1_000_000);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { weights: object }).weights).length).toBeGreaterThan(10_000);
  });
});

describe('the whole-sentence callers read the fast tagger', () => {
  it('namesActivity: an -ing form after a preposition of activity', () => {
    const text = 'The Zorbian council did a fine job in fighting the floods.';
    expect(namesActivity(text, text.indexOf('fighting'))).toBe(true);
    const told = 'The Zorbian council was fighting the floods.';
    expect(namesActivity(told, told.indexOf('fighting'))).toBe(false);
  });

  it('readingOf: nouns, adverbs and finite verbs by offset', () => {
    const text = 'Velmont quickly sold its Zorbian plants.';
    const reading = readingOf(text);
    const at = (word: string) => ({ text: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
    expect(reading.adverb(at('quickly') as never)).toBe(true);
    expect(reading.finite(at('sold') as never)).toBe(true);
    expect(reading.noun(at('plants') as never)).toBe(true);
    expect(reading.noun(at('sold') as never)).toBe(false);
  });

  it('unnamedSubject: a compound noun heading the subject ("the co-chairman attacked") is a noun, not an adjective', () => {
    const text = 'The Zorbian co-chairman attacked the Velmont plan.';
    expect(posTerms(text).find((t) => t.text === 'co-chairman')!.tags).toContain('Noun');
    expect(unnamedSubject(text, text.indexOf('attacked'), [{ start: 4, end: 11 }])).toBe(true);
  });

  it('unnamedSubject: a progressive after a noun read by lookup ("was meeting") and a noun with an adjective\'s suffix', () => {
    const text = 'The tribunal was meeting in Velmont this afternoon, the Zorbian bankers said.';
    const tags = tagsOf(text);
    expect(tags.meeting).toEqual(expect.arrayContaining(['Verb', 'Gerund']));
    expect(tags.was).toContain('Auxiliary');
    expect(tags.tribunal).toContain('Noun');
    expect(unnamedSubjectOf(text, text.indexOf('meeting'), [{ start: text.indexOf('Velmont'), end: text.indexOf('Velmont') + 7 }])).toEqual({ modifiers: [], body: true });
  });
});
