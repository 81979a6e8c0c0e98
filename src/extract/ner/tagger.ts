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
  /** Per word, its features from unlabeled news (words.ts): how it is usually written, its cluster (as strings). */
  readonly learned: string[][];
  /** The same per word as values (`learnedParts`), which packed scoring looks up without joining strings. */
  learnedParts: LearnedParts[];
}

/**
 * A word's features from unlabeled news, as values: how news usually writes it (`kind`, only for a word with a
 * capital; null otherwise), its cluster and group (null when unlisted), and its neighbours' clusters ('-' when none).
 */
export interface LearnedParts {
  kind: string | null;
  cluster: readonly [string, string] | null;
  before: string;
  after: string;
}

export function sentenceForms(words: readonly string[], gazetteers: Gazetteers | null, table: WordTable | null = null): SentenceForms {
  const lower = words.map((w) => w.toLowerCase());
  const allCaps = isAllCaps(words);
  const learnedParts = table ? learnedFeatures(table, words, lower) : [];
  let learned: string[][] | undefined;
  return {
    words,
    lower,
    shapes: words.map(shapeOf),
    allCaps,
    gazetteer: gazetteers ? gazetteerFeatures(gazetteers, words) : words.map(() => []),
    get learned() {
      return (learned ??= table ? learnedParts.map((parts, i) => learnedStrings(parts, i, allCaps)) : words.map(() => []));
    },
    learnedParts,
  };
}

/**
 * How the word is usually written in news (`cs=lower`: a common word, whatever its capital here), with where it
 * stands (a sentence start, a line in capitals); its cluster and group, and its neighbours' clusters. A word in
 * capitals is looked up as it would be written in a sentence ("JAPAN" as "Japan").
 */
function learnedFeatures(table: WordTable, words: readonly string[], lower: readonly string[]): LearnedParts[] {
  const clusters = words.map((w, i) => table.clusterOf.get(w) ?? (/\p{Lu}{2}/u.test(w) ? table.clusterOf.get(w[0] + lower[i]!.slice(1)) : undefined) ?? table.clusterOf.get(lower[i]!) ?? null);
  return words.map((w, i) => ({
    kind: capitalised(w) ? (table.caseOf.get(lower[i]!) ?? 'unseen') : null,
    cluster: clusters[i]!,
    before: clusters[i - 1]?.[0] ?? '-',
    after: clusters[i + 1]?.[0] ?? '-',
  }));
}

/** The word's learned features as strings (`cs=`, `c=`, `C=`, `c-1=`, `c+1=`), in the order the model reads them. */
function learnedStrings(p: LearnedParts, i: number, allCaps: boolean): string[] {
  const out: string[] = [];
  if (p.kind !== null) out.push(`cs=${p.kind}`, `cs=${p.kind}|${i === 0}|${allCaps}`);
  if (p.cluster) out.push(`c=${p.cluster[0]}`, `C=${p.cluster[1]}`);
  out.push(`c-1=${p.before}`, `c+1=${p.after}`);
  return out;
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
  for (const words of sentences) for (const w of words) if (opensLowerCase(w)) lowerCase.add(w);
  return { lowerCase, history: new Map() };
}

/**
 * Whether a word opens with a capital (`/^\p{Lu}/u`) or a lower-case letter (`/^\p{Ll}/u`), asked per word of every
 * sentence: an ASCII first letter is read by its code (A–Z, a–z are all of those classes below 128), any other by the
 * pattern.
 */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}
function opensLowerCase(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
}

/** After a word is tagged: remember its class for the rest of the document. */
export function remember(doc: DocumentContext, f: SentenceForms, i: number, tag: string): void {
  if (!capitalised(f.words[i]!)) return;
  const lw = f.lower[i]!;
  let counts = doc.history.get(lw);
  if (!counts) doc.history.set(lw, (counts = new Int32Array(CLASSES.length)));
  counts[tag === 'O' ? 0 : CLASSES.indexOf(tag.slice(2) as (typeof CLASSES)[number])]!++;
}

