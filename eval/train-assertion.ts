/**
 * Trains the assertion model of src/extract/assertion.ts on the TimeML EVENT annotations of TimeBank and AQUAINT
 * (../shared/corpus/timebank_tempeval3, read at run time; only the learned weights are written, to
 * src/extract/assertion-model.json), and reports its figures on the development documents.
 *
 * Labels, from TimeML: an event with polarity NEG, a modality ("would", "could", "may" …) or subordinated by an
 * SLINK of type MODAL, CONDITIONAL, COUNTER_FACTIVE or NEG_EVIDENTIAL ("wants to buy", "if it sues", "failed to
 * pay", "denied having met") is `unasserted`; else one in the FUTURE tense is `future`; else `asserted`.
 *
 * Split, by document, fixed before any training: the documents of TimeBank and AQUAINT sorted by folder and file
 * name, every fifth (positions 4, 9, 14 …) is development, the rest training. TempEval-3 Platinum is not used.
 *
 *   node --import tsx eval/train-assertion.ts          train, write the weights, print dev figures
 *   node --import tsx eval/train-assertion.ts --check  print dev figures of the shipped weights only
 *   TRAIN_ERRORS=1 …                                   list the dev events the model gets wrong
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSERTION_CLASSES, DECISION_VERBS, assertionFeatures, assertionOf, predict, tokenize, type AssertionModel } from '../src/extract/assertion.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/timebank_tempeval3');
const MODEL = path.join(ROOT, 'src/extract/assertion-model.json');
const EPOCHS = 8;

interface Example { doc: string; features: string[]; label: number; text: string; start: number }

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
const UNASSERTING_LINKS = new Set(['MODAL', 'CONDITIONAL', 'COUNTER_FACTIVE', 'NEG_EVIDENTIAL']);

/** One document's events as examples: the event's sentence tokenized, its first token the trigger. */
function examplesOf(file: string, doc: string): Example[] {
  const xml = readFileSync(file, 'utf8').replace(/\r/g, '');
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const events: { eid: string; start: number }[] = [];
  for (const m of body.matchAll(/<(\/?)(\w+)([^>]*)>|[^<]+/g)) {
    if (m[2] === undefined) text += decode(m[0]);
    else if (m[2] === 'EVENT' && !m[1]) events.push({ eid: attr(m[3]!, 'eid')!, start: text.length });
  }
  const instance = new Map<string, { eiid: string; tense: string; polarity: string; modality: string }>();
  for (const m of xml.matchAll(/<MAKEINSTANCE([^>]*)\/>/g)) {
    const eid = attr(m[1]!, 'eventID')!;
    if (!instance.has(eid)) instance.set(eid, { eiid: attr(m[1]!, 'eiid')!, tense: attr(m[1]!, 'tense') ?? 'NONE', polarity: attr(m[1]!, 'polarity') ?? 'POS', modality: (attr(m[1]!, 'modality') ?? '').toLowerCase() });
  }
  const word = new Map<string, string>();
  for (const m of body.matchAll(/<EVENT([^>]*)>([^<]*)<\/EVENT>/g)) word.set(attr(m[1]!, 'eid')!, m[2]!.trim().toLowerCase());
  const byInstance = new Map([...instance].map(([eid, inst]) => [inst.eiid, { eid, ...inst }]));
  const subordinated = new Set<string>();
  for (const m of xml.matchAll(/<SLINK([^>]*)\/>/g)) {
    const type = attr(m[1]!, 'relType') ?? '';
    if (!UNASSERTING_LINKS.has(type)) continue;
    // "agreed to buy", "has chosen to step down": decided, not only wanted (DECISION_VERBS says why).
    const governor = byInstance.get(attr(m[1]!, 'eventInstanceID') ?? '');
    const decided = type === 'MODAL' && governor !== undefined && DECISION_VERBS.has(word.get(governor.eid) ?? '')
      && governor.polarity === 'POS' && (governor.modality === '' || governor.modality === 'none') && governor.tense !== 'FUTURE';
    if (!decided) subordinated.add(attr(m[1]!, 'subordinatedEventInstance')!);
  }
  // Sentences: paragraphs (blank lines), then a full stop before a capital.
  const spans: { start: number; end: number }[] = [];
  for (const p of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    let from = p.index;
    for (const b of p[0].matchAll(/[.!?]["'”]?\s+(?=["“]?[A-Z])/g)) {
      spans.push({ start: from, end: p.index + b.index + b[0].length });
      from = p.index + b.index + b[0].length;
    }
    spans.push({ start: from, end: p.index + p[0].length });
  }
  const out: Example[] = [];
  for (const ev of events) {
    const inst = instance.get(ev.eid);
    if (!inst) continue;
    const span = spans.find((s) => s.start <= ev.start && ev.start < s.end);
    if (!span) continue;
    const sentence = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    // Offsets shift where whitespace runs were squeezed: find the trigger by position in the squeezed sentence.
    const local = text.slice(span.start, ev.start).replace(/\s+/g, ' ').length;
    const tokens = tokenize(sentence);
    const i = tokens.findIndex((t) => t.end > local);
    if (i < 0) continue;
    const unasserted = inst.polarity === 'NEG' || (inst.modality !== '' && inst.modality !== 'none') || subordinated.has(inst.eiid);
    const label = unasserted ? 2 : inst.tense === 'FUTURE' ? 1 : 0;
    out.push({ doc, features: assertionFeatures(tokens, i), label, text: sentence, start: tokens[i]!.start });
  }
  return out;
}

