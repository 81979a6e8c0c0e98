/**
 * A greedy averaged-perceptron sequence tagger for names (BIO tags over PER/ORG/LOC/MISC), trained at development
 * time by eval/train-ner.ts on CoNLL-2003 eng.train. Only the learned weights ship (model.json); no corpus text.
 * Features are the classic ones: the word, its shape, affixes, neighbouring words and shapes, and the previous tag.
 */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

export function shape(w: string): string {
  const s = w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd');
  return s.replace(/(.)\1+/g, '$1$1');
}

/** Per-sentence word forms, computed once so each token's features are plain string joins. */
export interface SentenceForms {
  words: readonly string[];
  lower: string[];
  shapes: string[];
  allCaps: boolean;
}

export function sentenceForms(words: readonly string[]): SentenceForms {
  return { words, lower: words.map((w) => w.toLowerCase()), shapes: words.map(shape), allCaps: isAllCaps(words) };
}

export function features(f: SentenceForms, i: number, prev: string, prev2: string): string[] {
  return [...wordFeatures(f, i), ...tagFeatures(f.lower[i]!, prev, prev2)];
}

/** The features that depend only on the words, the same whatever tags came before. */
function wordFeatures(f: SentenceForms, i: number): string[] {
  const n = f.words.length;
  const at = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : f.lower[k]!);
  const sh = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : f.shapes[k]!);
  const lw = f.lower[i]!;
  const s0 = f.shapes[i]!;
  return [
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
    `s-1s=${sh(i - 1)}|${s0}`,
    `ss+1=${s0}|${sh(i + 1)}`,
    `w-1w=${at(i - 1)}|${lw}`,
    `ww+1=${lw}|${at(i + 1)}`,
    `first=${i === 0}|${s0}`,
    `caps=${f.allCaps}|${s0}`,
  ];
}

/** The features that depend on the tags chosen for the previous two words. */
function tagFeatures(lw: string, prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${lw}`];
}

export type Weights = Map<string, Float64Array>;

export function scoreTags(weights: Weights, feats: readonly string[]): Float64Array {
  const scores = new Float64Array(TAGS.length);
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  return scores;
}

/** BIO needs I-X to follow B-X or I-X. */
function allowedAfter(tag: string, prev: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/** The best tag allowed after `prev`. */
export function bestTag(scores: Float64Array, prev: string): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) {
    if (allowedAfter(TAGS[k]!, prev) && scores[k]! > scores[best]!) best = k;
  }
  return best;
}

export function isAllCaps(words: readonly string[]): boolean {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters === letters.toUpperCase();
}

/**
 * Greedy decoding (beam 1) is how the model was trained; a small beam lets a sentence recover from one early
 * wrong tag instead of being forced into a bad reading by the BIO constraint ("Budapest" read as a place leaving
 * "Stock Exchange" no organisation tag to continue with). Word features are scored once per word, and only the
 * three tag features per hypothesis.
 */
export function tagWords(weights: Weights, words: readonly string[], beam = 1): Tag[] {
  const forms = sentenceForms(words);
  // Each hypothesis points back at the one it extends, so extending it never copies its tags.
  interface Hypothesis { tag: number; back: Hypothesis | null; prev: string; prev2: string; score: number }
  let hyps: Hypothesis[] = [{ tag: -1, back: null, prev: '<s>', prev2: '<s>', score: 0 }];
  for (let i = 0; i < words.length; i++) {
    const base = scoreTags(weights, wordFeatures(forms, i));
    const next: Hypothesis[] = [];
    for (const h of hyps) {
      const scores = scoreTags(weights, tagFeatures(forms.lower[i]!, h.prev, h.prev2));
      for (let k = 0; k < scores.length; k++) scores[k]! += base[k]!;
      if (beam === 1) {
        const k = bestTag(scores, h.prev);
        next.push({ tag: k, back: h, prev: TAGS[k]!, prev2: h.prev, score: h.score + scores[k]! });
        continue;
      }
      for (let k = 0; k < scores.length; k++) {
        if (!allowedAfter(TAGS[k]!, h.prev)) continue;
        next.push({ tag: k, back: h, prev: TAGS[k]!, prev2: h.prev, score: h.score + scores[k]! });
      }
    }
    // Stable sort: ties keep the order of the earlier hypothesis and the lower tag index, so output is deterministic.
    next.sort((a, b) => b.score - a.score);
    hyps = next.slice(0, beam);
  }
  const out: Tag[] = [];
  for (let h: Hypothesis | null = hyps[0]!; h && h.tag >= 0; h = h.back) out.push(TAGS[h.tag]!);
  return out.reverse();
}

/** model.json: `{ tags, weights: { feature: [[tagIndex, weight], …] } }`, pruned and rounded. */
export interface SerializedModel {
  tags: readonly string[];
  weights: Record<string, [number, number][]>;
}

export function loadWeights(model: SerializedModel): Weights {
  const weights: Weights = new Map();
  for (const [f, pairs] of Object.entries(model.weights)) {
    const arr = new Float64Array(TAGS.length);
    for (const [k, v] of pairs) arr[k] = v;
    weights.set(f, arr);
  }
  return weights;
}
