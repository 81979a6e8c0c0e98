/**
 * The ledes tests/gold/lede-kinds.json judges (issue 19, session 33): the sentence an article's news page comes from
 * (src/extract/events/news.ts `markTheNews`: the first sentence of the first body paragraph that tells something, in a
 * dated article) of TRAIN-split articles only — Reuters-21578 stories 0–899 of the read files reut2-004 … reut2-015
 * and the first body sentences of the BBC articles (undated files: no news page is made of them, but they are the
 * same kind of sentence, in another register) — keyed as tests/gold/event-pages.json keys a page (article id, the first 12 hex digits of the
 * sha256 of the sentence) and kept only when that key is in the train half of the fixed random order
 * (eval/pages.ts `order`: a dev key ranked ≥ 2^31), so no dev or test key of the event or entity page samples is ever
 * among them.
 *
 *   node --import tsx eval/lede-kinds-data.ts show reuters|bbc FROM COUNT   (prints unjudged train ledes to judge)
 *   node --import tsx eval/lede-kinds-data.ts uncertain reuters|bbc LO HI [EVERY] (prints unjudged train ledes whose
 *     odds of a happening under the shipped model lie in [LO, HI], or that no reader marks, every EVERY-th of them, in
 *     article order and without the odds: the judge reads the sentence before the model's answer; session 34)
 *   node --import tsx eval/lede-kinds-data.ts random [COUNT] (session 36, evt79: a seeded RANDOM pick, not by odds —
 *     every Reuters train lede ranked by the sha256 of RANDOM_PICK.seed, its article and its sentence key; walking down
 *     that rank, prints the unjudged ones until COUNT (default 150) are printed, and on stderr how far it went: that
 *     prefix, judged earlier or now, is the random sample `inRandomPick` names)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, parseReutersSgml, prepareBbc, storyFileName, storyFileText } from '../bench/corpora.ts';
import { ingestFiles, readInputFolder } from '../src/ingest/index.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { ledeParagraph } from '../src/extract/events.ts';
import { order } from './pages.ts';
import { ledeKind, ledeKindFeatures } from '../src/extract/lede-kind.ts';
import type { IngestedArticle } from '../src/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'lede-kinds');

/** The read Reuters files whose stories 0–899 may be judged (stories 900–999 are holdout slices). */
export const READ_FILES = Array.from({ length: 12 }, (_, i) => `reut2-0${String(i + 4).padStart(2, '0')}.sgm`);
const READ_STORIES = 900;

export type LedeKind = 'happening' | 'figure' | 'state' | 'forecast' | 'negated' | 'other';
/**
 * How a lede came to be judged (tests/gold/lede-kinds.json's `pick`, session 36): evt68's every-11th, by a model's odds,
 * at random, or (session 39, evt87, eval/lede-kind-bar.ts) at random among the ledes whose odds lie in the bar's band, or
 * (session 41, evt92, eval/lede-kind-thin.ts) at random among the pages main builds, the thin kinds' shape first, or
 * (session 42, evt94, eval/lede-kind-thin.ts built) at random among the pages main builds, or (session 46, evt106,
 * eval/lede-kind-said.ts) at random among the ledes whose said clause or whole the model reads a state at uncertain odds,
 * or (session 47, evt108, eval/lede-kind-said.ts shapes) by the said clause's shape (a present copula or view verb, an
 * amount after a change verb, a will or an expecting verb), no odds read.
 */
export type LedePick = 'fixed' | 'odds' | 'random' | 'band' | 'thin' | 'built' | 'said' | 'said-shape';
export interface LedeLabel { set: 'reuters' | 'bbc'; article: string; sentence: string; kind: LedeKind; pick: LedePick }
export interface Lede { set: 'reuters' | 'bbc'; article: string; sentence: string; headline: string; text: string; ingested: IngestedArticle }

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

async function prepared(set: 'reuters' | 'bbc'): Promise<string> {
  const input = path.join(WORK, set);
  const done = path.join(WORK, `${set}.done`);
  if (!existsSync(done)) {
    mkdirSync(input, { recursive: true });
    if (set === 'bbc') await prepareBbc(input);
    else await prepareReutersFiles(input, READ_FILES);
    writeFileSync(done, '');
  }
  return input;
}

/** Stories 0–899 of each Reuters file, one folder per file under `input`. */
async function prepareReutersFiles(input: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const folder = path.join(input, file.replace(/\.sgm$/, ''));
    await fs.mkdir(folder, { recursive: true });
    const stories = parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', file)).toString('latin1')).slice(0, READ_STORIES);
    for (const story of stories) await fs.writeFile(path.join(folder, storyFileName(story)), storyFileText(story));
  }
}

/**
 * Stories 0–899 of the named Reuters files in a folder of their own (session 39, evt87: the bar's draw reads
 * reut2-016 too, which READ_FILES — and so the random pick's order — does not hold).
 */
export async function preparedFiles(files: readonly string[]): Promise<string> {
  const input = path.join(WORK, `files-${files.map((f) => f.replace(/^reut2-|\.sgm$/g, '')).join('-')}`);
  if (!existsSync(`${input}.done`)) {
    await prepareReutersFiles(input, files);
    writeFileSync(`${input}.done`, '');
  }
  return input;
}

