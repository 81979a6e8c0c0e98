/**
 * (Issue 19, session 52, evt127) What a page gate can buy on held-out event pages: the precision / pages-kept curve of
 * a confidence (the shipped weights', or a leave-one-slice-out refit's) over judged pages, with 95% Wilson intervals —
 * at a given bar (with the happening bar beside, as the build gates) and at the bars keeping 90%, 80%, 70% and 60% of
 * the pages. Used by eval/train-event-model.ts; prints numbers only, no text of a page.
 */
import { auc } from './logistic.ts';
import { wilson } from './pages.ts';

/** A judged page with a confidence, its label, and the lede-kind odds of a happening when its news was read. */
export interface Scored { label: number; score: number; news?: number }

/** The pages a bar keeps, with the happening bar beside (a lede read below it is taken whatever its confidence). */
const keptAt = (xs: readonly Scored[], bar: number, happening: number) =>
  xs.filter((x) => x.score >= bar && !(x.news !== undefined && x.news < happening));

/** One row: the bar, pages kept (share), good kept, precision with its interval, good lost (per 10 good). */
function row(name: string, xs: readonly Scored[], kept: readonly Scored[], bar: number): string {
  const good = xs.filter((x) => x.label).length;
  const keptGood = kept.filter((x) => x.label).length;
  const [lo, hi] = wilson(keptGood, kept.length);
  const lost = good - keptGood;
  return `  ${name.padEnd(14)} | ${bar.toFixed(3)} | ${kept.length}/${xs.length} (${((100 * kept.length) / Math.max(1, xs.length)).toFixed(0)}%) | ${keptGood}/${kept.length} = ${(keptGood / Math.max(1, kept.length)).toFixed(3)} (${lo.toFixed(2)}–${hi.toFixed(2)}) | ${lost} (${((10 * lost) / Math.max(1, good)).toFixed(2)} in 10)`;
}

/** The bar keeping the `count` best-scored of the pages the happening bar leaves (pages tied at the bar all kept). */
function barKeeping(open: readonly Scored[], count: number): number {
  const scores = open.map((x) => x.score).sort((a, b) => b - a);
  return count >= scores.length ? 0 : scores[Math.max(0, count - 1)]!;
}

/** The curve of one confidence over held-out pages: AUC, no gate, the happening bar alone, `bars` named, and the kept shares. */
export function keptCurve(title: string, xs: readonly Scored[], happening: number, bars: Readonly<Record<string, number>>): string {
  const lines = [`${title}: ${xs.length} pages, ${xs.filter((x) => x.label).length} good, AUC ${auc(xs.map((x) => x.score), xs.map((x) => x.label)).toFixed(3)}`];
  lines.push('  gate           | bar   | pages kept | good kept = precision (95%) | good lost');
  lines.push(row('none', xs, xs, 0));
  lines.push(row('happening bar', xs, keptAt(xs, 0, happening), 0));
  for (const [name, bar] of Object.entries(bars)) lines.push(row(name, xs, keptAt(xs, bar, happening), bar));
  const open = keptAt(xs, 0, happening);
  for (const share of [0.9, 0.8, 0.7, 0.6]) {
    const bar = barKeeping(open, Math.round(share * xs.length));
    lines.push(row(`keep ${share * 100}%`, xs, keptAt(xs, bar, happening), bar));
  }
  return lines.join('\n');
}
