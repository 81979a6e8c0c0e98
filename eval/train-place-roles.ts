/**
 * `node --import tsx eval/train-place-roles.ts [extract|fit]`: trains the place-role model (src/resolve/place-roles.ts)
 * on the labels of tests/gold/place-roles.json (the place participants of train-half keys' event pages built from
 * reut2-005/-012/-018 and reut2-007/-011/-019 stories 0–899, seeded random picks evt81, evt82; eval/place-roles.ts):
 * label 1 where the place only describes (a body's home, a thing's place, a modifier, a place of another clause), 0
 * where it is a party or the setting. Only the labelled articles are extracted (their files converted by
 * `eval/holdout.ts prep` into PLACE_ROLES_INPUT, default .cache/place-roles/input, which is written when missing; the extractions kept in
 * .cache/place-roles/extractions.json, which `PLACE_ROLES_REUSE=1` reads instead of extracting again). Logistic
 * regression with an L2 penalty chosen by 5-fold cross-validation (eval/logistic.ts); prints the cross-validated
 * accuracy and, per threshold on the held-out odds, how many describing places would go and how many parties or
 * settings with them. Writes src/resolve/place-role-model.json unless `--dry` (or `PLACE_ROLES_DRY=1`), as the other trainers.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/index.ts';
import { ingestFiles, readInputFolder } from '../src/ingest/index.ts';
import type { ArticleExtraction } from '../src/types.ts';
import { type Features } from '../src/resolve/page-model.ts';
import { placeRoleFeatures, PLACE_ROLE_THRESHOLD, possessiveDescribes, takenByPlaceRule, type PlaceInSentence } from '../src/resolve/place-roles.ts';
import { auc, chooseL2, crossValidated, fit, type Example } from './logistic.ts';
import type { PlaceLabel } from './place-roles.ts';
import { prepReutersStories } from './holdout.ts';
import { ownSentenceParticipants } from './own-sentence-participants.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'place-roles');
const OUT = path.join(ROOT, 'src', 'resolve', 'place-role-model.json');
const FOLDS = 5;

async function extractions(): Promise<ArticleExtraction[]> {
  const kept = path.join(WORK, 'extractions.json');
  if (process.env.PLACE_ROLES_REUSE && existsSync(kept)) return JSON.parse(readFileSync(kept, 'utf8')) as ArticleExtraction[];
  const input = process.env.PLACE_ROLES_INPUT ?? path.join(WORK, 'input');
  // Without a folder given, the labelled articles' stories are written there first (a fresh clone has none).
  if (!process.env.PLACE_ROLES_INPUT && !existsSync(input)) await prepReutersStories(new Set(labels().map((g) => Number(g.article))), input);
  const { files } = await readInputFolder(input);
  const out = ingestFiles(files).articles.map(extractArticle);
  mkdirSync(WORK, { recursive: true });
  writeFileSync(kept, JSON.stringify(out));
  return out;
}

const labels = (): PlaceLabel[] => (JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/place-roles.json'), 'utf8')) as { items: PlaceLabel[] }).items;

interface Row { key: string; label: PlaceLabel['label']; seed: string; rule: boolean; possessive: boolean; features: Features }

/** Each labelled place's features, read where an event of its sentence names it as a participant. */
function rows(xs: readonly ArticleExtraction[]): Row[] {
  const gold = labels();
  const byKey = new Map(gold.map((g) => [`${g.article}|${g.sentence}|${g.name}`, g]));
  const out = new Map<string, Row>();
  for (const { x, ev, sentence, mention, inSentence, quoteHash } of ownSentenceParticipants(xs)) {
    const g = [mention.text, mention.canonical].map((n) => byKey.get(`${x.article}|${quoteHash}|${n}`)).find((v) => v);
    const key = g && `${g.article}|${g.sentence}|${g.name}`;
    if (!g || out.has(key!)) continue;
    const place: PlaceInSentence = { sentence, mention, type: 'place', trigger: ev.trigger, inSentence };
    out.set(key!, { key: key!, label: g.label, seed: g.seed ?? 'evt81', rule: takenByPlaceRule(place), possessive: possessiveDescribes(place), features: placeRoleFeatures(place) });
  }
  console.log(`${out.size} of ${gold.length} labelled places read (the rest: the extraction no longer names them in an event of their sentence)`);
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * The share of describing places among those still shown, per pick: with the rules alone, and with the rules and the
 * model's held-out odds at PLACE_ROLE_THRESHOLD (each place read by a model that never saw its label). A place a rule
 * takes is not shown either way (`Row.rule`).
 */
function shareShown(data: readonly Row[], held: readonly number[]): void {
  const byRule = (r: Row) => r.rule;
  const share = (xs: readonly Row[]) => `${xs.filter((r) => r.label === 'describing').length}/${xs.length} = ${(xs.filter((r) => r.label === 'describing').length / Math.max(1, xs.length)).toFixed(3)}`;
  for (const seed of ['all', ...new Set(data.map((r) => r.seed))]) {
    const of = data.map((r, i) => ({ r, p: held[i]! })).filter(({ r }) => seed === 'all' || r.seed === seed);
    const rules = of.filter(({ r }) => !byRule(r)).map(({ r }) => r);
    const model = of.filter(({ r, p }) => !byRule(r) && p < PLACE_ROLE_THRESHOLD).map(({ r }) => r);
    console.log(`  pick ${seed}: describing among the places shown: rules alone ${share(rules)}; rules and model (held out, threshold ${PLACE_ROLE_THRESHOLD}) ${share(model)}`);
  }
}

/**
 * The held-out odds read where the model reads at run time: on the places no rule takes (src/resolve/events/parties.ts
 * `noPartByRule` asks the rules first), its AUC and, per threshold, how many describing places it would take and how
 * many parties or settings with them.
 */
function reportRunTime(data: readonly Row[], held: readonly number[]): void {
  const read = data.map((r, i) => ({ r, p: held[i]! })).filter(({ r }) => !r.rule);
  console.log(`on the ${read.length} places no rule takes (the model's at run time): AUC ${auc(read.map((x) => x.p), read.map((x) => (x.r.label === 'describing' ? 1 : 0))).toFixed(3)}`);
  for (const t of [0.4, 0.5, 0.6, 0.7, 0.8]) {
    const taken = read.filter(({ p }) => p >= t).map(({ r }) => r);
    const wrong = taken.filter((r) => r.label !== 'describing');
    console.log(`  threshold ${t}: takes ${taken.length} places, ${taken.length - wrong.length} describing, ${wrong.length} party or setting (${wrong.map((r) => `${r.key} ${r.label}`).join('; ')})`);
  }
}

async function main(): Promise<void> {
  const xs = await extractions();
  if (process.argv[2] === 'extract') return;
  // (Fitted on every labelled place, those a rule takes too; the rules' readings are no features: session 39.)
  const data = rows(xs);
  const examples: Example[] = data.map((r) => ({ features: r.features, label: r.label === 'describing' ? 1 : 0, offset: 0 }));
  const featureNames = [...new Set(examples.flatMap((x) => Object.keys(x.features)))].sort();
  console.log(`${examples.length} places, ${examples.filter((x) => x.label).length} describing; ${featureNames.length} features; a rule takes ${data.filter((r) => r.rule).length} (${data.filter((r) => r.rule && r.label === 'describing').length} describing)`);
  // (Session 44's rule alone, a place's possessive of people, a body or a name: what it takes, by label.)
  const byPossessive = data.filter((r) => r.possessive);
  console.log(`  possessiveDescribes takes ${byPossessive.length}: ${['describing', 'party', 'setting'].map((l) => `${l} ${byPossessive.filter((r) => r.label === l).length}`).join(', ')}`);
  const l2 = chooseL2(examples, featureNames, [0.1, 0.03, 0.01, 0.003, 0.001], FOLDS);
  const { held } = crossValidated(examples, l2, featureNames, FOLDS);
  const right = held.filter((p, i) => (p >= 0.5) === (examples[i]!.label === 1)).length;
  console.log(`${FOLDS}-fold cross-validated accuracy at 0.5: ${right}/${held.length} = ${(right / held.length).toFixed(3)} (all-party baseline ${(examples.filter((x) => !x.label).length / examples.length).toFixed(3)}); AUC ${auc(held, examples.map((x) => x.label)).toFixed(3)}`);
  reportRunTime(data, held);
  shareShown(data, held);
  // (PLACE_ROLES_HELD=FILE: each labelled place's key, label and held-out odds, for reading the misses; train keys only.)
  if (process.env.PLACE_ROLES_HELD) writeFileSync(process.env.PLACE_ROLES_HELD, data.map((r, i) => `${r.key}\t${r.label}\t${held[i]!.toFixed(3)}\t${Object.keys(r.features).filter((k) => !k.includes('word')).join(' ')}`).join('\n'));
  if (process.env.PLACE_ROLES_DRY || process.argv.includes('--dry')) return;
  const model = fit(examples, l2, featureNames, 3000);
  model.about = `Place-role model weights (src/resolve/place-roles.ts), written by node --import tsx eval/train-place-roles.ts: logistic regression, L2 ${l2} (${FOLDS}-fold cross-validation: accuracy ${(right / held.length).toFixed(3)}), label 1 = the place only describes, trained on the ${examples.length} labelled places of tests/gold/place-roles.json its extraction reads (train-half keys of reut2-005/-012/-018/-007/-011/-019 stories 0-899); the threshold, ${PLACE_ROLE_THRESHOLD}, chosen on dev event pages. No text.`;
  writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
  console.log(Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([k, v]) => `${k} ${v}`).join(', '));
}

await main();
