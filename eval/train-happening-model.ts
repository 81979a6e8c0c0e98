/**
 * `npm run train-happening-model` (issue 19, session 43, evt96): the happening decision — is the news a built event
 * page tells a happening at all, or a state, a figure, a plan on paper or a denial? — fitted on every judged event
 * page whose sentence is the article's news (the lede) and the lede-kind model read: tests/gold/event-pages.json's
 * dev keys (test keys dropped before anything is read) and tests/gold/event-pages-unseen.json's blind slices as they
 * are (their labels counted, never read one by one). The label is the judgment's `happening` (false: the causes state,
 * figure, modal, negated), read by the sentence's key, so a page whose title changed since keeps its sentence's label.
 *
 * Reads the features the event page model's trainer keeps (.cache/eval-event-pages/<set>/event-features.json, written
 * by `EVENT_MODEL_DRY=1 npm run train-event-model`: every built event's `eventFeatures`, the lede-kind model's odds
 * among them, src/extract/event-reading.ts). Held out by slice: each of the dev sets and the unseen slices in turn is
 * scored by a model fitted on all the others (its penalty by five-fold cross-validation on them), against the
 * lede-kind odds alone (no fit). The bar: on the held-out scores of the dev slices, the highest precision of
 * the judged pages kept at a recall cost of at most 2% of their good pages, checked on the unseen slices' held-out scores.
 * Writes src/resolve/happening-bar.json (the bar on the lede-kind odds: no fitted model beat them held out, session 43)
 * unless `HAPPENING_MODEL_DRY=1`; no text is printed.
 */
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Features } from '../src/resolve/page-model.ts';
import { pageProbability } from '../src/resolve/page-model.ts';
import { eventOrder, gold, SAMPLES, type Judged } from './event-pages.ts';
import { UNSEEN } from './train-event-model.ts';
import { auc, chooseL2, fit, type Example } from './logistic.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-event-pages');
const OUT = path.join(ROOT, 'src', 'resolve', 'happening-bar.json');
const PENALTIES = [0.3, 0.1, 0.03, 0.01, 0.003];
/** The recall the bar may cost: at most this share of the dev slices' good pages (judged as built) lost. */
const GOOD_LOST = Number(process.env.HAPPENING_MODEL_GOOD_LOST ?? 0.02);
/**
 * The features fitted (prefixes of `eventFeatures` names): the lede-kind odds, how the lede's reported verb and the
 * trigger are told (modal, negation, tense, the assertion and state models' odds), the sentence's figures, the kind.
 */
const FEATURES = (process.env.HAPPENING_MODEL_FEATURES ?? 'news.,reported.,state.,assertion.,trigger.modal-before,trigger.negation-before,trigger.tag.,figure.,sentence.modal,sentence.present-verbs,sentence.past-verbs,kind.')
  .split(',').filter(Boolean);

interface Page { slice: string; key: string; features: Features; happening: boolean; good?: boolean }

const unseenGold = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/event-pages-unseen.json'), 'utf8')) as { items: (Judged & { split: string })[] };

/** The judged lede pages of one slice: its kept features, each labelled by its sentence's judgment. */
function slicePages(slice: string, dir: string, judged: readonly Judged[]): Page[] {
  const file = path.join(WORK, dir, 'event-features.json');
  if (!existsSync(file)) throw new Error(`${file}: run EVENT_MODEL_DRY=1 npm run train-event-model first`);
  const events = JSON.parse(readFileSync(file, 'utf8')) as { key: string; page: string; features: Features }[];
  const bySentence = new Map(judged.map((j): [string, Judged] => [`${j.article}|${j.sentence}`, j]));
  const asJudged = new Set(judged.map((j) => `${j.article}|${j.sentence}|${j.page}`));
  return events.flatMap((e) => {
    const j = bySentence.get(e.key);
    if (!j || e.features['news.happening'] === undefined) return [];
    return [{ slice, key: e.key, features: e.features, happening: j.happening, good: asJudged.has(`${e.key}|${e.page}`) ? j.good : undefined }];
  });
}

/** Every judged lede page: the dev sets (test keys dropped first) and the unseen slices. */
function allPages(): Page[] {
  const dev = SAMPLES.flatMap((s) => slicePages(`dev-${s.set}`, s.set, gold.items.filter((j) => j.set === s.set && eventOrder(`${j.article}|${j.sentence}`).split === 'dev')));
  const unseen = UNSEEN.flatMap((u) => slicePages(u.split, u.split, unseenGold.items.filter((j) => j.split === u.split)));
  return [...dev, ...unseen];
}

const examplesOf = (pages: readonly Page[]): Example[] => pages.map((p) => ({ features: p.features, label: p.happening ? 1 : 0, offset: 0 }));
const namesOf = (xs: readonly Example[]) => [...new Set(xs.flatMap((x) => Object.keys(x.features)))].filter((n) => FEATURES.some((p) => n.startsWith(p))).sort();

/** A model of the happening, its penalty chosen by five-fold cross-validation on the pages it is fitted on. */
function fitted(pages: readonly Page[]) {
  const examples = examplesOf(pages);
  const names = namesOf(examples);
  const l2 = process.env.HAPPENING_MODEL_L2 ? Number(process.env.HAPPENING_MODEL_L2) : quietly(() => chooseL2(examples, names, PENALTIES, 5));
  return { ...fit(examples, l2, names), l2 };
}

const quietly = <T>(f: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try { return f(); } finally { console.log = log; }
};

type Scored = Page & { held: number; raw: number };

