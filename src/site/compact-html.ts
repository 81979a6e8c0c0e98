/**
 * The last step of rendering a page: markup HTML does not need, taken out of Astro's output (issue 17, lean pages).
 *
 * - An attribute value that is one word with none of `"'=<>\`` is written unquoted (`href=../people.html`), and an
 *   empty one bare (`data-pagefind-body`, `alt`): HTML reads both exactly as the quoted value. Astro always quotes.
 * - A void element's start tag loses its `/` (`<meta charset=utf-8>`); a foreign (SVG) element keeps it, with a space
 *   after an unquoted value so that the `/` is not read as part of it.
 * - On a page Pagefind does not read as HTML (no `data-pagefind-body`: entity, event and listing pages, which are
 *   indexed as records), an item's end tag is left out where the next tag implies it: `</li>` before `<li>` or the
 *   list's end, `</dt>` before `<dd>`, `</dd>` before `<dt>` or the list's end. Pagefind's HTML reader tracks
 *   elements by their end tags, so the pages it reads keep theirs.
 *
 * - An SVG element with nothing between its tags is written self-closing (`<circle r=4 />`, not `<circle
 *   r=4></circle>`): in SVG the `/` closes it. Astro writes the end tag (about 0.2 MB of BBC's relationship drawings).
 * - In text, `'` and `"` are written as themselves, not as Astro's `&#39;` and `&quot;`: only `&` and `<` need
 *   escaping there (about 0.5 MB of BBC's pages, whose sentences quote and elide). In an attribute value `&#39;` is
 *   written `'` too (the value is then quoted with `"`). On a page Pagefind reads as HTML, a reference that ends a
 *   run of text stays: Pagefind adds a "." after a block whose raw text does not end in punctuation, and `&quot;`
 *   ends in ";" where `"` does not, so its records (and their excerpts) would change.
 *
 * Text is never changed but for those two characters' spelling: Astro escapes every `<` in text and attribute
 * values, so each `<` followed by a letter starts a tag; a script's content (the page's JSON-LD) is skipped whole. A
 * tag the attribute pattern does not read from end to end is kept as written.
 *
 * The optional `<head>`, `</head>`, `<body>`, `</body>` and `</html>` tags stay: a browser implies them, but the
 * lax parsers that read pages here do not (linkedom, in bench/compare-sites.ts, then has no document.body;
 * node-html-parser, in the tests, drops a body left unclosed).
 */

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Character references HTML text needs no more than the character itself ('"' and "'" outside attributes). */
const NEEDLESS_REFERENCE = /&#39;|&quot;/g;
const unescapeText = (text: string) => text.replace(NEEDLESS_REFERENCE, (r) => (r === '&#39;' ? "'" : '"'));
/** References ending a run of text, which a page Pagefind reads keeps (see the file's header). */
const RUN_END_REFERENCES = /(?:&#39;|&quot;)+$/;
const unescapeRun = (text: string, indexed: boolean) => {
  // Most runs hold no reference at all: they are returned as they are, without two regular-expression passes.
  if (!text.includes('&')) return text;
  const kept = indexed ? (RUN_END_REFERENCES.exec(text)?.[0] ?? '') : '';
  return unescapeText(text.slice(0, text.length - kept.length)) + kept;
};
/** A drawing, whose elements with nothing between their tags can close themselves. */
const SVG = /<svg\b[\s\S]*?<\/svg>/g;
const EMPTY_ELEMENT = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?><\/\1>/g;
/** One attribute: a name, then a double-quoted, single-quoted or unquoted value, or none. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
/** A value HTML reads the same unquoted; one ending in "/" stays quoted (`href="/x/"`: lax parsers, and a second
 * pass, would read that slash as the tag's). */
const BARE_VALUE = /^[^\s"'=<>`]*[^\s"'=<>`/]$/;

/** Only white space from ATTRIBUTE's position to the end (sticky, so nothing is sliced off for the test). */
const TRAILING_SPACE = /\s+$/y;

function compactTag(tag: string, name: string, rest: string): string {
  // A tag with no attribute (`<p>`, `<li>`) is already as short as it gets: most of a page's tags.
  if (rest === '') return tag;
  const selfClosing = rest.endsWith('/');
  const attributes = selfClosing ? rest.slice(0, -1) : rest;
  let out = `<${name}`;
  let lastBare = false;
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < attributes.length) {
    TRAILING_SPACE.lastIndex = ATTRIBUTE.lastIndex;
    if (TRAILING_SPACE.test(attributes)) break;
    const m = ATTRIBUTE.exec(attributes);
    if (!m) return tag;
    const raw = m[2] ?? m[3] ?? m[4];
    const value = raw !== undefined && raw.includes('&#39;') ? raw.replace(/&#39;/g, "'") : raw;
    const bare = value !== undefined && value !== '' && BARE_VALUE.test(value);
    if (value === undefined || value === '') out += ` ${m[1]}`;
    else if (bare) out += ` ${m[1]}=${value}`;
    else out += ` ${m[1]}="${value.includes('"') ? value.replace(/"/g, '&quot;') : value}"`;
    lastBare = bare;
  }
  if (!selfClosing || VOID.has(name.toLowerCase())) return `${out}>`;
  return `${out}${lastBare ? ' ' : ''}/>`;
}

/**
 * Every start tag compacted and every run of text unescaped, read left to right as the pattern
 * `<script\b[^>]*>[\s\S]*?<\/script>|<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)` reads a page (a script element
 * whole, its content not markup; a start tag; a run of text up to the next `<`; a `<` that starts none of them, such
 * as an end tag's, is kept and the text after it is a run). Scanned by hand with indexOf: the pattern's replace
 * called back once a tag and once a run, most of the pass's time on a page of 1,000 tags.
 */
function compactMarkup(html: string, indexed: boolean): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt !== i) {
      const end = lt < 0 ? html.length : lt;
      out += unescapeRun(html.slice(i, end), indexed);
      i = end;
      continue;
    }
    const script = scriptEnd(html, i);
    if (script > 0) {
      const open = html.indexOf('>', i) + 1;
      out += compactTag(html.slice(i, open), 'script', html.slice(i + '<script'.length, open - 1)) + html.slice(open, script);
      i = script;
      continue;
    }
    const nameEnd = tagNameEnd(html, i + 1);
    const close = nameEnd > i + 1 ? html.indexOf('>', nameEnd) : -1;
    if (close < 0) {
      out += '<';
      i++;
      continue;
    }
    out += compactTag(html.slice(i, close + 1), html.slice(i + 1, nameEnd), html.slice(nameEnd, close));
    i = close + 1;
  }
  return out;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45;
