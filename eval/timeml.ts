/**
 * TimeML documents of TimeBank and AQUAINT (../shared/corpus/timebank_tempeval3, read at run time) as the trainers
 * of eval/ read them, and the averaged perceptron they train. One home for both: eval/train-assertion.ts (mood) and
 * eval/train-anchor.ts (which date a happening is on).
 *
 * Split, by document, fixed before any training: the documents of TimeBank and AQUAINT sorted by folder and file
 * name, every fifth (positions 4, 9, 14 …) is development, the rest training. TempEval-3 Platinum is not used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/timebank_tempeval3');

export interface TimemlEvent { eid: string; start: number; word: string; cls: string }
export interface TimemlInstance { eid: string; eiid: string; tense: string; aspect: string; pos: string; polarity: string; modality: string }
export interface TimemlTimex { tid: string; start: number; end: number; type: string; fn: string; value: string }
export interface TimemlLink { rel: string; from: string; to: string }
export interface TimemlDoc {
  name: string;
  xml: string;
  /** The body's text, tags removed. */
  text: string;
  events: TimemlEvent[];
  /** The first instance of each event id. */
  instances: Map<string, TimemlInstance>;
  timexes: TimemlTimex[];
  /** TLINKs, each end an eiid or a tid. */
  tlinks: TimemlLink[];
  /** Sentences: paragraphs (blank lines), then a full stop before a capital. */
  sentences: { start: number; end: number }[];
  /** The document's creation time (its DCT's day) and that TIMEX3's id, which TLINKs name. */
  creation?: string;
  creationTid?: string;
}

export const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
export const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The documents of TimeBank and AQUAINT, in the fixed order of the split, with whether each is development. */
export function timemlDocs(): { name: string; file: string; dev: boolean }[] {
  const names = ['TimeBank', 'AQUAINT'].flatMap((set) => readdirSync(path.join(CORPUS, set)).filter((f) => f.endsWith('.tml')).sort().map((f) => `${set}/${f}`));
  return names.map((name, i) => ({ name, file: path.join(CORPUS, name), dev: i % 5 === 4 }));
}

export function readTimeml(file: string, name: string): TimemlDoc {
  const xml = readFileSync(file, 'utf8').replace(/\r/g, '');
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const events: TimemlEvent[] = [];
  const timexes: TimemlTimex[] = [];
  let open: { tag: string; attrs: string; start: number } | null = null;
  for (const m of body.matchAll(/<(\/?)(\w+)([^>]*)>|[^<]+/g)) {
    if (m[2] === undefined) { text += decode(m[0]); continue; }
    if (!m[1]) { open = { tag: m[2], attrs: m[3]!, start: text.length }; continue; }
    if (open?.tag === 'EVENT') events.push({ eid: attr(open.attrs, 'eid')!, start: open.start, word: text.slice(open.start).trim().toLowerCase(), cls: attr(open.attrs, 'class') ?? '' });
    if (open?.tag === 'TIMEX3') timexes.push({ tid: attr(open.attrs, 'tid')!, start: open.start, end: text.length, type: attr(open.attrs, 'type') ?? '', fn: attr(open.attrs, 'functionInDocument') ?? 'NONE', value: attr(open.attrs, 'value') ?? '' });
    open = null;
  }
  const instances = new Map<string, TimemlInstance>();
  for (const m of xml.matchAll(/<MAKEINSTANCE([^>]*)\/>/g)) {
    const eid = attr(m[1]!, 'eventID')!;
    if (!instances.has(eid)) instances.set(eid, { eid, eiid: attr(m[1]!, 'eiid')!, tense: attr(m[1]!, 'tense') ?? 'NONE', aspect: attr(m[1]!, 'aspect') ?? 'NONE', pos: attr(m[1]!, 'pos') ?? '', polarity: attr(m[1]!, 'polarity') ?? 'POS', modality: (attr(m[1]!, 'modality') ?? '').toLowerCase() });
  }
  const tlinks = [...xml.matchAll(/<TLINK([^>]*)\/>/g)].map((m) => ({
    rel: attr(m[1]!, 'relType') ?? '',
    from: attr(m[1]!, 'eventInstanceID') ?? attr(m[1]!, 'timeID') ?? '',
    to: attr(m[1]!, 'relatedToEventInstance') ?? attr(m[1]!, 'relatedToTime') ?? '',
  }));
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml)?.[1];
  const creation = dct ? attr(dct, 'value')?.slice(0, 10) : undefined;
  return { name, xml, text, events, instances, timexes, tlinks, sentences: sentenceSpans(text), ...(creation ? { creation, creationTid: attr(dct!, 'tid')! } : {}) };
}

