/**
 * `npm run train-event-model`: trains the event page model (src/resolve/event-model.ts) on the DEV judgments of event
 * pages (tests/gold/event-pages.json; event pages have no train split, eval/event-pages.ts), and chooses its penalty
 * and threshold by five-fold cross-validation on them. The test judgments are never read: every judgment is filtered
 * by its split (from its key's hash) before anything else, and nothing of a page's text is printed.
 *
 * - Each event's features are the ones the build computes (`eventFeatures`), over the four archives eval/event-pages.ts
 *   builds (their inputs and extraction caches are shared with it).
 * - The label: `good` of the dev judgment of the event's key when its page (title, date, participants) is the one
 *   judged; when the page changed since it was judged, its sentence's `happening` still tells one thing — a sentence
 *   judged no happening makes no good page whatever its title (label 0) — and a happening whose page changed tells
 *   nothing of the page (left out).
 * - Logistic regression with an L2 penalty (eval/logistic.ts, the entity page model's fit); the penalty with the
 *   lowest cross-validated log loss (`EVENT_MODEL_L2S`, the penalties tried); the folds are the examples in the fixed
 *   random order of their keys, dealt round.
 * - The threshold sweep reads the held-out (cross-validated) confidences: per threshold, the pages the gate takes,
 *   how many of them were bad, the good pages lost and the precision of what stays. The rule (issue 19, evt62): the
 *   highest threshold at which the pages taken are bad at least 2 times in 3 and at most 10% of the good dev pages
 *   are lost.
 * - Writes src/resolve/event-model.json (weights only) unless `EVENT_MODEL_DRY=1`; `EVENT_MODEL_REUSE=1` fits again
 *   from the features kept in .cache/eval-event-pages/<set>/event-features.json without building again.
 */
import path from 'node:path';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { Event, Graph } from '../src/types.ts';
import { buildGraph } from '../src/pipeline.ts';
import { eventContext, eventFeatures, shippedEventModel } from '../src/resolve/event-model.ts';
import type { Features, PageModel } from '../src/resolve/page-model.ts';
import { eventOrder, gold, pagesOf, preparedInput, SAMPLES, type Judged } from './event-pages.ts';
import { auc, chooseL2, crossValidated, fit, logLoss, type Example } from './logistic.ts';
import { prepReuters, prepReutersDraw } from './holdout.ts';
import { pageProbability } from '../src/resolve/page-model.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-event-pages');
const OUT = path.join(ROOT, 'src', 'resolve', 'event-model.json');
const FOLDS = 5;
const PENALTIES = (process.env.EVENT_MODEL_L2S ?? '0.3,0.1,0.03,0.01,0.003').split(',').map(Number);
/**
 * The features the shipped model fits (prefixes of their names). Session 31 (evt62) fitted 12 on the dev judgments
 * alone: the names' confidence, where the sentence stands, a lede with no trigger, a modal or "to" before the trigger,
 * a figure, the date against the report, places only. Session 32 (evt66) adds what reads the failures of unseen text
 * as numbers: the assertion model's odds and reading (at the trigger, and at the verb a lede reports), the state
 * models' odds, the trigger's sense, a lede's
 * news-kind reading, the figures of the sentence and the date's distance from the report.
 */
const SHIPPED_FEATURES = [
  'participants.confidence', 'sentence.later', 'sentence.opening', 'sentence.early', 'kind.news', 'trigger.not-in', 'figure.',
  'trigger.modal-before', 'trigger.to-before', 'date.none', 'date.after-report', 'date.distance', 'participants.places-only',
  'assertion.', 'state.', 'news.', 'reported.',
];
/** Session 31's 12 features (`EVENT_MODEL_FEATURES=evt62`). */
const EVT62_FEATURES = [
  'participants.confidence', 'sentence.later', 'sentence.opening', 'sentence.early', 'kind.news', 'trigger.not-in', 'figure.any',
  'trigger.modal-before', 'trigger.to-before', 'date.none', 'date.after-report', 'participants.places-only',
];
/**
 * The never-read Reuters slices judged blind (tests/gold/event-pages-unseen.json): each is built with the code of
 * now, its judged pages matched as the dev ones are, and each is held out in turn (leave one slice out).
 */
