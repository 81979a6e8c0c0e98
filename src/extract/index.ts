/** Per-article extraction: a pure function of one ingested article, so it can run in any worker and be cached. */
import type { ArticleExtraction, IngestedArticle, Paragraph, Problem, Sentence } from '../types.ts';
import { splitSentences } from './sentences.ts';
import { extractEntities } from './entities.ts';
import { extractDates } from './dates.ts';
import { extractEvents, ledeParagraph, markTheNews } from './events.ts';
import { markNotNews } from './news-kind.ts';
import { markPlannedNews } from './plan.ts';
import { markLedeKind } from './lede-kind.ts';
import { readEventMentions } from './event-reading.ts';
import { datelineDay } from './dateline.ts';

/**
 * Characters per article that names, dates and events are extracted from — about 35,000 words, fifty long news
 * stories. A 5 MB transcript is still shown and searched in full, but mining all of it would take minutes and
 * make thousands of pages for one file; the cut is reported, never silent.
 */
export const EXTRACTION_BUDGET = 200_000;

export function extractArticle(article: IngestedArticle): ArticleExtraction {
  return extractWith(article, true);
}

/** `extractArticle` given the article's `extractedSentences`, found already (a batch, src/extract/parallel.ts). */
export function extractArticleFrom(article: IngestedArticle, sentences: Sentence[]): ArticleExtraction {
  return extractWith(article, true, sentences);
}

/**
 * The extraction before the learned lede-kind model reads the news (src/extract/lede-kind.ts): what the readers alone
 * mark — the model's training (eval/train-lede-kinds.ts) picks its threshold on the ledes they leave unmarked.
 */
export function extractArticleWithoutLedeKind(article: IngestedArticle): ArticleExtraction {
  return extractWith(article, false);
}

/** The sentences names, dates and events are extracted from: those of the first EXTRACTION_BUDGET characters. */
export const extractedSentences = (article: IngestedArticle): Sentence[] => sentencesWithinBudget(article.paragraphs);

function extractWith(article: IngestedArticle, ledeKind: boolean, sentences = extractedSentences(article)): ArticleExtraction {
  const entities = extractEntities(article, sentences);
  const told = toldOn(article, sentences);
  const dates = extractDates(told, sentences);
  const events = extractEvents(told, sentences, entities, dates);
  markTheNews(told, sentences, entities, dates, events);
  markNotNews(told, sentences, events);
  markPlannedNews(told, sentences, dates, events);
  const kindRead = ledeKind ? markLedeKind(told, sentences, events) : undefined;
  readEventMentions(events, kindRead);
  return { article: article.id, sentences, entities, dates, events };
}

/**
 * The article as its text is told: on the day its lede's dateline gives when that differs from the header's date
 * by a time zone or a night (`datelineDay`), so that "on Monday", "yesterday" and the news itself count from the
 * bureau's day, not the wire's clock. The article keeps its header date everywhere else.
 */
function toldOn(article: IngestedArticle, sentences: Sentence[]): IngestedArticle {
  if (article.date === null || article.dateSource !== 'header') return article;
  const firstBody = ledeParagraph(article);
  const lede = sentences.find((s) => s.paragraph === firstBody?.id);
  const filed = lede ? datelineDay(lede.text, article.date) : undefined;
  return filed ? { ...article, date: filed } : article;
}

/**
 * The sentences of the first EXTRACTION_BUDGET characters. The paragraph the budget ends in is cut there before it
 * is segmented (a 1.4 MB one-line file is never segmented in full only to be dropped), and its last sentence,
 * which the cut may have broken, is left out. Offsets stay those of the whole paragraph.
 */
function sentencesWithinBudget(paragraphs: Paragraph[]): Sentence[] {
  const kept: Paragraph[] = [];
  let left = EXTRACTION_BUDGET;
  let cut: string | null = null;
  for (const p of paragraphs) {
    if (left <= 0) break;
    if (p.text.length > left) {
      kept.push({ ...p, text: p.text.slice(0, left) });
      cut = p.id;
    } else kept.push(p);
    left -= p.text.length;
  }
  const sentences = splitSentences(kept);
  if (cut !== null && sentences.at(-1)?.paragraph === cut) sentences.pop();
  return sentences;
}

/** The warning an editor sees for an article too long to be read in full, at the line where the reading stops. */
export function lengthWarning(article: IngestedArticle): Problem | null {
  let chars = 0;
  let stopLine: number | null = null;
  for (const p of article.paragraphs) {
    chars += p.text.length;
    if (stopLine === null && chars > EXTRACTION_BUDGET) stopLine = p.line;
  }
  if (stopLine === null) return null;
  return {
    file: article.file,
    line: stopLine,
    severity: 'warning',
    message: `very long article (${chars} characters): names, dates and events are extracted from the first ${EXTRACTION_BUDGET} characters only; the rest is shown and searchable but not linked`,
  };
}
