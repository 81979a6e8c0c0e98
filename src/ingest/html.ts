/**
 * HTML article pages (a browser's "save page", a crawler's output). The page's own metadata comes first — a
 * schema.org NewsArticle in JSON-LD, `article:*` and `og:*` meta tags, `<link rel=canonical>`, `<time datetime>` —
 * and the article body is what Mozilla's Readability (the Firefox reader view) keeps of the page, read on linkedom, a
 * light DOM: navigation, ads, comments and "related stories" are left out. Paragraphs, headings, quotes and figure
 * captions become blocks; the charset is the one the page names in `<meta charset>`.
 */
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { Block } from './clean.ts';
import { metadataDate } from './metadata-date.ts';
import { splitBlocks } from './text.ts';
import { charsetInHead } from './decode.ts';
import { onFirstUse } from '../util/on-first-use.ts';
import type { InputFormat, Parsed, Report } from './formats.ts';
import { escapeRegExp } from '../util/escape.ts';

const linkedom = onFirstUse<{ parseHTML: typeof ParseHtml }>('linkedom');
const readability = onFirstUse<{ Readability: typeof ReadabilityClass }>('@mozilla/readability');
const parseHTML = (html: string) => linkedom().parseHTML(html);

export const htmlFormat: InputFormat = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: (text) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096)),
  declaredEncoding,
  parse: (text, report) => [parseHtml(text, report)],
};

/**
 * The charset a page names in its first 1,024 bytes (`<meta charset=…>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">`), as browsers look for it.
 */
function declaredEncoding(bytes: Uint8Array): string | null {
  return charsetInHead(bytes, /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i);
}

/** Elements that are never the article, removed before Readability looks (it would drop most of them too). */
const NEVER_ARTICLE = 'nav, aside, footer, form, script, style, noscript, iframe, [role="navigation"], [role="complementary"], [hidden]';

/** Elements whose text is one block, by kind; the walk does not go inside them. */
const BLOCK_KIND: Record<string, Block['kind']> = {
  p: undefined,
  li: undefined,
  pre: undefined,
  dd: undefined,
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  blockquote: 'quote',
  figcaption: 'caption',
};
const BLOCK_SELECTOR = Object.keys(BLOCK_KIND).join(', ');

interface Meta {
  title: string | null;
  date: { value: string; line: number } | null;
  authors: string[];
  url: string | null;
  section: string | null;
  source: string | null;
}

function parseHtml(text: string, report: Report): Parsed {
  const locate = locator(text);
  if (sourceNesting(text) > MAX_SOURCE_NESTING) return parseAsText(text, locate, report);
  const { document } = parseHTML(text);
  const meta = readMetadata(document, locate, report);
  for (const el of [...document.querySelectorAll(NEVER_ARTICLE)]) el.remove();
  const titleElement = document.querySelector('title')?.textContent ?? '';
  // Readability slows down badly on deep nesting (1,000 nested elements: 24 s), and the walk below would overflow
  // the stack: such a page is read as the plain text of its body, with a warning, and nothing is lost.
  if (nestingDepth(document.body) > MAX_NESTING) {
    report(`HTML nested more than ${MAX_NESTING} elements deep; reading the page as plain text`, locate.line('<body') ?? 1);
    const blocks = splitBlocks((document.body?.textContent ?? '').split('\n'), 0).map((b) => ({ ...b, line: locate.text(b.text) }));
    return toDraft(meta, locate, clean(meta.title ?? titleElement) ?? '', blocks, { authors: meta.authors, publishedTime: null, siteName: null });
  }
  // Readability changes the document it reads: the metadata above was read first.
  const article = new (readability().Readability)(document as unknown as ConstructorParameters<typeof ReadabilityClass>[0], {
    serializer: (node: unknown) => node,
  }).parse();
  const root = (article?.content as unknown as Element | null | undefined) ?? document.body;
  const title = clean(meta.title ?? article?.title ?? titleElement) ?? '';
  const blocks = root ? blocksOf(root, (t) => locate.text(t)) : [];
  const authors = meta.authors.length > 0 ? meta.authors : bylineAuthors(article?.byline ?? null);
  // Before the text, Readability may keep the headline (when it is not quite the page's title) and a byline it did
  // not recognise ("Von Jürg Müller, 12. Mai 2023"): the first is the title, the second a line of metadata.
  while (blocks[0] && (sameText(blocks[0].text, title) || isByline(blocks[0].text, authors))) blocks.shift();
  return toDraft(meta, locate, title, blocks, { authors, publishedTime: article?.publishedTime ?? null, siteName: article?.siteName ?? null });
}

