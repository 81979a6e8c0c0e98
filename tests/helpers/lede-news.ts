/**
 * A one-paragraph, one-sentence dated article titled `title`, its names given as written, read as the extraction
 * reads its news (its event mentions and which is the lede): the fixture of the headline-and-lede party tests.
 */
import { extractEvents, markTheNews } from '../../src/extract/events.ts';
import { resolveEvents } from '../../src/resolve/events.ts';
import { slugify } from '../../src/util/slug.ts';
import type { ArticleRecord, EntityMention, EntityType, IngestedArticle, Sentence } from '../../src/types.ts';

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

/**
 * The article's events once resolved, each name its own entity (its id the name's slug); `paged`: the build's other
 * paged entities, which the article does not name (the build's places a state written by its demonym is found among).
 */
export function resolvedLedeNews(title: string, text: string, names: [string, EntityType][], paged: [string, EntityType][] = []) {
  const { a, sentences, entities, events } = ledeNews(title, text, names);
  const record: ArticleRecord = { id: a.id, file: a.file, title, date: a.date, dateSource: a.dateSource, section: null, source: null, hash: a.hash, paragraphs: [] };
  const ids = entities.map((e) => slugify(e.text));
  const built: [string, string, EntityType][] = [...entities.map((e, i): [string, string, EntityType] => [ids[i]!, e.text, e.type]), ...paged.map(([name, type]): [string, string, EntityType] => [slugify(name), name, type])];
  return resolveEvents({
    articles: [record], extractions: [{ article: a.id, sentences, entities, dates: [], events }], assignment: new Map([[a.id, ids]]),
    entityTypes: new Map(built.map(([id, , type]) => [id, type])),
    ...(paged.length ? { entityNames: new Map(built.map(([id, name]) => [id, name])) } : {}),
  });
}
