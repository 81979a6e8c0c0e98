/**
 * `node --import tsx eval/train-participant-roles.ts [extract]`: a participant-role model (issue 19, session
 * 42, evt95) over every participant, people and bodies as well as places, fitted on every role label of
 * tests/gold/participant-roles.json, clause-participants.json and place-roles.json (train-half keys of Reuters stories
 * 0–899 past the eval archive's first 3,000): label 1 where the name only describes, only tells the report or stands
 * in another clause, 0 where it is a party or the happening's setting; a name the reader got wrong (`name-error`) is
 * left out. Only the labelled articles are extracted (written by `eval/holdout.ts` `prepReutersStories` into
 * .cache/participant-roles/input when missing; the extractions kept in .cache/participant-roles/extractions.json,
 * which `PARTICIPANT_ROLES_REUSE=1` reads again). Logistic regression, L2 chosen by 5-fold cross-validation
 * (eval/logistic.ts); prints the held-out AUC, by label file and by type, beside the models it would replace read on
 * the same names: the place-role model cross-validated on the same places with its own features, and the shipped
 * lede-role model's odds on the ledes' names (fitted on other labels: held out as they stand); and, per threshold, what
 * the held-out odds would take. A measure only (session 42: it did not win where a threshold acts, so no weights ship).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/index.ts';
import { ingestFiles, readInputFolder } from '../src/ingest/index.ts';
import type { Features } from '../src/util/logistic.ts';
import type { ArticleExtraction, EntityMention, EntityType, Sentence } from '../src/types.ts';
import { triggerClause } from '../src/extract/clause.ts';
import { headlineNames } from '../src/extract/events/describing.ts';
import { placeRoleFeatures, takenByPlaceRule } from '../src/resolve/place-roles.ts';
import { ledeRoleFeatures, noPartOdds, triggerAt } from '../src/resolve/lede-roles.ts';
import { datelineLength } from '../src/extract/dateline.ts';
import { auc, chooseL2, crossValidated, type Example } from './logistic.ts';
import { prepReutersStories } from './holdout.ts';
import { ownSentenceParticipants, type OwnSentenceParticipant } from './own-sentence-participants.ts';

/** A participant of an event mention, as the model reads it. */
interface ParticipantInSentence {
  sentence: Sentence;
  mention: Pick<EntityMention, 'start' | 'end' | 'text' | 'confidence'>;
  type: EntityType;
  trigger: string;
  /** The extraction's reading of its part. */
  role: string;
  /** The sentence's names. */
  inSentence: readonly (Pick<EntityMention, 'start' | 'end' | 'text'> & { type: EntityType })[];
  headline: string;
  /** The sentence is the article's news (its lede). */
  lede: boolean;
}

/**
 * Sparse features left out, as the place-role model leaves them out (the words around the name and their clusters,
 * the tagger's confidence, how many names and capitals): too sparse for a thousand labels.
 */
const LEFT_OUT = /^(?:prev-word|next-word|confidence$|names\.|capitals-between\.)/;

/** The model's features of a participant (see the file's comment). */
function participantRoleFeatures(p: ParticipantInSentence): Features {
  const { sentence, mention, trigger, inSentence, type } = p;
  const text = sentence.text;
  const dateline = datelineLength(text);
  const names = inSentence.filter((o) => o.start - sentence.start >= dateline).sort((a, b) => a.start - b.start);
  const index = names.findIndex((o) => o.start === mention.start && o.end === mention.end);
  const rank = index >= 0 ? { index, count: names.length } : undefined;
  const f = ledeRoleFeatures(sentence, { start: mention.start, end: mention.end, type, confidence: mention.confidence }, trigger, index === 0, p.role, rank);
  if (type === 'place') for (const [k, v] of Object.entries(placeRoleFeatures({ sentence, mention, type, trigger, inSentence }))) f[`place.${k}`] = v;
  for (const k of Object.keys(f)) if (LEFT_OUT.test(k)) delete f[k];
  const start = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  const at = triggerAt(text, trigger);
  if (at >= 0) {
    const clause = triggerClause(text, at, at + trigger.length);
    const inside = clause.start <= start && end <= clause.end && !clause.asides.some((a) => a.start <= start && end <= a.end);
    f[`clause.${inside ? 'trigger' : 'other'}.${type}`] = 1;
  }
  if (headlineNames(p.headline, mention.text)) f[`in-headline.${type}`] = 1;
  if (p.lede) f['lede'] = 1;
  return f;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'participant-roles');
