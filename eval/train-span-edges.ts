/**
 * `node --import tsx eval/train-span-edges.ts points|fit [--dry]` (issue 15, session 47, ent87): the span-edge model
 * (src/extract/entities/span-edges.ts) from judged TRAIN entity pages only.
 *
 * Each judged train key of several words (tests/gold/pages-*.json, every slice of eval/pages.ts `PAGE_SLICES`; test
 * keys are never read, dev keys choose nothing here) that the current build names (`npm run eval:pages` makes the
 * Reuters and BBC graphs; each fresh slice's graph as eval/page-misses.ts says) gives its inner boundaries the model
 * is asked about (span-edges.ts `askedBoundary`): every boundary of a real, complete name is "keep joined" (0); a
 * judged not-name's boundary is "cut here" (1) where tests/gold/span-edges.json says it should have been cut (ids, the
 * name as written and the number of words before each cut, its other boundaries "keep"; `cuts: null` where cutting
 * makes nothing right, a title or a name cut short, whose boundaries are left out).
 * Session 48 (ent89): an unjudged train key (by its hash) that span-edges.json labels is read for its span only, and a
 * boundary between a country's word and a body's head (span-edges.ts `namesWhoseBody`) is never asked.
 *
 * - `points`: the judged not-names with no span-edge label yet, with their sentence, to /tmp/ent87-span-points.txt for
 *   labelling (the sentences stay out of the repository).
 * - `fit`: L2 by 5-fold cross-validation by article over the Reuters and BBC train keys; the bar is the lowest at which
 *   the cross-validated cuts are right 19 times in 20 (and at least 3 of them), with the cuts taken at 0.70–0.90
 *   beside it; then each fresh slice is scored held out (the model fitted without it). Writes src/extract/span-edge-model.json unless `--dry`.
 */
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import { askedBoundary, namesWhoseBody, spanEdgeFeatures } from '../src/extract/entities/span-edges.ts';
import { logisticProbability } from '../src/util/logistic.ts';
import { fit, type Example } from './logistic.ts';
import { FRESH_SLICES, PAGE_SLICES, entityKey, judgmentKey, readJudgments, splitOf } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-pages');
const LABELS = path.join(ROOT, 'tests', 'gold', 'span-edges.json');
const MODEL = path.join(ROOT, 'src', 'extract', 'span-edge-model.json');

interface EdgeLabel {
  corpus: string;
  article: string;
  name: string;
  /** Where the span is two or more things: the number of words before each cut (the other boundaries keep); null where cutting makes nothing right (a title, a name cut short). */
  cuts: number[] | null;
}

/** One judged name of several words as the build reads it: its words, its article's text and its sentence. */
interface Judged {
  corpus: string;
  article: string;
  name: string;
  isName: boolean;
  words: string[];
  body: string;
  sentence: string;
}

const readLabels = (): EdgeLabel[] => (existsSync(LABELS) ? (JSON.parse(readFileSync(LABELS, 'utf8')) as { labels: EdgeLabel[] }).labels : []);
const labelKey = (corpus: string, article: string, name: string) => `${corpus}|${article}|${name}`;

/** The judged train names of several words a build names, and the unjudged train keys span-edges.json labels (session 48: read for their span only, `cuts: []` a name whole). */
function judgedOf(corpus: string, labels: ReadonlyMap<string, EdgeLabel> = new Map()): Judged[] {
  const file = path.join(WORK, corpus, 'graph.json');
  if (!existsSync(file)) return (console.log(`${corpus}: no graph.json (see the header)`), []);
  const graph = asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson);
  const judgments = readJudgments(corpus);
  const files = new Map(graph.articles.map((a) => [a.id, a.file]));
  const bodies = new Map<string, string>();
  const bodyOf = (article: string) => {
    if (!bodies.has(article)) bodies.set(article, readFileSync(path.resolve(WORK, corpus, 'input', files.get(article) ?? ''), 'utf8'));
    return bodies.get(article)!;
  };
  const out: Judged[] = [];
  for (const e of [...graph.entities, ...graph.plainNames]) {
    const k = entityKey(e);
    const key = judgmentKey(k.article, k.name);
    const j = judgments.get(key) ?? (labels.has(labelKey(corpus, k.article, k.name)) ? { isName: false } : undefined);
    const words = k.name.trim().split(' ');
    if (!j || splitOf(corpus, key) !== 'train' || words.length < 2) continue;
    const m = e.mentions.find((x) => x.article === k.article && x.text === k.name) ?? e.mentions[0]!;
    out.push({ corpus, article: k.article, name: k.name, isName: j.isName, words, body: bodyOf(k.article), sentence: m.sentence ?? '' });
  }
  return out;
}

