/**
 * `node --import tsx eval/page-bar.ts` (`npm run eval:page-bar`): where the bar for an entity page should stand when
 * a page must be a real name AND of the right type (issue 15 item 3). For every resolved name of the two eval
 * archives (eval/judged-names.ts: run `npm run eval:pages` first) it reads the page model's confidence, the type
 * model's probability of the type the build gave, the mentions and the articles, and prints, as a bar moves:
 *
 * - the dev samples (the first 200 dev keys of each corpus, eval/pages.ts `scoreSample`): pages, precision (real and
 *   of the judged type), real-and-right pages kept, and pages per article over the whole archive;
 * - (a) the page model's confidence alone; (b) joint rules (a name of one article, or any name, needs the type model's
 *   probability ≥ t); (c) a small logistic over these readings (and, apart, with the page model's features too),
 *   fitted on the TRAIN judgments only (label: real and of the built type), its penalty chosen by 5-fold
 *   cross-validation on train and its bar by the train folds' held-out odds; dev only checks it;
 * - (d)-(f), measured in session 36 (ent64), not shipped: the same logistic reading also what the type decision stood
 *   on (`barEvidence`: the vote's, the context model's and the tagger's agreement with the type built, its lead, and
 *   the name's shape), (e) the agreement and lead only, (f) only a slope of the type logit per type built (Platt
 *   calibration per type); each also ANDed with the shipped bar. Only (c) is ever written (PAGE_BAR_WRITE=1).
 * - (g), measured in session 36 (ent65): (c) fitted on the type model's odds CROSS-FITTED (`crossFittedTypeOdds`): each
 *   train name's type odds read by a combining model that did not learn it (five folds by article); dev reads the
 *   shipped type model's odds, as the build does; `PAGE_BAR_CROSSFIT_CONTEXT=1` refits the context model per fold too.
 *   Measured, not shipped (README Quality, ent65): the cross-fitted odds are no less sure than the in-sample ones.
 *   `PAGE_BAR_VARIANTS` (a regular expression on the tags) runs only the variants it matches.
 *
 * Only names with a page today are scored by a bar (a bar takes pages, it gives none); curated, credited and cue-typed
 * names keep theirs. Caveat: the page and type models learnt from the train judgments, so on train keys their odds
 * are surer than on any other text (in-sample); the logistic of (c) leans on them more than it should. Prints only
 * figures and counts; never a sentence, never a test key (the test split is not read).
 * `PAGE_BAR_REUSE=1` reads the names kept by the last run (while the features' code is unchanged).
 *
 * `PAGE_BAR_SLICES=1` (session 44, ent81): the bar chosen by leaving one slice out — Reuters train, BBC train and each
 * fresh slice of pages drawn from Reuters past the first 3,000 (eval/pages.ts `FRESH_SLICES`) — instead of 5 random folds.
 * Every train name's page odds are read by a page model fitted on the OTHER slices' judgments (`PAGE_MODEL_L2`, 0.001
 * unless told), so neither model has seen the slice it is scored on; (c)'s logistic is fitted on the other slices and read
 * on the one left out; the bar is the highest step at which the pooled held-out odds lose at most 4% of the right pages. Each
 * slice's held-out pages, precision and right pages lost are printed at that bar, once with every page feature and once
 * without those of `PAGE_BAR_NEW` (prefixes): whether new page features carry to text they were not fitted on.
 * `PAGE_BAR_WRITE=1` with it writes (c) fitted on every slice (out-of-slice page odds) with the bar so chosen.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shippedTypeModel, typeProbabilities, combinedFeatures, likeliestType, TYPES, type TypeModel } from '../src/resolve/type-model.ts';
import type { EntityType } from '../src/types.ts';
import { PAGE_THRESHOLD } from '../src/resolve/entities.ts';
import type { Features, PageModel } from '../src/resolve/page-model.ts';
import { pageProbability } from '../src/resolve/page-model.ts';
import { barFeatures, shippedPageBar, type PageBar } from '../src/resolve/page-bar.ts';
import { judgedNames, type JudgedName } from './judged-names.ts';
import { auc, chooseL2, crossValidated, fit, type Example } from './logistic.ts';
import { conllNames, examplesOf, featureNamesOf, fit as fitTypes, manyWeighted, withContext, type Example as TypeExample } from './train-type-model.ts';
import { isContextFeature, type LinearTypeModel } from '../src/resolve/type-model.ts';
import { createHash } from 'node:crypto';
import { FRESH_SLICES, PAGE_SLICES, order, readJudgments, SAMPLE, scoreSample, splitOf, wilson, type PageJudgment } from './pages.ts';
import { shippedPageModel } from '../src/resolve/page-model.ts';

/** A name with what a bar reads. */
export interface BarName {
  name: JudgedName;
  /** The page model's confidence (1: curated or credited). */
  page: number;
  /** The type model's probability of the type built (1: the type is fixed by curation, credit, a cue or a people's name). */
  type: number;
  mentions: number;
  articles: number;
  /** A page today (no page rule denies it and its confidence reaches the threshold; curated names always). */
  paged: boolean;
  /** Its page is no bar's to take (curated, credited, type fixed by a cue). */
  fixed: boolean;
  /** What the type decision stood on (absent where the type is fixed). */
  evidence?: BarEvidence;
}

