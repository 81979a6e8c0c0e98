/**
 * Trains the same-happening model of src/resolve/same-happening.ts — whether two reports tell one happening — on the
 * event coreference of MEANTIME Apple (../shared/corpus/meantime_en, read at run time; only the learned weights are
 * written, to src/resolve/same-happening-model.json).
 *
 * Split by the kind of link, fixed before training: pairs of event mentions of one article (in different sentences:
 * resolve joins reports of different sentences) train; pairs of mentions of two articles are development, the task
 * the model is for (cross-document links), and are never trained on. A pair is one happening when both mentions
 * refer to one event instance. Only pairs resolve could be asked about are examples: their sentences share a named
 * entity (resolve compares only reports that share a participant). An article's news is told in its title (sentence 0)
 * and its lede (sentence 2; sentence 1 is the dateline).
 *
 * Tried first and left: TimeBank + AQUAINT's IDENTITY TLINKs (745 links, not annotated exhaustively): with the same
 * features, dev F1 at best 0.08 (P 0.20 R 0.05).
 *
 *   node --import tsx eval/train-same-happening.ts          train, write the weights, print dev figures
 *   node --import tsx eval/train-same-happening.ts --check  print dev figures of the shipped weights only
 *   COUNT=1 …                                                also how often each feature fires in train, by label
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTrigger } from '../src/extract/events.ts';
import { contentWords, objectOf, pairFeatures, pairScore, rarity, type ReportView, type SameHappeningModel } from '../src/resolve/same-happening.ts';
import { detokenize, readDoc, type GoldDoc } from './meantime.ts';
import { binaryFigures } from './timeml.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(ROOT, '../shared/corpus/meantime_en/intra_cross-doc_annotation/corpus_apple');
const MODEL = path.join(ROOT, 'src/resolve/same-happening-model.json');
/** Gradient steps, their size, and the L2 penalty that keeps the few examples from pushing weights to extremes. */
const STEPS = 2000;
const RATE = 0.5;
const L2 = 0.01;

interface Report { view: ReportView; names: Set<string>; article: string; sentence: number; instance: string }
interface Pair { label: number; features: Record<string, number>; show: string }

function reportsOf(doc: GoldDoc): Report[] {
  const text = (ids: string[]) => detokenize(ids.map((t) => doc.tokens.get(t)!)).text;
  const sentenceOf = (mId: string) => doc.tokens.get(doc.markables.get(mId)?.[0] ?? '')?.sentence ?? -1;
  const lines = new Map<number, string[]>();
  for (const [id, t] of doc.tokens) lines.set(t.sentence, [...(lines.get(t.sentence) ?? []), id]);
  // A sentence's names: the entity instances of its named mentions (resolve's participants are entities too).
  const names = new Map<number, Set<string>>();
  for (const m of doc.named) {
    const inst = doc.instanceOf.get(m);
    if (inst) names.set(sentenceOf(m), (names.get(sentenceOf(m)) ?? new Set()).add(inst));
  }
  const out: Report[] = [];
  for (const [mId, instance] of doc.eventInstanceAll) {
    const sentence = sentenceOf(mId);
    const line = text(lines.get(sentence) ?? []);
    const trigger = text(doc.markables.get(mId) ?? []);
    const at = line.indexOf(trigger);
    const found = at >= 0 ? findTrigger(line.slice(at, at + 40)) : null;
    const role = (r: string) => [...new Set(doc.roles.filter((x) => x.event === mId && x.role === r).map((x) => doc.instanceOf.get(x.entity)).filter((e): e is string => e !== undefined))].sort();
    out.push({ view: { trigger, type: found?.index === 0 ? found.type : null, words: contentWords(line), actors: role('Arg0'), targets: role('Arg1'), news: sentence === 0 || sentence === 2, object: objectOf(line, trigger) }, names: names.get(sentence) ?? new Set(), article: doc.id, sentence, instance });
  }
  return out.sort((a, b) => a.sentence - b.sentence || (a.view.trigger < b.view.trigger ? -1 : 1));
}

