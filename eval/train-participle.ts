/**
 * Trains the participle model of src/extract/participle.ts — whether a verb form in "-ed", "-en" or "-ing" right after
 * a word describes the noun before it ("soldiers fighting the war", "projects launched since …") or is the clause's
 * own verb — on the verb tenses of TimeML's MAKEINSTANCEs in TimeBank and AQUAINT (../shared/corpus/timebank_tempeval3,
 * read at run time; only the learned weights are written, to src/extract/participle-model.json), and reports its
 * figures on the development documents (the split of eval/timeml.ts, fixed before training).
 *
 * Labels: a verb with tense PASTPART or PRESPART (a participle with no auxiliary) is a participle; PAST or PRESENT
 * with no aspect (a finite verb of its own) is not. Other verbs (perfect, progressive, future, infinitive, NONE) are
 * no examples. Only verbs where the model is asked (`participleCandidate`: after a word, not after an auxiliary or a
 * subject pronoun) are examples.
 *
 *   node --import tsx eval/train-participle.ts          train, write the weights, print dev figures
 *   node --import tsx eval/train-participle.ts --check  print dev figures of the shipped weights only
 *   TRAIN_ERRORS=1 …                                    list the dev verbs the model gets wrong
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/extract/assertion.ts';
import { binaryScore } from '../src/extract/anchor.ts';
import { PARTICIPLE_CLASSES, PARTICIPLE_MARGIN, readingOf, participleCandidate, participleFeatures, type ParticipleModel } from '../src/extract/participle.ts';
import { binaryFigures, readTimeml, sentenceAt, timemlDocs, trainPerceptron, type TimemlDoc } from './timeml.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL = process.env.PARTICIPLE_MODEL_OUT ?? path.join(ROOT, 'src/extract/participle-model.json');
const EPOCHS = 8;

interface Example { features: string[]; label: number; word: string }

const LABEL: Record<string, number> = { PASTPART: 1, PRESPART: 1, PAST: 0, PRESENT: 0 };

function examplesOf(doc: TimemlDoc): Example[] {
  const out: Example[] = [];
  for (const ev of doc.events) {
    const inst = doc.instances.get(ev.eid);
    const sentence = sentenceAt(doc, ev.start);
    if (!inst || inst.pos !== 'VERB' || inst.aspect !== 'NONE' || LABEL[inst.tense] === undefined || !sentence) continue;
    const tokens = tokenize(sentence.text);
    const i = tokens.findIndex((t) => t.end > sentence.local(ev.start));
    if (i < 0 || !participleCandidate(tokens, i, readingOf(sentence.text))) continue;
    out.push({ features: participleFeatures(tokens, i), label: LABEL[inst.tense]!, word: `${tokens.slice(Math.max(0, i - 4), i).map((t) => t.text).join(' ')} [${ev.word}]` });
  }
  return out;
}

const train: Example[] = [];
const dev: Example[] = [];
for (const d of timemlDocs()) (d.dev ? dev : train).push(...examplesOf(readTimeml(d.file, d.name)));

console.log(`TimeBank + AQUAINT verbs asked about: train ${train.length} (${train.filter((e) => e.label).length} participles), dev ${dev.length} (${dev.filter((e) => e.label).length})`);
const model: ParticipleModel = process.argv.includes('--check') ? (JSON.parse(readFileSync(MODEL, 'utf8')) as ParticipleModel) : { classes: [...PARTICIPLE_CLASSES], weights: trainPerceptron(train, 2, EPOCHS) };
if (!process.argv.includes('--check')) {
  writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${MODEL}: ${Object.keys(model.weights).length} features`);
}
for (const margin of [0, PARTICIPLE_MARGIN, ...(process.env.TRAIN_MARGINS ?? "").split(",").filter(Boolean).map(Number)]) console.log(`dev, participle above ${margin}: ${binaryFigures(dev, (ex) => binaryScore(model.weights, ex.features) - margin).text}`);
if (process.env.TRAIN_ERRORS) for (const ex of dev.filter((e) => (e.label === 1) !== binaryScore(model.weights, e.features) > PARTICIPLE_MARGIN)) console.log(`${ex.label ? 'participle' : 'finite'}: ${ex.word}`);