/**
 * What the type model's decision stood on, as a bar of (d)-(f) reads it (measured in session 36, ent64; not shipped,
 * so it lives here, not in src/resolve/page-bar.ts): whether the type built is the archive-wide vote's, the context
 * model's likeliest and the tagger's likeliest where it reads best; its lead over the next likeliest type; and the
 * name's own shape as the type model reads it (a legal form ends it; a gazetteer list holds the whole name, or its
 * first word, as a country or city). None is a word.
 */
export interface BarEvidence {
  /**
   * The type built is the archive-wide vote's: the type the build gave the name before the model decided, 'other'
   * where no type was voted (src/resolve/entities.ts's fallback), which src/resolve/type-model.ts `typeFeatures`
   * records as the one `voted.<type>` feature (tests/type-model.test.ts). eval/type-calibration.ts reads it here.
   */
  vote: boolean;
  context: boolean;
  /** The tagger's likeliest type agrees (null: no reading where it reads best). */
  tagger: boolean | null;
  lead: number;
  legalForm: boolean;
  placeName: boolean;
  placeFirst: boolean;
}

const PLACE_LISTS = ['COUNTRY', 'CITY'];

/** The evidence of a type decision, from the type model's features of the name (`typeFeatures`). */
export function barEvidence(model: TypeModel, f: Features, built: EntityType): BarEvidence {
  const p = typeProbabilities(model.combine, combinedFeatures(model, f));
  const tagger = TYPES.find((t) => (f[`tagger.top.${t}`] ?? 0) > 0);
  return {
    vote: f[`voted.${built}`] === 1,
    context: likeliestType(typeProbabilities(model.context, f)) === built,
    tagger: tagger === undefined ? null : tagger === built,
    lead: p[built] - Math.max(...TYPES.filter((t) => t !== built).map((t) => p[t])),
    legalForm: (f['shape.legal-form'] ?? 0) > 0,
    placeName: PLACE_LISTS.some((l) => f[`gazetteer.name.${l}`]),
    placeFirst: PLACE_LISTS.some((l) => f[`gazetteer.first.${l}`]),
  };
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** The evidence as features, each with the type built (a body's shape may tell against it, a place's for it). */
export function evidenceFeatures(e: BarEvidence, type: number, built: EntityType): Features {
  const f: Features = {
    [`bar.type.logit.${built}`]: logit(type),
    'bar.lead': e.lead,
    [`bar.vote.${built}`]: e.vote ? 1 : 0,
    [`bar.context.${built}`]: e.context ? 1 : 0,
    [`bar.tagger.${e.tagger === null ? 'none' : e.tagger ? 'agrees' : 'differs'}.${built}`]: 1,
  };
  if (e.legalForm) f[`bar.legal-form.${built}`] = 1;
  if (e.placeName) f[`bar.place-name.${built}`] = 1;
  if (e.placeFirst) f[`bar.place-first.${built}`] = 1;
  return f;
}

export function barName(n: JudgedName): BarName {
  const model = shippedTypeModel();
  const page = n.confidence ?? (n.fixed ? 1 : 0);
  const type = n.typeFeatures ? typeProbabilities(model.combine, combinedFeatures(model, n.typeFeatures))[n.type] : 1;
  const articles = new Set(n.mentions.map((m) => m.article)).size;
  return {
    name: n, page, type, mentions: n.mentions.length, articles,
    paged: n.fixed || (!n.deniedByRule && page >= PAGE_THRESHOLD),
    fixed: n.fixed || !n.typeFeatures,
    ...(n.typeFeatures ? { evidence: barEvidence(model, n.typeFeatures, n.type) } : {}),
  };
}

/**
 * The readings of (c): the small set (src/resolve/page-bar.ts), and with `withPage` the page model's own features beside
 * it; with `withEvidence` (d) what the type decision stood on too (`barEvidence`).
 */
export function barFeaturesOf(b: BarName, withPage: boolean, withEvidence = false): Features {
  const f = barFeatures({ page: b.page, type: b.type, mentions: b.mentions, articles: b.articles, built: b.name.type });
  if (withEvidence && b.evidence) Object.assign(f, evidenceFeatures(b.evidence, b.type, b.name.type));
  if (withPage) for (const [k, v] of Object.entries(b.name.features)) f[`page.${k}`] = v;
  return f;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'resolve', 'page-bar.json');

type Rule = (b: BarName) => boolean;

export interface Corpus {
  corpus: string;
  names: BarName[];
  articles: number;
  judgments: Map<string, PageJudgment>;
}

/** A rule's figures on a corpus's dev sample and archive: a page is kept where it has one today and the rule keeps it. */
function dev(c: Corpus, keep: Rule) {
  const entities = c.names.map((b) => ({ id: b.name.key, name: b.name.name, type: b.name.type, mentions: b.name.mentions, page: b.paged && (b.fixed || keep(b)) }));
  const { report: r } = scoreSample(entities, c.judgments, 'dev', SAMPLE.dev);
  const pages = entities.filter((e) => e.page).length;
  const [lo, hi] = wilson(r.right, r.pages);
  return { r, pages, cell: `${(r.pages ? r.right / r.pages : 0).toFixed(3)} (${lo.toFixed(2)}–${hi.toFixed(2)}) ${r.pages}p ${r.right}ok ${r.notNames}nn ${r.wrongType}wt ${(pages / c.articles).toFixed(2)}/art` };
}

/** The judged train keys with a page today that a bar may take, labelled real and of the built type. */
function trainRows(c: Corpus): { b: BarName; label: number }[] {
  return c.names
    .filter((b) => b.paged && !b.fixed && splitOf(c.corpus, b.name.key) === 'train' && c.judgments.has(b.name.key))
    .sort((a, z) => (a.name.key < z.name.key ? -1 : 1))
    .map((b) => {
      const j = c.judgments.get(b.name.key)!;
      return { b, label: j.isName && j.type === b.name.type ? 1 : 0 };
    });
}

function table(corpora: Corpus[], rules: [string, Rule][]): void {
  const base = corpora.map((c) => dev(c, () => true).r.right);
  console.log(`| rule | ${corpora.map((c) => `${c.corpus} dev: precision (interval) pages, right, not names, wrong type, pages/article`).join(' | ')} | right pages lost |`);
  console.log(`| --- | ${corpora.map(() => '---').join(' | ')} | --- |`);
  for (const [label, rule] of rules) {
    const cells = corpora.map((c) => dev(c, rule));
    console.log(`| ${label} | ${cells.map((x) => x.cell).join(' | ')} | ${cells.map((x, i) => `${base[i]! - x.r.right}/${base[i]}`).join(', ')} |`);
  }
}

/** On train rows: precision and share of right pages kept by a rule (for a rule of held-out odds, the fold's). */
function trainLine(label: string, rows: { b: BarName; label: number }[], keep: (i: number) => boolean): string {
  const kept = rows.filter((_, i) => keep(i));
  const right = kept.filter((x) => x.label).length;
  const all = rows.filter((x) => x.label).length;
  return `${label}: train ${kept.length}/${rows.length} pages kept, precision ${(right / Math.max(1, kept.length)).toFixed(3)} (all ${(all / rows.length).toFixed(3)}), right kept ${right}/${all} (${((100 * (all - right)) / all).toFixed(1)}% lost)`;
}

/**
 * A logistic bar measured by `main`: its readings (`barFeaturesOf`: with the page model's features, with what the type
 * decision stood on), the features it keeps of them, and whether PAGE_BAR_WRITE writes it (only (c) ships: the build
 * reads no evidence).
 */
interface Variant {
  tag: string;
  withPage: boolean;
  withEvidence: boolean;
  keeps?: (feature: string) => boolean;
  writes?: boolean;
  /** Fitted on the type model's cross-fitted odds of the train names (`crossFittedTypeOdds`), not its in-sample odds. */
  crossFitted?: boolean;
}

/** The evidence's per-type slope of the type logit and the name's shape. */
const SHAPE = /^bar\.(?:type\.logit\.|legal-form\.|place-name\.|place-first\.)/;
const SLOPE = /^bar\.type\.logit\./;
/** The readings of (c) (src/resolve/page-bar.ts `barFeatures`). */
const READINGS = /^bar\.(?:page\.logit|type|type\.logit|mentions\.log|articles\.log|articles\.one|one-article\.type|built\.\w+)$/;

const VARIANTS: readonly Variant[] = [
  { tag: '(c) logistic, readings', withPage: false, withEvidence: false, writes: true },
  { tag: '(c+) logistic, readings and page features', withPage: true, withEvidence: false },
  // (d): the readings and the type decision's evidence (`barEvidence`).
  { tag: "(d) logistic, readings and the type decision's evidence", withPage: false, withEvidence: true },
  // (e): (d) without the per-type slopes and the shape (the decision's agreement and lead only).
  { tag: "(e) logistic, readings and the type decision's agreement", withPage: false, withEvidence: true, keeps: (k) => !SHAPE.test(k) },
  // (f): the readings and a slope of the type model's logit per type built (Platt calibration per type), nothing else.
  { tag: '(f) logistic, readings and a type-logit slope per type', withPage: false, withEvidence: true, keeps: (k) => READINGS.test(k) || SLOPE.test(k) },
  // (g): (c)'s readings, fitted on the type model's odds of the train names cross-fitted (ent65).
  { tag: '(g) logistic, readings, type odds cross-fitted', withPage: false, withEvidence: false, crossFitted: true },
];

/** The fold (of `FOLDS`) of a judged key: by its article, so that one article's names are held out together. */
const FOLDS = 5;
export const foldOf = (key: string) => createHash('sha1').update(key.split('\t')[0]!).digest()[0]! % FOLDS;

/**
 * The type model's probability of the type built for every train name a bar is fitted on, read by a combining model
 * that did not learn it (cross-fitting): the judged train names (eval/train-type-model.ts `examplesOf`, weighted as
 * the trainer weighs them) fall in five folds by article; for each fold the combining model is fitted again on the
 * other folds (`fit` of eval/train-type-model.ts, its features seen on three names, the shipped model's penalty) and
 * reads the fold's names. The context model is the shipped one, not refitted: it learnt from CoNLL's names and the
 * judged train names, so its odds on a held-out name are still in-sample (a refit per fold needs CoNLL eng.train
 * extracted and resolved, and five fits of it) unless `contextFolds` gives one context model per fold (each fitted on
 * CoNLL's names and the judged train names of the other folds, `contextFoldModels`): a fold's names are then read by
 * its own, and the combining model's training names by theirs. Names not judged real (a bar's negatives) are read by
 * their fold's models too, so every train name's odds come from the same kind of model.
 */
export function crossFittedTypeOdds(corpora: readonly Corpus[], contextFolds?: readonly LinearTypeModel[]): Map<BarName, number> {
  const model = shippedTypeModel();
  const l2 = Number(process.env.PAGE_BAR_COMBINE_L2 ?? /combine: L2 ([\d.]+)/.exec(model.about ?? '')?.[1] ?? 0.005);
  const judged = manyWeighted(judgedTrain(corpora));
  const train = corpora.flatMap((c) => c.names).filter((b) => b.name.typeFeatures && order(b.name.key).split === 'train');
  const contextOf = (fold: number) => contextFolds?.[fold] ?? model.context;
  const out = new Map<BarName, number>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = [...Array(FOLDS).keys()].filter((j) => j !== fold).flatMap((j) => withContext(contextOf(j), judged.filter((x) => foldOf(x.key!) === j)));
    const combine = fitTypes(rest, l2, featureNamesOf(rest));
    const held = train.filter((b) => foldOf(b.name.key) === fold);
    for (const b of held) out.set(b, typeProbabilities(combine, combinedFeatures({ context: contextOf(fold) }, b.name.typeFeatures!))[b.name.type]);
    console.log(`cross-fitting fold ${fold}: combining model fitted on ${rest.length} judged train names (L2 ${l2}), read ${held.length} train names`);
  }
  return out;
}

