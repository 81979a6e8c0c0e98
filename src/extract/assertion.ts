/**
 * Whether a sentence asserts the happening its trigger names: it occurred, is under way, or is decided
 * ("asserted"); it is told as to come ("future": "will meet", a schedule or a forecast); or it is not asserted at all
 * ("unasserted": negated, possible, conditional, wanted, planned, denied: "did not sue", "could resign", "if Acme
 * sues", "plans to buy").
 *
 * A multiclass averaged perceptron over the words around the trigger, trained at development time by
 * eval/train-assertion.ts on the TimeML EVENT annotations of TimeBank and AQUAINT (polarity, modality, tense, and
 * the subordinating links — SLINK MODAL, CONDITIONAL, COUNTER_FACTIVE, NEG_EVIDENTIAL — that put a happening under
 * "want", "plan", "if" or "deny"). Only the weights ship (assertion-model.json); no corpus text.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { alternation, AUXILIARIES_AFTER, DECISION_VERBS, GOVERNED_CLAUSE_ENDS, NO_CLAUSE_AFTER, NOUN_MARKERS, PLAN_WORDS, RELATIVE_OPENERS } from './lexicon.ts';
import { taggedTerms, type TaggedTerm } from './nlp.ts';
import { posTerms } from './pos-tagger.ts';
import { pastForm } from './tense.ts';

export const ASSERTION_CLASSES = ['asserted', 'future', 'unasserted'] as const;
export type Assertion = (typeof ASSERTION_CLASSES)[number];

export interface Token { text: string; start: number; end: number }

/** Words and punctuation, "n't" apart from its verb ("didn't" → "did", "n't"), with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?=n['’]t\b)|n['’]t\b|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Words before the trigger read as one window: the clause words that govern it ("would not have", "plans to"). */
const WINDOW = 6;

/** Features of the token at `i` as a trigger. */
export function assertionFeatures(tokens: readonly Token[], i: number): string[] {
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const at = (k: number) => (k < 0 ? '<s>' : k >= lower.length ? '</s>' : lower[k]!);
  const w = at(i);
  const f = ['b', `w=${w}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`, `w-1=${at(i - 1)}`, `w-2=${at(i - 2)}`, `w-3=${at(i - 3)}`,
    `w-2,-1=${at(i - 2)} ${at(i - 1)}`, `w+1=${at(i + 1)}`, `w+2=${at(i + 2)}`, `w-1,0=${at(i - 1)} ${w}`];
  // The clause before the trigger: its words as a bag, stopping at a clause break.
  for (let k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
    if (/^[;:]$/.test(lower[k]!)) break;
    f.push(`L=${lower[k]}`);
  }
  // Cue words anywhere earlier in the sentence ("If Acme, as expected, sues …").
  const cues = new Set<string>();
  for (let k = 0; k < i; k++) if (CUE.test(lower[k]!)) cues.add(lower[k]!);
  for (const c of [...cues].sort()) f.push(`B=${c}`);
  return f;
}

interface ClauseVerb { verb: string; file: string; view: boolean }
let clauseVerbs: Map<string, ClauseVerb> | undefined;

/** The forms of the verbs that take a clause (src/extract/clause-verbs.json, from WordNet's verb frames). */
function clauseVerbTable(): Map<string, ClauseVerb> {
  clauseVerbs ??= new Map((shippedJson(new URL('./clause-verbs.json', import.meta.url)) as { forms: string[] }).forms.map((line) => {
    const [form, verb, file, view] = line.split(' ');
    return [form!, { verb: verb!, file: file!, view: view === 'view' }];
  }));
  return clauseVerbs;
}

/** Whether a word is a form of a verb that takes a clause ("said", "says", "believes"). */
export const takesClause = (word: string): boolean => clauseVerbTable().has(word.toLowerCase());

/** Words of the holder between a pause and a verb of a view closing the sentence ("…, the senator's aides believe."). */
const HOLDER_WORDS = 4;
/**
 * The words of a sentence as `clauseVerbGoverning` reads them: lower case, and a word written with a capital after
 * the first one as '' (a name's word: "Acme Trust sold …", "Hope Ltd" are no verbs; a name may open a clause).
 */
export function clauseWords(tokens: readonly Token[]): string[] {
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  // The first word too when the next is written with a capital: it opens a name ("Hope Ltd", "Trust Bank").
  return tokens.map((t, k) => ((k > 0 || capital(1)) && capital(k) ? '' : t.text.toLowerCase().replace(/’/g, "'")));
}

