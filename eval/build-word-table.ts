/**
 * `npm run build-word-table`: learns, from unlabeled news (Reuters-21578 and BBC in ../shared/corpus, read at run
 * time), two tables for the tagger's word features and writes them to src/extract/ner/words.json. Only the tables
 * ship, never text. Run it before `npm run train-ner`: the model is trained with the table it ships with.
 *
 * - **Case**: per word (lowercased, seen at least 3 times away from a sentence start and outside all-capital lines),
 *   whether it is written in lower case almost always (`lower`, under 10% capitalised), sometimes (`mixed`), or almost
 *   never (`capital`). A capital from a headline or a sentence start on a word of the first kind is not a name.
 * - **Clusters**: words (as written, at least 20 times) grouped by the words around them: each word's counts of the
 *   300 most frequent words just before and just after it, log-scaled and normalised, clustered by spherical k-means
 *   into 256 clusters (seeded, deterministic), and those into 32 (Ratinov & Roth used Brown clusters the same way:
 *   a word unseen in the labeled data shares a cluster with words seen there).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/extract/ner/index.ts';
import { isAllCaps } from '../src/extract/ner/tagger.ts';
import type { SerializedWordTable } from '../src/extract/ner/words.ts';
import { newsParagraphs as paragraphs } from '../bench/corpora.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_CASE = 3;
const MIN_CLUSTER = 20;
const CONTEXT = 300;
const K_FINE = 256;
const K_COARSE = 32;
const ITERATIONS = 15;

const started = performance.now();
const lowerCount = new Map<string, number>();
const capCount = new Map<string, number>();
const freq = new Map<string, number>();
const sentences: string[][] = [];
let tokens = 0;
for (const p of paragraphs()) {
  const words = tokenize(p).map((t) => t.text);
  tokens += words.length;
  sentences.push(words);
  if (isAllCaps(words)) continue;
  words.forEach((w, i) => {
    freq.set(w, (freq.get(w) ?? 0) + 1);
    if (!/^\p{L}/u.test(w)) return;
    const lw = w.toLowerCase();
    if (/^\p{Ll}/u.test(w)) lowerCount.set(lw, (lowerCount.get(lw) ?? 0) + 1);
    else if (i > 0 && !/^[.!?:;"“”'‘’(\[-]$/.test(words[i - 1]!)) capCount.set(lw, (capCount.get(lw) ?? 0) + 1);
  });
}
console.error(`read ${sentences.length} paragraphs, ${tokens} words in ${((performance.now() - started) / 1000).toFixed(1)}s`);

const cases: SerializedWordTable['case'] = { lower: [], mixed: [], capital: [] };
for (const w of new Set([...lowerCount.keys(), ...capCount.keys()])) {
  const lo = lowerCount.get(w) ?? 0;
  const cap = capCount.get(w) ?? 0;
  if (lo + cap < MIN_CASE) continue;
  const share = cap / (lo + cap);
  (share < 0.1 ? cases.lower : share < 0.9 ? cases.mixed : cases.capital).push(w);
}
for (const list of Object.values(cases)) list.sort();

// Clusters.
const byFreq = [...freq].filter(([w, n]) => n >= MIN_CLUSTER && /\p{L}/u.test(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.map(([w]) => w);
const index = new Map(vocab.map((w, i) => [w, i]));
const contextWords = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CONTEXT).map(([w]) => w);
const ctx = new Map(contextWords.map((w, i) => [w, i]));
const D = CONTEXT * 2 + 2;
const vectors = new Float32Array(vocab.length * D);
for (const words of sentences) {
  for (let i = 0; i < words.length; i++) {
    const v = index.get(words[i]!);
    if (v === undefined) continue;
    const left = i === 0 ? CONTEXT * 2 : ctx.get(words[i - 1]!);
    const right = i === words.length - 1 ? CONTEXT * 2 + 1 : ctx.get(words[i + 1]!);
    if (left !== undefined) vectors[v * D + left]!++;
    if (right !== undefined) vectors[v * D + (right >= CONTEXT * 2 ? right : CONTEXT + right)]!++;
  }
}
function normalise(a: Float32Array, n: number, log: boolean): void {
  for (let v = 0; v < n; v++) {
    let norm = 0;
    for (let d = 0; d < D; d++) {
      if (log) a[v * D + d] = Math.log1p(a[v * D + d]!);
      norm += a[v * D + d]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) a[v * D + d]! /= norm;
  }
}
normalise(vectors, vocab.length, true);

/** The word vectors as sparse rows (most words meet few of the context words), for the fine clustering. */
const rows: { idx: Int32Array; val: Float32Array }[] = [];
for (let v = 0; v < vocab.length; v++) {
  const idx: number[] = [];
  const val: number[] = [];
  for (let d = 0; d < D; d++) if (vectors[v * D + d]) { idx.push(d); val.push(vectors[v * D + d]!); }
  rows.push({ idx: Int32Array.from(idx), val: Float32Array.from(val) });
}

