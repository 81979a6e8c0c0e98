/** The trained name tagger: loads, finds names with offsets on sentences written for the test, deterministic. */
import { describe, expect, it } from 'vitest';
import { tagNames } from '../src/extract/ner/index.ts';
import { shape } from '../src/extract/ner/tagger.ts';

describe('tagNames', () => {
  it('finds people, organisations and places with offsets into the text', () => {
    const text = 'Finance minister Olaf Brenner told Kestrel Airways in Rotterdam on Monday that talks would resume.';
    const found = tagNames(text).map((s) => [text.slice(s.start, s.end), s.type]);
    expect(found).toContainEqual(['Olaf Brenner', 'person']);
    expect(found).toContainEqual(['Rotterdam', 'place']);
    expect(found.find(([t]) => String(t).includes('Kestrel'))?.[1]).toBe('organization');
    expect(found.map(([t]) => t)).not.toContain('Monday');
  });
  it('is deterministic and handles empty text', () => {
    const text = 'Ajax beat Feyenoord 2-1 in Amsterdam.';
    expect(tagNames(text)).toEqual(tagNames(text));
    expect(tagNames('')).toEqual([]);
  });
  it('cuts tokens as its training data did: dates and scores whole, initials and abbreviations with their period', () => {
    const read = (text: string) => tagNames(text).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
    // Split into "1996 - 08 - 30", a dateline looked like nothing the model had seen and the city became an organisation.
    expect(read('OSLO 1996-08-30')).toEqual(['OSLO/place']);
    expect(read('Yorkshire 310 ( T. Harlow 4-38 ) .')).toContain('T. Harlow/person');
    const sentenceEnd = 'The talks were held in Lisbon.';
    expect(read(sentenceEnd)).toContain('Lisbon/place');
  });
  it('describes word shapes', () => {
    expect(shape('SenseTime')).toBe('XxxxXxxx'.replace(/(.)\1+/g, '$1$1'));
    expect(shape('1996-08-30')).toBe('dd-dd-dd');
  });
});
