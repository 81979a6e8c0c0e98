/**
 * Trains the part-of-speech tagger of src/extract/pos-tagger.ts — an averaged perceptron over Penn Treebank tags
 * (Honnibal's features and tag dictionary) — on CoNLL-2003 eng.train's POS column (../shared/corpus/conll2003, read at
 * run time; eng.testb is never read), prunes its weights (a weight nearer zero than POS_PRUNE is dropped, the rest
 * rounded to two decimals) and writes them to src/extract/pos-tagger-model.json. Reports Penn-tag accuracy on
 * eng.testa's gold tokens (the dev split) of the full and pruned weights, with their sizes.
 *
 *   npm run train-pos                       train, prune, write, print dev figures
 *   POS_PRUNE=0.5 npm run train-pos         another threshold
 *   npm run train-pos -- --check            dev figures of the shipped weights only
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { features, normal, type PosModel, PosTagger } from '../src/extract/pos-tagger.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/conll2003');
const MODEL = process.env.POS_MODEL_OUT ?? path.join(ROOT, 'src/extract/pos-tagger-model.json');
const ITERATIONS = 5;

/** A CoNLL-2003 token (its word and Penn POS tag) and sentence. */
export interface Token { word: string; tag: string }
export type Sentence = Token[];

/** CoNLL-2003 sentences (word and POS columns), documents' separators left out. */
export function readConll(file: string): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols.length < 2 || cols[0] === '-DOCSTART-') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    current.push({ word: cols[0]!, tag: cols[1]! });
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Words seen often enough with one tag almost always: tagged by lookup, as in Honnibal's tagger. */
function singleTags(sentences: readonly Sentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) for (const t of s) {
    const w = normal(t.word);
    const m = counts.get(w) ?? new Map<string, number>();
    m.set(t.tag, (m.get(t.tag) ?? 0) + 1);
    counts.set(w, m);
  }
  const out: Record<string, string> = {};
  for (const w of [...counts.keys()].sort()) {
    const m = counts.get(w)!;
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [tag, n] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (total >= 20 && n / total >= 0.97) out[w] = tag;
  }
  return out;
}

/** The running weights of training and their averages' bookkeeping (Collins' lazy averaging). */
class Averaged {
  readonly w = new Map<string, Float32Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Uint32Array>();
  clock = 0;
  constructor(private readonly n: number) {}

  private row<A extends Float32Array | Float64Array | Uint32Array>(m: Map<string, A>, f: string, make: (n: number) => A): A {
    let r = m.get(f);
    if (!r) m.set(f, (r = make(this.n)));
    return r;
  }

  update(f: string, k: number, by: number): void {
    const ws = this.row(this.w, f, (n) => new Float32Array(n));
    const ts = this.row(this.stamps, f, (n) => new Uint32Array(n));
    this.row(this.totals, f, (n) => new Float64Array(n))[k]! += (this.clock - ts[k]!) * ws[k]!;
    ts[k] = this.clock;
    ws[k]! += by;
  }

  /** Each feature's averaged weights, a weight nearer zero than `prune` dropped, the rest rounded to `digits`. */
  averages(prune: number, digits: number): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    const scale = 10 ** digits;
    for (const f of [...this.w.keys()].sort()) {
      const ws = this.w.get(f)!;
      const pairs: number[] = [];
      for (let k = 0; k < this.n; k++) {
        const total = this.totals.get(f)![k]! + (this.clock - this.stamps.get(f)![k]!) * ws[k]!;
        const mean = Math.round((total / this.clock) * scale) / scale;
        if (mean !== 0 && Math.abs(mean) >= prune) pairs.push(k, mean);
      }
      if (pairs.length > 0) out[f] = pairs;
    }
    return out;
  }
}

/** The best-scoring tag index of a word's features under the running weights. */
function guessOf(avg: Averaged, feats: readonly string[], n: number): number {
  const scores = new Float64Array(n);
  for (const f of feats) { const ws = avg.w.get(f); if (ws) for (let k = 0; k < n; k++) scores[k]! += ws[k]!; }
  let best = 0;
  for (let k = 1; k < n; k++) if (scores[k]! > scores[best]!) best = k;
  return best;
}

/** One pass over the sentences in `order`: each word tagged greedily and the weights moved where it is wrong. */
function pass(sentences: readonly Sentence[], order: readonly number[], avg: Averaged, tags: readonly string[], single: Record<string, string>): number {
  const index = new Map(tags.map((t, k) => [t, k]));
  let right = 0;
  let all = 0;
  for (const s of order) {
    const raw = sentences[s]!.map((t) => t.word);
    const words = raw.map(normal);
    let p1 = '-START-';
    let p2 = '-START2-';
    for (let i = 0; i < words.length; i++) {
      const gold = sentences[s]![i]!.tag;
      let guess = single[words[i]!];
      if (guess === undefined) {
        const feats = features(words, raw, i, p1, p2);
        const best = guessOf(avg, feats, tags.length);
        guess = tags[best]!;
        avg.clock++;
        if (guess !== gold) for (const f of feats) { avg.update(f, index.get(gold)!, 1); avg.update(f, best, -1); }
      }
      right += guess === gold ? 1 : 0;
      all++;
      p2 = p1;
      p1 = guess;
    }
  }
  return right / all;
}

/** Trains the averaged perceptron: `iterations` shuffled passes (a fixed seed). */
function train(sentences: readonly Sentence[], iterations: number): { tags: string[]; single: Record<string, string>; avg: Averaged } {
  const tags = [...new Set(sentences.flatMap((s) => s.map((t) => t.tag)))].sort();
  const single = singleTags(sentences);
  const avg = new Averaged(tags.length);
  const order = sentences.map((_, k) => k);
  let seed = 17;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let it = 0; it < iterations; it++) {
    console.error(`  pass ${it + 1}: ${pass(sentences, order, avg, tags, single).toFixed(4)} on train`);
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
  }
  return { tags, single, avg };
}

/** Penn-tag accuracy of a model on sentences' gold tokens. */
function accuracy(model: PosModel, sentences: readonly Sentence[]): number {
  const tagger = new PosTagger(model);
  let right = 0;
  let all = 0;
  for (const s of sentences) {
    const tags = tagger.tag(s.map((t) => t.word));
    s.forEach((t, k) => { right += tags[k] === t.tag ? 1 : 0; all++; });
  }
  return right / all;
}

function main(): void {
  const dev = readConll(path.join(CORPUS, 'eng.testa'));
  const report = (name: string, model: PosModel) => {
    const bytes = Buffer.byteLength(JSON.stringify(model));
    console.log(`${name}: eng.testa Penn accuracy ${accuracy(model, dev).toFixed(4)}, ${(bytes / 1e6).toFixed(2)} MB, ${Object.keys(model.weights).length} features`);
  };
  if (process.argv.includes('--check')) return report('shipped', JSON.parse(readFileSync(MODEL, 'utf8')) as PosModel);
  const { tags, single, avg } = train(readConll(path.join(CORPUS, 'eng.train')), ITERATIONS);
  report('full (3 decimals)', { tags, single, weights: avg.averages(0, 3) });
  for (const prune of (process.env.POS_PRUNE_TRY ?? '').split(',').filter(Boolean).map(Number)) report(`pruned below ${prune}`, { tags, single, weights: avg.averages(prune, 2) });
  const prune = Number(process.env.POS_PRUNE ?? '1.25');
  const model: PosModel = { tags, single, weights: avg.averages(prune, 2) };
  report(`shipped, pruned below ${prune}`, model);
  writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${MODEL}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
