/**
 * `node --import tsx eval/page-misses.ts` (issue 15, session 46): every judged TRAIN entity page that is wrong, counted
 * by the mechanism that made it wrong, over every labelled slice (eval/pages.ts `PAGE_SLICES`: Reuters and BBC train
 * keys, and each fresh slice). Test keys are never read; dev keys are left out (they choose, they do not train).
 *
 * - A judged no-name with a page: its SHAPE and the STAGE that made its span (eval/span-stages.ts): a span cut or
 *   glued is the span reader's miss (the tagger's span, the rules cutting the tagger's span, the rules joining or
 *   extending spans, or the rules alone), as is a span of several words "whole" as written (two names run together, a
 *   common word or a title joined to a name in capitals, a term); one word as written (a common word capitalised, a
 *   code, a fragment) is the page model's and the bar's to refuse.
 * - A judged real name of another type with a page: the type model's where it decided the type (the name has type
 *   features), split by whether it kept the archive's vote or overrode it; else a page rule's or the curation's.
 * Every row is also a miss of the page model and bar, which let the page through; the table names where the wrong
 * span or type was made. Counts are printed per slice for all judged keys and for the random draws alone (`pick:
 * "random"`, and every fresh slice), the draws that show what a reader meets; `PAGE_MISSES_KEYS=1` lists the keys;
 * `PAGE_MISSES_WHOLE=1` splits the spans of several words read whole by their shape (span-stages.ts `wholeShapeOf`).
 *
 * Needs each slice's graph.json and judged-names.json in .cache/eval-pages/SLICE: `npm run eval:pages` makes the first
 * two graphs; a fresh slice's graph is `chronicle extract --input .cache/eval-pages/SLICE/input --json
 * .cache/eval-pages/SLICE/graph.json --cache .cache/eval-pages/SLICE/cache` (input from `holdout.ts prep reuters-slice`);
 * `npm run train-page-model` keeps every slice's judged-names.json.
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import type { JudgedName } from './judged-names.ts';
import { entityKey, judgmentKey, PAGE_SLICES, readJudgments, splitOf, type PageJudgment } from './pages.ts';
import { shapeOf, stageOf, wholeShapeOf } from './span-stages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-pages');

type Entity = ReturnType<typeof asGraphJsonV1>['entities'][number];

/** Where a not-name's span was made: the span reader's stage for a cut or glued span, the page decision for a whole one. */
function notNameMechanism(e: Entity, article: string, name: string): string {
  const m = e.mentions.find((x) => x.article === article && x.text === name) ?? e.mentions[0]!;
  const sentence = m.sentence ?? '';
  const at = sentence.indexOf(m.text);
  const shape = at < 0 ? 'whole' : shapeOf(sentence, at, m.text).replace(/ \(.*/, '');
  const stage = at < 0 ? 'no sentence' : stageOf(sentence, at, at + m.text.length);
  if (shape !== 'whole') return `not a name, ${shape}: span reader (${stage})`;
  if (!/\s/.test(name.trim())) return 'not a name, one word as written: page model/bar';
  const by = process.env.PAGE_MISSES_WHOLE ? ` [${wholeShapeOf(name)}]` : '';
  return `not a name, several words as written${by}: span reader (${stage})`;
}

/** Where a wrong type was decided: the type model (keeping or overriding the archive's vote), or not the model's. */
function typeMechanism(named: JudgedName | undefined, built: string, judged: string): string {
  const f = named?.typeFeatures;
  if (!f) return `wrong type ${built}->${judged}: rule or curation`;
  const voted = Object.keys(f).find((k) => k.startsWith('voted.'))?.slice('voted.'.length);
  return `wrong type ${built}->${judged}: type model (${voted === built ? 'kept the vote' : `overrode the vote ${voted}`})`;
}

function mechanismOf(e: Entity, j: PageJudgment, named: JudgedName | undefined, article: string, name: string): string | null {
  if (!j.isName) return notNameMechanism(e, article, name);
  return j.type === e.type ? null : typeMechanism(named, e.type, j.type ?? '?');
}

/** The stage a mechanism names (span reader, page model/bar, type model, rule or curation), for the summary rows. */
const groupOf = (mechanism: string) => (mechanism === 'right' ? 'right' : mechanism.replace(/^.*?: /, '').replace(/ \(.*$/, ''));

function readSlice(corpus: string): { graph: ReturnType<typeof asGraphJsonV1>; named: Map<string, JudgedName> } | null {
  const file = path.join(WORK, corpus, 'graph.json');
  const kept = path.join(WORK, corpus, 'judged-names.json');
  if (!existsSync(file) || !existsSync(kept)) return null;
  const graph = asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson);
  const names = (JSON.parse(readFileSync(kept, 'utf8')) as { names: JudgedName[] }).names;
  return { graph, named: new Map(names.map((n) => [n.key, n])) };
}

function report(corpus: string, total: Map<string, number>): void {
  const slice = readSlice(corpus);
  if (!slice) return void console.log(`${corpus}: no graph.json or judged-names.json (see the header)`);
  const judgments = readJudgments(corpus);
  const counts = new Map<string, number>();
  const keys: string[] = [];
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of slice.graph.entities) {
    const k = entityKey(e);
    const key = judgmentKey(k.article, k.name);
    const j = judgments.get(key);
    if (!j || splitOf(corpus, key) !== 'train') continue;
    const random = j.pick === 'random' || corpus.includes('fresh') ? 'random' : 'all';
    const mechanism = mechanismOf(e, j, slice.named.get(key), k.article, k.name) ?? 'right';
    for (const draw of random === 'random' ? ['random', 'all'] : ['all']) {
      for (const row of [mechanism, `= ${groupOf(mechanism)}`]) {
        bump(counts, `${draw}\t${row}`);
        bump(total, `${draw}\t${row}`);
      }
    }
    if (mechanism !== 'right') keys.push(`${random}\t${mechanism}\t${k.article}\t${k.name}`);
  }
  print(corpus, counts);
  if (process.env.PAGE_MISSES_KEYS) console.log(keys.sort().join('\n'));
}

function print(title: string, counts: Map<string, number>): void {
  console.log(`${title}: judged train pages by mechanism`);
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) console.log(`  ${k.replace('\t', ' / ')}: ${n}`);
}

const total = new Map<string, number>();
for (const corpus of PAGE_SLICES) report(corpus, total);
print('pooled', total);
