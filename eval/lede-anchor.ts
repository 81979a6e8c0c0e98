/**
 * The lede-date model (eval/lede-anchor-model.ts; issue 19, session 34, evt73): which of a lede's time expressions
 * its main happening is on, learned from the judged train ledes of tests/gold/lede-dates.json (eval/lede-dates.ts).
 *
 *   node --import tsx eval/lede-anchor.ts cv [L2]      5-fold cross-validation (folds by the lede key's hash, as
 *                                                      eval/lede-dates.ts cv), against the shipped TimeML anchor model
 *                                                      on the same pairs: pairs right, ledes whose choice is right
 *   node --import tsx eval/lede-anchor.ts cv-score [L2]  the lede-dates score (eval/lede-dates.ts) of each held-out fold read
 *                                                      with the model of the other four, for each way of asking it
 *   node --import tsx eval/lede-anchor.ts train [L2]   fit on every judged lede and write eval/lede-anchor-model.json
 *
 * A pair is the lede's own verb (src/extract/scheduled.ts `contentVerbGroup`) with one date expression after the dateline; its
 * label is whether the judged date is that expression's (eval/lede-dates.ts `judgedAnchor`). A lede's choice is the
 * pair of highest probability above one half, or none; it is right when it is the judged one (or none when none is).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorScore } from '../src/extract/anchor.ts';
import { ledeDatesOf, type LedeDate } from '../src/extract/lede-anchor.ts';
import { LEDE_ANCHOR_MODEL, ledeAnchorFeatures, useLedeAnchorModel, useLedeModel, type LedeModelUse } from './lede-anchor-model.ts';
import { logisticProbability, type Features } from '../src/util/logistic.ts';
import { fit } from './logistic.ts';
import { agrees, codeReading, foldOf, judgedAnchor, ledeRead, readGold, trainLedes } from './lede-dates.ts';

const MODEL = fileURLToPath(LEDE_ANCHOR_MODEL);

interface LedePairs { key: string; pairs: { features: Features; label: number; shipped: number }[] }

/** The judged ledes' pairs, in the gold file's order. */
export function ledeAnchorPairs(): LedePairs[] {
  const byKey = new Map(trainLedes().map((l) => [l.key, l]));
  const out: LedePairs[] = [];
  for (const g of readGold()) {
    const lede = byKey.get(`${g.article}|${g.sentence}`);
    if (!lede || g.class === 'none') continue;
    const read = ledeRead(lede);
    if (!read) continue;
    const { text, verb, sentence } = read;
    const dates: LedeDate[] = ledeDatesOf(sentence, read.dates).filter((d) => d.end <= verb.start || d.start >= verb.end);
    if (dates.length === 0) continue;
    const anchor = judgedAnchor(lede, g, dates);
    out.push({ key: lede.key, pairs: dates.map((d) => ({ features: ledeAnchorFeatures(text, verb, d, lede.day), label: d === anchor ? 1 : 0, shipped: anchorScore(text, verb.start, d) })) });
  }
  return out;
}


/** The index of the chosen pair (highest score above the threshold), -1 for none. */
function choice(scores: number[], threshold: number): number {
  let best = -1;
  scores.forEach((s, i) => { if (s > threshold && (best < 0 || s > scores[best]!)) best = i; });
  return best;
}
const judgedChoice = (l: LedePairs) => l.pairs.findIndex((p) => p.label === 1);

function train(ledes: LedePairs[], l2: number) {
  const examples = ledes.flatMap((l) => l.pairs.map((p) => ({ features: p.features, label: p.label, offset: 0 })));
  const names = [...new Set(examples.flatMap((x) => Object.keys(x.features)))].sort();
  return fit(examples, l2, names, 1500, 0.5);
}