/** Each page scored by a model fitted on every other slice (leave one slice out), and by the lede-kind odds alone. */
function leaveOneSliceOut(pages: readonly Page[]): Scored[] {
  const out: Scored[] = [];
  for (const slice of [...new Set(pages.map((p) => p.slice))]) {
    const test = pages.filter((p) => p.slice === slice);
    const model = fitted(pages.filter((p) => p.slice !== slice));
    out.push(...test.map((p) => ({ ...p, held: pageProbability(model, p.features), raw: p.features['news.happening']! })));
  }
  return out;
}

const aucOf = (xs: readonly Scored[], by: 'held' | 'raw') => auc(xs.map((x) => x[by]), xs.map((x) => (x.happening ? 1 : 0)));

/** What a bar drops (not-happenings, happenings, good pages) and the precision of the judged pages it keeps. */
function dropped(xs: readonly Scored[], by: 'held' | 'raw', bar: number) {
  const taken = xs.filter((x) => x[by] < bar);
  const bad = taken.filter((x) => !x.happening).length;
  const kept = xs.filter((x) => x[by] >= bar && x.good !== undefined);
  const precision = kept.filter((x) => x.good).length / Math.max(1, kept.length);
  return { taken: taken.length, bad, lost: taken.length - bad, goodLost: taken.filter((x) => x.good).length, badPages: taken.filter((x) => x.good === false).length, precision };
}

/** The bar: the highest precision of the judged pages kept, at most GOOD_LOST of the good pages lost (ties: the lower). */
function barOf(xs: readonly Scored[], by: 'held' | 'raw'): number {
  const good = xs.filter((x) => x.good).length;
  let best = { bar: 0, precision: dropped(xs, by, 0).precision };
  for (const x of [...xs].sort((a, b) => a[by] - b[by])) {
    const bar = Math.round((x[by] + 0.0005) * 1000) / 1000;
    const d = dropped(xs, by, bar);
    if (d.goodLost <= GOOD_LOST * good && d.precision > best.precision) best = { bar, precision: d.precision };
  }
  return best.bar;
}

function report(scored: readonly Scored[]): void {
  const count = (xs: readonly Scored[]) => `${xs.length} pages, ${xs.filter((x) => !x.happening).length} no happening`;
  for (const slice of [...new Set(scored.map((x) => x.slice))]) {
    const xs = scored.filter((x) => x.slice === slice);
    console.log(`${slice}: ${count(xs)}; AUC held-out model ${aucOf(xs, 'held').toFixed(3)}, lede-kind odds ${aucOf(xs, 'raw').toFixed(3)}`);
  }
  const dev = scored.filter((x) => x.slice.startsWith('dev-'));
  const unseen = scored.filter((x) => !x.slice.startsWith('dev-'));
  for (const [name, xs] of [['dev', dev], ['unseen', unseen], ['all', scored]] as const) {
    console.log(`pooled ${name}: ${count(xs)}; AUC held-out model ${aucOf(xs, 'held').toFixed(3)}, lede-kind odds ${aucOf(xs, 'raw').toFixed(3)}`);
  }
  for (const by of ['held', 'raw'] as const) {
    const bar = barOf(dev, by);
    console.log(`\n${by === 'held' ? 'model' : 'lede-kind odds'}: bar on dev ${bar}; unseen's own best ${barOf(unseen, by)}`);
    console.log('  bar | dev: taken, not happening, happenings lost; bad pages, good pages lost; precision kept | unseen: the same');
    const row = (d: ReturnType<typeof dropped>) => `${d.taken}, ${d.bad}, ${d.lost}; ${d.badPages}, ${d.goodLost}; ${d.precision.toFixed(3)}`;
    for (const b of [...new Set([bar, 0, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.1, 0.2, 0.25, 0.3, 0.4])].sort()) {
      console.log(`  ${b}${b === bar ? ' (rule)' : ''} | ${row(dropped(dev, by, b))} | ${row(dropped(unseen, by, b))}`);
    }
  }
}

function main(): void {
  const pages = allPages();
  console.log(`judged lede pages: ${pages.length}, ${pages.filter((p) => !p.happening).length} no happening; features ${FEATURES.join(' ')}`);
  const scored = leaveOneSliceOut(pages);
  report(scored);
  const model = fitted(pages);
  const sorted = Object.entries(model.weights).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  console.log(`\nfitted on all ${pages.length} (L2 ${model.l2}); strongest: ${sorted.slice(0, 15).map(([n, w]) => `${n} ${w}`).join(', ')}`);
  // What ships: the lede-kind odds and their bar on the dev slices (no fitted model ranked the held-out slices better).
  const bar = barOf(scored.filter((x) => x.slice.startsWith('dev-')), 'raw');
  if (process.env.HAPPENING_MODEL_DRY) return;
  const about = `Happening decision bar (src/resolve/event-model.ts readAsNoHappening), written by npm run train-happening-model: an event whose news (its lede) the lede-kind model reads with odds of a happening below the bar gets no page. Chosen on the ${scored.filter((x) => x.slice.startsWith('dev-')).length} judged dev lede pages of tests/gold/event-pages.json: the highest precision of the judged pages kept at most ${GOOD_LOST} of their good pages lost; checked on the ${pages.length - scored.filter((x) => x.slice.startsWith('dev-')).length} of tests/gold/event-pages-unseen.json. No text.`;
  writeFileSync(OUT, `${JSON.stringify({ about, bar }, null, 1)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: bar ${bar}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