export const UNSEEN: readonly { split: string; input: string; prep: (dest: string) => Promise<number> }[] = [
  ...(['017', '019', '020', '001', '002', '003', '000'] as const).map((n) => ({ split: `unseen-${n}`, input: `reut2-${n}.sgm 900-1000`, prep: (dest: string) => prepReuters(`reut2-${n}.sgm`, '900-1000', dest) })),
  ...(['r38', 'r39', 'r40', 'r41', 'r42', 'r43', 'r44'] as const).map((n) => ({ split: `unseen-${n}`, input: `draw unseen-${n}`, prep: (dest: string) => prepReutersDraw(`unseen-${n}`, dest) })),
];
const unseenGold = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/event-pages-unseen.json'), 'utf8')) as { items: (Judged & { split: string })[] };
/** The rule's bounds: the pages taken bad at least 2 in 3, at most 10% of the good dev pages lost. */
const BAD_SHARE = 2 / 3;
const GOOD_LOST = 0.1;

/** A dev event of one set with its features and, when judged, its label (and whether its page is the one judged). */
interface DevEvent { set: string; rank: number; key: string; features: Features; good?: boolean; happening?: boolean; samePage?: boolean; slice?: string }

/** The dev events of a set: built (or read back from the kept features), test keys dropped before anything is read. */
async function devEvents(set: (typeof SAMPLES)[number]): Promise<DevEvent[]> {
  const kept = path.join(WORK, set.set, 'event-features.json');
  let events: (Omit<DevEvent, 'good' | 'happening' | 'samePage'> & { page: string })[];
  if (process.env.EVENT_MODEL_REUSE && existsSync(kept)) events = JSON.parse(readFileSync(kept, 'utf8'));
  else {
    const input = await preparedInput(set);
    const graph = await buildGraph({ input, cacheDir: path.join(WORK, set.set, 'cache') });
    const ctx = eventContext(graph.articles, graph.extractions, [...graph.entities, ...(graph.plainNames ?? [])]);
    events = pagesOf(graph)
      .map((p) => ({ ...p, ...eventOrder(p.key) }))
      .filter((p) => p.split === 'dev')
      .map((p) => ({ set: set.set, rank: p.rank, key: p.key, page: p.page, features: eventFeatures(p.event, ctx) }));
    writeFileSync(kept, JSON.stringify(events));
    writeFileSync(path.join(WORK, set.set, 'report-features.json'), JSON.stringify(reportFeatures(graph, ctx)));
  }
  // Test keys are dropped here, before any judgment is read further.
  const dev = gold.items.filter((j) => j.set === set.set && eventOrder(`${j.article}|${j.sentence}`).split === 'dev');
  return labelled(events, dev, 'dev');
}

/**
 * Each event with the judgment of its key: its label when its page is the one judged; label 0 when its page changed
 * but its sentence was judged no happening (no page of it is good); none otherwise.
 */
function labelled(events: (Omit<DevEvent, 'good' | 'happening' | 'samePage'> & { page: string })[], judged: readonly Judged[], slice: string): DevEvent[] {
  const asJudged = new Map(judged.map((j): [string, Judged] => [`${j.article}|${j.sentence}|${j.page}`, j]));
  const bySentence = new Map(judged.map((j): [string, Judged] => [`${j.article}|${j.sentence}`, j]));
  return events.map(({ page, ...e }) => {
    const same = asJudged.get(`${e.key}|${page}`);
    if (same) return { ...e, slice, good: same.good, happening: same.happening, samePage: true };
    const earlier = bySentence.get(e.key);
    return earlier && !earlier.happening ? { ...e, slice, good: false, happening: false, samePage: false } : { ...e, slice };
  });
}

