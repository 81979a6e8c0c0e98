/**
 * The junction readers of src/extract/clause.ts (toldVerb, ownSubjectClause) read the perceptron's tags
 * (pos-tagger.ts `posTerms`), not compromise's (session 34, speed44). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { junctionBounds, ownSubjectClause } from '../src/extract/clause.ts';
import { taggedTerms } from '../src/extract/nlp.ts';

const bounds = (text: string, trigger: string) => {
  const at = text.indexOf(trigger);
  const { start, end } = junctionBounds(text, at, at + trigger.length);
  return text.slice(start, end);
};
const afterAnd = (text: string) => ownSubjectClause(text, text.indexOf(' and ') + 5);

describe('clause junctions on the perceptron', () => {
  it('keeps two findings of one verb in its clause: "the proposed …" after "and" is no subject of a clause of its own', () => {
    // (compromise read the participle "proposed" as the verb of a second clause and cut the finding in two.)
    const text = 'Inspectors found the old mill was sound and the proposed river path was safe.';
    expect(bounds(text, 'found')).toBe(text);
  });

  it('still opens a clause on a pronoun, which the perceptron tags a pronoun only (compromise a noun too)', () => {
    expect(afterAnd('Quanta sued Zorbix, and she has appealed the ruling since.')).toBe(true);
    expect(bounds('Quanta sued Zorbix, and she has appealed the ruling since.', 'appealed')).toBe('she has appealed the ruling since.');
  });

  it('takes no "that" opening a clause for a preposition after the verb (Penn tags it one)', () => {
    expect(afterAnd('Lee won the race, and the board agreed that the prize was fair.')).toBe(true);
  });

  it('reads a quoted clause from its first word, past the opening quote mark (the perceptron keeps the mark a term)', () => {
    const text = 'Lee quit in a note to the Quanta board stating, " I have long said that I would go before the Zorbix deal.';
    expect(ownSubjectClause(text, text.indexOf('"'))).toBe(true);
    expect(bounds(text, 'quit')).toBe('Lee quit in a note to the Quanta board stating');
  });

  it('still tells two subjects apart: "and Miro has appealed" is a clause of its own', () => {
    expect(bounds('Quanta sued Zorbix and Miro has appealed the ruling.', 'sued')).toBe('Quanta sued Zorbix');
    expect(bounds('Quanta sued Zorbix and Miro has appealed the ruling.', 'appealed')).toBe('Miro has appealed the ruling.');
  });
});

describe('the words infinitiveOfPurpose reads before tagging (session 45, speed60)', () => {
  it('are each one compromise term of the same letters, so a test of the word asks what a test of the term would', () => {
    const frames = (JSON.parse(readFileSync(new URL('../src/extract/infinitive-frames.json', import.meta.url), 'utf8')) as { words: string[] }).words
      .map((line) => line.split(' ')).filter(([kind]) => kind === 'control' || kind === 'noun').map(([, word]) => word!);
    const split = [...frames, 'be', 'have'].filter((word) => taggedTerms(`He ${word} to it`).map((t) => t.text).join('|') !== `He|${word}|to|it`);
    expect(frames.length).toBeGreaterThan(1000);
    expect(split).toEqual([]);
  });
});