/** The draft: the page's metadata first, then what Readability found. */
function toDraft(meta: Meta, locate: Locator, title: string, blocks: Block[], found: { authors: string[]; publishedTime: string | null; siteName: string | null }): Parsed {
  return {
    format: 'html',
    title,
    titleLine: (title ? locate.line(title) : null) ?? locate.line('<title') ?? 1,
    headerDate: meta.date?.value ?? metadataDate(found.publishedTime),
    headerDateLine: meta.date?.line ?? 1,
    section: meta.section,
    source: meta.source ?? clean(found.siteName ?? ''),
    blocks,
    ...(found.authors.length > 0 ? { authors: found.authors } : {}),
    ...(meta.url !== null ? { canonicalUrl: meta.url } : {}),
  };
}

/**
 * Tags nested this deep in the source make the DOM parser itself slow (100,000 levels: 9 s; it grows with the
 * square of the depth). Such a page is not parsed: its head gives the metadata, its tags are taken out of the body.
 */
const MAX_SOURCE_NESTING = 2000;
/** Elements that have no end tag, or may leave it out: they are not counted as nesting. */
const UNNESTED = new Set('area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp html head body'.split(' '));

function sourceNesting(source: string): number {
  let depth = 0;
  let max = 0;
  for (const m of source.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    if (UNNESTED.has(m[2]!.toLowerCase()) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

function parseAsText(text: string, locate: Locator, report: Report): Parsed {
  const bodyAt = text.search(/<body[\s>]/i);
  report(`HTML nested more than ${MAX_SOURCE_NESTING} elements deep; reading the page as plain text`, locate.line('<body') ?? 1);
  const head = parseHTML(bodyAt < 0 ? '' : text.slice(0, bodyAt)).document;
  const meta = readMetadata(head, locate, report);
  // Tags out, line breaks kept (so each paragraph keeps its line), entities decoded by the DOM of the flat text.
  const body = (bodyAt < 0 ? text : text.slice(bodyAt))
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, (m) => m.replace(/[^\n]/g, ''))
    .replace(/<[^>]*>/g, (m) => m.replace(/[^\n]/g, '') || ' ');
  const plain = parseHTML(`<html><body><pre>${body}</pre></body></html>`).document.querySelector('pre')?.textContent ?? '';
  const offset = bodyAt < 0 ? 0 : (locate.line('<body') ?? 1) - 1;
  const blocks = splitBlocks(plain.split('\n'), 0, offset);
  const title = clean(meta.title ?? head.querySelector('title')?.textContent ?? '') ?? '';
  return toDraft(meta, locate, title, blocks, { authors: meta.authors, publishedTime: null, siteName: null });
}

/** Deeper than any real page's markup (news sites' templates: 20 to 40 levels). */
const MAX_NESTING = 128;

/** The deepest nesting of elements under `root`, without recursion. */
function nestingDepth(root: Element | null): number {
  let max = 0;
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > MAX_NESTING) break;
    for (const child of el.children) stack.push([child, depth + 1]);
  }
  return max;
}

