/**
 * `node --import tsx eval/train-span-choice.ts points|fit [corpus] [max articles]` (after `npm run eval:pages`, whose
 * input folders it reads): the span choice model (src/extract/span-choice.ts) — at each point where the rules keep a
 * shorter name than a longer span over it (the tagger's span, or two names side by side joined by "and", "of", "&", a
 * possessive or a space), which is the name.
 *
 * TRAIN articles only: a decision point is used when its article is in the train split of eval/pages.ts's order (by
 * the article id) and none of its keys lies where the dev or test samples are drawn (see `isTrain`). Labels are
 * tests/gold/span-choices.json (article ids, the pieces and the longer span as written, `longer` true when the longer
 * span is the name; no sentence), judged by reading the train sentence.
 * - `points`: runs the extraction with `spanChoiceProbe` set over the archives' articles and lists the train decision
 *   points not yet labelled (`SPAN_CHOICE_SHOW=1` adds the sentence around them, to the terminal only, for judging;
 *   `SPAN_CHOICE_TALLY=1` counts all points by the splits of their keys).
 * - `fit`: 5-fold cross-validation by article on the labelled points (L2 chosen on held-out log loss), the threshold:
 *   the lowest bar from 0.5 to 0.95 at which held-out choices of the longer span are right 9 times in 10 (0: never);
 *   writes src/extract/span-choice-model.json (weights and the bar only).
 */
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { readInputFolder, ingestFiles } from '../src/ingest/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { spanChoiceProbe, type SpanChoicePoint } from '../src/extract/entities.ts';
import { logisticProbability, type Features } from '../src/util/logistic.ts';
import { fit, logLoss, type Example } from './logistic.ts';
import { judgmentKey, order } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests', 'gold', 'span-choices.json');
const OUT = path.join(ROOT, 'src', 'extract', 'span-choice-model.json');
const PRECISION = 0.9;
const FOLDS = 5;

export interface SpanChoiceLabel {
  corpus: 'reuters' | 'bbc';
  article: string;
  pieces: string[];
  longer: string;
  /** The longer span is the name (else the rules' pieces are). */
  isLonger: boolean;
}
interface GoldFile {
  about: string;
  labels: SpanChoiceLabel[];
}

const labelKey = (l: Pick<SpanChoiceLabel, 'article' | 'pieces' | 'longer'>) => `${l.article}\t${l.longer}\t${l.pieces.join('|')}`;
/**
 * Points are split by ARTICLE (session 36, ent63): an article whose id falls in eval/pages.ts's train split (the same
 * hash and rank split, read on the id alone) gives its points, and no key of a point (the longer span's or a piece's)
 * may lie in the part of the dev or test order that samples are drawn from (the first 200 dev and 100 test keys of
 * thousands lie below rank 2^28; 2^29 leaves room). Session 35 split by the longer span's key and needed every piece's
 * key out of test as well: a quarter of these points.
 */
const outOfSamples = (key: string) => order(key).split === 'train' || order(key).rank >= 2 ** 29;
/** Session 35's rule, which its 192 labels were drawn by: the longer span's key train, no piece's key test or in the dev sample's part. */
const farDev = (key: string) => order(key).split === 'train' || (order(key).split === 'dev' && order(key).rank >= 2 ** 29);
const isTrain = (article: string, p: Pick<SpanChoicePoint, 'pieces' | 'longer'>) =>
  (order(article).split === 'train' && [p.longer, ...p.pieces].every((x) => outOfSamples(judgmentKey(article, x)))) ||
  (order(judgmentKey(article, p.longer)).split === 'train' && p.pieces.every((x) => farDev(judgmentKey(article, x))));
const tally = new Map<string, number>();
const hashed = (s: string) => createHash('sha256').update(`span-choice|${s}`).digest().readUInt32BE(0);

interface Found extends SpanChoicePoint {
  corpus: 'reuters' | 'bbc';
  article: string;
  sentenceText: string;
}

