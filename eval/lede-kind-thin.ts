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
 *   node --import tsx eval/lede-kind-thin.ts built COUNT
 *     (session 42, evt94) the same among BUILT_FILES, whose train ledes were judged only where the band drew: the
 *     built pages alone, no shape first, ranked by sha256(BUILT_SEED|article|sentence), the first COUNT printed — a
 *     random sample of the pages main builds, to count the not-happening kinds left among them.
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

/** Train ledes of `files` unjudged, outside the unseen draws, that main builds as pages, ranked by sha256(seed|article|sentence). */
async function builtLedes(files: readonly string[], seed: string, enough = Infinity): Promise<{ ranked: Lede[]; built: Lede[] }> {
  const judged = new Set(goldLabels(true).map(keyOf));
  const unseen = unseenDrawStories();
  const ledes = (await trainLedesIn(await preparedFiles(files), 'reuters')).filter((l) => !judged.has(keyOf(l)) && !unseen.has(Number(l.article.slice(-5))));
  const ranked = ledes.map((l) => ({ l, r: sha(`${seed}|${keyOf(l)}`) })).sort((a, b) => (a.r < b.r ? -1 : 1)).map(({ l }) => l);
  const bar = (JSON.parse(readFileSync(new URL('../src/extract/lede-kind-model.json', import.meta.url), 'utf8')) as { threshold: number }).threshold;
  // (Walked in that order until `enough` are found: each is an extraction.)
  const built: Lede[] = [];
  for (const l of ranked) if (built.length < enough && actedOn(l) && ledeKind(l.headline, l.text).happening >= bar) built.push(l);
  return { ranked, built };
}

const printLedes = (picked: readonly Lede[]) => {
  for (const l of picked) console.log(`${keyOf(l)}\t[${l.headline}] ${l.text}`);
};

async function drawCommand(count: number): Promise<void> {
  const { ranked, built } = await builtLedes(THIN_FILES, THIN_SEED);
  // (The thin kinds' shape first, then the rest of the built pages in the same seeded order.)
  const shaped = built.filter((l) => thinShape(l.text));
  const picked = [...shaped, ...built.filter((l) => !thinShape(l.text))].slice(0, count);
  printLedes(picked);
  console.error(`${ranked.length} unjudged train ledes; ${built.length} built as pages, ${shaped.length} of the thin kinds' shape; printed ${picked.length}`);
}

/** Session 42 (evt94): the files whose unjudged train ledes are many (the band drew about 30 from each). */
export const BUILT_FILES = ['017', '018', '019', '020', '021'].map((n) => `reut2-${n}.sgm`);
const BUILT_SEED = 'evt94';

async function builtCommand(count: number): Promise<void> {
  const { ranked, built } = await builtLedes(BUILT_FILES, BUILT_SEED, count);
  printLedes(built);
  console.error(`${ranked.length} unjudged train ledes; printed the first ${built.length} built as pages`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, a] = process.argv.slice(2);
  if (command === 'draw') await drawCommand(Number(a ?? 80));
  else if (command === 'built') await builtCommand(Number(a ?? 100));
  else throw new Error('usage: draw COUNT | built COUNT');
}
