/**
 * `node --import tsx bench/compare-sites.ts BEFORE AFTER [--removed WORD,WORD,…]`: what a change to the templates
 * lost, page by page (issue 17: fewer bytes, no loss of content or links). For every HTML page of either site it
 * compares
 * - the set of `<a href>` targets, resolved to site paths (with their fragment; external addresses as written);
 * - the document title;
 * - the words a reader sees (text of the body less script, style and `hidden` elements, a space at each block
 *   element, split at white space), as a multiset.
 * Words lost on a page that are all in `--removed` (words, or patterns written `/…/`: the words a change takes out on purpose, such as a heading that
 * only repeated another) do not count as a loss; every word lost or gained is still totalled at the end, so what
 * was taken out is on the record. Exits 1 when a page is missing, or a link, a title or a word not in `--removed`
 * was lost.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseHTML } from 'linkedom';
import { listSite } from './site-bytes.ts';
import { mapLimited } from '../src/util/concurrency.ts';

export interface PageFacts { title: string; links: Set<string>; words: Map<string, number> }

/** Elements whose edges are a word break: a space is put before and after their text. */
const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul title text'.split(' '),
);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

interface DomNode { nodeType: number; nodeValue: string | null; localName?: string; childNodes: DomNode[]; hasAttribute?: (n: string) => boolean }

function visibleText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const name = (node.localName ?? '').toLowerCase();
  if (SKIP.has(name) || node.hasAttribute?.('hidden')) return;
  const block = BLOCK.has(name);
  if (block) out.push(' ');
  for (const child of node.childNodes) visibleText(child, out);
  if (block) out.push(' ');
}

/** A link target as a path from the site root (with its fragment), so that two pages' links compare as sets. */
export function resolveHref(pageRel: string, href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  if (href.startsWith('#')) return `${pageRel}${href}`;
  const [pathPart, fragment] = href.split('#', 2) as [string, string | undefined];
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(pageRel), pathPart));
  return fragment === undefined ? resolved : `${resolved}#${fragment}`;
}

export function pageFacts(rel: string, html: string): PageFacts {
  const { document } = parseHTML(html);
  const links = new Set<string>();
  for (const a of document.querySelectorAll('a[href]')) links.add(resolveHref(rel, a.getAttribute('href') ?? ''));
  const out: string[] = [];
  if (document.body) visibleText(document.body as unknown as DomNode, out);
  const words = new Map<string, number>();
  for (const w of out.join('').split(/\s+/)) if (w) words.set(w, (words.get(w) ?? 0) + 1);
  return { title: document.title ?? '', links, words };
}

/** Words of `a` not in `b`, counted (a multiset difference). */
export function wordsLost(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const lost = new Map<string, number>();
  for (const [w, n] of a) {
    const d = n - (b.get(w) ?? 0);
    if (d > 0) lost.set(w, d);
  }
  return lost;
}

