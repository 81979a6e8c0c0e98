/**
 * How often two articles' reports that Chronicle joins into one event tell one happening (issue 19, item 2): the
 * precision of joining across articles, on judged pairs of Reuters-21578 stories (`tests/gold/joins-reuters.json`,
 * development: reut2-001, its first 1,000 stories, read at run time from ../shared/corpus).
 *
 * Every pair of articles that one event cites is looked up; a pair not judged yet is reported as unjudged and never
 * counted as right. `EVAL_JOINS_SHOW=1` prints the unjudged pairs with their headlines and sentences for judging.
 *
 *   node --import tsx eval/joins.ts
 *
 * The same count on a built graph.json and another judged file (train builds, session 50: tests/gold/
 * same-happening-train-s50.json): `GRAPH GOLD` counts the judged pairs the build joins and how many judged pairs it
 * no longer joins; `GRAPH GOLD SEED N` prints N unjudged pairs drawn in a fixed random order (sha1 of SEED and the pair)
 * with both headlines and sentences, for judging blind. There, events below the page bar (`plainEvents`) count too.
 *
 *   node --import tsx eval/joins.ts GRAPH GOLD [SEED N]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, parseReutersSgml, storyFileName, storyFileText } from '../bench/corpora.ts';
import { asGraphJsonV1, type GraphJson, type GraphJsonV1, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { draw } from './holdout.ts';
import { buildGraph } from '../src/pipeline.ts';
import type { Graph } from '../src/types.ts';
import { wilson } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-joins');
const FILE = 'reut2-001.sgm';
const STORIES = 1000;

interface JudgedPair { a: string; b: string; same: boolean }
const [graphFile, goldFile, seed, n] = process.argv.slice(2);
const gold = JSON.parse(readFileSync(goldFile ?? path.join(ROOT, 'tests/gold/joins-reuters.json'), 'utf8')) as { items: JudgedPair[] };
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const judged = new Map(gold.items.map((p) => [pairKey(p.a, p.b), p.same]));

/** The stories as article files named by their NEWID (the ids the judgments use), written once. */
function preparedInput(): string {
  const input = path.join(WORK, 'input');
  const done = path.join(WORK, `input-${STORIES}.done`);
  if (existsSync(done)) return input;
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(input, { recursive: true });
  const stories = parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', FILE)).toString('latin1')).slice(0, STORIES);
  for (const s of stories) writeFileSync(path.join(input, storyFileName(s)), storyFileText(s));
  mkdirSync(done);
  return input;
}

interface Joined { id: string; title: string; sources: readonly { article: string; quote: string }[] }

/** Each pair of articles an event cites, with the event. */
function joinedPairs(graph: { events: readonly Joined[] }): { key: string; event: Joined }[] {
  const out: { key: string; event: Joined }[] = [];
  for (const event of graph.events) {
    const articles = [...new Set(event.sources.map((s) => s.article))].sort();
    for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) out.push({ key: pairKey(articles[i]!, articles[j]!), event });
  }
  return out;
}

if (graphFile) countBuilt(asGraphJsonV1(JSON.parse(readFileSync(graphFile, 'utf8')) as GraphJson | GraphJsonV2 | GraphJsonV1));
else countDev(await buildGraph({ input: preparedInput(), cacheDir: path.join(WORK, 'cache') }));

/** The judged pairs a built graph.json joins, those it no longer joins, and (with SEED N) unjudged pairs to judge. */
function countBuilt(graph: GraphJsonV1): void {
  // Events with a page and those below the page bar (plainEvents): both are clusters resolve joined.
  const pairs = joinedPairs({ events: [...graph.events, ...(graph.plainEvents ?? []).map((e) => ({ ...e, title: `${e.title} (no page)` }))] });
  const joined = new Set(pairs.map((p) => p.key));
  const built = new Set(graph.articles.map((a) => a.id));
  const here = [...judged].filter(([k]) => k.split('|').every((id) => built.has(id)));
  const count = (same: boolean, kept: boolean) => here.filter(([k, l]) => l === same && joined.has(k) === kept).length;
  console.log(`${graphFile}: ${pairs.length} joined pairs in ${new Set(pairs.map((p) => p.event.id)).size} events; judged pairs still joined: one happening ${count(true, true)}, two ${count(false, true)}; no longer joined: one happening ${count(true, false)}, two ${count(false, false)}; ${pairs.filter((p) => !judged.has(p.key)).length} unjudged`);
  if (seed === undefined) return;
  const titles = new Map(graph.articles.map((a) => [a.id, `${a.date ?? 'undated'} ${a.title}`]));
  for (const p of draw(pairs.filter((x) => !judged.has(x.key)), (x) => x.key, seed, Number(n))) showPair(p, titles);
}

function showPair(p: { key: string; event: Joined }, titles: ReadonlyMap<string, string>): void {
  const [a, b] = p.key.split('|') as [string, string];
  console.log(`\n{"a": "${a}", "b": "${b}", "same": ?}  event: ${p.event.title}`);
  for (const id of [a, b]) for (const s of p.event.sources.filter((x) => x.article === id)) console.log(`  ${id}: ${titles.get(id)} | ${s.quote.slice(0, 240)}`);
}

/** The development count: reut2-001's first 1,000 stories built here, looked up in tests/gold/joins-reuters.json. */
function countDev(graph: Graph): void {
  const pairs = joinedPairs(graph);
  const labels = pairs.map((p) => judged.get(p.key));
  const right = labels.filter((l) => l === true).length;
  const wrong = labels.filter((l) => l === false).length;
  const [lo, hi] = wilson(right, right + wrong);
  const events = new Set(pairs.map((p) => p.event.id)).size;
  console.log(
    `joins across articles, Reuters ${FILE} (${STORIES} stories, dev): ${pairs.length} pairs in ${events} events; one happening ${right}/${right + wrong} = ` +
      `${right + wrong ? (right / (right + wrong)).toFixed(2) : 'n/a'} (95% ${lo.toFixed(2)}–${hi.toFixed(2)}); ${pairs.length - right - wrong} unjudged`,
  );
  if (!process.env.EVAL_JOINS_SHOW) return;
  const titles = new Map(graph.articles.map((a) => [a.id, a.title]));
  for (const [i, p] of pairs.entries()) if (labels[i] === undefined) showPair(p, titles);
}