/**
 * The words of `tokens` as `heldAsView` reads them: as clauseWords, with a relative clause between pauses that ends
 * before the trigger at `i` left out (", which analysts believe is cheap,": its view is of its own clause), and a word
 * of a view the tagger reads as no verb ("an investment trust sold …") as ''.
 */
function viewWords(sentence: string, tokens: readonly Token[], i: number): string[] {
  const lower = clauseWords(tokens);
  for (let k = 0; k < i; k++) {
    if (lower[k] !== ',' || !RELATIVE_OPENERS.has(lower[k + 1] ?? '')) continue;
    const close = lower.indexOf(',', k + 1);
    if (close > k && close < i) lower.fill('', k + 1, close);
  }
  // Only a word heldAsView reads can change its answer: compromise is asked only when a view stands there.
  const read = closingWordsFrom(lower, i);
  const views = [...lower.keys()].filter((k) => (k <= i || k >= read) && clauseVerbTable().get(lower[k]!)?.view);
  if (views.length === 0) return lower;
  const terms = taggedTerms(sentence);
  for (const k of views) {
    const term = terms.find((t: TaggedTerm) => t.offset.start <= tokens[k]!.start && tokens[k]!.start < t.offset.start + Math.max(1, t.offset.length));
    if (term && !term.tags.includes('Verb')) lower[k] = '';
  }
  return lower;
}

