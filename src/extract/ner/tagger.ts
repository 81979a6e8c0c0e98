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
import { CONNECTORS } from '../lexicon.ts';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

export function shape(w: string): string {
  const s = w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd');
  return s.replace(/(.)\1+/g, '$1$1');
}

/** `shape`, kept per spelling (words repeat; four Unicode replaces need not). */
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

/**
 * The first pass's reading of a whole document, which the second pass reads (Ratinov & Roth 2009's two stages,
 * "extended prediction history"): per sentence, the tag the first pass gave each word, and per capitalised word, how
 * often it read that word as each class anywhere in the document — after this mention as well as before it.
 */
export interface FirstReading {
  tags: readonly (readonly string[])[];
  counts: Map<string, Int32Array>;
  /** Per capitalised word, the places it took in the first pass's names of the document: "ORG-B" (a firm's first word), "PER-U" (a person named by it alone). */
  places: Map<string, Set<string>>;
}

/** Where word i stands in its name: U alone, B first, I inside, L last. */
function placeInName(tags: readonly string[], i: number): string {
  const opens = tags[i]!.startsWith('B-');
  const goesOn = tags[i + 1]?.startsWith('I-') ?? false;
  return opens ? (goesOn ? 'B' : 'U') : goesOn ? 'I' : 'L';
}

export function firstReading(forms: readonly SentenceForms[], tags: readonly (readonly string[])[]): FirstReading {
  const doc: DocumentContext = { lowerCase: new Set(), history: new Map() };
  const places = new Map<string, Set<string>>();
  forms.forEach((f, s) =>
    tags[s]!.forEach((t, i) => {
      remember(doc, f, i, t);
      if (t === 'O' || !capitalised(f.words[i]!)) return;
      const lw = f.lower[i]!;
      if (!places.has(lw)) places.set(lw, new Set());
      places.get(lw)!.add(`${t.slice(2)}-${placeInName(tags[s]!, i)}`);
    }),
  );
  return { tags, counts: doc.history, places };
}

/**
 * Small words that join the capitalised words of one name ("Vell and Orr", "Prize for Fiction", "Hall of Fame",
 * "Vell & Orr"): the lexicon's connectors and the ampersand.
 */
const joiner = (lw: string) => lw === '&' || CONNECTORS.has(lw);

/** The class of a first-pass tag, or a sentence edge ('O' for none). */
const classOf = (tags: readonly string[], k: number) => (k < 0 ? '<s>' : k >= tags.length ? '</s>' : tags[k] === 'O' ? 'O' : tags[k]!.slice(2));

/**
 * The second pass's features of word i, beside `features`: the classes the first pass gave it and its neighbours on
 * both sides (a greedy left-to-right pass sees only the tags before a word), the class the first pass gave the same
 * word most often in the whole document and whether it always gave that one, and the words just outside the first
 * pass's name around word i ("a partner at Vell and Orr", "… Prize for Fiction") with that name's length.
 */
export function secondFeatures(f: SentenceForms, i: number, s: number, reading: FirstReading): string[] {
  const tags = reading.tags[s]!;
  const q0 = classOf(tags, i);
  const qm1 = classOf(tags, i - 1);
  const qp1 = classOf(tags, i + 1);
  const out = [`q0=${q0}`, `q-1=${qm1}`, `q+1=${qp1}`, `q+2=${classOf(tags, i + 2)}`, `q-2=${classOf(tags, i - 2)}`, `q-1q+1=${qm1}|${qp1}`, `q0q+1=${q0}|${qp1}`, `q-1q0=${qm1}|${q0}`];
  if (capitalised(f.words[i]!)) {
    const counts = reading.counts.get(f.lower[i]!);
    if (counts) {
      let best = 0;
      let kinds = 0;
      for (let k = 0; k < counts.length; k++) {
        if (counts[k]! > 0) kinds++;
        if (counts[k]! > counts[best]!) best = k;
      }
      out.push(`Q=${CLASSES[best]}|${kinds === 1}`, `Qq=${CLASSES[best]}|${q0}`);
    }
    for (const place of reading.places.get(f.lower[i]!) ?? []) out.push(`E=${place}`);
  }
  // A run of capitalised words joined by a small word: which word joins it and whether a legal form closes it.
  const run = joinedRun(f, i);
  if (run) out.push(`rj=${run.joiner}|${run.legal}|${q0}`, `rj=${run.joiner}|${run.legal}|${i === run.at ? 'J' : i < run.at ? 'A' : 'Z'}`);
  // The first pass's name that holds word i, or else the one that starts right after it.
  const inName = q0 !== 'O';
  let a = i;
  let b = i;
  if (inName) {
    while (a > 0 && tags[a]!.startsWith('I-')) a--;
    while (b + 1 < tags.length && tags[b + 1]!.startsWith('I-')) b++;
    const n = f.words.length;
    const word = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : f.lower[k]!);
    out.push(`nb=${word(a - 1)}|${q0}`, `na=${word(b + 1)}|${q0}`, `nl=${Math.min(b - a + 1, 4)}|${i - a === 0}|${q0}`);
  }
  return out;
}

