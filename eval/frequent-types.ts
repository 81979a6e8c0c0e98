/**
 * `npm run check-type-model`: the type model's regression check on the archives' most frequent names. A dev sample
 * of about 90 pages holds few of the names a reader meets most often ("Chelsea", "Labour", "Tories"), so a retrain
 * that fixes the dev sample can still retype them; run this after every `npm run train-type-model`.
 *
 * - Names: every name of the eval archives (Reuters-21578's first 3,000 stories, BBC's 2,225 articles; the names
 *   eval/judged-names.ts keeps, so run `npm run eval:pages` first) whose type the model decides, ranked by their
 *   mentions; the first `FREQUENT_TYPES_TOP` (300) of each corpus.
 * - Compares the committed weights (`git show HEAD:src/resolve/type-model.json`, or the file `TYPE_MODEL_BEFORE`) with
 *   the working copy the trainer wrote (or `TYPE_MODEL_AFTER`) and lists each name whose type changes, with its
 *   judgment where its key is judged (train and dev keys only: test judgments are never read here).
 * - Judge each unjudged change by reading its evidence (`FREQUENT_TYPES_SHOW=1` prints a few of its sentences);
 *   a train key's judgment goes to tests/gold/pages-<corpus>.json with `"split": "train"`, so the next retrain
 *   learns from it. Exits 1 when a judged name changes to a wrong type.
 */
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decideType, TYPES, type TypeModel } from '../src/resolve/type-model.ts';
import type { Features } from '../src/resolve/page-model.ts';
import type { EntityType } from '../src/types.ts';
import { asGraphJsonV1, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { judgedNames, type JudgedName } from './judged-names.ts';
import { entityKey, judgmentKey, order, readJudgments, type PageJudgment, type Split } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEIGHTS = 'src/resolve/type-model.json';

export interface TypeChange {
  key: string;
  name: string;
  mentions: number;
  split: Split;
  before: EntityType;
  after: EntityType;
  /** The judged type (null: judged not a name); absent when the key is unjudged or of the test split. */
  judged?: EntityType | null;
}

const votedOf = (f: Features): EntityType => TYPES.find((t) => f[`voted.${t}`] === 1) ?? 'other';

/** The `top` most mentioned names the model types, and those whose type differs between the two models. */
export function frequentChanges(
  names: readonly Pick<JudgedName, 'key' | 'name' | 'mentions' | 'typeFeatures'>[],
  before: TypeModel, after: TypeModel, top: number, judgments: ReadonlyMap<string, PageJudgment>,
): TypeChange[] {
  const ranked = names
    .filter((n) => n.typeFeatures)
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, top);
  const out: TypeChange[] = [];
  for (const n of ranked) {
    const f = n.typeFeatures!;
    const was = decideType(before, f, votedOf(f));
    const now = decideType(after, f, votedOf(f));
    if (was === now) continue;
    const split = order(n.key).split;
    const j = split === 'test' ? undefined : judgments.get(n.key);
    out.push({ key: n.key, name: n.name, mentions: n.mentions.length, split, before: was, after: now, ...(j ? { judged: j.isName ? j.type : null } : {}) });
  }
  return out;
}

function weights(file: string | undefined, fallbackRevision: string): TypeModel {
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as TypeModel;
  return JSON.parse(execFileSync('git', ['show', `${fallbackRevision}:${WEIGHTS}`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 })) as TypeModel;
}

/** A few sentences of each key's name in the eval build's graph.json, to judge a change by. */
function sentencesOf(corpus: string, keys: ReadonlySet<string>): Map<string, string[]> {
  const file = path.join(ROOT, '.cache', 'eval-pages', corpus, 'graph.json');
  const out = new Map<string, string[]>();
  if (!existsSync(file)) return out;
  // The eval build's, of version 2 when it was built before version 3.
  const graph = asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson | GraphJsonV2);
  for (const e of [...graph.entities, ...graph.plainNames] as { name: string; mentions: { article: string; text: string; sentence?: string }[] }[]) {
    const k = entityKey(e);
    const key = judgmentKey(k.article, k.name);
    if (keys.has(key)) out.set(key, e.mentions.slice(0, 4).map((m) => `${m.article}: ${m.sentence ?? m.text}`));
  }
  return out;
}

async function main() {
  const before = weights(process.env.TYPE_MODEL_BEFORE, 'HEAD');
  const after = process.env.TYPE_MODEL_AFTER ? weights(process.env.TYPE_MODEL_AFTER, 'HEAD') : (JSON.parse(readFileSync(path.join(ROOT, WEIGHTS), 'utf8')) as TypeModel);
  const top = Number(process.env.FREQUENT_TYPES_TOP ?? 300);
  let wrong = 0;
  for (const corpus of ['reuters', 'bbc']) {
    const { names } = await judgedNames(corpus, true);
    const changes = frequentChanges(names, before, after, top, readJudgments(corpus));
    const show = process.env.FREQUENT_TYPES_SHOW ? sentencesOf(corpus, new Set(changes.map((c) => c.key))) : new Map<string, string[]>();
    const verdict = (c: TypeChange) => (c.judged === undefined ? 'unjudged' : c.judged === c.after ? 'right' : c.judged === c.before ? 'WRONG' : 'wrong either way');
    console.log(`\n${corpus}: ${changes.length} of the ${top} most mentioned typed names change type`);
    for (const c of changes) {
      console.log(`  ${c.name} (${c.mentions}; ${c.split} ${c.key.replace('\t', ': ')}): ${c.before} → ${c.after}, ${verdict(c)}${c.judged !== undefined ? ` (judged ${c.judged ?? 'not a name'})` : ''}`);
      for (const s of show.get(c.key) ?? []) console.log(`      ${s.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
    const count = (v: string) => changes.filter((c) => verdict(c) === v).length;
    console.log(`${corpus}: right ${count('right')}, WRONG ${count('WRONG')}, wrong either way ${count('wrong either way')}, unjudged ${count('unjudged')}`);
    wrong += count('WRONG');
  }
  if (wrong) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