/** Spherical k-means, seeded by evenly spaced points in frequency order (deterministic). */
function kmeans(n: number, k: number, dot: (v: number, centroids: Float32Array, c: number) => number, addTo: (v: number, centroids: Float32Array, c: number) => void): Int32Array {
  const centroids = new Float32Array(k * D);
  for (let c = 0; c < k; c++) addTo(Math.floor((c * n) / k), centroids, c);
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let v = 0; v < n; v++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(v, centroids, c);
        if (s > bestScore) { bestScore = s; best = c; }
      }
      if (assign[v] !== best) moved++;
      assign[v] = best;
    }
    centroids.fill(0);
    for (let v = 0; v < n; v++) addTo(v, centroids, assign[v]!);
    normalise(centroids, k, false);
    console.error(`k=${k} iteration ${it + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return assign;
}
const fine = kmeans(vocab.length, K_FINE, (v, cs, c) => {
  const { idx, val } = rows[v]!;
  let s = 0;
  for (let j = 0; j < idx.length; j++) s += val[j]! * cs[c * D + idx[j]!]!;
  return s;
}, (v, cs, c) => {
  const { idx, val } = rows[v]!;
  for (let j = 0; j < idx.length; j++) cs[c * D + idx[j]!]! += val[j]!;
});
const centroids = new Float32Array(K_FINE * D);
for (let v = 0; v < vocab.length; v++) { const { idx, val } = rows[v]!; for (let j = 0; j < idx.length; j++) centroids[fine[v]! * D + idx[j]!]! += val[j]!; }
normalise(centroids, K_FINE, false);
const coarse = kmeans(K_FINE, K_COARSE, (v, cs, c) => {
  let s = 0;
  for (let d = 0; d < D; d++) s += centroids[v * D + d]! * cs[c * D + d]!;
  return s;
}, (v, cs, c) => {
  for (let d = 0; d < D; d++) cs[c * D + d]! += centroids[v * D + d]!;
});

const table: SerializedWordTable = {
  about: 'Word features learned from unlabeled news (Reuters-21578 and BBC) by npm run build-word-table (eval/build-word-table.ts): how each word is usually written, and its cluster. No text.',
  case: cases,
  clusters: Object.fromEntries(vocab.map((w, v) => [w, `${coarse[fine[v]!]}.${fine[v]}`]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))),
};
const json = JSON.stringify(table);
writeFileSync(path.join(ROOT, 'src', 'extract', 'ner', 'words.json'), json);
console.log(`words.json: ${(json.length / 1024).toFixed(0)} KB; case: ${cases.lower.length} lower, ${cases.mixed.length} mixed, ${cases.capital.length} capital; ${vocab.length} words in ${K_FINE} clusters (${K_COARSE} groups); ${((performance.now() - started) / 1000).toFixed(1)}s`);
