/**
 * `node --import tsx eval/build-type-picks.ts`: writes tests/gold/type-picks.json, the judged train keys of
 * tests/gold/pages-*.json that were drawn where a model was least sure (an odds pick), pool by pool, read from the
 * commits that added them (each commit's judgments against its parent's). A refit of the type model can weigh these
 * pools down (eval/train-type-model.ts `TYPE_MODEL_PICKED_WEIGHT`): labels picked where a model is unsure skew a fit
 * toward the hard cases (evt78/evt79), while the judgments marked `"pick": "random"` (eval/type-uncertain.ts
 * `TYPE_UNCERTAIN_RANDOM`) are a random draw of the same train names, the honest cross-validation set. Keys only (ids):
 * no text.
 */
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { judgmentKey, type PageJudgment } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests', 'gold', 'type-picks.json');

/** The commits that added judgments picked by a model's odds, and how each was picked. */
export const ODDS_PICKS = [
  { commit: '86a4625', pool: 'page-model-unsure', how: 'keys the refitted page model was least sure of (0.2-0.6), session 31' },
  { commit: '7d6ab39', pool: 'type-model-unsure-ent57', how: 'eval/type-uncertain.ts: the vote and the type model disagree, then the smallest lead (session 33, ent57)' },
  { commit: 'e3140c1', pool: 'type-model-unsure-ent59', how: 'eval/type-uncertain.ts, as ent57 (session 34, ent59)' },
  { commit: 'b90c7e7', pool: 'context-model-disagrees-ent64', how: 'eval/type-uncertain.ts TYPE_UNCERTAIN_CONTEXT=1: the type built is not the context model\'s likeliest (session 36, ent64)' },
] as const;

const keysAt = (rev: string, corpus: string): Set<string> => {
  const text = execFileSync('git', ['show', `${rev}:tests/gold/pages-${corpus}.json`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return new Set((JSON.parse(text) as { judgments: PageJudgment[] }).judgments.map((j) => judgmentKey(j.article, j.name)));
};

function main() {
  const pools = ODDS_PICKS.map(({ commit, pool, how }) => {
    const keys: Record<string, string[]> = {};
    for (const corpus of ['reuters', 'bbc']) {
      const before = keysAt(`${commit}^`, corpus);
      keys[corpus] = [...keysAt(commit, corpus)].filter((k) => !before.has(k)).sort();
    }
    return { pool, commit, how, keys };
  });
  const about = 'Judged train keys of tests/gold/pages-*.json picked where a model was least sure (odds picks), by pool, each the keys its commit added; written by node --import tsx eval/build-type-picks.ts. Read by eval/train-type-model.ts (TYPE_MODEL_PICKED_WEIGHT). Keys (article, name as written) only.';
  writeFileSync(OUT, `${JSON.stringify({ about, pools }, null, 1)}\n`);
  for (const p of pools) console.log(`${p.pool} (${p.commit}): Reuters ${p.keys['reuters']!.length}, BBC ${p.keys['bbc']!.length}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
