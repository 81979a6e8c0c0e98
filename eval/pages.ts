/**
 * `npm run eval:pages` (also run by `npm run eval`): judged entity page precision — the share of entity pages a
 * reader meets that are a real, complete name with the right type — on fixed random samples of the entities built
 * from Reuters-21578 (its first 3,000 stories) and BBC (all 2,225 articles) by the real `chronicle extract`.
 *
 * - Every entity in graph.json has a key: (the article of its first mention written as its name, that text). A
 *   key's hash gives it a place in a fixed random order and puts it in the dev or the test split for good, so a
 *   sample is the first N keys of a split among the entities the current code builds. Judgments are keyed the same
 *   way and stay valid as the code changes; an entity whose key is not judged yet is reported as unjudged and is
 *   never counted right.
 * - Judgments (tests/gold/pages-<corpus>.json) hold the article id, the name as written, whether it is a real,
 *   complete name, and its type; never a sentence. They are made by reading each sampled page's evidence
 *   (`EVAL_PAGES_SHOW=dev` prints the unjudged ones; `EVAL_PAGES_WRONG=1` the wrong types by their recorded cause).
 * - Names below the page threshold (graph.json `plainNames`) are in the sample too: they count toward the
 *   names that lost their page, not toward precision, which is over the pages a reader meets.
 * - Precision is printed with its sample size and a 95% Wilson interval.
 *
 * Split: the dev sample is read to develop and to pick thresholds; the test sample is judged once and looked at
 * only to report (never to tune). The train split is the dev keys in the second half of the order (rank ≥
 * `TRAIN_FROM`): the page model (eval/train-page-model.ts) learns from its judged sample. The dev and test samples
 * are the first keys of their splits, far below that half (200 dev and 100 test keys of a few thousand), so taking it
 * out of dev changed no dev or test sample's membership (a dev sample would reach the train half only past a few
 * thousand). The dev sample grew from 100 to 200 keys in session 26 (issue 15), both corpora judged in full.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../src/types.ts';
import { prepareBbc, prepareReuters } from '../bench/corpora.ts';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import { duplicatePages, type DuplicateReport } from './page-duplicates.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-pages');

export interface PageJudgment {
  article: string;
  /** The name as written in that article. */
  name: string;
  /** A real, complete name of one person, organisation, place or other named thing, as used there. */
  isName: boolean;
  /** Its type when it is a name. */
  type: EntityType | null;
  /** Marks a judgment of the train split (the split follows from the key; the mark lets a reader of the file see it). */
  split?: 'train';
  /**
   * A train judgment drawn in a seeded random order (eval/type-uncertain.ts `TYPE_UNCERTAIN_RANDOM`), not by a model's
   * odds: from all the names (`random`) or from the names whose type evidence disagrees (`disagreement`,
   * `TYPE_UNCERTAIN_DISAGREE`), or from the names with the type model's evidence of a thing (`things`,
   * eval/thing-draw.ts: a seeded draw, not a random one of all names).
   */
  pick?: 'random' | 'disagreement' | 'things';
  /**
   * Which seeded draw a random train judgment came from (eval/single-mention-draw.ts, session 45): `single-mention`,
   * `weighted` (every page, weighted by its mentions) or the draw's seed; a record for the reader, read by no scorer.
   */
  draw?: string;
}

export type Split = 'dev' | 'test' | 'train';

export interface GraphEntity {
  id: string;
  name: string;
  type: EntityType;
  page?: boolean;
  confidence?: number;
  noPage?: string;
  aliases?: string[];
  mentions: { article: string; text: string; sentence?: string }[];
}

interface Corpus {
  name: 'reuters' | 'bbc';
  label: string;
  prepare: (dest: string) => Promise<number>;
}

const CORPORA: Corpus[] = [
  { name: 'reuters', label: 'Reuters-21578 (first 3,000 stories)', prepare: (dest) => prepareReuters(dest, 3000) },
  { name: 'bbc', label: 'BBC (2,225 articles)', prepare: (dest) => prepareBbc(dest) },
];

/** Sample sizes per split: the keys of that split taken in their fixed random order. */
export const SAMPLE: Record<Split, number> = {
  dev: Number(process.env.EVAL_PAGES_DEV ?? 200),
  test: Number(process.env.EVAL_PAGES_TEST ?? 100),
  train: Number(process.env.EVAL_PAGES_TRAIN ?? 200),
};

/** Dev keys ranked from here on (the second half of the order) are the train split. */
export const TRAIN_FROM = 2 ** 31;

export const judgmentKey = (article: string, name: string) => `${article}\t${name}`;

