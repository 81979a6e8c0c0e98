/**
 * One sample page of each page type of a built site, picked from its graph.json the same way every time: the
 * quality checks (axe, html-validate, Lighthouse) and the screenshots all look at these.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../../src/graph/graph-json.ts';
import { urls } from '../../src/util/urls.ts';
import { initialKey, initialOf } from '../../src/graph/listings.ts';

export type PageType = 'home' | 'article' | 'entity' | 'lone' | 'event' | 'timeline' | 'period' | 'names' | 'index' | 'initial' | 'search';
export interface SamplePage { type: PageType; path: string }

export async function samplePages(siteRoot: string): Promise<SamplePage[]> {
  const graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(siteRoot, 'graph.json'), 'utf8')) as GraphJson);
  const most = <T>(items: T[], score: (item: T) => number): T => {
    const best = [...items].sort((a, b) => score(b) - score(a))[0];
    if (!best) throw new Error('the site has no page of this type');
    return best;
  };
  // The longest article, the most mentioned entity and the best sourced event: the heaviest pages of their kind.
  const article = most(graph.articles, (a) => graph.entities.reduce((n, e) => n + e.mentions.filter((m) => m.article === a.id).length, 0));
  const entity = most(graph.entities, (e) => e.mentions.length);
  const event = most(graph.events, (e) => e.sources.length * 100 + e.participants.length);
  // The most mentioned name of one article: its "Named together with" is a link to the article's names (issue 17).
  const lone = most(graph.entities.filter((e) => new Set(e.mentions.map((m) => m.article)).size === 1), (e) => e.mentions.length);
  const person = most(graph.entities.filter((e) => e.type === 'person'), (e) => e.mentions.length);
  const newestYear = graph.events.map((e) => e.date?.slice(0, 4)).filter((y): y is string => !!y).sort().at(-1) ?? '';
  return [
    { type: 'home', path: urls.home },
    { type: 'article', path: article.url },
    { type: 'entity', path: entity.url },
    { type: 'lone', path: lone.url },
    { type: 'event', path: event.url },
    { type: 'timeline', path: urls.timeline },
    // The newest year of the timeline and the initial of the most mentioned person: bounded listing pages.
    { type: 'period', path: urls.timelinePage(newestYear, 1) },
    { type: 'names', path: urls.names },
    { type: 'index', path: urls.entityIndex('person') },
    { type: 'initial', path: urls.entityIndexPage('person', initialKey(initialOf(person.name)), 1) },
    { type: 'search', path: `${urls.search}?q=${encodeURIComponent(entity.name)}` },
  ];
}
