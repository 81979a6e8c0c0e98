/**
 * Search records: one per page, built from the site model. The offline index (file://) is made of these, and they
 * hold the same fields Pagefind indexes from the pages: title, other spellings, kind, date and a text excerpt.
 */
import type { SiteModel } from '../graph/site-model.ts';

export interface SearchRecord {
  url: string;
  title: string;
  kind: string;
  date: string | null;
  /** Other spellings (entities), searchable like the title. */
  aliases: string;
  /**
   * An article's excerpt; an entity's curated description, if any. Not an entity's or event's first sentence: that
   * is an article's, and in both search indexes it made a word of it find the entity and event pages beside the
   * article, and cost 4.7 MB of BBC's site (issue 17). An entity or event is found by its name or title.
   */
  text: string;
  /** The news agency or publisher an article credits (articles only): the search pages' source filter. */
  source?: string;
  /**
   * The article the page comes from (an entity's first article, an event's first source), when it is another page:
   * the search index keeps undated pages with their origin (src/search/parts.ts). Not part of the offline index.
   */
  origin?: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…` : s);

export function searchRecords(model: SiteModel): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const a of model.articles) {
    records.push({ url: a.url, title: a.title, kind: 'article', date: a.date, aliases: '', text: clip(a.excerpt, 300), ...(a.source ? { source: a.source } : {}) });
  }
  for (const e of model.entities) {
    const first = e.mentionsByArticle[0];
    // The date is when the entity was first seen, like its text (from its first article): neither changes when a
    // later story names it, so a new story leaves the entity's search record, and its index part, as they were.
    records.push({
      url: e.url,
      title: e.name,
      kind: e.type,
      date: e.firstSeen,
      aliases: e.aliases.map((a) => a.name).join(' · '),
      text: e.description ? clip(e.description, 200) : '',
      ...(first ? { origin: first.article.url } : {}),
    });
  }
  for (const ev of model.events) {
    const origin = ev.sources[0]?.article.url;
    records.push({ url: ev.url, title: ev.title, kind: 'event', date: ev.date, aliases: '', text: '', ...(origin ? { origin } : {}) });
  }
  return records;
}
