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
 *
 *   node --import tsx eval/lede-kind-said.ts shapes COUNT [BBC]
 *     session 47 (evt108), pick `said-shape`: the same train ledes (unjudged, no unseen-draw or fresh story), drawn by
 *     the shape of a statement's said clause, never by any odds (`saidShape`, on the lede-kind features of the whole
 *     lede, a reporting verb before the clause): `state` — the said clause's verb a present copula ("said it is
 *     confident") or a view verb not in the past (WordNet's cognition, emotion or perception: "said it believes", "said
 *     it feels"; an expecting verb is the forecast's); `figure` — an amount as the complement of a change or motion verb
 *     or a figure verb ("said sales rose 12 pct"), or an amount "from" and "to"; `forecast` — "will" or "would" in its verb group, or the verb
 *     an expecting one ("expects", "sees", "forecast", "predicts"). Each shape takes COUNT/3 ledes in the order of
 *     sha256(SHAPE_SEED|article|sentence), the first BBC/3 (default 30 in all) of BBC politics and business and the
 *     rest of the shape's COUNT/3 of Reuters; a lede of two shapes is counted in the first that takes it. Printed with the headline only.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldLabels, preparedFiles, READ_FILES, trainLedes, trainLedesIn, type Lede } from './lede-kinds-data.ts';
import { BAND_FILES } from './lede-kind-bar.ts';
import { freshStories, unseenDrawStories } from './holdout.ts';
import { ledeKindOdds, saidClause } from './said-clause.ts';
import { ledeKindFeatures } from '../src/extract/lede-kind.ts';

const SAID_SEED = 'evt106';
const SHAPE_SEED = 'evt108';
/** The shapes of a said clause the `shapes` draw walks, in turn. */
export const SAID_SHAPES = ['state', 'figure', 'forecast'] as const;
export type SaidShape = (typeof SAID_SHAPES)[number];
/** The said clause's verbs that tell a view (WordNet's lexicographer files of src/extract/verb-senses.json). */
const VIEW_SENSES = ['said&vs:cognition', 'said&vs:emotion', 'said&vs:perception'];
/** An expecting verb as a said clause's own ("said it expects", "sees", "forecast"): the task's forecast shape. */
const EXPECTING = /^v:(?:expects?|expected|sees?|forecasts?|forecast|predicts?|predicted|anticipates?|projects?|projected)$/;
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

/** The ledes no label judges, outside the unseen draws' and fresh slices' stories. */
function openLedes(ledes: readonly Lede[]): Lede[] {
  const judged = new Set(goldLabels(true).map(keyOf));
  const closed = new Set([...unseenDrawStories(), ...freshStories()]);
  return ledes.filter((l) => !judged.has(keyOf(l)) && !(l.set === 'reuters' && closed.has(Number(l.article.slice(-5)))));
}

/** Unjudged ledes outside the unseen draws and fresh slices, ranked by the seed, walked until `count` are uncertain states. */
function drawn(ledes: readonly Lede[], count: number): Lede[] {
  const ranked = openLedes(ledes).map((l) => ({ l, r: sha(`${SAID_SEED}|${keyOf(l)}`) })).sort((a, b) => (a.r < b.r ? -1 : 1)).map(({ l }) => l);
  const out: Lede[] = [];
  for (const band of SAID_BANDS) for (const l of ranked) if (out.length < count && !out.includes(l) && saidStateUncertain(l, band)) out.push(l);
  return out;
}

/**
 * The shape of a lede's said clause (a reporting verb in the lede; src/extract/lede-kind.ts `saidVerbFeatures` and
 * `measureFeatures` read it): state, figure or forecast as SAID_SHAPES tells, or undefined. Features only, no odds.
 */
export function saidShape(f: Readonly<Record<string, number>>): SaidShape[] {
  if (!Object.keys(f).some((k) => k.startsWith('rep:') && k !== 'rep:after')) return [];
  const has = (re: RegExp) => Object.keys(f).some((k) => re.test(k));
  const expecting = has(EXPECTING);
  const out: SaidShape[] = [];
  const view = !f['said&v:past'] && !expecting && VIEW_SENSES.some((k) => f[k]);
  if ((f['said&v:copula'] && !f['said&v:past']) || view) out.push('state');
  if ((f['c:amount'] && (f['v:figure-verb'] || f['said&vs:change'] || f['said&vs:motion'])) || f['c:from-to']) out.push('figure');
  if (f['g:will'] || f['g:would'] || expecting) out.push('forecast');
  return out;
}

/** Unjudged open ledes by the shape seed's order, `perShape` of each shape (a lede counted in the first shape to take it). */
function drawnByShape(ledes: readonly Lede[], perShape: (shape: SaidShape) => number, taken: Set<string>): Lede[] {
  const ranked = openLedes(ledes).map((l) => ({ l, r: sha(`${SHAPE_SEED}|${keyOf(l)}`) })).sort((a, b) => (a.r < b.r ? -1 : 1)).map(({ l }) => l);
  const shaped = ranked.map((l) => ({ l, shapes: saidShape(ledeKindFeatures(l.headline, l.text)) }));
  const out: Lede[] = [];
  for (const shape of SAID_SHAPES) {
    let n = 0;
    for (const { l, shapes } of shaped) {
      if (n >= perShape(shape)) break;
      if (!shapes.includes(shape) || taken.has(keyOf(l))) continue;
      taken.add(keyOf(l));
      out.push(l);
      n++;
    }
    console.error(`  ${shape}: ${n} of ${shaped.filter((s) => s.shapes.includes(shape)).length} open ledes of the shape`);
  }
  return out;
}

async function shapesCommand(count: number, bbcCount: number): Promise<void> {
  const bbc = (await trainLedes('bbc')).filter((l) => /^(?:politics|business)-/.test(l.article));
  const reuters = [...(await trainLedes('reuters')), ...(await trainLedesIn(await preparedFiles(BAND_FILES), 'reuters'))];
  const taken = new Set<string>();
  const perBbc = Math.round(bbcCount / SAID_SHAPES.length);
  const fromBbc = drawnByShape(bbc, () => perBbc, taken);
  const ofShape = (shape: SaidShape) => fromBbc.filter((l) => saidShape(ledeKindFeatures(l.headline, l.text))[0] === shape).length;
  const fromReuters = drawnByShape(reuters, (shape) => Math.round(count / SAID_SHAPES.length) - ofShape(shape), taken);
  for (const l of [...fromBbc, ...fromReuters]) console.log(`${l.set}\t${keyOf(l)}\t[${l.headline}] ${l.text}`);
  console.error(`printed ${fromBbc.length + fromReuters.length} (BBC ${fromBbc.length})`);
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
  else if (command === 'shapes') await shapesCommand(Number(a ?? 150), Number(b ?? 30));
  else throw new Error('usage: draw COUNT [BBC] | shapes COUNT [BBC]');
}