/** A quotation mark: what is quoted is told by the quote's speaker, not by a verb on the other side of the mark. */
const QUOTE_MARK = /^["“”«»]$/;

/**
 * The nearest verb before the trigger at `i` that takes a clause (WordNet's frame "Somebody ----s that CLAUSE":
 * "believes", "said", "fears") and whose clause holds the trigger: "that" follows it, or a finite verb stands after
 * it up to the trigger ("believes the smugglers had staged the raids", "said Acme sold …"), so that "holds a
 * 33% stake" governs no clause; and a word follows it that can open a clause (not a pause or a preposition: "known
 * as", "more than expected, and"). Not across a clause of its own (GOVERNED_CLAUSE_ENDS, ", and"), nor a quotation
 * mark ('"We believe the case is strong," said Lee': the saying is Lee's). After an article or a possessive the
 * word is no verb ("the expected deal").
 */
export function clauseVerbGoverning(lower: readonly string[], i: number): (ClauseVerb & { at: number }) | undefined {
  const table = clauseVerbTable();
  let finite = pastForm(lower[i]!) || AUXILIARIES_AFTER.has(lower[i]!);
  for (let k = i - 1; k >= 0; k--) {
    const w = lower[k]!;
    if (GOVERNED_CLAUSE_ENDS.has(w) || QUOTE_MARK.test(w) || (w === 'and' && lower[k - 1] === ',')) return undefined;
    const verb = NOUN_MARKERS.has(lower[k - 1] ?? '') ? undefined : table.get(w);
    const next = lower[k + 1]!;
    if (verb && (finite || next === 'that') && /^(?:$|[\p{L}\p{N}"“])/u.test(next) && !NO_CLAUSE_AFTER.has(next)) return { ...verb, at: k };
    if (pastForm(w) || AUXILIARIES_AFTER.has(w)) finite = true;
  }
  return undefined;
}

/**
 * The happening whose trigger is at character `index` of `sentence` stands in the clause of a verb of a view
 * (clause-verbs.json's `view`, read from TimeML: "believe", "think", "expect", "hope"): it is held, not told
 * as happened ("The Velmar harbour chief believes that smugglers staged the raids"). A reporting verb ("said") tells it.
 */
export function heldAsView(sentence: string, index: number): boolean {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.end > index);
  if (i < 0) return false;
  const lower = viewWords(sentence, tokens, i);
  // A trigger that itself takes a clause is a saying or a view told as made, a statement kept with its quote ("…,
  // Ann Lee said.", "What I announced will suffice, I believe"): not the content of another view.
  if (clauseVerbTable().has(lower[i]!)) return false;
  return clauseVerbGoverning(lower, i)?.view === true || viewCloses(lower, i);
}


/** Where the sentence's words end after the trigger at `i`: before its closing marks (a view word is never one). */
function closingEnd(lower: readonly string[], i: number): number {
  let end = lower.length;
  while (end > i + 1 && /^[.!?"”']$/.test(lower[end - 1]!)) end--;
  return end;
}

/**
 * The first word after the trigger at `i` that viewCloses reads (the closing verb and its holder's words before it);
 * clauseVerbGoverning reads none after the trigger. A view word between the two is read by neither.
 */
const closingWordsFrom = (lower: readonly string[], i: number): number => Math.max(i + 1, closingEnd(lower, i) - 2 - HOLDER_WORDS);

/**
 * The sentence closes, after the trigger at `i`, on a verb of a view with its holder after a pause ("Zorbix sold
 * the unit too cheaply, Ann Lee believes."): what comes before is the view.
 */
function viewCloses(lower: readonly string[], i: number): boolean {
  const end = closingEnd(lower, i);
  const verb = clauseVerbTable().get(lower[end - 1]!);
  if (!verb?.view) return false;
  const before = lower.slice(closingWordsFrom(lower, i), end - 1);
  const pause = Math.max(before.lastIndexOf(','), ...[...before.keys()].filter((k) => QUOTE_MARK.test(before[k]!)));
  // A closing past form after an auxiliary or an adverb, or in a phrase opened by "a", describes a step, held by
  // nobody ("…, a move analysts had expected.", "…, a move widely expected."); "…, analysts believed." is a view.
  // (pastForm leaves out "expected", news's adjective; its "-ed" still marks it a past form here.)
  const w = lower[end - 2] ?? '';
  if ((pastForm(lower[end - 1]!) || /[a-z]ed$/.test(lower[end - 1]!)) && (AUXILIARIES_AFTER.has(w) || /ly$/.test(w) || /^an?$/.test(before[pause + 1] ?? ''))) return false;
  // "…, more than analysts had expected": a comparison, no holder.
  return pause >= 0 && !before.slice(pause + 1).some((w) => NO_CLAUSE_AFTER.has(w)) && !lower.slice(i + 1, end - 1).includes(';');
}

export { DECISION_VERBS };

const CUE = /^(?:if|unless|whether|would|could|may|might|should|must|can|will|'ll|not|n't|never|no|without|expected|expects|plans?|planned|want|wants|wanted|hope|hopes|seeks?|sought|proposed|intends?|tried|try|allegedly|denied|denies|failed|refused)$/;

export interface AssertionModel { classes: readonly string[]; weights: Record<string, number[]> }

let model: AssertionModel | undefined;

function loaded(): AssertionModel {
  model ??= shippedJson(new URL('./assertion-model.json', import.meta.url)) as AssertionModel;
  return model;
}

/** The class with the highest score (ties: the first class, in ASSERTION_CLASSES order). */
export function predict(weights: Record<string, number[]>, features: readonly string[], classes: number = ASSERTION_CLASSES.length): number {
  const scores = new Array<number>(classes).fill(0);
  for (const f of features) {
    const w = weights[f];
    if (w) for (let c = 0; c < classes; c++) scores[c]! += w[c]!;
  }
  let best = 0;
  for (let c = 1; c < classes; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/**
 * A rule where the data is nearly silent (47 CONDITIONAL links among 11,000 TimeML events, too few to learn from): a
 * trigger in a clause opened by "if", "unless" or "whether" is a condition, not a happening ("If Quanta sued on
 * Monday, prices would rise"). "if compared", "if any", "if so" and their like qualify a figure, not the happening.
 */
const CONDITION = /(?:^|\s)(?:if|unless|whether)\s(?!(?:compared|measured|adjusted|any|so|not|necessary|needed|possible)\b)/i;
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but)\s+|\b(?:that|which|who|because|but)\s/i;

/**
 * A rule where the data is unreliable: polarity in TimeBank + AQUAINT marks 2,358 of 11,106 events negative, some of
 * them plainly not ("the downturn"), so the model's grasp of negation is weak. A trigger whose verb group is negated
 * ("did not sue", "has never launched", "no longer sells") is not a happening.
 */
const NEGATED = /(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:(?:have|has|had|be|been|yet|\w+ly)\s+){0,2}$/i;

/**
 * A rule where the model is unsure: it reads "is expected to announce" as unasserted but "is likely to launch" and
 * "is due to report" as asserted (too few of them in TimeML to learn from). A happening governed by an expectation is
 * told as to come: a forecast, or a schedule when it has a day of its own.
 */
const EXPECTATION = /\b(?:is|are|was|were|be|been|seems?|appears?)\s+(?:\w+ly\s+)?(?:expected|likely|due|set|poised|slated|scheduled|going|about)\s+to\s+(?:\w+ly\s+)?$/i;

/** The clause of `sentence` before character `index`: its words since the last clause break. */
const clauseBefore = (sentence: string, index: number) => sentence.slice(0, index).split(CLAUSE_BREAK).at(-1)!;

/**
 * Whether the verb group of the trigger at `index` is negated ("has not been approached", "did not sue"); with `decided`
 * (a "will", "would" or "shall" before the negation: "will not sell") told apart, a decision not to act.
 */
export function negationAt(sentence: string, index: number): 'negated' | 'decided' | undefined {
  const last = clauseBefore(sentence, index).split(/\s+/).slice(-5).join(' ');
  if (!NEGATED.test(`${last} `)) return undefined;
  return /\b(?:will|would|shall|wo|sha)(?:n['’]t)?\b/i.test(last) ? 'decided' : 'negated';
}

/** How `sentence` tells the happening whose trigger starts at character `index`. */
export function assertionOf(sentence: string, index: number): Assertion {
  const clause = clauseBefore(sentence, index);
  if (CONDITION.test(clause) || negationAt(sentence, index) || heldAsView(sentence, index)) return 'unasserted';
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.end > index);
  if (i < 0) return 'asserted';
  const m = loaded();
  const read = m.classes[predict(m.weights, assertionFeatures(tokens, i))] as Assertion;
  return read === 'asserted' && EXPECTATION.test(clause) ? 'future' : read;
}

/**
 * The assertion model's score of each class (ASSERTION_CLASSES order) for the trigger at character `index`, before any
 * rule: what the event page model reads as numbers (src/extract/event-reading.ts). Undefined past the sentence's end.
 */
export function assertionScores(sentence: string, index: number): number[] | undefined {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.end > index);
  if (i < 0) return undefined;
  const m = loaded();
  const scores = new Array<number>(m.classes.length).fill(0);
  for (const f of assertionFeatures(tokens, i)) {
    const w = m.weights[f];
    if (w) for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  return scores;
}

/**
 * An infinitive's verb in a clause: "to" after a word of a plan, a want or a proposal (PLAN_WORDS: "plans to", "a
 * proposal to") and the lower-case word after it (the last one in the clause is the one nearest), not a noun phrase's
 * first word ("key to the campaign": the preposition, NOUN_MARKERS).
 */
const INFINITIVE = new RegExp(`\\b(?:${alternation(PLAN_WORDS)})\\s+to\\s+(?!(?:${alternation(NOUN_MARKERS)})\\b)(?=[a-z])`, 'g');

/**
 * TimeML's subordination carries down: what lies inside the complement of a planned, proposed or wanted happening is
 * no more asserted than it (a proposal to let tenants repair any flat they bought: the buying is part of the
 * proposal). The model reads only six words before a trigger, so a trigger further down the complement (a dozen
 * words after "proposal to") is read as if it stood alone. Here the nearest infinitive before the trigger in its
 * clause is read by the model in its place; when that is not asserted, neither is the trigger. A decided happening
 * stays asserted ("agreed to sell the unit it bought": DECISION_VERBS are trained as asserted), and so does one with a
 * day of its own (the caller's to ask: "plans to sell the unit it bought in 1985" tells a past purchase).
 */
export function underUnassertedInfinitive(sentence: string, index: number): boolean {
  const clauseStart = index - clauseBefore(sentence, index).length;
  const before = sentence.slice(clauseStart, index);
  const last = [...before.matchAll(INFINITIVE)].at(-1);
  if (!last) return false;
  const verb = clauseStart + last.index + last[0].length;
  // A comma closes the complement: what follows is told for itself ("In a bid to reform its ways, Zorbix
  // said it has since named new managers"); so does "and" with a finite verb ("plans to grow and bought …").
  if (verb >= index || sentence.slice(verb, index).includes(',')) return false;
  const terms = posTerms(sentence);
  const infinitive = terms.find((t) => t.offset.start === verb);
  if (!infinitive?.tags.includes('Verb')) return false;
  if (closedByFiniteVerb(terms, verb, index)) return false;
  return assertionOf(sentence, verb) === 'unasserted';
}

/** Between `from` and the trigger at `to` (itself included), "and" followed by a finite verb ("… and bought", "… and sells"). */
function closedByFiniteVerb(terms: readonly TaggedTerm[], from: number, to: number): boolean {
  return terms.some((t, k) => t.offset.start > from && t.offset.start < to && t.text.toLowerCase() === 'and' && finiteVerb(terms[k + 1]?.tags));
}

function finiteVerb(tags: readonly string[] | undefined): boolean {
  return tags !== undefined && (tags.includes('PastTense') || tags.includes('PresentTense')) && !tags.includes('Infinitive');
}