const add = (total: Map<string, number>, part: Map<string, number>) => {
  for (const [w, n] of part) total.set(w, (total.get(w) ?? 0) + n);
};
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, n).map(([w, c]) => `${w} ×${c}`).join(', ');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--removed');
  const removedList = at >= 0 ? args.splice(at, 2)[1]!.split(',') : [];
  // An entry written /…/ is a pattern (such as /^\d+$/ for counts); any other is a word.
  const patterns = removedList.filter((w) => w.length > 2 && w.startsWith('/') && w.endsWith('/')).map((w) => new RegExp(w.slice(1, -1)));
  const removedWords = new Set(removedList);
  const removed = { has: (w: string) => removedWords.has(w) || patterns.some((p) => p.test(w)) };
  const [before, after] = args.map((p) => path.resolve(p));
  if (!before || !after) {
    console.error('usage: node --import tsx bench/compare-sites.ts BEFORE AFTER [--removed WORD,WORD,…]');
    process.exit(2);
  }
  const pages = async (dir: string) => (await listSite(dir)).map((f) => f.rel).filter((r) => r.endsWith('.html'));
  const [relsA, relsB] = await Promise.all([pages(before), pages(after)]);
  const inB = new Set(relsB);
  const inA = new Set(relsA);
  const missing = relsA.filter((r) => !inB.has(r));
  const added = relsB.filter((r) => !inA.has(r));
  const common = relsA.filter((r) => inB.has(r));
  const lostTotal = new Map<string, number>();
  const gainedTotal = new Map<string, number>();
  let linkDiff = 0, titleDiff = 0, textDiff = 0, wordLoss = 0;
  /** Site-wide: every link target and every word of each site, on any page (a fold moves a link, a cut quote's words stay on the article page). */
  const site = [{ links: new Set<string>(), words: new Set<string>() }, { links: new Set<string>(), words: new Set<string>() }] as const;
  const gather = (i: 0 | 1, f: PageFacts) => {
    for (const l of f.links) site[i].links.add(l);
    for (const w of f.words.keys()) site[i].words.add(w);
  };
  const examples: string[] = [];
  const note = (s: string) => examples.length < 20 && examples.push(s);
  await mapLimited(common, 16, async (rel) => {
    const [a, b] = await Promise.all([before, after].map(async (d) => pageFacts(rel, await fs.readFile(path.join(d, rel), 'utf8'))));
    gather(0, a!);
    gather(1, b!);
    const lostLinks = [...a!.links].filter((l) => !b!.links.has(l));
    const newLinks = [...b!.links].filter((l) => !a!.links.has(l));
    if (lostLinks.length || newLinks.length) {
      linkDiff++;
      note(`${rel}: links lost ${lostLinks.slice(0, 3).join(' ')} new ${newLinks.slice(0, 3).join(' ')}`);
    }
    if (a!.title !== b!.title) {
      titleDiff++;
      note(`${rel}: title "${a!.title}" → "${b!.title}"`);
    }
    const lost = wordsLost(a!.words, b!.words);
    const gained = wordsLost(b!.words, a!.words);
    if (lost.size || gained.size) textDiff++;
    add(lostTotal, lost);
    add(gainedTotal, gained);
    const unexpected = [...lost.keys()].filter((w) => !removed.has(w));
    if (unexpected.length) {
      wordLoss++;
      note(`${rel}: words lost ${unexpected.slice(0, 8).join(' ')}`);
    }
  });
  console.log(`pages: ${relsA.length} before, ${relsB.length} after; ${missing.length} missing, ${added.length} new`);
  for (const r of missing.slice(0, 10)) console.log(`  missing ${r}`);
  await mapLimited(missing, 16, async (rel) => gather(0, pageFacts(rel, await fs.readFile(path.join(before, rel), 'utf8'))));
  await mapLimited(added, 16, async (rel) => gather(1, pageFacts(rel, await fs.readFile(path.join(after, rel), 'utf8'))));
  console.log(`link sets differ on ${linkDiff} pages; titles on ${titleDiff}; words on ${textDiff}, of which ${wordLoss} lost a word not in --removed`);
  const siteLinksLost = [...site[0].links].filter((l) => !site[1].links.has(l)).sort();
  const siteWordsLost = [...site[0].words].filter((w) => !site[1].words.has(w)).sort();
  console.log(`site-wide: ${siteLinksLost.length} link targets no page links any more${siteLinksLost.length ? ` (${siteLinksLost.slice(0, 10).join(' ')})` : ''}; ${siteWordsLost.length} words on no page any more${siteWordsLost.length ? ` (${siteWordsLost.slice(0, 20).join(' ')})` : ''}`);
  console.log(`words lost, all pages: ${top(lostTotal, 40) || 'none'}`);
  console.log(`words gained, all pages: ${top(gainedTotal, 40) || 'none'}`);
  for (const e of examples) console.log(`  ${e}`);
  if (missing.length || linkDiff || titleDiff || wordLoss) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
