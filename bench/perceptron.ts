/**
 * A small averaged-perceptron part-of-speech tagger (Honnibal's features and tag dictionary), Penn Treebank tags,
 * trained by bench/taggers.ts on CoNLL-2003 eng.train's POS column: the candidate replacement for compromise's
 * tagger measured there (issue 17 item 2). Weights are kept under .cache/, never in the repository.
 */
/** A CoNLL-2003 token (its word and Penn POS tag) and sentence. */
export interface Token { word: string; tag: string }
export type Sentence = Token[];

/** A word as the perceptron's features see it. */
export function normal(word: string): string {
  if (/^\d{4}$/.test(word)) return '!YEAR';
  if (/^\d/.test(word)) return '!DIGITS';
  if (word.includes('-') && word[0] !== '-') return '!HYPHEN:' + word.slice(word.lastIndexOf('-') + 1).toLowerCase();
  return word.toLowerCase();
}

/** The feature strings of the word at `i` given the two tags before it (Honnibal's set). */
export function features(words: readonly string[], raw: readonly string[], i: number, p1: string, p2: string): string[] {
  const w = words[i]!;
  const r = raw[i]!;
  const prev = words[i - 1] ?? '-START-';
  const next = words[i + 1] ?? '-END-';
  return [
    'b', 'w ' + w, 's3 ' + w.slice(-3), 's2 ' + w.slice(-2), 'p1 ' + w[0], 'cap ' + (/^[A-Z]/.test(r) ? (i === 0 ? 'first' : 'y') : 'n'),
    't1 ' + p1, 't2 ' + p2, 't12 ' + p1 + ' ' + p2, 't1w ' + p1 + ' ' + w,
    'w-1 ' + prev, 's-1 ' + prev.slice(-3), 'w-2 ' + (words[i - 2] ?? '-START2-'),
    'w+1 ' + next, 's+1 ' + next.slice(-3), 'w+2 ' + (words[i + 2] ?? '-END2-'),
  ];
}

export interface Model { tags: string[]; weights: Record<string, [number[], number[]]>; single: Record<string, string> }

export class Perceptron {
  readonly tags: string[];
  private readonly index = new Map<string, number>();
  private readonly weights = new Map<string, { at: Uint8Array; w: Float32Array }>();
  private readonly single: Map<string, string>;

  constructor(model: Model) {
    this.tags = model.tags;
    model.tags.forEach((t, k) => this.index.set(t, k));
    for (const [f, [at, w]] of Object.entries(model.weights)) this.weights.set(f, { at: Uint8Array.from(at), w: Float32Array.from(w) });
    this.single = new Map(Object.entries(model.single));
  }

  tag(raw: readonly string[]): string[] {
    const words = raw.map(normal);
    const scores = new Float64Array(this.tags.length);
    const out: string[] = [];
    let p1 = '-START-';
    let p2 = '-START2-';
    for (let i = 0; i < words.length; i++) {
      let tag = this.single.get(words[i]!);
      if (tag === undefined) {
        scores.fill(0);
        for (const f of features(words, raw, i, p1, p2)) {
          const row = this.weights.get(f);
          if (row) for (let k = 0; k < row.at.length; k++) scores[row.at[k]!]! += row.w[k]!;
        }
        let best = 0;
        for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
        tag = this.tags[best]!;
      }
      out.push(tag);
      p2 = p1;
      p1 = tag;
    }
    return out;
  }
}

/** Words seen often enough with one tag almost always: tagged by lookup, as in Honnibal's tagger. */
export function singleTags(sentences: readonly Sentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) for (const t of s) {
    const w = normal(t.word);
    const m = counts.get(w) ?? new Map<string, number>();
    m.set(t.tag, (m.get(t.tag) ?? 0) + 1);
    counts.set(w, m);
  }
  const out: Record<string, string> = {};
  for (const [w, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [tag, n] = [...m].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= 20 && n / total >= 0.97) out[w] = tag;
  }
  return out;
}

/** Trains the averaged perceptron: `iterations` shuffled passes (a fixed seed), weights averaged over every update. */
export function train(sentences: readonly Sentence[], iterations: number): Model {
  const tags = [...new Set(sentences.flatMap((s) => s.map((t) => t.tag)))].sort();
  const index = new Map(tags.map((t, k) => [t, k]));
  const single = singleTags(sentences);
  const w = new Map<string, Float32Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Uint32Array>();
  const row = <A extends Float32Array | Float64Array | Uint32Array>(m: Map<string, A>, f: string, make: (n: number) => A): A =>
    m.get(f) ?? (m.set(f, make(tags.length)), m.get(f)!);
  let clock = 0;
  const update = (f: string, k: number, by: number) => {
    const ws = row(w, f, (n) => new Float32Array(n));
    const ts = row(stamps, f, (n) => new Uint32Array(n));
    row(totals, f, (n) => new Float64Array(n))[k]! += (clock - ts[k]!) * ws[k]!;
    ts[k] = clock;
    ws[k]! += by;
  };
  const order = sentences.map((_, k) => k);
  let seed = 17;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let it = 0; it < iterations; it++) {
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
          const scores = new Float64Array(tags.length);
          for (const f of feats) { const ws = w.get(f); if (ws) for (let k = 0; k < tags.length; k++) scores[k]! += ws[k]!; }
          let best = 0;
          for (let k = 1; k < tags.length; k++) if (scores[k]! > scores[best]!) best = k;
          guess = tags[best]!;
          clock++;
          if (guess !== gold) for (const f of feats) { update(f, index.get(gold)!, 1); update(f, best, -1); }
        }
        right += guess === gold ? 1 : 0;
        all++;
        p2 = p1;
        p1 = guess;
      }
    }
    console.error(`  perceptron pass ${it + 1}: ${(right / all).toFixed(4)} on train`);
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
  }
  const weights: Model['weights'] = {};
  for (const [f, ws] of w) {
    const at: number[] = [];
    const avg: number[] = [];
    for (let k = 0; k < tags.length; k++) {
      const total = totals.get(f)![k]! + (clock - stamps.get(f)![k]!) * ws[k]!;
      const mean = Math.round((total / clock) * 1000) / 1000;
      if (mean !== 0) { at.push(k); avg.push(mean); }
    }
    if (at.length > 0) weights[f] = [at, avg];
  }
  return { tags, weights, single };
}

/** Splits raw text into Penn-style tokens (punctuation, "'s" and "n't" apart), with offsets. */
export function tokenise(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  const word = String.raw`[A-Za-z0-9]+(?:[&-][A-Za-z0-9]+|'(?!s\b)[A-Za-z0-9]+)*`;
  // A period stays with a word only inside an abbreviation of letters and periods ("U.S.", "Ph.D."), never at a
  // sentence's end ("said.").
  const re = new RegExp(String.raw`[A-Za-z]+(?=n't\b)|n't\b|'s\b|\d+(?:[.,]\d+)*%?|(?:[A-Za-z]\.){2,}|${word}|\S`, 'g');
  for (const m of text.matchAll(re)) out.push({ word: m[0], start: m.index });
  return out;
}