/** The page's own statements about the article, each from the first place that gives it. */
function readMetadata(document: Document, locate: Locator, report: Report): Meta {
  const metaContent = (selector: string): string | null => {
    for (const el of document.querySelectorAll(selector)) {
      const value = clean(el.getAttribute('content') ?? '');
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(document, locate, report);
  const dated = (value: unknown, where: string | null): Meta['date'] => {
    const date = metadataDate(value);
    return date === null ? null : { value: date, line: (where !== null ? locate.line(where) : null) ?? 1 };
  };

  const publishedMeta = metaContent('meta[property="article:published_time"], meta[name="article:published_time"]');
  const ldDate = typeof ld?.datePublished === 'string' ? ld.datePublished : null;
  const otherMeta = metaContent(
    'meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="publishdate"], meta[name="dc.date"], meta[name="DC.date.issued"], meta[name="parsely-pub-date"]',
  );
  const time = publicationTime(document);
  const date =
    (publishedMeta && dated(publishedMeta, publishedMeta)) ||
    (ldDate && dated(ldDate, ldDate)) ||
    (otherMeta && dated(otherMeta, otherMeta)) ||
    (time && dated(time, `datetime="${time}"`)) ||
    null;

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const ldUrl = stringOf(ld?.url) ?? stringOf((ld?.mainEntityOfPage as { '@id'?: unknown } | undefined)?.['@id']) ?? stringOf(ld?.mainEntityOfPage);
  const metaAuthors = [...document.querySelectorAll('meta[name="author"], meta[property="article:author"]')]
    .map((el) => clean(el.getAttribute('content') ?? ''))
    .filter((a): a is string => a !== null && !/^https?:/i.test(a));
  const ldSection = Array.isArray(ld?.articleSection) ? ld.articleSection[0] : ld?.articleSection;
  return {
    title: stringOf(ld?.headline) ?? metaContent('meta[property="og:title"], meta[name="twitter:title"]'),
    date,
    authors: unique(ld ? namesOf(ld.author) : []).length > 0 ? unique(namesOf(ld!.author)) : unique(metaAuthors),
    url: canonical ?? metaContent('meta[property="og:url"]') ?? ldUrl,
    section: metaContent('meta[property="article:section"]') ?? stringOf(ldSection),
    source: metaContent('meta[property="og:site_name"]') ?? stringOf((ld?.publisher as { name?: unknown } | undefined)?.name),
  };
}

type JsonObject = Record<string, unknown>;

/** The first schema.org article (NewsArticle, Article, ReportageNewsArticle, BlogPosting …) in the page's JSON-LD. */
function jsonLdArticle(document: Document, locate: Locator, report: Report): JsonObject | null {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
  let found: JsonObject | null = null;
  scripts.forEach((script, i) => {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch (err) {
      report(`JSON-LD is not valid JSON (${(err as Error).message}); ignored`, locate.nth('application/ld+json', i) ?? undefined);
      return;
    }
    found ??= findArticle(value);
  });
  return found;
}

function findArticle(value: unknown): JsonObject | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const a = findArticle(v);
      if (a) return a;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const obj = value as JsonObject;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).filter((t): t is string => typeof t === 'string');
  if (types.some((t) => /Article$|^BlogPosting$|^Report$/.test(t))) return obj;
  return findArticle(obj['@graph'] ?? null);
}

/** `<time datetime>` that marks publication, else the first outside navigation and asides. */
function publicationTime(document: Document): string | null {
  const marked = document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], time.published[datetime]');
  if (marked) return marked.getAttribute('datetime');
  for (const el of document.querySelectorAll('time[datetime]')) {
    if (!el.closest('nav, aside, footer, [class*="related"], [class*="comment"]')) return el.getAttribute('datetime');
  }
  return null;
}

/** The blocks under `root`; `lineOf` gives the source line of a block's text. */
function blocksOf(root: Element, lineOf: (text: string) => number): Block[] {
  const blocks: Block[] = [];
  const push = (el: Element, kind: Block['kind']) => {
    const text = clean(el.textContent ?? '');
    if (text === null) return;
    const line = lineOf(text);
    blocks.push(kind === undefined ? { text, line } : { text, line, kind });
  };
  const walk = (el: Element) => {
    for (const child of el.children) {
      const tag = child.tagName.toLowerCase();
      if (tag in BLOCK_KIND) push(child, BLOCK_KIND[tag]);
      else if (tag === 'img' || tag === 'picture' || tag === 'svg' || tag === 'video') continue;
      // A container with no paragraph inside (a bare <div> of text) is one paragraph.
      else if (!child.querySelector(BLOCK_SELECTOR)) push(child, undefined);
      else walk(child);
    }
  };
  walk(root);
  return blocks;
}

