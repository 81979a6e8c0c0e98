/**
 * Trains the state model of src/extract/state.ts — whether a verb tells a state ("holds a 33% stake", "wants to
 * fund") rather than a happening — on the TimeML EVENT classes of TimeBank and AQUAINT (../shared/corpus/
 * timebank_tempeval3, read at run time; only the learned weights are written, to src/extract/state-model.json), and
 * reports its figures on the development documents (the split of eval/timeml.ts, fixed before training).
 *
 * Labels: an event of class STATE or I_STATE ("has", "holds", "remains", "expects", "wants") is a state; OCCURRENCE,
 * ASPECTUAL, I_ACTION, PERCEPTION and REPORTING are happenings. Only verbs are examples (MAKEINSTANCE pos VERB): the
 * model reads the verb that governs a trigger. The features are the assertion model's (the words around the verb).
 *
 *   node --import tsx eval/train-state.ts          train both models, write the weights, print dev figures
 *   node --import tsx eval/train-state.ts --check  print dev figures of the shipped weights only
 *   node --import tsx eval/train-state.ts --dry    train both models and print dev figures, writing nothing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertionFeatures, tokenize, type Token } from '../src/extract/assertion.ts';
import { binaryScore } from '../src/extract/anchor.ts';
import { STATE_CLASSES, stateFeatures, type StateModel } from '../src/extract/state.ts';
import { attr, readTimeml, sentenceAt, timemlDocs, trainPerceptron, type TimemlDoc } from './timeml.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EPOCHS = 8;
/**
 * The two models: the words around the verb (state-model.json, read at the verb governing a noun trigger), and those
 * with the verb group and WordNet's state verbs (present-state-model.json, read at a verb told in the present).
 */
const MODELS: { file: string; features: (tokens: readonly Token[], i: number) => string[] }[] = [
  { file: path.join(ROOT, 'src/extract/state-model.json'), features: assertionFeatures },
  { file: path.join(ROOT, 'src/extract/present-state-model.json'), features: stateFeatures },
];

interface Example { features: string[]; label: number; word: string }

function examplesOf(doc: TimemlDoc, featuresOf: (tokens: readonly Token[], i: number) => string[]): Example[] {
  const verbs = new Set([...doc.xml.matchAll(/<MAKEINSTANCE([^>]*)\/>/g)].filter((m) => attr(m[1]!, 'pos') === 'VERB').map((m) => attr(m[1]!, 'eventID')!));
  const out: Example[] = [];
  for (const ev of doc.events) {
    const sentence = sentenceAt(doc, ev.start);
    if (!verbs.has(ev.eid) || !sentence) continue;
    const tokens = tokenize(sentence.text);
    const i = tokens.findIndex((t) => t.end > sentence.local(ev.start));
    if (i < 0) continue;
    out.push({ features: featuresOf(tokens, i), label: ev.cls === 'STATE' || ev.cls === 'I_STATE' ? 1 : 0, word: ev.word });
  }
  return out;
}

const docs = timemlDocs().map((d) => ({ ...d, doc: readTimeml(d.file, d.name) }));

function report(name: string, dev: Example[], isState: (ex: Example) => boolean): void {
  const tp = dev.filter((ex) => ex.label === 1 && isState(ex)).length;
  const predicted = dev.filter(isState).length;
  const gold = dev.filter((ex) => ex.label === 1).length;
  const right = dev.filter((ex) => (ex.label === 1) === isState(ex)).length;
  console.log(`${name}: accuracy ${(right / dev.length).toFixed(3)}; state P ${(predicted ? tp / predicted : 0).toFixed(3)} R ${(tp / gold).toFixed(3)} (${gold} states of ${dev.length} verbs)`);
}

for (const { file, features } of MODELS) {
  const train: Example[] = [];
  const dev: Example[] = [];
  for (const d of docs) (d.dev ? dev : train).push(...examplesOf(d.doc, features));
  console.log(`${path.basename(file)} — TimeBank + AQUAINT verbs: train ${train.length} (${train.filter((e) => e.label).length} states), dev ${dev.length}`);
  report('every verb a happening', dev, () => false);
  const model: StateModel = process.argv.includes('--check') ? (JSON.parse(readFileSync(file, 'utf8')) as StateModel) : { classes: [...STATE_CLASSES], weights: trainPerceptron(train, 2, EPOCHS) };
  if (!process.argv.includes('--check') && !process.argv.includes('--dry')) {
    writeFileSync(file, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${file}: ${Object.keys(model.weights).length} features`);
  }
  report('model', dev, (ex) => binaryScore(model.weights, ex.features) > 0);
  if (process.env.TRAIN_ERRORS) for (const ex of dev.filter((e) => (e.label === 1) !== binaryScore(model.weights, e.features) > 0).slice(0, 80)) console.log(`${ex.label ? 'state' : 'happening'}: ${ex.word}`);
}
