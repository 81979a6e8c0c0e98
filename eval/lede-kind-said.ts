/**
 * Issue 19, session 46 (evt106): states told under a saying — the lede-kind model's weak spot (evt103: of the 10 states
 * of tests/gold/modal-state-pages.json told under "said", 2 are read as no happening) — drawn at random to be judged.
 *
 *   node --import tsx eval/lede-kind-said.ts draw COUNT [BBC]
 *     train ledes (train keys; Reuters stories 0–899 of the files the trainer reads, READ_FILES and BAND_FILES; BBC
 *     politics and business) that tests/gold/lede-kinds.json does not judge, no story of tests/gold/unseen-draws.json
 *     or of a fresh page slice, whose said clause (eval/said-clause.ts) or, failing one, whole lede the shipped model
 *     reads uncertainly as a state (`uncertainState`: odds of a happening in a band of SAID_BANDS, state the
 *     likeliest other kind), the first band whole, then the next; each set ranked by sha256(SAID_SEED|article|sentence), the first BBC (default 40) of BBC and Reuters for
 *     the rest of COUNT printed with the headline (never the odds: the judge reads before the model's answer). A pick on the
 *     model's reading, not on the label.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldLabels, preparedFiles, READ_FILES, trainLedes, trainLedesIn, type Lede } from './lede-kinds-data.ts';
import { BAND_FILES } from './lede-kind-bar.ts';
import { freshStories, unseenDrawStories } from './holdout.ts';
import { ledeKindOdds, saidClause } from './said-clause.ts';

const SAID_SEED = 'evt106';
/**
 * The uncertain bands of a happening's odds, walked in turn: evt103's suggestion first (said states read a happening
 * at 0.3–0.7: 94 unjudged train ledes in all), then 0.2–0.8 for the rest of COUNT.
 */
export const SAID_BANDS = [{ lo: 0.3, hi: 0.7 }, { lo: 0.2, hi: 0.8 }] as const;
type Band = (typeof SAID_BANDS)[number];
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const keyOf = (l: { article: string; sentence: string }) => `${l.article}|${l.sentence}`;

/** Whether the model reads a sentence as a state at uncertain odds: a happening in the band, state its likeliest other kind. */
export function uncertainState(headline: string, sentence: string, band: Band = SAID_BANDS[0]): boolean {
  const odds = ledeKindOdds(headline, sentence);
  return odds.happening >= band.lo && odds.happening <= band.hi && odds.state >= Math.max(odds.figure, odds.forecast);
}

/** The said clause, else the whole lede, read as an uncertain state. */
export const saidStateUncertain = (l: Lede, band: Band = SAID_BANDS[0]): boolean => uncertainState(l.headline, saidClause(l.text) ?? l.text, band);

/** Unjudged ledes outside the unseen draws and fresh slices, ranked by the seed, walked until `count` are uncertain states. */
function drawn(ledes: readonly Lede[], count: number): Lede[] {
  const judged = new Set(goldLabels(true).map(keyOf));
  const closed = new Set([...unseenDrawStories(), ...freshStories()]);
  const open = ledes.filter((l) => !judged.has(keyOf(l)) && !(l.set === 'reuters' && closed.has(Number(l.article.slice(-5)))));
  const ranked = open.map((l) => ({ l, r: sha(`${SAID_SEED}|${keyOf(l)}`) })).sort((a, b) => (a.r < b.r ? -1 : 1)).map(({ l }) => l);
  const out: Lede[] = [];
  for (const band of SAID_BANDS) for (const l of ranked) if (out.length < count && !out.includes(l) && saidStateUncertain(l, band)) out.push(l);
  return out;
}

async function drawCommand(count: number, bbcCount: number): Promise<void> {
  const bbc = (await trainLedes('bbc')).filter((l) => /^(?:politics|business)-/.test(l.article));
  const reuters = [...(await trainLedes('reuters')), ...(await trainLedesIn(await preparedFiles(BAND_FILES), 'reuters'))];
  const fromBbc = drawn(bbc, Math.min(bbcCount, count));
  const picked = [...fromBbc, ...drawn(reuters, count - fromBbc.length)];
  for (const l of picked) console.log(`${l.set}\t${keyOf(l)}\t[${l.headline}] ${l.text}`);
  console.error(`${READ_FILES.length + BAND_FILES.length} Reuters files and BBC politics/business: printed ${picked.length}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, a, b] = process.argv.slice(2);
  if (command === 'draw') await drawCommand(Number(a ?? 120), Number(b ?? 40));
  else throw new Error('usage: draw COUNT [BBC]');
}
