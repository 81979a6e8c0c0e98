import { describe, expect, it } from 'vitest';
import { gluedHyphens, predictedSpans, toArticle } from '../eval/conll.ts';

// A corpus given as tokens without spacing (MEANTIME) is rebuilt as text: a hyphen inside a gold name joins its words
// as news writes them, a dash between clauses stays spaced. Invented names and sentences.
describe('toArticle with glued hyphens', () => {
  const doc = { id: 'd', tokens: ['Buyers', 'left', 'Zib', '-', 'Marto', '-', 'a', 'chain', '.'], sentenceOf: [0, 0, 0, 0, 0, 0, 0, 0, 0] };
  const glued = gluedHyphens(doc, [{ start: 2, end: 5 }]);

  it('writes a hyphen inside a name with no spaces, a dash outside it with spaces', () => {
    const { article } = toArticle(doc, glued);
    expect(article.paragraphs[0]!.text).toBe('Buyers left Zib-Marto - a chain .');
  });

  it('maps a mention of the joined name back onto its three tokens', () => {
    const { article, tokenStart, tokenPara } = toArticle(doc, glued);
    const text = article.paragraphs[0]!.text;
    const start = text.indexOf('Zib-Marto');
    const spans = predictedSpans(doc, [{ paragraph: 'p1', start, end: start + 'Zib-Marto'.length, type: 'organization' }], tokenStart, tokenPara);
    expect(spans).toEqual([{ start: 2, end: 5, type: 'organization', mention: 0 }]);
  });

  it('glues nothing at a name edge or without names', () => {
    expect([...gluedHyphens(doc, [{ start: 3, end: 5 }])]).toEqual([]);
    expect(toArticle(doc).article.paragraphs[0]!.text).toBe('Buyers left Zib - Marto - a chain .');
  });
});
