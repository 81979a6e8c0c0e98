/**
 * A learnt choice between the rules' span of a name and a longer span over it (issue 15 items 2 and 4, session 35):
 * where the tagger reads a longer name than the rules kept ("Vell and Tarn" read whole, the rules keeping "Vell"), or
 * two names the rules read side by side are written with "and", "of", "&", a possessive or a space between them
 * ("Pella Grain" and "Norland" in "Pella Grain of Norland"), which is the name? A logistic regression over named
 * features of both spans: the words the longer span adds (how news usually writes each, by the case table; its cluster
 * group; legal forms, bodies' heads and first words; gazetteer lists), the link that joins them, the longer span's last
 * word, whether the article writes the longer form again or a piece alone elsewhere, the tagger's kind and its odds
 * that the added words are words of a name.
 *
 * Trained by eval/train-span-choice.ts on in-domain labels: the decision points of TRAIN keys (session 35) and TRAIN
 * articles (session 36) of the Reuters and BBC archives (tests/gold/span-choices.json: article ids, the spans as
 * written, a label; no sentence). Only the weights ship (span-choice-model.json); `threshold` 0 leaves the rules' span
 * everywhere (the choice is off; session 36 measured the cross-validated bar 0.75 and kept it off: docs/quality-log.md).
 */
import { shippedJson } from '../util/shipped-json.ts';
import { LEGAL_FORMS, isAcronym } from './shapes.ts';
import { NAME_LINK_WORDS, ORG_FIRST, ORG_HEADS } from './lexicon.ts';
import { coarseClusterAsWritten, usualCase } from './ner/words.ts';
import { gazetteerKey, shippedGazetteers } from './ner/gazetteer.ts';
import { logisticProbability, type Features, type LogisticWeights } from '../util/logistic.ts';

/** `threshold`: the longer span is taken where the model's odds that it is the name reach it (0: never). */
interface SpanChoiceModel extends LogisticWeights {
  about: string;
  threshold: number;
}

let model: SpanChoiceModel | undefined;
const loaded = (): SpanChoiceModel => (model ??= shippedJson(new URL('./span-choice-model.json', import.meta.url)) as SpanChoiceModel);

/** What the extraction knows at a decision point, words as written. */
export interface SpanChoiceView {
  /** `tagger`: the tagger's span is longer than the rules' candidates inside it; `adjacent`: two candidates side by side. */
  kind: 'tagger' | 'adjacent';
  /** The longer span's words. */
  longer: readonly string[];
  /** For each word of the longer span, whether a rules' candidate holds it. */
  held: readonly boolean[];
  /** The text between consecutive words of the longer span (" ", " & ", "'s ", …). */
  gaps: readonly string[];
  /** The tagger's kind of name for the longer span (`tagger` points), or none. */
  taggerType?: string;
  /** The tagger's mean odds that the added words (or, side by side, the words at the join) are words of a name. */
  addedOdds: number;
  /** The article writes the longer span more than once. */
  longerAgain: boolean;
  /** The article writes a piece on its own more often than the longer span. */
  pieceAlone: boolean;
  /** The kind of name the rules' evidence gives each piece, if any. */
  pieceTypes?: readonly string[];
  /** The longer span's first word opens its sentence. */
  opens: boolean;
}

/** A word's shape as the span models read it (an initial, dotted initials, a number, an acronym), else its usual case. */
export function caseOf(word: string): string {
  if (/^\p{Lu}\.$/u.test(word)) return 'initial';
  if (/^(?:\p{Lu}\.){2,}$/u.test(word)) return 'dotted';
  if (/^\p{N}/u.test(word)) return 'number';
  if (isAcronym(word)) return 'acronym';
  return usualCase(word.replace(/\.$/, '')) ?? 'unknown';
}

const LISTS = ['COUNTRY', 'CITY', 'FIRST', 'PERSON', 'COMPANY', 'DEMONYM'];
const lists = (words: readonly string[]): string[] => (shippedGazetteers().entries.get(words.map(gazetteerKey).join(' ')) ?? []).filter((l) => LISTS.includes(l));

