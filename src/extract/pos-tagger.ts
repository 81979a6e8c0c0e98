/**
 * A fast part-of-speech tagger for whole sentences (issue 17 item 2): an averaged perceptron (Honnibal's features and
 * tag dictionary) over Penn Treebank tags, trained by eval/train-pos.ts (`npm run train-pos`) on CoNLL-2003 eng.train's
 * POS column; only the pruned weights ship (pos-tagger-model.json), no corpus text. It answers in compromise's shape
 * (`posTerms`, TaggedTerms with compromise's tag names) at the callers that tag a whole sentence and read its parts of
 * speech only — compromise's lexicon tags (Person, Place …), which entities.ts reads of names, have no counterpart
 * here. About six times faster than compromise's parse (bench/RESULTS.md, session 28) and as accurate on newswire.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { memoByString } from '../util/memo.ts';
import { AUXILIARIES_AFTER, NEGATIONS, PASSIVE_AUXILIARIES } from './lexicon.ts';
import type { TaggedTerm } from './nlp.ts';

/** A word as the perceptron's features see it (years, numbers and hyphenated words folded). */
export function normal(word: string): string {
  if (/^\d{4}$/.test(word)) return '!YEAR';
  if (/^\d/.test(word)) return '!DIGITS';
  if (word.includes('-') && word[0] !== '-') return '!HYPHEN:' + word.slice(word.lastIndexOf('-') + 1).toLowerCase();
  return word.toLowerCase();
}

/** The feature strings of the word at `i` given the two tags before it (Honnibal's set). */
export function features(words: readonly string[], raw: readonly string[], i: number, p1: string, p2: string): string[] {
  const w = words[i]!;
  const prev = words[i - 1] ?? '-START-';
  const next = words[i + 1] ?? '-END-';
  return [
    'b', 'w ' + w, 's3 ' + w.slice(-3), 's2 ' + w.slice(-2), 'p1 ' + w[0], 'cap ' + (/^[A-Z]/.test(raw[i]!) ? (i === 0 ? 'first' : 'y') : 'n'),
    't1 ' + p1, 't2 ' + p2, 't12 ' + p1 + ' ' + p2, 't1w ' + p1 + ' ' + w,
    'w-1 ' + prev, 's-1 ' + prev.slice(-3), 'w-2 ' + (words[i - 2] ?? '-START2-'),
    'w+1 ' + next, 's+1 ' + next.slice(-3), 'w+2 ' + (words[i + 2] ?? '-END2-'),
  ];
}

/**
 * The shipped model: its tags, the words tagged by lookup (`single`), and per feature its non-zero weights as one flat
 * list of tag index and weight pairs.
 */
export interface PosModel { tags: string[]; single: Record<string, string>; weights: Record<string, number[]> }

/** A feature's non-zero weights: tag indexes and weights (undefined: the model has no such feature). */
type Row = { at: Uint8Array; w: Float32Array } | undefined;

/**
 * A word's rows for every feature it gives, found once per spelling (`PosTagger.rowsOf`): its own (w, s3, s2, p1), as
 * the word before (w-1, s-1) or two before (w-2), after (w+1, s+1) or two after (w+2), and with each previous tag
 * (t1w, by state, filled when first asked).
 */
interface WordRows {
  own: [Row, Row, Row, Row];
  prev: Row;
  prevSuffix: Row;
  prev2: Row;
  next: Row;
  nextSuffix: Row;
  next2: Row;
  /** Per previous state, the t1w row (null: the model has none), filled when first asked. */
  withTag: (Row | null)[];
}

/** Adds a row's weights to the scores. */
function addRow(scores: Float64Array, row: Row): void {
  if (row) for (let k = 0; k < row.at.length; k++) scores[row.at[k]!]! += row.w[k]!;
}

/** How many spellings' rows are kept (`PosTagger.rowsOf`); past that they are forgotten and found afresh. */
const WORD_ROWS = 50_000;

