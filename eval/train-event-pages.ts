/**
 * `node --import tsx eval/train-event-pages.ts …` (issue 19, session 50, evt118): whole event pages of Reuters TRAIN
 * keys, judged as the dev pages are (tests/gold/event-pages.json items of set `reuters-train`, `split: "train"`), so
 * that the readers of figures, states and moods are chosen on train pages and only checked on dev.
 *
 * Build: Reuters-21578 stories 0–899 of reut2-017 (NEWID 17001–17900; never a dev or test build, past the first 3,000),
 * leaving out every story of the lead's unseen draws and of the fresh entity slices, built with the current code into
 * .cache/train-event-pages/reut2-017. Keys are the event gate's (eval/event-pages.ts `pagesOf`); a page is drawn only
 * when its key falls in the TRAIN half of eval/pages.ts's order (`event|KEY`). The draw is seeded (sha1(seed + key)).
 *
 *   pick N SEED   print the first N not yet judged train pages of the seeded draw, to judge blind by their sentence
 *   score         each judged train page: still built as judged, changed since judged, or no longer a page; with the
 *                 readers' numbers at its first mention (assertion, state, lede kind) for the ones judged not good
 *   pages FILE    write every built page of the build (key, page hash, title) to FILE, to compare two builds
 *
 * `TRAIN_PAGES_FILE=reut2-011` (session 51, evt124) builds and judges stories 0–899 of another Reuters train file
 * instead (reut2-003 … reut2-021, never a dev, test or HOLD file of the session); its judged pages join the same set,
 * and `score` reads those of the chosen file's stories only.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { draw, freshStories, prepReutersStories, unseenDrawStories } from './holdout.ts';
import { gold, pagesOf, trainKeyPages, type Judged, type PageWithMention } from './event-pages.ts';
import { buildGraph } from '../src/pipeline.ts';
import type { Graph } from '../src/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE = process.env.TRAIN_PAGES_FILE ?? 'reut2-017';
const WORK = path.join(ROOT, '.cache', 'train-event-pages', FILE);
/** The judged set of these pages in tests/gold/event-pages.json. */
export const TRAIN_SET = 'reuters-train';
/** The stories built: stories 0–899 of the file (reut2-017: NEWID 17001–17900). */
const STORIES = storiesOf(FILE);

function storiesOf(file: string): { from: number; to: number } {
  const n = Number(/^reut2-0(\d\d)$/.exec(file)?.[1] ?? NaN);
  if (!(n >= 3 && n <= 21)) throw new Error(`TRAIN_PAGES_FILE: a Reuters train file reut2-003 … reut2-021, not ${file}`);
  return { from: n * 1000 + 1, to: n * 1000 + 900 };
}

type Page = PageWithMention;

/** The stories of the build: the range, less every unseen-draw and fresh-slice story. */
function wantedStories(): Set<number> {
  const skip = new Set([...unseenDrawStories(), ...freshStories()]);
  const out = new Set<number>();
  for (let id = STORIES.from; id <= STORIES.to; id++) if (!skip.has(id)) out.add(id);
  return out;
}

async function build(): Promise<Graph> {
  const input = path.join(WORK, 'input');
  if (!existsSync(input)) {
    mkdirSync(WORK, { recursive: true });
    await prepReutersStories(wantedStories(), input);
  }
  return buildGraph({ input, cacheDir: path.join(WORK, 'cache'), workers: Number(process.env.WORKERS ?? 2) });
}

const inBuild = (j: Judged): boolean => Number(j.article) >= STORIES.from && Number(j.article) <= STORIES.to;
const judgedTrain = (): Judged[] => gold.items.filter((j) => j.set === TRAIN_SET && inBuild(j));

function show(graph: Graph, p: Page, i: number): void {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  const article = graph.articles.find((a) => a.id === p.event.sources[0]!.article);
  const [id, sentence] = p.key.split('|');
  console.log(`\n#${i} {"set": "${TRAIN_SET}", "split": "train", "article": "${id}", "sentence": "${sentence}", "page": "${p.page}"}`);
  console.log(`  [${article?.date ?? 'undated'}] ${article?.title ?? '?'}`);
  console.log(`  ${p.event.date ?? 'undated'} — ${p.event.title}`);
  console.log(`  participants: ${p.event.participants.map((x) => `${names.get(x.entity) ?? x.entity} (${x.role})`).join('; ')}`);
  for (const s of p.event.sources.slice(0, 2)) console.log(`  > ${s.quote}`);
}

/** The readers' numbers at a page's first mention: what could have kept it off a page. */
function why(p: Page): string {
  const r = p.mention?.reading ?? {};
  const pick = (k: string) => (r[k] ?? 0).toFixed(2);
  const kinds = Object.keys(r).filter((k) => k.startsWith('news.')).map((k) => `${k} ${pick(k)}`).join(' ');
  return `${p.mention?.lede ? 'lede' : 'body'} trigger "${p.mention?.trigger ?? '?'}" a/f/u ${pick('assertion.asserted')}/${pick('assertion.future')}/${pick('assertion.unasserted')} state ${pick('state.odds')} present ${pick('state.present-odds')} ${kinds} confidence ${p.event.confidence?.toFixed(2) ?? '-'}`;
}

function score(pages: Page[]): void {
  const built = new Map(pages.map((p) => [p.key, p]));
  const rows = judgedTrain().map((j) => ({ j, p: built.get(`${j.article}|${j.sentence}`) }));
  const state = (r: (typeof rows)[number]) => (!r.p ? 'gone' : r.p.page === r.j.page ? 'same' : 'changed');
  for (const s of ['same', 'changed', 'gone']) {
    const of = rows.filter((r) => state(r) === s);
    console.log(`${s}: ${of.length} (good ${of.filter((r) => r.j.good).length}, not good ${of.filter((r) => !r.j.good).length})`);
  }
  const causes = new Map<string, number>();
  for (const { j } of rows.filter((r) => !r.j.good)) for (const c of j.causes ?? ['none given']) causes.set(c, (causes.get(c) ?? 0) + 1);
  console.log(`causes of the not-good: ${[...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const r of rows) if (state(r) !== 'same' || (!r.j.good && process.env.TRAIN_PAGES_WHY)) console.log(`  ${state(r)} ${r.j.good ? 'good' : `not good (${(r.j.causes ?? []).join(', ')})`} ${r.j.article}|${r.j.sentence}${r.p ? `: ${why(r.p)}` : ''}`);
}

async function main(): Promise<void> {
  const [command, a, b] = process.argv.slice(2);
  const graph = await build();
  const pages = trainKeyPages(graph);
  if (command === 'pick') {
    const done = new Set(judgedTrain().map((j) => `${j.article}|${j.sentence}`));
    const todo = draw(pages.filter((p) => !done.has(p.key)), (p) => p.key, b!, Number(a));
    console.log(`${pages.length} train-key event pages; ${done.size} judged`);
    todo.forEach((p, i) => show(graph, p, i + 1));
  } else if (command === 'score') score(pages);
  else if (command === 'pages') writeFileSync(a!, pagesOf(graph).filter((p) => p.event.noPage === undefined).map((p) => `${p.key}\t${p.page}\t${p.event.title}`).sort().join('\n') + '\n');
  else throw new Error('usage: train-event-pages.ts pick N SEED | score | pages FILE');
}

await main();
