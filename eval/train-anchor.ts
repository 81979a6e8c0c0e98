/**
 * Trains the anchor model of src/extract/anchor.ts — which date expression of a sentence a happening is on — on the
 * TLINKs of TimeBank and AQUAINT (../shared/corpus/timebank_tempeval3, read at run time; only the learned weights
 * are written, to src/extract/anchor-model.json), and reports its figures on the development documents (the split of
 * eval/timeml.ts, fixed before training).
 *
 * Examples: every pair of an event and a date or time expression (TIMEX3 DATE or TIME, not the document's creation
 * time) in one sentence. A pair is an anchor when a TLINK between them says the happening is in, over or at that
 * time (IS_INCLUDED, INCLUDES, DURING, DURING_INV, SIMULTANEOUS, IDENTITY); linked otherwise (BEFORE, AFTER, BEGINS,
 * ENDS …) or not linked, it is not.
 *
 *   node --import tsx eval/train-anchor.ts          train, write the weights, print dev figures
 *   node --import tsx eval/train-anchor.ts --check  print dev figures of the shipped weights only
 *   node --import tsx eval/train-anchor.ts --ledes [--dry]  also on the judged train ledes' pairs (eval/lede-dates.ts;
 *                                                    LEDE_WEIGHT=N repeats them N times; measured in session 33, not
 *                                                    shipped); --dry writes nothing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/extract/assertion.ts';
import { anchorFeatures, binaryScore, type AnchorModel } from '../src/extract/anchor.ts';
import { binaryFigures, readTimeml, sentenceAt, timemlDocs, trainPerceptron, type TimemlDoc } from './timeml.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL = path.join(ROOT, 'src/extract/anchor-model.json');
const EPOCHS = 10;
const ANCHOR_RELS = new Set(['IS_INCLUDED', 'INCLUDES', 'DURING', 'DURING_INV', 'SIMULTANEOUS', 'IDENTITY']);

/** One pair: its features, whether it is an anchor, which event it belongs to, its distance in tokens. */
export interface Pair { event: string; linked: boolean; features: string[]; label: number; distance: number }

export function pairsOf(doc: TimemlDoc): Pair[] {
  const rel = new Map<string, string>();
  for (const l of doc.tlinks) { rel.set(`${l.from}|${l.to}`, l.rel); rel.set(`${l.to}|${l.from}`, l.rel); }
  const dates = doc.timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.fn === 'NONE');
  const out: Pair[] = [];
  for (const ev of doc.events) {
    const inst = doc.instances.get(ev.eid);
    const sentence = sentenceAt(doc, ev.start);
    if (!inst || !sentence) continue;
    const tokens = tokenize(sentence.text);
    const event = tokens.findIndex((t) => t.end > sentence.local(ev.start));
    for (const t of dates) {
      if (sentenceAt(doc, t.start)?.index !== sentence.index || event < 0) continue;
      const from = tokens.findIndex((k) => k.end > sentence.local(t.start));
      const toAt = tokens.findIndex((k) => k.start >= sentence.local(t.end));
      const to = toAt < 0 ? tokens.length : toAt;
      if (from < 0 || (event >= from && event < to)) continue;
      const label = ANCHOR_RELS.has(rel.get(`${inst.eiid}|${t.tid}`) ?? '') ? 1 : 0;
      out.push({ event: `${doc.name}#${ev.eid}`, linked: rel.has(`${inst.eiid}|${t.tid}`), features: anchorFeatures(tokens, event, from, to), label, distance: from > event ? from - event : event - to });
    }
  }
  // An event the annotators linked to none of its sentence's dates says nothing of them (TimeBank links a few of
  // the pairs it could): only events linked to one of them are examples.
  const linked = new Set(out.filter((p) => p.linked).map((p) => p.event));
  return out.filter((p) => linked.has(p.event));
}

/** TimeBank + AQUAINT's pairs, split as eval/timeml.ts fixes it. */
export function timemlPairs(): { docs: number; train: Pair[]; dev: Pair[] } {
  const docs = timemlDocs();
  const train: Pair[] = [];
  const dev: Pair[] = [];
  for (const d of docs) (d.dev ? dev : train).push(...pairsOf(readTimeml(d.file, d.name)));
  return { docs: docs.length, train, dev };
}

/**
 * The training pairs: TimeML's train split, and (with --ledes, session 33, evt70, not shipped) the pairs of the judged train ledes of
 * tests/gold/lede-dates.json (eval/lede-dates.ts `ledePairs`: the lede's own verb with each date it names, an anchor
 * when the judged date is that date's), each repeated LEDE_WEIGHT times — news ledes, which TimeML has few of.
 */
export const LEDE_WEIGHT = 3;
export function trainAnchor(train: readonly Pair[], ledes: readonly Pair[], weight = LEDE_WEIGHT): AnchorModel {
  const all = [...train];
  for (let k = 0; k < weight; k++) all.push(...ledes);
  return { weights: trainPerceptron(all, 2, EPOCHS) };
}

function report(dev: Pair[], name: string, score: (p: Pair) => number): void {
  const f = binaryFigures(dev, score);
  // As extraction uses it: of an event's dates in its sentence, the best scored is its date. Judged on events with at
  // least two dates in the sentence and one of them an anchor.
  const byEvent = new Map<string, Pair[]>();
  for (const p of dev) byEvent.set(p.event, [...(byEvent.get(p.event) ?? []), p]);
  const choices = [...byEvent.values()].filter((ps) => ps.length >= 2 && ps.some((p) => p.label === 1));
  const right = choices.filter((ps) => ps.reduce((best, p) => (score(p) > score(best) ? p : best)).label === 1).length;
  console.log(`${name}: pairs ${f.text} (${f.gold} anchors of ${dev.length} pairs); choosing among 2+ dates: ${right}/${choices.length} = ${(right / choices.length).toFixed(3)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { docs, train, dev } = timemlPairs();
  console.log(`TimeBank + AQUAINT: ${docs} documents; train ${train.length} pairs (${train.filter((p) => p.label).length} anchors), dev ${dev.length} pairs`);
  report(dev, 'nearest date in the sentence (within 3 words an anchor)', (p) => 4 - p.distance - 1e-6 * p.distance);
  const check = process.argv.includes('--check');
  const ledes = check || !process.argv.includes('--ledes') ? [] : (await import('./lede-dates.ts')).allLedePairs();
  const weight = Number(process.env.LEDE_WEIGHT ?? LEDE_WEIGHT);
  if (ledes.length > 0) console.log(`judged train ledes: ${ledes.length} pairs (${ledes.filter((p) => p.label).length} anchors), weight ${weight}`);
  const model: AnchorModel = check ? (JSON.parse(readFileSync(MODEL, 'utf8')) as AnchorModel) : trainAnchor(train, ledes, weight);
  if (!check && !process.argv.includes('--dry')) {
    writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${path.relative(ROOT, MODEL)}: ${Object.keys(model.weights).length} features`);
  }
  report(dev, 'model', (p) => binaryScore(model.weights, p.features));
}
