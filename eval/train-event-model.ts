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
 * - The features kept also hold the said clause's lede-kind reading of each page's first sentence (`said.`, session 46,
 *   evt103: eval/said-clause.ts) and a read lede's per-kind odds (`kindodds.`), for variants only (not in the shipped
 *   list: they separated no page held out); `EVENT_MODEL_SAID_TABLE=1` prints the judged pages by the said clause's odds.
 */
import path from 'node:path';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { Event, Graph } from '../src/types.ts';
import { buildGraph } from '../src/pipeline.ts';
import { eventContext, eventFeatures, newsFeatures, shippedEventModel, shippedHappeningBar, type EventPageModel } from '../src/resolve/event-model.ts';
import type { Features } from '../src/resolve/page-model.ts';
import { eventOrder, gold, pagesOf, preparedInput, SAMPLES, type Judged } from './event-pages.ts';
import { auc, chooseL2, crossValidated, fit, logLoss, type Example } from './logistic.ts';
import { prepReuters, prepReutersDraw } from './holdout.ts';
import { keptCurve, type Scored } from './event-gate-curve.ts';
import { partyContext, partyFeatures, type PartyContext } from './event-party-features.ts';
import { pageProbability } from '../src/resolve/page-model.ts';
import { ledeKindOdds, saidReading } from './said-clause.ts';

/**
 * What the event page model may read of the said clause (session 46, evt103; eval/said-clause.ts): the said
 * clause's lede-kind reading (`said.`) of the event's first sentence, and, for a lede the lede-kind model read, its odds
 * of each kind (`kindodds.`), beside the odds of a happening the reading carries.
 */
function saidFeatures(ev: Event, ctx: ReturnType<typeof eventContext>, features: Features): Features {
  const first = ev.sources[0]!;
  const headline = ctx.articles.get(first.article)?.title ?? '';
  const f: Features = { ...saidReading(headline, first.quote) };
  if (features['news.happening'] !== undefined) {
    const odds = ledeKindOdds(headline, first.quote);
    for (const k of ['figure', 'state', 'forecast'] as const) f[`kindodds.${k}`] = Math.round(odds[k] * 1000) / 1000;
  }
  return f;
}
/** The build's features of an event, the said clause's and (session 52, evt127) how its parties are named (`parties.`). */
const withSaid = (ev: Event, ctx: ReturnType<typeof eventContext>, parties: PartyContext): Features => {
  const f = eventFeatures(ev, ctx);
  const first = ev.sources[0]!;
  const told = ctx.mentions.get(`${first.article}|${first.paragraph}|${first.quote}`) ?? [];
  const sentence = (told.find((m) => m.type === ev.type) ?? told[0])?.sentence;
  return { ...f, ...saidFeatures(ev, ctx, f), ...partyFeatures(ev, first.article, sentence, parties, (id) => ctx.entities.get(id)?.type) };
};

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
 * news-kind reading, the figures of the sentence and the date's distance from the report (`EVENT_MODEL_FEATURES=evt66`).
 * Session 44 (evt98) keeps of that what reads the news — the lede-kind odds (`news.`, with `news.read` and
 * `news.log-odds`), the reported verb's copula, modal and negation —, the names' confidence, the date and the figures,
 * and adds the trigger's tag, a negation before it and the sentence's mood and verbs (what evt96's happening models
 * read): held out by slice it ranks the unseen slices best (README, issue 19, session 44).
 */
const SHIPPED_FEATURES = [
  'news.', 'reported.copula', 'reported.modal', 'reported.negated', 'participants.confidence', 'date.none', 'figure.',
  'trigger.negation-before', 'trigger.tag.', 'sentence.modal', 'sentence.present-verbs', 'sentence.past-verbs',
];
/** Session 32's to 43's list (`EVENT_MODEL_FEATURES=evt66`). */
const EVT66_FEATURES = [
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
  ...(['r38', 'r39', 'r40', 'r41', 'r42', 'r43', 'r44', 'r45', 'r46', 'r47', 'r48', 'r49', 'r50', 'r51', 'r52'] as const).map((n) => ({ split: `unseen-${n}`, input: `draw unseen-${n}`, prep: (dest: string) => prepReutersDraw(`unseen-${n}`, dest) })),
];
const unseenGold = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/event-pages-unseen.json'), 'utf8')) as { items: (Judged & { split: string })[] };
/** The rule's bounds: the pages taken bad at least 2 in 3, at most 10% of the good dev pages lost. */
const BAD_SHARE = 2 / 3;
const GOOD_LOST = 0.1;