/** The class the document read most often for the word so far (an index into CLASSES), or -1 if never. */
function historyClass(doc: DocumentContext, lw: string): number {
  const counts = doc.history.get(lw);
  if (!counts) return -1;
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return best;
}

function historyFeature(doc: DocumentContext, lw: string): string {
  const best = historyClass(doc, lw);
  return best < 0 ? 'h=none' : `h=${CLASSES[best]}`;
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
 * compete less for the processor's caches. The names are found by template and value (`TemplateIndex`), so that
 * tagging builds no feature strings (`scorePacked`).
 */
export interface PackedWeights {
  values: Float64Array;
  index: TemplateIndex;
}

/** A tag as the features read it when it is a previous tag: the sentence start, then TAGS (0 is '<s>'). */
const STATES = ['<s>', ...TAGS] as const;

/** How news usually writes a word (words.ts), and 'unseen' when the table does not list it: the `cs=` values. */
const CASE_KINDS = ['lower', 'mixed', 'capital', 'unseen'] as const;

/**
 * The packed weights' offsets by feature template (the name before the first '='), then value: `w-1=bank` is found as
 * template 'w-1', value 'bank', with a word the sentence already holds as the key, so no string is joined per word.
 * Features whose values are few (the previous tags, the document's case and history, a word's usual case) are laid
 * out in arrays (-1: not in the model), and a feature with a previous tag and a word (`t-1w=B-PER|said`) is split at
 * its first '|' (no tag holds one).
 */
interface TemplateIndex {
  byTemplate: Map<string, Map<string, number>>;
  w: Map<string, number>;
  W: Map<string, number>;
  s: Map<string, number>;
  p3: Map<string, number>;
  x3: Map<string, number>;
  x2: Map<string, number>;
  /**
   * Per word in lower case, one lookup for all the features it gives as a neighbour and with a previous tag:
   * `w-1`, `w+1`, `w-2`, `w+2`, then `t-1w` per previous state (in STATES' order).
   */
  words: Records;
  /** Per shape: `s-1`, `s+1`, `first=false|`, `first=true|`, `caps=false|`, `caps=true|`. */
  shapes: Records;
  /** Per pair `a|b` of neighbouring words (shapes): `w-1w`, `ww+1` (`s-1s`, `ss+1`), the pair's place before or after. */
  wordPairs: Records;
  shapePairs: Records;
  /** The same pairs' records by the ids of the two words (shapes) they join (`pairRows`). */
  wordPairIds: PairRows;
  shapePairIds: PairRows;
  /** `g=`: a list and the word's place in its match (`CITY|U`). */
  gazetteer: Map<string, number>;
  /** `c=`, `C=`, `c-1=`, `c+1=`: cluster ids. */
  cluster: Map<string, number>;
  group: Map<string, number>;
  clusterBefore: Map<string, number>;
  clusterAfter: Map<string, number>;
  /** `b`, the bias. */
  bias: number;
  /** `t-1`, per previous state; `t-2t-1`, per state two back × STATES.length + previous state. */
  prevTag: Int32Array;
  prevTags: Int32Array;
  /** `lc=` per lc (false/true); `lc=lc|first|caps` at lc·4 + first·2 + caps; `h=` at class + 1 (0: none). */
  lc: Int32Array;
  lcWhere: Int32Array;
  history: Int32Array;
  /** `cs=kind` at 5·kind, `cs=kind|first|caps` at 5·kind + 1 + first·2 + caps (kind: its place in CASE_KINDS). */
  usualCase: Int32Array;
  /** Per word as written (up to `OWN_ROWS` words, then afresh), the sum of its own features' rows, as `ownRows`. */
  own: Map<string, number>;
  ownSums: Float64Array;
}

/** Keys and, per key, one offset per source map (-1: the key is not in it), in one array. */
interface Records {
  rows: Map<string, number>;
  offsets: Int32Array;
  width: number;
}

function records(sources: readonly Map<string, number>[]): Records {
  const rows = new Map<string, number>();
  for (const m of sources) for (const key of m.keys()) if (!rows.has(key)) rows.set(key, rows.size);
  const width = sources.length;
  const offsets = new Int32Array(rows.size * width).fill(-1);
  sources.forEach((m, j) => {
    for (const [key, o] of m) offsets[rows.get(key)! * width + j] = o;
  });
  return { rows, offsets, width };
}

/**
 * A pair's records found by numbers, not by the string `a|b` joined per pair and hashed (session 50, speed69): each
 * word (shape) either side of a pair key gets an id, and per first word's id, its second words' ids → where the
 * pair's offsets start. Only a key with one '|' is split, so a pair of words without a '|' finds here exactly the
 * record its joined key finds; a sentence with a '|' in a word is read by the joined keys (`sentenceRows`).
 */
interface PairRows {
  ids: Map<string, number>;
  byFirst: Map<number, number>[];
}

function pairRows(r: Records): PairRows {
  const ids = new Map<string, number>();
  const byFirst: Map<number, number>[] = [];
  const idOf = (x: string) => {
    let id = ids.get(x);
    if (id === undefined) ids.set(x, (id = ids.size));
    return id;
  };
  for (const [key, row] of r.rows) {
    const bar = key.indexOf('|');
    if (bar < 0 || key.indexOf('|', bar + 1) >= 0) continue;
    const a = idOf(key.slice(0, bar));
    (byFirst[a] ??= new Map()).set(idOf(key.slice(bar + 1)), row * r.width);
  }
  return { ids, byFirst };
}

/** Where a key's offsets start in its records (-1 when the model has no feature with it). */
const rowOf = (r: Records, key: string) => {
  const row = r.rows.get(key);
  return row === undefined ? -1 : row * r.width;
};

/** A record's offset `j` (-1 when the key is not in the records). */
const offsetAt = (r: Records, at: number, j: number) => (at < 0 ? -1 : r.offsets[at + j]!);

/** How many words' own sums are kept (a few hundred KB); past that they are forgotten and kept afresh. */
const OWN_ROWS = 20_000;

/** The model's feature names indexed for the tagger's look-ups: by template, in shared records, or at fixed keys. */
function templateIndex(names: readonly string[]): TemplateIndex {
  const byTemplate = groupByTemplate(names);
  const of = (template: string) => byTemplate.get(template) ?? new Map<string, number>();
  // The templates the records hold are dropped from `byTemplate`: their keys are kept once, in the records.
  const taken = (template: string) => {
    const m = of(template);
    byTemplate.delete(template);
    return m;
  };
  const at = (f: string) => {
    const eq = f.indexOf('=');
    return (eq < 0 ? byTemplate.get(f)?.get('') : byTemplate.get(f.slice(0, eq))?.get(f.slice(eq + 1))) ?? -1;
  };
  const prevTagWord = byPrevTag(taken('t-1w'));
  const wordPairs = records([taken('w-1w'), taken('ww+1')]);
  const shapePairs = records([taken('s-1s'), taken('ss+1')]);
  return {
    byTemplate,
    w: of('w'),
    W: of('W'),
    s: of('s'),
    p3: of('p3'),
    x3: of('x3'),
    x2: of('x2'),
    words: records([taken('w-1'), taken('w+1'), taken('w-2'), taken('w+2'), ...prevTagWord]),
    shapes: records([taken('s-1'), taken('s+1'), ...byFlag(taken('first')), ...byFlag(taken('caps'))]),
    wordPairs,
    shapePairs,
    wordPairIds: pairRows(wordPairs),
    shapePairIds: pairRows(shapePairs),
    gazetteer: of('g'),
    cluster: of('c'),
    group: of('C'),
    clusterBefore: of('c-1'),
    clusterAfter: of('c+1'),
    ...keyedOffsets(at),
    own: new Map(),
    ownSums: new Float64Array(OWN_ROWS * TAGS.length),
  };
}

/** The model's feature names grouped by template ("w=bank" → template "w", key "bank"), each with its weights' offset. */
function groupByTemplate(names: readonly string[]): Map<string, Map<string, number>> {
  const byTemplate = new Map<string, Map<string, number>>();
  // The trainer writes the names sorted, so a template's names come together: the last one's template and map are
  // tried first (its name opens with that template and '='), before slicing the template off and looking it up.
  let last: string | null = null;
  let lastMap = new Map<string, number>();
  names.forEach((f, i) => {
    if (last !== null && f.startsWith(last) && f.charCodeAt(last.length) === 61 /* = */) {
      lastMap.set(f.slice(last.length + 1), i * TAGS.length);
      return;
    }
    const eq = f.indexOf('=');
    const template = eq < 0 ? f : f.slice(0, eq);
    let m = byTemplate.get(template);
    if (!m) byTemplate.set(template, (m = new Map()));
    m.set(eq < 0 ? '' : f.slice(eq + 1), i * TAGS.length);
    if (eq >= 0) [last, lastMap] = [template, m];
  });
  return byTemplate;
}

/** The previous tag and word template's keys ("B-PER|Bank"), one map of words per state. */
function byPrevTag(keys: Map<string, number>): Map<string, number>[] {
  const prevTagWord = STATES.map(() => new Map<string, number>());
  for (const [v, o] of keys) {
    const bar = v.indexOf('|');
    const state = STATES.indexOf(v.slice(0, bar) as (typeof STATES)[number]);
    if (state >= 0) prevTagWord[state]!.set(v.slice(bar + 1), o);
  }
  return prevTagWord;
}

/** A template's keys "false|…" and "true|…" as two maps, without the flag. */
function byFlag(keys: Map<string, number>): [Map<string, number>, Map<string, number>] {
  const out: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  for (const [v, o] of keys) {
    const bar = v.indexOf('|');
    const flag = v.slice(0, bar);
    if (flag === 'false' || flag === 'true') out[flag === 'true' ? 1 : 0].set(v.slice(bar + 1), o);
  }
  return out;
}

/** The offsets of the features of a fixed set of keys (the bias, the tags before, the word's case), -1 when absent. */
function keyedOffsets(at: (f: string) => number) {
  const n = STATES.length;
  return {
    bias: at('b'),
    prevTag: Int32Array.from(STATES, (p) => at(`t-1=${p}`)),
    prevTags: Int32Array.from({ length: n * n }, (_, k) => at(`t-2t-1=${STATES[Math.floor(k / n)]}|${STATES[k % n]}`)),
    lc: Int32Array.from([false, true], (lc) => at(`lc=${lc}`)),
    lcWhere: Int32Array.from({ length: 8 }, (_, k) => at(`lc=${k >= 4}|${(k & 2) > 0}|${(k & 1) > 0}`)),
    history: Int32Array.from({ length: CLASSES.length + 1 }, (_, k) => at(k === 0 ? 'h=none' : `h=${CLASSES[k - 1]}`)),
    usualCase: Int32Array.from({ length: CASE_KINDS.length * 5 }, (_, k) => {
      const kind = CASE_KINDS[Math.floor(k / 5)]!;
      const where = (k % 5) - 1;
      return at(where < 0 ? `cs=${kind}` : `cs=${kind}|${where >= 2}|${(where & 1) > 0}`);
    }),
  };
}

/** Adds a feature's row to the scores (nothing when the model has no such feature: offset undefined or -1). */
function addRow(scores: Float64Array, values: Float64Array, o: number | undefined): void {
  if (o === undefined || o < 0) return;
  for (let k = 0; k < scores.length; k++) scores[k]! += values[o + k]!;
}

/**
 * Sets `scores` to the sum of the word's own features' rows (b, w, W, s, p3, x3, x2: the first features, each a
 * function of the word as written), added in that order from zero as `scoreTags` adds them, kept per word.
 */
function ownRows(weights: PackedWeights, word: string, scores: Float64Array): void {
  const { values, index } = weights;
  const { own, ownSums } = index;
  const m = TAGS.length;
  let at = own.get(word);
  if (at === undefined) {
    if (own.size >= OWN_ROWS) own.clear();
    at = own.size * m;
    own.set(word, at);
    scores.fill(0);
    const lw = word.toLowerCase();
    addRow(scores, values, index.bias);
    addRow(scores, values, index.w.get(lw));
    addRow(scores, values, index.W.get(word));
    addRow(scores, values, index.s.get(shapeOf(word)));
    addRow(scores, values, index.p3.get(lw.slice(0, 3)));
    addRow(scores, values, index.x3.get(lw.slice(-3)));
    addRow(scores, values, index.x2.get(lw.slice(-2)));
    for (let k = 0; k < m; k++) ownSums[at + k] = scores[k]!;
    return;
  }
  for (let k = 0; k < m; k++) scores[k] = ownSums[at + k]!;
}

/**
 * `scoreTags(weights, features(forms, i, prev, prev2, doc))` without building the feature strings: the same rows
 * added in the same order (floating-point sums depend on it), so the scores are the same to the last bit
 * (tests/ner-packed.test.ts). `rows` are the sentence's records (`sentenceRows`); states are indices into STATES. The
 * scores are written into `scores` (one array for the sentence: they are read before the next word's).
 */
function scorePacked(weights: PackedWeights, f: SentenceForms, rows: SentenceRows, i: number, prev: number, prev2: number, doc: DocumentContext | null, scores: Float64Array): Float64Array {
  const { values, index } = weights;
  const { words, shapes, wordPairs, shapePairs } = index;
  const word = f.words[i]!;
  const lw = f.lower[i]!;
  // Rows are kept from two places before the sentence (index 0) to two past it; shapes from one before.
  const w = (k: number) => rows.words[i + k + 2]!;
  const sh = (k: number) => rows.shapes[i + k + 1]!;
  ownRows(weights, word, scores);
  addRow(scores, values, offsetAt(words, w(-1), 0));
  addRow(scores, values, offsetAt(words, w(1), 1));
  addRow(scores, values, offsetAt(words, w(-2), 2));
  addRow(scores, values, offsetAt(words, w(2), 3));
  addRow(scores, values, offsetAt(shapes, sh(-1), 0));
  addRow(scores, values, offsetAt(shapes, sh(1), 1));
  addRow(scores, values, index.prevTag[prev]);
  addRow(scores, values, index.prevTags[prev2 * STATES.length + prev]);
  addRow(scores, values, offsetAt(words, w(0), 4 + prev));
  addRow(scores, values, offsetAt(shapePairs, rows.shapePairs[i]!, 0));
  addRow(scores, values, offsetAt(shapePairs, rows.shapePairs[i + 1]!, 1));
  addRow(scores, values, offsetAt(wordPairs, rows.wordPairs[i]!, 0));
  addRow(scores, values, offsetAt(wordPairs, rows.wordPairs[i + 1]!, 1));
  addRow(scores, values, offsetAt(shapes, sh(0), i === 0 ? 3 : 2));
  addRow(scores, values, offsetAt(shapes, sh(0), f.allCaps ? 5 : 4));
  // A gazetteer feature (`g=LIST|U`: gazetteer.ts) counts once however many lists' matches gave it (the Set in `features`), at its first place.
  const gazetteer = f.gazetteer[i]!;
  for (let j = 0; j < gazetteer.length; j++) if (gazetteer.indexOf(gazetteer[j]!) === j) addRow(scores, values, index.gazetteer.get(gazetteer[j]!.slice(2)));
  const learned = f.learnedParts[i];
  if (learned) {
    if (learned.kind !== null) {
      const kind = CASE_KINDS.indexOf(learned.kind as (typeof CASE_KINDS)[number]);
      const cs = index.byTemplate.get('cs');
      addRow(scores, values, kind < 0 ? cs?.get(learned.kind) : index.usualCase[kind * 5]);
      addRow(scores, values, kind < 0 ? cs?.get(`${learned.kind}|${i === 0}|${f.allCaps}`) : index.usualCase[kind * 5 + 1 + (i === 0 ? 2 : 0) + (f.allCaps ? 1 : 0)]);
    }
    if (learned.cluster) {
      addRow(scores, values, index.cluster.get(learned.cluster[0]));
      addRow(scores, values, index.group.get(learned.cluster[1]));
    }
    addRow(scores, values, index.clusterBefore.get(learned.before));
    addRow(scores, values, index.clusterAfter.get(learned.after));
  }
  if (doc && capitalised(word)) {
    const lc = doc.lowerCase.has(lw);
    addRow(scores, values, index.lc[lc ? 1 : 0]);
    addRow(scores, values, index.lcWhere[(lc ? 4 : 0) + (i === 0 ? 2 : 0) + (f.allCaps ? 1 : 0)]);
    addRow(scores, values, index.history[historyClass(doc, lw) + 1]);
  }
  return scores;
}

/**
 * Per sentence, where each word's, shape's and neighbouring pair's record starts (`rowOf`): words from two places
 * before the sentence to two past it ('<s>', '</s>'), shapes from one before to one past, and per k = 0..n the pair
 * `x[k-1]|x[k]` as the features join it.
 */
interface SentenceRows {
  words: Int32Array;
  shapes: Int32Array;
  wordPairs: Int32Array;
  shapePairs: Int32Array;
}

function sentenceRows(index: TemplateIndex, f: SentenceForms): SentenceRows {
  const n = f.words.length;
  const outside = (x: readonly string[], k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : x[k]!);
  const byKey = f.lower.some((w) => w.includes('|'));
  const pairs = (r: Records, ids: PairRows, x: readonly string[]) =>
    byKey ? filled(n + 1, (k) => rowOf(r, `${outside(x, k - 1)}|${outside(x, k)}`)) : pairRowsOf(ids, x, n);
  return {
    words: filled(n + 4, (k) => rowOf(index.words, outside(f.lower, k - 2))),
    shapes: filled(n + 2, (k) => rowOf(index.shapes, outside(f.shapes, k - 1))),
    wordPairs: pairs(index.wordPairs, index.wordPairIds, f.lower),
    shapePairs: pairs(index.shapePairs, index.shapePairIds, f.shapes),
  };
}

/** Per k = 0..n, where the record of the pair `x[k-1]|x[k]` starts ('<s>', '</s>' outside), by ids (`PairRows`). */
function pairRowsOf({ ids, byFirst }: PairRows, x: readonly string[], n: number): Int32Array {
  const out = new Int32Array(n + 1);
  let before = ids.get('<s>') ?? -1;
  for (let k = 0; k <= n; k++) {
    const id = ids.get(k < n ? x[k]! : '</s>') ?? -1;
    out[k] = before < 0 || id < 0 ? -1 : (byFirst[before]?.get(id) ?? -1);
    before = id;
  }
  return out;
}

/** `Int32Array.from({ length }, (_, k) => row(k))` as a plain loop: `from` takes V8's generic path for an array-like. */
function filled(length: number, row: (k: number) => number): Int32Array {
  const out = new Int32Array(length);
  for (let k = 0; k < length; k++) out[k] = row(k);
  return out;
}

/** A word's score per tag while training: its features' rows summed, in the features' order. */
export function scoreTags(weights: Weights, feats: readonly string[]): Float64Array {
  const scores = new Float64Array(TAGS.length);
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  return scores;
}

/** Per tag, the class an I- tag continues (null for O and B- tags, which may follow anything). */
const CONTINUES = TAGS.map((tag) => (tag.startsWith('I-') ? tag.slice(2) : null));

/** Whether tag k may follow a tag of class `prevClass` (the previous tag without its B-/I-). */
const allowedAfter = (k: number, prevClass: string) => CONTINUES[k] === null || CONTINUES[k] === prevClass;

/** Per previous state (its place in STATES) × tag: 1 when the tag may follow it (`allowedAfter`), read per word. */
const ALLOWED = Uint8Array.from({ length: STATES.length * TAGS.length }, (_, j) => Number(allowedAfter(j % TAGS.length, STATES[Math.floor(j / TAGS.length)]!.slice(2))));

/** BIO needs I-X to follow B-X or I-X; the best allowed tag wins. */
export function bestTag(scores: Float64Array, prev: string): number {
  return bestAfter(scores, STATES.indexOf(prev as (typeof STATES)[number]));
}

/** `bestTag` after a previous state given by its place in STATES. */
function bestAfter(scores: Float64Array, state: number): number {
  const at = state * TAGS.length;
  let best = 0;
  for (let k = 1; k < scores.length; k++) {
    if (ALLOWED[at + k] === 0) continue;
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
  let prev = '<s>';
  let prev2 = '<s>';
  const rows = weights instanceof Map ? null : sentenceRows(weights.index, forms);
  const scratch = new Float64Array(TAGS.length);
  let state = 0;
  let state2 = 0;
  for (let i = 0; i < forms.words.length; i++) {
    const scores = weights instanceof Map ? scoreTags(weights, features(forms, i, prev, prev2, doc)) : scorePacked(weights, forms, rows!, i, state, state2, doc, scratch);
    const k = bestAfter(scores, state);
    odds.push(classOdds(scores, state, scale));
    tags.push(TAGS[k]!);
    prev2 = prev;
    prev = TAGS[k]!;
    state2 = state;
    state = k + 1;
  }
  if (doc) tags.forEach((t, i) => remember(doc, forms, i, t));
  return { tags, odds };
}

/** Tags the sentences of one document in order, each read with what the document says elsewhere. */
export function tagDocumentScored(weights: Weights | PackedWeights, sentences: readonly (readonly string[])[], gazetteers: Gazetteers | null, table: WordTable | null = null, scale = SCORE_SCALE): { tags: Tag[]; odds: ClassOdds[] }[] {
  const doc = documentContext(sentences);
  return sentences.map((words) => tagSentence(weights, sentenceForms(words, gazetteers, table), doc, scale));
}

/** `classOdds`' exponentials, one array for every word (read before the next word's). */
const exps = new Float64Array(TAGS.length);

/** The odds after a previous state given by its place in STATES (`ALLOWED`). */
function classOdds(scores: Float64Array, state: number, scale: number): ClassOdds {
  const at = state * TAGS.length;
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) if (ALLOWED[at + k] === 1 && scores[k]! > max) max = scores[k]!;
  const e = exps;
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    e[k] = ALLOWED[at + k] === 1 ? Math.exp((scores[k]! - max) / scale) : 0;
    sum += e[k]!;
  }
  // TAGS: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC.
  return { O: e[0]! / sum, PER: (e[1]! + e[2]!) / sum, ORG: (e[3]! + e[4]!) / sum, LOC: (e[5]! + e[6]!) / sum, MISC: (e[7]! + e[8]!) / sum };
}

