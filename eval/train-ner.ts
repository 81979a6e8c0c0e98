/**
 * `npm run train-ner`: trains the averaged-perceptron name tagger (src/extract/ner/tagger.ts) on CoNLL-2003
 * eng.train (read from ../shared/corpus at run time), reports exact-span F1 on eng.testa, and writes the pruned
 * weights to src/extract/ner/model.json. Deterministic: fixed epoch count and a seeded shuffle.
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TAGS, features, bestTag, scoreTags, sentenceForms, tagWords, type Weights, type SerializedModel } from '../src/extract/ner/tagger.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/conll2003');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 6);

interface Sentence { words: string[]; tags: string[] }

/** CoNLL IOB1 → BIO. */
export function readConllSentences(file: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  const flush = () => {
    if (cur.words.length) out.push(cur);
    cur = { words: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-') || !line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    const word = cols[0]!;
    const iob = cols[3] ?? 'O';
    const prev = cur.tags.at(-1) ?? 'O';
    let tag = iob;
    if (iob !== 'O') {
      const cls = iob.slice(2);
      tag = iob.startsWith('B-') || prev === 'O' || prev.slice(2) !== cls ? `B-${cls}` : `I-${cls}`;
    }
    cur.words.push(word);
    cur.tags.push(tag);
  }
  flush();
  return out;
}

function spans(tags: readonly string[]): string[] {
  const out: string[] = [];
  let start = -1;
  let cls = '';
  tags.forEach((t, i) => {
    if (start >= 0 && !(t.startsWith('I-') && t.slice(2) === cls)) {
      out.push(`${start}:${i}:${cls}`);
      start = -1;
    }
    if (t.startsWith('B-') || (t.startsWith('I-') && start < 0)) {
      start = i;
      cls = t.slice(2);
    }
  });
  if (start >= 0) out.push(`${start}:${tags.length}:${cls}`);
  return out;
}

export function f1(gold: Sentence[], predict: (s: Sentence) => string[]): { p: number; r: number; f: number } {
  let correct = 0, predicted = 0, total = 0;
  for (const s of gold) {
    const g = new Set(spans(s.tags).filter((x) => !x.endsWith('MISC')));
    const p = spans(predict(s)).filter((x) => !x.endsWith('MISC'));
    total += g.size;
    predicted += p.length;
    for (const x of p) if (g.has(x)) correct++;
  }
  const p = correct / predicted;
  const r = correct / total;
  return { p, r, f: (2 * p * r) / (p + r) };
}

function train(sentences: Sentence[]): Weights {
  const weights: Weights = new Map();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const n = TAGS.length;
  const get = (m: Map<string, Float64Array>, f: string) => {
    let a = m.get(f);
    if (!a) {
      a = new Float64Array(n);
      m.set(f, a);
    }
    return a;
  };
  const update = (f: string, k: number, delta: number) => {
    const w = get(weights, f);
    const tot = get(totals, f);
    const st = get(stamps, f);
    tot[k]! += (step - st[k]!) * w[k]!;
    st[k] = step;
    w[k]! += delta;
  };
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const s = sentences[idx]!;
      const forms = sentenceForms(s.words);
      let prev = '<s>';
      let prev2 = '<s>';
      for (let i = 0; i < s.words.length; i++) {
        step++;
        const feats = features(forms, i, prev, prev2);
        const guess = bestTag(scoreTags(weights, feats), prev);
        const truth = TAGS.indexOf(s.tags[i] as (typeof TAGS)[number]);
        if (guess !== truth) for (const f of feats) {
          update(f, truth, 1);
          update(f, guess, -1);
        }
        prev2 = prev;
        prev = TAGS[guess]!;
      }
    }
    console.error(`epoch ${epoch + 1}/${EPOCHS}`);
  }
  // Average.
  const averaged: Weights = new Map();
  for (const [f, w] of weights) {
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    const a = new Float64Array(n);
    for (let k = 0; k < n; k++) a[k] = (tot[k]! + (step - st[k]!) * w[k]!) / step;
    averaged.set(f, a);
  }
  return averaged;
}

function serialize(weights: Weights, threshold: number): SerializedModel {
  const out: Record<string, [number, number][]> = {};
  for (const f of [...weights.keys()].sort()) {
    const pairs: [number, number][] = [];
    weights.get(f)!.forEach((v, k) => {
      if (Math.abs(v) >= threshold) pairs.push([k, Math.round(v * 1000) / 1000]);
    });
    if (pairs.length) out[f] = pairs;
  }
  return { tags: TAGS, weights: out };
}

const trainSet = readConllSentences(path.join(CORPUS, 'eng.train'));
const devSet = readConllSentences(path.join(CORPUS, 'eng.testa'));
const started = performance.now();
const weights = train(trainSet);
console.error(`trained on ${trainSet.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)}s`);
const full = f1(devSet, (s) => tagWords(weights, s.words));
const model = serialize(weights, Number(process.env.NER_PRUNE ?? 0.02));
const { loadWeights } = await import('../src/extract/ner/tagger.ts');
const pruned = loadWeights(model);
const afterPrune = f1(devSet, (s) => tagWords(pruned, s.words));
const json = JSON.stringify(model);
writeFileSync(path.join(ROOT, 'src', 'extract', 'ner', 'model.json'), json);
console.log(`eng.testa (PER/ORG/LOC, exact spans): full P ${full.p.toFixed(3)} R ${full.r.toFixed(3)} F1 ${full.f.toFixed(3)}; ` +
  `pruned P ${afterPrune.p.toFixed(3)} R ${afterPrune.r.toFixed(3)} F1 ${afterPrune.f.toFixed(3)}; model ${(json.length / 1024 / 1024).toFixed(1)} MB, ${Object.keys(model.weights).length} features`);
