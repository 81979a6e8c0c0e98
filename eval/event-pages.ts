/**
 * Judged event pages (tests/gold/event-pages.json): the share of good pages — a real happening, a title a reader
 * understands, the right date (or honestly undated), the right participants — on samples of event pages from builds
 * of the first 800 Reuters-21578 stories (reut2-000), the 510 BBC business articles (business/; the first 400 until
 * session 11: a build of 400 held only ~46 dev pages), since session 27, the 417 BBC politics articles (politics/,
 * built on their own: a set the event rules were never tuned on) and, since session 28, the 511 BBC sport articles
 * (sport/, built on their own: another kind of news, match results, transfers, injuries, appointments, never tuned on
 * either), with a 95% Wilson interval.
 *
 * Each page is keyed by its first source: the article id and a hash of the sentence. As for entity pages
 * (eval/pages.ts), the key's hash fixes its place in a random order and its split, dev or test, for good; a sample is
 * the first N keys of a split among the event pages the current code builds (dev: Reuters 180, BBC business 60, BBC
 * politics 120, BBC sport 60 — session 27 widened Reuters from 60, whose first keys had been read through many sessions
 * of tuning, to 120, session 28 to 180, and BBC politics to 120, all its ~56 dev pages; test: 30 each;
 * EVAL_EVENT_PAGES_DEV / _TEST set one size for all). A dev sample is also reported per band of 60 ranks, with the causes of its not-good
 * pages in counts: the first keys were read while tuning, later ones judged blind. The dev samples are read to find
 * what goes wrong; the test samples are judged once, at the end of a piece of work, and only reported. Event pages have no
 * train split: no model learns from their judgments, so the entity pages' train half of the dev keys (`TRAIN_FROM`)
 * stays dev here (taking it out had shrunk BBC's dev sample, 108 pages a build, from 49 to 14).
 *
 * The same articles are built again with the current code (read from ../shared/corpus at run time). A judgement
 * holds only for the page it judged: a sampled page whose title, date or participants changed since is "to judge
 * again", and an unjudged one is "unjudged"; neither is counted good. EVAL_EVENT_PAGES_SHOW=dev (or test) prints the
 * sampled pages that need a judgement, with the keys to record. EVAL_EVENT_PAGES_UNJUDGED=test (or dev) prints, per
 * set, only how many sampled pages of that split need a judgement: no figure, no page (so a judge can be briefed
 * without a test look). EVAL_EVENT_PAGES_SETS=reuters,bbc-sport builds only the sets named.
 *
 *   node --import tsx eval/event-pages.ts      (also run at the end of eval/events.ts)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBbc, prepareReuters } from '../bench/corpora.ts';
import { buildGraph } from '../src/pipeline.ts';
import type { EventMention, Graph } from '../src/types.ts';
import { order, wilson } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-event-pages');
export interface Judged { set: string; article: string; sentence: string; page: string; happening: boolean; title: boolean; date: boolean; participants: boolean; good: boolean; causes?: string[] }
export const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/event-pages.json'), 'utf8')) as { items: Judged[] };
type Split = 'dev' | 'test';
export interface EventSet { set: string; label: string; articles: number; prepare: (dest: string) => Promise<number>; dev: number }
/** The builds judged, each with its own dev sample size (the test samples are 30 pages each). */
export const SAMPLES: EventSet[] = [
  { set: 'reuters', label: 'Reuters', articles: 800, prepare: (dest) => prepareReuters(dest, 800), dev: 180 },
  { set: 'bbc', label: 'BBC business', articles: 510, prepare: (dest) => prepareBbc(dest, 510), dev: 60 },
  { set: 'bbc-politics', label: 'BBC politics', articles: 417, prepare: (dest) => prepareBbc(dest, Infinity, undefined, 'politics'), dev: 120 },
  { set: 'bbc-sport', label: 'BBC sport', articles: 511, prepare: (dest) => prepareBbc(dest, Infinity, undefined, 'sport'), dev: 60 },
];
/** Pages per split of one set: its own dev size, 30 test pages, or one size for all from the environment. */
const sampleSize = (s: EventSet, split: Split) =>
  Number((split === 'dev' ? process.env.EVAL_EVENT_PAGES_DEV : process.env.EVAL_EVENT_PAGES_TEST) ?? (split === 'dev' ? s.dev : 30));