/** model.json: `{ tags, weights: { feature: [[tagIndex, weight], …] } }`, pruned and rounded. */
export interface SerializedModel {
  tags: readonly string[];
  weights: Record<string, [number, number][]>;
}

/**
 * model.json's weights from its text: the flat shape it ships in (`FlatModel`), or an error naming `file` and what is
 * wrong with a text that opens as that shape does (`FLAT_HEAD`; rev37: a scale other than 1000 fell through), or any
 * other text parsed as the trainer's nested shape (`SerializedModel`, `loadWeights`). (Session 36's hand reader of
 * the nested text, speed47, went once the shipped file was flat: no shipped file reached it.)
 */
export function readWeights(text: string, file = 'model.json'): PackedWeights {
  if (text.startsWith(FLAT_HEAD)) {
    const flat = JSON.parse(text) as FlatModel;
    const problem = flatProblem(flat);
    if (problem) throw new Error(`${file}: a flat model ${problem}`);
    return packedFromFlat(flat, file);
  }
  return loadWeights(JSON.parse(text) as SerializedModel);
}

/**
 * model.json as it ships (session 37, speed48): the feature names in one array, in the trainer's order, and the
 * weights in one array of numbers, two per weight — the cell (the name's place × TAGS.length + the tag's index) and
 * the weight × `scale`, an integer: the trainer rounds every weight to thousandths (`Math.round(v * 1000) / 1000`), so
 * that integer ÷ 1000 is the trainer's very number, bit for bit. `JSON.parse` reads two flat arrays in about a third
 * of the time session 36's hand reader of the nested pairs' text took, with no array per feature or per weight. Written by the trainer
 * and by `npm run build-ner-flat` from the nested shape (`SerializedModel`), which `readWeights` still reads.
 */
