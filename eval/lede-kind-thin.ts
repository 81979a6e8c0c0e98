/**
 * Issue 19, session 41 (evt92): the not-happening kinds the lede-kind model sees least — a negated plan or intention
 * ("has no plans to", "does not plan"), a party's stance ("told X it was flexible", "is willing to"), a condition
 * lasting over a span ("has been suffering … for the past two months") — drawn at random to be judged.
 *
 *   node --import tsx eval/lede-kind-thin.ts draw COUNT
 *     train ledes (stories 0–899, train keys) of THIN_FILES that tests/gold/lede-kinds.json does not judge, no story of
 *     tests/gold/unseen-draws.json, that main builds as pages (acted on by the lede-kind model and above its bar):
 *     first those whose main clause has a shape of those kinds (`thinShape`: a negation, a present copula, "been", a
 *     readiness word), then the other built pages, each group ranked by sha256(THIN_SEED|article|sentence): the first
 *     COUNT printed with the headline (never the odds: the judge reads before the model's answer). A pick on the
 *     sentence's shape, not its label (session 41: about 300 unjudged train ledes in those files, 51 of that shape).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldLabels, preparedFiles, trainLedesIn, type Lede } from './lede-kinds-data.ts';
import { unseenDrawStories } from './holdout.ts';
import { actedOn } from './lede-kind-bar.ts';
import { ledeKind } from '../src/extract/lede-kind.ts';
import { datelineLength } from '../src/extract/dateline.ts';
import { withoutRelativeClauses } from '../src/extract/news-kind.ts';

export const THIN_FILES = ['005', '015', '016'].map((n) => `reut2-${n}.sgm`);
const THIN_SEED = 'evt92';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const keyOf = (l: { article: string; sentence: string }) => `${l.article}|${l.sentence}`;

/** A main clause with a negation, a present copula, "been" (a perfect or passive lasting), or a word of readiness. */
export const thinShape = (lede: string): boolean =>
  /\b(?:no|not|never|without|nor|is|are|remains?|been|willing|prepared|ready|flexible|unable)\b|n['’]t\b/i.test(withoutRelativeClauses(lede).slice(datelineLength(lede)));

async function drawCommand(count: number): Promise<void> {
  const judged = new Set(goldLabels(true).map(keyOf));
  const unseen = unseenDrawStories();
  const ledes = (await trainLedesIn(await preparedFiles(THIN_FILES), 'reuters')).filter((l) => !judged.has(keyOf(l)) && !unseen.has(Number(l.article.slice(-5))));
  const ranked = ledes.map((l) => ({ l, r: sha(`${THIN_SEED}|${keyOf(l)}`) })).sort((a, b) => (a.r < b.r ? -1 : 1)).map(({ l }) => l);
  const bar = (JSON.parse(readFileSync(new URL('../src/extract/lede-kind-model.json', import.meta.url), 'utf8')) as { threshold: number }).threshold;
  const built = ranked.filter((l) => actedOn(l) && ledeKind(l.headline, l.text).happening >= bar);
  // (The thin kinds' shape first, then the rest of the built pages in the same seeded order.)
  const shaped = built.filter((l) => thinShape(l.text));
  const picked = [...shaped, ...built.filter((l) => !thinShape(l.text))].slice(0, count);
  for (const l of picked) console.log(`${keyOf(l)}\t[${l.headline}] ${l.text}`);
  console.error(`${ranked.length} unjudged train ledes; ${built.length} built as pages, ${shaped.length} of the thin kinds' shape; printed ${picked.length}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, a] = process.argv.slice(2);
  if (command === 'draw') await drawCommand(Number(a ?? 80));
  else throw new Error('usage: draw COUNT');
}