/** A page's place in the fixed random order and its split, dev or test (no train split: see above). */
export const eventOrder = (key: string) => {
  const { rank, split } = order(`event|${key}`);
  return { rank, split: split === 'test' ? 'test' : 'dev' };
};
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A built event page as the judgments key it: its first source, and a hash of what was judged. */
export function pagesOf(graph: Graph): { key: string; page: string; event: Graph['events'][number] }[] {
  return graph.events.map((ev) => {
    const first = ev.sources[0]!;
    return { key: `${first.article}|${sha(first.quote).slice(0, 12)}`, page: sha(JSON.stringify([ev.title, ev.date, [...new Set(ev.participants.map((p) => p.entity))].sort()])).slice(0, 12), event: ev };
  });
}

/** A built page with its first source's mention in the extraction (for the readers' numbers at its trigger). */
export type PageWithMention = ReturnType<typeof pagesOf>[number] & { mention: EventMention | undefined };

/** The built pages (no `noPage`) whose key falls in the TRAIN half of the order, each with its first mention. */
export function trainKeyPages(graph: Graph): PageWithMention[] {
  const byArticle = new Map(graph.extractions.map((x) => [x.article, x.events]));
  const out: PageWithMention[] = [];
  for (const p of pagesOf(graph)) {
    if (p.event.noPage !== undefined || order(`event|${p.key}`).split !== 'train') continue;
    const s = p.event.sources[0]!;
    const mentions = (byArticle.get(s.article) ?? []).filter((m) => m.quote === s.quote && m.paragraph === s.paragraph);
    out.push({ ...p, mention: mentions.find((m) => m.type === p.event.type) ?? mentions[0] });
  }
  return out;
}

export async function reportEventPages(): Promise<void> {
  const only = process.env.EVAL_EVENT_PAGES_SETS?.split(',');
  for (const s of SAMPLES.filter((x) => !only || only.includes(x.set))) {
    const input = await preparedInput(s);
    const graph = await buildGraph({ input, cacheDir: path.join(WORK, s.set, 'cache') });
    // Kept for reading (graph.json's shape, not the site's): what the pages were built from.
    writeFileSync(path.join(WORK, s.set, 'graph.json'), JSON.stringify({ articles: graph.articles.map(({ paragraphs: _, ...a }) => a), entities: graph.entities, events: graph.events.filter((ev) => ev.noPage === undefined), plainEvents: graph.events.filter((ev) => ev.noPage !== undefined), reports: graph.reports }));
    const articles = graph.articles.filter((a) => !a.duplicateOf).length;
    const paged = graph.events.filter((ev) => ev.noPage === undefined).length;
    console.log(`${s.label}: ${paged} event pages (${graph.events.length - paged} more without a page) from ${articles} articles (${(paged / articles).toFixed(2)} per article), ${graph.reports?.length ?? 0} reports`);
    const pages = pagesOf(graph).map((p) => ({ ...p, ...eventOrder(p.key) })).sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1));
    for (const split of ['dev', 'test'] as const) {
      if (process.env.EVAL_PAGES_SPLIT && process.env.EVAL_PAGES_SPLIT !== split) continue;
      reportSplit(s, graph, pages.filter((p) => p.split === split).slice(0, sampleSize(s, split)), split);
    }
  }
}

type Page = ReturnType<typeof pagesOf>[number];

