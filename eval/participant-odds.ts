/**
 * `node --import tsx eval/participant-odds.ts SET=INPUT …` (issue 19's entity-reader cause, issue 15; session 39,
 * ent72): do the signals Chronicle already has rank an event page's bad participants (cut, glued, mistyped, not a
 * name) below its right ones? Each INPUT folder (`eval/holdout.ts prep` of train text) is built (its extraction cache in
 * .cache/participant-odds/<folder>), resolved again to read the type model's odds of each name's built type, and every
 * labelled pair of tests/gold/event-participants.json met in it (eval/event-participants.ts `trainPairs`: the name as
 * written in the train event's sentence) gets its signals: the page model's confidence, the type model's odds and
 * whether the type is well supported, the page bar's odds, mentions and articles, the name's span as written (words,
 * the word before or after it capitalised, a lower-case word inside, a legal form, written shorter than the entity's
 * name) and whether its article's title names it. Prints each signal's AUC (bad above right; a signal whose
 * direction is "low is bad" is read negated) and a logistic over them, 5-fold cross-validated on the labels, its L2
 * chosen by the folds' log loss; then, for the page bar's odds, the type odds and the page model's confidence, the AUC
 * per kind of error and the cut a bar would take (the one taking the most bad pairs over right ones), chosen on four
 * folds and applied to the fifth. `reuse` reads the pairs kept by the last run (.cache/participant-odds/labelled.json)
 * while the signals' code is unchanged. Figures and counts only; never a sentence. Measured, nothing shipped (README
 * Quality, issue 19, session 39): no cut takes clearly more bad parties than right ones.
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../src/pipeline.ts';
import { loadCuration } from '../src/curation.ts';
import { resolveEntities } from '../src/resolve/entities.ts';
import { combinedFeatures, shippedTypeModel, typeProbabilities } from '../src/resolve/type-model.ts';
import { barProbability, shippedPageBar } from '../src/resolve/page-bar.ts';
import { toGraphJsonV1 } from '../src/graph/graph-json.ts';
import type { Features } from '../src/util/logistic.ts';
import type { Entity, Graph } from '../src/types.ts';
import { trainPairs, type ParticipantLabel, type ParticipantPair } from './event-participants.ts';
import { auc, chooseL2, crossValidated, type Example } from './logistic.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests/gold/event-participants.json');
const FOLDS = 5;
const LEGAL_FORM = /\b(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|BV|GmbH|Group|Bank|Corporation|Company|Limited)\.?$/;

/**
 * The type model's odds of each entity's built type by entity id (absent: not the model's to decide), as
 * src/resolve/entities.ts `decideTypes` gives them (the odds of the type decided, read once resolution is done: the
 * features are handed over before the type is), and the ids typed surely.
 */
function typeOdds(graph: Graph): { odds: Map<string, number>; sure: Set<string> } {
  const { curation } = loadCuration(path.join(ROOT, 'content'));
  const model = shippedTypeModel();
  const features = new Map<object, Features>();
  const again = resolveEntities({ articles: graph.articles, extractions: graph.extractions, curation }, {
    onTypeFeatures: (e, f) => features.set(e.mentions, f),
  });
  const odds = new Map<string, number>();
  for (const e of again.entities) {
    const f = features.get(e.mentions);
    if (f) odds.set(e.id, typeProbabilities(model.combine, combinedFeatures(model, f))[e.type]);
  }
  return { odds, sure: again.typeSure };
}

