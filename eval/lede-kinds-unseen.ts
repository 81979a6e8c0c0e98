/**
 * Two lede-kind models (src/extract/lede-kind.ts weights, e.g. main's and a retrain's) measured on text nobody tuned
 * on, printing ids, verdicts and odds only, never a sentence (session 36, evt78):
 *
 *   node --import tsx eval/lede-kinds-unseen.ts odds DIR[,DIR…] A.json B.json
 *     the ledes of the judged pages of tests/gold/event-pages-unseen.json found in the folders (eval/holdout.ts prep
 *     reuters reut2-0NN.sgm 900-999 DIR): each one's verdict and causes, and its odds of a happening, likeliest kind
 *     and that kind's bar under A and B; then, for each model, the AUC of the odds of the good pages against the bad
 *     pages that report no happening (causes figure, modal, state, negated) — whether a retrain ranks unseen ledes
 *     better — and how many of each the model drops.
 *   node --import tsx eval/lede-kinds-unseen.ts changes DIR[,DIR…] A.json B.json [all]
 *     the ledes the readers leave unmarked that would be pages (the ones markLedeKind acts on) which A and B mark
 *     differently: article id, sentence key, each model's mark, and the judged verdict if tests/gold/event-pages.json
 *     or event-pages-unseen.json has one; only dev-split keys are printed unless `all` is given (a folder of the
 *     judged archives holds test keys, which must stay blind: `all` is for never-judged slices only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles, readInputFolder } from '../src/ingest/index.ts';
import { extractArticleWithoutLedeKind } from '../src/extract/index.ts';
import { ledeKind, type LedeKindModel } from '../src/extract/lede-kind.ts';
import type { IngestedArticle } from '../src/types.ts';
import { order } from './pages.ts';
import { auc } from './logistic.ts';
import { sentenceHash } from './lede-roles.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
interface Judged { article: string; sentence: string; good: boolean; causes?: string[]; split?: string }
const judged = (file: string) => (JSON.parse(readFileSync(path.join(ROOT, 'tests/gold', file), 'utf8')) as { items: Judged[] }).items;
/** A bad page whose lede reports no happening, by its judges' causes. */
const NO_HAPPENING = /^(?:figure|modal|state|negated)$/;

/** The lede markTheNews makes the article's news of, before the model reads it, and whether the model may mark it. */
function ledeOf(a: IngestedArticle): { text: string; key: string; open: boolean } | undefined {
  if (a.date === null) return undefined;
  const x = extractArticleWithoutLedeKind(a);
  const news = x.events.find((e) => e.lede);
  if (!news) return undefined;
  const text = x.sentences.find((s) => s.index === news.sentence)!.text;
  const open = news.mood === undefined && news.participants.length > 0 && !(news.date !== null && news.date > a.date);
  return { text, key: sentenceHash(text), open };
}

/** The kind a model drops the lede as ('' when it keeps it), with its odds, likeliest kind and bar. */
function read(m: LedeKindModel, headline: string, text: string) {
  const r = ledeKind(headline, text, m);
  const bar = m.thresholds?.[r.kind] ?? m.threshold;
  return { ...r, bar, drops: r.happening < bar ? r.kind : '' };
}

async function articlesOf(dirs: string): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  for (const dir of dirs.split(',')) out.push(...ingestFiles((await readInputFolder(dir)).files).articles);
  return out;
}

async function main(): Promise<void> {
  const [command, dirs, a, b, only] = process.argv.slice(2);
  if (!dirs || !a || !b || (command !== 'odds' && command !== 'changes')) throw new Error('usage: odds|changes DIR[,DIR…] A.json B.json [all]');
  const models = [a, b].map((f) => JSON.parse(readFileSync(f, 'utf8')) as LedeKindModel);
  const gold = command === 'odds' ? judged('event-pages-unseen.json') : [...judged('event-pages.json'), ...judged('event-pages-unseen.json')];
  const rows: { good: boolean; noHappening: boolean; p: number[]; drops: string[] }[] = [];
  for (const article of await articlesOf(dirs)) {
    const lede = ledeOf(article);
    if (!lede) continue;
    const verdict = gold.find((g) => g.article === article.id && g.sentence === lede.key);
    const r = models.map((m) => read(m, article.title, lede.text));
    if (command === 'odds') {
      if (!verdict) continue;
      const noHappening = !verdict.good && (verdict.causes ?? []).some((c) => NO_HAPPENING.test(c));
      rows.push({ good: verdict.good, noHappening, p: r.map((x) => x.happening), drops: r.map((x) => (lede.open ? x.drops : '')) });
      console.log(`${article.id} ${verdict.good ? 'good' : `bad(${(verdict.causes ?? []).join('+')})`}${lede.open ? '' : ' [marked by a reader]'}\t${r.map((x, i) => `${'AB'[i]} ${x.happening.toFixed(3)} ${x.kind}/${x.bar}`).join('\t')}`);
    } else if (lede.open && r[0]!.drops !== r[1]!.drops) {
      if (only !== 'all' && order(`event|${article.id}|${lede.key}`).split !== 'dev') continue;
      console.log(`${article.id} ${lede.key} A:${r[0]!.drops || 'page'} B:${r[1]!.drops || 'page'} ${verdict ? (verdict.good ? 'good' : `bad(${(verdict.causes ?? []).join('+')})`) : 'unjudged'}`);
    }
  }
  if (command !== 'odds') return;
  const good = rows.filter((r) => r.good);
  const none = rows.filter((r) => r.noHappening);
  for (const k of [0, 1]) {
    console.log(`${'AB'[k]}: AUC good ${good.length} against no-happening bad ${none.length}: ${auc([...good, ...none].map((r) => r.p[k]!), [...good, ...none].map((r) => r.good)).toFixed(3)}; drops ${none.filter((r) => r.drops[k]).length} no-happening bad, ${good.filter((r) => r.drops[k]).length} good`);
  }
}

await main();
