/**
 * `node --import tsx eval/type-model-slices.ts` (issue 15, session 46): the type model judged by leaving one fresh slice
 * out. The fresh slices (eval/pages.ts `FRESH_SLICES`: pages drawn at random from Reuters stories past the first 3,000,
 * judged with their type) are names no shipped type model learnt from and the names a reader meets; each is held out
 * in turn and read by
 * - the shipped model (src/resolve/type-model.json);
 * - a refit on main's labels (the Reuters and BBC train names and the draw of things, as `npm run train-type-model`
 *   fits them; `TYPE_MODEL_THINGS=1` adds the draw of things' slice, as the trainer does);
 * - a refit on every other labelled slice (main's labels and the other fresh slices), with the fresh names weighted
 *   `TYPE_SLICES_FRESH_WEIGHT` (1 unless set; a random draw stands for the reader, the odds picks crowd hard cases);
 * each refit as the trainer fits it (context model on CoNLL eng.train and the judged names, five cross-fitted context
 * models for the combining model's odds, the vote's trust curves; the shipped floor), at the shipped penalties
 * (`TYPE_MODEL_CONTEXT_L2`, `TYPE_MODEL_COMBINE_L2`: 0.0003 and 0.005 unless set). Printed per slice: the combining
 * model's log loss and accuracy, the types decided right, and each name decided wrong (key and types only).
 * Needs every slice's judged-names.json (run `npm run train-page-model` or `train-type-model` first) and CoNLL's kept names.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { combinedFeatures, decideType, isContextFeature, shippedTypeModel, TYPES, typeProbabilities, type TypeModel } from '../src/resolve/type-model.ts';
import { judgedNames } from './judged-names.ts';
import { FRESH_SLICES, PAGE_SLICES, readJudgments, THINGS } from './pages.ts';
import { conllNames, crossFitted, examplesOf, featureNamesOf, fit, foldModels, manyWeighted, voteCurves, votedOf, withContext, type Example } from './train-type-model.ts';

const CONTEXT_L2 = Number(process.env.TYPE_MODEL_CONTEXT_L2 ?? 0.0003);
const COMBINE_L2 = Number(process.env.TYPE_MODEL_COMBINE_L2 ?? 0.005);
const FRESH_WEIGHT = Number(process.env.TYPE_SLICES_FRESH_WEIGHT ?? 1);

const onlyContext = (xs: readonly Example[]) => xs.map((x) => ({ ...x, features: Object.fromEntries(Object.entries(x.features).filter(([n]) => isContextFeature(n))) }));

/** A type model fitted as the trainer fits it, on CoNLL's names and the given judged train names. */
function refit(conll: readonly Example[], judged: readonly Example[], floor: number): TypeModel {
  const context = [...conll, ...onlyContext(judged)];
  const contextModel = fit(context, CONTEXT_L2, featureNamesOf(context));
  const folds = foldModels(conll, onlyContext(judged), CONTEXT_L2);
  const combined = crossFitted(folds, manyWeighted(judged).map((x, i) => ({ ...x, weight: (x.weight ?? 1) * (judged[i]!.weight ?? 1) })), (m, xs) => withContext(m, xs));
  const combine = fit(combined, COMBINE_L2, featureNamesOf(combined));
  return { about: 'slice refit', context: contextModel, combine, floor, vote: voteCurves(combined, judged, COMBINE_L2) };
}

/** A model's figures on held-out names, and the names it types wrong. */
function readOn(label: string, model: TypeModel, held: readonly Example[]): void {
  let loss = 0;
  let argmax = 0;
  const wrong: string[] = [];
  for (const x of held) {
    const p = typeProbabilities(model.combine, combinedFeatures(model, x.features));
    loss -= Math.log(Math.max(1e-9, p[x.label]));
    if (TYPES.every((t) => p[t] <= p[x.label])) argmax++;
    const decided = decideType(model, x.features, votedOf(x.features));
    if (decided !== x.label) wrong.push(`${x.key?.replace('\t', ' ')} (${decided}, judged ${x.label})`);
  }
  const n = held.length;
  console.log(`  ${label}: log loss ${(loss / n).toFixed(4)}, accuracy ${(argmax / n).toFixed(3)}, decided right ${n - wrong.length}/${n}`);
  console.log(`    wrong: ${wrong.join('; ')}`);
}

async function main(): Promise<void> {
  const bySlice = new Map<string, Example[]>();
  // The draw of things (session 47, ent88) is among main's labels with TYPE_MODEL_THINGS=1, as the trainer reads it.
  const slices = [...PAGE_SLICES, ...(process.env.TYPE_MODEL_THINGS ? [THINGS] : [])];
  for (const corpus of slices) {
    const judged = readJudgments(corpus);
    const kept = (x: Example) => !!process.env.TYPE_MODEL_THINGS || judged.get(x.key!)?.pick !== 'things';
    bySlice.set(corpus, examplesOf((await judgedNames(corpus, true)).names, judged, 'train').filter(kept));
  }
  const conll = onlyContext(await conllNames());
  const shipped = shippedTypeModel();
  const mains = [...bySlice].filter(([c]) => !FRESH_SLICES.includes(c)).flatMap(([, xs]) => xs);
  console.log(`judged train names with type features: ${[...bySlice].map(([c, xs]) => `${c} ${xs.length}`).join(', ')}; CoNLL ${conll.length}`);
  const onMain = refit(conll, mains, shipped.floor);
  for (const held of FRESH_SLICES) {
    const others = FRESH_SLICES.filter((c) => c !== held).flatMap((c) => bySlice.get(c)!.map((x) => ({ ...x, weight: FRESH_WEIGHT })));
    console.log(`${held} held out (${bySlice.get(held)!.length} names):`);
    readOn('shipped model', shipped, bySlice.get(held)!);
    readOn(`refit on main's labels (${mains.length})`, onMain, bySlice.get(held)!);
    readOn(`refit on main's labels and the other fresh slices (${mains.length + others.length}, fresh weight ${FRESH_WEIGHT})`, refit(conll, [...mains, ...others], shipped.floor), bySlice.get(held)!);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