/** The events of a never-read slice, built with the code of now (its input prepared once), labelled by its blind judgments. */
async function unseenEvents(slice: (typeof UNSEEN)[number]): Promise<DevEvent[]> {
  const dir = path.join(WORK, slice.split);
  const kept = path.join(dir, 'event-features.json');
  let events: (Omit<DevEvent, 'good' | 'happening' | 'samePage'> & { page: string })[];
  if (process.env.EVENT_MODEL_REUSE && existsSync(kept)) events = JSON.parse(readFileSync(kept, 'utf8'));
  else {
    const input = path.join(dir, 'input');
    // The marker names the input it stands for, so a cache prepared from another input is prepared again.
    const done = path.join(dir, `input-${createHash('sha256').update(slice.input).digest('hex').slice(0, 12)}.done`);
    if (!existsSync(done)) {
      rmSync(dir, { recursive: true, force: true });
      await slice.prep(input);
      mkdirSync(done, { recursive: true });
    }
    const graph = await buildGraph({ input, cacheDir: path.join(dir, 'cache') });
    const ctx = eventContext(graph.articles, graph.extractions, [...graph.entities, ...(graph.plainNames ?? [])]);
    events = pagesOf(graph).map((p) => ({ set: 'reuters', rank: eventOrder(p.key).rank, key: p.key, page: p.page, features: eventFeatures(p.event, ctx) }));
    writeFileSync(kept, JSON.stringify(events));
  }
  return labelled(events, unseenGold.items.filter((j) => j.split === slice.split), slice.split);
}

/** Why a report is no happening by the sentence's own telling (not for want of a title or a named party). */
const NOT_HAPPENINGS = new Set(['unasserted', 'forecast', 'state', 'not-news']);

/**
 * The features of the dev reports that the extraction's rules judged no happening, read as if each were an event
 * of its own sentence (`EVENT_MODEL_WEAK`: weak labels, the rules' own, for a model of what reads like no happening).
 */
function reportFeatures(graph: Graph, ctx: ReturnType<typeof eventContext>): { key: string; rank: number; features: Features }[] {
  return (graph.reports ?? [])
    .filter((r) => NOT_HAPPENINGS.has(r.why))
    .map((r) => ({ r, key: `${r.article}|${createHash('sha256').update(r.quote).digest('hex').slice(0, 12)}` }))
    .map((x) => ({ ...x, ...eventOrder(x.key) }))
    .filter((x) => x.split === 'dev')
    .map(({ r, key, rank }) => {
      const ev: Event = { id: key, title: r.quote, type: r.type, date: r.date, precision: r.date ? (r.date.length === 10 ? 'day' : r.date.length === 7 ? 'month' : 'year') : null, participants: r.participants, sources: [{ article: r.article, paragraph: r.paragraph, quote: r.quote, date: r.date }] };
      return { key, rank, features: eventFeatures(ev, ctx) };
    });
}