const FOLDS = 5;
const FILES = ['participant-roles', 'clause-participants', 'place-roles'] as const;
const NO_PART = new Set(['describing', 'source', 'other-clause']);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

interface Label { file: string; article: string; sentence: string; name: string; label: string }

const labels = (): Label[] => FILES.flatMap((file) => (JSON.parse(readFileSync(path.join(ROOT, 'tests/gold', `${file}.json`), 'utf8')) as { items: Omit<Label, 'file'>[] }).items
  .filter((g) => g.label !== 'name-error').map((g) => ({ ...g, file })));

async function extractions(): Promise<{ xs: ArticleExtraction[]; titles: Map<string, string> }> {
  const kept = path.join(WORK, 'extractions.json');
  if (process.env.PARTICIPANT_ROLES_REUSE && existsSync(kept)) return revive(JSON.parse(readFileSync(kept, 'utf8')) as { xs: ArticleExtraction[]; titles: [string, string][] });
  const input = path.join(WORK, 'input');
  if (!existsSync(input)) await prepReutersStories(new Set(labels().map((g) => Number(g.article))), input);
  const { files } = await readInputFolder(input);
  const articles = ingestFiles(files).articles;
  const out = { xs: articles.map(extractArticle), titles: articles.map((a) => [a.id, a.title] as [string, string]) };
  mkdirSync(WORK, { recursive: true });
  writeFileSync(kept, JSON.stringify(out));
  return revive(out);
}
const revive = (o: { xs: ArticleExtraction[]; titles: [string, string][] }) => ({ xs: o.xs, titles: new Map(o.titles) });

interface Row { key: string; file: string; label: string; type: string; lede: boolean; rule: boolean; ledeOdds?: number; features: Features; place?: Features }

/** Each labelled participant, read where an event of its sentence names it (the first such event of the article). */
function rows(xs: readonly ArticleExtraction[], titles: ReadonlyMap<string, string>): Row[] {
  const gold = labels();
  const byKey = new Map(gold.map((g) => [`${g.article}|${g.sentence}|${g.name}`, g]));
  const out = new Map<string, Row>();
  for (const at of ownSentenceParticipants(xs)) {
    const { x, mention, quoteHash } = at;
    const g = [mention.text, mention.canonical].map((n) => byKey.get(`${x.article}|${quoteHash}|${n}`)).find((v) => v);
    const key = g && `${g.file}|${g.article}|${g.sentence}|${g.name}`;
    if (!g || out.has(key!)) continue;
    out.set(key!, rowOf(key!, g, at, titles.get(x.article) ?? ''));
  }
  console.log(`${out.size} of ${gold.length} labelled participants read (name errors left out; the rest no longer named in an event of their sentence)`);
  return [...out.values()].sort((a, b) => (sha(a.key) < sha(b.key) ? -1 : 1));
}

/** A labelled participant's row: its features, the place-role model's, and the shipped lede-role model's odds. */
function rowOf(key: string, g: Label, { ev, participant, sentence, mention, inSentence }: OwnSentenceParticipant, headline: string): Row {
  const at: ParticipantInSentence = { sentence, mention, type: mention.type, trigger: ev.trigger, role: participant.role, inSentence, headline, lede: ev.lede === true };
  const place = mention.type === 'place' ? { sentence, mention, type: 'place' as const, trigger: ev.trigger, inSentence } : undefined;
  // (The lede-role model read as src/resolve/events/lede-parties.ts offTheNews reads it.)
  const names = inSentence.filter((e) => e.paragraph === sentence.paragraph && e.start >= sentence.start + datelineLength(sentence.text)).sort((a, b) => a.start - b.start);
  const index = names.indexOf(mention);
  const rank = index >= 0 ? { index, count: names.length } : undefined;
  const ledeOdds = ev.lede ? noPartOdds(sentence, { start: mention.start, end: mention.end, type: mention.type, confidence: mention.confidence }, ev.trigger, index === 0, participant.role, rank) : undefined;
  return {
    key, file: g.file, label: g.label, type: mention.type, lede: ev.lede === true, rule: place !== undefined && takenByPlaceRule(place),
    ...(ledeOdds === undefined ? {} : { ledeOdds }), features: participantRoleFeatures(at), ...(place ? { place: placeRoleFeatures(place) } : {}),
  };
}

