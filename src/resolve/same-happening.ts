/**
 * Whether two reports tell one happening: a logistic model over a pair of reports, trained at development
 * time by eval/train-same-happening.ts on the event coreference of MEANTIME Apple (pairs of event mentions within one
 * article; pairs across articles are its dev set). Only the weights ship (same-happening-model.json); no corpus text.
 *
 * A report is seen the same way in training and in resolve: its trigger word, its type (the trigger's kind in the
 * taxonomy), the content words of its sentence (and, for an article's news, its headline) and the names it shares
 * with the other report, who did it to whom, and whether it is its article's news. The shared names are MEANTIME's
 * entity instances named in both sentences in training, the entities the two reports share in resolve.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { REPORT_STOPWORDS } from '../extract/lexicon.ts';

export interface ReportView {
  trigger: string;
  /** The trigger's kind (src/event-types.ts), or null when it has none. */
  type: string | null;
  /** Content words (see `contentWords`). */
  words: ReadonlySet<string>;
  /** Who did it and to whom: entity ids (in training, MEANTIME's entity instances of Arg0 and Arg1). */
  actors: readonly string[];
  targets: readonly string[];
  /** It is its article's news: told in the headline or the lede. */
  news: boolean;
}

/** The content words of a text, as a set: lower case, numbers and function words left out, a plural's "s" cut. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = w.replace(/['’]s?$/, '');
    if (word.length < 3 || REPORT_STOPWORDS.has(word)) continue;
    out.add(word.replace(/(?<=[^s])s$/, ''));
  }
  return out;
}

/** A trigger word's stem: "resigned", "resigning", "resignation" → "resig"; "launch", "launched" → "launc". */
export function triggerStem(trigger: string): string {
  const word = trigger.toLowerCase().split(/\s+/)[0] ?? '';
  return word.replace(/(?:ations?|ions?|ments?|ings?|ed|es|s)$/, '').slice(0, 5);
}

/**
 * How much a word tells which happening a report is of: its inverse document frequency among `bags` (ln(N / n)), so
 * that the words every results story or every embassy report shares count for little.
 */
export function rarity(bags: Iterable<ReadonlySet<string>>): (word: string) => number {
  const df = new Map<string, number>();
  let n = 0;
  for (const bag of bags) {
    n++;
    for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return (w) => Math.log((n + 1) / (df.get(w) ?? 1));
}

/** The cosine of two bags of words, each word weighted by its rarity. */
export function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (word: string) => number): number {
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const x of a) {
    const w = weight(x) ** 2;
    na += w;
    if (b.has(x)) shared += w;
  }
  for (const y of b) nb += weight(y) ** 2;
  return na && nb ? shared / Math.sqrt(na * nb) : 0;
}

/**
 * The features of a pair of reports, each a number; `sharedNames` is how many names (entities) they share. Dates are
 * no feature: in one article (the training pairs) nearly every report is on the article's day, one happening or not,
 * so what a date tells is not learned there; resolve compares only reports whose dates are close.
 */
export function pairFeatures(a: ReportView, b: ReportView, sharedNames: number, weight: (word: string) => number): Record<string, number> {
  const typed = a.type !== null && b.type !== null;
  // Who did it to whom: the same actor, the same target, or one's actor the other's target ("Yukos sued" and "Yukos
  // was sued": two happenings).
  const role = (x: readonly string[], y: readonly string[]) => (x.length && y.length ? (x.some((e) => y.includes(e)) ? 1 : -1) : 0);
  const crossed = a.actors.some((e) => b.targets.includes(e)) || b.actors.some((e) => a.targets.includes(e));
  return {
    stem: triggerStem(a.trigger) === triggerStem(b.trigger) ? 1 : 0,
    sameType: typed && a.type === b.type ? 1 : 0,
    otherType: typed && a.type !== b.type ? 1 : 0,
    words: cosine(a.words, b.words, weight),
    actor: role(a.actors, b.actors),
    target: role(a.targets, b.targets),
    crossed: crossed ? 1 : 0,
    news: a.news && b.news ? 1 : 0,
    names: Math.min(sharedNames, 2),
  };
}

/** A logistic model: the log-odds that a pair is one happening is `bias` + the weighted sum of its features. */
export interface SameHappeningModel { bias: number; weights: Record<string, number> }

let model: SameHappeningModel | undefined;

/** The log-odds the model gives that a pair is one happening: above 0 it is one. */
export function pairScore(features: Record<string, number>, m: SameHappeningModel = loaded()): number {
  let score = m.bias;
  for (const [f, x] of Object.entries(features)) score += (m.weights[f] ?? 0) * x;
  return score;
}

function loaded(): SameHappeningModel {
  model ??= shippedJson(new URL('./same-happening-model.json', import.meta.url)) as SameHappeningModel;
  return model;
}
