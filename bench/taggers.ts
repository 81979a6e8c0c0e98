/**
 * What compromise's tagger costs against two part-of-speech taggers that could replace it (issue 17 item 2), on the
 * same machine in one script: compromise's parse as extraction asks it (`compromise/two`, offsets computed), wink-nlp
 * with its English lite model, and a small averaged-perceptron tagger (src/extract/pos-tagger.ts, trained by eval/train-pos.ts) on CoNLL-2003 eng.train's POS
 * column (Penn Treebank tags). Accuracy is on eng.testa (the dev split; eng.testb is never read), each tagger's tags
 * mapped to coarse classes (`coarse*`), each tagger given the detokenised sentence and its words aligned back to the
 * CoNLL tokens by offset. Speed: tagging every eng.testa sentence, taggers in turn, medians of `TAGGERS_ROUNDS` passes.
 * Start-up: module load and first text in a fresh process (`startup NAME`).
 *
 * wink-nlp is not a dependency: install it beside the checkout (`npm install --prefix DIR wink-nlp
 * wink-eng-lite-web-model`) and pass `TAGGERS_WINK_DIR=DIR`; without it its rows are left out.
 *
 *   node --import tsx bench/taggers.ts            # train, accuracy, speed
 *   node --import tsx bench/taggers.ts startup compromise|wink|perceptron
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../shared/corpus/conll2003');
const weightsFile = resolve(here, '../src/extract/pos-tagger-model.json');

import { type PosModel, PosTagger, tokenise } from '../src/extract/pos-tagger.ts';
import { readConll, type Sentence } from '../eval/train-pos.ts';

/** Tokens written without a space before them (punctuation, clitics) or after them (opening brackets, currency). */
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** A sentence as text, with each token's start offset. */
function detokenise(sentence: Sentence): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  sentence.forEach((t, k) => {
    if (k > 0 && !NO_SPACE_BEFORE.test(t.word) && !NO_SPACE_AFTER.test(sentence[k - 1]!.word)) text += ' ';
    starts.push(text.length);
    text += t.word;
  });
  return { text, starts };
}

// ---- coarse classes: Penn Treebank, compromise and Universal (wink) tags onto one set -------------------------

type Coarse = 'NOUN' | 'VERB' | 'ADJ' | 'ADV' | 'PRON' | 'DET' | 'ADP' | 'NUM' | 'CONJ' | 'OTHER';

/** Penn Treebank tag to coarse class; undefined for punctuation, possessive markers, symbols (not scored). */
function coarsePtb(tag: string): Coarse | undefined {
  if (/^NN/.test(tag)) return 'NOUN';
  if (/^(?:VB|MD)/.test(tag)) return 'VERB';
  if (/^JJ/.test(tag)) return 'ADJ';
  if (/^(?:RB|WRB)/.test(tag)) return 'ADV';
  if (/^(?:PRP|WP)/.test(tag)) return 'PRON';
  if (/^(?:DT|PDT|WDT|EX)$/.test(tag)) return 'DET';
  if (/^(?:IN|TO|RP)$/.test(tag)) return 'ADP';
  if (tag === 'CD') return 'NUM';
  if (tag === 'CC') return 'CONJ';
  return undefined;
}

/** Coordinating conjunctions (Penn's CC); compromise's other conjunctions ("that", "if", "because") are Penn's IN. */
const COORDINATOR = /^(?:and|or|but|nor|plus|&|either|neither|both)$/i;

/**
 * compromise's tags (a set per word) to a coarse class, the most specific first. Its ordinals ("first") are Penn's
 * adjectives, its subordinating conjunctions Penn's prepositions (IN).
 */
function coarseCompromise(tags: readonly string[], word: string): Coarse {
  const has = (t: string) => tags.includes(t);
  if (has('Pronoun')) return 'PRON';
  if (has('Determiner')) return 'DET';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction')) return COORDINATOR.test(word) ? 'CONJ' : 'ADP';
  if (has('Ordinal')) return 'ADJ';
  if (has('Value') || has('Cardinal') || has('NumericValue')) return 'NUM';
  if (has('Verb')) return 'VERB';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Noun')) return 'NOUN';
  return 'OTHER';
}

/** Universal POS (wink) to a coarse class: PART is "to" (TO) or "not" (RB) in Penn's tags. */
function coarseUniversal(tag: string, word: string): Coarse {
  switch (tag) {
    case 'NOUN': case 'PROPN': return 'NOUN';
    case 'VERB': case 'AUX': return 'VERB';
    case 'ADJ': return 'ADJ';
    case 'ADV': return 'ADV';
    case 'PRON': return 'PRON';
    case 'DET': return 'DET';
    case 'ADP': case 'SCONJ': return 'ADP';
    case 'NUM': return 'NUM';
    case 'CCONJ': return 'CONJ';
    case 'PART': return /^(?:not|n't)$/i.test(word) ? 'ADV' : 'ADP';
    default: return 'OTHER';
  }
}

// ---- the three taggers behind one shape: text in, words with offsets and coarse class out -----------------------

interface Tagged { start: number; end: number; coarse: Coarse }
type Tagger = (text: string) => Tagged[];

async function compromiseTagger(): Promise<Tagger> {
  const nlp = (await import('../src/extract/nlp.ts')).compromise();
  return (text) => {
    const doc = nlp(text) as unknown as { compute: (m: string) => void; docs: { text: string; tags: Set<string>; offset: { start: number; length: number } }[][] };
    doc.compute('offset');
    return doc.docs.flat().map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, coarse: coarseCompromise([...t.tags], t.text) }));
  };
}

