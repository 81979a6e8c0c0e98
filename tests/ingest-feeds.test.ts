/** RSS, RDF and Atom feeds, on fixtures written to the shape of real feeds (tests/fixtures/feeds). */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../src/ingest/formats.ts';
import { ingestFile, ingestFiles } from '../src/ingest/index.ts';
import type { InputFile } from '../src/types.ts';

const FIXTURES = 'tests/fixtures/feeds';
const enc = (s: string) => new TextEncoder().encode(s);
const fixture = (file: string): InputFile => ({ file, bytes: new Uint8Array(readFileSync(`${FIXTURES}/${file}`)) });
const all = ingestFiles(readdirSync(FIXTURES).sort().map(fixture));
const of = (file: string) => all.articles.filter((a) => a.file === file);
const text = (file: string) => of(file).map((a) => a.paragraphs.map((p) => p.text));

describe('feeds in the registry', () => {
  it('are recognised by .rss and .atom, and an .xml file by a feed root', () => {
    expect(formatOf('news.RSS', 'x').name).toBe('feed');
    expect(formatOf('news.atom', 'x').name).toBe('feed');
    expect(formatOf('news.xml', '<?xml version="1.0"?>\n<!-- saved -->\n<rss version="2.0">').name).toBe('feed');
    expect(formatOf('news.xml', '<feed xmlns="http://www.w3.org/2005/Atom">').name).toBe('feed');
    expect(formatOf('news.xml', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="…">').name).toBe('feed');
    expect(formatOf('sitemap.xml', '<?xml version="1.0"?><urlset>').name).toBe('text');
    expect(formatOf('notes.txt', 'An <rss> feed is XML').name).toBe('text');
  });
});

describe('RSS 2.0', () => {
  it('makes every item with content an article, content:encoded before the description, its HTML as paragraphs', () => {
    expect(of('harbour.rss').map((a) => a.title)).toEqual([
      'Harbour authority approves & funds new terminal',
      'Ferry fares to rise in April',
      "Lighthouse keepers' cottage sold",
    ]);
    const [terminal] = of('harbour.rss');
    expect(terminal!.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['body', 'The Port Ellery harbour authority on Monday approved a new ferry terminal on the east quay.'],
      ['caption', 'The east quay, where the terminal will stand.'],
      ['body', 'Construction is due to begin in the spring, the authority’s chair Ola Brandt said.'],
    ]);
    // Escaped HTML in a description, and plain text with a blank line between paragraphs.
    expect(text('harbour.rss').slice(1)).toEqual([
      ['Ferry fares will rise by five percent from April, the operator said.', 'Season tickets are not affected.'],
      ["The old keepers' cottage at Ellery Point was sold at auction on Wednesday for 410,000 pounds.", 'The buyer, a local trust, plans to open it as a museum.'],
    ]);
  });

  it('takes the date as the publisher wrote it, the link, the authors, the category and the channel as source', () => {
    const [terminal, fares, cottage] = of('harbour.rss');
    expect(terminal).toMatchObject({
      format: 'feed', date: '2023-03-06', dateSource: 'header', authors: ['Mara Quill'], section: 'Politics',
      source: 'Harbour Gazette', canonicalUrl: 'https://gazette.example.org/2023/03/06/terminal/', line: 8,
    });
    // 23:30 at UTC-5 is still the 7th where it was published; "email (Name)" is the name; "A and B" two authors.
    expect(fares).toMatchObject({ date: '2023-03-07', authors: ['Jo Bell'] });
    expect(cottage!.authors).toEqual(['Mara Quill', 'Tom Ashby']);
  });

  it('reports an item with no content at its line, and reads the others', () => {
    expect(all.problems.filter((p) => p.file === 'harbour.rss')).toEqual([
      { file: 'harbour.rss', line: 29, message: 'feed item “Photo gallery: the regatta” has no content (no content:encoded, content, description or summary); skipped', severity: 'error' },
    ]);
  });

  it('reads RSS 0.91 with its doctype', () => {
    expect(of('netscape.xml')).toMatchObject([{ title: 'Ferry strike ends', date: null, canonicalUrl: 'http://weekly.example.org/ferry-strike-ends', source: 'Ellery Weekly' }]);
  });
});

describe('Atom', () => {
  it('reads HTML and XHTML content, HTML titles, every author, and the published date before the updated one', () => {
    const [trains, storm, plain] = of('wire.atom');
    expect(trains).toMatchObject({ title: 'Night trains return to the coast line', date: '2023-03-07', authors: ['Ines Vale', 'Bo Chan'], section: 'Transport', canonicalUrl: 'https://wire.example.com/night-trains' });
    expect(trains!.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['body', 'Night trains will run again on the coast line from June, the rail operator Corvane Rail said.'],
      ['quote', 'We listened to the towns.'],
    ]);
    // No published date: the updated one; no link: no canonical URL.
    expect(storm).toMatchObject({ date: '2023-03-08', paragraphs: [{ text: 'A storm closed the coast road overnight.' }, { text: 'Crews expect to reopen it by noon.' }] });
    expect(storm).not.toHaveProperty('canonicalUrl');
    // type="text" content is text: "<" is a character, not markup.
    expect(plain).toMatchObject({ title: 'Plain words & figures', paragraphs: [{ text: 'Tolls rose 3 < 4 percent, the authority said.' }] });
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('decodes the charset the XML declaration names, and reads Dublin Core dates, creators and subjects', () => {
    expect(of('gazette-rdf.xml')).toMatchObject([{
      title: 'Café am Seeufer öffnet wieder', date: '2023-03-09', authors: ['Jürg Müller'], section: 'Lokales', source: 'Alpen Bote',
      paragraphs: [{ text: 'Das Café am Seeufer in Zürich hat am Donnerstag wieder geöffnet.' }],
    }]);
    expect(all.problems.filter((p) => p.file === 'gazette-rdf.xml')).toEqual([]);
  });
});

describe('bad feeds', () => {
  it('warns at the line where the XML breaks and keeps the items it could read', () => {
    expect(of('broken.rss').map((a) => a.title)).toEqual(['First', 'Second']);
    expect(all.problems.filter((p) => p.file === 'broken.rss')).toMatchObject([{ line: 7, severity: 'warning', message: expect.stringMatching(/^not well-formed XML: Expected closing tag 'item'/) }]);
  });

  it('refuses a file that is no feed, at line 1', () => {
    expect(of('not-a-feed.rss')).toEqual([]);
    expect(all.problems.filter((p) => p.file === 'not-a-feed.rss')).toEqual([{ file: 'not-a-feed.rss', line: 1, message: 'not an RSS, Atom or RDF feed (Unrecognized feed format)', severity: 'error' }]);
    expect(ingestFile({ file: 'x.rss', bytes: enc('<rss version="2.0">\n<channel><title>x</title></channel></rss>') }, 'x').problems).toEqual([
      { file: 'x.rss', line: 1, message: 'the feed has no items', severity: 'error' },
    ]);
    const cut = ingestFile({ file: 'x.rss', bytes: enc('<rss><channel>\n<item><title>a & b</title>') }, 'x');
    expect(cut.articles).toEqual([]);
    expect(cut.problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [2, 'warning', "not well-formed XML: char '&' is not expected; the items read before it may be incomplete"],
      [2, 'error', 'feed item “a & b” has no content (no content:encoded, content, description or summary); skipped'],
    ]);
  });
});

describe('feed item ids', () => {
  const item = (guid: string, title: string) =>
    `<item><title>${title}</title><guid>${guid}</guid><description>${title} happened on Monday in Port Ellery.</description></item>\n`;
  const feed = (...items: string[]) => enc(`<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n${items.join('')}</channel></rss>\n`);
  const ids = (bytes: Uint8Array) => ingestFiles([{ file: 'news/latest.rss', bytes }]).articles.map((a) => [a.title, a.id, a.hash]);

  it('stay the same when new items come first, as feeds put them, and when items leave', () => {
    const before = ids(feed(item('g-2', 'Second'), item('g-1', 'First')));
    const after = ids(feed(item('g-3', 'Third'), item('g-2', 'Second'), item('g-1', 'First')));
    expect(after.slice(1)).toEqual(before);
    expect(after[0]![1]).toMatch(/^news-latest--item-[0-9a-f]{10}$/);
    expect(new Set(after.map((a) => a[1])).size).toBe(3);
    expect(ids(feed(item('g-1', 'First')))).toEqual(before.slice(1));
  });

  it('keep two items with one guid apart', () => {
    const twice = ids(feed(item('g-1', 'First'), item('g-1', 'First again')));
    expect(twice.map((a) => a[1])).toEqual([expect.stringMatching(/--item-[0-9a-f]{10}$/), expect.stringMatching(/--item-[0-9a-f]{10}-2$/)]);
  });
});
