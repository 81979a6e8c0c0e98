/**
 * How often two articles' reports that Chronicle joins into one event tell one happening (issue 19, item 2): the
 * precision of joining across articles, on judged pairs of Reuters-21578 stories (`tests/gold/joins-reuters.json`,
 * development: reut2-001, its first 1,000 stories, read at run time from ../shared/corpus).
 *
 * Every pair of articles that one event cites is looked up; a pair not judged yet is reported as unjudged and never
 * counted as right. `EVAL_JOINS_SHOW=1` prints the unjudged pairs with their headlines and sentences for judging.
 *
 *   node --import tsx eval/joins.ts
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, parseReutersSgml, storyFileName, storyFileText } from '../bench/corpora.ts';
import { buildGraph } from '../src/pipeline.ts';
import type { Graph } from '../src/types.ts';
import { wilson } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-joins');
const FILE = 'reut2-001.sgm';
const STORIES = 1000;

interface JudgedPair { a: string; b: string; same: boolean }
const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/joins-reuters.json'), 'utf8')) as { items: JudgedPair[] };
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

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

/** Each pair of articles an event cites, with the event. */
function joinedPairs(graph: Graph): { key: string; event: Graph['events'][number] }[] {
  const out: { key: string; event: Graph['events'][number] }[] = [];
  for (const event of graph.events) {
    const articles = [...new Set(event.sources.map((s) => s.article))].sort();
    for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) out.push({ key: pairKey(articles[i]!, articles[j]!), event });
  }
  return out;
}

const graph = await buildGraph({ input: preparedInput(), cacheDir: path.join(WORK, 'cache') });
const judged = new Map(gold.items.map((p) => [pairKey(p.a, p.b), p.same]));
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
if (process.env.EVAL_JOINS_SHOW) {
  const titles = new Map(graph.articles.map((a) => [a.id, a.title]));
  for (const [i, p] of pairs.entries()) {
    if (labels[i] !== undefined) continue;
    const [a, b] = p.key.split('|') as [string, string];
    console.log(`\n{"a": "${a}", "b": "${b}", "same": ?}  event: ${p.event.title}`);
    for (const id of [a, b]) console.log(`  ${id}: ${titles.get(id)} | ${p.event.sources.find((s) => s.article === id)?.quote.slice(0, 200)}`);
  }
}
