/**
 * `npm run bench:pages -- SITE [--runs N] [--largest]`: issue 21's measurement of a built site (e.g. the BBC corpus
 * built by `npm run bench`, or `chronicle build --input ../shared/corpus/bbc --out /tmp/bbc`). Lighthouse, default
 * mobile settings, the median of N runs (default 3) on the home page, the timeline, its largest period page, every
 * type index page and the largest page of each, the largest entity and event pages (by HTML size, and the most
 * mentioned entity and the event with the most sources) and their largest sub-pages; a table of performance (each
 * run), accessibility, best practices, SEO, DOM elements, the bytes the page loaded (Lighthouse's total byte weight)
 * and HTML size, and for a page below 95 the audits that cost it points. Before that, for every page of the site:
 * the largest HTML page, how many are over 150 KB, and the heaviest pages with what they load and the pages with
 * the most elements (issue 21's budgets: 150 KB, 1,500 elements). `--largest` stops there (the Reuters check).
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { urls } from '../src/util/urls.ts';
import { ENTITY_TYPES } from '../src/types.ts';
import { asGraphJsonV2, type GraphJson } from '../src/graph/graph-json.ts';
import { Auditor } from '../tests/helpers/lighthouse.ts';
import { BuiltSite, listFiles, pageWeigher } from '../tests/helpers/site.ts';
import { load } from './measure.ts';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string' }, largest: { type: 'boolean' } }, allowPositionals: true });
const root = path.resolve(positionals[0] ?? 'dist');
const runs = Number(values.runs ?? 3);

const html = (await listFiles(root)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
const sizes = new Map(await Promise.all(html.map(async (f) => [f, (await fs.stat(path.join(root, f))).size] as const)));
/** The largest page whose path matches. */
const largest = (re: RegExp) => html.filter((f) => re.test(f)).sort((a, b) => sizes.get(b)! - sizes.get(a)! || (a < b ? -1 : 1))[0];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const top = largest(/./)!;
console.log(`${html.length} HTML pages; the largest: ${top}, ${kb(sizes.get(top)!)}; over 150 KB: ${html.filter((f) => sizes.get(f)! > 150 * 1024).length}`);
await budgets();

/**
 * Issue 21's budgets: start tags are counted on every page; the 200 largest HTML pages (what a page loads besides
 * its HTML is the same few files on every page, the largest preview-card file at most) and the 50 with the most start
 * tags are parsed: bytes with what they load, and elements as the DOM has them.
 */
async function budgets(): Promise<void> {
  const tags = new Map<string, number>();
  for (const f of html) tags.set(f, ((await fs.readFile(path.join(root, f), 'utf8')).match(/<[a-zA-Z]/g) ?? []).length);
  const built = new BuiltSite(root);
  const weigh = await pageWeigher(built);
  const candidates = new Set([
    ...[...html].sort((a, b) => sizes.get(b)! - sizes.get(a)!).slice(0, 200),
    ...[...html].sort((a, b) => tags.get(b)! - tags.get(a)!).slice(0, 50),
  ]);
  const measured = await Promise.all([...candidates].map(async (f) => ({ f, bytes: await weigh(f), elements: (await built.parse(f)).querySelectorAll('*').length })));
  const heaviest = [...measured].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  const crowded = [...measured].sort((a, b) => b.elements - a.elements).slice(0, 3);
  const show = (xs: typeof measured) => xs.map((x) => `${x.f} ${kb(x.bytes)}, ${x.elements} elements`).join('; ');
  console.log(`heaviest with what they load: ${show(heaviest)}`);
  console.log(`most elements: ${show(crowded)}`);
  console.log(`over 150 KB with what it loads: ${measured.filter((x) => x.bytes > 150 * 1024).length}; over 1,500 elements: ${measured.filter((x) => x.elements > 1500).length} (of ${measured.length} parsed; start tags, every page: at most ${Math.max(...tags.values())})`);
}
if (values.largest) process.exit(0);

const graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(root, 'graph.json'), 'utf8')) as GraphJson);
const mostMentioned = [...graph.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]?.url;
const mostSourced = [...graph.events].sort((a, b) => b.sources.length - a.sources.length)[0]?.url;
const pages: [string, string | undefined][] = [
  ['home', urls.home],
  ['timeline', urls.timeline],
  ['largest timeline period page', largest(/^timeline\//)],
  ...ENTITY_TYPES.map((t) => [`type index: ${urls.entityIndex(t)}`, urls.entityIndex(t)] as [string, string]),
  ...ENTITY_TYPES.map((t) => [`largest initial page of ${urls.entityIndex(t)}`, largest(new RegExp(`^${urls.entityIndex(t).replace(/\.html$/, '')}/`))] as [string, string | undefined]),
  ['largest entity page', largest(/^entities\/[^/]+\.html$/)],
  ['most mentioned entity', mostMentioned],
  ['largest entity sub-page', largest(/^entities\/[^/]+\/[^/]+\.html$/)],
  ['largest event page', largest(/^events\/[^/]+\.html$/)],
  ['event with the most sources', mostSourced],
  ['largest event sub-page', largest(/^events\/[^/]+\/[^/]+\.html$/)],
];
console.log(`Lighthouse ${runs} runs per page (median by performance), mobile defaults; load average ${load()}`);
console.log('| page | file | performance (runs) | accessibility | best practices | SEO | DOM elements | loaded | HTML |');
console.log('|---|---|---|---|---|---|---|---|---|');
const auditor = await Auditor.start(root);
try {
  for (const [label, file] of pages) {
    if (!file || !sizes.has(file)) {
      console.log(`| ${label} | none | | | | | | | |`);
      continue;
    }
    const a = await auditor.audit(file, runs);
    const s = a.scores;
    console.log(`| ${label} | \`${file}\` | **${s.performance}** (${a.performance.join(', ')}) | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${a.elements} | ${kb(a.weight)} | ${kb(sizes.get(file)!)} |`);
    if (Math.min(...Object.values(s)) < 95) console.log(`|  | below 95 (load ${load()}): ${a.lost.join('; ')} | | | | | | | |`);
  }
} finally {
  await auditor.close();
}
console.log(`load average after: ${load()}`);