/** Per threshold, what the gate takes of the held-out confidences, and whether the rule holds there. */
function sweep(examples: readonly (DevEvent & { label: number; held: number })[], quiet = false): number {
  const good = examples.filter((x) => x.label === 1).length;
  const lines = ['| threshold | pages kept | taken | taken bad | taken bad share | good lost (of ' + good + ') | precision kept | rule holds |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  let chosen = 0;
  for (let t = 0; t <= 0.901; t += 0.05) {
    const th = Math.round(t * 100) / 100;
    const taken = examples.filter((x) => x.held < th);
    const kept = examples.filter((x) => x.held >= th);
    const bad = taken.filter((x) => x.label === 0).length;
    const lost = taken.length - bad;
    const holds = taken.length === 0 || (bad / taken.length >= BAD_SHARE && lost <= GOOD_LOST * good);
    // The highest threshold that takes something and holds (none: 0, no gate); the rule is read cumulatively.
    if (holds && taken.length > 0) chosen = th;
    const keptGood = kept.filter((x) => x.label === 1).length;
    lines.push(`| ${th} | ${kept.length} | ${taken.length} | ${bad} | ${taken.length ? (bad / taken.length).toFixed(2) : '–'} | ${lost} (${((100 * lost) / good).toFixed(1)}%) | ${(keptGood / kept.length).toFixed(3)} | ${holds ? 'yes' : 'no'} |`);
  }
  if (!quiet) console.log(lines.join('\n'));
  return chosen;
}

/** Per set, the precision of the judged dev pages (page as judged) kept at a threshold, by held-out confidence. */
function perSet(examples: readonly (DevEvent & { label: number; held: number })[], threshold: number): void {
  for (const set of [...new Set(examples.map((x) => x.set))]) {
    const pages = examples.filter((x) => x.set === set && x.samePage);
    const kept = pages.filter((x) => x.held >= threshold);
    const g = (xs: typeof pages) => xs.filter((x) => x.label === 1).length;
    console.log(`${set}: judged dev pages ${g(pages)}/${pages.length} good = ${(g(pages) / pages.length).toFixed(3)} → kept at ${threshold}: ${g(kept)}/${kept.length} = ${(g(kept) / Math.max(1, kept.length)).toFixed(3)} (taken: ${pages.length - kept.length - (g(pages) - g(kept))} bad, ${g(pages) - g(kept)} good)`);
  }
}

/** The chance that a good page reads a higher confidence than a bad one (ties count half). */
const pagesAuc = (xs: readonly { label: number; held: number }[]): number => auc(xs.map((x) => x.held), xs.map((x) => x.label));

/** What a gate at `threshold` does to held-out pages: precision before → after, pages taken, bad taken, good lost. */
function gateRow(xs: readonly { label: number; held: number }[], threshold: number): string {
  const good = xs.filter((x) => x.label === 1).length;
  const kept = xs.filter((x) => x.held >= threshold);
  const keptGood = kept.filter((x) => x.label === 1).length;
  const taken = xs.length - kept.length;
  return `${threshold} | ${good}/${xs.length} = ${(good / xs.length).toFixed(3)} → ${keptGood}/${kept.length} = ${(keptGood / Math.max(1, kept.length)).toFixed(3)} | ${taken} | ${taken - (good - keptGood)} | ${good - keptGood} (${((100 * (good - keptGood)) / Math.max(1, good)).toFixed(0)}%)`;
}

/** The features whose names start with one of `only`'s prefixes (all when undefined). */
const chosenFeatures = (examples: readonly Example[], only: readonly string[] | undefined) =>
  [...new Set(examples.flatMap((x) => Object.keys(x.features)))].filter((n) => !only || only.some((p) => n.startsWith(p))).sort();

type Labelled = DevEvent & { label: number };
const quietly = <T>(f: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try { return f(); } finally { console.log = log; }
};

/**
 * Leave one slice out: for each never-read slice, the model is trained on the dev judgments and the other slices (its
 * penalty and the rule's threshold chosen by five-fold cross-validation on them alone) and scores the held-out slice.
 */
function leaveOneSliceOut(labelled: readonly Labelled[], only: readonly string[] | undefined, learn: 'good' | 'happening'): void {
  const thresholds = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85];
  console.log('\nleave one slice out (held-out slice | rule threshold from training | AUC):');
  const pooled: { label: number; held: number; rule: number }[] = [];
  const shippedPooled: { label: number; held: number }[] = [];
  for (const slice of UNSEEN) {
    const train = labelled.filter((x) => x.slice !== slice.split);
    const test = labelled.filter((x) => x.slice === slice.split && x.samePage);
    if (!test.length) continue;
    const examples: Example[] = train.map((x) => ({ features: x.features, label: x[learn] ? 1 : 0, offset: 0 }));
    const names = chosenFeatures(examples, only);
    const l2 = process.env.EVENT_MODEL_L2 ? Number(process.env.EVENT_MODEL_L2) : quietly(() => chooseL2(examples, names, PENALTIES, FOLDS));
    const { held } = crossValidated(examples, l2, names, FOLDS);
    const rule = sweep(train.map((x, i) => ({ ...x, held: held[i]! })), true);
    const model = fit(examples, l2, names);
    const scored = test.map((x) => ({ label: x.label, held: pageProbability(model, x.features) }));
    pooled.push(...scored.map((x) => ({ ...x, rule })));
    // (Session 42: the shipped weights' AUC on the slice beside it — held out only for a slice judged after their fit.)
    const byShipped = test.map((x) => ({ label: x.label, held: pageProbability(shippedEventModel(), x.features) }));
    shippedPooled.push(...byShipped);
    console.log(`${slice.split} (${test.length} judged pages as built now; L2 ${l2}) | rule ${rule} | AUC ${pagesAuc(scored).toFixed(3)} (the shipped weights' ${pagesAuc(byShipped).toFixed(3)})`);
    console.log('  threshold | precision before → after | taken | bad taken | good lost');
    for (const t of [...new Set([rule, ...thresholds])].sort()) console.log(`  ${t === rule ? `${t} (rule)` : t} | ${gateRow(scored, t).split(' | ').slice(1).join(' | ')}`);
  }
  const ruled = pooled.map((x) => ({ ...x, held: x.held >= x.rule ? 1 : 0 }));
  console.log(`pooled held-out slices: AUC ${pagesAuc(pooled).toFixed(3)} (the shipped weights' ${pagesAuc(shippedPooled).toFixed(3)}); each at its rule: ${gateRow(ruled, 1).split(' | ').slice(1).join(' | ')}`);
}

