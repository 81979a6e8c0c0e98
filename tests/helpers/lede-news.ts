/**
 * A one-paragraph, one-sentence dated article titled `title`, its names given as written, read as the extraction
 * reads its news (its event mentions and which is the lede): the fixture of the headline-and-lede party tests.
 */
import { extractEvents, markTheNews } from '../../src/extract/events.ts';
import type { EntityMention, EntityType, IngestedArticle, Sentence } from '../../src/types.ts';

export function ledeNews(title: string, text: string, names: [string, EntityType][]) {
  const a = { id: 'n1', file: 'n1.txt', format: 'plain', title, date: '1987-06-01', dateSource: 'header', section: null, source: null, hash: 'n1',
    paragraphs: [{ id: 'p1', kind: 'body' as const, text, line: 1 }] } as IngestedArticle;
  const sentences: Sentence[] = [{ paragraph: 'p1', index: 0, start: 0, end: text.length, text }];
  const entities = names.map(([name, type]): EntityMention => {
    const start = text.indexOf(name);
    return { paragraph: 'p1', sentence: 0, start, end: start + name.length, text: name, type, canonical: name };
  });
  const events = extractEvents(a, sentences, entities, []);
  markTheNews(a, sentences, entities, [], events);
  return { a, sentences, entities, events };
}