function crossValidate(l2: number): void {
  const ledes = ledeAnchorPairs();
  let pairs = 0, anchors = 0, modelPairs = 0, shippedPairs = 0, modelLedes = 0, shippedLedes = 0, noneLedes = 0;
  for (let k = 0; k < 5; k++) {
    const model = train(ledes.filter((l) => foldOf(l.key) !== k), l2);
    for (const l of ledes.filter((x) => foldOf(x.key) === k)) {
      const probs = l.pairs.map((p) => logisticProbability(model, p.features));
      const shipped = l.pairs.map((p) => p.shipped);
      l.pairs.forEach((p, i) => {
        pairs++;
        anchors += p.label;
        if ((probs[i]! > 0.5 ? 1 : 0) === p.label) modelPairs++;
        if ((shipped[i]! > 0 ? 1 : 0) === p.label) shippedPairs++;
      });
      const judged = judgedChoice(l);
      if (choice(probs, 0.5) === judged) modelLedes++;
      if (choice(shipped, 0) === judged) shippedLedes++;
      if (judged < 0) noneLedes++;
    }
  }
  console.log(`L2 ${l2}: ${ledes.length} ledes with dates, ${pairs} pairs (${anchors} anchors)`);
  console.log(`  held-out pairs right: lede model ${modelPairs}/${pairs}, shipped anchor model ${shippedPairs}/${pairs}, never an anchor ${pairs - anchors}/${pairs}`);
  console.log(`  held-out ledes whose date choice is right: lede model ${modelLedes}/${ledes.length}, shipped anchor model ${shippedLedes}/${ledes.length}, always none ${noneLedes}/${ledes.length}`);
}

/**
 * The judged ledes read by the extraction with the model trained on the other four folds, for each way of asking it
 * (eval/lede-anchor-model.ts `LedeModelUse`): class and value right, and dated right of the ledes both read as a
 * happening (eval/lede-dates.ts score's figures, held out).
 */
function crossValidatedScore(l2: number, uses: LedeModelUse[]): void {
  const ledes = ledeAnchorPairs();
  const byKey = new Map(trainLedes().map((l) => [l.key, l]));
  const gold = readGold().map((g) => ({ g, lede: byKey.get(`${g.article}|${g.sentence}`) })).filter((x) => x.lede);
  const tally = new Map(uses.map((u) => [u, { exact: 0, happening: 0, dated: 0 }]));
  for (let k = 0; k < 5; k++) {
    useLedeAnchorModel(train(ledes.filter((l) => foldOf(l.key) !== k), l2));
    for (const { g, lede } of gold.filter((x) => foldOf(x.lede!.key) === k)) {
      for (const u of uses) {
        useLedeModel(u);
        const code = codeReading(lede!);
        const t = tally.get(u)!;
        const a = agrees(g, code);
        if (a.exact) t.exact++;
        if (g.class !== 'none' && code.class !== 'none') { t.happening++; if (a.exact) t.dated++; }
      }
    }
  }
  useLedeAnchorModel(undefined);
  for (const [u, t] of tally) console.log(`  ${u.padEnd(14)} class and value ${t.exact}/${gold.length}; both a happening: dated right ${t.dated}/${t.happening}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [cmd, l2] = process.argv.slice(2);
  if (cmd === 'cv') for (const v of (l2 ?? '0.001,0.01,0.03,0.1').split(',')) crossValidate(Number(v));
  else if (cmd === 'cv-score') crossValidatedScore(Number(l2 ?? 0.01), (process.env.LEDE_USES ?? 'off,fill').split(',') as LedeModelUse[]);
  else if (cmd === 'train') {
    const model = train(ledeAnchorPairs(), Number(l2 ?? 0.01));
    const about = 'Lede-date model (eval/lede-anchor-model.ts), written by eval/lede-anchor.ts train from the judged train ledes of tests/gold/lede-dates.json (ids and labels only): weights only, no text.';
    writeFileSync(MODEL, `${JSON.stringify({ about, bias: model.bias, weights: model.weights }, null, 1)}\n`);
    console.log(`wrote ${MODEL}: ${Object.keys(model.weights).length} weights`);
  } else console.error('usage: lede-anchor.ts cv [L2,…] | train [L2]');
}