/** The judged real train names whose type the model decides (eval/train-type-model.ts `examplesOf`). */
const judgedTrain = (corpora: readonly Corpus[]) => corpora.flatMap((c) => examplesOf(c.names.map((b) => b.name), c.judgments, 'train'));

/**
 * One context model per fold (`PAGE_BAR_CROSSFIT_CONTEXT=1`): fitted, as eval/train-type-model.ts fits it, on CoNLL
 * eng.train's names (`conllNames`: extracted and resolved on first use) and the judged train names of the other folds,
 * its context features only, the shipped model's penalty.
 */
async function contextFoldModels(corpora: readonly Corpus[]): Promise<LinearTypeModel[]> {
  const l2 = Number(/context: L2 ([\d.]+)/.exec(shippedTypeModel().about ?? '')?.[1] ?? 0.0003);
  const onlyContext = (xs: readonly TypeExample[]) => xs.map((x) => ({ ...x, features: Object.fromEntries(Object.entries(x.features).filter(([n]) => isContextFeature(n))) }));
  const conll = onlyContext(await conllNames());
  const judged = onlyContext(judgedTrain(corpora));
  return [...Array(FOLDS).keys()].map((fold) => {
    const rest = [...conll, ...judged.filter((x) => foldOf(x.key!) !== fold)];
    console.log(`context model of fold ${fold}: ${rest.length} names (L2 ${l2})`);
    return fitTypes(rest, l2, featureNamesOf(rest));
  });
}

