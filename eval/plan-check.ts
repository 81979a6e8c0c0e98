/**
 * How src/extract/plan.ts reads a forecast, measured on TimeML (TimeBank + AQUAINT development documents, the
 * assertion model's own split: eval/train-assertion.ts): of the EVENTs told as plan.ts reads a lede's own verb — after
 * a modal of possibility ("could help": `POSSIBILITY_MODALS`) or as the infinitive a verb of expectation governs
 * ("expects to report", "is expected to raise": `FORECASTING_VERBS`, `FORECAST_WORDS`) — how many TimeML marks as no
 * happening (`unasserted`, or `future`), and how many of those plan.ts's reading (the assertion model at the verb,
 * with its rules: `assertionOf`) calls a forecast. Nothing is tuned here: plan.ts takes the model's own decision.
 *
 *   node --import tsx eval/plan-check.ts
 */
import { assertionOf, tokenize } from '../src/extract/assertion.ts';
import { FINITE_BE, FORECAST_WORDS, FORECASTING_VERBS, POSSIBILITY_MODALS } from '../src/extract/lexicon.ts';
import { assertionExamples, type Example } from './train-assertion.ts';

/** The shape plan.ts reads a lede's own verb in, if the example's trigger stands in one. */
function shapeOf(ex: Example): 'possibility' | 'expectation' | undefined {
  const tokens = tokenize(ex.text).map((t) => ({ ...t, lower: t.text.toLowerCase() }));
  const i = tokens.findIndex((t) => t.start === ex.start);
  if (i < 0) return undefined;
  const before = (k: number) => tokens[k]?.lower ?? '';
  let k = i - 1;
  while (/ly$/.test(before(k)) || before(k) === 'be' || before(k) === 'have') k--;
  if (POSSIBILITY_MODALS.has(before(k))) return 'possibility';
  if (before(i - 1) !== 'to') return undefined;
  k = i - 2;
  while (/ly$/.test(before(k))) k--;
  if (FORECASTING_VERBS.has(before(k))) return 'expectation';
  if (FORECAST_WORDS.has(before(k)) && (FINITE_BE.has(before(k - 1)) || before(k - 1) === 'be')) return 'expectation';
  return undefined;
}

const { train, dev } = assertionExamples();
for (const shape of ['possibility', 'expectation'] as const) {
  const told = dev.filter((ex) => shapeOf(ex) === shape);
  const none = told.filter((ex) => ex.label !== 0);
  const read = told.filter((ex) => (shape === 'possibility' ? assertionOf(ex.text, ex.start) === 'unasserted' : assertionOf(ex.text, ex.start) !== 'asserted'));
  const right = read.filter((ex) => ex.label !== 0).length;
  const trained = train.filter((ex) => shapeOf(ex) === shape);
  console.log(`${shape} (train documents, TimeML's labels only): ${trained.length} events, no happening ${trained.filter((ex) => ex.label !== 0).length}`);
  console.log(`${shape}: ${told.length} TimeML dev events; no happening by TimeML ${none.length} (${(none.length / Math.max(1, told.length)).toFixed(3)}); read as a forecast ${read.length}, of them no happening ${right} (precision ${(right / Math.max(1, read.length)).toFixed(3)}, recall ${(right / Math.max(1, none.length)).toFixed(3)})`);
}