async function winkTagger(): Promise<Tagger | undefined> {
  const dir = process.env.TAGGERS_WINK_DIR;
  if (!dir) return undefined;
  const require = createRequire(join(resolve(dir), 'package.json'));
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => { readDoc: (t: string) => WinkDoc; its: Record<string, unknown> };
  const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  const its = nlp.its;
  return (text) => {
    const tokens = nlp.readDoc(text).tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    return aligned(text, values, (k) => coarseUniversal(pos[k]!, values[k]!));
  };
}
interface WinkDoc { tokens: () => { out: (f: unknown) => unknown[] } }

function perceptronTagger(model: PosTagger): Tagger {
  return (text) => {
    const tokens = tokenise(text);
    const tags = model.tag(tokens.map((t) => t.word));
    return tokens.map((t, k) => ({ start: t.start, end: t.start + t.word.length, coarse: coarsePtb(tags[k]!) ?? 'OTHER' }));
  };
}

/** Offsets of a tagger's token values found in order in the text (wink gives values, not offsets). */
function aligned(text: string, values: readonly string[], coarse: (k: number) => Coarse): Tagged[] {
  const out: Tagged[] = [];
  let cursor = 0;
  values.forEach((v, k) => {
    const at = text.indexOf(v, cursor);
    if (at < 0) return;
    out.push({ start: at, end: at + v.length, coarse: coarse(k) });
    cursor = at + v.length;
  });
  return out;
}

// ---- measuring ----------------------------------------------------------------------------------------------------

interface Score { right: number; scored: number; unaligned: number; confusion: Map<string, number> }

/** Coarse accuracy over the scored CoNLL tokens: each token read as the tagger's word covering its first character. */
function score(tagger: Tagger, sentences: readonly Sentence[]): Score {
  const s: Score = { right: 0, scored: 0, unaligned: 0, confusion: new Map() };
  for (const sentence of sentences) {
    const { text, starts } = detokenise(sentence);
    const words = tagger(text);
    sentence.forEach((t, k) => {
      const gold = coarsePtb(t.tag);
      if (!gold) return;
      s.scored++;
      const word = words.find((w) => w.start <= starts[k]! && starts[k]! < w.end);
      if (!word) { s.unaligned++; return; }
      if (word.coarse === gold) s.right++;
      else { const key = `${gold}->${word.coarse}`; s.confusion.set(key, (s.confusion.get(key) ?? 0) + 1); }
    });
  }
  return s;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** The shipped tagger (src/extract/pos-tagger.ts), trained by eval/train-pos.ts. */
function loadPerceptron(): PosTagger {
  return new PosTagger(JSON.parse(readFileSync(weightsFile, 'utf8')) as PosModel);
}

async function startup(name: string): Promise<void> {
  const t0 = performance.now();
  const tagger = name === 'compromise' ? await compromiseTagger() : name === 'wink' ? await winkTagger() : perceptronTagger(loadPerceptron());
  const t1 = performance.now();
  tagger!('Ann Lee said the board of Zorbix approved the merger on Tuesday.');
  const t2 = performance.now();
  console.log(JSON.stringify({ name, loadMs: Math.round(t1 - t0), firstTextMs: Math.round(t2 - t1) }));
}

async function main(): Promise<void> {
  const perceptron = loadPerceptron();
  const dev = readConll(join(corpus, 'eng.testa'));
  // Fine-grained accuracy on the gold tokens: the perceptron's own measure, Penn tags.
  let right = 0;
  let all = 0;
  for (const s of dev) {
    const tags = perceptron.tag(s.map((t) => t.word));
    s.forEach((t, k) => { right += tags[k] === t.tag ? 1 : 0; all++; });
  }
  console.log(`perceptron, Penn tags on eng.testa's gold tokens: ${(right / all).toFixed(4)} (${all} tokens)`);
  const taggers: [string, Tagger][] = [['compromise', await compromiseTagger()], ['perceptron', perceptronTagger(perceptron)]];
  const wink = await winkTagger();
  if (wink) taggers.push(['wink', wink]);
  const texts = dev.map((s) => detokenise(s).text);
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  for (const [name, tagger] of taggers) {
    const s = score(tagger, dev);
    const top = [...s.confusion].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`${name}: coarse accuracy ${(s.right / s.scored).toFixed(4)} of ${s.scored} scored tokens (${s.unaligned} unaligned); most confused: ${top}`);
  }
  const rounds = Number(process.env.TAGGERS_ROUNDS ?? 5);
  const times = new Map<string, number[]>(taggers.map(([n]) => [n, []]));
  for (let r = 0; r < rounds; r++) for (const [name, tagger] of taggers) times.get(name)!.push(cpuSeconds(() => { for (const t of texts) tagger(t); }));
  const base = median(times.get('compromise')!);
  for (const [name, ts] of times) {
    const m = median(ts);
    console.log(`${name}: ${m.toFixed(2)} s CPU per pass over ${texts.length} sentences (${words} words): ${Math.round(words / m)} words/s, ×${(base / m).toFixed(1)} compromise's speed; passes ${ts.map((t) => t.toFixed(2)).join(' ')}`);
  }
  for (const [name] of taggers) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'startup', name], { encoding: 'utf8', env: process.env });
    console.log(`start-up: ${out.trim()}`);
  }
}

if (process.argv[2] === 'startup') await startup(process.argv[3]!);
else await main();
