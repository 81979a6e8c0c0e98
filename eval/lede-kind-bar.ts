/**
 * The lede-kind model's bar chosen for page precision (issue 19, session 39, evt87). The bar (src/extract/lede-kind.ts
 * `threshold`) turns a lede no reader marks into no page when its odds of a happening are below it. Session 33–38
 * chose it on held-out odds by a 1-in-20 rule (at most one happening among 20 ledes marked), which a few low-odds
 * happenings among ~13 held-out marks decide; the guide ranks page precision above recall. This draws the ledes
 * whose odds lie where a bar could go, at random, to be judged, and chooses the bar on them by a stated recall floor.
 *
 *   node --import tsx eval/lede-kind-bar.ts draw COUNT LO HI A.json[,B.json…]
 *     BAND_FILES' train ledes (stories 0–899; train keys only; no story of tests/gold/unseen-draws.json) that
 *     tests/gold/lede-kinds.json does not judge, that the model acts on (unmarked by the readers, a page: its news
 *     names a party, no day of its own after the article), and whose odds of a happening under any of the models lie
 *     in [LO, HI]; ranked by sha256(BAND_SEED|article|sentence), the first COUNT printed with the headline and the
 *     article's first paragraphs to judge by (never the odds: the judge reads before the model's answer).
 *   node --import tsx eval/lede-kind-bar.ts bars A.json [LOST_PER] [--write] [--below=P]
 *     on the judged band ledes (pick `band`): for each candidate bar, the ledes the model A marks (odds below it),
 *     how many are happenings — or states told under a statement's headline, good pages by the gate's convention
 *     (`pageKind`) — (pages lost) and how many not (bad pages dropped), debris left out; the bar chosen maximises the
 *     not-happenings dropped less LOST_PER (default 3) for each happening lost: a happening lost is worth LOST_PER
 *     bad pages dropped, at the margin (`barTable`). With --write, the bar becomes A's one threshold; --below=P
 *     keeps it below P (session 39: tests/lede-kind.test.ts's invented announced offer to buy back debentures, an
 *     announced action by the convention, reads 0.0844 under evt79's weights; the bar must leave it news).
 *     Since session 40 (evt89) the band is fitted too (eval/train-lede-kinds.ts), and the bar is chosen there on the
 *     band's held-out odds (`bandBar`, by this file's `barTable` and `pageKind`): `bars` on weights fitted on the band
 *     reads odds those labels pulled down.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldLabels, preparedFiles, trainLedesIn, type Lede } from './lede-kinds-data.ts';
import { unseenDrawStories } from './holdout.ts';
import { extractArticleWithoutLedeKind } from '../src/extract/index.ts';
import { ledeKind, type LedeKindModel } from '../src/extract/lede-kind.ts';
import { findTrigger } from '../src/extract/events.ts';
import { eventKind } from '../src/event-types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The files the band is drawn from (stories 0–899, train keys only; their 900–999 are the HOLD and unseen slices).
 * Not reut2-004 … reut2-015: sessions 35–36 (evt75, evt78) judged every lede of theirs a model then put below 0.4–0.6,
 * so their unjudged ledes hold about 13 in the band (reut2-005, -007 and -015 two; the brief's reut2-005, -007, -015
 * and -016 held 18 under 0.3); reut2-003 and reut2-016 … reut2-021, never drawn from for these labels, hold the band's
 * population.
 */
export const BAND_FILES = ['003', '016', '017', '018', '019', '020', '021'].map((n) => `reut2-${n}.sgm`);
const BAND_SEED = 'evt87';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const keyOf = (l: { article: string; sentence: string }) => `${l.article}|${l.sentence}`;
const readModel = (file: string) => JSON.parse(readFileSync(path.resolve(ROOT, file), 'utf8')) as LedeKindModel;

/** Whether markLedeKind may act on the lede: the readers give the news no mood, it names a party, and has no later day of its own. */
export function actedOn(l: Lede): boolean {
  const news = extractArticleWithoutLedeKind(l.ingested).events.find((e) => e.lede);
  const date = l.ingested.date;
  return news !== undefined && date !== null && news.mood === undefined && news.participants.length > 0 && !(news.date !== null && news.date > date);
}

/** The band's ledes: unjudged, outside the unseen draws, acted on, odds in [lo, hi] under some model; in the seeded order. */
export async function bandLedes(lo: number, hi: number, models: readonly LedeKindModel[]): Promise<Lede[]> {
  const judged = new Set(goldLabels(true).map(keyOf));
  const unseen = unseenDrawStories();
  const ledes = (await trainLedesIn(await preparedFiles(BAND_FILES), 'reuters')).filter((l) => {
    if (judged.has(keyOf(l)) || unseen.has(Number(l.article.slice(-5)))) return false;
    return models.some((m) => {
      const p = ledeKind(l.headline, l.text, m).happening;
      return p >= lo && p <= hi;
    });
  });
  const ranked = ledes.map((l) => ({ l, r: sha(`${BAND_SEED}|${keyOf(l)}`) })).sort((a, b) => (a.r < b.r ? -1 : 1)).map(({ l }) => l);
  return ranked.filter(actedOn);
}

async function drawCommand(count: number, lo: number, hi: number, models: string): Promise<void> {
  const ledes = await bandLedes(lo, hi, models.split(',').map(readModel));
  console.error(`${ledes.length} band ledes in [${lo}, ${hi}]; printing the first ${Math.min(count, ledes.length)}`);
  for (const l of ledes.slice(0, count)) {
    const rest = l.ingested.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text).join(' ').slice(0, 700);
    console.log(`${keyOf(l)}\n  [${l.headline}] ${l.text}\n  ${rest}\n`);
  }
}