/** One split's sample of one set: its figure (or, with EVAL_EVENT_PAGES_UNJUDGED, only its count to judge). */
function reportSplit(s: EventSet, graph: Graph, sampled: Page[], split: Split): void {
  let sample = sampled;
  const judged = new Map(gold.items.filter((j) => j.set === s.set).map((j) => [`${j.article}|${j.sentence}|${j.page}`, j]));
  // The sample is drawn from every event the build makes, with a page or not, so that the event page model's gate
  // (src/resolve/event-model.ts) brings no page new to it: the figure is over the sampled events that keep a page,
  // and the ones the gate takes are counted apart.
  const taken = sample.filter((p) => p.event.noPage !== undefined);
  if (taken.length) {
    const takenLabels = taken.map((p) => judged.get(`${p.key}|${p.page}`));
    const good = takenLabels.filter((j) => j?.good).length;
    const bad = takenLabels.filter((j) => j && !j.good).length;
    if (!process.env.EVAL_EVENT_PAGES_UNJUDGED) console.log(`${s.label}, ${split}: the event page model takes ${taken.length} sampled events' pages: ${good} judged good, ${bad} not good, ${taken.length - good - bad} unjudged or changed since judged`);
    sample = sample.filter((p) => p.event.noPage === undefined);
  }
  const labels = sample.map((p) => judged.get(`${p.key}|${p.page}`));
  const same = labels.filter((j): j is Judged => j !== undefined);
  const unjudged = process.env.EVAL_EVENT_PAGES_UNJUDGED;
  if (unjudged) {
    if (unjudged === split) console.log(`${s.label}, ${split}: ${sample.length - same.length} of ${sample.length} sampled pages unjudged or changed since judged`);
    return;
  }
  const good = same.filter((j) => j.good).length;
  const [lo, hi] = wilson(good, same.length);
  const count = (f: keyof Judged) => `${f} ${same.filter((j) => j[f]).length}`;
  console.log(`judged event pages, ${s.label} (${s.articles} articles, ${graph.events.filter((ev) => ev.noPage === undefined).length} pages), ${split}: good ${good}/${same.length} = ${same.length ? (good / same.length).toFixed(2) : 'n/a'} (95% ${lo.toFixed(2)}–${hi.toFixed(2)}) of ${sample.length} sampled; ${['happening', 'title', 'date', 'participants'].map((f) => count(f as keyof Judged)).join(', ')}; ${sample.length - same.length} unjudged or changed since judged`);
  if (split === 'dev') reportBands(labels);
  const show = process.env.EVAL_EVENT_PAGES_SHOW;
  if (show === split) showForJudging(graph, sample.filter((_, i) => labels[i] === undefined), s.set);
  if (show === `${split}-failed`) showForJudging(graph, sample.filter((_, i) => labels[i] && !labels[i]!.good), s.set, labels.filter((j) => j && !j.good) as Judged[]);
}

/** Ranks per band of a sample's figure: the first 60 keys were read through sessions of tuning, later ones were not. */
const BAND = 60;

/** A dev sample's figure per band of 60 ranks, with the causes of its not-good pages in counts (labels only). */
function reportBands(labels: (Judged | undefined)[]): void {
  for (let from = 0; from < labels.length; from += BAND) {
    const sampled = labels.slice(from, from + BAND);
    const band = sampled.filter((j): j is Judged => j !== undefined);
    const good = band.filter((j) => j.good).length;
    const [lo, hi] = wilson(good, band.length);
    const causes = new Map<string, number>();
    for (const j of band.filter((x) => !x.good)) for (const c of j.causes ?? ['none given']) causes.set(c, (causes.get(c) ?? 0) + 1);
    const listed = [...causes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${c} ${n}`).join(', ');
    const share = band.length ? (good / band.length).toFixed(2) : 'n/a';
    const ranks = `${from + 1}–${Math.min(from + BAND, labels.length)}`;
    console.log(`  ranks ${ranks}: good ${good}/${band.length} = ${share} (95% ${lo.toFixed(2)}–${hi.toFixed(2)}) of ${sampled.length}${listed ? `; not good: ${listed}` : ''}`);
  }
}

/**
 * The sample's articles, converted once into .cache/eval-event-pages/<set>/input (kept, with an extraction cache
 * beside it: a rerun after a change to resolution only extracts nothing; a change to extraction code drops the cache).
 */
export async function preparedInput(s: EventSet): Promise<string> {
  const input = path.join(WORK, s.set, 'input');
  const done = path.join(WORK, s.set, `input-${s.articles}.done`);
  if (!existsSync(done)) {
    rmSync(path.join(WORK, s.set), { recursive: true, force: true });
    mkdirSync(input, { recursive: true });
    await s.prepare(input);
    mkdirSync(done, { recursive: true });
  }
  return input;
}

/** The sampled pages without a judgement, as a judge reads them: title, date, participants, headline, sentences. */
function showForJudging(graph: Graph, pages: Page[], set: string, judged: Judged[] = []): void {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  const titles = new Map(graph.articles.map((a) => [a.id, a.title]));
  for (const { key, page, event } of pages) {
    const [article, sentence] = key.split('|');
    console.log(`\n{"set": "${set}", "article": "${article}", "sentence": "${sentence}", "page": "${page}"}`);
    const label = judged.find((j) => j.article === article && j.sentence === sentence);
    if (label) console.log(`  judged: ${(['happening', 'title', 'date', 'participants'] as const).filter((f) => !label[f]).join(', ')} wrong`);
    console.log(`  ${event.date ?? 'undated'} — ${event.title}`);
    console.log(`  participants: ${event.participants.map((p) => `${names.get(p.entity) ?? p.entity} (${p.role})`).join('; ')}`);
    for (const s of event.sources.slice(0, 3)) console.log(`  [${titles.get(s.article)}] ${s.quote}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await reportEventPages();
