/**
 * `node --import tsx bench/quote-lengths.ts SITE`: how many characters and bytes a built site's entity and event
 * pages (sub-pages included) spend on quoted sentences, by kind of quote, with the distribution of their lengths
 * (issue 17: "link to sentences instead of repeating them beyond a short quote"). Kinds: an entity's mentions
 * (Sources: each quote is a link to its sentence), an entity's Quotes (its statements), an event's Sources.
 * Lengths are of the text a reader sees (entities decoded), bytes of the markup as written.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';

/** A kind of quote: the folder of its pages, which pages, and the pattern of its text in the compacted HTML. */
const KINDS: readonly { name: string; folder: string; page: RegExp; quote: RegExp }[] = [
  // A mention's quote is the link's text, in the Sources section or on a mentions sub-page.
  { name: 'entity mentions', folder: 'entities', page: /(?:^[^/]+\.html|\/mentions(?:-p\d+)?\.html)$/, quote: /<li><a href=[^>]*>([^<]*)<\/a>(?=<li|<\/ul>)/g },
  { name: 'entity quotes', folder: 'entities', page: /(?:^[^/]+\.html|\/quotes(?:-p\d+)?\.html)$/, quote: /<blockquote>([^<]*)<\/blockquote>/g },
  { name: 'event sources', folder: 'events', page: /(?:^[^/]+\.html|\/sources(?:-p\d+)?\.html)$/, quote: /<blockquote>([^<]*)<\/blockquote>/g },
];
const BUCKETS = [70, 100, 140, 200, 300, Infinity];

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

async function files(dir: string, under = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await fs.readdir(path.join(dir, under), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await files(dir, rel)));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function main(): Promise<void> {
  const site = process.argv[2];
  if (!site) throw new Error('usage: quote-lengths.ts SITE');
  for (const kind of KINDS) {
    const lengths: number[] = [];
    let bytes = 0;
    for (const rel of (await files(path.join(site, kind.folder))).filter((f) => kind.page.test(f))) {
      const html = await fs.readFile(path.join(site, kind.folder, rel), 'utf8');
      for (const m of html.matchAll(kind.quote)) {
        lengths.push([...decode(m[1]!)].length);
        bytes += Buffer.byteLength(m[1]!);
      }
    }
    lengths.sort((a, b) => a - b);
    const counts = BUCKETS.map((top, i) => lengths.filter((n) => n <= top && n > (BUCKETS[i - 1] ?? 0)).length);
    const buckets = BUCKETS.map((top, i) => `${i === 0 ? '≤' : `${(BUCKETS[i - 1] ?? 0) + 1}–`}${top === Infinity ? '' : top}: ${counts[i]}`).join(', ');
    console.log(`${kind.name}: ${lengths.length} quotes, ${(bytes / 2 ** 20).toFixed(2)} MB of text; length median ${percentile(lengths, 50)}, p90 ${percentile(lengths, 90)}, max ${lengths.at(-1) ?? 0}`);
    console.log(`  ${buckets.replace('301–', '>300')}`);
  }
}

await main();
