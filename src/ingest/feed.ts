/**
 * RSS and Atom feeds (RSS 0.9x and 2.0, RSS 1.0 / RDF, Atom 1.0), read with feedsmith: every item with content is an
 * article, with its date, link, authors and title. The content is `content:encoded` when the item has it, else
 * Atom's `content`, else `description` or `summary`, its HTML turned into paragraphs as for a page. An item's id
 * comes from its guid (Atom id, RDF about, else its link), not its place in the feed, so new items at the top rename
 * nothing. A feed that is no feed is a `file:line` error; an item with no content is one at the item's line, and
 * the other items are read all the same.
 */
import { createHash } from 'node:crypto';
import type { parseFeed, AtomFeed, RdfFeed, RssFeed } from 'feedsmith';
import type { XMLValidator } from 'fast-xml-parser';
import type { Block } from './clean.ts';
import { metadataDate } from './metadata-date.ts';
import { escapeMarkup } from '../util/escape.ts';
import { charsetInHead } from './decode.ts';
import { bylineAuthors, htmlFragmentBlocks } from './html.ts';
import { onFirstUse } from '../util/on-first-use.ts';
import type { InputFormat, Parsed, Report } from './formats.ts';

/** The root element of a feed, after the XML declaration, processing instructions, comments and a doctype. */
const FEED_ROOT = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:rss|feed|(?:[\w-]+:)?RDF)[\s>]/;

export const feedFormat: InputFormat = {
  name: 'feed',
  extensions: ['.rss', '.atom'],
  // `.xml` names no format: an XML file is a feed when its root is one.
  sniff: (text) => FEED_ROOT.test(text.slice(0, 4096)),
  declaredEncoding: (bytes) => charsetInHead(bytes, /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)/),
  parse: parseFeedText,
};

/** One item as every feed flavour gives it: the fields an article needs, as written. */
interface FeedItem {
  /** guid, Atom id or RDF about: what names the item for good. */
  guid: string | null;
  title: string | null;
  /** The title is HTML (Atom `type="html"`), not text. */
  titleIsHtml: boolean;
  link: string | null;
  date: unknown;
  authors: string[];
  /** The item's body, as HTML (plain text reads the same way). */
  content: string | null;
  section: string | null;
}

const feedsmith = onFirstUse<{ parseFeed: typeof parseFeed }>('feedsmith');
const xmlParser = onFirstUse<{ XMLValidator: typeof XMLValidator }>('fast-xml-parser');

function parseFeedText(text: string, report: Report): Parsed[] {
  const wellFormed = xmlParser().XMLValidator.validate(text);
  const malformed = wellFormed === true ? null : { line: wellFormed.err.line, msg: wellFormed.err.msg.replace(/\.$/, '') };
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = feedsmith().parseFeed(text);
  } catch (err) {
    const why = malformed ? `not well-formed XML: ${malformed.msg}` : `not an RSS, Atom or RDF feed (${(err as Error).message})`;
    report(why, malformed?.line ?? 1, 'error');
    return [];
  }
  if (malformed) report(`not well-formed XML: ${malformed.msg}; the items read before it may be incomplete`, malformed.line, 'warning');
  const { items, source } = feedItems(parsed);
  if (items.length === 0) report('the feed has no items', malformed?.line ?? 1, 'error');
  const lines = itemLines(text, items.length);
  const seen = new Map<string, number>();
  const out: Parsed[] = [];
  items.forEach((item, i) => {
    const line = lines[i] ?? 1;
    const draft = toDraft(item, line, source, report);
    if (!draft) return;
    // The id names the item by its guid (else link, else its text); a guid repeated in one feed counts its repeats.
    const key = item.guid ?? item.link ?? JSON.stringify(item);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const id = `item-${createHash('sha256').update(key).digest('hex').slice(0, 10)}${n > 1 ? `-${n}` : ''}`;
    out.push({ ...draft, part: { line, text: JSON.stringify(item), id } });
  });
  return out;
}

