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
  text: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…` : s);

export function searchRecords(model: SiteModel): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const a of model.articles) {
    records.push({ url: a.url, title: a.title, kind: 'article', date: a.date, aliases: '', text: clip(a.excerpt, 300) });
  }
  for (const e of model.entities) {
    const sentence = e.mentionsByArticle[0]?.items[0]?.sentence ?? '';
    records.push({
      url: e.url,
      title: e.name,
      kind: e.type,
      date: e.lastSeen,
      aliases: e.aliases.map((a) => a.name).join(' · '),
      text: clip(e.description ?? sentence, 200),
    });
  }
  for (const ev of model.events) {
    records.push({ url: ev.url, title: ev.title, kind: 'event', date: ev.date, aliases: '', text: clip(ev.sources[0]?.quote ?? '', 200) });
  }
  return records;
}