/** The events kept by an earlier build, with the features derived from their reading since (`newsFeatures`). */
const keptEvents = (file: string): (Omit<DevEvent, 'good' | 'happening' | 'samePage'> & { page: string })[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as (Omit<DevEvent, 'good' | 'happening' | 'samePage'> & { page: string })[])
    .map((e) => ({ ...e, features: { ...e.features, ...newsFeatures(e.features), ...gatedSaid(e.features) } }));

/**
 * (Session 46, evt103, for the variants) The said clause's reading again, only where the page is the statement itself
 * (`kind.speech`: `saidspeech.`) and only where the lede-kind model did not read the news (`saidlater.`).
 */
function gatedSaid(f: Features): Features {
  const out: Features = {};
  for (const [k, v] of Object.entries(f)) {
    if (!k.startsWith('said.')) continue;
    if (f['kind.speech']) out[`saidspeech.${k.slice(5)}`] = v;
    if (f['news.happening'] === undefined) out[`saidlater.${k.slice(5)}`] = v;
  }
  return out;
}

/** A dev event of one set with its features and, when judged, its label (and whether its page is the one judged). */
interface DevEvent { set: string; rank: number; key: string; features: Features; good?: boolean; happening?: boolean; samePage?: boolean; slice?: string }

/** The dev events of a set: built (or read back from the kept features), test keys dropped before anything is read. */
async function devEvents(set: (typeof SAMPLES)[number]): Promise<DevEvent[]> {
  const kept = path.join(WORK, set.set, 'event-features.json');
  let events: (Omit<DevEvent, 'good' | 'happening' | 'samePage'> & { page: string })[];
  if (process.env.EVENT_MODEL_REUSE && existsSync(kept)) events = keptEvents(kept);
  else {
    const input = await preparedInput(set);
    const graph = await buildGraph({ input, cacheDir: path.join(WORK, set.set, 'cache') });
    const named = [...graph.entities, ...(graph.plainNames ?? [])];
    const [ctx, parties] = [eventContext(graph.articles, graph.extractions, named), partyContext(graph.extractions, named)];
    events = pagesOf(graph)
      .map((p) => ({ ...p, ...eventOrder(p.key) }))
      .filter((p) => p.split === 'dev')
      .map((p) => ({ set: set.set, rank: p.rank, key: p.key, page: p.page, features: withSaid(p.event, ctx, parties) }));
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
  if (process.env.EVENT_MODEL_REUSE && existsSync(kept)) events = keptEvents(kept);
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
    const named = [...graph.entities, ...(graph.plainNames ?? [])];
    const [ctx, parties] = [eventContext(graph.articles, graph.extractions, named), partyContext(graph.extractions, named)];
    events = pagesOf(graph).map((p) => ({ set: 'reuters', rank: eventOrder(p.key).rank, key: p.key, page: p.page, features: withSaid(p.event, ctx, parties) }));
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

/** The slice a judged page is held out with: each dev set on its own, and each never-read slice. */
const heldSlice = (x: DevEvent): string => (x.slice === 'dev' ? `dev-${x.set}` : x.slice!);
/** A held-out judged page: its refit's and the shipped weights' confidence, and whether its news was read. */
interface Held { slice: string; label: number; held: number; shipped: number; lede: boolean; news?: number }
const logOf = (p: number) => Math.log(Math.min(1 - 1e-9, Math.max(1e-9, p)));
/** The mean log loss of confidences against labels. */
const pagesLoss = (xs: readonly { label: number; held: number }[]): number => -xs.reduce((a, x) => a + logOf(x.label ? x.held : 1 - x.held), 0) / Math.max(1, xs.length);
const measures = (xs: readonly Held[]): string =>
  `${xs.length} pages (${xs.filter((x) => x.label).length} good): AUC refit ${pagesAuc(xs).toFixed(3)}, shipped ${pagesAuc(xs.map((x) => ({ label: x.label, held: x.shipped }))).toFixed(3)}; log loss refit ${pagesLoss(xs).toFixed(4)}, shipped ${pagesLoss(xs.map((x) => ({ label: x.label, held: x.shipped }))).toFixed(4)}`;

/**
 * Leave one slice out: each dev set and each never-read slice is scored by a model trained on all the others (its
 * penalty by five-fold cross-validation on them alone); the shipped weights score it beside (held out only for a slice
 * judged after their fit: `EVENT_MODEL_SHIPPED_SAW` names the slices they were fitted on, left out of the last pooled line).
 */
function leaveOneSliceOut(labelled: readonly Labelled[], only: readonly string[] | undefined, learn: 'good' | 'happening'): Held[] {
  console.log('\nleave one slice out (held-out slice: pages as judged, AUC and log loss of the refit and the shipped weights):');
  const out: Held[] = [];
  for (const slice of [...new Set(labelled.map(heldSlice))]) {
    const examples: Example[] = labelled.filter((x) => heldSlice(x) !== slice).map((x) => ({ features: x.features, label: x[learn] ? 1 : 0, offset: 0 }));
    const names = chosenFeatures(examples, only);
    const l2 = process.env.EVENT_MODEL_L2 ? Number(process.env.EVENT_MODEL_L2) : quietly(() => chooseL2(examples, names, PENALTIES, FOLDS));
    const model = fit(examples, l2, names);
    const held = labelled.filter((x) => heldSlice(x) === slice && x.samePage).map((x): Held => ({
      slice, label: x.label, held: pageProbability(model, x.features), shipped: pageProbability(shippedEventModel(), x.features),
      lede: x.features['news.happening'] !== undefined, news: x.features['news.happening'],
    }));
    console.log(`${slice} (L2 ${l2}): ${measures(held)}`);
    out.push(...held);
  }
  const saw = shippedSaw();
  const [dev, unseen] = [out.filter((x) => x.slice.startsWith('dev-')), out.filter((x) => !x.slice.startsWith('dev-'))];
  for (const [name, xs] of [['dev', dev], ['unseen', unseen], ['unseen the shipped weights never saw', unseen.filter((x) => !saw.has(x.slice))]] as const) {
    console.log(`pooled ${name}: ${measures(xs)}`);
    // The lede-kind model reads ledes: the pages whose news it read, and the rest (told later, or by a lede with a mood).
    console.log(`  news read (lede): ${measures(xs.filter((x) => x.lede))}\n  news not read: ${measures(xs.filter((x) => !x.lede))}`);
  }
  return out;
}

/** The slices the shipped weights were fitted on (`EVENT_MODEL_SHIPPED_SAW`). */
const shippedSaw = () => new Set((process.env.EVENT_MODEL_SHIPPED_SAW ?? 'dev-reuters,dev-bbc,dev-bbc-politics,dev-bbc-sport,unseen-017,unseen-019,unseen-020,unseen-001,unseen-002,unseen-003,unseen-000,unseen-r38,unseen-r39,unseen-r40,unseen-r41,unseen-r42,unseen-r43,unseen-r44').split(','));

/**
 * (Session 52, evt127) The precision / pages-kept curves on the held-out unseen pages: the refit's leave-one-slice-out
 * confidences and the shipped weights', on every unseen slice and on those the shipped weights never saw.
 */
function gateCurves(held: readonly Held[], happening: number, refitBar: number): void {
  const shippedBar = shippedEventModel().threshold ?? 0;
  const unseen = held.filter((x) => !x.slice.startsWith('dev-'));
  const never = unseen.filter((x) => !shippedSaw().has(x.slice));
  const as = (xs: readonly Held[], by: 'held' | 'shipped'): Scored[] => xs.map((x) => ({ label: x.label, score: x[by], news: x.news }));
  const bars = { 'shipped bar': shippedBar, 'refit rule': refitBar };
  console.log(`\nprecision / pages kept on held-out unseen pages (happening bar ${happening} beside):`);
  console.log(keptCurve('unseen, refit (leave one slice out)', as(unseen, 'held'), happening, bars));
  console.log(keptCurve('unseen, shipped weights (saw the slices through r44)', as(unseen, 'shipped'), happening, bars));
  console.log(keptCurve('unseen never seen by the shipped weights, refit', as(never, 'held'), happening, bars));
  console.log(keptCurve('unseen never seen by the shipped weights, shipped', as(never, 'shipped'), happening, bars));
}

/**
 * (Session 52, evt127) The rule's bar held out slice by slice: for each slice, a refit on the others scores it, at the
 * bar the rule chooses on the others' own leave-one-slice-out confidences (each by a fit on the rest, penalty `l2`),
 * so no page of the slice chooses its bar. Pooled over the unseen slices: precision kept and good pages lost.
 */
function nestedRuleBar(labelled: readonly Labelled[], names: readonly string[], learn: 'good' | 'happening', l2: number, happening: number): void {
  const slices = [...new Set(labelled.map(heldSlice))];
  const example = (x: Labelled): Example => ({ features: x.features, label: x[learn] ? 1 : 0, offset: 0 });
  const scored = (train: readonly Labelled[], test: readonly Labelled[], slice: string): Held[] => {
    const model = fit(train.map(example), l2, names);
    return test.filter((x) => x.samePage).map((x) => ({ slice, label: x.label, held: pageProbability(model, x.features), shipped: 0, lede: x.features['news.happening'] !== undefined, news: x.features['news.happening'] }));
  };
  const out: (Held & { bar: number })[] = [];
  for (const s of slices) {
    const others = labelled.filter((x) => heldSlice(x) !== s);
    const inner = slices.filter((t) => t !== s).flatMap((t) => scored(others.filter((x) => heldSlice(x) !== t), others.filter((x) => heldSlice(x) === t), t));
    const { best, holds } = ruleBar(inner, happening);
    const bar = holds ? best : 0;
    out.push(...scored(others, labelled.filter((x) => heldSlice(x) === s), s).map((h) => ({ ...h, bar })));
    console.log(`  ${s}: rule bar ${bar}`);
  }
  const unseen = out.filter((x) => !x.slice.startsWith('dev-'));
  for (const [name, xs] of [['all', out], ['unseen', unseen], ['unseen never seen by the shipped weights', unseen.filter((x) => !shippedSaw().has(x.slice))]] as const) {
    const kept = xs.filter((x) => x.held >= x.bar && !(x.news !== undefined && x.news < happening));
    const open = xs.filter((x) => !(x.news !== undefined && x.news < happening));
    const g = (ys: readonly Held[]) => ys.filter((y) => y.label).length;
    console.log(`nested rule bar, ${name}: happening bar alone ${g(open)}/${open.length} = ${(g(open) / open.length).toFixed(3)} → with the bar ${g(kept)}/${kept.length} = ${(g(kept) / Math.max(1, kept.length)).toFixed(3)}; taken ${open.length - kept.length} (${g(open) - g(kept)} good of ${g(open)})`);
  }
}

/** What a page bar on the held-out confidences does with the happening bar: pages taken, bad of them, good lost, precision kept. */
function barRow(xs: readonly Held[], bar: number, happening: number): { taken: number; bad: number; lost: number; precision: number } {
  const kept = xs.filter((x) => x.held >= bar && !(x.news !== undefined && x.news < happening));
  const good = xs.filter((x) => x.label).length;
  const keptGood = kept.filter((x) => x.label).length;
  return { taken: xs.length - kept.length, bad: xs.length - kept.length - (good - keptGood), lost: good - keptGood, precision: keptGood / Math.max(1, kept.length) };
}

/**
 * The page bar on the pooled held-out confidences (session 45, evt101: every dev set and every never-read slice scored
 * by a fit on the others, the happening bar beside): the highest bar at which the pages it takes beyond the happening
 * bar are bad at least `BAD_SHARE` of the time and at most `EVENT_MODEL_GOOD_LOST` (default 0.05) of the pooled good
 * pages are lost; shipped only when it raises the precision kept both pooled and on the unseen slices alone. (Session
 * 44's rule chose on the dev sets alone, where few pages are no happening: it chose no bar the unseen slices confirmed.)
 */
function chooseBar(held: readonly Held[], happening: number): number {
  const dev = held.filter((x) => x.slice.startsWith('dev-'));
  const unseen = held.filter((x) => !x.slice.startsWith('dev-'));
  const { best, holds } = ruleBar(held, happening);
  const row = (r: ReturnType<typeof barRow>) => `${r.taken}, ${r.bad}, ${r.lost}; ${r.precision.toFixed(3)}`;
  console.log(`\npage bar (happening bar ${happening} beside): pooled held out, taken bad ≥ ${BAD_SHARE.toFixed(2)}, ${goodLostShare()} of good lost at most → ${best}`);
  console.log('  bar | pooled: taken, bad, good lost; precision kept | dev: the same | unseen: the same');
  const bars = [...new Set([0, best, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6])].sort((a, b) => a - b);
  for (const b of bars) console.log(`  ${b}${b === best ? ' (rule)' : ''} | ${row(barRow(held, b, happening))} | ${row(barRow(dev, b, happening))} | ${row(barRow(unseen, b, happening))}`);
  console.log(`  the bar shipped is ${holds ? best : 0}`);
  return holds ? best : 0;
}

const goodLostShare = () => Number(process.env.EVENT_MODEL_GOOD_LOST ?? 0.05);

/** The rule's bar on held-out confidences (`chooseBar`), and whether it raises the precision kept pooled and on the unseen slices. */
function ruleBar(held: readonly Held[], happening: number): { best: number; holds: boolean } {
  const none = barRow(held, 0, happening);
  const good = held.filter((x) => x.label).length;
  let best = 0;
  for (const x of [...held].sort((a, b) => a.held - b.held)) {
    const bar = Math.round((x.held + 0.0005) * 1000) / 1000;
    const r = barRow(held, bar, happening);
    const [bad, lost] = [r.bad - none.bad, r.lost - none.lost];
    if (bad + lost > 0 && bad >= BAD_SHARE * (bad + lost) && r.lost <= goodLostShare() * good) best = bar;
  }
  const unseen = held.filter((x) => !x.slice.startsWith('dev-'));
  const rises = (xs: readonly Held[]) => barRow(xs, best, happening).precision > barRow(xs, 0, happening).precision;
  return { best, holds: best > 0 && rises(held) && rises(unseen) };
}

/** The said clause's odds of a happening, back from its log-odds scale (`saidReading`). */
const saidOdds = (f: Features): number | undefined => (f['said.read'] ? 1 / (1 + 10 ** (2 - 4 * (f['said.log-odds'] ?? 0))) : undefined);

/**
 * (`EVENT_MODEL_SAID_TABLE=1`, session 46, evt103) The judged pages (as judged) whose first sentence tells a statement,
 * by the said clause's odds of a happening: good, bad, and no happening of them, dev and unseen apart — what a rule
 * keeping such a statement as a report below a bar would take.
 */
function saidTable(xs: readonly Labelled[]): void {
  const bins = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.01];
  console.log('said clause odds of a happening | dev: pages, good, no happening | unseen: pages, good, no happening');
  for (let i = 0; i + 1 < bins.length; i++) {
    const row = (slice: (x: Labelled) => boolean) => {
      const at = xs.filter((x) => x.samePage && slice(x) && (saidOdds(x.features) ?? -1) >= bins[i]! && (saidOdds(x.features) ?? -1) < bins[i + 1]!);
      return `${at.length}, ${at.filter((x) => x.label).length}, ${at.filter((x) => !x.happening).length}`;
    };
    console.log(`  ${bins[i]}–${Math.min(1, bins[i + 1]!)} | ${row((x) => x.slice === 'dev')} | ${row((x) => x.slice !== 'dev')}`);
  }
  const none = (slice: (x: Labelled) => boolean) => xs.filter((x) => x.samePage && slice(x) && !x.features['said.read']);
  const line = (ys: Labelled[]) => `${ys.length}, ${ys.filter((x) => x.label).length}, ${ys.filter((x) => !x.happening).length}`;
  console.log(`  no statement | ${line(none((x) => x.slice === 'dev'))} | ${line(none((x) => x.slice !== 'dev'))}`);
  // By the clause's likeliest other kind and its odds, beyond the pages the happening bar already takes.
  const bar = shippedHappeningBar().bar;
  const open = xs.filter((x) => x.samePage && x.features['said.read'] && !(x.features['news.happening'] !== undefined && x.features['news.happening'] < bar));
  for (const kind of ['figure', 'state', 'forecast']) {
    for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      const at = (slice: (x: Labelled) => boolean) => open.filter((x) => slice(x) && (x.features[`said.${kind}`] ?? 0) >= t);
      console.log(`  said.${kind} ≥ ${t} | ${line(at((x) => x.slice === 'dev'))} | ${line(at((x) => x.slice !== 'dev'))}`);
    }
  }
}