function wordFeatures(side: string, word: string, f: Features): void {
  f[`${side}-case=${caseOf(word)}`] = 1;
  f[`${side}-group=${coarseClusterAsWritten(word)}`] = 1;
  for (const l of lists([word])) f[`${side}-is-${l}`] = 1;
  if (ORG_FIRST.has(word)) f[`${side}-body-first`] = 1;
  if (LEGAL_FORMS.test(word)) f[`${side}-legal-form`] = 1;
  else if (ORG_HEADS.has(word.replace(/\.$/, ''))) f[`${side}-body-head`] = 1;
}

/** The link a gap is: "and", "of", "&", a possessive, a comma or a space. */
function linkOf(gap: string, word: string): string | null {
  if (NAME_LINK_WORDS.has(word) || word === 'the') return word;
  if (/&/.test(gap)) return 'amp';
  if (/['’]/.test(gap)) return 'poss';
  if (/,/.test(gap)) return 'comma';
  return null;
}

/** The named features of a decision point. */
export function spanChoiceFeatures(v: SpanChoiceView): Features {
  const f: Features = { [`kind=${v.kind}`]: 1 };
  const added = v.longer.map((w, k) => (v.held[k] ? null : w)).filter((w): w is string => w !== null);
  const where = !v.held[0] ? 'before' : !v.held.at(-1) ? 'after' : 'between';
  f[`added=${where}`] = 1;
  f[`added-n=${Math.min(added.length, 3)}`] = 1;
  for (const w of added) wordFeatures('A', w, f);
  let linked = false;
  for (let k = 0; k < v.longer.length; k++) {
    const link = linkOf(k > 0 ? v.gaps[k - 1]! : '', v.longer[k]!) ?? (k > 0 ? linkOf(v.gaps[k - 1]!, '') : null);
    if (link) f[`link=${link}`] = 1;
    linked ||= link !== null;
  }
  // Words written straight on from the rules' name, nothing between ("Velmar" before "Orlin City").
  if (!linked) f['link=none'] = 1;
  if (v.pieceTypes) {
    for (const t of v.pieceTypes) f[`piece=${t}`] = 1;
    if (v.pieceTypes.length > 1) f[v.pieceTypes.every((t) => t === v.pieceTypes![0]) ? 'pieces-same' : 'pieces-differ'] = 1;
  }
  // The held words next to the added ones: the edge of the rules' name the longer span reads on from.
  for (let k = 0; k < v.longer.length; k++) {
    if (!v.held[k]) continue;
    if ((k > 0 && !v.held[k - 1]) || (k + 1 < v.longer.length && !v.held[k + 1])) wordFeatures('E', v.longer[k]!, f);
  }
  wordFeatures('Last', v.longer.at(-1)!, f);
  wordFeatures('First', v.longer[0]!, f);
  for (const l of lists(v.longer)) f[`longer-is-${l}`] = 1;
  f[`len=${Math.min(v.longer.length, 5)}`] = 1;
  if (v.taggerType) f[`tagger=${v.taggerType}`] = 1;
  f.odds = v.addedOdds;
  if (v.addedOdds >= 0.5) f['odds-high'] = 1;
  if (v.longerAgain) f['longer-again'] = 1;
  if (v.pieceAlone) f['piece-alone'] = 1;
  if (v.opens) f.opens = 1;
  return f;
}

/** The model's odds that the longer span is the name. */
export const longerOdds = (f: Features): number => logisticProbability(loaded(), f);

/** A bar in place of the model file's `threshold` while `withSpanChoiceBar` runs; never set otherwise. */
const barOverride: { value?: number } = {};
const bar = (): number => barOverride.value ?? loaded().threshold;

/**
 * Runs `run` with the span choice's bar at `value` instead of the model file's `threshold` (tests and measurement of a
 * bar before it ships; no build sets it, and extraction caches do not key on it), and restores the file's bar after.
 */
export function withSpanChoiceBar<T>(value: number, run: () => T): T {
  const before = barOverride.value;
  barOverride.value = value;
  try {
    return run();
  } finally {
    barOverride.value = before;
  }
}

/** Whether the choice is on at all (a model with a bar). */
export const spanChoiceOn = (): boolean => bar() > 0;

/** Whether the model takes the longer span (its odds at or above the bar; never at bar 0). */
export function takesLonger(f: Features): boolean {
  const b = bar();
  return b > 0 && longerOdds(f) >= b;
}
