/**
 * `node --import tsx eval/type-model-moves.ts BEFORE.json AFTER.json [split]`: the judged real names of the eval
 * archives (dev unless `split` says train) whose type two weight files (src/resolve/type-model.json and a refit,
 * `TYPE_MODEL_OUT`) decide apart, by key, with the evidence that moves them: per model (context, combining), the
 * features whose change of weight, times the name's value, moves the score of the new type against the old one most.
 * Reads the names kept by the trainer (.cache/eval-pages/<corpus>/judged-names.json: run `npm run train-type-model`
 * or eval/judged-names.ts first); both files are read over the same features, the branch's. Ids and features only.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { combinedFeatures, decideType, typeProbabilities, type LinearTypeModel, type TypeModel } from '../src/resolve/type-model.ts';
import type { Features } from '../src/resolve/page-model.ts';
import type { EntityType } from '../src/types.ts';
import type { JudgedName } from './judged-names.ts';
import { readJudgments, splitOf } from './pages.ts';
import { votedOf } from './train-type-model.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The features that move `to` against `from` most between two models (weights `a` reading `fa`, `b` reading `fb`), with
 * how much (score units).
 */
export function movers(a: LinearTypeModel, b: LinearTypeModel, fa: Features, fb: Features, from: EntityType, to: EntityType, n = 5): [string, number][] {
  const margin = (m: LinearTypeModel, name: string) => (m.weights[name]?.[to] ?? 0) - (m.weights[name]?.[from] ?? 0);
  const names = [...new Set([...Object.keys(fa), ...Object.keys(fb)])];
  const moved: [string, number][] = names.map((name) => [name, (fb[name] ?? 0) * margin(b, name) - (fa[name] ?? 0) * margin(a, name)]);
  moved.push(['(bias)', b.bias[to] - b.bias[from] - (a.bias[to] - a.bias[from])]);
  return moved.filter(([, d]) => Math.abs(d) >= 0.005).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, n);
}

const show = (xs: [string, number][]) => xs.map(([name, d]) => `${name} ${d >= 0 ? '+' : ''}${d.toFixed(2)}`).join(', ');
const odds = (p: Record<EntityType, number>) => (Object.entries(p) as [EntityType, number][]).map(([t, v]) => `${t.slice(0, 3)} ${v.toFixed(2)}`).join(' ');

function main(): void {
  const [beforeFile, afterFile, split = 'dev'] = process.argv.slice(2);
  if (!beforeFile || !afterFile) throw new Error('usage: type-model-moves.ts BEFORE.json AFTER.json [dev|train]');
  const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as TypeModel;
  const after = JSON.parse(readFileSync(afterFile, 'utf8')) as TypeModel;
  for (const corpus of ['reuters', 'bbc']) {
    const judgments = readJudgments(corpus);
    const { names } = JSON.parse(readFileSync(path.join(ROOT, '.cache', 'eval-pages', corpus, 'judged-names.json'), 'utf8')) as { names: JudgedName[] };
    for (const n of names) {
      const j = judgments.get(n.key);
      if (!n.typeFeatures || !j?.isName || !j.type || splitOf(corpus, n.key) !== split) continue;
      const f = n.typeFeatures;
      const [was, now] = [decideType(before, f, votedOf(f)), decideType(after, f, votedOf(f))];
      if (was === now) continue;
      const mark = now === j.type ? 'better' : was === j.type ? 'worse' : 'sideways';
      console.log(`${mark} ${n.key}: judged ${j.type}, vote ${votedOf(f)}, ${was} → ${now}`);
      console.log(`  context ${odds(typeProbabilities(before.context, f))} → ${odds(typeProbabilities(after.context, f))}: ${show(movers(before.context, after.context, f, f, was, now))}`);
      console.log(`  combine: ${show(movers(before.combine, after.combine, combinedFeatures(before, f), combinedFeatures(after, f), was, now))}`);
    }
  }
}

main();
