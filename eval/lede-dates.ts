/**
 * The date a reader gives an article's lede (issue 19, session 33, evt70): judged train ledes
 * (tests/gold/lede-dates.json, ids and labels only) against the date the extraction gives the lede's news.
 *
 * The ledes are those of train-split articles only: Reuters-21578 stories 0–899 of reut2-010 … reut2-015 (read
 * slices, none a dev or test key of tests/gold/*.json) and BBC articles, each kept only when its lede's event key
 * (`<article>|<sha256(sentence)[:12]>`, as eval/event-pages.ts keys a page) falls in the train half of the fixed
 * random order of eval/pages.ts (`order(...).split === 'train'`), and only articles no gold file names.
 *
 *   node --import tsx eval/lede-dates.ts list N [reuters|bbc]   the first N train ledes in the fixed order, to judge
 *                                                                (article, key, report day, headline, lede)
 *   node --import tsx eval/lede-dates.ts pick N [reuters|bbc]   the first N unjudged train ledes that name two times or a
 *                                                                relative or yearless one (TIME_WORDS), to judge next
 *   node --import tsx eval/lede-dates.ts score                   the confusion table: judged class/value against the
 *                                                                code's; EVAL_SHOW=wrong lists the misses' ids
 *   node --import tsx eval/lede-dates.ts cv [W,W…]               5-fold cross-validation of the anchor model trained
 *                                                                with the judged ledes' pairs at weights W (0: TimeML only)
 *
 * Classes (the header of the gold file): `report-day` (the happening is on the report's day, the convention for a
 * lede that gives no time: "X said it agreed …"), `own-day` (a day the text gives; value = its offset in days from
 * the report day), `own-period` (a week, month, quarter, season or year named; value = its granularity), `earlier-
 * unknown` (told as before the report with no day given: "had sold", "last year" is own-period), `later` (a plan's or
 * a schedule's own time), `none` (no happening: a table, a figure's level, a notice). BBC articles have no date
 * line: they are read on a nominal report day (NOMINAL_DAY), and their offsets are judged only when the text gives
 * them relative to the report ("yesterday"); a weekday's offset is then `null` (class only).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, parseReutersSgml, storyFileText } from '../bench/corpora.ts';
import { ingestFile } from '../src/ingest/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { ledeParagraph } from '../src/extract/events.ts';
import { datelineDay } from '../src/extract/dateline.ts';
import type { IngestedArticle } from '../src/types.ts';
import { order } from './pages.ts';
import { tokenize } from '../src/extract/assertion.ts';
import { anchorFeatures, useAnchorModel } from '../src/extract/anchor.ts';
import { contentVerbGroup } from '../src/extract/scheduled.ts';
import { datelineLength } from '../src/extract/dateline.ts';
import { taggedTerms } from '../src/extract/nlp.ts';
import type { Pair } from './train-anchor.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GOLD = path.join(ROOT, 'tests/gold/lede-dates.json');
const READ_FILES = ['reut2-010.sgm', 'reut2-011.sgm', 'reut2-012.sgm', 'reut2-013.sgm', 'reut2-014.sgm', 'reut2-015.sgm'];
const STORIES = 900;
/** BBC's articles carry no date: they are read as told on this day (a Wednesday), for the classes only. */
export const NOMINAL_DAY = '2005-03-16';

export type LedeClass = 'report-day' | 'own-day' | 'own-period' | 'earlier-unknown' | 'later' | 'none';
export interface LedeJudgment { article: string; sentence: string; split: 'train'; class: LedeClass; value: number | string | null }
export interface Lede { article: string; key: string; sentence: string; day: string; title: string; text: string; ingested: IngestedArticle; corpus: 'reuters' | 'bbc' }

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Files of train-split labels only (their headers say so): an article they name is no dev or test key, so it may be
 * judged here too. (Session 34: the lede kinds and roles of session 33, merged after this file's first 250 labels,
 * had hidden 60 of them.)
 */
const TRAIN_LABEL_FILES = new Set(['lede-dates.json', 'lede-kinds.json', 'lede-roles.json']);

/** Article ids any other gold file of tests/gold names: never judged here, whatever their key's split. */
function goldArticles(): Set<string> {
  const dir = path.join(ROOT, 'tests/gold');
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && !TRAIN_LABEL_FILES.has(n))) {
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/"article":\s*"([^"]+)"/g)) ids.add(m[1]!);
  }
  return ids;
}