interface Marked { kind: string; p: number }

/**
 * What a lede's page is by the event gate's conventions: a state told under a headline that tells a statement ("X SAYS
 * …") is kept as the statement's news and judged good (session 32's convention, written down in session 40: README
 * "Statements and views"; evt85 counted 7 of 12 train states so; the dev sample holds two such pages judged good at
 * odds 0.07–0.08), so it counts as a happening lost when dropped; every other kind as labelled.
 */
export const pageKind = (kind: string, statementHeadline: boolean) => (kind === 'state' && statementHeadline ? 'happening' : kind);
/** Whether a headline tells a statement (its trigger is one of reported speech: "X SAYS …"; the lede-kind feature `h:speech`). */
const toldAsStatement = (headline: string) => {
  const headlined = findTrigger(headline);
  return headlined !== null && eventKind(headlined.type).reportedSpeech === true;
};

/**
 * For each candidate bar: happenings lost and not-happenings dropped among the judged band ledes below it; the bar
 * chosen maximises dropped − lostPer × lost, so that every step up to it drops at least lostPer not-happenings for
 * each happening it loses (a cumulative ratio would spend the clean low odds' surplus on steps that lose one
 * happening for each bad page dropped).
 */
export function barTable(marked: readonly Marked[], lostPer: number, below = 1): { bar: number; rows: { bar: number; lost: number; dropped: number }[] } {
  const sorted = [...marked].sort((a, b) => a.p - b.p);
  const rows: { bar: number; lost: number; dropped: number }[] = [];
  let bar = 0;
  let best = 0;
  let lost = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (sorted[k]!.kind === 'happening') lost++;
    const next = sorted[k + 1]?.p ?? 1;
    if (next === sorted[k]!.p) continue;
    const at = Math.round(((sorted[k]!.p + next) / 2) * 1e4) / 1e4;
    const dropped = k + 1 - lost;
    rows.push({ bar: at, lost, dropped });
    // (Strictly above: among equal gains the lower bar, which loses fewer happenings.)
    if (at <= below && dropped - lostPer * lost > best) (best = dropped - lostPer * lost, bar = at);
  }
  return { bar, rows };
}

async function barsCommand(modelFile: string, lostPer: number, write: boolean, below: number): Promise<void> {
  const m = readModel(modelFile);
  const band = goldLabels(true).filter((g) => g.pick === 'band');
  const ledes = new Map((await trainLedesIn(await preparedFiles(BAND_FILES), 'reuters')).map((l) => [keyOf(l), l]));
  const marked = band.filter((g) => g.kind !== 'other').map((g) => {
    const l = ledes.get(keyOf(g))!;
    return { kind: pageKind(g.kind, toldAsStatement(l.headline)), p: ledeKind(l.headline, l.text, m).happening };
  });
  const kinds = (xs: readonly Marked[]) => [...new Set(xs.map((x) => x.kind))].sort().map((k) => `${k} ${xs.filter((x) => x.kind === k).length}`).join(', ');
  console.log(`${band.length} judged band ledes (${kinds(band.map((g) => ({ kind: g.kind, p: 0 })))}); ${marked.length} sentences (debris left out; a state under a statement's headline counted a happening)`);
  const { bar, rows } = barTable(marked, lostPer, below);
  for (const r of rows) console.log(`  bar ${r.bar.toFixed(4)}: ${r.dropped} not-happening dropped, ${r.lost} happenings lost, gain ${r.dropped - lostPer * r.lost}${r.bar === bar ? '  <- chosen' : ''}`);
  console.log(`chosen bar (the most not-happenings dropped less ${lostPer} for each happening lost): ${bar}; the model's own ${m.threshold}: ${kinds(marked.filter((x) => x.p < m.threshold))}`);
  if (write) writeBar(modelFile, m, bar, `the bar at which the not-happenings dropped less ${lostPer} for each happening lost are the most${below < 1 ? `, at most ${below}` : ''}`, band.length);
}

/** (--write: the chosen bar becomes the model's one threshold, its `about` saying how; per-kind thresholds dropped.) */
function writeBar(modelFile: string, m: LedeKindModel, bar: number, rule: string, judged: number): void {
  const { thresholds: _perKind, ...rest } = m;
  const about = `${m.about.replace(/ threshold: .*?(?= Weights only)/, '').replace(/ Weights only, no text\.$/, '')} threshold: chosen by eval/lede-kind-bar.ts bars (session 39) on the ${judged} judged band ledes of tests/gold/lede-kinds.json (pick band, never fitted): ${rule}. Weights only, no text.`;
  writeFileSync(path.resolve(ROOT, modelFile), `${JSON.stringify({ ...rest, about, threshold: bar }, null, 1)}\n`);
  console.log(`wrote ${modelFile}: threshold ${bar}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, a, b, c, d] = process.argv.slice(2);
  if (command === 'draw') await drawCommand(Number(a), Number(b), Number(c), d!);
  else if (command === 'bars') await barsCommand(a!, b && !b.startsWith('--') ? Number(b) : 3, process.argv.includes('--write'), Number(process.argv.find((x) => x.startsWith('--below='))?.slice(8) ?? 1));
  else throw new Error('usage: draw COUNT LO HI A.json[,B.json] | bars A.json [LOST_PER] [--write] [--below=P]');
}
