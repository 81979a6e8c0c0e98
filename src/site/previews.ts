/**
 * Hover/focus previews, build side: each page carries the cards of the entity and event pages it links to, as a
 * JSON data block keyed by the link's href exactly as written on that page. The client (previews.js, a classic
 * script) reads it with JSON.parse and builds cards with DOM text nodes; from file:// no fetch is needed.
 */
import type { Preview } from '../graph/site-model.ts';
import { relativeHref, TYPE_LABEL, type SiteUrl } from '../util/urls.ts';
import { formatDate } from './format.ts';
import { jsonLdScript } from './jsonld.ts';

/** Cards per page: enough for any article or entity page; a long index page previews its first names only. */
export const MAX_PREVIEWS_PER_PAGE = 200;

/** A card as the client reads it: name, type label, badge class, one-line summary, counts. */
export type PreviewCard = [name: string, label: string, badge: string, summary: string, facts: string];

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function previewCard(p: Preview): PreviewCard {
  if (p.kind === 'entity') {
    const facts = [count(p.articles, 'article'), count(p.mentions, 'mention'), count(p.events, 'event')].join(' · ');
    return [p.name, TYPE_LABEL[p.type].one, `t-${p.type}`, p.summary, facts];
  }
  const facts = [formatDate(p.date), count(p.articles, 'article'), count(p.participants, 'participant')].join(' · ');
  return [p.name, p.typeLabel, 't-event', p.summary, facts];
}

/**
 * The page's data block (JSON, safe inside a script element), or null when it links to no previewable page.
 * Targets are taken in the order given, first MAX_PREVIEWS_PER_PAGE distinct ones.
 */
export function previewData(from: SiteUrl, targets: Iterable<SiteUrl>, previews: Record<string, Preview>): string | null {
  const cards: Record<string, PreviewCard> = {};
  let n = 0;
  for (const target of targets) {
    if (n >= MAX_PREVIEWS_PER_PAGE) break;
    const preview = previews[target];
    const href = relativeHref(from, target);
    if (!preview || target === from || href in cards) continue;
    cards[href] = previewCard(preview);
    n++;
  }
  return n === 0 ? null : jsonLdScript(cards);
}
