/**
 * The dates of built event pages whose first quote names a time of its own (issue 19's date misreads; session 47,
 * evt110). tests/gold/page-dates.json labels each drawn page's date right or wrong, with the date a reader gives its
 * happening (ids, dates and labels only; no sentence). Commands (GRAPHs are `chronicle extract --json` outputs of
 * train text: Reuters-21578 stories 0-899 past the first 3,000 with every labelled, drawn or fresh-slice story removed):
 *
 * - `draw SEED N SET=GRAPH …`: N unlabelled pages drawn by a seeded hash of their key (set|article|first 12 hex digits
 *   of the sha256 of the first quote) among those whose first quote, past its dateline, names a time (`timed`: a
 *   weekday, "yesterday", "last week", a month, a year …), each with its headline, report day, title, date and quote;
 * - `score SET=GRAPH …`: of the labelled pages met again in these builds, how many carry the judged date (`should`;
 *   null for a page honestly undated), by draw (s47d tuned on, s48d held out in session 48; both tuned on and s49d
 *   held out in session 49), with the labelled mechanisms of the wrong ones still wrong.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphJsonV1 } from '../src/graph/graph-json.ts';
import { datelineLength } from '../src/extract/dateline.ts';
import { graphsOf } from './event-participants.ts';
import { TIME_WORDS } from './lede-dates.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests/gold/page-dates.json');

/** One judged page: its key, whether its date was right when judged, the date a reader gives it, and why it was wrong. */
/** `draw`: the seeded draw the page came from (s47d: the pages session 47's rules were tuned on; s48d: session 48's held-out check; s49d: session 49's). */
/**
 * `title` (s52d on): the page's title as judged — right, cut (ends before its phrase or clause does) or wrong (misread,
 * vague, another happening's) — and `titleAs`, the first 12 hex digits of the sha256 of that title, so a later build
 * tells a title still as judged from one changed since (to read again).
 */
export interface PageDateLabel { set: string; article: string; sentence: string; right: boolean; should: string | null; mechanism?: string; title?: TitleLabel; titleAs?: string; draw: string }
export type TitleLabel = 'right' | 'cut' | 'wrong';

type Event = GraphJsonV1['events'][number];
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
export const pageKey = (set: string, ev: Event): string => `${set}|${ev.sources[0]?.article}|${sha(ev.sources[0]?.quote ?? '').slice(0, 12)}`;

/** The quote names a time past its dateline: a month written with its capital (not the modal "may"), a weekday, a relative one, a year. */
export function timed(quote: string): boolean {
  const body = quote.slice(datelineLength(quote));
  return [...body.matchAll(TIME_WORDS)].some((m) => !/^(?:may|march)\b/.test(m[0]));
}

export function readLabels(): PageDateLabel[] {
  return (JSON.parse(readFileSync(GOLD, 'utf8')) as { items: PageDateLabel[] }).items;
}

function drawPages(seed: string, n: number, args: string[]): void {
  const labelled = new Set(readLabels().map((l) => `${l.set}|${l.article}|${l.sentence}`));
  const rows = graphsOf(args).flatMap(([set, g]) => g.events.map((ev) => ({ g, ev, key: pageKey(set, ev) })))
    .filter(({ ev, key }) => ev.sources[0] && !labelled.has(key) && timed(ev.sources[0].quote));
  const drawn = rows.sort((a, b) => (sha(`${seed}\t${a.key}`) < sha(`${seed}\t${b.key}`) ? -1 : 1)).slice(0, n);
  console.log(`${rows.length} timed pages; ${drawn.length} drawn (seed ${seed})`);
  for (const [i, { g, ev, key }] of drawn.entries()) {
    const first = ev.sources[0]!;
    const article = g.articles.find((a) => a.id === first.article);
    const lede = ev.sources.length > 1 ? ` (+${ev.sources.length - 1} sources)` : '';
    console.log(`\n#${i + 1} ${key}\n  headline: ${article?.title} | report ${article?.date ?? 'undated'}\n  page: ${ev.title} — ${ev.date ?? 'undated'}${lede}\n  ${first.quote}`);
  }
}

function score(args: string[]): void {
  const labels = new Map(readLabels().map((l) => [`${l.set}|${l.article}|${l.sentence}`, l]));
  const byDraw = new Map<string, { met: number; right: number }>();
  const wrongBy = new Map<string, number>();
  for (const [set, g] of graphsOf(args)) {
    for (const ev of g.events) {
      const label = labels.get(pageKey(set, ev));
      if (!label) continue;
      const tally = byDraw.get(label.draw) ?? { met: 0, right: 0 };
      byDraw.set(label.draw, tally);
      tally.met++;
      if ((ev.date ?? null) === label.should) tally.right++;
      else {
        const why = label.mechanism ?? 'judged right, now moved';
        wrongBy.set(why, (wrongBy.get(why) ?? 0) + 1);
        if (process.env.EVAL_SHOW) console.log(`wrong ${label.draw} ${pageKey(set, ev)} ${ev.date ?? 'undated'} (should ${label.should ?? 'undated'}): ${why}`);
      }
    }
  }
  const tallies = [...byDraw.values()];
  console.log(`labelled pages met ${tallies.reduce((n, t) => n + t.met, 0)} of ${labels.size}; dated as judged ${tallies.reduce((n, t) => n + t.right, 0)}/${tallies.reduce((n, t) => n + t.met, 0)}`);
  for (const [draw, t] of [...byDraw].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  draw ${draw}: ${t.right}/${t.met}`);
  for (const [why, k] of [...wrongBy].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${k}  ${why}`);
  scoreTitles(args, labels);
}

/**
 * The titles of the labelled pages met again: how many carry the title as judged, by its label, and how many changed
 * since judged (each to read again: `EVAL_SHOW=1` lists them).
 */
function scoreTitles(args: string[], labels: ReadonlyMap<string, PageDateLabel>): void {
  const asJudged = new Map<string, number>();
  let changed = 0;
  for (const [set, g] of graphsOf(args)) {
    for (const ev of g.events) {
      const label = labels.get(pageKey(set, ev));
      if (!label?.title) continue;
      if (sha(ev.title).slice(0, 12) === label.titleAs) asJudged.set(label.title, (asJudged.get(label.title) ?? 0) + 1);
      else {
        changed++;
        if (process.env.EVAL_SHOW) console.log(`title changed since judged (${label.title}) ${pageKey(set, ev)}: ${ev.title}`);
      }
    }
  }
  const met = [...asJudged.values()].reduce((n, k) => n + k, 0) + changed;
  if (met === 0) return;
  const tally = (['right', 'cut', 'wrong'] as const).map((t) => `${t} ${asJudged.get(t) ?? 0}`).join(', ');
  console.log(`titles labelled and met ${met}: as judged ${tally}; changed since judged ${changed}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'draw') drawPages(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (cmd === 'score') score(rest);
  else console.error('usage: page-dates.ts draw SEED N SET=GRAPH … | score SET=GRAPH …');
}