export interface FlatModel {
  tags: readonly string[];
  scale: number;
  names: string[];
  cells: number[];
}

/** How a flat model.json opens: the tags, then its scale (a nested one opens with the tags, then "weights"). */
export const FLAT_HEAD = `{"tags":${JSON.stringify(TAGS)},"scale":`;

/** What keeps a flat model.json from being read (`FlatModel`), or undefined. */
function flatProblem(m: FlatModel): string | undefined {
  if (m.scale !== 1000) return `has scale ${JSON.stringify(m.scale)}, not 1000 (its weights are whole thousandths)`;
  if (!Array.isArray(m.names) || !Array.isArray(m.cells)) return 'lacks its array of names or of cells';
  if (m.cells.length % 2 !== 0) return `has an odd number of cells (${m.cells.length}): they come in pairs`;
  if (m.tags.length !== TAGS.length || m.tags.some((t, k) => t !== TAGS[k])) return `has tags ${JSON.stringify(m.tags)}, not ${JSON.stringify(TAGS)}`;
  return undefined;
}

function packedFromFlat(m: FlatModel, file: string): PackedWeights {
  const size = m.names.length * TAGS.length;
  const values = new Float64Array(size);
  const { cells, scale } = m;
  for (let j = 0; j < cells.length; j += 2) {
    const cell = cells[j]!;
    if (!Number.isInteger(cell) || cell < 0 || cell >= size) throw new Error(`${file}: cell ${cell} outside the model`);
    values[cell] = cells[j + 1]! / scale;
  }
  return { values, index: templateIndex(m.names) };
}

