/** Invented one-paragraph stories, extracted and resolved as a build does: for the tests of resolve's memos. */
import { extractArticle } from '../../src/extract/index.ts';
import { resolveEntities } from '../../src/resolve/entities.ts';
import { emptyCuration } from '../../src/curation.ts';
import type { ArticleRecord, IngestedArticle } from '../../src/types.ts';

export function inventedArticle(id: string, text: string, date = '2022-03-01'): IngestedArticle {
  return {
    id, file: `${id}.txt`, format: 'plain', title: id, date, dateSource: 'header', section: null, source: null, hash: id,
    paragraphs: [{ id: 'p1', kind: 'body', text, line: 1 }],
  };
}

/** The stories resolved with no curation, through the memos given (`memo`, `contexts`). */
export function resolveStories(articles: IngestedArticle[], memos: Pick<Parameters<typeof resolveEntities>[0], 'memo' | 'contexts'> = {}) {
  const extractions = articles.map(extractArticle);
  const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
  return resolveEntities({ articles: records, extractions, curation: emptyCuration, ...memos });
}