/**
 * The perceptron's tagger over a model: greedy, left to right, each word's best tag given the two before it. It adds
 * the rows of `features` in their order (floating-point sums depend on it), found without building the feature
 * strings: a word's rows are kept per spelling, the tags' by state (tests/pos-tagger.test.ts checks the scores
 * against `features`, bit for bit).
 */
export class PosTagger {
  private readonly tags: string[];
  private readonly weights = new Map<string, { at: Uint8Array; w: Float32Array }>();
  private readonly single: Map<string, string>;
  /** States a previous tag can be: '-START-', '-START2-', then the model's tags; each tag's state by name. */
  private readonly states: string[];
  private readonly stateOf = new Map<string, number>();
  private readonly bias: Row;
  private readonly cap: [Row, Row, Row];
  private readonly t1: Row[];
  private readonly t2: Row[];
  private readonly t12: Row[];
  private readonly words = new Map<string, WordRows>();

  constructor(model: PosModel) {
    this.tags = model.tags;
    for (const [f, pairs] of Object.entries(model.weights)) {
      const n = pairs.length / 2;
      const at = new Uint8Array(n);
      const w = new Float32Array(n);
      for (let k = 0; k < n; k++) { at[k] = pairs[2 * k]!; w[k] = pairs[2 * k + 1]!; }
      this.weights.set(f, { at, w });
    }
    this.single = new Map(Object.entries(model.single));
    this.states = ['-START-', '-START2-', ...model.tags];
    this.states.forEach((s, k) => this.stateOf.set(s, k));
    const row = (f: string) => this.weights.get(f);
    this.bias = row('b');
    this.cap = [row('cap first'), row('cap y'), row('cap n')];
    this.t1 = this.states.map((p) => row('t1 ' + p));
    this.t2 = this.states.map((p) => row('t2 ' + p));
    this.t12 = this.states.flatMap((p1) => this.states.map((p2) => row('t12 ' + p1 + ' ' + p2)));
  }

  /** The Penn tags of a sentence's tokens. */
  tag(raw: readonly string[]): string[] {
    const words = raw.map(normal);
    const scores = new Float64Array(this.tags.length);
    const out: string[] = [];
    let p1 = 0;
    let p2 = 1;
    for (let i = 0; i < words.length; i++) {
      const tag = this.single.get(words[i]!) ?? this.tags[this.best(words, raw, i, p1, p2, scores)]!;
      out.push(tag);
      p2 = p1;
      p1 = this.stateOf.get(tag)!;
    }
    return progressives(words, headsBeforeVerbs(out));
  }

  /** The scores of the word at `i` after the states `p1` and `p2` (into `scores`): `features`' rows in its order. */
  scores(words: readonly string[], raw: readonly string[], i: number, p1: number, p2: number, scores: Float64Array): Float64Array {
    scores.fill(0);
    const word = words[i]!;
    const w = this.rowsOf(word);
    addRow(scores, this.bias);
    for (const row of w.own) addRow(scores, row);
    addRow(scores, this.cap[/^[A-Z]/.test(raw[i]!) ? (i === 0 ? 0 : 1) : 2]);
    addRow(scores, this.t1[p1]);
    addRow(scores, this.t2[p2]);
    addRow(scores, this.t12[p1 * this.states.length + p2]);
    let withTag = w.withTag[p1];
    if (withTag === undefined) withTag = w.withTag[p1] = this.weights.get('t1w ' + this.states[p1]! + ' ' + word) ?? null;
    addRow(scores, withTag ?? undefined);
    const prev = this.rowsOf(words[i - 1] ?? '-START-');
    addRow(scores, prev.prev);
    addRow(scores, prev.prevSuffix);
    addRow(scores, this.rowsOf(words[i - 2] ?? '-START2-').prev2);
    const next = this.rowsOf(words[i + 1] ?? '-END-');
    addRow(scores, next.next);
    addRow(scores, next.nextSuffix);
    addRow(scores, this.rowsOf(words[i + 2] ?? '-END2-').next2);
    return scores;
  }