/**
 * A piece of HTML that is an article's body (a feed item's content), as blocks all on `line`: paragraphs, headings,
 * quotes and captions as in a page; text outside any block element is split into paragraphs at blank lines and at
 * `<br><br>`. Text with no markup at all reads the same way.
 */
export function htmlFragmentBlocks(html: string, line: number): Block[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const el of [...document.querySelectorAll(NEVER_ARTICLE)]) el.remove();
  for (const br of [...document.querySelectorAll('br')]) br.replaceWith(document.createTextNode('\n'));
  const blocks: Block[] = [];
  let loose = '';
  const flush = () => {
    blocks.push(...splitBlocks(loose.split('\n'), 0).map((b) => ({ ...b, text: clean(b.text) ?? '', line })).filter((b) => b.text));
    loose = '';
  };
  for (const node of [...(document.body?.childNodes ?? [])]) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && (el.tagName.toLowerCase() in BLOCK_KIND || el.querySelector(BLOCK_SELECTOR))) {
      flush();
      const holder = document.createElement('div');
      holder.appendChild(el);
      blocks.push(...blocksOf(holder, () => line));
    } else loose += node.textContent ?? '';
  }
  flush();
  return blocks;
}

/** A short line naming an author: a byline, whatever its language. */
function isByline(text: string, authors: readonly string[]): boolean {
  return text.length <= 120 && authors.some((a) => text.includes(a));
}

/** "By Ann Lee and Bo Chan" → ["Ann Lee", "Bo Chan"]. */
export function bylineAuthors(byline: string | null): string[] {
  const text = clean((byline ?? '').replace(/^\s*by\s+/i, ''));
  if (text === null) return [];
  return unique(text.split(/\s*(?:,|;|\band\b|&)\s*/i).map((a) => clean(a)).filter((a): a is string => a !== null));
}

function namesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list
    .map((a) => stringOf(a !== null && typeof a === 'object' ? (a as JsonObject).name : a))
    .filter((a): a is string => a !== null);
}

function stringOf(v: unknown): string | null {
  return typeof v === 'string' ? clean(v) : null;
}

function clean(text: string): string | null {
  return text.replace(/\s+/g, ' ').trim() || null;
}

const unique = (names: string[]) => [...new Set(names)];

const sameText = (a: string, b: string | null) => b !== null && a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');

interface Locator {
  /** The line of a string as written in the source, or null. */
  line(needle: string): number | null;
  /** The line of the nth occurrence of a string, or null. */
  nth(needle: string, n: number): number | null;
  /**
   * The line where a block's text starts: its first words, with anything (markup, entities) between them, searched
   * after the previous block's, from the start of the body. The DOM keeps no source positions, hence the search;
   * text that cannot be found takes the previous block's line.
   */
  text(text: string): number;
}

function locator(source: string): Locator {
  const newlines: number[] = [];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const bodyStart = Math.max(0, source.search(/<body[\s>]/i));
  let cursor = bodyStart;
  let last = lineAt(bodyStart);
  return {
    line(needle) {
      const at = source.indexOf(needle);
      return at < 0 ? null : lineAt(at);
    },
    nth(needle, n) {
      let at = -1;
      for (let k = 0; k <= n; k++) {
        at = source.indexOf(needle, at + 1);
        if (at < 0) return null;
      }
      return lineAt(at);
    },
    text(text) {
      const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 4);
      if (words.length === 0) return last;
      const pattern = new RegExp(words.map(escapeRegExp).join('[\\s\\S]{1,80}?'), 'gu');
      pattern.lastIndex = cursor;
      const m = pattern.exec(source) ?? ((pattern.lastIndex = bodyStart), pattern.exec(source));
      if (m) {
        cursor = m.index + m[0].length;
        last = lineAt(m.index);
      }
      return last;
    },
  };
}
