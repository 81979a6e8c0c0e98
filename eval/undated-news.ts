/**
 * The news of undated articles (session 36, evt77), measured on the judged BBC train ledes of tests/gold/lede-kinds.json
 * (ids and labels only): how many of them src/extract/events/news.ts `markUndatedNews` makes their article's news (named,
 * no mood from the readers), how many of those are judged happenings, and what the lede-kind model's odds of a
 * happening — held out, 5-fold over all the judged ledes at the shipped model's L2, as eval/train-lede-kinds.ts folds
 * them — would add as a gate on them. The L2 is the shipped model's own (src/extract/lede-kind-model.json `l2.happening`,
 * written by eval/train-lede-kinds.ts); `UNDATED_NEWS_L2=L` folds at another.
 *
 *   node --import tsx eval/undated-news.ts
 */
import { crossValidated, type Example } from './logistic.ts';
import { goldLabels, trainLedes, type Lede } from './lede-kinds-data.ts';
import { ledeKindFeatures, type LedeKindModel } from '../src/extract/lede-kind.ts';
import { shippedJson } from '../src/util/shipped-json.ts';
import { extractArticleWithoutLedeKind } from '../src/extract/index.ts';

/** The L2 of the folds: UNDATED_NEWS_L2, else the shipped lede-kind model's (its `l2.happening`). */
const L2 = process.env.UNDATED_NEWS_L2 ? Number(process.env.UNDATED_NEWS_L2) : shippedL2();
const labels = goldLabels().filter((l) => l.kind !== 'other');
const rows: { set: string; kind: string; features: Record<string, number>; lede: Lede }[] = [];
for (const set of ['reuters', 'bbc'] as const) {
  const ledes = new Map((await trainLedes(set)).map((l) => [`${l.article}|${l.sentence}`, l]));
  for (const label of labels.filter((l) => l.set === set)) {
    const lede = ledes.get(`${label.article}|${label.sentence}`);
    if (!lede) throw new Error(`judged lede not found: ${label.article} ${label.sentence}`);
    rows.push({ set, kind: label.kind, features: ledeKindFeatures(lede.headline, lede.text), lede });
  }
}
const examples: Example[] = rows.map((r) => ({ features: r.features, label: r.kind === 'happening' ? 1 : 0, offset: 0 }));
const { held } = crossValidated(examples, L2, [...new Set(examples.flatMap((x) => Object.keys(x.features)))].sort(), 5);
const bbc: { kind: string; p: number; made: boolean }[] = [];
rows.forEach((r, i) => {
  if (r.set !== 'bbc') return;
  const news = extractArticleWithoutLedeKind(r.lede.ingested).events.find((e) => e.lede);
  bbc.push({ kind: r.kind, p: held[i]!, made: news !== undefined && news.mood === undefined && news.participants.length > 0 });
});
const count = (xs: readonly { kind: string }[]) => `${xs.length} (happenings ${xs.filter((x) => x.kind === 'happening').length})`;
console.log(`judged BBC train ledes ${count(bbc)}; made their article's news ${count(bbc.filter((x) => x.made))}`);
for (const t of [0.1, 0.3, 0.5, 0.7]) console.log(`  held-out odds of a happening below ${t}: marked ${count(bbc.filter((x) => x.made && x.p < t))}`);

function shippedL2(): number {
  const model = shippedJson(new URL('../src/extract/lede-kind-model.json', import.meta.url)) as LedeKindModel;
  if (!model.l2) throw new Error('src/extract/lede-kind-model.json has no l2 (written before session 37): retrain it, or give UNDATED_NEWS_L2');
  return model.l2.happening;
}