const isWordChar = (c: number) => isNameChar(c) || c === 95;

/** The end of the script element starting at `at` (`<script` as a word, its start tag, its `</script>`), or -1. */
function scriptEnd(html: string, at: number): number {
  if (!html.startsWith('<script', at)) return -1;
  const after = at + '<script'.length;
  if (after < html.length && isWordChar(html.charCodeAt(after)) && html.charCodeAt(after) !== 45) return -1;
  const open = html.indexOf('>', after);
  const close = open < 0 ? -1 : html.indexOf('</script>', open + 1);
  return close < 0 ? -1 : close + '</script>'.length;
}

/** The end of the tag name starting at `from` (a letter, then letters, digits and `-`), or `from` if none starts there. */
function tagNameEnd(html: string, from: number): number {
  if (from >= html.length || !isLetter(html.charCodeAt(from))) return from;
  let end = from + 1;
  while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
  return end;
}

/** End tags of list items that the next tag implies (HTML's optional end tags). */
const IMPLIED_END = /<\/li>(?=<li[\s>]|<\/[ou]l>)|<\/dt>(?=<dd[\s>])|<\/dd>(?=<dt[\s>]|<\/dl>)/g;

/** A rendered page with its unneeded quotes, slashes and end tags left out (see the file's header). */
export function compactHtml(html: string): string {
  const indexed = html.includes('data-pagefind-body');
  const drawn = !html.includes('<svg') ? html : html.replace(SVG, (svg) => svg.replace(EMPTY_ELEMENT, (_, name: string, rest = '') => `<${name}${rest}/>`));
  const tags = compactMarkup(drawn, indexed);
  return indexed ? tags : tags.replace(IMPLIED_END, '');
}