/** A pair's signals: every one of them is known to the build when it writes an event page. */
function signals(p: ParticipantPair, e: Entity, graph: Graph, typeOf: Map<string, number>, sure: Set<string>): Features {
  const articles = new Set(e.mentions.map((m) => m.article)).size;
  const type = typeOf.get(e.id) ?? 1;
  const page = e.confidence ?? 1;
  // The page bar's odds, as src/resolve/entities.ts `applyPageBar` reads them: only of a name whose type the model gave.
  const bar = typeOf.has(e.id) ? barProbability(shippedPageBar(), { page, type, mentions: e.mentions.length, articles, built: e.type }) : 1;
  const title = graph.articles.find((a) => a.id === p.article)?.title ?? '';
  const at = p.quote.indexOf(p.name);
  const before = at < 0 ? '' : (p.quote.slice(0, at).trim().split(/\s+/).pop() ?? '');
  const after = at < 0 ? '' : (p.quote.slice(at + p.name.length).trim().split(/\s+/)[0] ?? '');
  const words = p.name.split(/\s+/);
  return {
    page, type, bar, 'type.sure': sure.has(e.id) ? 1 : 0,
    'mentions.log': Math.log(e.mentions.length), 'articles.log': Math.log(articles),
    words: words.length,
    'before.capital': /^[A-Z]/.test(before) && !/[.:;]$/.test(before) ? 1 : 0,
    'after.capital': /^[A-Z(]/.test(after) ? 1 : 0,
    'inner.lower': words.slice(1, -1).some((w) => /^[a-z]/.test(w)) ? 1 : 0,
    'legal-form': LEGAL_FORM.test(p.name) ? 1 : 0,
    'written.shorter': p.name.length < e.name.length ? 1 : 0,
    'all-caps': /[a-z]/.test(p.name) ? 0 : 1,
    'in-title': title.toLowerCase().includes(p.name.toLowerCase()) ? 1 : 0,
    [`built.${e.type}`]: 1,
  };
}

interface Labelled { label: string; bad: boolean; features: Features }

async function labelledOf(set: string, input: string, gold: Map<string, ParticipantLabel>): Promise<Labelled[]> {
  const graph = await buildGraph({ input, cacheDir: path.join(ROOT, '.cache', 'participant-odds', path.basename(input)), workers: 1 });
  const { odds: typeOf, sure } = typeOdds(graph);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const out: Labelled[] = [];
  for (const p of trainPairs(set, toGraphJsonV1(graph))) {
    const j = gold.get(`${set}|${p.article}|${p.sentence}|${p.name}`);
    const e = byId.get(p.id);
    if (!j || !e) continue;
    out.push({ label: j.label, bad: j.label !== 'right', features: signals(p, e, graph, typeOf, sure) });
  }
  console.log(`${set} ${input}: ${out.length} labelled pairs met (${out.filter((x) => x.bad).length} bad)`);
  return out;
}

function report(all: Labelled[]): void {
  const labels = all.map((x) => (x.bad ? 1 : 0));
  const names = [...new Set(all.flatMap((x) => Object.keys(x.features)))].sort();
  console.log(`\n${all.length} pairs, ${labels.filter(Boolean).length} bad. Each signal's AUC (bad ranked above right; "-": low is bad):`);
  for (const n of names) {
    const a = auc(all.map((x) => x.features[n] ?? 0), labels);
    console.log(`  ${n.padEnd(16)} ${a >= 0.5 ? ' ' : '-'}${Math.max(a, 1 - a).toFixed(3)}`);
  }
  const examples: Example[] = all.map((x) => ({ features: x.features, label: x.bad ? 1 : 0, offset: 0 }));
  const l2 = chooseL2(examples, names, [0.003, 0.01, 0.03, 0.1, 0.3], FOLDS);
  const { held } = crossValidated(examples, l2, names, FOLDS);
  console.log(`logistic over all signals, L2 ${l2}: ${FOLDS}-fold cross-validated AUC ${auc(held, labels).toFixed(3)}`);
  for (const n of ['bar', 'type', 'page']) byLabel(all, n);
}

/** One signal's AUC per kind of error (that kind against the right pairs), and the cut the train folds would choose. */
function byLabel(all: Labelled[], n: string): void {
  const right = all.filter((x) => !x.bad);
  const kinds = [...new Set(all.filter((x) => x.bad).map((x) => x.label))].sort();
  const per = kinds.map((k) => {
    const xs = [...right, ...all.filter((x) => x.label === k)];
    return `${k} (${xs.length - right.length}) ${(1 - auc(xs.map((x) => x.features[n] ?? 0), xs.map((x) => x.bad))).toFixed(3)}`;
  });
  console.log(`\n${n}: AUC (low is bad) per kind: ${per.join(', ')}`);
  const cut = bestCut(all, n);
  console.log(`  chosen on all pairs: below ${cut}: ${taken(all, n, cut).bad} bad, ${taken(all, n, cut).right} right (of ${all.length - right.length} bad, ${right.length} right)`);
  let held = { bad: 0, right: 0 };
  const cuts: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    cuts.push(bestCut(all.filter((_, i) => i % FOLDS !== fold), n));
    const t = taken(all.filter((_, i) => i % FOLDS === fold), n, cuts.at(-1)!);
    held = { bad: held.bad + t.bad, right: held.right + t.right };
  }
  console.log(`  ${FOLDS}-fold: cuts chosen ${cuts.join(', ')}; held-out folds take ${held.bad} bad, ${held.right} right`);
}

/** The pairs below a cut of one signal, bad and right. */
function taken(xs: Labelled[], n: string, cut: number): { bad: number; right: number } {
  const below = xs.filter((x) => (x.features[n] ?? 0) < cut);
  return { bad: below.filter((x) => x.bad).length, right: below.filter((x) => !x.bad).length };
}

/** The cut (a value of the signal, 0: none) that takes the most bad pairs over right ones; the lowest of equals. */
function bestCut(xs: Labelled[], n: string): number {
  const values = [0, ...new Set(xs.map((x) => Math.round((x.features[n] ?? 0) * 1000) / 1000))].sort((a, b) => a - b);
  let best = { cut: 0, gain: 0 };
  for (const cut of values) {
    const t = taken(xs, n, cut);
    if (t.bad - t.right > best.gain) best = { cut, gain: t.bad - t.right };
  }
  return best.cut;
}

const args = process.argv.slice(2);
if (args.length) {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { items: ParticipantLabel[] };
  const byKey = new Map(gold.items.map((j) => [`${j.set}|${j.article}|${j.sentence}|${j.name}`, j]));
  const kept = path.join(ROOT, '.cache', 'participant-odds', 'labelled.json');
  const all: Labelled[] = [];
  if (args[0] === 'reuse') all.push(...(JSON.parse(readFileSync(kept, 'utf8')) as Labelled[]));
  else {
    for (const a of args) {
      const [set, input] = a.split('=') as [string, string];
      all.push(...(await labelledOf(set, input, byKey)));
    }
    writeFileSync(kept, JSON.stringify(all));
  }
  report(all);
}