/**
 * The run of capitalised words around word i when a small word (`joiner`) joins two of them: the joiner, where it
 * stands, and whether the word after the run is a legal form (gazetteer list LEGAL). Null when word i is in no such
 * run.
 */
function joinedRun(f: SentenceForms, i: number): { joiner: string; at: number; legal: boolean } | null {
  const cap = (k: number) => k >= 0 && k < f.words.length && /^[\p{Lu}\p{N}]/u.test(f.words[k]!);
  const joins = (k: number) => joiner(f.lower[k]!) && cap(k - 1) && cap(k + 1);
  if (!cap(i) && !joins(i)) return null;
  let a = i;
  let b = i;
  while (a > 0 && (cap(a - 1) || joins(a - 1))) a--;
  while (b + 1 < f.words.length && (cap(b + 1) || joins(b + 1))) b++;
  for (let k = a + 1; k < b; k++) {
    if (!joins(k)) continue;
    const legal = f.gazetteer[b]!.some((g) => g.startsWith('g=LEGAL')) || (f.gazetteer[b + 1]?.some((g) => g.startsWith('g=LEGAL')) ?? false);
    return { joiner: f.lower[k]!, at: k, legal };
  }
  return null;
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
export function tagSentence(weights: Weights | PackedWeights, forms: SentenceForms, doc: DocumentContext | null, scale = SCORE_SCALE, second: { s: number; reading: FirstReading } | null = null): { tags: Tag[]; odds: ClassOdds[] } {
  const tags: Tag[] = [];
  const odds: ClassOdds[] = [];
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < forms.words.length; i++) {
    const feats = features(forms, i, prev, prev2, doc);
    if (second) feats.push(...secondFeatures(forms, i, second.s, second.reading));
    const scores = scoreTags(weights, feats);
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
/**
 * With `secondWeights`, the document is read twice and the second reading returned, its odds at `secondScale` (a
 * second pass's scores are sharper than the first's: see `SerializedModel.scale`).
 */
export function tagDocumentScored(weights: Weights | PackedWeights, sentences: readonly (readonly string[])[], gazetteers: Gazetteers | null, table: WordTable | null = null, scale = SCORE_SCALE, secondWeights: Weights | PackedWeights | null = null, secondScale = scale): { tags: Tag[]; odds: ClassOdds[] }[] {
  const forms = sentences.map((words) => sentenceForms(words, gazetteers, table));
  const doc = documentContext(sentences);
  const first = forms.map((f) => tagSentence(weights, f, doc, scale));
  if (!secondWeights) return first;
  return readAgain(secondWeights, forms, first.map((r) => r.tags), documentContext(sentences), secondScale);
}

/**
 * The second pass over a document the first pass has read: each sentence tagged again, in order, with the first
 * pass's tags of the whole document as features (`secondFeatures`) beside the usual ones; its own history of the
 * document starts empty, as in training.
 */
export function readAgain(weights: Weights | PackedWeights, forms: readonly SentenceForms[], firstTags: readonly (readonly string[])[], doc: DocumentContext | null, scale = SCORE_SCALE): { tags: Tag[]; odds: ClassOdds[] }[] {
  const reading = firstReading(forms, firstTags);
  return forms.map((f, s) => tagSentence(weights, f, doc, scale, { s, reading }));
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

/** model.json: `{ tags, weights: { feature: [[tagIndex, weight], …] } }`, pruned and rounded. */
export interface SerializedModel {
  tags: readonly string[];
  weights: Record<string, [number, number][]>;
  /**
   * A second pass's `SCORE_SCALE`: its scores lean on the first pass's tags and are sharper, so the same scale would
   * make its odds surer than the first pass's. The trainer sets it so that its odds are on average as sure on CoNLL
   * eng.testa as the first pass's at `SCORE_SCALE` (the scale the page judgments chose).
   */
  scale?: number;
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