/** A name's features as a variant reads them. */
function variantFeatures(v: Variant, b: BarName): Features {
  const f = barFeaturesOf(b, v.withPage, v.withEvidence);
  return v.keeps ? Object.fromEntries(Object.entries(f).filter(([k]) => v.keeps!(k))) : f;
}

/**
 * A variant fitted on the train rows (its L2 by 5-fold cross-validation), with its weights and held-out lines printed,
 * and its bar: the highest (step 0.05) at which the train folds' held-out odds lose at most 4% of the right pages.
 */
function fitVariant(v: Variant, rows: { b: BarName; label: number }[], crossFitted?: Map<BarName, number>): { model: PageModel; l2: number; chosen: number } {
  if (v.crossFitted) rows = rows.map(({ b, label }) => ({ b: { ...b, type: crossFitted!.get(b) ?? b.type }, label }));
  const examples: Example[] = rows.map((x) => ({ features: variantFeatures(v, x.b), label: x.label, offset: 0 }));
  const names = [...new Set(examples.flatMap((x) => Object.keys(x.features)))].sort();
  console.log(`${v.tag}: ${names.length} features`);
  const l2 = chooseL2(examples, names, [0.1, 0.03, 0.01, 0.003, 0.001], 5);
  const { held } = crossValidated(examples, l2, names, 5);
  const model = fit(examples, l2, names);
  console.log(`${v.tag}: L2 ${l2}; weights ${Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12).map(([k, w]) => `${k} ${w}`).join(', ')}; bias ${model.bias}`);
  let chosen = 0;
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const bar = Math.round(t * 100) / 100;
    const keep = (i: number) => held[i]! >= bar;
    console.log(trainLine(`${v.tag} held-out ≥ ${bar}`, rows, keep));
    const all = rows.filter((x) => x.label).length;
    const lost = rows.filter((x, i) => x.label && !keep(i)).length;
    if (lost / all <= 0.04) chosen = bar;
  }
  console.log(`${v.tag}: bar chosen on train CV (≤ 4% of right train pages lost): ${chosen}`);
  return { model, l2, chosen };
}

