/**
 * sitemap.xml and an Atom feed of the articles. URLs are absolute only when the site's public address is known
 * (`url` and `base` in the config, or `--site URL`); otherwise the feed's stay relative to the site root, which feed
 * readers resolve against the feed's URL. The sitemap is written only with a public address: the sitemap protocol
 * asks for absolute `<loc>`s (a relative one is invalid, and search engines ignore such a file), and without one it
 * was 0.86 MB of BBC's site that no reader could use (issue 17).
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { SiteModel } from '../graph/site-model.ts';
import { urls } from '../util/urls.ts';
import { subpageUrls } from '../graph/listings.ts';
import type { SiteSettings } from '../config/context.ts';
import { escapeMarkup as escapeXml } from '../util/escape.ts';


function absolute(site: string | undefined, url: string): string {
  return site ? new URL(url, site).href : url;
}

/** The newest article date: the build's date, so rebuilding old input never changes the output. */
export function newestDate(model: SiteModel): string | null {
  return model.articleList.map((a) => a.date).filter((d): d is string => d !== null).sort().at(-1) ?? null;
}

/** Every page of the site but the search and not-found pages, in the sitemap's order. */
export function sitemapPages(model: SiteModel): string[] {
  const { listings } = model;
  const listingPages = [
    ...listings.timeline.pages,
    ...listings.archive.pages,
    ...Object.values(listings.indexes).flatMap((index) => index.pages),
  ].map((p) => p.url);
  return [
    urls.home,
    urls.articles,
    urls.timeline,
    urls.names,
    ...(['person', 'organization', 'place', 'other'] as const).map((t) => urls.entityIndex(t)),
    ...listingPages,
    ...model.articles.map((a) => a.url),
    ...model.entities.flatMap((e) => [e.url, ...subpageUrls(e.lists)]),
    ...model.events.flatMap((e) => [e.url, ...subpageUrls(e.lists)]),
  ];
}

export async function writeFeeds(outDir: string, model: SiteModel, settings: Pick<SiteSettings, 'title' | 'publicUrl'>): Promise<void> {
  const site = settings.publicUrl;
  if (site) {
    const sitemap = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      // One entry a line, unindented: two spaces on each of BBC's 17,254 lines said nothing (issue 17).
      ...sitemapPages(model).map((u) => `<url><loc>${escapeXml(absolute(site, u))}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n');
    await fs.writeFile(path.join(outDir, urls.sitemap), sitemap);
  }

  const updated = `${newestDate(model) ?? '1970-01-01'}T00:00:00Z`;
  const excerpts = new Map(model.articles.map((a) => [a.id, a.excerpt]));
  const entries = model.articleList.slice(0, 100).map((a) => {
    return [
      '  <entry>',
      `    <title>${escapeXml(a.title)}</title>`,
      `    <link href="${escapeXml(absolute(site, a.url))}"/>`,
      `    <id>${escapeXml(site ? absolute(site, a.url) : `tag:chronicle,${a.date ?? '1970'}:${a.id}`)}</id>`,
      `    <updated>${a.date ?? '1970-01-01'}T00:00:00Z</updated>`,
      a.source ? `    <author><name>${escapeXml(a.source)}</name></author>` : '    <author><name>Unknown</name></author>',
      `    <summary>${escapeXml(excerpts.get(a.id) ?? '')}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const feed = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${site ? '' : ' xml:base="./"'}>`,
    `  <title>${escapeXml(settings.title)}</title>`,
    `  <link href="${escapeXml(absolute(site, urls.home))}"/>`,
    `  <link rel="self" href="${escapeXml(absolute(site, 'feed.xml'))}"/>`,
    `  <id>${escapeXml(site ? absolute(site, 'feed.xml') : 'tag:chronicle,1970:feed')}</id>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  await fs.writeFile(path.join(outDir, 'feed.xml'), feed);
}
