/**
 * Trains the date-kind model of src/extract/date-kind.ts — whether a date expression chrono reads names a time or a
 * period — on the TIMEX3s of TimeBank and AQUAINT (../shared/corpus/timebank_tempeval3, read at run time; only the
 * learned weights are written, to src/extract/date-kind-model.json), and reports its figures on the development
 * documents (the split of eval/timeml.ts).
 *
 * Examples: every expression the product's date reader finds (`resolveDatesIn`, before the model) in a sentence
 * that overlaps a gold TIMEX3. A period (label 1) when that TIMEX3 is a DURATION or a SET, or a DATE or TIME whose
 * value does not begin with a year (PAST_REF, FUTURE_REF, 198 for "the 1980s"); a time (0) otherwise (1988-Q3 and
 * 1998-W05 too: their year is right).
 *
 *   node --import tsx eval/train-date-kind.ts          train, write the weights, print dev figures
 *   node --import tsx eval/train-date-kind.ts --check  print dev figures of the shipped weights only
 *   EVAL_SHOW=1 lists the dev expressions read wrong; EVAL_GREP=REGEX lists the train expressions matching it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryScore, type AnchorModel } from '../src/extract/anchor.ts';
import { resolveDatesIn } from '../src/extract/dates.ts';
import { dateKindFeatures } from '../src/extract/date-kind.ts';
import { binaryFigures, readTimeml, sentenceAt, timemlDocs, trainPerceptron, type TimemlDoc } from './timeml.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL = path.join(ROOT, 'src/extract/date-kind-model.json');
const EPOCHS = 10;
/** A value that starts with a year names a time, however coarse or odd its rest (1988-Q3, 1998-SU, 2000-W10). */
const CALENDAR = /^\d{4}/;

interface Example { features: string[]; label: number; text: string; gold: string }

function examplesOf(doc: TimemlDoc): Example[] {
  const out: Example[] = [];
  const done = new Set<number>();
  for (const t of doc.timexes) {
    const sentence = sentenceAt(doc, t.start);
    if (!sentence || done.has(sentence.index)) continue;
    done.add(sentence.index);
    const gold = doc.timexes.filter((g) => sentenceAt(doc, g.start)?.index === sentence.index)
      .map((g) => ({ ...g, from: sentence.local(g.start), to: sentence.local(g.end) }));
    for (const d of resolveDatesIn(sentence.text, doc.creation ?? null)) {
      const g = gold.find((x) => x.from < d.index + d.text.length && d.index < x.to);
      if (!g) continue;
      const period = g.type === 'DURATION' || g.type === 'SET' || !CALENDAR.test(g.value);
      out.push({ features: dateKindFeatures(sentence.text, d.index, d.index + d.text.length), label: period ? 1 : 0, text: d.text, gold: `${g.type} ${g.value}` });
    }
  }
  return out;
}

const docs = timemlDocs();
const train: Example[] = [];
const dev: Example[] = [];
for (const d of docs) (d.dev ? dev : train).push(...examplesOf(readTimeml(d.file, d.name)));

console.log(`TimeBank + AQUAINT: train ${train.length} expressions (${train.filter((e) => e.label).length} periods), dev ${dev.length} (${dev.filter((e) => e.label).length} periods)`);
const model: AnchorModel = process.argv.includes('--check') ? (JSON.parse(readFileSync(MODEL, 'utf8')) as AnchorModel) : { weights: trainPerceptron(train, 2, EPOCHS) };
if (!process.argv.includes('--check')) {
  writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path.relative(ROOT, MODEL)}: ${Object.keys(model.weights).length} features`);
}
const score = (e: Example) => binaryScore(model.weights, e.features);
console.log(`periods on dev: ${binaryFigures(dev, score).text}`);
if (process.env.EVAL_SHOW) for (const e of dev) if ((score(e) > 0) !== (e.label === 1)) console.log(`  ${e.label ? 'missed' : 'wrong'}: "${e.text}" (${e.gold})`);
if (process.env.EVAL_GREP) for (const e of train) if (new RegExp(process.env.EVAL_GREP, 'i').test(e.text)) console.log(`  train ${e.label}: "${e.text}" (${e.gold})`);
