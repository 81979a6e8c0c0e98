import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORD_LISTS } from '../src/extract/lexicon.ts';

describe('the lexicon', () => {
  it('writes no word twice in one list', () => {
    const repeated = Object.entries(WORD_LISTS).flatMap(([name, words]) => {
      const seen = new Set<string>();
      return words.filter((w) => seen.has(w) || !seen.add(w)).map((w) => `${name}: ${w}`);
    });
    expect(repeated).toEqual([]);
  });

  it('holds no list twice under two names', () => {
    const byContent = new Map<string, string>();
    const twins: string[] = [];
    for (const [name, words] of Object.entries(WORD_LISTS)) {
      const key = [...new Set(words)].sort().join(' ');
      if (byContent.has(key)) twins.push(`${byContent.get(key)} = ${name}`);
      else byContent.set(key, name);
    }
    expect(twins).toEqual([]);
  });

  it('is the one home of the word lists of name extraction and resolution', () => {
    // A set built from a literal list of words ("new Set('a b c'.split" or "new Set(['a', 'b', 'c'") outside the lexicon.
    const inline = /new Set\(\s*(?:'[^']*\s[^']*'\.split|\[\s*'[^']*',\s*'[^']*',\s*'[^']*')/;
    // Every stage module of extraction and resolution (session 29, mendK: clause.ts and others were missed by a list
    // of files); the lexicon is the home, and the part-of-speech tagger's sets are tags ("VBD", "NN"), not words.
    // (And the modules the stage files were split into: src/extract/entities/, events/, src/resolve/events/, page-rules/.)
    const files = ['extract', 'extract/entities', 'extract/events', 'resolve', 'resolve/events', 'resolve/page-rules'].flatMap((dir) => readdirSync(new URL(`../src/${dir}/`, import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => `src/${dir}/${f}`))
      .filter((f) => f !== 'src/extract/lexicon.ts' && f !== 'src/extract/pos-tagger.ts');
    expect(files).toContain('src/extract/clause.ts');
    expect(files).toContain('src/resolve/page-rules/rules.ts');
    for (const file of files) {
      expect(inline.test(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')), file).toBe(false);
    }
    expect(WORD_LISTS.ORG_POSSESSIONS).toContain('shares');
    expect(WORD_LISTS.DECISION_VERBS).toContain('agreed');
    expect(WORD_LISTS.NOT_INITIALS).toContain('&');
    // The links a body's name is parted at, once a bare Set that the checks above did not see (rev37).
    expect(WORD_LISTS.HEADED_LINKS).toEqual(['for the', 'of the', 'of', 'and']);
  });

  it('holds the word lists events, tense and page rules read, with no twin of a list left inline (session 27, mendD)', () => {
    expect(WORD_LISTS.NAME_PIECES).toContain('Ministry');
    expect(WORD_LISTS.APPOSITION_OPENERS).toContain('its');
    expect(WORD_LISTS.PERFECT_INSERTS).toContain('already');
    // PASSIVE_AUXILIARIES written out again as a regular expression's group.
    const events = new URL('../src/extract/events/', import.meta.url);
    for (const file of [new URL('../src/extract/events.ts', import.meta.url), ...readdirSync(events).map((f) => new URL(f, events))]) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/was\|were\|is\|are\|been\|being\|be\|get\|got/);
    }
  });

  it('is the one home of the word lists that tell what an article\'s news is', () => {
    // A regular expression's group of a literal list of four or more words ("/^(?:said|says|told|stated", "\\b(?:is|are|was|were)").
    const inline = /\(\?:(?:[a-z']+\|){3,}[a-z']+[|)]/;
    expect(inline.test(readFileSync(new URL('../src/extract/news-kind.ts', import.meta.url), 'utf8'))).toBe(false);
    expect(WORD_LISTS.REPORTING_TRIGGERS).toContain('said in a statement');
  });

  it('holds the parts of a day dates read, once (review28 item 7)', () => {
    expect(WORD_LISTS.PARTS_OF_DAY).toContain('this afternoon');
    // The list written out again as a regular expression's group.
    expect(readFileSync(new URL('../src/extract/dates.ts', import.meta.url), 'utf8')).not.toMatch(/today\|yesterday\|tonight/);
  });

  it('holds the clause reader\'s junctions, opening prepositions and relative pronouns, and an occasion\'s words (session 29, mendK)', () => {
    expect(WORD_LISTS.CLAUSE_JUNCTIONS).toEqual(['and', 'but']);
    expect(WORD_LISTS.OPENING_PREPOSITIONS).toContain('under');
    expect(WORD_LISTS.OCCASION_PREPOSITIONS).toContain('ahead of');
    expect(WORD_LISTS.OCCASION_DETERMINERS).toContain('next');
    const clause = readFileSync(new URL('../src/extract/clause.ts', import.meta.url), 'utf8');
    // The lists written out again as a regular expression's group.
    expect(clause).not.toMatch(/under\|with\|after/);
    expect(clause).not.toMatch(/which\|who\|whom\|whose\|that/);
    expect(clause).not.toMatch(/,\\s\(\?!\\s\*\(\?:and\|but/);
    expect(readFileSync(new URL('../src/resolve/participants.ts', import.meta.url), 'utf8')).not.toMatch(/\(\?:in\|for\|during\|before\|after/);
  });
});