/**
 * The nested model (the trainer's `serialize`) in the flat shape that ships, its names in the order `loadWeights`
 * reads them, checked: every weight must be a whole number of thousandths, else that integer ÷ 1000 would not be the
 * same number (a weight of 0 is left out: it is the array's own 0; -0 cannot be written so).
 */
export function flatModel(model: SerializedModel): FlatModel {
  const names = Object.keys(model.weights);
  const cells: number[] = [];
  names.forEach((f, i) => {
    for (const [k, v] of model.weights[f]!) {
      if (v === 0 && !Object.is(v, -0)) continue;
      const scaled = Math.round(v * 1000);
      if (!Number.isFinite(v) || Object.is(v, -0) || scaled / 1000 !== v) throw new Error(`model.json: weight ${v} of ${f} is not a whole number of thousandths`);
      cells.push(i * TAGS.length + k, scaled);
    }
  });
  return { tags: model.tags, scale: 1000, names, cells };
}

export function loadWeights(model: SerializedModel): PackedWeights {
  const entries = Object.entries(model.weights);
  const values = new Float64Array(entries.length * TAGS.length);
  entries.forEach(([, pairs], i) => {
    for (const [k, v] of pairs) values[i * TAGS.length + k] = v;
  });
  return { values, index: templateIndex(entries.map(([f]) => f)) };
}