const docs = ['TimeBank', 'AQUAINT'].flatMap((set) => readdirSync(path.join(CORPUS, set)).filter((f) => f.endsWith('.tml')).sort().map((f) => `${set}/${f}`));
const isDev = (i: number) => i % 5 === 4;
const train: Example[] = [];
const dev: Example[] = [];
docs.forEach((d, i) => (isDev(i) ? dev : train).push(...examplesOf(path.join(CORPUS, d), d)));

/** Features seen fewer times than this in training are left out: a word met once or twice is noise, not evidence. */
const MIN_COUNT = 3;

function trainPerceptron(all: Example[]): AssertionModel {
  const counts = new Map<string, number>();
  for (const ex of all) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const examples = all.map((ex) => ({ ...ex, features: ex.features.filter((f) => counts.get(f)! >= MIN_COUNT) }));
  const C = ASSERTION_CLASSES.length;
  const w = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  const stamp = new Map<string, number[]>();
  let t = 0;
  const update = (f: string, c: number, delta: number) => {
    const wf = w.get(f) ?? new Array<number>(C).fill(0);
    const tf = total.get(f) ?? new Array<number>(C).fill(0);
    const sf = stamp.get(f) ?? new Array<number>(C).fill(0);
    tf[c]! += (t - sf[c]!) * wf[c]!;
    sf[c] = t;
    wf[c]! += delta;
    w.set(f, wf); total.set(f, tf); stamp.set(f, sf);
  };
  // A fixed shuffle (a linear congruential generator): the same weights on every run.
  let seed = 19;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      t++;
      const ex = examples[k]!;
      const guess = predictMap(w, ex.features, C);
      if (guess !== ex.label) for (const f of ex.features) { update(f, ex.label, 1); update(f, guess, -1); }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const avg = w.get(f)!.map((x, c) => (total.get(f)![c]! + (t - stamp.get(f)![c]!) * x) / t);
    if (avg.some((x) => Math.abs(x) >= 0.001)) weights[f] = avg.map((x) => Math.round(x * 1000) / 1000);
  }
  return { classes: [...ASSERTION_CLASSES], weights };
}

function predictMap(w: Map<string, number[]>, features: string[], C: number): number {
  const scores = new Array<number>(C).fill(0);
  for (const f of features) { const x = w.get(f); if (x) for (let c = 0; c < C; c++) scores[c]! += x[c]!; }
  let best = 0;
  for (let c = 1; c < C; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

function report(name: string, guess: (ex: Example) => number): void {
  const C = ASSERTION_CLASSES.length;
  const m = Array.from({ length: C }, () => new Array<number>(C).fill(0));
  for (const ex of dev) m[ex.label]![guess(ex)]!++;
  const right = m.reduce((s, row, c) => s + row[c]!, 0);
  const cls = ASSERTION_CLASSES.map((label, c) => {
    const predicted = m.reduce((s, row) => s + row[c]!, 0);
    const gold = m[c]!.reduce((s, x) => s + x, 0);
    const p = predicted ? m[c]![c]! / predicted : 0;
    const r = gold ? m[c]![c]! / gold : 0;
    return `${label} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (${gold})`;
  });
  // The gate keeps asserted and future happenings: how many kept ones are truly so, how many of those are kept.
  const keptRight = m[0]![0]! + m[0]![1]! + m[1]![0]! + m[1]![1]!;
  const kept = keptRight + m[2]![0]! + m[2]![1]!;
  const real = m[0]!.reduce((s, x) => s + x, 0) + m[1]!.reduce((s, x) => s + x, 0);
  console.log(`${name}: accuracy ${(right / dev.length).toFixed(3)} (${right}/${dev.length}); ${cls.join('; ')}`);
  console.log(`  as a gate (keep asserted or future): precision ${(keptRight / kept).toFixed(3)}, recall ${(keptRight / real).toFixed(3)}; unasserted dropped ${m[2]![2]!}/${m[2]!.reduce((s, x) => s + x, 0)}`);
}

console.log(`TimeBank + AQUAINT: ${docs.length} documents, train ${docs.length - docs.filter((_, i) => isDev(i)).length} (${train.length} events), dev ${docs.filter((_, i) => isDev(i)).length} (${dev.length} events)`);
console.log(`dev labels: ${ASSERTION_CLASSES.map((c, k) => `${c} ${dev.filter((e) => e.label === k).length}`).join(', ')}`);
report('all asserted (majority)', () => 0);
const model = process.argv.includes('--check') ? (JSON.parse(readFileSync(MODEL, 'utf8')) as AssertionModel) : trainPerceptron(train);
if (!process.argv.includes('--check')) {
  writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path.relative(ROOT, MODEL)}: ${Object.keys(model.weights).length} features`);
}
report('model', (ex) => predict(model.weights, ex.features, ASSERTION_CLASSES.length));
if (process.argv.includes('--check')) report('model with the negation and condition rules (assertionOf, as extraction uses it)', (ex) => ASSERTION_CLASSES.indexOf(assertionOf(ex.text, ex.start)));
if (process.env.TRAIN_ERRORS) {
  for (const ex of dev.slice(0, 4000)) {
    const g = predict(model.weights, ex.features, ASSERTION_CLASSES.length);
    if (g !== ex.label) console.log(`${ASSERTION_CLASSES[ex.label]} → ${ASSERTION_CLASSES[g]}: ${ex.features[1]} :: ${ex.text.slice(0, 140)}`);
  }
}