  private best(words: readonly string[], raw: readonly string[], i: number, p1: number, p2: number, scores: Float64Array): number {
    this.scores(words, raw, i, p1, p2, scores);
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
    return best;
  }

  /** A spelling's rows (`WordRows`), kept. */
  private rowsOf(w: string): WordRows {
    let rows = this.words.get(w);
    if (rows) return rows;
    const row = (f: string) => this.weights.get(f);
    rows = {
      own: [row('w ' + w), row('s3 ' + w.slice(-3)), row('s2 ' + w.slice(-2)), row('p1 ' + w[0])],
      prev: row('w-1 ' + w),
      prevSuffix: row('s-1 ' + w.slice(-3)),
      prev2: row('w-2 ' + w),
      next: row('w+1 ' + w),
      nextSuffix: row('s+1 ' + w.slice(-3)),
      next2: row('w+2 ' + w),
      withTag: [],
    };
    if (this.words.size >= WORD_ROWS) this.words.clear();
    this.words.set(w, rows);
    return rows;
  }
}

/** Finite verbs' tags (Penn): a past, a present or a modal. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** Tags that open or fill a noun phrase before its head (Penn): a determiner, a possessive, an adjective, a noun. */
const NOUN_PHRASE = new Set(['DT', 'PRP$', 'POS', 'JJ', 'NN', 'NNP', 'NNS', 'CD']);

/**
 * An adjective inside a noun phrase right before a finite verb heads the verb's subject, so it is a noun ("the
 * co-chairman attacked …", "the tribunal was meeting"): Penn gives an adjective no subject's place. The features fold
 * a hyphenated word into its last part, and eng.train's hyphenated words are mostly adjectives ("long-term"), so
 * compound nouns were read as adjectives; so were nouns with an adjective's suffix ("tribunal").
 */
function headsBeforeVerbs(tags: string[]): string[] {
  for (let i = 1; i + 1 < tags.length; i++) if (tags[i] === 'JJ' && FINITE.has(tags[i + 1]!) && NOUN_PHRASE.has(tags[i - 1]!)) tags[i] = 'NN';
  return tags;
}

/**
 * An -ing word after a form of "be" (adverbs between: "was not meeting", "is still fighting") is the progressive's
 * verb, whatever it is by lookup or its suffix: eng.train writes "meeting", "funding", "building" as nouns almost
 * always, so the tag dictionary read "was meeting" as a noun after a verb. compromise reads it as a verb group.
 */
function progressives(words: readonly string[], tags: string[]): string[] {
  for (let i = 1; i < tags.length; i++) {
    if (!words[i]!.endsWith('ing') || (tags[i] !== 'NN' && tags[i] !== 'JJ')) continue;
    let at = i - 1;
    while (at > 0 && tags[at]!.startsWith('RB')) at--;
    if (PASSIVE_AUXILIARIES.has(words[at]!)) tags[i] = 'VBG';
  }
  return tags;
}

// Letters of any script ("Müller" is one word); a curly apostrophe read as the straight one eng.train writes
// ("didn’t": "did" "n't"), one character for one, so offsets hold.
const LETTER = String.raw`\p{L}\p{M}`;
const PENN_WORD = String.raw`[${LETTER}0-9]+(?:[&-][${LETTER}0-9]+|'(?!s\b)[${LETTER}0-9]+)*`;
// A period stays with a word only inside an abbreviation of letters and periods ("U.S.", "Ph.D."), never at a
// sentence's end ("said."). Built once (`matchAll` copies it, so its lastIndex is never shared).
const PENN_TOKEN = new RegExp(String.raw`[${LETTER}]+(?=n't\b)|n't\b|'s\b|\d+(?:[.,]\d+)*%?|(?:[${LETTER}]\.){2,}|${PENN_WORD}|\S`, 'gu');

/** Splits raw text into Penn-style tokens (punctuation, "'s" and "n't" apart), with offsets. */
export function tokenise(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const m of text.replace(/’/g, "'").matchAll(PENN_TOKEN)) out.push({ word: m[0], start: m.index });
  return out;
}

