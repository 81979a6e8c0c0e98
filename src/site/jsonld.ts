/**
 * schema.org structured data for each page (JSON-LD). URLs are relative to the page unless the site's public
 * address is known (`url` in the config, or `--site`), in which case they are absolute.
 */
import type { ArticlePage, EntityPage, EventPage, EntityRef } from '../graph/site-model.ts';
import { relativeHref, type SiteUrl } from '../util/urls.ts';

const SCHEMA_TYPE: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Thing' };

type Link = (from: SiteUrl, to: SiteUrl) => string;

/** Links absolute under the site's public address (site settings' publicUrl), else relative to the page. */
const linker =
  (publicUrl?: string): Link =>
  (from, to) =>
    publicUrl ? new URL(to, publicUrl).href : relativeHref(from, to);

/**
 * The page's own address, only where it says something: absolute under the site's public address. Written relative
 * it was the page's own file name, which a reader of the data resolves against the page itself, so it said nothing,
 * and on BBC's 17,000 article, entity and event pages it came to 0.6 MB (issue 17).
 */
const ownUrl = (url: SiteUrl, publicUrl?: string) => (publicUrl ? { url: new URL(url, publicUrl).href } : {});

/**
 * The data, or none where it would only repeat what the page shows: the page's title as the `name` or `headline`
 * and its kind, which the page's heading and badge say (issue 17, session 30). Search engines read those from the
 * page itself; a type and a title alone came to 1.4 MB of BBC's 17,000 pages, an undated archive with no public
 * address (8,981 entity pages of a type and name, 2,227 article pages of a headline, 355 event pages of a name).
 * What the data adds keeps it: an absolute address, another spelling, a description, a date, a place, an author.
 */
function unlessTitleOnly<T extends Record<string, unknown>>(data: T): T | undefined {
  return Object.keys(data).every((k) => k === '@context' || k === '@type' || k === 'name' || k === 'headline') ? undefined : data;
}

const thing = (link: Link, from: SiteUrl, e: EntityRef) => ({ '@type': SCHEMA_TYPE[e.type], name: e.name, url: link(from, e.url) });

/**
 * An article's schema.org data: what it is, when and by whom. Not the entities and events it names: the page links
 * each of them, and as `mentions` and `about` they were most of an article page's head (issue 17); what a search
 * engine reads of them is on their own pages.
 */
export function articleJsonLd(a: ArticlePage, publicUrl?: string) {
  const link = linker(publicUrl);
  return unlessTitleOnly({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    // The article's own address when it has one (this page reproduces it), else this page's (see ownUrl).
    ...(a.canonicalUrl ? { url: a.canonicalUrl } : ownUrl(a.url, publicUrl)),
    ...(a.canonicalUrl ? { mainEntityOfPage: link(a.url, a.url) } : {}),
    ...(a.date ? { datePublished: a.date } : {}),
    ...(a.authors.length ? { author: a.authors.map((au) => (au.entity ? thing(link, a.url, au.entity) : { '@type': 'Person', name: au.name })) } : {}),
    ...(a.source ? { publisher: { '@type': 'Organization', name: a.source } } : {}),
  });
}

/**
 * An entity's schema.org data: what it is, and the spellings its page shows (its sub-pages list the rest). Not the
 * articles naming it: the page links each of them under Sources, and as `subjectOf` they were a third of an
 * entity page's head (5.5 MB of BBC's entity pages, issue 17); an article's own data names its entities.
 *
 * None where it would say only that the page is about a Thing with the page's title, schema.org's type of
 * anything: a name of no type (`other`) with no other spelling and no description, whether or not the site has a
 * public address (the page's own address adds nothing about the thing). A person, organisation or place says its
 * type; a bare Thing said nothing (1,681 of BBC's entity pages, 0.17 MB, issue 17).
 */
export function entityJsonLd(e: EntityPage, publicUrl?: string, spellings = e.aliases): object | undefined {
  if (e.type === 'other' && spellings.length === 0 && !e.description) return undefined;
  return unlessTitleOnly({
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPE[e.type],
    name: e.name,
    ...ownUrl(e.url, publicUrl),
    ...(spellings.length ? { alternateName: spellings.map((a) => a.name) } : {}),
    ...(e.description ? { description: e.description } : {}),
  });
}

/**
 * An event's schema.org data: what, when and where. Not who took part or which articles report it: the page links
 * each of them, and as `actor` and `subjectOf` lists they repeated the page in its head (issue 17).
 */
export function eventJsonLd(e: EventPage, publicUrl?: string, participants = e.participants) {
  const link = linker(publicUrl);
  const places = participants.filter((p) => p.entity.type === 'place');
  return unlessTitleOnly({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    ...ownUrl(e.url, publicUrl),
    ...(e.date ? { startDate: e.date } : {}),
    ...(places.length ? { location: places.map((p) => thing(link, e.url, p.entity)) } : {}),
  });
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped, so no text can close the script element. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
