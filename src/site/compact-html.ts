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
/** A tag, or a script element whole (its content is not markup), or a run of text (group 3). */
const TAG = /<script\b[^>]*>[\s\S]*?<\/script>|<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)/g;
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

/** End tags of list items that the next tag implies (HTML's optional end tags). */
const IMPLIED_END = /<\/li>(?=<li[\s>]|<\/[ou]l>)|<\/dt>(?=<dd[\s>])|<\/dd>(?=<dt[\s>]|<\/dl>)/g;

/** A rendered page with its unneeded quotes, slashes and end tags left out (see the file's header). */
export function compactHtml(html: string): string {
  const indexed = html.includes('data-pagefind-body');
  const drawn = !html.includes('<svg') ? html : html.replace(SVG, (svg) => svg.replace(EMPTY_ELEMENT, (_, name: string, rest = '') => `<${name}${rest}/>`));
  const tags = drawn.replace(TAG, (tag: string, name?: string, rest?: string, text?: string) => {
    if (text !== undefined) return unescapeRun(text, indexed);
    if (name === undefined) {
      const open = tag.indexOf('>') + 1;
      const start = /^<(script)([^>]*)>/.exec(tag)!;
      return compactTag(tag.slice(0, open), start[1]!, start[2]!) + tag.slice(open);
    }
    return compactTag(tag, name, rest!);
  });
  return indexed ? tags : tags.replace(IMPLIED_END, '');
}