function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const p of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    let from = p.index;
    for (const b of p[0].matchAll(/[.!?]["'”]?\s+(?=["“]?[A-Z])/g)) {
      spans.push({ start: from, end: p.index + b.index + b[0].length });
      from = p.index + b.index + b[0].length;
    }
    spans.push({ start: from, end: p.index + p[0].length });
  }
  return spans;
}

/** The sentence holding `offset`, whitespace squeezed, and a map from document offsets to offsets in it. */
export function sentenceAt(doc: TimemlDoc, offset: number): { text: string; local: (at: number) => number; index: number } | undefined {
  const index = doc.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const span = doc.sentences[index];
  if (!span) return undefined;
  // Offsets shift where whitespace runs were squeezed: positions are counted in the squeezed sentence.
  return { text: doc.text.slice(span.start, span.end).replace(/\s+/g, ' '), local: (at) => doc.text.slice(span.start, at).replace(/\s+/g, ' ').length, index };
}

/** Features seen fewer times than this in training are left out: a word met once or twice is noise, not evidence. */
const MIN_COUNT = 3;

/** A multiclass averaged perceptron, its examples visited in a fixed shuffle: the same weights on every run. */
export function trainPerceptron(all: { features: string[]; label: number }[], classes: number, epochs: number): Record<string, number[]> {
  const counts = new Map<string, number>();
  for (const ex of all) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const examples = all.map((ex) => ({ ...ex, features: ex.features.filter((f) => counts.get(f)! >= MIN_COUNT) }));
  const w = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  const stamp = new Map<string, number[]>();
  let t = 0;
  const update = (f: string, c: number, delta: number) => {
    const wf = w.get(f) ?? new Array<number>(classes).fill(0);
    const tf = total.get(f) ?? new Array<number>(classes).fill(0);
    const sf = stamp.get(f) ?? new Array<number>(classes).fill(0);
    tf[c]! += (t - sf[c]!) * wf[c]!;
    sf[c] = t;
    wf[c]! += delta;
    w.set(f, wf); total.set(f, tf); stamp.set(f, sf);
  };
  // A linear congruential generator for the shuffle.
  let seed = 19;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      t++;
      const ex = examples[k]!;
      const guess = argmax(scoresOf(w, ex.features, classes));
      if (guess !== ex.label) for (const f of ex.features) { update(f, ex.label, 1); update(f, guess, -1); }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const avg = w.get(f)!.map((x, c) => (total.get(f)![c]! + (t - stamp.get(f)![c]!) * x) / t);
    if (avg.some((x) => Math.abs(x) >= 0.001)) weights[f] = avg.map((x) => Math.round(x * 1000) / 1000);
  }
  return weights;
}

function scoresOf(w: Map<string, number[]>, features: string[], classes: number): number[] {
  const scores = new Array<number>(classes).fill(0);
  for (const f of features) { const x = w.get(f); if (x) for (let c = 0; c < classes; c++) scores[c]! += x[c]!; }
  return scores;
}

function argmax(scores: number[]): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/** Precision, recall and F1 of a binary score (above 0: yes) on labelled examples, as the trainers print them. */
export function binaryFigures<T extends { label: number }>(examples: T[], score: (ex: T) => number): { tp: number; predicted: number; gold: number; text: string } {
  const tp = examples.filter((p) => p.label === 1 && score(p) > 0).length;
  const predicted = examples.filter((p) => score(p) > 0).length;
  const gold = examples.filter((p) => p.label === 1).length;
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { tp, predicted, gold, text: `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${(precision + recall ? (2 * precision * recall) / (precision + recall) : 0).toFixed(3)}` };
}