/** An item → an article draft, or null (reported at its line) when it has no content. */
function toDraft(item: FeedItem, line: number, source: string | null, report: Report): Parsed | null {
  const blocks: Block[] = item.content === null ? [] : htmlFragmentBlocks(item.content, line);
  const title = item.title === null ? '' : item.titleIsHtml ? htmlFragmentBlocks(item.title, line).map((b) => b.text).join(' ') : clean(item.title);
  if (blocks.length === 0) {
    report(`feed item${title ? ` “${title}”` : ''} has no content (no content:encoded, content, description or summary); skipped`, line, 'error');
    return null;
  }
  return {
    format: 'feed',
    title,
    titleLine: line,
    headerDate: metadataDate(item.date),
    headerDateLine: line,
    section: item.section,
    source,
    blocks,
    ...(item.authors.length > 0 ? { authors: item.authors } : {}),
    ...(item.link !== null ? { canonicalUrl: item.link } : {}),
  };
}

/** The items of any flavour, in feed order, and the feed's title (the publisher, credited as the source). */
function feedItems(parsed: ReturnType<typeof parseFeed>): { items: FeedItem[]; source: string | null } {
  switch (parsed.format) {
    case 'rss':
      return { items: (parsed.feed.items ?? []).map(rssItem), source: nonEmpty(parsed.feed.title) };
    case 'atom':
      return { items: (parsed.feed.entries ?? []).map(atomEntry), source: nonEmpty(parsed.feed.title?.value) };
    case 'rdf':
      return { items: (parsed.feed.items ?? []).map(rdfItem), source: nonEmpty(parsed.feed.title) };
    default:
      // JSON Feed is JSON: a `.json` file is read as one article, so a feed file never gets here as JSON.
      return { items: [], source: null };
  }
}

function rssItem(item: RssFeed.Item<unknown>): FeedItem {
  return {
    guid: nonEmpty(item.guid?.value),
    title: nonEmpty(item.title),
    titleIsHtml: false,
    link: nonEmpty(item.link),
    date: item.pubDate ?? item.dc?.dates?.[0] ?? null,
    authors: names([...(item.authors ?? []).map((a) => a.name), ...(item.dc?.creators ?? [])]),
    content: nonEmpty(item.content?.encoded) ?? nonEmpty(item.description),
    section: nonEmpty(item.categories?.[0]?.name) ?? nonEmpty(item.dc?.subjects?.[0]),
  };
}

function atomEntry(entry: AtomFeed.Entry<unknown>): FeedItem {
  const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? null;
  const content = entry.content?.src ? null : nonEmpty(entry.content?.value);
  return {
    guid: nonEmpty(entry.id),
    title: nonEmpty(entry.title?.value),
    titleIsHtml: entry.title?.type === 'html' || entry.title?.type === 'xhtml',
    link: nonEmpty(link),
    date: entry.published ?? entry.dc?.dates?.[0] ?? entry.updated ?? null,
    authors: names([...(entry.authors ?? []).map((a) => a.name), ...(entry.dc?.creators ?? [])]),
    // Atom `text` content is plain text: escaped, so it reads as text in the HTML reading below.
    content: entry.content?.type === 'text' && content !== null ? escapeMarkup(content) : (content ?? nonEmpty(entry.summary?.value)),
    section: nonEmpty(entry.categories?.[0]?.label) ?? nonEmpty(entry.categories?.[0]?.term),
  };
}

function rdfItem(item: RdfFeed.Item<unknown>): FeedItem {
  return {
    guid: nonEmpty(item.rdf?.about),
    title: nonEmpty(item.title),
    titleIsHtml: false,
    link: nonEmpty(item.link),
    date: item.dc?.dates?.[0] ?? null,
    authors: names(item.dc?.creators ?? []),
    content: nonEmpty(item.content?.encoded) ?? nonEmpty(item.description),
    section: nonEmpty(item.dc?.subjects?.[0]),
  };
}

/**
 * The line of each item's opening tag, in order (CDATA and comments set aside, so markup quoted in content is not
 * taken for an item). When the count differs from the parser's items, items are not matched up by position: each
 * gets the line of the first item.
 */
function itemLines(text: string, count: number): number[] {
  const masked = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const m of masked.matchAll(/<(?:[\w-]+:)?(?:item|entry)[\s>/]/g)) {
    for (let i = from; i < m.index; i++) if (masked.charCodeAt(i) === 10) line++;
    from = m.index;
    lines.push(line);
  }
  return lines.length === count ? lines : new Array<number>(count).fill(lines[0] ?? 1);
}

/** Author names: each field may hold several ("Ann Lee and Bo Chan"); each name once, in order. */
function names(values: (string | undefined)[]): string[] {
  return [...new Set(values.flatMap((v) => (v ? bylineAuthors(v) : [])).filter((n) => !n.includes('@')))];
}

function nonEmpty(v: string | undefined | null): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