const docs = readdirSync(DIR).filter((f) => f.endsWith('.xml')).sort().map((f) => readDoc(path.join(DIR, f)));
const reports = docs.flatMap(reportsOf);
// Word rarity over the articles' sentences, as resolve weighs words over a build's reports.
const weight = rarity(reports.map((r) => r.view.words));
const train: Pair[] = [];
const dev: Pair[] = [];
for (let i = 0; i < reports.length; i++) {
  for (let j = i + 1; j < reports.length; j++) {
    const [a, b] = [reports[i]!, reports[j]!];
    if (a.article === b.article && a.sentence === b.sentence) continue;
    const names = [...a.names].filter((x) => b.names.has(x)).length;
    if (names === 0) continue;
    const pair = { label: a.instance === b.instance ? 1 : 0, features: pairFeatures(a.view, b.view, names, weight, a.article === b.article), show: `${a.view.trigger} [${a.view.object?.words.join(' ')}] / ${b.view.trigger} [${b.view.object?.words.join(' ')}]` };
    (a.article === b.article ? train : dev).push(pair);
  }
}

function report(name: string, score: (p: Pair) => number): void {
  const f = binaryFigures(dev, score);
  console.log(`${name}: ${f.text} (${f.tp}/${f.predicted} predicted, ${f.gold} gold pairs of ${dev.length})`);
}

console.log(`MEANTIME Apple: ${docs.length} articles, ${reports.length} event mentions; train (one article) ${train.length} pairs (${train.filter((p) => p.label).length} one happening), dev (two articles) ${dev.length} pairs (${dev.filter((p) => p.label).length})`);
report('same trigger stem', (p) => (p.features.stem ? 1 : -1));
const model: SameHappeningModel = process.argv.includes('--check') ? (JSON.parse(readFileSync(MODEL, 'utf8')) as SameHappeningModel) : trainLogistic(train);
if (!process.argv.includes('--check')) {
  writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path.relative(ROOT, MODEL)}: ${Object.keys(model.weights).length} features`);
}
report('model', (p) => pairScore(p.features, model));
// COUNT=1: how often each feature fires among the training pairs that are not one happening / are one.
if (process.env.COUNT) for (const f of Object.keys(train[0]!.features)) console.log(f, [0, 1].map((l) => train.filter((p) => p.label === l && p.features[f]! > 0).length).join(" / "), "of", train.filter((p) => p.label === 0).length, "/", train.filter((p) => p.label === 1).length);
console.log(`weights: bias ${model.bias}, ${Object.entries(model.weights).map(([f, w]) => `${f} ${w}`).join(', ')}`);
if (process.env.SHOW) for (const p of dev.filter((x) => x.label === 1 || pairScore(x.features, model) > 0)) console.log(p.label, pairScore(p.features, model).toFixed(2), p.show);

/** Logistic regression by full-batch gradient descent from zero: the same weights on every run. */
function trainLogistic(examples: Pair[]): SameHappeningModel {
  const names = Object.keys(examples[0]!.features).sort();
  const w = new Map(names.map((n) => [n, 0]));
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const grad = new Map(names.map((n) => [n, 0]));
    let gradBias = 0;
    for (const ex of examples) {
      const z = bias + names.reduce((sum, n) => sum + w.get(n)! * ex.features[n]!, 0);
      const err = 1 / (1 + Math.exp(-z)) - ex.label;
      gradBias += err;
      for (const n of names) grad.set(n, grad.get(n)! + err * ex.features[n]!);
    }
    bias -= (RATE * gradBias) / examples.length;
    for (const n of names) w.set(n, w.get(n)! - RATE * (grad.get(n)! / examples.length + L2 * w.get(n)!));
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const fitted = { bias: round(bias), weights: Object.fromEntries(names.map((n) => [n, round(w.get(n)!)])) };
  // Few pairs are one happening (4%): at even odds the model joins nearly nothing. The bias is moved to the log-odds
  // that is best on the training pairs (F1), so that a score above 0 is "one happening".
  const scores = examples.map((ex) => ({ z: pairScore(ex.features, fitted), label: ex.label })).sort((a, b) => b.z - a.z);
  let best = { f1: 0, z: 0 };
  let tp = 0;
  const gold = examples.filter((ex) => ex.label).length;
  scores.forEach((s, i) => {
    tp += s.label;
    const f1 = (2 * tp) / (i + 1 + gold);
    if (f1 > best.f1 && (scores[i + 1]?.z ?? -Infinity) < s.z) best = { f1, z: (s.z + (scores[i + 1]?.z ?? s.z - 1)) / 2 };
  });
  return { ...fitted, bias: round(fitted.bias - best.z) };
}
