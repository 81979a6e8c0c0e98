/**
 * Hover/focus previews, build side. The cards of all entity and event pages are kept in a few small classic
 * scripts, `previews/<bucket>.js` (a bucket is a hash of the page URL), which the client (previews.js) loads when
 * a link is first hovered or focused — a script element, so it works from file:// where fetch does not — and
 * builds each card from DOM text nodes. The cards carry counts that change as stories are added; keeping them out
 * of the pages that link to them means a new story does not change, and re-render, every page that names a much
 * mentioned entity (src/site/incremental.ts).
 */
import type { Preview } from '../graph/site-model.ts';
import type { SiteUrl } from '../util/urls.ts';
import { TYPE_LABEL } from '../util/urls.ts';
import { formatDate as englishDate, type DateFormat } from './format.ts';

/** Cards per bucket file, about: a bucket is some 30 KB, loaded once per page on the first hover. */
const CARDS_PER_BUCKET = 200;

/** A card as the client reads it: name, type label, badge class, one-line summary, counts. */
export type PreviewCard = [name: string, label: string, badge: string, summary: string, facts: string];

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function previewCard(p: Preview, formatDate: DateFormat = englishDate): PreviewCard {
  if (p.kind === 'entity') {
    const facts = [count(p.articles, 'article'), count(p.mentions, 'mention'), count(p.events, 'event')].join(' · ');
    return [p.name, TYPE_LABEL[p.type].one, `t-${p.type}`, p.summary, facts];
  }
  const facts = [formatDate(p.date), count(p.articles, 'article'), count(p.participants, 'participant')].join(' · ');
  return [p.name, p.typeLabel, 't-event', p.summary, facts];
}

/** Bucket files for `cards` cards: a power of two, so it changes only when a site doubles. */
export function previewBuckets(cards: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(cards / CARDS_PER_BUCKET))));
}

/** The bucket of a page URL: FNV-1a over its UTF-16 code units, as previews.js computes it. */
export function bucketOf(url: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return h % buckets;
}

/**
 * A card's key in its bucket: the page URL from the site root without what every key would repeat, `.html`, and for
 * an entity's page `entities/` (`x` is `entities/x.html`, `events/y` is `events/y.html`; previews.js's `fullUrl`
 * reads it back): 14 bytes a card, 0.2 MB of BBC's 14,390 cards (issue 17).
 */
export function previewKey(url: string): string {
  if (!/^(entities|events)\/[^/]+\.html$/.test(url)) throw new Error(`no preview card for ${url}: only entity and event pages have one`);
  return url.replace(/^entities\//, '').slice(0, -'.html'.length);
}

/**
 * The bucket scripts: bucket number → script text. Each hands its cards, keyed by page URL (previewKey), to the
 * callback previews.js sets; `<` is escaped, so no card text could close a script element even if inlined.
 */
export function previewBucketScripts(previews: Record<string, Preview>, formatDate: DateFormat = englishDate): string[] {
  const urls = Object.keys(previews).sort();
  const buckets = previewBuckets(urls.length);
  const cards: Record<string, PreviewCard>[] = Array.from({ length: buckets }, () => ({}));
  for (const url of urls) cards[bucketOf(url, buckets)]![previewKey(url)] = previewCard(previews[url]!, formatDate);
  return cards.map((c, i) => `window.__chronicleCards&&window.__chronicleCards(${i},${JSON.stringify(packCards(c)).slice(1, -1).replace(/</g, '\\u003c')});\n`);
}

/**
 * A summary as a bucket holds it: "Named with A, B and C." (an entity without a description, site-model.ts
 * `previewsOf`) as `["A, B and C"]`, which previews.js reads back as the same words; any other summary as it is. The
 * frame was 13 bytes of nine in ten of BBC's entity cards, 0.15 MB (issue 17). A summary that only looks like one
 * (a description worded so) packs and unpacks to itself the same way.
 */
export type PackedSummary = string | [namedWith: string];
const NAMED_WITH = /^Named with (.+)\.$/s;
export function packSummary(summary: string): PackedSummary {
  const m = NAMED_WITH.exec(summary);
  return m ? [m[1]!] : summary;
}
/** What previews.js does with a packed summary. */
export const unpackSummary = (s: PackedSummary): string => (typeof s === 'string' ? s : `Named with ${s[0]}.`);

/**
 * A bucket's cards as the script hands them over: `[cards, badges, facts]`, each card `[name, summary, badge, facts]` (the summary packed, `packSummary`)
 * where badge indexes `badges` (`[label, class]`) and facts indexes `facts`. Most cards share their badge and their
 * counts ("1 article · 1 mention · 0 events"), written once a bucket instead of once a card: a third of BBC's
 * preview bytes (issue 17). previews.js unpacks them into PreviewCards. Tables in order of first use, so the same
 * cards make the same bytes.
 */
export function packCards(cards: Record<string, PreviewCard>): [Record<string, [string, PackedSummary, number, number]>, [string, string][], string[]] {
  const badges = new Map<string, number>();
  const facts = new Map<string, number>();
  const at = (table: Map<string, number>, key: string) => table.get(key) ?? table.set(key, table.size).get(key)!;
  const packed: Record<string, [string, PackedSummary, number, number]> = {};
  for (const [url, [name, label, badge, summary, fact]] of Object.entries(cards)) {
    packed[url] = [name, packSummary(summary), at(badges, JSON.stringify([label, badge])), at(facts, fact)];
  }
  return [packed, [...badges.keys()].map((b) => JSON.parse(b) as [string, string]), [...facts.keys()]];
}

/** Whether a page links to a page with a preview card (then it loads previews.js). */
export function linksToPreviews(from: SiteUrl, targets: Iterable<SiteUrl>, previews: Record<string, Preview>): boolean {
  for (const target of targets) if (target !== from && Object.hasOwn(previews, target)) return true;
  return false;
}
