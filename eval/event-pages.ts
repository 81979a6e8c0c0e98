/**
 * Judged event pages (tests/gold/event-pages.json): the share of good pages — a real happening, a title a reader
 * understands, the right date (or honestly undated), the right participants — on samples of event pages from builds
 * of the first 800 Reuters-21578 stories (reut2-000, dev) and the first 400 BBC articles, with a 95% Wilson interval.
 *
 * The same articles are built again with the current code (read from ../shared/corpus at run time), and each judged
 * page is found by its first source (article id, hash of the sentence). A judgement holds only for the page it
 * judged: a page whose title, date or participants changed since is counted as "changed, to judge again", and a page
 * no longer built is counted apart (its sentence may have left the events on purpose: a quote, a forecast).
 *
 *   node --import tsx eval/event-pages.ts      (also run at the end of eval/events.ts)
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBbc, prepareReuters } from '../bench/corpora.ts';
import { buildGraph } from '../src/pipeline.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
interface Judged { set: string; article: string; sentence: string; page: string; happening: boolean; title: boolean; date: boolean; participants: boolean; good: boolean }
const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/event-pages.json'), 'utf8')) as { items: Judged[] };
const SAMPLES: [string, (dest: string, limit: number) => Promise<number>, number][] = [['reuters', prepareReuters, 800], ['bbc', prepareBbc, 400]];
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Wilson score interval for k successes of n, 95%. */
function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export async function reportEventPages(): Promise<void> {
  for (const [set, prepare, limit] of SAMPLES) {
    const items = gold.items.filter((j) => j.set === set);
    if (items.length === 0) continue;
    const dir = mkdtempSync(path.join(os.tmpdir(), `chronicle-eval-pages-${set}-`));
    try {
      await prepare(dir, limit);
      const graph = await buildGraph({ input: dir });
      const pageOf = new Map<string, string>();
      for (const ev of graph.events) {
        const first = ev.sources[0]!;
        pageOf.set(`${first.article}|${sha(first.quote).slice(0, 12)}`, sha(JSON.stringify([ev.title, ev.date, [...new Set(ev.participants.map((p) => p.entity))].sort()])).slice(0, 12));
      }
      const same = items.filter((j) => pageOf.get(`${j.article}|${j.sentence}`) === j.page);
      const gone = items.filter((j) => !pageOf.has(`${j.article}|${j.sentence}`));
      const good = same.filter((j) => j.good).length;
      const [lo, hi] = wilson(good, same.length);
      const share = (f: keyof Judged) => `${f} ${same.filter((j) => j[f]).length}`;
      console.log(`judged event pages, ${set} (${limit} articles): good ${good}/${same.length} = ${same.length ? (good / same.length).toFixed(2) : 'n/a'} (95% ${lo.toFixed(2)}–${hi.toFixed(2)}); ${['happening', 'title', 'date', 'participants'].map((f) => share(f as keyof Judged)).join(', ')}; ${items.length - same.length - gone.length} changed since judged (to judge again), ${gone.length} no longer a page`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await reportEventPages();
