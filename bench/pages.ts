/**
 * `npm run bench:pages -- SITE [--runs N] [--largest]`: issue 21's measurement of a built site (e.g. the BBC corpus
 * built by `npm run bench`, or `chronicle build --input ../shared/corpus/bbc --out /tmp/bbc`). Lighthouse, default
 * mobile settings, the median of N runs (default 3) on the home page, the timeline, its largest period page, every
 * type index page and the largest page of each, the largest entity and event pages (by HTML size, and the most
 * mentioned entity and the event with the most sources) and their largest sub-pages; a table of performance (each
 * run), accessibility, best practices, SEO, DOM elements and HTML size. `--largest` only reports the largest HTML page of the site (the
 * Reuters check: no page over 150 KB).
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { urls } from '../src/util/urls.ts';
import { ENTITY_TYPES } from '../src/types.ts';
import type { GraphJson } from '../src/graph/graph-json.ts';
import { Auditor } from '../tests/helpers/lighthouse.ts';
import { listFiles } from '../tests/helpers/site.ts';
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
if (values.largest) process.exit(0);

const graph = JSON.parse(await fs.readFile(path.join(root, 'graph.json'), 'utf8')) as GraphJson;
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
console.log('| page | file | performance (runs) | accessibility | best practices | SEO | DOM elements | HTML |');
console.log('|---|---|---|---|---|---|---|---|');
const auditor = await Auditor.start(root);
try {
  for (const [label, file] of pages) {
    if (!file || !sizes.has(file)) {
      console.log(`| ${label} | none | | | | | | |`);
      continue;
    }
    const a = await auditor.audit(file, runs);
    const s = a.scores;
    console.log(`| ${label} | \`${file}\` | **${s.performance}** (${a.performance.join(', ')}) | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${a.elements} | ${kb(sizes.get(file)!)} |`);
  }
} finally {
  await auditor.close();
}
console.log(`load average after: ${load()}`);
