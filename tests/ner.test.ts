/** The trained name tagger: loads, finds names with offsets on sentences written for the test, deterministic. */
import { describe, expect, it } from 'vitest';
import { asInTraining, readDocument, tagNames, tokenize } from '../src/extract/ner/index.ts';
import { documentContext, features, remember, sentenceForms, shape } from '../src/extract/ner/tagger.ts';
import { gazetteerFeatures, loadGazetteers } from '../src/extract/ner/gazetteer.ts';

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

  it('cuts a possessive off as CoNLL does, and reads curly quotes as straight ones', () => {
    expect(tokenize("Halvard's Register and O'Brien").map((t) => t.text)).toEqual(['Halvard', "'s", 'Register', 'and', "O'Brien"]);
    expect(asInTraining('’s')).toBe("'s");
    expect(asInTraining('“')).toBe('"');
  });
});

describe('gazetteer features', () => {
  const g = loadGazetteers({ about: '', sources: {}, lists: { CITY: ['port vila', 'orvik'], FIRST: ['orvik'], LEGAL: ['inc'] } });
  it('marks every match with its place in it, only where a capital or digit starts it', () => {
    const f = gazetteerFeatures(g, ['In', 'Port', 'Vila', ',', 'Orvik', 'Inc.', 'met', 'orvik']);
    expect(f[1]).toEqual(['g=CITY|B']);
    expect(f[2]).toEqual(['g=CITY|L']);
    expect(f[4]!.sort()).toEqual(['g=CITY|U', 'g=FIRST|U']);
    expect(f[5]).toEqual(['g=LEGAL|U']); // "Inc." matches the entry "inc"
    expect(f[7]).toEqual([]); // lower case: a word, not the name
  });

  it('finds a long entry past a short one that opens it, and stops where no entry goes on', () => {
    const lists = { CITY: ['new', 'new port vila town', 'port vila'], COMPANY: ['new port'] };
    const h = loadGazetteers({ about: '', sources: {}, lists });
    expect([...h.prefixes].sort()).toEqual(['new', 'new port', 'new port vila', 'port']);
    const f = gazetteerFeatures(h, ['New', 'Port', 'Vila', 'Town', 'New', 'Vila', 'Town']);
    expect(f[0]!.sort()).toEqual(['g=CITY|B', 'g=CITY|U', 'g=COMPANY|B']);
    expect(f[1]!.sort()).toEqual(['g=CITY|B', 'g=CITY|I', 'g=COMPANY|L']);
    expect(f[2]!.sort()).toEqual(['g=CITY|I', 'g=CITY|L']);
    expect(f[3]).toEqual(['g=CITY|L']);
    expect(f[4]).toEqual(['g=CITY|U']); // "New Vila …": no entry goes on from "new vila"
    expect(f[5]).toEqual([]);
  });
});

describe('document features', () => {
  it('knows a word written in lower case elsewhere in the document, and the class read for it before', () => {
    const sentences = [['Upgrades', 'Loom'], ['Dalvik', 'said', 'upgrades', 'would', 'follow']];
    const doc = documentContext(sentences);
    const first = sentenceForms(sentences[0]!, null);
    expect(features(first, 0, '<s>', '<s>', doc)).toContain('lc=true');
    expect(features(first, 1, 'O', '<s>', doc)).toContain('lc=false');
    expect(features(first, 1, 'O', '<s>', doc)).toContain('h=none');
    remember(doc, first, 1, 'B-ORG');
    expect(features(first, 1, 'O', '<s>', doc)).toContain('h=ORG');
  });
  it('reads each sentence of an article with the rest of it, deterministically', () => {
    const article = ['Vessen Marlow joined Tarkel Group in 1990.', 'Marlow said Tarkel would grow.'];
    const a = readDocument(article);
    expect(a).toEqual(readDocument(article));
    expect(a).toHaveLength(2);
    expect(readDocument([])).toEqual([]);
  });
});