const y = (r: Row) => (NO_PART.has(r.label) ? 1 : 0);
const aucOf = (rs: readonly { r: Row; p: number }[]) => (rs.length && rs.some(({ r }) => y(r)) && rs.some(({ r }) => !y(r)) ? auc(rs.map((x) => x.p), rs.map((x) => y(x.r))).toFixed(3) : '-');

/** A model's held-out odds (5-fold, L2 chosen by the same folds) for the examples. */
function heldOut(examples: Example[]): { held: number[]; l2: number } {
  const names = [...new Set(examples.flatMap((x) => Object.keys(x.features)))].sort();
  const l2 = chooseL2(examples, names, [0.1, 0.03, 0.01, 0.003], FOLDS);
  return { held: crossValidated(examples, l2, names, FOLDS).held, l2 };
}

/** Held-out AUC by label file and by type, and what each threshold takes. */
function report(data: readonly Row[], held: readonly number[]): void {
  const all = data.map((r, i) => ({ r, p: held[i]! })).filter(({ r }) => !r.rule);
  console.log(`held-out AUC on the ${all.length} names no place rule takes: ${aucOf(all)}`);
  for (const file of FILES) console.log(`  ${file}: ${aucOf(all.filter(({ r }) => r.file === file))} (${all.filter(({ r }) => r.file === file).length})`);
  for (const type of ['place', 'organization', 'person']) console.log(`  ${type}: ${aucOf(all.filter(({ r }) => r.type === type))}`);
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const taken = all.filter(({ p }) => p >= t);
    const wrong = taken.filter(({ r }) => !y(r));
    console.log(`  threshold ${t}: takes ${taken.length}, ${taken.length - wrong.length} no party, ${wrong.length} party or setting${wrong.length && wrong.length < 8 ? ` (${wrong.map(({ r }) => `${r.key} ${r.label}`).join('; ')})` : ''}`);
  }
}

/** The models it would replace, read on the same names: the place-role model (cross-validated), the lede-role model (as shipped). */
function baselines(data: readonly Row[], held: readonly number[]): void {
  const places = data.map((r, i) => ({ r, i })).filter(({ r }) => r.place);
  const placeHeld = heldOut(places.map(({ r }) => ({ features: r.place!, label: y(r), offset: 0 }))).held;
  const runTime = places.map(({ r, i }, k) => ({ r, p: placeHeld[k]!, q: held[i]! })).filter(({ r }) => !r.rule);
  console.log(`places no rule takes (${runTime.length}): place-role model (its features, same labels, held out) AUC ${aucOf(runTime)}; this model ${aucOf(runTime.map(({ r, q }) => ({ r, p: q })))}`);
  // (Each model's k places of highest held-out odds: how many of them only describe.)
  const top = (k: number, by: (x: (typeof runTime)[number]) => number) => [...runTime].sort((a, b) => by(b) - by(a)).slice(0, k).filter(({ r }) => y(r)).length;
  console.log(`  describing among the top k: ${[5, 10, 20, 40].map((k) => `k ${k}: place-role ${top(k, (x) => x.p)}, this ${top(k, (x) => x.q)}`).join('; ')}`);
  const ledes = data.map((r, i) => ({ r, p: held[i]! })).filter(({ r }) => r.ledeOdds !== undefined && !r.rule);
  console.log(`ledes' names (${ledes.length}): shipped lede-role model AUC ${aucOf(ledes.map(({ r }) => ({ r, p: r.ledeOdds! })))}; this model ${aucOf(ledes)}`);
}

async function main(): Promise<void> {
  const { xs, titles } = await extractions();
  if (process.argv[2] === 'extract') return;
  const data = rows(xs, titles);
  // (PARTICIPANT_ROLES_LEDE_ODDS=1: the shipped lede-role model's odds, as a logit, a feature of a lede's name.)
  const stacked = (r: Row): Features => (process.env.PARTICIPANT_ROLES_LEDE_ODDS && r.ledeOdds !== undefined ? { ...r.features, 'lede-odds': Math.log(r.ledeOdds / (1 - r.ledeOdds)) } : r.features);
  const examples: Example[] = data.map((r) => ({ features: stacked(r), label: y(r), offset: 0 }));
  console.log(`${examples.length} names, ${examples.filter((x) => x.label).length} no party; by file ${FILES.map((f) => `${f} ${data.filter((r) => r.file === f).length}`).join(', ')}`);
  const { held, l2 } = heldOut(examples);
  report(data, held);
  baselines(data, held);
}

await main();
