/**
 * The one home for Chronicle's URL scheme (CONTRACT.md): every URL is relative to the site root and names a
 * file, never a folder, so the site works from `file://` and under any base path.
 *
 * `SiteUrl` is branded so a root-relative URL cannot be used as an href by mistake: pages turn it into a
 * link with `relativeHref(fromPage, toPage)`.
 */
import type { EntityType } from '../types.ts';

export type SiteUrl = string & { readonly __brand: 'SiteUrl' };

const asUrl = (s: string) => s as SiteUrl;

export const urls = {
  home: asUrl('index.html'),
  articles: asUrl('articles.html'),
  timeline: asUrl('timeline.html'),
  /** The names page: the header's one link to the four type listings (people.html, organizations.html, …). */
  names: asUrl('names.html'),
  search: asUrl('search.html'),
  notFound: asUrl('404.html'),
  graphJson: asUrl('graph.json'),
  feed: asUrl('feed.xml'),
  sitemap: asUrl('sitemap.xml'),
  /** The hover/focus preview script (src/site/previews.js), the only script outside the search page. */
  previewsScript: asUrl('previews.js'),
  /** The site's icon (src/pages/favicon.svg.ts). */
  favicon: asUrl('favicon.svg'),
  /** The site's one stylesheet, named by a hash of its content (src/site/stylesheet.ts). */
  stylesheet: (hash: string) => asUrl(`style.${hash}.css`),
  article: (id: string) => asUrl(`articles/${id}.html`),
  entity: (id: string) => asUrl(`entities/${id}.html`),
  event: (id: string) => asUrl(`events/${id}.html`),
  entityIndex: (type: EntityType) => asUrl(`${TYPE_INDEX_FILE[type]}.html`),
  /**
   * Bounded listings (src/graph/listings.ts), each beside its overview page: the timeline's years and months
   * (`timeline/2021.html`, `timeline/2021-04.html`), the articles' (`archive/2021.html`, `archive/undated.html`), a
   * type index's initials (`people/s.html`), and numbered pages past the first (`people/s-p2.html`).
   */
  timelinePage: (period: string, page: number) => asUrl(`timeline/${period}${pageSuffix(page)}.html`),
  archivePage: (period: string, page: number) => asUrl(`archive/${period}${pageSuffix(page)}.html`),
  entityIndexPage: (type: EntityType, initial: string, page: number) => asUrl(`${TYPE_INDEX_FILE[type]}/${initial}${pageSuffix(page)}.html`),
  /**
   * A numbered page of one long list of an entity or event page, in a folder named after the page
   * (`entities/x/mentions.html`, `entities/x/mentions-p2.html`, `events/y/sources.html`): the page shows the first
   * items of the list and links these (src/graph/listings.ts, `subList`).
   */
  subpage: (owner: SiteUrl, list: string, page: number) => asUrl(`${owner.replace(/\.html$/, '')}/${list}${pageSuffix(page)}.html`),
  /** A paragraph anchor on an article page. */
  paragraph: (articleId: string, paragraphId: string) => asUrl(`articles/${articleId}.html#${paragraphId}`),
};

const pageSuffix = (page: number) => (page > 1 ? `-p${page}` : '');

const TYPE_INDEX_FILE: Record<EntityType, string> = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
  other: 'other-names',
};

export const TYPE_LABEL: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
  other: { one: 'Other', many: 'Other names' },
};

/** The href that leads from page `from` to `to` (both root-relative file URLs), e.g. `../entities/x.html`. */
export function relativeHref(from: SiteUrl | string, to: SiteUrl | string): string {
  // Pages are at most one folder deep and each links to hundreds of others (millions of calls in a large build),
  // so the common cases skip the general walk: from the root, and from a page one folder deep to a page at most
  // one folder deep.
  const fromSlash = from.indexOf('/');
  if (fromSlash < 0) return to;
  if (from.indexOf('/', fromSlash + 1) < 0) {
    const hashAt = to.indexOf('#');
    const pathEnd = hashAt < 0 ? to.length : hashAt;
    const toSlash = to.indexOf('/');
    if (toSlash < 0 || toSlash >= pathEnd) return `../${to}`;
    const second = to.indexOf('/', toSlash + 1);
    if (second < 0 || second >= pathEnd) {
      return toSlash === fromSlash && to.startsWith(from.slice(0, fromSlash + 1)) ? to.slice(fromSlash + 1) : `../${to}`;
    }
  }
  const [toPath, hash] = splitHash(to);
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = toPath.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  const rel = [...Array<string>(up).fill('..'), ...toParts.slice(common)].join('/');
  return hash === undefined ? rel : `${rel}#${hash}`;
}

function splitHash(url: string): [string, string | undefined] {
  const i = url.indexOf('#');
  return i < 0 ? [url, undefined] : [url.slice(0, i), url.slice(i + 1)];
}