/** Penn tags as compromise names the same parts of speech (the tags the whole-sentence callers read). */
const COMPROMISE_TAGS: Record<string, readonly string[]> = {
  NN: ['Noun', 'Singular'], NNS: ['Noun', 'Plural'], NNP: ['Noun', 'ProperNoun', 'Singular'], NNPS: ['Noun', 'ProperNoun', 'Plural'],
  VB: ['Verb', 'Infinitive'], VBD: ['Verb', 'PastTense'], VBG: ['Verb', 'Gerund'], VBN: ['Verb', 'Participle'],
  VBP: ['Verb', 'PresentTense'], VBZ: ['Verb', 'PresentTense'], MD: ['Verb', 'Modal', 'Auxiliary'],
  JJ: ['Adjective'], JJR: ['Adjective', 'Comparative'], JJS: ['Adjective', 'Superlative'],
  RB: ['Adverb'], RBR: ['Adverb'], RBS: ['Adverb'], WRB: ['Adverb', 'QuestionWord'],
  DT: ['Determiner'], PDT: ['Determiner'], WDT: ['Determiner'], EX: ['Noun'],
  PRP: ['Pronoun'], 'PRP$': ['Pronoun', 'Possessive'], WP: ['Pronoun'], 'WP$': ['Pronoun', 'Possessive'],
  IN: ['Preposition'], TO: ['Preposition'], RP: ['Adverb'], CC: ['Conjunction'], CD: ['Value', 'Cardinal'],
};

let tagger: PosTagger | undefined;
const loaded = () => (tagger ??= new PosTagger(shippedJson(new URL('./pos-tagger-model.json', import.meta.url)) as PosModel));

interface Building { text: string; tags: string[]; start: number }

/** Tokens and their Penn tags as words: punctuation folded into the word before (its `post`), "'s" into it. */
function words(text: string): Building[] {
  const tokens = tokenise(text);
  const penn = loaded().tag(tokens.map((t) => t.word));
  const out: Building[] = [];
  tokens.forEach((t, k) => {
    const last = out.at(-1);
    const tag = penn[k]!;
    if (last && tag === 'POS') { last.tags.push('Possessive'); last.text += t.word; return; }
    if (last && /^[^\w$]+$/.test(t.word)) return;
    out.push({ text: t.word, tags: [...(COMPROMISE_TAGS[tag] ?? [])], start: t.start });
  });
  return out;
}

/**
 * A sentence's words tagged by the perceptron as compromise-like TaggedTerms (its tag names, what follows a word in
 * `post`); a negation (lexicon NEGATIONS) is Negative and a be/have/modal form before a verb (AUXILIARIES_AFTER,
 * PASSIVE_AUXILIARIES) is Auxiliary, as compromise tags them. The last few hundred sentences' answers are kept, so
 * that extraction's callers and resolve's tag each sentence once in a process. Shared and read-only.
 */
export const posTerms: (text: string) => readonly TaggedTerm[] = memoByString(readPos, 512);

function readPos(text: string): TaggedTerm[] {
  const terms = words(text);
  for (const t of terms) if (NEGATIONS.has(t.text.toLowerCase())) t.tags.push('Negative');
  return terms.map((t, k) => {
    const next = terms[k + 1];
    const lower = t.text.toLowerCase();
    if (t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && (AUXILIARIES_AFTER.has(lower) || PASSIVE_AUXILIARIES.has(lower)) && verbAfter(terms, k)) t.tags.push('Auxiliary');
    return { text: t.text, post: text.slice(t.start + t.text.length, next ? next.start : text.length), tags: t.tags, offset: { start: t.start, length: t.text.length } };
  });
}

/** Whether a verb follows the word at `k`, past negations and adverbs ("was not meeting", "has already sold"). */
function verbAfter(terms: readonly Building[], k: number): boolean {
  let at = k + 1;
  while (at < terms.length && (terms[at]!.tags.includes('Negative') || terms[at]!.tags.includes('Adverb'))) at++;
  return terms[at]?.tags.includes('Verb') === true;
}