/** The article and text an entity is judged by: its name as written in the first article (by id) that writes it. */
export function entityKey(e: Pick<GraphEntity, 'name' | 'mentions'>): { article: string; name: string } {
  const written = e.mentions.filter((m) => m.text === e.name);
  const pool = written.length ? written : e.mentions;
  let best = pool[0]!;
  for (const m of pool) if (m.article < best.article || (m.article === best.article && m.text < best.text)) best = m;
  return { article: best.article, name: best.text };
}

function hash(s: string): Buffer {
  return createHash('sha256').update(`chronicle-pages|${s}`).digest();
}
/**
 * A key's place in the fixed random order, and its split: dev or test by a different byte of the same hash, and a
 * dev key in the second half of the order is train.
 */
export function order(key: string): { rank: number; split: Split } {
  const h = hash(key);
  const rank = h.readUInt32BE(0);
  return { rank, split: h[8]! % 2 === 0 ? (rank >= TRAIN_FROM ? 'train' : 'dev') : 'test' };
}

/**
 * The judged single-mention pages drawn from Reuters stories past the first 3,000 (tests/gold/pages-reuters-fresh.json,
 * session 44, ent81): a slice of its own, whose keys all train (it has no dev or test key; its stories are built in
 * .cache/eval-pages/reuters-fresh by the trainers, not by this evaluation).
 */
export const FRESH = 'reuters-fresh';
/**
 * Every fresh slice (all train, each its own slice for leaving one out): ent81's, and session 45's (ent82,
 * tests/gold/pages-reuters-fresh-s45.json: a single-mention draw and a draw of all pages weighted by their mentions,
 * from 150 other unlabelled stories in .cache/eval-pages/reuters-fresh-s45/input).
 */
export const FRESH_SLICES: readonly string[] = [FRESH, 'reuters-fresh-s45'];
/** The labelled slices the page trainers read: the eval archives' train keys, then the fresh slices. */
export const PAGE_SLICES: readonly string[] = ['reuters', 'bbc', ...FRESH_SLICES];
/**
 * The draw of names with the type model's evidence of a thing (eval/thing-draw.ts; tests/gold/pages-reuters-things.json,
 * session 47, ent88): Reuters stories past the first 3,000, all train, read by the type model's trainer only (not a
 * random draw: no page trainer reads it, and it is no fresh slice to hold out).
 */
export const THINGS = 'reuters-things';
/**
 * Entity pages drawn at random from one whole train build and judged with their type, for the type model's trainer only
 * (session 51, ent98: tests/gold/pages-reuters-types-s51.json, reut2-007 stories 0–899; session 52, ent100:
 * pages-reuters-types-s52.json, reut2-017 stories 0–899; each less the unseen draws' and fresh slices'; their stories in
 * .cache/eval-pages/SLICE/input, `holdout.ts prep reuters-slice SLICE DEST`). All train; no page trainer reads them and
 * they are no fresh slice.
 */
export const TYPE_DRAWS: readonly string[] = ['reuters-types-s51', 'reuters-types-s52'];
/** A judged key's split: by its hash (`order`), or train for a fresh slice, the draw of things or a type draw. */
export const splitOf = (corpus: string, key: string): Split => (FRESH_SLICES.includes(corpus) || corpus === THINGS || TYPE_DRAWS.includes(corpus) ? 'train' : order(key).split);

export function wilson(right: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = right / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

async function buildGraph(corpus: Corpus): Promise<{ entities: GraphEntity[]; articles: number }> {
  const dir = path.join(WORK, corpus.name);
  const input = path.join(dir, 'input');
  const done = path.join(dir, 'input.done');
  if (!existsSync(done)) {
    rmSync(input, { recursive: true, force: true });
    mkdirSync(input, { recursive: true });
    await corpus.prepare(input);
    // Folders a converter made for stories past the limit stay empty; they hold no article.
    for (const d of readdirSync(input)) if (readdirSync(path.join(input, d)).length === 0) rmSync(path.join(input, d), { recursive: true });
    mkdirSync(done, { recursive: true });
  }
  const json = path.join(dir, 'graph.json');
  // The product path, with its own extraction cache: a rerun after no change to the extraction code is quick.
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'chronicle.js'), 'extract', '--input', input, '--json', json, '--cache', path.join(dir, 'cache')], {
    stdio: ['ignore', 'ignore', process.env.EVAL_PAGES_VERBOSE ? 'inherit' : 'ignore'],
  });
  // Version 1's shape, where each mention carries its sentence's text, for showing pages to a judge.
  const graph = asGraphJsonV1(JSON.parse(readFileSync(json, 'utf8')) as GraphJson);
  // Names below the page threshold are in the sample too, marked as having no page.
  const plain = graph.plainNames.map((e) => ({ ...e, page: false }));
  return { entities: [...graph.entities, ...plain] as GraphEntity[], articles: graph.articles.filter((a) => !a.duplicateOf).length };
}