interface Point extends Example {
  corpus: string;
  article: string;
  name: string;
  k: number;
}

/** Every labelled boundary of the judged names: a real name's all "keep", a labelled not-name's cut "cut". */
function pointsOf(judged: readonly Judged[], labels: ReadonlyMap<string, EdgeLabel>): Point[] {
  const out: Point[] = [];
  for (const j of judged) {
    const label = labels.get(labelKey(j.corpus, j.article, j.name));
    const cuts = j.isName ? [] : label?.cuts;
    if (!cuts) continue;
    for (let k = 1; k < j.words.length; k++) {
      if (!askedBoundary(j.words, k) || namesWhoseBody(j.words, k)) continue;
      out.push({ corpus: j.corpus, article: j.article, name: j.name, k, features: spanEdgeFeatures(j.words, k, j.body), label: cuts.includes(k) ? 1 : 0, offset: 0 });
    }
  }
  return out;
}

const foldOf = (article: string, folds: number) => createHash('sha256').update(`span-edges|${article}`).digest()[0]! % folds;
const namesOf = (points: readonly Example[]) => [...new Set(points.flatMap((p) => Object.keys(p.features)))].sort();
const fitOn = (points: readonly Example[], l2: number) => fit(points, l2, namesOf(points));

function logLoss(scored: readonly { p: number; label: number }[]): number {
  return scored.reduce((s, x) => s - Math.log(Math.max(1e-9, x.label ? x.p : 1 - x.p)), 0) / Math.max(1, scored.length);
}

/** Held-out odds of each point, 5-fold by article. */
function crossValidated(points: readonly Point[], l2: number): { p: number; label: number; point: Point }[] {
  const out: { p: number; label: number; point: Point }[] = [];
  for (let f = 0; f < 5; f++) {
    const m = fitOn(points.filter((x) => foldOf(x.article, 5) !== f), l2);
    for (const x of points.filter((y) => foldOf(y.article, 5) === f)) out.push({ p: logisticProbability(m, x.features), label: x.label, point: x });
  }
  return out;
}

/** The lowest bar at which the cuts taken are right 19 times in 20, with at least 3 taken; 1 (no cut) if none. */
function barOf(scored: readonly { p: number; label: number }[]): number {
  for (let bar = 0.5; bar < 1; bar = Math.round((bar + 0.01) * 100) / 100) {
    const taken = scored.filter((x) => x.p >= bar);
    const right = taken.filter((x) => x.label === 1).length;
    if (taken.length >= 3 && right / taken.length >= 0.95) return bar;
  }
  return 1;
}

function table(title: string, scored: readonly { p: number; label: number }[], bar: number): void {
  const taken = scored.filter((x) => x.p >= bar);
  const cuts = scored.filter((x) => x.label === 1).length;
  console.log(`${title}: ${scored.length} boundaries (${cuts} cut); log loss ${logLoss(scored).toFixed(4)}; at ${bar}: cut ${taken.length}, right ${taken.filter((x) => x.label === 1).length}, cuts missed ${cuts - taken.filter((x) => x.label === 1).length}`);
}

