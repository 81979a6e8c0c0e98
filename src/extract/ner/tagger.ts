/**
 * A greedy averaged-perceptron sequence tagger for names (BIO tags over PER/ORG/LOC/MISC), trained at development
 * time by eval/train-ner.ts on CoNLL-2003 eng.train. Only the learned weights ship (model.json); no corpus text.
 * Features (after Ratinov & Roth 2009): the word, its shape, affixes, neighbouring words and shapes, the previous
 * tags; gazetteer matches (gazetteer.ts); and two of the document: whether the word is also written in lower case
 * elsewhere in it (a capital from a headline or a sentence start), and which kind of name the tagger made of the
 * same word earlier in it.
 */
import { gazetteerFeatures, type Gazetteers } from './gazetteer.ts';
import type { WordTable } from './words.ts';
import { memoByString } from '../../util/memo.ts';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

export function shape(w: string): string {
  const s = w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd');
  return s.replace(/(.)\1+/g, '$1$1');
}

/** `shape`, kept per spelling (words repeat; four Unicode replaces do not need to). */
const shapeOf = memoByString(shape, 100_000);

/** Per-sentence word forms, computed once so each token's features are plain string joins. */
export interface SentenceForms {
  words: readonly string[];
  lower: string[];
  shapes: string[];
  allCaps: boolean;
  /** Per word, its gazetteer features. */
  gazetteer: string[][];
  /** Per word, its features from unlabeled news (words.ts): how it is usually written, its cluster. */
  learned: string[][];
}

export function sentenceForms(words: readonly string[], gazetteers: Gazetteers | null, table: WordTable | null = null): SentenceForms {
  const lower = words.map((w) => w.toLowerCase());
  const allCaps = isAllCaps(words);
  return {
    words,
    lower,
    shapes: words.map(shapeOf),
    allCaps,
    gazetteer: gazetteers ? gazetteerFeatures(gazetteers, words) : words.map(() => []),
    learned: table ? learnedFeatures(table, words, lower, allCaps) : words.map(() => []),
  };
}

/**
 * How the word is usually written in news (`cs=lower`: a common word, whatever its capital here), with where it
 * stands (a sentence start, a line in capitals); its cluster and group, and its neighbours' clusters. A word in
 * capitals is looked up as it would be written in a sentence ("JAPAN" as "Japan").
 */
function learnedFeatures(table: WordTable, words: readonly string[], lower: readonly string[], allCaps: boolean): string[][] {
  const cluster = (i: number) => {
    if (i < 0 || i >= words.length) return null;
    const w = words[i]!;
    return table.clusterOf.get(w) ?? (/\p{Lu}{2}/u.test(w) ? table.clusterOf.get(w[0] + lower[i]!.slice(1)) : undefined) ?? table.clusterOf.get(lower[i]!) ?? null;
  };
  return words.map((w, i) => {
    const out: string[] = [];
    if (/^\p{Lu}/u.test(w)) {
      const kind = table.caseOf.get(lower[i]!) ?? 'unseen';
      out.push(`cs=${kind}`, `cs=${kind}|${i === 0}|${allCaps}`);
    }
    const c = cluster(i);
    if (c) out.push(`c=${c[0]}`, `C=${c[1]}`);
    const before = cluster(i - 1);
    const after = cluster(i + 1);
    out.push(`c-1=${before?.[0] ?? '-'}`, `c+1=${after?.[0] ?? '-'}`);
    return out;
  });
}

/**
 * What the tagger knows of the whole document while it reads one word: the words written in lower case anywhere in
 * it, and per capitalised word, how often it read that word as each class so far (the "prediction history").
 */
export interface DocumentContext {
  lowerCase: Set<string>;
  history: Map<string, Int32Array>;
}

const CLASSES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;