function ledeOfArticle(ingested: IngestedArticle, corpus: 'reuters' | 'bbc'): Lede | undefined {
  const first = ledeParagraph(ingested);
  if (!first) return undefined;
  const lede = splitSentences([first])[0];
  if (!lede) return undefined;
  const header = ingested.date ?? NOMINAL_DAY;
  const day = (ingested.dateSource === 'header' ? datelineDay(lede.text, header) : undefined) ?? header;
  const sentence = sha(lede.text).slice(0, 12);
  return { article: ingested.id, key: `${ingested.id}|${sentence}`, sentence, day, title: ingested.title ?? '', text: lede.text, ingested, corpus };
}

/** Every train lede of the READ Reuters slices and of BBC, in the fixed random order of its key. */
export function trainLedes(): Lede[] {
  const excluded = goldArticles();
  const out: Lede[] = [];
  for (const file of READ_FILES) {
    const stories = parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', file)).toString('latin1')).slice(0, STORIES);
    for (const story of stories) {
      const id = `${file.replace(/\.sgm$/, '')}-${story.newId.padStart(5, '0')}`;
      const ingested = ingestFile({ file: `${id}.txt`, bytes: Buffer.from(storyFileText(story)) }, id).article;
      const lede = ingested && !excluded.has(id) ? ledeOfArticle(ingested, 'reuters') : undefined;
      if (lede) out.push(lede);
    }
  }
  const bbc = path.join(CORPUS, 'bbc');
  for (const category of readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(path.join(bbc, category)).sort()) {
      const id = `${category}-${name.replace(/\.[^.]+$/, '')}`;
      if (excluded.has(id)) continue;
      const ingested = ingestFile({ file: `${category}/${name}`, bytes: readFileSync(path.join(bbc, category, name)) }, id).article;
      const dated = ingested ? { ...ingested, date: NOMINAL_DAY, dateSource: 'header' as const } : undefined;
      const lede = dated ? ledeOfArticle(dated, 'bbc') : undefined;
      if (lede) out.push(lede);
    }
  }
  return out.map((l) => ({ l, o: order(`event|${l.key}`) })).filter(({ o }) => o.split === 'train')
    .sort((a, b) => b.o.rank - a.o.rank || (a.l.key < b.l.key ? -1 : 1)).map(({ l }) => l);
}

/** Time words a lede may name (`pick` only: which unjudged ledes to judge next), not a rule of the extraction. */
export const TIME_WORDS = /\b(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2}\b)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|overnight|(?:last|next|this|past|later this|earlier this) (?:week|month|year|quarter|spring|summer|autumn|fall|winter|weekend)|(?:first|second|third|fourth|fiscal) (?:quarter|half)|quarter|(?:19|20)\d\d)\b/gi;

const DAY_MS = 86_400_000;
const offset = (date: string, from: string) => Math.round((Date.parse(date) - Date.parse(from)) / DAY_MS);

/** The class and value the extraction gives a lede: from its article's news (the mention marked `lede`). */
export function codeReading(lede: Lede): { class: LedeClass; value: number | string | null } {
  const ex = extractArticle(lede.ingested);
  const news = ex.events.find((e) => e.lede);
  if (!news || news.mood === 'not-news' || news.mood === 'state') return { class: 'none', value: null };
  if (news.mood === 'forecast') return { class: 'later', value: null };
  if (news.date === null) return { class: 'earlier-unknown', value: null };
  // A month or a year not before the report's is a plan's own time (src/extract/plan.ts: "next week" is its month).
  if (news.precision !== 'day') return news.date >= lede.day.slice(0, news.date.length) ? { class: 'later', value: null } : { class: 'own-period', value: news.precision };
  const d = offset(news.date, lede.day);
  return d === 0 ? { class: 'report-day', value: null } : d > 0 ? { class: 'later', value: d } : { class: 'own-day', value: d };
}

/**
 * A judged lede as the extraction reads it: its own verb (src/extract/scheduled.ts `contentVerbGroup`), its sentence and the
 * dates it names after its dateline; undefined when it has no such verb or the extraction no such sentence.
 */
export function ledeRead(lede: Lede) {
  const text = lede.text;
  const verb = contentVerbGroup(taggedTerms(text), datelineLength(text));
  if (!verb) return undefined;
  const ex = extractArticle(lede.ingested);
  const sentence = ex.sentences.find((s) => s.text === text);
  if (!sentence) return undefined;
  const dates = ex.dates.filter((d) => d.sentence === sentence.index && d.start - sentence.start >= datelineLength(text));
  return { text, verb, sentence, dates };
}

/** The cross-validation fold (of 5) of a lede's key, by its hash: the same in every script that folds the judged ledes. */
export const foldOf = (key: string) => Number.parseInt(sha(key).slice(0, 8), 16) % 5;