async function points(corpus: 'reuters' | 'bbc', max: number, only?: ReadonlySet<string>): Promise<Found[]> {
  const input = path.join(ROOT, '.cache', 'eval-pages', corpus, 'input');
  if (!existsSync(input)) throw new Error(`${input}: run npm run eval:pages first`);
  const { files } = await readInputFolder(input);
  const { articles } = ingestFiles(files);
  // A fixed random order of the articles, so that a part of the archive is a fair sample of it.
  const picked = [...articles].filter((a) => !only || only.has(a.id)).sort((a, b) => hashed(a.id) - hashed(b.id) || (a.id < b.id ? -1 : 1)).slice(0, max);
  const out: Found[] = [];
  for (const article of picked) {
    const asked: SpanChoicePoint[] = [];
    spanChoiceProbe.report = (p) => asked.push(p);
    extractArticle(article);
    spanChoiceProbe.report = undefined;
    for (const p of asked) {
      if (process.env.SPAN_CHOICE_TALLY) tally.set(`${p.kind} ${order(judgmentKey(article.id, p.longer)).split} ${p.pieces.map((x) => order(judgmentKey(article.id, x)).split).join(',')}`, (tally.get(`${p.kind} ${order(judgmentKey(article.id, p.longer)).split} ${p.pieces.map((x) => order(judgmentKey(article.id, x)).split).join(',')}`) ?? 0) + 1);
      if (!isTrain(article.id, p)) continue;
      const paragraph = article.paragraphs.find((x) => x.id === p.paragraph)?.text ?? '';
      out.push({ ...p, corpus, article: article.id, sentenceText: paragraph.slice(Math.max(0, p.start - 120), p.end + 120) });
    }
  }
  return out;
}

const readGold = (): GoldFile => JSON.parse(readFileSync(GOLD, 'utf8')) as GoldFile;

/** A labelled decision point met on this run. */
interface Labelled {
  features: Features;
  label: number;
  article: string;
  p: Found;
}

async function main() {
  const mode = process.argv[2];
  const corpora = (process.argv[3] && process.argv[3] !== 'both' ? [process.argv[3]] : ['reuters', 'bbc']) as ('reuters' | 'bbc')[];
  const max = Number(process.argv[4] ?? 1e9);
  const gold = existsSync(GOLD) ? readGold() : { about: '', labels: [] };
  const labelled = new Map(gold.labels.map((l) => [labelKey(l), l]));
  // Fitting reads only the labelled articles.
  const only = mode === 'fit' ? new Set(gold.labels.map((l) => l.article)) : undefined;
  const found = (await Promise.all(corpora.map((c) => points(c, max, only)))).flat();
  if (mode === 'points') return printUnlabelled(found, labelled);
  if (mode !== 'fit') throw new Error('points or fit');
  fitModel(labelledPoints(found, labelled));
}

