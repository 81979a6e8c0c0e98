/**
 * A logistic regression over named features, as the shipped models store it (a bias and a weight per feature name;
 * a feature absent, or unknown to the weights, counts 0). One scorer for every stage's model: the joiner and the
 * lede-kind model in extraction, the page model in resolution.
 */
export type Features = Record<string, number>;

export interface LogisticWeights {
  bias: number;
  weights: Record<string, number>;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability for the features. */
export function logisticProbability(m: LogisticWeights, f: Features): number {
  let z = m.bias;
  for (const [name, value] of Object.entries(f)) z += (m.weights[name] ?? 0) * value;
  return sigmoid(z);
}