export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const lowerCase = new Set<string>();
  for (const words of sentences) for (const w of words) if (/^\p{Ll}/u.test(w)) lowerCase.add(w);
  return { lowerCase, history: new Map() };
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** After a word is tagged: remember its class for the rest of the document. */
export function remember(doc: DocumentContext, f: SentenceForms, i: number, tag: string): void {
  if (!capitalised(f.words[i]!)) return;
  const lw = f.lower[i]!;
  let counts = doc.history.get(lw);
  if (!counts) doc.history.set(lw, (counts = new Int32Array(CLASSES.length)));
  counts[tag === 'O' ? 0 : CLASSES.indexOf(tag.slice(2) as (typeof CLASSES)[number])]!++;
}

function historyFeature(doc: DocumentContext, lw: string): string {
  const counts = doc.history.get(lw);
  if (!counts) return 'h=none';
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return `h=${CLASSES[best]}`;
}

export function features(f: SentenceForms, i: number, prev: string, prev2: string, doc: DocumentContext | null = null): string[] {
  const n = f.words.length;
  const at = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : f.lower[k]!);
  const sh = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : f.shapes[k]!);
  const lw = f.lower[i]!;
  const s0 = f.shapes[i]!;
  const out = [
    'b',
    `w=${lw}`,
    `W=${f.words[i]}`,
    `s=${s0}`,
    `p3=${lw.slice(0, 3)}`,
    `x3=${lw.slice(-3)}`,
    `x2=${lw.slice(-2)}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `s-1=${sh(i - 1)}`,
    `s+1=${sh(i + 1)}`,
    `t-1=${prev}`,
    `t-2t-1=${prev2}|${prev}`,
    `t-1w=${prev}|${lw}`,
    `s-1s=${sh(i - 1)}|${s0}`,
    `ss+1=${s0}|${sh(i + 1)}`,
    `w-1w=${at(i - 1)}|${lw}`,
    `ww+1=${lw}|${at(i + 1)}`,
    `first=${i === 0}|${s0}`,
    `caps=${f.allCaps}|${s0}`,
  ];
  for (const g of new Set(f.gazetteer[i])) out.push(g);
  out.push(...f.learned[i]!);
  if (doc && capitalised(f.words[i]!)) {
    const lc = doc.lowerCase.has(lw);
    out.push(`lc=${lc}`, `lc=${lc}|${i === 0}|${f.allCaps}`, historyFeature(doc, lw));
  }
  return out;
}

/** Weights while training: one small array per feature, updated in place. */
export type Weights = Map<string, Float64Array>;

/**
 * Weights for tagging: one flat array, a feature's row at the offset its name maps to. A few MB in one block
 * instead of a hundred thousand small arrays scattered over the heap, so two worker threads tagging at once
 * compete less for the processor's caches.
 */
export interface PackedWeights {
  offsets: Map<string, number>;
  values: Float64Array;
}

export function scoreTags(weights: Weights | PackedWeights, feats: readonly string[]): Float64Array {
  const scores = new Float64Array(TAGS.length);
  if (weights instanceof Map) {
    for (const f of feats) {
      const w = weights.get(f);
      if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
    }
    return scores;
  }
  const { offsets, values } = weights;
  for (const f of feats) {
    const o = offsets.get(f);
    if (o !== undefined) for (let k = 0; k < scores.length; k++) scores[k]! += values[o + k]!;
  }
  return scores;
}

/** Per tag, the class an I- tag continues (null for O and B- tags, which may follow anything). */
const CONTINUES = TAGS.map((tag) => (tag.startsWith('I-') ? tag.slice(2) : null));

/** Whether tag k may follow a tag of class `prevClass` (the previous tag without its B-/I-). */
const allowedAfter = (k: number, prevClass: string) => CONTINUES[k] === null || CONTINUES[k] === prevClass;

/** BIO needs I-X to follow B-X or I-X; the best allowed tag wins. */
export function bestTag(scores: Float64Array, prev: string): number {
  const prevClass = prev.slice(2);
  let best = 0;
  for (let k = 1; k < scores.length; k++) {
    if (!allowedAfter(k, prevClass)) continue;
    if (scores[k]! > scores[best]!) best = k;
  }
  return best;
}

export function isAllCaps(words: readonly string[]): boolean {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters === letters.toUpperCase();
}

export function tagWords(weights: Weights | PackedWeights, words: readonly string[], gazetteers: Gazetteers | null = null): Tag[] {
  return tagDocumentScored(weights, [words], gazetteers)[0]!.tags;
}

/** Per word: how likely each class is, by a softmax over the tagger's scores (B- and I- of a class summed). */
export interface ClassOdds {
  O: number;
  PER: number;
  ORG: number;
  LOC: number;
  MISC: number;
}

/**
 * How many score points make a factor of e between two readings. The averaged perceptron's scores are not
 * probabilities and their scale is arbitrary; dividing by this before the softmax turns them into odds that order
 * readings by how clearly the model prefers them. Chosen on the dev page judgments (eval/pages.ts).
 */
export const SCORE_SCALE = 10;

/**
 * Tags one sentence of a document, with each word's class odds, and adds its reading to the document's history.
 * Only the tags allowed after the previous one take part (an I- tag needs its B-), as in `bestTag`: the scores of
 * tags never allowed there were never trained to mean anything.
 */
export function tagSentence(weights: Weights | PackedWeights, forms: SentenceForms, doc: DocumentContext | null, scale = SCORE_SCALE): { tags: Tag[]; odds: ClassOdds[] } {
  const tags: Tag[] = [];
  const odds: ClassOdds[] = [];
  const packed = weights instanceof Map ? null : packedScorer(weights);
  const words = packed ? forms.words.map((w, i) => packed.word(w, forms.lower[i]!, forms.shapes[i]!)) : [];
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < forms.words.length; i++) {
    const scores = packed ? packed.score(forms, words, i, prev, prev2, doc) : scoreTags(weights, features(forms, i, prev, prev2, doc));
    const k = bestTag(scores, prev);
    odds.push(classOdds(scores, prev, scale));
    tags.push(TAGS[k]!);
    prev2 = prev;
    prev = TAGS[k]!;
  }
  if (doc) tags.forEach((t, i) => remember(doc, forms, i, t));
  return { tags, odds };
}

/** Tags the sentences of one document in order, each read with what the document says elsewhere. */
export function tagDocumentScored(weights: Weights | PackedWeights, sentences: readonly (readonly string[])[], gazetteers: Gazetteers | null, table: WordTable | null = null, scale = SCORE_SCALE): { tags: Tag[]; odds: ClassOdds[] }[] {
  const doc = documentContext(sentences);
  return sentences.map((words) => tagSentence(weights, sentenceForms(words, gazetteers, table), doc, scale));
}

function classOdds(scores: Float64Array, prev: string, scale: number): ClassOdds {
  const prevClass = prev.slice(2);
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) if (allowedAfter(k, prevClass) && scores[k]! > max) max = scores[k]!;
  const e = new Float64Array(scores.length);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    e[k] = allowedAfter(k, prevClass) ? Math.exp((scores[k]! - max) / scale) : 0;
    sum += e[k]!;
  }
  // TAGS: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC.
  return { O: e[0]! / sum, PER: (e[1]! + e[2]!) / sum, ORG: (e[3]! + e[4]!) / sum, LOC: (e[5]! + e[6]!) / sum, MISC: (e[7]! + e[8]!) / sum };
}

/**
 * A word's rows in packed weights (-1: no row) for the features that depend on the word alone: its own (`w=`, `W=`,
 * `s=`, affixes), the ones it gives its neighbours (`w-1=` …), and `first=`/`caps=` with its shape. Kept per spelling,
 * so a word met again costs one lookup instead of a dozen new feature strings, each flattened and hashed by the Map.
 */
interface WordRows {
  own: Int32Array;
  asNeighbour: Int32Array;
  first: Int32Array;
  caps: Int32Array;
  afterTag: Map<string, number>;
  lower: string;
}

/** Row order of `WordRows.asNeighbour`: w-1, w+1, w-2, w+2, s-1, s+1. */
const NEIGHBOUR_PREFIXES = ['w-1=', 'w+1=', 'w-2=', 'w+2=', 's-1=', 's+1='] as const;

/** Above this many spellings kept, all are forgotten and kept afresh (memory stays bounded; answers never change). */
const WORD_ROWS_KEPT = 200_000;

/**
 * `scoreTags(weights, features(…))` for packed weights, with the same rows added in the same order (so the same
 * floating-point sums), but each row found through a word's kept rows or a small table of the tag and document
 * features instead of a new string per feature. `features` stays the definition (training and tests read it).
 */
class PackedScorer {
  private readonly words = new Map<string, WordRows>();
  /** Per two-part feature (s-1s, ss+1, w-1w, ww+1): its first part, then its second, to the row. */
  private readonly pairs = Array.from({ length: 4 }, () => new Map<string, Map<string, number>>());
  private readonly boundary: Int32Array;
  private readonly bias: number;
  private readonly tagRows = new Map<string, { previous: number; pairs: Map<string, number> }>();
  private readonly lowerCase: Int32Array;
  private readonly history = new Map<string, number>();

  constructor(private readonly weights: PackedWeights) {
    const row = (f: string) => weights.offsets.get(f) ?? -1;
    this.bias = row('b');
    // What w-1, w+1, w-2, w+2, s-1, s+1 read beyond the sentence's ends.
    this.boundary = Int32Array.from(['w-1=<s>', 'w+1=</s>', 'w-2=<s>', 'w+2=</s>', 's-1=<s>', 's+1=</s>'], row);
    const tags = ['<s>', ...TAGS];
    for (const prev of tags) this.tagRows.set(prev, { previous: row(`t-1=${prev}`), pairs: new Map(tags.map((prev2) => [prev2, row(`t-2t-1=${prev2}|${prev}`)])) });
    // lc=B, then lc=B|first|caps, for B, first, caps in false/true: index 3·lc … (see `score`).
    this.lowerCase = Int32Array.from([false, true].flatMap((lc) => [row(`lc=${lc}`), ...[false, true].flatMap((first) => [false, true].map((caps) => row(`lc=${lc}|${first}|${caps}`)))]));
    for (const h of ['none', ...CLASSES]) this.history.set(`h=${h}`, row(`h=${h}`));
  }

  private row(f: string): number {
    return this.weights.offsets.get(f) ?? -1;
  }

  /** A word's kept rows (made on first sight); `lower` and `shape` are the word's as `sentenceForms` writes them. */
  word(word: string, lower: string, shape: string): WordRows {
    let rows = this.words.get(word);
    if (rows) return rows;
    const row = (f: string) => this.row(f);
    rows = {
      own: Int32Array.from([`w=${lower}`, `W=${word}`, `s=${shape}`, `p3=${lower.slice(0, 3)}`, `x3=${lower.slice(-3)}`, `x2=${lower.slice(-2)}`], row),
      asNeighbour: Int32Array.from(NEIGHBOUR_PREFIXES, (p, k) => row(`${p}${k < 4 ? lower : shape}`)),
      first: Int32Array.from([`first=false|${shape}`, `first=true|${shape}`], row),
      caps: Int32Array.from([`caps=false|${shape}`, `caps=true|${shape}`], row),
      afterTag: new Map(),
      lower,
    };
    if (this.words.size >= WORD_ROWS_KEPT) this.words.clear();
    this.words.set(word, rows);
    return rows;
  }

  /** A feature of two parts (`prefix` + a + `|` + b), its row kept per part. */
  private pair(slot: number, prefix: string, a: string, b: string): number {
    const kept = this.pairs[slot]!;
    let rows = kept.get(a);
    if (!rows) {
      if (kept.size >= WORD_ROWS_KEPT) kept.clear();
      kept.set(a, (rows = new Map()));
    }
    let row = rows.get(b);
    if (row === undefined) rows.set(b, (row = this.row(`${prefix}${a}|${b}`)));
    return row;
  }

  score(f: SentenceForms, words: readonly WordRows[], i: number, prev: string, prev2: string, doc: DocumentContext | null): Float64Array {
    const scores = new Float64Array(TAGS.length);
    const { values } = this.weights;
    const add = (o: number) => {
      if (o >= 0) for (let k = 0; k < scores.length; k++) scores[k]! += values[o + k]!;
    };
    const n = words.length;
    const here = words[i]!;
    const neighbour = (k: number, slot: number) => (k < 0 || k >= n ? this.boundary[slot]! : words[k]!.asNeighbour[slot]!);
    const lw = here.lower;
    const s0 = f.shapes[i]!;
    const shapeAt = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : f.shapes[k]!);
    const wordAt = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : words[k]!.lower);
    add(this.bias);
    for (const o of here.own) add(o);
    add(neighbour(i - 1, 0));
    add(neighbour(i + 1, 1));
    add(neighbour(i - 2, 2));
    add(neighbour(i + 2, 3));
    add(neighbour(i - 1, 4));
    add(neighbour(i + 1, 5));
    const tag = this.tagRows.get(prev)!;
    add(tag.previous);
    add(tag.pairs.get(prev2)!);
    let afterTag = here.afterTag.get(prev);
    if (afterTag === undefined) here.afterTag.set(prev, (afterTag = this.row(`t-1w=${prev}|${lw}`)));
    add(afterTag);
    add(this.pair(0, 's-1s=', shapeAt(i - 1), s0));
    add(this.pair(1, 'ss+1=', s0, shapeAt(i + 1)));
    add(this.pair(2, 'w-1w=', wordAt(i - 1), lw));
    add(this.pair(3, 'ww+1=', lw, wordAt(i + 1)));
    add(here.first[i === 0 ? 1 : 0]!);
    add(here.caps[f.allCaps ? 1 : 0]!);
    for (const g of new Set(f.gazetteer[i])) add(this.row(g));
    for (const g of f.learned[i]!) add(this.row(g));
    if (doc && capitalised(f.words[i]!)) {
      const lc = doc.lowerCase.has(lw) ? 1 : 0;
      add(this.lowerCase[5 * lc]!);
      add(this.lowerCase[5 * lc + 1 + (i === 0 ? 2 : 0) + (f.allCaps ? 1 : 0)]!);
      add(this.history.get(historyFeature(doc, lw))!);
    }
    return scores;
  }
}

const scorers = new WeakMap<PackedWeights, PackedScorer>();
function packedScorer(weights: PackedWeights): PackedScorer {
  let scorer = scorers.get(weights);
  if (!scorer) scorers.set(weights, (scorer = new PackedScorer(weights)));
  return scorer;
}

/** For tests: the packed scorer's scores of word i, to compare with `scoreTags(weights, features(…))`. */
export function packedScores(weights: PackedWeights, f: SentenceForms, i: number, prev: string, prev2: string, doc: DocumentContext | null): Float64Array {
  const scorer = packedScorer(weights);
  return scorer.score(f, f.words.map((w, k) => scorer.word(w, f.lower[k]!, f.shapes[k]!)), i, prev, prev2, doc);
}

/** model.json: `{ tags, weights: { feature: [[tagIndex, weight], …] } }`, pruned and rounded. */
export interface SerializedModel {
  tags: readonly string[];
  weights: Record<string, [number, number][]>;
}

export function loadWeights(model: SerializedModel): PackedWeights {
  const entries = Object.entries(model.weights);
  const offsets = new Map<string, number>();
  const values = new Float64Array(entries.length * TAGS.length);
  entries.forEach(([f, pairs], i) => {
    offsets.set(f, i * TAGS.length);
    for (const [k, v] of pairs) values[i * TAGS.length + k] = v;
  });
  return { offsets, values };
}