/**
 * The anchor model's pairs of a judged lede (eval/train-anchor.ts): the lede's own verb — the first after the dateline
 * that is no reporting one (src/extract/scheduled.ts `contentVerbGroup`) — with each date the lede names after its dateline.
 * A pair is an anchor when the judged date is that date's: an own day at its offset (a day either way: a span
 * of two days is read by its first), an own month or year of that precision, a week's, quarter's or season's own period
 * by the first date before the report that names it, a later time by the first date after the report (at its
 * offset when one is judged). A lede judged on its report's day, or before it with no day, makes every pair no
 * anchor; one with no happening makes none.
 */
export function ledePairs(lede: Lede, judged: Pick<LedeJudgment, 'class' | 'value'>): Pair[] {
  if (judged.class === 'none') return [];
  const read = ledeRead(lede);
  if (!read) return [];
  const { text, verb, sentence, dates } = read;
  const anchor = judgedAnchor(lede, judged, dates);
  const tokens = tokenize(text);
  const event = tokens.findIndex((t) => t.end > verb.start);
  const out: Pair[] = [];
  for (const d of dates) {
    const from = tokens.findIndex((t) => t.end > d.start - sentence.start);
    const toAt = tokens.findIndex((t) => t.start >= d.end - sentence.start);
    const to = toAt < 0 ? tokens.length : toAt;
    if (event < 0 || from < 0 || (event >= from && event < to)) continue;
    out.push({ event: lede.key, linked: true, features: anchorFeatures(tokens, event, from, to), label: d === anchor ? 1 : 0, distance: from > event ? from - event : event - to });
  }
  return out;
}

/**
 * Which of the lede's `dates` (those after its dateline) the judged date is: an own day at its offset (a day either
 * way: a span of two days is read by its first), an own month or year of that precision, a week's, quarter's or
 * season's own period by the first date before the report that names it, a later time by the first date after the
 * report (at its offset when one is judged); none for a lede judged on its report's day, before it with no day, or
 * with no happening.
 */
export function judgedAnchor<D extends { value: string; precision: string }>(lede: Pick<Lede, 'day'>, judged: Pick<LedeJudgment, 'class' | 'value'>, dates: readonly D[]): D | undefined {
  const before = (v: string) => v < lede.day.slice(0, v.length);
  const after = (v: string) => v > lede.day.slice(0, v.length);
  const match = (d: D): boolean => {
    if (judged.class === 'own-day') return d.precision === 'day' && before(d.value) && (judged.value === null || Math.abs(offset(d.value, lede.day) - Number(judged.value)) <= 1);
    if (judged.class === 'own-period') {
      if (judged.value === 'month' || judged.value === 'year') return d.precision === judged.value && before(d.value);
      return before(d.value) || d.value === lede.day.slice(0, d.value.length);
    }
    if (judged.class === 'later') return after(d.value) && (typeof judged.value !== 'number' || (d.precision === 'day' && offset(d.value, lede.day) === judged.value));
    return false;
  };
  return dates.find(match);
}

/** The anchor pairs of every judged lede (eval/train-anchor.ts trains on them). */
export function allLedePairs(): Pair[] {
  const byKey = new Map(trainLedes().map((l) => [l.key, l]));
  return readGold().flatMap((g) => {
    const lede = byKey.get(`${g.article}|${g.sentence}`);
    return lede ? ledePairs(lede, g) : [];
  });
}

/**
 * Five-fold cross-validation on the judged ledes (folds by the key's rank): the anchor model trained on TimeML's
 * train split alone, and with the other four folds' lede pairs (LEDE_WEIGHT), each read on the held-out fold —
 * the lede's date as the extraction gives it (`codeReading`) and the held-out pairs.
 */
async function crossValidate(weights: number[]): Promise<void> {
  // (Imported here: eval/train-anchor.ts imports this file for its lede pairs.)
  const { timemlPairs, trainAnchor } = await import('./train-anchor.ts');
  const gold = readGold();
  const byKey = new Map(trainLedes().map((l) => [l.key, l]));
  const items = gold.map((g) => ({ g, lede: byKey.get(`${g.article}|${g.sentence}`)! })).filter((x) => x.lede);
  const pairs = items.map(({ g, lede }) => ledePairs(lede, g));
  const { train } = timemlPairs();
  const fold = (i: number) => foldOf(items[i]!.lede.key);
  for (const w of weights) {
    let exact = 0, happening = 0, dated = 0, pairRight = 0, pairN = 0;
    for (let k = 0; k < 5; k++) {
      const fit = pairs.filter((_, i) => fold(i) !== k).flat();
      const model = trainAnchor(train, fit, w);
      useAnchorModel(model);
      items.forEach(({ g, lede }, i) => {
        if (fold(i) !== k) return;
        const code = codeReading(lede);
        if (agrees(g, code).exact) exact++;
        if (g.class !== 'none' && code.class !== 'none') { happening++; if (agrees(g, code).exact) dated++; }
        for (const p of pairs[i]!) {
          pairN++;
          let score = 0;
          for (const f of p.features) { const v = model.weights[f]; if (v) score += v[1]! - v[0]!; }
          if ((score > 0 ? 1 : 0) === p.label) pairRight++;
        }
      });
    }
    useAnchorModel(undefined);
    console.log(`lede weight ${w}: ledes exact ${exact}/${items.length} = ${(exact / items.length).toFixed(3)}; both a happening: dated right ${dated}/${happening}; held-out pairs ${pairRight}/${pairN}`);
  }
}

