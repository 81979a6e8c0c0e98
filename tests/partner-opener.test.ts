/** A name of two partners (the learnt table, mocked here with an invented pair) that opens its sentence: "Standard", an ordinary word the rules drop there. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/extract/partner-names.ts', () => ({
  partnerKey: (first: string, second: string) => `${first.toLowerCase()} and ${second.toLowerCase()}`,
  namedAsPartners: (first: string, second: string) => `${first.toLowerCase()} and ${second.toLowerCase()}` === 'standard and vellmark',
}));

const { extractArticle } = await import('../src/extract/index.ts');

const names = (text: string) => {
  const paragraphs = [{ id: 'p1', kind: 'body' as const, text, line: 1 }];
  const x = extractArticle({ id: 'a', file: 'a.txt', format: 'plain', title: 'T', date: '2001-01-01', dateSource: 'file', section: 's', source: 's', hash: 'h', paragraphs } as never);
  return x.entities.map((m) => m.text);
};

describe('a partners\' name that opens its sentence', () => {
  it('reads the pair whole at a sentence start as it does inside one', () => {
    expect(names("Analysts said Standard and Vellmark's cut the debt of Orlin Corp.")).toContain("Standard and Vellmark's");
    const opening = names("Standard and Vellmark's cut the debt of Orlin Corp on Monday.");
    expect(opening).toContain("Standard and Vellmark's");
    expect(opening).not.toContain('Vellmark');
    // With a legal form after the pair, the run reads on to it, as inside a sentence.
    const firm = names('Standard and Vellmark Corp said it cut the debt of Orlin Corp.');
    expect(firm).toContain('Standard and Vellmark Corp');
    expect(firm).not.toContain('Vellmark Corp');
  });
  it('keeps the opener out where the article writes it alone, and a pair no table holds stays as it was', () => {
    expect(names("Standard and Vellmark's cut it. Standard said so.")).not.toContain("Standard and Vellmark's");
    expect(names('Standard and Quenby cut the debt of Orlin Corp.')).not.toContain('Standard and Quenby');
  });
});

describe('a partners\' name that opens the news after a dateline, or keeps its legal form after its \'s', () => {
  it('reads the pair whole after a dateline as at a sentence start', () => {
    const found = names("NEW YORK, March 3 - Standard and Vellmark's put Orlin Corp on watch for a downgrade.");
    expect(found).toContain("Standard and Vellmark's");
    expect(found).not.toContain("Vellmark's");
  });
  it('joins the pair with the legal form after its \'s', () => {
    const found = names("Both Orlin Corp and Standard and Vellmark's Corp cut the notes to junk last week.");
    expect(found).toContain("Standard and Vellmark's Corp");
    expect(found).not.toContain('Standard');
  });
});
