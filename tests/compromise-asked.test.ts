/**
 * What entity extraction asks compromise (session 36, speed46): a function word opening a sentence ("It hopes",
 * "The firm") starts no name whatever compromise makes of it, so its two words are never tagged as a phrase; a name
 * no firm's name opens with is not asked about whole (whether it names a place matters only to joining it to such a
 * firm), nor a word alone whether it is a people's when compromise's lexicon does not list it so
 * (compromise-demonyms.json); the names in the same text are found as before. Invented text.
 */
import { describe, expect, it, vi } from 'vitest';
import type { IngestedArticle } from '../src/types.ts';
import { COMPROMISE_DEMONYMS } from '../src/extract/lexicon.ts';

const asked: string[] = [];
vi.mock('../src/extract/nlp.ts', async (original) => {
  const real = await original<typeof import('../src/extract/nlp.ts')>();
  // `lexiconTags` (a word's tags out of context) asks `taggedTerms` inside nlp.ts, out of this mock's reach: both
  // are watched.
  return {
    ...real,
    taggedTerms: (text: string) => (asked.push(text), real.taggedTerms(text)),
    lexiconTags: (text: string) => (asked.push(text), real.lexiconTags(text)),
  };
});
const { extractArticle } = await import('../src/extract/index.ts');
const { compromise, taggedTerms } = await import('../src/extract/nlp.ts');

describe('entity extraction spares compromise the phrases it need not read', () => {
  it('does not tag a sentence-opening function word with the word after it', () => {
    const lines = [
      'Zorbix Holdings named Quentin Marlowe as its chief executive on Tuesday.',
      'It hopes the move will calm investors in Valdoria.',
      'The firm said Marlowe would start in March.',
    ];
    const paragraphs = lines.map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: 3 + i }));
    const a = { id: 'x', file: 'x.txt', format: 'plain', title: 'Zorbix names a chief', date: null, dateSource: null, section: null, source: null, hash: 'x', paragraphs } as IngestedArticle;
    const names = extractArticle(a).entities.map((e) => e.text);
    expect(names).toEqual(expect.arrayContaining(['Zorbix Holdings', 'Quentin Marlowe']));
    expect(asked).not.toContain('It hopes');
    expect(asked).not.toContain('The firm');
  });
  it('does not ask whether a name names a place when no firm opens with it', () => {
    asked.length = 0;
    const lines = ['Chairman Odile Varnier resigned from Brindle Foods on Friday.', 'Varnier had led the firm since 1990.'];
    const paragraphs = lines.map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: 3 + i }));
    const a = { id: 'y', file: 'y.txt', format: 'plain', title: 'Varnier resigns', date: null, dateSource: null, section: null, source: null, hash: 'y', paragraphs } as IngestedArticle;
    expect(extractArticle(a).entities.map((e) => e.text)).toEqual(expect.arrayContaining(['Odile Varnier', 'Brindle Foods']));
    expect(asked).toContain('Chairman Odile Varnier');
    expect(asked).not.toContain('Odile Varnier');
    // Nor whether "Varnier" or "Brindle" alone is a people's word: compromise's lexicon lists neither (the table).
    expect(asked).not.toContain('Varnier');
    expect(asked).not.toContain('Brindle');
  });
});

describe('compromise-demonyms.json, the words compromise tags a Demonym', () => {
  it('is what the lexicon of the compromise Chronicle ships with lists (rebuild it after updating compromise)', () => {
    const lexicon = (compromise().world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
    const listed = Object.keys(lexicon).filter((w) => /^[a-z]+$/.test(w) && [lexicon[w]].flat().includes('Demonym')).sort();
    expect([...COMPROMISE_DEMONYMS].sort()).toEqual(listed);
    for (const w of ['American', 'Texans', 'european']) expect(taggedTerms(w)[0]!.tags).toContain('Demonym');
    for (const w of ['Valdorian', 'Zorbese', 'Brindle']) expect(taggedTerms(w)[0]!.tags).not.toContain('Demonym');
  });
});