/** Every train-split lede of a set, in the order of its article ids. */
export const trainLedes = async (set: 'reuters' | 'bbc'): Promise<Lede[]> => trainLedesIn(await prepared(set), set);

/** Every train-split lede of the articles in a folder, in the order of their ids. */
export async function trainLedesIn(input: string, set: 'reuters' | 'bbc'): Promise<Lede[]> {
  const { files } = await readInputFolder(input);
  const { articles } = ingestFiles(files);
  const out: Lede[] = [];
  for (const article of articles) {
    // (BBC files carry no date: markTheNews makes no news page of theirs, but their first sentences are judged too,
    // as the same kind of sentence in another register.)
    if (set === 'reuters' && article.date === null) continue;
    const first = ledeParagraph(article);
    if (!first) continue;
    const lede = splitSentences([first])[0];
    if (!lede) continue;
    const sentence = sha(lede.text).slice(0, 12);
    if (order(`event|${article.id}|${sentence}`).split !== 'train') continue;
    out.push({ set, article: article.id, sentence, headline: article.title, text: lede.text, ingested: article });
  }
  return out.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
}

/**
 * The random pick of session 36 (evt79): the first `first` Reuters train ledes in the order of
 * sha256(`${seed}|${article}|${sentence}`). Labels picked by the odds of a model (sessions 34–36) skew the training
 * set toward hard cases; this prefix is a sample of the whole population (including ledes judged earlier under
 * another pick), the honest set to cross-validate a weighting on.
 */
export const RANDOM_PICK = { seed: 'evt79', first: 916 };
const randomRank = (l: { article: string; sentence: string }) => sha(`${RANDOM_PICK.seed}|${l.article}|${l.sentence}`);
/** Reuters train ledes in the random pick's order. */
export const inRandomOrder = <T extends { article: string; sentence: string }>(ledes: readonly T[]): T[] =>
  ledes.map((l) => ({ l, r: randomRank(l) })).sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0)).map(({ l }) => l);
/** The keys (`article|sentence`) of the random pick: the first RANDOM_PICK.first Reuters train ledes in its order. */
export const randomPickKeys = async (): Promise<Set<string>> =>
  new Set(inRandomOrder(await trainLedes('reuters')).slice(0, RANDOM_PICK.first).map((l) => `${l.article}|${l.sentence}`));

export const GOLD = path.join(ROOT, 'tests/gold/lede-kinds.json');
/**
 * The judged ledes of READ_FILES and BBC: every label but the band's (pick `band`, session 39, eval/lede-kind-bar.ts),
 * which are ledes of other files; `withBand` gives all — what eval/train-lede-kinds.ts fits since session 40 (evt89),
 * the band's held-out odds choosing the bar.
 */
export const goldLabels = (withBand = false): LedeLabel[] =>
  (existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { items: LedeLabel[] }).items : []).filter((l) => withBand || l.pick !== 'band');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'show') {
  const set = process.argv[3] as 'reuters' | 'bbc';
  const from = Number(process.argv[4] ?? 0);
  const count = Number(process.argv[5] ?? 50);
  const judged = new Set(goldLabels().map((l) => `${l.article}|${l.sentence}`));
  const ledes = (await trainLedes(set)).filter((l) => !judged.has(`${l.article}|${l.sentence}`));
  console.error(`${ledes.length} unjudged train ledes`);
  for (const l of ledes.slice(from, from + count)) console.log(`${l.article}|${l.sentence}\t[${l.headline}] ${l.text}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'uncertain') {
  const set = process.argv[3] as 'reuters' | 'bbc';
  const lo = Number(process.argv[4] ?? 0.2);
  const hi = Number(process.argv[5] ?? 0.8);
  const every = Number(process.argv[6] ?? 1);
  const judged = new Set(goldLabels().map((l) => `${l.article}|${l.sentence}`));
  const ledes = (await trainLedes(set)).filter((l) => !judged.has(`${l.article}|${l.sentence}`));
  const picked = ledes.filter((l) => {
    const p = ledeKind(l.headline, l.text).happening;
    // (Unmarked: no reader's answer among the features — the ledes the model alone decides.)
    const unmarked = !Object.keys(ledeKindFeatures(l.headline, l.text)).some((k) => k.startsWith('r:'));
    return p >= lo && p <= hi && unmarked;
  });
  console.error(`${ledes.length} unjudged train ledes, ${picked.length} unmarked in [${lo}, ${hi}]`);
  picked.forEach((l, i) => {
    if (i % every === 0) console.log(`${l.article}|${l.sentence}\t[${l.headline}] ${l.text}`);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'random') {
  const count = Number(process.argv[3] ?? 150);
  const judged = new Set(goldLabels().map((l) => `${l.article}|${l.sentence}`));
  const ranked = inRandomOrder(await trainLedes('reuters'));
  let printed = 0;
  let k = 0;
  for (; k < ranked.length && printed < count; k++) {
    const l = ranked[k]!;
    if (judged.has(`${l.article}|${l.sentence}`)) continue;
    console.log(`${l.article}|${l.sentence}\t[${l.headline}] ${l.text}`);
    printed++;
  }
  console.error(`${ranked.length} Reuters train ledes; the first ${k} in the random order hold ${printed} unjudged (printed) and ${k - printed} judged earlier`);
}
