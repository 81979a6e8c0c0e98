/**
 * `npm run bench:parts -- SITE [FOLDER]`: where the bytes of a built site's pages in FOLDER (default `entities`, its
 * sub-pages apart) go, by part of the page: the frame's pieces (head, header, footer, scripts), the title and lead,
 * the key facts, and each section by its id, with the largest pieces of Sources and Connections. Issue 17 asks where
 * BBC's entity pages' bytes go before cutting them; `npm run bench:bytes` gives the totals by kind.
 *
 * Parts are cut from the compacted HTML (src/site/compact-html.ts) by pattern, in order: each part's bytes are
 * counted once and taken out, and what no pattern takes is "rest".
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';

/** A part of a page: its name and the pattern of its markup (the first match, or every match where global). */
type Part = readonly [name: string, pattern: RegExp];

const FRAME: readonly Part[] = [
  ['head: JSON-LD', /<script type=application\/ld\+json>[\s\S]*?<\/script>/],
  ['head: Content-Security-Policy', /<meta http-equiv=Content-Security-Policy[^>]*>/],
  ['head: description', /<meta name=description[^>]*>/],
  ['head: title', /<title>[\s\S]*?<\/title>/],
  ['head: doctype, charset, viewport', /<!DOCTYPE html><html[^>]*><head><meta charset=[^>]*><meta name=viewport[^>]*>/i],
  ['head: icon', /<link rel=icon[^>]*>/],
  ['head: stylesheet', /<link rel=stylesheet[^>]*>/],
  ['body: skip link', /<\/head><body><a href=#main>[^<]*<\/a>/],
  ['body: header', /<header>[\s\S]*?<\/header>/],
  ['body: footer', /<footer>[\s\S]*?<\/footer>/],
  ['body: previews script, end', /<script src=[^>]*><\/script><\/body><\/html>/],
  ['main: title', /<h1>[\s\S]*?<\/h1>/],
  ['main: lead', /<p class=lead>[\s\S]*?<\/p>/],
  ['main: key facts', /<aside class=facts[\s\S]*?<\/aside>/],
  ['main: breadcrumb', /<nav class=crumbs[\s\S]*?<\/nav>/],
];
/** A section of main, named by its id (or the id its heading is labelled by), up to the next section or its end. */
const SECTION = /<section[^>]*?(?:aria-labelledby|id)=([\w-]+)[^>]*>[\s\S]*?<\/section>(?=<section|<\/div>|<\/main>)/g;
/** The largest pieces of two sections, counted inside them (their bytes are in the section's too). */
const INSIDE: Record<string, readonly Part[]> = {
  mentions: [
    ['  Sources: articles\' titles', /<h3>[\s\S]*?<\/h3>/g],
    ['  Sources: quotes, text', /(?<=<li><a href=[^>]*>)[^<]*(?=<\/a>)/g],
    ['  Sources: quotes, markup', /<li><a href=[^>]*>|<\/a>(?=<li|<\/ul>)/g],
  ],
  connections: [
    ['  Connections: drawing', /<figure>[\s\S]*?<\/figure>/g],
    ['  Connections: links to names and events', /<a href=[^#>]*>[^<]*<\/a>/g],
    ['  Connections: type badges', /<span class=t-[a-z]+>[^<]*<\/span>/g],
  ],
};

const bytes = (s: string) => Buffer.byteLength(s);
const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;

/** Adds each part's bytes of one page to `sums`. */
function countParts(page: string, prefix: string, sums: Map<string, number>): void {
  const add = (name: string, n: number) => sums.set(prefix + name, (sums.get(prefix + name) ?? 0) + n);
  let rest = page;
  for (const [name, pattern] of FRAME) rest = rest.replace(pattern, (m) => (add(name, bytes(m)), ''));
  rest = rest.replace(SECTION, (m, id: string) => {
    add(`section: ${id}`, bytes(m));
    const withoutDrawing = m.replace(/<figure>[\s\S]*?<\/figure>/, '');
    for (const [name, pattern] of INSIDE[id] ?? []) {
      const text = name.includes('drawing') ? m : withoutDrawing;
      add(name, (text.match(pattern) ?? []).reduce((sum, x) => sum + bytes(x), 0));
    }
    return '';
  });
  add('rest', bytes(rest));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

const [site, folder = 'entities'] = process.argv.slice(2);
if (!site) {
  console.error('usage: npm run bench:parts -- SITE [FOLDER]');
  process.exit(2);
}
const root = path.resolve(site, folder);
const sums = new Map<string, number>();
let total = 0;
const files = await htmlFiles(root);
for (const file of files) {
  const page = await fs.readFile(file, 'utf8');
  total += bytes(page);
  countParts(page, path.dirname(file) === root ? '' : 'sub-page ', sums);
}
console.log(`${files.length} pages in ${folder}/, ${mb(total)}`);
for (const [name, n] of [...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`${mb(n).padStart(10)}  ${name}`);