/** src/resolve/page-bar.json written from (c)'s fit (PAGE_BAR_WRITE=1). */
function writePageBar(model: PageModel, l2: number, chosen: number, trainNames: number, crossFitted = false, bySlice = false): void {
  const ordered: PageBar = {
    about: bySlice
      ? `Page bar weights (src/resolve/page-bar.ts), written by PAGE_BAR_SLICES=1 PAGE_BAR_WRITE=1 npm run eval:page-bar: logistic regression, L2 ${l2} (5-fold cross-validation), trained on the ${trainNames} judged train names with a page of ${PAGE_SLICES.map((c) => `tests/gold/pages-${c}.json`).join(', ')} (label: real and of the judged type), each read with the page odds of a page model fitted on the other slices; bar ${chosen}, the highest step of 0.05 at which the odds of a bar fitted on the other slices lose at most 4% of each slice's right pages, pooled. No text.`
      : `Page bar weights (src/resolve/page-bar.ts), written by npm run eval:page-bar (PAGE_BAR_WRITE=${crossFitted ? 'g' : '1'}): logistic regression, L2 ${l2} (5-fold cross-validation on train), trained on the ${trainNames} judged train-split names with a page of tests/gold/pages-reuters.json and pages-bbc.json (label: real and of the judged type${crossFitted ? "; the type model's odds cross-fitted, five folds by article" : ''}); bar ${chosen}, the highest step of 0.05 at which the train folds' held-out odds lose at most 4% of the right train pages. No text.`,
    bar: chosen, bias: model.bias, weights: Object.fromEntries(Object.entries(model.weights).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
  writeFileSync(OUT, `${JSON.stringify(ordered, null, 1)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

/** A name read with other page odds: its page today follows them (a name a rule denies, or fixed, as it was). */
function withPageOdds(b: BarName, page: number): BarName {
  if (b.fixed || b.page === 1) return b;
  return { ...b, page, paged: !b.name.deniedByRule && page >= PAGE_THRESHOLD };
}

/** Each corpus's names with page odds from a page model fitted on the other corpora's judged train names (`drop`: features left out). */
function outOfSlicePageOdds(corpora: readonly Corpus[], drop: readonly string[]): Corpus[] {
  const l2 = Number(process.env.PAGE_MODEL_L2 ?? 0.001);
  const examplesOf = (c: Corpus): Example[] => c.names
    .filter((b) => !b.name.fixed && splitOf(c.corpus, b.name.key) === 'train' && c.judgments.has(b.name.key))
    .sort((a, z) => (a.name.key < z.name.key ? -1 : 1))
    .map((b) => ({ features: b.name.features, label: c.judgments.get(b.name.key)!.isName ? 1 : 0, offset: 0 }));
  return corpora.map((held) => {
    const rest = corpora.filter((c) => c !== held).flatMap(examplesOf);
    const names = [...new Set(rest.flatMap((x) => Object.keys(x.features)))].filter((n) => !drop.some((d) => n.startsWith(d))).sort();
    const model = fit(rest, l2, names);
    return { ...held, names: held.names.map((b) => withPageOdds(b, Math.round(pageProbability(model, b.name.features) * 1e6) / 1e6)) };
  });
}

/** (c) chosen by leaving one slice out: each slice's held-out odds from a bar fitted on the others; the bar by the pooled odds. */
function sliceBar(corpora: readonly Corpus[], drop: readonly string[], tag: string): { model: PageModel; l2: number; chosen: number; rows: number } {
  const sliced = outOfSlicePageOdds(corpora, drop);
  const v = VARIANTS[0]!;
  const rowsOf = sliced.map((c) => trainRows(c).map((x) => ({ ...x, features: variantFeatures(v, x.b) })));
  const all = rowsOf.flat();
  const names = [...new Set(all.flatMap((x) => Object.keys(x.features)))].sort();
  const asExamples = (rows: typeof all): Example[] => rows.map((x) => ({ features: x.features, label: x.label, offset: 0 }));
  const l2 = chooseL2(asExamples(all), names, [0.1, 0.03, 0.01, 0.003, 0.001], 5);
  const held = rowsOf.map((rows, i) => {
    const model = fit(asExamples(rowsOf.filter((_, j) => j !== i).flat()), l2, names);
    return rows.map((x) => pageProbability(model, x.features));
  });
  const pooled = held.flat();
  const right = all.filter((x) => x.label).length;
  let chosen = 0;
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const bar = Math.round(t * 100) / 100;
    if (all.filter((x, i) => x.label && pooled[i]! < bar).length / right <= 0.04) chosen = bar;
  }
  for (const bar of [...new Set([chosen, 0.3, 0.35, 0.4, 0.5])].sort()) {
    const cells = sliced.map((c, i) => trainLine(`${c.corpus}`, rowsOf[i]!, (k) => held[i]![k]! >= bar));
    console.log(`${tag}, held-out by slice, bar ${bar}${bar === chosen ? ' (chosen)' : ''}: ${cells.join(' | ')}`);
  }
  console.log(`${tag}: held-out log loss by slice ${sliced.map((c, i) => `${c.corpus} ${logLossOf(held[i]!, rowsOf[i]!.map((x) => x.label)).toFixed(4)}`).join(', ')}; bar chosen ${chosen} (L2 ${l2})`);
  return { model: fit(asExamples(all), l2, names), l2, chosen, rows: all.length };
}

const logLossOf = (p: readonly number[], y: readonly number[]) =>
  -p.reduce((s, q, i) => s + (y[i] ? Math.log(Math.max(1e-9, q)) : Math.log(Math.max(1e-9, 1 - q))), 0) / Math.max(1, p.length);

/** `PAGE_BAR_SLICES=1`: the bar by leaving one slice out, with and without the new page features (`PAGE_BAR_NEW`). */
async function mainBySlice(): Promise<void> {
  const corpora: Corpus[] = [];
  for (const corpus of PAGE_SLICES) {
    const { names, articles } = await judgedNames(corpus, !!process.env.PAGE_BAR_REUSE);
    corpora.push({ corpus, names: names.map(barName), articles, judgments: readJudgments(corpus) });
  }
  const fresh = process.env.PAGE_BAR_NEW?.split(',').filter(Boolean) ?? [];
  if (fresh.length) sliceBar(corpora, fresh, `without ${fresh.join(', ')}`);
  const { model, l2, chosen, rows } = sliceBar(corpora, [], 'every page feature');
  if (process.env.PAGE_BAR_WRITE === '1') writePageBar(model, l2, chosen, rows, false, true);
  // The dev samples as the build reads them: the shipped page model's odds, this bar.
  const shippedOdds = corpora.filter((c) => !FRESH_SLICES.includes(c.corpus)).map((c) => ({ ...c, names: c.names.map((b) => withPageOdds(b, pageProbability(shippedPageModel(), b.name.features))) }));
  table(shippedOdds, [['today', () => true], [`slice bar ≥ ${chosen}`, (b) => pageProbability(model, variantFeatures(VARIANTS[0]!, b)) >= chosen]]);
}

async function main() {
  if (process.env.PAGE_BAR_SLICES) return mainBySlice();
  const corpora: Corpus[] = [];
  for (const corpus of ['reuters', 'bbc']) {
    const { names, articles } = await judgedNames(corpus, !!process.env.PAGE_BAR_REUSE);
    corpora.push({ corpus, names: names.map(barName), articles, judgments: readJudgments(corpus) });
  }
  const rules: [string, Rule][] = [['today (page ≥ 0.2)', () => true]];
  for (const t of [0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) rules.push([`(a) page ≥ ${t}`, (b) => b.page >= t]);
  for (const t of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) rules.push([`(b) one article: type ≥ ${t}`, (b) => b.articles > 1 || b.type >= t]);
  for (const t of [0.4, 0.5, 0.6, 0.7]) rules.push([`(b) any: type ≥ ${t}`, (b) => b.type >= t]);
  for (const t of [0.5, 0.7]) rules.push([`(b) one mention: type ≥ ${t}`, (b) => b.mentions > 1 || b.type >= t]);
  for (const [p, t] of [[0.35, 0.5], [0.5, 0.5], [0.5, 0.7], [0.35, 0.7]] as const) rules.push([`(b) one article: page ≥ ${p} and type ≥ ${t}`, (b) => b.articles > 1 || (b.page >= p && b.type >= t)]);
  for (const [p, t] of [[0.5, 0.5], [0.6, 0.6], [0.7, 0.7]] as const) rules.push([`(b) one article: page·type ≥ ${p * t}`, (b) => b.articles > 1 || b.page * b.type >= p * t]);

  // (c): logistic on train judgments only.
  const rows = corpora.flatMap(trainRows);
  console.log(`train rows (judged train keys with a page today, not fixed): ${rows.length}, real and right ${rows.filter((x) => x.label).length}`);
  for (const [label, rule] of rules.slice(0, 1).concat(rules.filter(([l]) => l.startsWith('(b) one article: type')))) console.log(trainLine(label, rows, (i) => rule(rows[i]!.b)));
  const shipped = shippedPageBar();
  const only = process.env.PAGE_BAR_VARIANTS ? new RegExp(process.env.PAGE_BAR_VARIANTS) : null;
  const variants = VARIANTS.filter((v) => !only || only.test(v.tag));
  const crossFitted = variants.some((v) => v.crossFitted)
    ? crossFittedTypeOdds(corpora, process.env.PAGE_BAR_CROSSFIT_CONTEXT ? await contextFoldModels(corpora) : undefined)
    : undefined;
  if (crossFitted) {
    // How far the in-sample odds are from the cross-fitted ones on the rows a bar is fitted on.
    const oof = rows.map((x) => crossFitted.get(x.b) ?? x.b.type);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const labels = rows.map((x) => x.label);
    console.log(`train rows' type odds: in-sample mean ${mean(rows.map((x) => x.b.type)).toFixed(3)} (AUC for the label ${auc(rows.map((x) => x.b.type), labels).toFixed(3)}), cross-fitted mean ${mean(oof).toFixed(3)} (AUC ${auc(oof, labels).toFixed(3)}); of the right rows ${mean(rows.filter((x) => x.label).map((x) => x.b.type)).toFixed(3)} → ${mean(oof.filter((_, i) => labels[i])).toFixed(3)}, of the wrong ${mean(rows.filter((x) => !x.label).map((x) => x.b.type)).toFixed(3)} → ${mean(oof.filter((_, i) => !labels[i])).toFixed(3)}`);
  }
  for (const v of variants) {
    const { model, l2, chosen } = fitVariant(v, rows, crossFitted);
    // PAGE_BAR_WRITE=1 writes (c); PAGE_BAR_WRITE=<letter> that variant's fit instead (to build with it and measure).
    const write = process.env.PAGE_BAR_WRITE;
    if (write && (/^[a-z]$/.test(write) ? v.tag.startsWith(`(${write})`) && !v.withEvidence && !v.withPage : v.writes)) writePageBar(model, l2, chosen, rows.length, v.crossFitted);
    for (const bar of [...new Set([chosen, 0.5, 0.6, 0.7, 0.8])].sort()) rules.push([`${v.tag} ≥ ${bar}${bar === chosen ? ' (chosen on train)' : ''}`, (b) => pageProbability(model, variantFeatures(v, b)) >= bar]);
    if (v.withEvidence) rules.push([`${v.tag} ≥ ${chosen} and the shipped bar`, (b) => pageProbability(model, variantFeatures(v, b)) >= chosen && pageProbability(shipped, barFeaturesOf(b, false)) >= shipped.bar]);
  }
  table(corpora, rules);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
