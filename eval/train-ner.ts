/**
 * `npm run train-ner`: trains the averaged-perceptron name tagger (src/extract/ner/tagger.ts) on CoNLL-2003
 * eng.train (read from ../shared/corpus at run time), reports exact-span F1 on eng.testa, and writes the pruned
 * weights to src/extract/ner/model.json (in the flat shape, tagger.ts `FlatModel`). Deterministic: fixed epoch count and a seeded shuffle of documents
 * (sentences stay in order within a document, which the document features need).
 *
 * Split: eng.train trains; eng.testa is the development set (tuning, and the figure printed here). CoNLL's test
 * set (eng.testb) is never read.
 *
 * NER_FEATURES (default `gazetteer,document`) names the feature groups to train with, to measure each one:
 * `gazetteer` (gazetteers.json, from `npm run build-gazetteers`), `document` (a word's other uses in its document),
 * `words` (words.json from unlabeled news, `npm run build-word-table`: usual case and clusters).
 * The weights of a group left out stay empty, so the tagger reads such a model as trained.
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TAGS, features, bestTag, scoreTags, sentenceForms, documentContext, remember, tagDocumentScored, flatModel, type Weights, type SerializedModel } from '../src/extract/ner/tagger.ts';
import { shippedGazetteers } from '../src/extract/ner/gazetteer.ts';
import { shippedWordTable } from '../src/extract/ner/words.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/conll2003');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 6);
const GROUPS = new Set((process.env.NER_FEATURES ?? 'gazetteer,document,words').split(',').filter(Boolean));
const gazetteers = GROUPS.has('gazetteer') ? shippedGazetteers() : null;
const useDocument = GROUPS.has('document');
const wordTable = GROUPS.has('words') ? shippedWordTable() : null;

interface Sentence { words: string[]; tags: string[] }

/** CoNLL IOB1 → BIO, by document (a -DOCSTART- line starts one). */
export function readConllDocuments(file: string): Sentence[][] {
  const docs: Sentence[][] = [];
  let doc: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  const flush = () => {
    if (cur.words.length) doc.push(cur);
    cur = { words: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (!line.trim()) {
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
  if (doc.length) docs.push(doc);
  return docs;
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

export function f1(gold: Sentence[][], predict: (doc: Sentence[]) => string[][]): { p: number; r: number; f: number } {
  let correct = 0, predicted = 0, total = 0;
  for (const doc of gold) for (const [k, tags] of predict(doc).entries()) {
    const s = doc[k]!;
    const g = new Set(spans(s.tags).filter((x) => !x.endsWith('MISC')));
    const p = spans(tags).filter((x) => !x.endsWith('MISC'));
    total += g.size;
    predicted += p.length;
    for (const x of p) if (g.has(x)) correct++;
  }
  const p = correct / predicted;
  const r = correct / total;
  return { p, r, f: (2 * p * r) / (p + r) };
}

function train(docs: Sentence[][]): Weights {
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
  const order = docs.map((_, i) => i);
  // Each document's forms and gazetteer matches, computed once.
  const prepared = docs.map((doc) => doc.map((s) => sentenceForms(s.words, gazetteers, wordTable)));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      // The document's history holds the tags the model itself chose, as it will when tagging.
      const context = useDocument ? documentContext(docs[d]!.map((s) => s.words)) : null;
      docs[d]!.forEach((s, si) => {
        const forms = prepared[d]![si]!;
        let prev = '<s>';
        let prev2 = '<s>';
        const chosen: string[] = [];
        for (let i = 0; i < s.words.length; i++) {
          step++;
          const feats = features(forms, i, prev, prev2, context);
          const guess = bestTag(scoreTags(weights, feats), prev);
          const truth = TAGS.indexOf(s.tags[i] as (typeof TAGS)[number]);
          if (guess !== truth) for (const f of feats) {
            update(f, truth, 1);
            update(f, guess, -1);
          }
          prev2 = prev;
          prev = TAGS[guess]!;
          chosen.push(prev);
        }
        if (context) chosen.forEach((t, i) => remember(context, forms, i, t));
      });
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

const trainSet = readConllDocuments(path.join(CORPUS, 'eng.train'));
const devSet = readConllDocuments(path.join(CORPUS, 'eng.testa'));
const started = performance.now();
const weights = train(trainSet);
console.error(`trained on ${trainSet.length} documents (${[...GROUPS].join(', ') || 'base features'}) in ${((performance.now() - started) / 1000).toFixed(1)}s`);
const tagDoc = (w: Parameters<typeof tagDocumentScored>[0]) => (doc: Sentence[]) =>
  useDocument ? tagDocumentScored(w, doc.map((s) => s.words), gazetteers, wordTable).map((r) => r.tags) : doc.map((s) => tagDocumentScored(w, [s.words], gazetteers, wordTable)[0]!.tags);
const full = f1(devSet, tagDoc(weights));
const model = serialize(weights, Number(process.env.NER_PRUNE ?? 0.02));
const { loadWeights } = await import('../src/extract/ner/tagger.ts');
const pruned = loadWeights(model);
const afterPrune = f1(devSet, tagDoc(pruned));
// Written flat (tagger.ts `FlatModel`: the same weights, read in about a third of the nested text's time).
const json = JSON.stringify(flatModel(model));
writeFileSync(process.env.NER_OUT ?? path.join(ROOT, 'src', 'extract', 'ner', 'model.json'), json);
console.log(`eng.testa (PER/ORG/LOC, exact spans): full P ${full.p.toFixed(3)} R ${full.r.toFixed(3)} F1 ${full.f.toFixed(3)}; ` +
  `pruned P ${afterPrune.p.toFixed(3)} R ${afterPrune.r.toFixed(3)} F1 ${afterPrune.f.toFixed(3)}; model ${(json.length / 1024 / 1024).toFixed(1)} MB, ${Object.keys(model.weights).length} features`);
