/** Per-article extraction: a pure function of one ingested article, so it can run in any worker and be cached. */
import type { ArticleExtraction, IngestedArticle } from '../types.ts';
import { splitSentences } from './sentences.ts';
import { extractEntities } from './entities.ts';
import { extractDates } from './dates.ts';
import { extractEvents } from './events.ts';

export function extractArticle(article: IngestedArticle): ArticleExtraction {
  const sentences = splitSentences(article.paragraphs);
  const entities = extractEntities(article, sentences);
  const dates = extractDates(article, sentences);
  const events = extractEvents(article, sentences, entities, dates);
  return { article: article.id, sentences, entities, dates, events };
}
