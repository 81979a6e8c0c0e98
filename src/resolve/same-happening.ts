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
import { FUNCTION_WORDS, OBJECT_ENDS, OBJECT_FILLERS, PASSIVE_AUXILIARIES, REPORT_STOPWORDS } from '../extract/lexicon.ts';

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
  /** What the trigger's clause does it to, as written, named or not (`objectOf`); null when none is read. */
  object: ClauseObject | null;
}

/** A clause's object: the lower-case words of its head, and whether it is written as a name. */
export interface ClauseObject { words: readonly string[]; named: boolean }

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

/** The words of a text with their case, punctuation kept as a word of its own (it ends an object phrase). */
const wordsOf = (text: string) => text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’&-](?=[\p{L}\p{N}]))*|[,;:()"“”—]/gu) ?? [];

/**
 * What a trigger's clause does its happening to, read the same way from a training sentence and a built report: after
 * an active trigger, the words up to a preposition, a conjunction or a punctuation mark ("is taking Ubia to court in May"
 * → Ubia); before a passive one, its subject's head ("it was later fined by Zorbia" → it). Articles, possessives and
 * numbers are no part of it. Named when its first word is written with a capital and is no function word ("Ubia",
 * not "It"). Null when the trigger is not found or no word is left.
 */
export function objectOf(sentence: string, trigger: string): ClauseObject | null {
  const words = wordsOf(sentence);
  const lower = words.map((w) => w.toLowerCase());
  const first = (trigger.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])[0];
  const at = first ? lower.indexOf(first) : -1;
  if (at < 0) return null;
  const passive = first!.endsWith('ing') ? null : passiveSubjectAt(lower, at);
  const picked = passive === null ? objectAfter(words, lower, at + (trigger.trim().split(/\s+/).length)) : [words[passive]!];
  const head = picked.filter((w) => /^\p{L}/u.test(w) && !OBJECT_FILLERS.has(w.toLowerCase()));
  if (!head.length) return null;
  return { words: head.map((w) => w.toLowerCase().replace(/['’]s?$/, '')), named: /^\p{Lu}/u.test(head[0]!) && !FUNCTION_WORDS.has(head[0]!) };
}

/** The index of a passive trigger's subject head: the word before its "be" and any adverb or reflexive; else null. */
function passiveSubjectAt(lower: string[], at: number): number | null {
  let i = at - 1;
  let passive = false;
  while (i >= 0 && (PASSIVE_AUXILIARIES.has(lower[i]!) || OBJECT_FILLERS.has(lower[i]!) || lower[i]!.endsWith('ly'))) {
    passive ||= PASSIVE_AUXILIARIES.has(lower[i]!);
    i--;
  }
  return passive && i >= 0 && /^\p{L}/u.test(lower[i]!) ? i : null;
}

/** Up to three words after an active trigger, ending at a preposition, a conjunction or a punctuation mark. */
function objectAfter(words: string[], lower: string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < words.length && out.length < 3; i++) {
    if (OBJECT_ENDS.has(lower[i]!) || !/^[\p{L}\p{N}]/u.test(words[i]!)) break;
    out.push(words[i]!);
  }
  return out;
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
 *
 * `news` fires only for two reports of one article (`oneArticle`): there it is a headline and its lede, nearly always
 * one happening, which is what the model learnt; two articles' ledes are each their own article's news whatever they
 * tell, and with it any two ledes of one type sharing a name on close days were one happening (a bank's trading revenue
 * joined to a fund's offering it underwrote, in a session 50 train build).
 */
export function pairFeatures(a: ReportView, b: ReportView, sharedNames: number, weight: (word: string) => number, oneArticle: boolean): Record<string, number> {
  const typed = a.type !== null && b.type !== null;
  // Who did it to whom: the same actor, the same target, or one's actor the other's target ("Zorbia fined" and "Zorbia
  // was fined": two happenings).
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
    news: oneArticle && a.news && b.news ? 1 : 0,
    names: Math.min(sharedNames, 2),
    otherObject: otherObjects(a.object, b.object) ? 1 : 0,
  };
}

/**
 * The two clauses do their happenings to different things, not both named (names are `target`'s: resolve's targets are
 * names): "Zorbia fined it" and "Zorbia fined Ubia" share no word of their objects — two fines, one actor.
 */
function otherObjects(a: ClauseObject | null, b: ClauseObject | null): boolean {
  return a !== null && b !== null && !(a.named && b.named) && !a.words.some((w) => b.words.includes(w));
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