export function readJudgments(corpus: string): Map<string, PageJudgment> {
  const file = path.join(ROOT, 'tests', 'gold', `pages-${corpus}.json`);
  if (!existsSync(file)) return new Map();
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { judgments: PageJudgment[] };
  return new Map(gold.judgments.map((j) => [judgmentKey(j.article, j.name), j]));
}

export interface SplitReport {
  split: Split;
  sampled: number;
  pages: number;
  judged: number;
  right: number;
  notNames: number;
  wrongType: number;
  /** The pages of the sample judged real names of another type: key, the type built, the type judged. */
  wrongTypes: { key: string; built: EntityType; judged: EntityType }[];
  unjudged: string[];
  /** Sampled entities with no page that were judged real names (of any type). */
  realNamesWithoutPage: string[];
  /**
   * Judged real names of this split, in the sampled part of the order, that the current code no longer builds at
   * all (no page and not among the plain names): a name lost this way would otherwise leave the sample unnoticed.
   */
  realNamesLost: string[];
  withoutPage: number;
}

export function scoreSample(entities: GraphEntity[], judgments: Map<string, PageJudgment>, split: Split, size: number): { report: SplitReport; sample: GraphEntity[] } {
  const keyed = entities.map((e) => {
    const k = entityKey(e);
    const key = judgmentKey(k.article, k.name);
    return { e, key, ...order(key) };
  });
  const sample = keyed
    .filter((x) => x.split === split)
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1))
    .slice(0, size);
  const report: SplitReport = { split, sampled: sample.length, pages: 0, judged: 0, right: 0, notNames: 0, wrongType: 0, wrongTypes: [], unjudged: [], realNamesWithoutPage: [], realNamesLost: [], withoutPage: 0 };
  // A judged name is found while any entity (with a page or not) has a mention written so in that article.
  const built = new Set(entities.flatMap((e) => e.mentions.map((m) => judgmentKey(m.article, m.text))));
  const lastRank = sample.at(-1)?.rank ?? -1;
  for (const [key, j] of judgments) {
    const o = order(key);
    if (j.isName && o.split === split && o.rank <= lastRank && !built.has(key)) report.realNamesLost.push(`${j.name} [${j.type}] (${key.replace('\t', ': ')})`);
  }
  report.realNamesLost.sort();
  for (const { e, key } of sample) {
    const j = judgments.get(key);
    if (e.page === false) {
      report.withoutPage++;
      if (j?.isName) report.realNamesWithoutPage.push(`${e.name} [${j.type}] (${key.replace('\t', ': ')})`);
      continue;
    }
    report.pages++;
    if (!j) { report.unjudged.push(key); continue; }
    report.judged++;
    if (!j.isName) report.notNames++;
    else if (j.type !== e.type) {
      report.wrongType++;
      report.wrongTypes.push({ key, built: e.type, judged: j.type! });
    }
    else report.right++;
  }
  return { report, sample: sample.map((x) => x.e) };
}

function showForJudging(corpus: string, sample: GraphEntity[], judgments: Map<string, PageJudgment>): void {
  for (const e of sample) {
    const { article, name } = entityKey(e);
    if (judgments.has(judgmentKey(article, name))) continue;
    const arts = new Set(e.mentions.map((m) => m.article)).size;
    console.log(`\n${corpus}\t${article}\t${name}\t→ page "${e.name}" [${e.type}] ${e.mentions.length} mentions, ${arts} articles${e.page === false ? ` (no page${e.noPage ? `: ${e.noPage}` : ''})` : ''}${e.confidence !== undefined ? ` conf ${e.confidence}` : ''}`);
    const own = e.mentions.filter((m) => m.article === article);
    const rest = e.mentions.filter((m) => m.article !== article);
    for (const m of [...own.slice(0, 3), ...rest.slice(0, 2)]) console.log(`    ${m.article}: ${window(m.sentence ?? '', m.text)}`);
  }
}

/**
 * `EVAL_PAGES_WRONG=1`: the sample's wrong types grouped by the cause recorded for their key in
 * tests/gold/type-causes.json (read from the evidence and the type model's inputs), a new one as "no cause recorded".
 */
function wrongTypesByCause(corpus: string, split: Split, wrong: SplitReport['wrongTypes']): string[] {
  const file = path.join(ROOT, 'tests', 'gold', 'type-causes.json');
  const recorded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { wrongTypes: { corpus: string; article: string; name: string; built: string; cause: string }[] }).wrongTypes : [];
  const causeOf = new Map(recorded.filter((c) => c.corpus === corpus).map((c) => [judgmentKey(c.article, c.name), c]));
  const groups = new Map<string, string[]>();
  for (const w of wrong) {
    // A cause read when the page was built as another type says nothing of the type built now.
    const c = causeOf.get(w.key);
    const cause = !c ? 'no cause recorded' : c.built === w.built ? c.cause : `cause recorded for another type built (${c.built}): read again`;
    groups.set(cause, [...(groups.get(cause) ?? []), `${w.key.replace('\t', ': ')} (${w.built}, judged ${w.judged})`]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).map(([cause, keys]) => `${corpus} ${split} wrong types, ${cause}: ${keys.length} (${keys.join('; ')})`);
}