export function readGold(): LedeJudgment[] {
  return (JSON.parse(readFileSync(GOLD, 'utf8')) as { items: LedeJudgment[] }).items;
}

/** Judged and read agree: the class, and the value where both give one (a weekday of BBC's nominal day: class only). */
export function agrees(gold: Pick<LedeJudgment, 'class' | 'value'>, code: { class: LedeClass; value: number | string | null }): { cls: boolean; exact: boolean } {
  const cls = gold.class === code.class;
  if (!cls) return { cls, exact: false };
  if (gold.class === 'own-day') return { cls, exact: gold.value === null || gold.value === code.value };
  if (gold.class === 'own-period') return { cls, exact: gold.value === code.value };
  return { cls, exact: true };
}

function score(): void {
  const gold = readGold();
  const byKey = new Map(trainLedes().map((l) => [l.key, l]));
  const classes: LedeClass[] = ['report-day', 'own-day', 'own-period', 'earlier-unknown', 'later', 'none'];
  const table = new Map<string, number>();
  let cls = 0, exact = 0, n = 0, happening = 0, dated = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const lede = byKey.get(`${g.article}|${g.sentence}`);
    if (!lede) { console.log(`missing lede ${g.article}`); continue; }
    const code = codeReading(lede);
    const a = agrees(g, code);
    n++;
    if (g.class !== 'none' && code.class !== 'none') { happening++; if (a.exact) dated++; }
    if (a.cls) cls++;
    if (a.exact) exact++;
    else misses.push(`${g.article} gold ${g.class}${g.value !== null ? `:${g.value}` : ''} code ${code.class}${code.value !== null ? `:${code.value}` : ''}`);
    table.set(`${g.class}|${code.class}`, (table.get(`${g.class}|${code.class}`) ?? 0) + 1);
  }
  console.log(`${n} judged ledes: class ${cls}/${n} = ${(cls / n).toFixed(3)}, class and value ${exact}/${n} = ${(exact / n).toFixed(3)}; both a happening: dated right ${dated}/${happening}`);
  console.log(`gold \\ code      ${classes.map((c) => c.slice(0, 9).padStart(10)).join('')}`);
  for (const g of classes) console.log(`${g.padEnd(16)} ${classes.map((c) => String(table.get(`${g}|${c}`) ?? 0).padStart(10)).join('')}`);
  if (process.env.EVAL_SHOW === 'wrong') for (const m of misses) console.log(`  ${m}`);
}

/** Train ledes to judge, one a line: index, article, key, report day and its weekday, headline, lede. */
function printToJudge(ledes: readonly Lede[]): void {
  for (const [i, l] of ledes.entries()) {
    const weekday = new Date(`${l.day}T00:00:00Z`).toUTCString().slice(0, 3);
    console.log(`${i} ${l.article} ${l.sentence} ${l.day} ${weekday} | ${l.title.slice(0, 80)} | ${l.text.slice(0, 400)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [cmd, n, only] = process.argv.slice(2);
  if (cmd === 'list') {
    const ledes = trainLedes().filter((l) => !only || l.corpus === only).slice(0, Number(n ?? 50));
    printToJudge(ledes);
  } else if (cmd === 'pick') {
    // Unjudged ledes whose text names two times or more, or a relative or yearless one: where a reader meets a wrong
    // date. Chosen by the text alone (TIME_WORDS), not by what the code reads, in the fixed order; N per corpus.
    const judged = new Set(readGold().map((g) => `${g.article}|${g.sentence}`));
    const timed = (l: Lede) => {
      const body = l.text.slice(datelineLength(l.text));
      const all = [...body.matchAll(TIME_WORDS)].map((m) => m[0].toLowerCase());
      return all.length >= 2 || all.some((w) => !/^(19|20)\d\d$/.test(w));
    };
    const ledes = trainLedes().filter((l) => !judged.has(l.key) && (!only || l.corpus === only) && timed(l)).slice(0, Number(n ?? 50));
    printToJudge(ledes);
  } else if (cmd === 'score') score();
  else if (cmd === 'cv') await crossValidate((n ?? '0,1,3,5').split(',').map(Number));
  else console.error('usage: lede-dates.ts list N [reuters|bbc] | pick N [reuters|bbc] | score | cv [W,W…]');
}