/** Leave one slice out, the rule's page bar on it, the curves and (`EVENT_MODEL_NESTED=1`) the rule's bar held out slice by slice. */
function heldOutBars(labelled: readonly Labelled[], only: readonly string[] | undefined, learn: 'good' | 'happening', l2: number, names: readonly string[]): number {
  const happening = shippedHappeningBar().bar;
  const held = leaveOneSliceOut(labelled, only, learn);
  const bar = chooseBar(held, happening);
  gateCurves(held, happening, ruleBar(held, happening).best);
  if (process.env.EVENT_MODEL_NESTED) nestedRuleBar(labelled, names, learn, l2, happening);
  return bar;
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
  if (process.env.EVENT_MODEL_SAID_TABLE) saidTable(labelled);
  // `EVENT_MODEL_FEATURES=figure.,trigger.` fits only the features whose names start so; `all`, every feature;
  // `evt62`, session 31's twelve.
  const env = process.env.EVENT_MODEL_FEATURES;
  const only = env === 'all' ? undefined : env === 'evt62' ? EVT62_FEATURES : env === 'evt66' ? EVT66_FEATURES : (env?.split(',').filter(Boolean) ?? SHIPPED_FEATURES);
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
  const bar = process.env.EVENT_MODEL_UNSEEN !== '0' ? heldOutBars(labelled, only, learn, l2, featureNames) : 0;
  if (process.env.EVENT_MODEL_UNSEEN === '0') {
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
    const out: EventPageModel = {
      about: `Event page model weights (src/resolve/event-model.ts), written by npm run train-event-model: logistic regression, L2 ${l2} (${FOLDS}-fold cross-validation), trained on the ${examples.length} judged event pages of tests/gold/event-pages.json (dev) and tests/gold/event-pages-unseen.json, label ${learn}, features ${only ? only.join(' ') : 'all'} (cross-validated log loss ${loss.toFixed(4)}). threshold: the page bar, chosen on the pooled leave-one-slice-out confidences of the dev sets and the unseen slices (the highest bar whose pages taken beyond the happening bar are bad at least 2 in 3, at most ${process.env.EVENT_MODEL_GOOD_LOST ?? 0.05} of the good pages lost), 0 unless it raises the precision kept pooled and on the unseen slices. No text.`,
      bias: model.bias,
      weights: Object.fromEntries(sorted.map(([n, w]) => [n, w] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      threshold: bar,
    };
    writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
    console.log(`wrote ${path.relative(ROOT, OUT)}`);
  }
  console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