/** The sentence around the name, the name in [[ ]]. */
function window(sentence: string, text: string): string {
  const at = Math.max(0, sentence.indexOf(text));
  const from = Math.max(0, at - 110);
  const to = Math.min(sentence.length, at + text.length + 110);
  return `${from > 0 ? '…' : ''}${sentence.slice(from, at)}[[${sentence.slice(at, at + text.length)}]]${sentence.slice(at + text.length, to)}${to < sentence.length ? '…' : ''}`;
}

const pct = (x: number) => x.toFixed(3);

/** Pages per real body over a sample (eval/page-duplicates.ts): its pages judged real names, against all the pages built. */
export function samplesDuplicates(entities: GraphEntity[], sample: GraphEntity[], judgments: Map<string, PageJudgment>): DuplicateReport {
  const real = sample.flatMap((e) => {
    const k = entityKey(e);
    const j = judgments.get(judgmentKey(k.article, k.name));
    return e.page !== false && j?.isName ? [{ key: judgmentKey(k.article, k.name), type: j.type!, entity: e }] : [];
  });
  return duplicatePages(real, entities.filter((e) => e.page !== false));
}

async function main() {
  const started = performance.now();
  const only = process.env.EVAL_PAGES_CORPUS;
  const show = process.env.EVAL_PAGES_SHOW as Split | undefined;
  // EVAL_PAGES_SPLIT=dev while developing: the test figures are for reporting, not for looking at after each change.
  // The train split is scored or shown only when asked for (EVAL_PAGES_SPLIT=train or EVAL_PAGES_SHOW=train).
  const splits: Split[] = process.env.EVAL_PAGES_SPLIT ? [process.env.EVAL_PAGES_SPLIT as Split] : show ? [show] : ['dev', 'test'];
  const lines = ['| corpus | split | entity pages in sample | judged | precision (95% interval) | not names | wrong type | unjudged | sampled names without a page (judged real) | pages per real body (real pages; shown on more than one) |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  const notes: string[] = [];
  for (const corpus of CORPORA) {
    if (only && only !== corpus.name) continue;
    const { entities, articles } = await buildGraph(corpus);
    const judgments = readJudgments(corpus.name);
    const pages = entities.filter((e) => e.page !== false).length;
    notes.push(`${corpus.label}: ${entities.length} entities, ${pages} entity pages, ${(pages / articles).toFixed(2)} pages per article (${articles} distinct articles); ${judgments.size} judgments on file.`);
    for (const split of splits) {
      const { report: r, sample } = scoreSample(entities, judgments, split, SAMPLE[split]);
      const [lo, hi] = wilson(r.right, r.pages);
      const d = samplesDuplicates(entities, sample, judgments);
      lines.push(`| ${corpus.label} | ${split} | ${r.pages} | ${r.judged} | **${pct(r.pages ? r.right / r.pages : 0)}** (${pct(lo)}–${pct(hi)}) | ${r.notNames} | ${r.wrongType} | ${r.unjudged.length} | ${r.withoutPage} (${r.realNamesWithoutPage.length}) | ${pct(d.pagesPerBody)} (${d.real}; ${d.duplicated.length}) |`);
      if (process.env.EVAL_PAGES_DUPLICATES) for (const x of d.duplicated) notes.push(`${corpus.name} ${split} shown twice: ${x.key.replace('\t', ': ')} — also ${x.others.join('; ')}`);
      if (r.realNamesWithoutPage.length) notes.push(`${corpus.name} ${split}: judged real names without a page: ${r.realNamesWithoutPage.join('; ')}`);
      notes.push(`${corpus.name} ${split}: judged real names no longer found at all: ${r.realNamesLost.length}${r.realNamesLost.length ? ` (${r.realNamesLost.join('; ')})` : ''}`);
      if (show === split) showForJudging(corpus.name, sample, judgments);
      if (process.env.EVAL_PAGES_WRONG) notes.push(...wrongTypesByCause(corpus.name, split, r.wrongTypes));
    }
  }
  console.log(lines.join('\n'));
  console.log(`\n${notes.join('\n')}`);
  console.log(`\nSamples: ${splits.map((x) => `${x} ${SAMPLE[x]}`).join(', ')} entities per corpus. Evaluated in ${((performance.now() - started) / 1000).toFixed(1)}s.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