function points(): void {
  const labels = new Map(readLabels().map((l) => [labelKey(l.corpus, l.article, l.name), l]));
  const rows: string[] = [];
  for (const corpus of PAGE_SLICES) {
    for (const j of judgedOf(corpus)) {
      if (j.isName || labels.has(labelKey(corpus, j.article, j.name))) continue;
      const asked = j.words.map((_, k) => k).filter((k) => k > 0 && askedBoundary(j.words, k));
      rows.push(`${corpus}\t${j.article}\t${j.name}\tasked ${asked.join(',') || '-'}\n    ${j.sentence.replace(/\s+/g, ' ')}`);
    }
  }
  writeFileSync('/tmp/ent87-span-points.txt', rows.join('\n') + '\n');
  console.log(`${rows.length} judged train not-names of several words with no label: /tmp/ent87-span-points.txt`);
}

function fitAll(dry: boolean): void {
  const labels = new Map(readLabels().map((l) => [labelKey(l.corpus, l.article, l.name), l]));
  const all = pointsOf(PAGE_SLICES.flatMap((corpus) => judgedOf(corpus, labels)), labels);
  const main = all.filter((p) => !FRESH_SLICES.includes(p.corpus));
  const l2s = (process.env.SPAN_EDGE_L2S ?? '0.0001,0.0003,0.001,0.003').split(',').map(Number);
  const cv = l2s.map((l2) => ({ l2, scored: crossValidated(main, l2) }));
  for (const { l2, scored } of cv) console.log(`L2 ${l2}: cross-validated log loss ${logLoss(scored).toFixed(4)}`);
  const best = cv.reduce((a, b) => (logLoss(b.scored) < logLoss(a.scored) ? b : a));
  const bar = Number(process.env.SPAN_EDGE_BAR ?? barOf(best.scored));
  table(`Reuters and BBC train, 5-fold by article (L2 ${best.l2})`, best.scored, bar);
  for (const b of [0.7, 0.75, 0.8, 0.85, 0.9]) table(`  at bar ${b}`, best.scored, b);
  if (process.env.SPAN_EDGE_SHOW) for (const x of best.scored.filter((y) => y.p >= Math.min(bar, 0.3) || y.label === 1).sort((a, b) => b.p - a.p)) console.log(`  ${x.p.toFixed(3)} ${x.label ? 'cut ' : 'keep'} ${x.point.corpus} ${x.point.article} ${x.point.name} @${x.point.k}`);
  for (const fresh of FRESH_SLICES) {
    const m = fitOn(all.filter((p) => p.corpus !== fresh), best.l2);
    const held = all.filter((p) => p.corpus === fresh).map((x) => ({ p: logisticProbability(m, x.features), label: x.label, point: x }));
    table(`${fresh} held out`, held, bar);
    if (process.env.SPAN_EDGE_SHOW) for (const x of held.filter((y) => y.p >= Math.min(bar, 0.3) || y.label === 1)) console.log(`  ${x.p.toFixed(3)} ${x.label ? 'cut ' : 'keep'} ${x.point.article} ${x.point.name} @${x.point.k}`);
  }
  const m = fitOn(all, best.l2);
  const about = `Span-edge model (src/extract/entities/span-edges.ts), written by eval/train-span-edges.ts: logistic regression (L2 ${best.l2}, by 5-fold cross-validation by article) over the words on each side of a name's inner boundary, fitted on ${all.length} boundaries of judged TRAIN pages (every real name's boundaries keep, ${all.filter((p) => p.label).length} labelled cuts of judged not-names); threshold: the lowest bar at which cross-validated cuts are right 19 in 20 (1: cuts nowhere).`;
  if (!dry) writeFileSync(MODEL, JSON.stringify({ about, threshold: bar, bias: m.bias, weights: m.weights }, null, 1) + '\n');
  console.log(`${dry ? 'not written (--dry)' : `wrote ${path.relative(ROOT, MODEL)}`}: ${Object.keys(m.weights).length} weights, threshold ${bar}`);
}

const mode = process.argv[2];
if (mode === 'points') points();
else if (mode === 'fit') fitAll(process.argv.includes('--dry'));
else console.log('usage: train-span-edges.ts points|fit [--dry]');
