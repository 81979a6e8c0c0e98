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
 *   node --import tsx eval/train-assertion.ts --dry    train and print dev figures, writing nothing
 *   TRAIN_ERRORS=1 …                                   list the dev events the model gets wrong
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ASSERTION_CLASSES, DECISION_VERBS, assertionFeatures, assertionOf, predict, tokenize, type AssertionModel } from '../src/extract/assertion.ts';
import { attr, readTimeml, sentenceAt, timemlDocs, trainPerceptron, type TimemlDoc } from './timeml.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL = path.join(ROOT, 'src/extract/assertion-model.json');
const EPOCHS = 8;

export interface Example { doc: string; features: string[]; label: number; text: string; start: number }

const UNASSERTING_LINKS = new Set(['MODAL', 'CONDITIONAL', 'COUNTER_FACTIVE', 'NEG_EVIDENTIAL']);

/** The event instances a MODAL, CONDITIONAL, COUNTER_FACTIVE or NEG_EVIDENTIAL link puts under another. */
function subordinatedIn(doc: TimemlDoc): Set<string> {
  const word = new Map(doc.events.map((e) => [e.eid, e.word]));
  const byInstance = new Map([...doc.instances.values()].map((inst) => [inst.eiid, inst]));
  const subordinated = new Set<string>();
  for (const m of doc.xml.matchAll(/<SLINK([^>]*)\/>/g)) {
    const type = attr(m[1]!, 'relType') ?? '';
    if (!UNASSERTING_LINKS.has(type)) continue;
    // "agreed to buy", "has chosen to step down": decided, not only wanted (DECISION_VERBS says why).
    const governor = byInstance.get(attr(m[1]!, 'eventInstanceID') ?? '');
    const decided = type === 'MODAL' && governor !== undefined && DECISION_VERBS.has(word.get(governor.eid) ?? '')
      && governor.polarity === 'POS' && (governor.modality === '' || governor.modality === 'none') && governor.tense !== 'FUTURE';
    if (!decided) subordinated.add(attr(m[1]!, 'subordinatedEventInstance')!);
  }
  return subordinated;
}

/** One document's events as examples: the event's sentence tokenized, its first token the trigger. */
export function examplesOf(doc: TimemlDoc): Example[] {
  const subordinated = subordinatedIn(doc);
  const out: Example[] = [];
  for (const ev of doc.events) {
    const inst = doc.instances.get(ev.eid);
    const sentence = sentenceAt(doc, ev.start);
    if (!inst || !sentence) continue;
    const tokens = tokenize(sentence.text);
    const local = sentence.local(ev.start);
    const i = tokens.findIndex((t) => t.end > local);
    if (i < 0) continue;
    const unasserted = inst.polarity === 'NEG' || (inst.modality !== '' && inst.modality !== 'none') || subordinated.has(inst.eiid);
    const label = unasserted ? 2 : inst.tense === 'FUTURE' ? 1 : 0;
    out.push({ doc: doc.name, features: assertionFeatures(tokens, i), label, text: sentence.text, start: tokens[i]!.start });
  }
  return out;
}

/** The examples of the training and development documents. */
export function assertionExamples(): { docs: ReturnType<typeof timemlDocs>; train: Example[]; dev: Example[] } {
  const docs = timemlDocs();
  const train: Example[] = [];
  const dev: Example[] = [];
  for (const d of docs) (d.dev ? dev : train).push(...examplesOf(readTimeml(d.file, d.name)));
  return { docs, train, dev };
}

function report(dev: Example[], name: string, guess: (ex: Example) => number): void {
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { docs, train, dev } = assertionExamples();
  console.log(`TimeBank + AQUAINT: ${docs.length} documents, train ${docs.filter((d) => !d.dev).length} (${train.length} events), dev ${docs.filter((d) => d.dev).length} (${dev.length} events)`);
  console.log(`dev labels: ${ASSERTION_CLASSES.map((c, k) => `${c} ${dev.filter((e) => e.label === k).length}`).join(', ')}`);
  report(dev, 'all asserted (majority)', () => 0);
  const model = process.argv.includes('--check') ? (JSON.parse(readFileSync(MODEL, 'utf8')) as AssertionModel) : { classes: [...ASSERTION_CLASSES], weights: trainPerceptron(train, ASSERTION_CLASSES.length, EPOCHS) };
  if (!process.argv.includes('--check') && !process.argv.includes('--dry')) {
    writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${path.relative(ROOT, MODEL)}: ${Object.keys(model.weights).length} features`);
  }
  report(dev, 'model', (ex) => predict(model.weights, ex.features, ASSERTION_CLASSES.length));
  if (process.argv.includes('--check')) report(dev, 'model with the negation and condition rules (assertionOf, as extraction uses it)', (ex) => ASSERTION_CLASSES.indexOf(assertionOf(ex.text, ex.start)));
  if (process.env.TRAIN_ERRORS) {
    for (const ex of dev.slice(0, 4000)) {
      const g = predict(model.weights, ex.features, ASSERTION_CLASSES.length);
      if (g !== ex.label) console.log(`${ASSERTION_CLASSES[ex.label]} → ${ASSERTION_CLASSES[g]}: ${ex.features[1]} :: ${ex.text.slice(0, 140)}`);
    }
  }
}