async function main() {
  const started = Date.now();
  const all: DevEvent[] = [];
  for (const set of SAMPLES) all.push(...(await devEvents(set)));
  for (const slice of UNSEEN) all.push(...(await unseenEvents(slice)));
  // `EVENT_MODEL_DEV=0`: the unseen slices' judgments alone (no dev judgment trains or is scored).
  const labelled: Labelled[] = all
    .filter((x) => x.good !== undefined && (process.env.EVENT_MODEL_DEV !== '0' || x.slice !== 'dev'))
    .map((x) => ({ ...x, label: x.good ? 1 : 0 }))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1));
  // The label learned (`EVENT_MODEL_LABEL`): `good` (the page as a reader takes it), or `happening` (its sentence
  // reports a happening); the sweep always counts what the gate takes by `good`.
  const learn = process.env.EVENT_MODEL_LABEL === 'happening' ? 'happening' : 'good';
  // `EVENT_MODEL_UNSEEN=0`: the dev judgments alone (session 31's training data).
  const training = process.env.EVENT_MODEL_UNSEEN === '0' ? labelled.filter((x) => x.slice === 'dev') : labelled;
  const examples: Example[] = training.map((x) => ({ features: x.features, label: x[learn] ? 1 : 0, offset: 0 }));
  // `EVENT_MODEL_WEAK=1`: the dev reports the rules judged no happening join as examples labelled 0 (after the judged
  // pages, so the sweep reads the judged pages' held-out confidences only).
  if (process.env.EVENT_MODEL_WEAK) {
    const weak = SAMPLES.flatMap((set) => JSON.parse(readFileSync(path.join(WORK, set.set, 'report-features.json'), 'utf8')) as { features: Features }[]);
    console.log(`weak labels: ${weak.length} dev reports the rules judged no happening, labelled 0`);
    examples.push(...weak.map((w) => ({ features: w.features, label: 0, offset: 0 })));
  }
  console.log(`label learned: ${learn}`);
  // `EVENT_MODEL_FEATURES=figure.,trigger.` fits only the features whose names start so; `all`, every feature;
  // `evt62`, session 31's twelve.
  const env = process.env.EVENT_MODEL_FEATURES;
  const only = env === 'all' ? undefined : env === 'evt62' ? EVT62_FEATURES : (env?.split(',').filter(Boolean) ?? SHIPPED_FEATURES);
  const featureNames = chosenFeatures(examples, only);
  for (const slice of ['dev', ...UNSEEN.map((u) => u.split)]) {
    const xs = labelled.filter((x) => x.slice === slice);
    console.log(`${slice}: events built ${all.filter((x) => x.slice === slice).length}; judged ${xs.length} (${xs.filter((x) => x.samePage).length} pages as judged, ${xs.filter((x) => !x.samePage).length} sentences judged no happening whose page changed), ${xs.filter((x) => x.label).length} good`);
  }
  console.log(`training examples: ${examples.length}; ${featureNames.length} features`);
  const l2 = process.env.EVENT_MODEL_L2 ? Number(process.env.EVENT_MODEL_L2) : chooseL2(examples, featureNames, PENALTIES, FOLDS);
  const { loss, held } = crossValidated(examples, l2, featureNames, FOLDS);
  const base = examples.filter((x) => x.label).length / examples.length;
  const constant = -(base * Math.log(base) + (1 - base) * Math.log(1 - base));
  console.log(`L2 ${l2}: ${FOLDS}-fold cross-validated log loss ${loss.toFixed(4)} (a constant ${base.toFixed(3)}: ${constant.toFixed(4)})`);
  const withHeld = training.map((x, i) => ({ ...x, held: held[i]! }));
  if (process.env.EVENT_MODEL_WEAK) {
    const judgedLoss = -withHeld.reduce((a, x) => a + Math.log(Math.min(1 - 1e-9, Math.max(1e-9, x.label ? x.held : 1 - x.held))), 0) / withHeld.length;
    console.log(`held-out log loss over the ${withHeld.length} judged pages alone: ${judgedLoss.toFixed(4)}`);
  }
  const devHeld = withHeld.filter((x) => x.slice === 'dev');
  if (devHeld.length) console.log(`\ndev cross-validation (${devHeld.length} judged dev pages, held-out confidences): AUC ${pagesAuc(devHeld).toFixed(3)}`);
  sweep(devHeld);
  const threshold = sweep(withHeld, true);
  console.log(`threshold by the rule (cross-validated, all ${withHeld.length} judged pages): ${threshold}`);
  perSet(devHeld, threshold);
  if (process.env.EVENT_MODEL_UNSEEN !== '0') leaveOneSliceOut(labelled, only, learn);
  else {
    // Trained on dev alone: every unseen slice is held out.
    const model = fit(examples, l2, featureNames);
    for (const slice of UNSEEN) {
      const scored = labelled.filter((x) => x.slice === slice.split && x.samePage).map((x) => ({ label: x.label, held: pageProbability(model, x.features) }));
      console.log(`${slice.split} held out: AUC ${pagesAuc(scored).toFixed(3)}; at the rule ${gateRow(scored, threshold)}`);
    }
  }
  const model = fit(examples, l2, featureNames);
  console.log(`\nfitted on all ${examples.length}: log loss ${logLoss(model, examples).toFixed(4)} (in sample)`);
  const sorted = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`strongest weights: ${sorted.slice(0, 25).map(([n, w]) => `${n} ${w}`).join(', ')}`);
  if (!process.env.EVENT_MODEL_DRY) {
    const out: PageModel = {
      about: `Event page model weights (src/resolve/event-model.ts), written by npm run train-event-model: logistic regression, L2 ${l2} (${FOLDS}-fold cross-validation), trained on the ${examples.length} judged event pages of tests/gold/event-pages.json (dev) and tests/gold/event-pages-unseen.json, label ${learn}, features ${only ? only.join(' ') : 'all'} (cross-validated log loss ${loss.toFixed(4)}; threshold by the rule ${threshold}). No text.`,
      bias: model.bias,
      weights: Object.fromEntries(sorted.map(([n, w]) => [n, w] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    };
    writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
    console.log(`wrote ${path.relative(ROOT, OUT)}`);
  }
  console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
