/**
 * `npm run train-page-model`: trains the page model (src/resolve/page-model.ts) on the TRAIN split of the judged
 * entity pages (tests/gold/pages-{reuters,bbc}.json, keys of the train split, see eval/pages.ts), and sweeps the page
 * threshold on the DEV judgments. The test judgments are never read here.
 *
 * - Each name's features are the ones the build computes (`resolveEntities`'s `onPageFeatures`), over the archives
 *   eval/pages.ts builds (run `npm run eval:pages` first: this reads its inputs and extraction caches).
 * - The label is whether the judged name is a real, complete name (its type is not the page model's business).
 * - Logistic regression with an L2 penalty, fitted by batch gradient descent from zero weights (deterministic); the
 *   penalty is chosen by k-fold cross-validation on the train judgments alone (log loss): `PAGE_MODEL_FOLDS=3` (5
 *   unless told) and `PAGE_MODEL_L2S=0.01,0.003` (the penalties tried) for a shorter search.
 * - Writes src/resolve/page-model.json (weights only) unless `PAGE_MODEL_DRY=1`, and prints, per threshold, the dev
 *   samples' precision, pages, and the judged real names the threshold takes (a page at threshold 0, none at this
 *   one; those a page rule denies are listed apart), with pages per article.
 * - `PAGE_MODEL_L2=0.003` fits with that penalty and skips the cross-validation (to write weights already chosen).
 * - `PAGE_MODEL_REFIT=cue.,type.other.work-cued` fits only the features whose names start so, on the train judgments,
 *   with the shipped weights of all other features (and the shipped bias) held as they are: new features get their
 *   weights without moving the page decisions of names that have none of them.
 * - Each corpus's names and features are kept in .cache/eval-pages/<corpus>/judged-names.json; `PAGE_MODEL_REUSE=1`
 *   fits again from them without resolving the archives again (only while the features' code is unchanged).
 * - The fresh slices train too (eval/pages.ts `FRESH_SLICES`): pages drawn at random from Reuters stories past the
 *   first 3,000 (tests/gold/pages-reuters-fresh.json, ent81; pages-reuters-fresh-s45.json, ent82; all train; each
 *   slice's stories in .cache/eval-pages/SLICE/input, made by `holdout.ts prep reuters-slice SLICE DEST` with an
 *   `input.done` folder beside them).
 * - `PAGE_MODEL_LOSO=1`: leave one slice out (Reuters train, BBC train, each fresh slice): for each, a fit on the
 *   others at the chosen penalty, its log loss and AUC on the one left out, with every feature and with the features of
 *   `PAGE_MODEL_LOSO_NEW` (prefixes) dropped — whether the new features carry to text they were not fitted on.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageProbability, shippedPageModel, type Features, type PageModel } from '../src/resolve/page-model.ts';
import { judgedNames, type JudgedName } from './judged-names.ts';
import { auc, chooseL2, crossValidated, fit, logLoss, type Example } from './logistic.ts';
import { FRESH_SLICES, PAGE_SLICES, splitOf, readJudgments, SAMPLE, scoreSample, wilson, type PageJudgment } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'resolve', 'page-model.json');

/** Every resolved name of a corpus with its features (eval/judged-names.ts). */
const namesOf = (corpus: string) => judgedNames(corpus, !!process.env.PAGE_MODEL_REUSE);
type Name = JudgedName;

/** How many folds the penalty search uses (`PAGE_MODEL_FOLDS`, 5 unless told) and the penalties it tries (`PAGE_MODEL_L2S`). */
const FOLDS = Number(process.env.PAGE_MODEL_FOLDS ?? 5);
const PENALTIES = (process.env.PAGE_MODEL_L2S ?? '0.3,0.1,0.03,0.01,0.003,0.001').split(',').map(Number);

/** The weights that moved most from the shipped ones (a feature absent on one side counts as 0 there). */
function movedWeights(model: PageModel, count = 20): string {
  const base = shippedPageModel();
  const names = [...new Set([...Object.keys(base.weights), ...Object.keys(model.weights)])];
  const moved = names.map((n) => [n, base.weights[n] ?? 0, model.weights[n] ?? 0] as const).sort((a, b) => Math.abs(b[2] - b[1]) - Math.abs(a[2] - a[1]));
  return [`bias ${base.bias} -> ${model.bias}`, ...moved.slice(0, count).map(([n, was, now]) => `${n} ${was} -> ${now}`)].join(', ');
}