/** `points`: the decision points met that no label names yet, one a line (with `SPAN_CHOICE_SHOW`, the sentence). */
function printUnlabelled(found: readonly Found[], labelled: ReadonlyMap<string, SpanChoiceLabel>): void {
  const seen = new Set<string>();
  for (const p of found) {
    const k = labelKey(p);
    if (labelled.has(k) || seen.has(k)) continue;
    seen.add(k);
    const pieces = p.pieces.join(' | ');
    console.log(`${p.corpus}\t${p.article}\t${p.kind}\t${pieces}\t=> ${p.longer}${process.env.SPAN_CHOICE_SHOW ? `\t«${p.sentenceText.replace(/\s+/g, ' ')}»` : ''}`);
  }
  if (process.env.SPAN_CHOICE_TALLY) console.log([...tally].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
  console.log(`# ${found.length} train decision points, ${seen.size} unlabelled; ${labelled.size} labels on file`);
}

/** The decision points met that a label names, each once, with its label (1: the longer span is the name). */
function labelledPoints(found: readonly Found[], labelled: ReadonlyMap<string, SpanChoiceLabel>): Labelled[] {
  const data: Labelled[] = [];
  const used = new Set<string>();
  for (const p of found) {
    const l = labelled.get(labelKey(p));
    if (!l || used.has(labelKey(p))) continue;
    used.add(labelKey(p));
    data.push({ features: p.features, label: l.isLonger ? 1 : 0, article: `${p.corpus}/${p.article}`, p });
  }
  return data;
}

/** `fit`: the penalty and the bar by cross-validation with whole articles held out, then the model on every label, written to OUT. */
function fitModel(data: Labelled[]): void {
  const examples: Example[] = data.map((d) => ({ features: d.features, label: d.label, offset: 0 }));
  const names = [...new Set(examples.flatMap((x) => Object.keys(x.features)))].sort();
  console.log(`labelled decision points met: ${data.length} (longer ${data.filter((d) => d.label).length}, rules ${data.filter((d) => !d.label).length}); ${names.length} features`);
  const best = bestPenalty(data, examples, names);
  const base = data.filter((d) => d.label).length / data.length;
  console.log(`  (a constant's log loss: ${(-(base * Math.log(base) + (1 - base) * Math.log(1 - base))).toFixed(4)})`);
  const threshold = lowestPreciseBar(data, best.held);
  if (process.env.SPAN_CHOICE_SHOW) for (const [i, d] of data.entries()) if (best.held[i]! >= 0.5 || d.label) console.log(`${best.held[i]!.toFixed(2)} ${d.label ? 'LONGER' : 'RULES'}: ${d.p.article} ${d.p.pieces.join(' | ')} => ${d.p.longer}`);
  const m = fit(examples, best.l2, names);
  const about =
    `Span choice model (src/extract/span-choice.ts), written by eval/train-span-choice.ts: logistic regression (L2 ${best.l2}, by 5-fold ` +
    `cross-validation with whole articles held out) over named features of a decision point, fitted on the ${examples.length} labelled train ` +
    `decision points of tests/gold/span-choices.json. threshold: the lowest bar at which held-out longer spans taken are right ` +
    `${PRECISION * 100}% of the time (0: never). Weights only, no text.`;
  const thresholdOut = process.env.SPAN_CHOICE_THRESHOLD !== undefined ? Number(process.env.SPAN_CHOICE_THRESHOLD) : threshold;
  writeFileSync(OUT, `${JSON.stringify({ about, threshold: thresholdOut, bias: m.bias, weights: m.weights }, null, 1)}\n`);
  console.log(`l2 ${best.l2}, threshold ${threshold} (written ${thresholdOut}); wrote ${path.relative(ROOT, OUT)} (${Object.keys(m.weights).length} weights)`);
}

/** The penalty of least held-out log loss (folds by article), with each example's held-out odds under it. */
function bestPenalty(data: readonly Labelled[], examples: readonly Example[], names: string[]): { l2: number; loss: number; held: number[] } {
  const fold = (i: number) => hashed(data[i]!.article) % FOLDS;
  let best = { l2: 0, loss: Infinity, held: [] as number[] };
  for (const l2 of [0.1, 0.03, 0.01, 0.003, 0.001]) {
    const held = new Array<number>(examples.length).fill(0);
    let loss = 0;
    for (let f = 0; f < FOLDS; f++) {
      const m = fit(examples.filter((_, i) => fold(i) !== f), l2, names, 1500);
      const out = examples.filter((_, i) => fold(i) === f);
      loss += logLoss(m, out) * out.length;
      examples.forEach((x, i) => {
        if (fold(i) === f) held[i] = logisticProbability(m, x.features);
      });
    }
    loss /= examples.length;
    console.log(`  l2 ${l2}: ${FOLDS}-fold (by article) held-out log loss ${loss.toFixed(4)}`);
    if (loss < best.loss) best = { l2, loss, held };
  }
  return best;
}

/** The lowest bar (steps of 0.05 from 0.95 to 0.5) at which at least 5 held-out longer spans are taken and PRECISION of them right; 0 if none. */
function lowestPreciseBar(data: readonly Labelled[], held: readonly number[]): number {
  let threshold = 0;
  for (let bar = 0.95; bar >= 0.5 - 1e-9; bar -= 0.05) {
    const taken = data.filter((_, i) => held[i]! >= bar);
    const right = taken.filter((d) => d.label).length;
    const precision = taken.length ? right / taken.length : 1;
    console.log(`  bar ${bar.toFixed(2)}: held-out longer spans taken ${taken.length}, right ${right} (precision ${precision.toFixed(3)}, recall ${(right / Math.max(1, data.filter((d) => d.label).length)).toFixed(3)})`);
    if (taken.length >= 5 && precision >= PRECISION) threshold = Math.round(bar * 100) / 100;
  }
  return threshold;
}

await main();
