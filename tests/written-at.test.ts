import { describe, expect, it } from 'vitest';
import { timesWritten, timesWrittenAlone, writtenAt } from '../src/extract/entities/words.ts';
import { escapeRegExp } from '../src/util/escape.ts';

/** The pattern writtenAt replaced: whole words, a letter or digit (a whole code point) on neither side. */
const byPattern = (text: string, words: string) =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index!);

describe('writtenAt', () => {
  it('finds whole words only', () => {
    expect(writtenAt('Seek and Seeking; Seek.', 'Seek')).toEqual([0, 18]);
    expect(writtenAt('Frost and Sullivan said Frost and Sullivan', 'Frost and Sullivan')).toEqual([0, 24]);
    expect(writtenAt('écoleX école', 'école')).toEqual([7]);
    expect(timesWritten('Wigton said; Wigton and Tabor', 'Wigton')).toBe(2);
  });

  it('finds what the whole-word pattern finds, on random texts with accents, digits and astral letters', () => {
    const alphabet = ['a', 'b', 'A', ' ', '1', '.', 'é', '𝒜', '-', "'", 'aa', 'ab'];
    let seed = 7;
    const next = (n: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 * n);
    const pick = (length: number) => Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const [text, words] = [pick(next(14)), pick(1 + next(3))];
      expect(writtenAt(text, words), JSON.stringify([text, words])).toEqual(byPattern(text, words));
    }
  });

  it('counts a writing alone only where no other capitalised word joins it (timesWrittenAlone)', () => {
    const body = 'Investor Paul Vellan said. Vellan and Orlix Financial Corp filed. Meanwhile Vellan added. Vellan\'s lawyer spoke.';
    // Not "Paul Vellan" nor the junction; "Meanwhile" opens a sentence, a possessive ends the name.
    expect(timesWrittenAlone(body, 'Vellan')).toBe(2);
    expect(timesWrittenAlone(body, 'Orlix Financial Corp')).toBe(0);
    const oecd = 'the Organisation for Economic Cooperation and Development said. Development slowed.';
    expect(timesWrittenAlone(oecd, 'Development')).toBe(1);
    expect(timesWrittenAlone('The Vellan unit and Q. Vellan', 'Vellan')).toBe(1);
  });
});
