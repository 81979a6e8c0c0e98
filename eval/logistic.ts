/**
 * Logistic regression with an L2 penalty, fitted by batch gradient descent from zero weights (deterministic): the one
 * fit the trained page models share — the entity page model (eval/train-page-model.ts) and the event page model
 * (eval/train-event-model.ts). Weights are rounded to 4 decimals, and a zero weight is left out.
 */
import { pageProbability, type Features, type PageModel } from '../src/resolve/page-model.ts';

export interface Example {
  features: Features;
  label: number;
  /** What the weights held fixed (`PAGE_MODEL_REFIT`) add to the score; 0 in a full fit. */
  offset: number;
  /**
   * How much the example counts in the fit (default 1; session 36, evt79: labels picked where a model was unsure
   * weighted down). The gradient is the weighted mean, so all weights 1 is the unweighted fit exactly.
   */
  weight?: number;
}

export function fit(examples: readonly Example[], l2: number, featureNames: readonly string[], steps = 3000, rate = 0.5, learnBias = true): PageModel {
  const index = new Map(featureNames.map((n, i) => [n, i]));
  // The examples' features as flat arrays (row i's entries at start[i]..start[i+1]): the gradient loop reads them
  // thousands of times, and flat typed arrays keep a fit on ~2,600 names to seconds.
  const start = new Int32Array(examples.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  examples.forEach((x, i) => {
    for (const [n, v] of Object.entries(x.features)) {
      const j = index.get(n);
      if (j !== undefined) (cols.push(j), vals.push(v));
    }
    start[i + 1] = cols.length;
  });
  const col = Int32Array.from(cols);
  const val = Float64Array.from(vals);
  const offset = Float64Array.from(examples, (x) => x.offset);
  const label = Float64Array.from(examples, (x) => x.label);
  const weight = Float64Array.from(examples, (x) => x.weight ?? 1);
  const total = weight.reduce((a, b) => a + b, 0);
  const w = new Float64Array(featureNames.length);
  const grad = new Float64Array(w.length);
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    let gBias = 0;
    for (let i = 0; i < examples.length; i++) {
      let z = bias + offset[i]!;
      for (let k = start[i]!; k < start[i + 1]!; k++) z += w[col[k]!]! * val[k]!;
      const err = (1 / (1 + Math.exp(-z)) - label[i]!) * weight[i]!;
      gBias += err;
      for (let k = start[i]!; k < start[i + 1]!; k++) grad[col[k]!]! += err * val[k]!;
    }
    if (learnBias) bias -= (rate * gBias) / total;
    for (let j = 0; j < w.length; j++) w[j]! -= rate * (grad[j]! / total + l2 * w[j]!);
  }
  const weights: Record<string, number> = {};
  featureNames.forEach((name, j) => {
    const r = Math.round(w[j]! * 1e4) / 1e4;
    if (r !== 0) weights[name] = r;
  });
  return { about: '', bias: Math.round(bias * 1e4) / 1e4, weights };
}

export const logLoss = (model: PageModel, xs: readonly Example[]) =>
  xs.reduce((s, x) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, pageProbability({ ...model, bias: model.bias + x.offset }, x.features)));
    return s - (x.label ? Math.log(p) : Math.log(1 - p));
  }, 0) / xs.length;

/** The k-fold cross-validated log loss of a penalty (fold i holds the examples at i, i + k, …), and each example's held-out probability. */
export function crossValidated(examples: readonly Example[], l2: number, featureNames: readonly string[], folds: number, steps = 1500, learnBias = true): { loss: number; held: number[] } {
  const held = new Array<number>(examples.length).fill(0);
  let loss = 0;
  for (let fold = 0; fold < folds; fold++) {
    const trainPart = examples.filter((_, i) => i % folds !== fold);
    const heldOut = examples.map((x, i) => [x, i] as const).filter(([, i]) => i % folds === fold);
    const model = fit(trainPart, l2, featureNames, steps, 0.5, learnBias);
    loss += logLoss(model, heldOut.map(([x]) => x)) * heldOut.length;
    for (const [x, i] of heldOut) held[i] = pageProbability({ ...model, bias: model.bias + x.offset }, x.features);
  }
  return { loss: loss / examples.length, held };
}

/** The L2 penalty with the lowest k-fold cross-validated log loss on the examples (each printed). */
export function chooseL2(examples: readonly Example[], featureNames: readonly string[], penalties: readonly number[], folds: number, learnBias = true): number {
  let best = { l2: 0, loss: Infinity };
  for (const l2 of penalties) {
    const { loss } = crossValidated(examples, l2, featureNames, folds, 1500, learnBias);
    console.log(`  l2 ${l2}: ${folds}-fold cross-validated log loss ${loss.toFixed(4)}`);
    if (loss < best.loss) best = { l2, loss };
  }
  return best.l2;
}

/**
 * The area under the ROC curve: the chance a positive (label truthy) scores higher than a negative (ties count half);
 * NaN with no positive or no negative. The one the trained models' and lede kinds' measures share.
 */
export function auc(scores: readonly number[], labels: readonly (number | boolean)[]): number {
  const pos = scores.filter((_, i) => labels[i]);
  const neg = scores.filter((_, i) => !labels[i]);
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : NaN;
}
