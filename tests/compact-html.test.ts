import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compactHtml } from '../src/site/compact-html.ts';

/** An invented page as Astro writes one: every value quoted, void tags closed with `/`, all optional tags. */
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
  '<title>Harbour &lt;news&gt; · Gazette</title><meta http-equiv="Content-Security-Policy" content="default-src \'self\' file:;base-uri \'none\'">',
  '<link rel="icon" href="../favicon.svg" /><link rel="canonical" href="https://news.example/story/"/><script type="application/ld+json">{"name":"<b class=\\"x\\">"}</script>',
  '<link rel="stylesheet" href="../style.0a1b.css"></head><body><a href="#main">Skip to content</a>',
  '<main id="main" data-pagefind-body=""><h1>Ada Quill <a class="badge t-person" href="../people.html">Person</a></h1>',
  '<img src="../logo.svg" alt="" height="32"/><p title=\'it&#39;s\' data-x="a=b">1 < 2 &amp; "quoted"</p>',
  '<svg viewBox="0 0 8 8" role="img"><path d="M0 0L8 8" class="edge"/><circle r="4"/><a href="x.html"><circle cx="2" r="1"></circle><text x="2">Ada</text></a></svg>',
  '<p>Ada&#39;s &quot;best&quot; year &amp; <a href="#p1" title="Ada&#39;s">Ada&#39;s</a></p>',
  '</main><footer><a href="../graph.json">Data (graph.json)</a></footer><script src="../previews.js" defer></script></body></html>',
].join('');

/** The document a parser makes of a page, as markup written one way. */
const parsed = (html: string) => parseHTML(html).document.documentElement.outerHTML;

describe('compactHtml', () => {
  it('writes one-word values unquoted, empty ones bare, and void tags without a slash', () => {
    const out = compactHtml(PAGE);
    expect(out).toContain('<html lang=en><head><meta charset=utf-8><meta name=viewport content="width=device-width">');
    expect(out).toContain('<link rel=icon href=../favicon.svg>');
    expect(out).toContain('<a class="badge t-person" href=../people.html>Person</a>');
    expect(out).toContain('<main id=main data-pagefind-body>');
    expect(out).toContain('<img src=../logo.svg alt height=32>');
    // A value with a space, a quote or '=' stays quoted.
    expect(out).toContain('content="default-src \'self\' file:;base-uri \'none\'"');
    expect(out).toContain('data-x="a=b"');
    // A value ending in '/' stays quoted: unquoted, the slash would read as the tag's.
    expect(out).toContain('<link rel=canonical href="https://news.example/story/">');
    // SVG keeps its self-closing slash, a space apart from an unquoted value.
    expect(out).toContain('<path d="M0 0L8 8" class=edge /><circle r=4 />');
  });

  it('writes an empty SVG element self-closing, as SVG reads it', () => {
    expect(compactHtml(PAGE)).toContain('<a href=x.html><circle cx=2 r=1 /><text x=2>Ada</text></a></svg>');
  });

  it("writes ' and \" in text as themselves, and keeps & and < escaped", () => {
    const out = compactHtml(PAGE);
    expect(out).toContain('<p>Ada\'s "best" year &amp; <a href=#p1 title="Ada\'s">Ada\'s</a></p>');
    expect(out).toContain("<p title=\"it's\" data-x=\"a=b\">");
    expect(out).not.toMatch(/&#39;|&quot;/);
  });

  it('keeps a reference ending a run of text on a page Pagefind reads, whose records it would change', () => {
    const said = '<p>He said &quot;not &#39;yet&#39;&quot;</p>';
    const indexed = compactHtml(PAGE.replace('</main>', `${said}</main>`));
    expect(indexed).toContain('<p>He said "not \'yet&#39;&quot;</p>');
    const recordOnly = compactHtml(PAGE.replace(' data-pagefind-body=""', '').replace('</main>', `${said}</main>`));
    expect(recordOnly).toContain('<p>He said "not \'yet\'"</p>');
    expect(parsed(indexed)).toBe(parsed(recordOnly.replace('<main id=main>', '<main id=main data-pagefind-body>')));
  });

  it('leaves text and script content as they are', () => {
    const out = compactHtml(PAGE);
    expect(out).toContain('<title>Harbour &lt;news&gt; · Gazette</title>');
    expect(out).toContain('<script type=application/ld+json>{"name":"<b class=\\"x\\">"}</script>');
    expect(out).toContain('>1 < 2 &amp; "quoted"</p>');
  });

  it('keeps the optional tags of the document, which lax parsers need', () => {
    const out = compactHtml(PAGE);
    expect(out.startsWith('<!DOCTYPE html><html lang=en><head><meta charset=utf-8>')).toBe(true);
    expect(out).toContain('<link rel=stylesheet href=../style.0a1b.css></head><body><a href=#main>');
    expect(out.endsWith('<script src=../previews.js defer></script></body></html>')).toBe(true);
    expect(out.length).toBeLessThan(PAGE.length - 40);
  });

  it('leaves out the end tags of list items that the next tag implies, on pages Pagefind does not read', () => {
    const lists = '<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul><dl><dt>Type</dt><dd>Person</dd><dt>Articles</dt><dd>1</dd></dl><p>e</p>';
    const page = PAGE.replace('<main id="main" data-pagefind-body="">', '<main id="main">').replace('</main>', `${lists}</main>`);
    const out = compactHtml(page);
    expect(out).toContain('<ul><li>a<ul><li>b<li>c</ul><li>d</ul><dl><dt>Type<dd>Person<dt>Articles<dd>1</dl><p>e</p>');
    expect(parsed(out)).toBe(parsed(page));
    // A page Pagefind indexes from its HTML keeps every end tag.
    const indexed = PAGE.replace('</main>', `${lists}</main>`);
    expect(compactHtml(indexed)).toContain(lists);
  });

  it('gives the parser the same document', () => {
    expect(parsed(compactHtml(PAGE))).toBe(parsed(PAGE));
  });

  it('is idempotent', () => {
    expect(compactHtml(compactHtml(PAGE))).toBe(compactHtml(PAGE));
  });
});