/** `PAGE_MODEL_DROP=tagger.min,at.listed`: features whose names start so are left out of the fit (to measure what they add). */
const drop = process.env.PAGE_MODEL_DROP?.split(',').filter(Boolean) ?? [];
const dropped = (feature: string) => drop.some((prefix) => feature.startsWith(prefix));

/** The prefixes of the features `PAGE_MODEL_REFIT` fits alone; none: a full fit. */
const refit = process.env.PAGE_MODEL_REFIT?.split(',').filter(Boolean);
const refitted = (feature: string) => !refit || refit.some((prefix) => feature.startsWith(prefix));

/** The score the shipped weights give a name's features that are not refitted (its bias included). */
function heldScore(f: Features): number {
  const base = shippedPageModel();
  return Object.entries(f).reduce((z, [name, v]) => z + (refitted(name) ? 0 : (base.weights[name] ?? 0) * v), base.bias);
}

function examplesOf(names: readonly Name[], judgments: Map<string, PageJudgment>, split: 'train' | 'dev'): Example[] {
  return names
    .filter((n) => !n.fixed && splitOf(n.corpus, n.key) === split && judgments.has(n.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((n) => ({ features: n.features, label: judgments.get(n.key)!.isName ? 1 : 0, offset: refit ? heldScore(n.features) : 0 }));
}

/** A refit's weights joined to the shipped ones it held (its bias the shipped one); a full fit as it is. */
function withHeldWeights(fitted: PageModel): PageModel {
  if (!refit) return fitted;
  const base = shippedPageModel();
  const held = Object.entries(base.weights).filter(([name]) => !refitted(name));
  return { about: '', bias: base.bias, weights: { ...Object.fromEntries(held), ...fitted.weights } };
}

/**
 * Dev precision, pages and the judged real names each threshold takes: those with a page at threshold 0 (no page rule
 * denies them) and none at this one. A judged real name a page rule denies, or one a curation or credit fixes, has
 * no page (or has one) whatever the threshold, so it tells nothing of where the threshold stands; it is listed apart.
 */
function sweep(corpora: { corpus: string; names: Name[]; articles: number; judgments: Map<string, PageJudgment> }[], model: PageModel): void {
  const lines = ['| threshold | corpus | dev pages | dev precision (95% interval) | not names | wrong type | unjudged | judged real dev names the threshold takes | pages per article |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  const pagesAt = (c: (typeof corpora)[number], t: number) => c.names.map((n) => ({ id: n.key, name: n.name, type: n.type, mentions: n.mentions, page: n.fixed || (!n.deniedByRule && pageProbability(model, n.features) >= t) }));
  const atZero = new Map(corpora.map((c) => [c, new Set(scoreSample(pagesAt(c, 0), c.judgments, 'dev', SAMPLE.dev).report.realNamesWithoutPage)]));
  for (const c of corpora) console.log(`${c.corpus}: judged real dev names a page rule denies (no page at any threshold): ${[...atZero.get(c)!].join('; ') || 'none'}`);
  for (const t of [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    for (const c of corpora) {
      const entities = pagesAt(c, t);
      const { report: r } = scoreSample(entities, c.judgments, 'dev', SAMPLE.dev);
      const [lo, hi] = wilson(r.right, r.pages);
      const taken = r.realNamesWithoutPage.filter((n) => !atZero.get(c)!.has(n));
      const pages = entities.filter((e) => e.page).length;
      lines.push(`| ${t} | ${c.corpus} | ${r.pages} | ${(r.pages ? r.right / r.pages : 0).toFixed(3)} (${lo.toFixed(3)}–${hi.toFixed(3)}) | ${r.notNames} | ${r.wrongType} | ${r.unjudged.length} | ${taken.length}${taken.length ? `: ${taken.join('; ')}` : ''} | ${(pages / c.articles).toFixed(2)} |`);
    }
  }
  console.log(lines.join('\n'));
}

/** Leave one slice out (`PAGE_MODEL_LOSO`): each slice's held-out log loss and AUC, all features and without the new. */
function leaveOneSliceOut(slices: { corpus: string; train: Example[] }[], l2: number, featureNames: readonly string[]): void {
  const fresh = process.env.PAGE_MODEL_LOSO_NEW?.split(',').filter(Boolean) ?? [];
  const without = featureNames.filter((n) => !fresh.some((prefix) => n.startsWith(prefix)));
  for (const [tag, names] of [['all features', featureNames], [`without ${fresh.join(', ') || 'none'}`, without]] as const) {
    const rows = slices.map((held) => {
      const rest = slices.filter((s) => s !== held).flatMap((s) => s.train);
      const model = fit(rest, l2, names, 3000, 0.5, !refit);
      const odds = held.train.map((x) => pageProbability({ ...model, bias: model.bias + x.offset }, x.features));
      return `${held.corpus} (${held.train.length}): log loss ${logLoss(model, held.train).toFixed(4)}, AUC ${auc(odds, held.train.map((x) => x.label)).toFixed(4)}`;
    });
    console.log(`leave one slice out at L2 ${l2}, ${tag}: ${rows.join('; ')}`);
  }
}

async function main() {
  const corpora = [];
  for (const corpus of PAGE_SLICES) {
    const { names, articles } = await namesOf(corpus);
    corpora.push({ corpus, names, articles, judgments: readJudgments(corpus) });
  }
  const train = corpora.flatMap((c) => examplesOf(c.names, c.judgments, 'train'));
  const dev = corpora.flatMap((c) => examplesOf(c.names, c.judgments, 'dev'));
  const featureNames = [...new Set(train.flatMap((x) => Object.keys(x.features)))].filter((n) => refitted(n) && !dropped(n)).sort();
  console.log(`train: ${train.length} judged names (${train.filter((x) => x.label).length} real), ${featureNames.length} features; dev: ${dev.length} judged names`);
  const l2 = process.env.PAGE_MODEL_L2 ? Number(process.env.PAGE_MODEL_L2) : chooseL2(train, featureNames, PENALTIES, FOLDS, !refit);
  if (process.env.PAGE_MODEL_AUC) {
    const { loss, held } = crossValidated(train, l2, featureNames, FOLDS, 1500, !refit);
    console.log(`${FOLDS}-fold cross-validated at L2 ${l2}: log loss ${loss.toFixed(4)}, AUC ${auc(held, train.map((x) => x.label)).toFixed(4)}`);
  }
  if (process.env.PAGE_MODEL_LOSO) leaveOneSliceOut(corpora.map((c) => ({ corpus: c.corpus, train: examplesOf(c.names, c.judgments, 'train') })), l2, featureNames);
  const model = withHeldWeights(fit(train, l2, featureNames, 3000, 0.5, !refit));
  const zero = train.map((x) => ({ ...x, offset: 0 }));
  const devZero = dev.map((x) => ({ ...x, offset: 0 }));
  const trained = `L2 ${l2} (${process.env.PAGE_MODEL_L2 ? 'given' : `${FOLDS}-fold cross-validation on train`}), trained on the ${train.length} judged train-split names of ${PAGE_SLICES.map((c) => `tests/gold/pages-${c}.json`).join(', ')}`;
  model.about = refit
    ? `${shippedPageModel().about.replace(/ No text\.$/, '')} Then the features ${refit.join(', ')} fitted alone with every other weight held: ${trained}. No text.`
    : `Page model weights (src/resolve/page-model.ts), written by npm run train-page-model: logistic regression, ${trained}. No text.`;
  console.log(`train log loss ${logLoss(model, zero).toFixed(4)}, dev log loss ${logLoss(model, devZero).toFixed(4)} (all ${dev.length} judged dev names); the shipped weights before: ${logLoss(shippedPageModel(), zero).toFixed(4)}, ${logLoss(shippedPageModel(), devZero).toFixed(4)}`);
  const devAuc = (m: PageModel) => auc(devZero.map((x) => pageProbability(m, x.features)), devZero.map((x) => x.label)).toFixed(4);
  console.log(`dev AUC ${devAuc(model)} (the shipped weights before: ${devAuc(shippedPageModel())})`);
  const sorted = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`strongest weights: ${sorted.slice(0, 20).map(([n, w]) => `${n} ${w}`).join(', ')}`);
  console.log(`weights that moved most: ${movedWeights(model)}`);
  sweep(corpora.filter((c) => !FRESH_SLICES.includes(c.corpus)), model);
  if (!process.env.PAGE_MODEL_DRY) {
    const ordered: PageModel = { about: model.about, bias: model.bias, weights: Object.fromEntries(Object.entries(model.weights).sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
    writeFileSync(OUT, `${JSON.stringify(ordered, null, 1)}\n`);
    console.log(`wrote ${path.relative(ROOT, OUT)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
