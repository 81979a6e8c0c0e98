/**
 * The kind of an article's news, learned (issue 19, session 33): whether the lede — the sentence markTheNews makes the
 * article's news of — tells a happening, or a figure, a state, a forecast, a negated happening or nothing (headline
 * debris). Session 32's readers (news-kind.ts, figure-lede.ts, plan.ts, state.ts) each read one wording; this model
 * reads the same sentence as numbers and was fitted on judged train ledes (tests/gold/lede-kinds.json, ids and labels
 * only; `npm run train-lede-kinds`, eval/train-lede-kinds.ts). Its weights ship as lede-kind-model.json, no text.
 *
 * Features, no word lists of their own: the lede's own verb as the readers find it (news-kind.ts `reportedVerb`: the
 * verb a reporting verb hands on to, else the first one), its word, its distributional cluster (the shipped word
 * table, src/extract/ner/words.json), its group's auxiliaries and modals, tense, copula; the TimeML-trained assertion
 * and state models' scores at it and the assertion rule's negation; whether it and the subject's head are WordNet
 * figure words (figure-words.json); counts of numbers and amounts (the lexicon's scales and units); the first word
 * after the dateline and its cluster; the reporting verb and where it stands; length, capitals, quote marks; the
 * headline's trigger kind; the existing readers' answers as 0/1; and (session 38, `measureFeatures`) what tells a
 * measurement from an act: the head of the subject's first noun phrase, an amount as the verb's complement; and
 * (session 41, evt92, `negatedObjectFeatures`) a negated object or subject ("has no plans to", "no progress was made").
 *
 * Used by markLedeKind: a lede no reader marked, read as not a happening with the model's odds past the threshold
 * chosen on cross-validation, gets the mood of its most likely kind (a figure or debris `not-news`, a state `state`,
 * a forecast `forecast`, a negated happening `unasserted`): it stays in graph.json `reports`, as every marked lede does.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { logisticProbability as probability, sigmoid, type Features, type LogisticWeights } from '../util/logistic.ts';
import { datelineLength } from './dateline.ts';
import { taggedTerms, type TaggedTerm } from './nlp.ts';
import { nounSense, verbSense } from './noun-sense.ts';
import { assertionScores, negationAt } from './assertion.ts';
import { stateScores, ledeToldAsState } from './state.ts';
import { isDataNotice, ledeTellsAFigure, negatedNews, reportedVerb, reportsAFigure, tellsAForecast, withoutRelativeClauses, type ReportedVerb } from './news-kind.ts';
import { ledeTellsALevel, quantityHead, isFigureVerb } from './figure-lede.ts';
import { ledeTellsForecast } from './plan.ts';
import { wordClusters } from './ner/words.ts';
import { findTrigger } from './events.ts';
import { eventKind } from '../event-types.ts';
import { AMOUNT_SCALES, AMOUNT_UNITS, REPORTING_TRIGGERS } from './lexicon.ts';
import type { EventMention, IngestedArticle } from '../types.ts';

export type { Features, LogisticWeights } from '../util/logistic.ts';
export const LEDE_KINDS = ['happening', 'figure', 'state', 'forecast', 'negated', 'other'] as const;
export type LedeKind = (typeof LEDE_KINDS)[number];
/** The kinds a not-happening lede is told apart by (negated and debris are too rare to learn alone). */
export const NOT_HAPPENING_KINDS = ['figure', 'state', 'forecast'] as const;

export interface LedeKindModel {
  about: string;
  /** A lede is read as no happening when its probability of a happening is below this. */
  threshold: number;
  /** Or, when given, below its likeliest kind's own threshold (session 34: a state's odds are not a figure's). */
  thresholds?: Record<(typeof NOT_HAPPENING_KINDS)[number], number>;
  /**
   * The L2 penalties the weights were fitted with (eval/train-lede-kinds.ts: the happening model's chosen by
   * cross-validation, the kinds' fixed), for an evaluation that refits the same model on folds (eval/undated-news.ts);
   * the extraction does not read them. Absent in a model written before session 37.
   */
  l2?: { happening: number; kinds: number };
  happening: LogisticWeights;
  kinds: Record<(typeof NOT_HAPPENING_KINDS)[number], LogisticWeights>;
}

export { logisticProbability as probability } from '../util/logistic.ts';

const NUMBER = /^[$£€]?\d[\d,.\/-]*%?$/;

/** Adds a feature: `on(name)` sets it (or adds 1), `on(name, value)` adds the value. */
type FeatureSink = (name: string, value?: number) => void;

/** The lede's features as numbers (a feature absent is 0). */
export function ledeKindFeatures(headline: string, lede: string): Features {
  const f: Features = {};
  const on: FeatureSink = (name, value = 1) => {
    f[name] = (f[name] ?? 0) + value;
  };
  const from = datelineLength(lede);
  const terms = taggedTerms(lede).filter((t) => t.offset.start >= from && t.text !== '');
  readerFeatures(on, headline, lede);
  verbFeatures(on, lede, from, terms);
  shapeFeatures(on, lede.slice(from), terms);
  const told = findTrigger(headline);
  on(told === null ? 'h:none' : eventKind(told.type).reportedSpeech ? 'h:speech' : 'h:happening');
  return f;
}

/** The existing readers' answers. */
function readerFeatures(on: FeatureSink, headline: string, lede: string): void {
  if (isDataNotice(headline, lede)) on('r:data-notice');
  if (reportsAFigure(headline)) on('r:headline-figure');
  if (ledeTellsAFigure(lede)) on('r:lede-figure');
  if (ledeTellsALevel(lede)) on('r:lede-level');
  if (tellsAForecast(headline, lede)) on('r:forecast');
  if (ledeTellsForecast(lede)) on('r:plan-forecast');
  if (ledeToldAsState(lede)) on('r:state');
  if (negatedNews(lede)) on('r:negated');
}

/** Each auxiliary or modal of the verb's group, under `prefix` ("will" → `${prefix}g:will`). */
function auxiliaryFeatures(on: FeatureSink, prefix: string, verb: ReportedVerb): void {
  for (const g of verb.group) if (g.trim()) on(`${prefix}g:${g.trim().toLowerCase()}`);
}

/** The reporting verb, if any, and the lede's own verb: its word, group, tense, the models' scores at it, its subject and mood. */
function verbFeatures(on: FeatureSink, lede: string, from: number, terms: readonly TaggedTerm[]): void {
  const reporting = terms.find((t) => REPORTING_TRIGGERS.has(t.text.toLowerCase()) && t.tags.includes('Verb'));
  if (reporting) on(`rep:${reporting.text.toLowerCase()}`);
  // The main clause's verb and subject are read with relative clauses blanked (offsets kept): "Acme, which runs
  // four mills near Orlin, will keep …" has Acme as its subject, not "mills".
  const main = withoutRelativeClauses(lede);
  const verb = reportedVerb(main, reporting ? reporting.text : '');
  if (!verb) {
    on('v:none');
    return;
  }
  const mainTerms = taggedTerms(main).filter((t) => t.offset.start >= from && t.text !== '');
  const word = /^[\p{L}'’-]*/u.exec(lede.slice(verb.start))![0];
  const w = word.toLowerCase();
  on(`v:${w}`);
  const c = wordClusters(word);
  if (c) (on(`vc:${c[0]}`), on(`vcc:${c[1]}`));
  if (isFigureVerb(w)) on('v:figure-verb');
  if (verb.copula) on('v:copula');
  if (verb.past) on('v:past');
  auxiliaryFeatures(on, '', verb);
  if (verb.group.length === 0 && !verb.past) on('v:bare');
  if (/ing$/.test(w)) on('v:ing');
  if (reporting && reporting.offset.start > verb.start) on('rep:after');
  scoreFeatures(on, lede, verb.start);
  const at = mainTerms.findIndex((t) => t.offset.start >= verb.start);
  subjectFeatures(on, mainTerms, at, verb, reporting);
  moodFeatures(on, mainTerms, at, verb, word);
  const sense = verbSense(w);
  measureFeatures(on, mainTerms, at, verb, w, reporting, sense);
  negatedObjectFeatures(on, mainTerms, at);
  if (sense) verbSenseFeatures(on, mainTerms, at, verb, sense);
  // (Session 48, evt112: only a clause the reporting verb hands on to — "said it is confident" —, not a lede told
  // first and attributed after it — "… totalled 2.4 mln, the office said" —, which is a lede of its own.)
  if (reporting && reporting.offset.start < verb.start) saidVerbFeatures(on, verb, w, sense);
}

/**
 * In a statement (session 46, evt106), the said clause's verb form and kind apart from a lede's own: a present or a
 * copula under a past "said" ("said it is confident", "said the economy was responding well") tells a view or a state
 * more often than the same form in a lede of its own.
 */
function saidVerbFeatures(on: FeatureSink, verb: ReportedVerb, w: string, sense: string | undefined): void {
  if (verb.copula) on('said&v:copula');
  if (verb.past) on('said&v:past');
  if (verb.group.length === 0 && !verb.past) on('said&v:bare');
  if (/ing$/.test(w)) on('said&v:ing');
  if (sense) on(`said&vs:${sense}`);
}

/** The TimeML-trained assertion and state models' scores at the verb, and the assertion rule's negation. */
function scoreFeatures(on: FeatureSink, lede: string, at: number): void {
  const scores = assertionScores(lede, at);
  if (scores) {
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    ['asserted', 'future', 'unasserted'].forEach((name, k) => on(`as:${name}`, exp[k]! / sum));
  }
  const states = stateScores(lede, at);
  if (states) (on('st:state', sigmoid(states.state)), on('st:present', sigmoid(states.presentState)));
  const negation = negationAt(lede, at);
  if (negation) on(`neg:${negation}`);
}

/** The subject's head (the word before the verb's group, `at` the verb's term): its cluster, its side, its kind. */
function subjectFeatures(on: FeatureSink, mainTerms: readonly TaggedTerm[], at: number, verb: ReportedVerb, reporting: TaggedTerm | undefined): void {
  const head = at - verb.group.length - 1;
  if (head < 0) return;
  const h = mainTerms[head]!.text.replace(/[^\p{L}\d'-]/gu, '');
  const hc = wordClusters(h);
  if (hc) on(`sc:${hc[1]}`);
  const quantity = quantityHead(h);
  // A name as the subject (a party acting: "Acme Corp will close …") or a measure ("prices will rise"), and
  // how each goes with the verb's group: a party's "will" is its plan, a measure's a forecast.
  const tags = mainTerms[head]!.tags;
  const named = tags.includes('ProperNoun') || (head > 0 && /^\p{Lu}/u.test(h));
  const side = quantity ? 'quantity' : named ? 'name' : tags.includes('Pronoun') ? 'pronoun' : 'other';
  on(`s:${side}`);
  auxiliaryFeatures(on, `s:${side}&`, verb);
  if (verb.past) on(`s:${side}&past`);
  if (reporting && reporting.offset.start < verb.start) on(`rep&s:${side}`);
  if (side === 'quantity' || side === 'other') subjectSense(on, h.toLowerCase(), verb);
}

/** The lede's shape after its dateline: its first word, counts of numbers and amounts, length, capitals, quotes, modals, months. */
function shapeFeatures(on: FeatureSink, text: string, terms: readonly TaggedTerm[]): void {
  // The first word after the dateline (a results table's "Shr", a dividend's "Qtly").
  const first = terms[0]?.text.replace(/[^\p{L}\d'-]/gu, '') ?? '';
  if (first) {
    on(`w1:${first.toLowerCase()}`);
    const c = wordClusters(first);
    if (c) on(`w1c:${c[1]}`);
  }
  const lower = terms.map((t) => t.text.toLowerCase());
  const words = text.split(/\s+/).filter(Boolean);
  const numbers = words.filter((w) => NUMBER.test(w.replace(/[,.;:)]+$/, ''))).length;
  const amounts = lower.filter((w) => AMOUNT_SCALES.has(w) || AMOUNT_UNITS.has(w)).length + (text.match(/[$£€%]/g)?.length ?? 0);
  const quantities = lower.filter((w) => quantityHead(w.replace(/[^\p{L}'-]/gu, ''))).length;
  on('n:numbers', Math.log1p(numbers));
  on('n:amounts', Math.log1p(amounts));
  on('n:quantities', Math.log1p(quantities));
  on('n:words', words.length / 40);
  if (words.length < 8) on('n:short');
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0) on('n:capitals', letters.replace(/\p{Ll}/gu, '').length / letters.length);
  if (/["“”]/.test(text)) on('n:quote');
  // (A lede left open, ending in a colon or a dash: a table or a list follows; session 38.)
  if (/[:-]\s*$/.test(text)) on('n:open-end');
  if (terms.some((t) => t.tags.includes('Modal'))) on('n:modal');
  // (A month or a period named after the dateline: a monthly or weekly figure's "in February", "the week ended"; session 35.)
  const months = terms.filter((t) => t.tags.includes('Month')).length;
  if (months > 0) on('n:months', Math.log1p(months));
}

/**
 * The kind of thing the subject's head names (WordNet's lexicographer file, src/extract/noun-senses.json; session 35,
 * evt75): a statistic's or a market's subject is a possession ("sales", "profit"), a quantity ("rate", "level") or an
 * attribute ("price") that rises; a party's plan has a person or group behind it. With the verb's tense and modals,
 * as the subject's side is: "sales rose" and "sales will rise" are a figure and a forecast.
 */
function subjectSense(on: FeatureSink, head: string, verb: ReportedVerb): void {
  const sense = nounSense(head);
  if (!sense) return;
  on(`ns:${sense}`);
  if (verb.past) on(`ns:${sense}&past`);
  auxiliaryFeatures(on, `ns:${sense}&`, verb);
}

/** A term no more than an adverb or a negation between a verb and what it governs. */
const isAdverb = (t: TaggedTerm) => t.tags.includes('Adverb') || /^(?:not|never)$/i.test(t.text);

/**
 * The lede verb's mood beyond its auxiliaries (session 35, evt75; issue 19's unseen failures "modal" and "state"): a
 * to-infinitive it governs ("plans to sell", "expects to report", "hopes to", "seeks to": a plan, a hope or an
 * expectation, read by the verb's word and cluster with the subject's side), and, after a copula, what is said of
 * the subject — a superlative or comparative ("is the largest"), an adjective and its cluster ("is confident",
 * "remains cautious"), a noun and its WordNet kind, a preposition ("is in talks", "is under review"); and the kind
 * of the verb's object ("raised its forecast": a cognition; "cut its prices": an attribute). No word lists: the
 * model weighs each shape on the judged ledes.
 */
function moodFeatures(on: FeatureSink, terms: readonly TaggedTerm[], at: number, verb: ReportedVerb, word: string): void {
  if (at < 0) return;
  let k = at + 1;
  while (k < terms.length && isAdverb(terms[k]!)) k++;
  const next = terms[k];
  if (!next) return;
  const cluster = wordClusters(word)?.[1];
  if (/^to$/i.test(next.text) && terms[k + 1]?.tags.includes('Verb')) {
    on('m:to');
    if (cluster) on(`m:to&vcc:${cluster}`);
    if (verb.past) on('m:to&past');
    auxiliaryFeatures(on, 'm:to&', verb);
    return;
  }
  if (verb.copula) {
    let p = next;
    if (p.tags.includes('Determiner')) p = terms[k + 1] ?? p;
    // (A rank, session 42: "is the second largest", "is one of the biggest", "is No. 1".)
    if (p.tags.includes('Ordinal') || /^one$/i.test(p.text) || /^no\.?$/i.test(p.text)) on('m:cop&rank');
    if (p.tags.includes('Superlative')) on('m:cop&superlative');
    else if (p.tags.includes('Comparative')) on('m:cop&comparative');
    else if (p.tags.includes('Adjective')) {
      on('m:cop&adjective');
      const c = wordClusters(p.text);
      if (c) on(`m:cop&adjc:${c[1]}`);
    } else if (p.tags.includes('Preposition')) on('m:cop&preposition');
    else if (p.tags.includes('Noun')) {
      on('m:cop&noun');
      const sense = nounSense(p.text.toLowerCase());
      if (sense) on(`m:cop&ns:${sense}`);
    }
    return;
  }
  // The object: the first common noun within a few words ("revised down its forecast", "cut the price of").
  for (let j = k; j < Math.min(terms.length, k + 5); j++) {
    const t = terms[j]!;
    if (t.tags.includes('Preposition') || t.tags.includes('Verb')) break;
    if (!t.tags.includes('Noun') || t.tags.includes('Possessive') || t.tags.includes('Pronoun') || t.tags.includes('ProperNoun')) continue;
    const sense = nounSense(t.text.toLowerCase().replace(/[^\p{L}'-]/gu, ''));
    if (sense) on(`o:ns:${sense}`);
    break;
  }
}

/**
 * The kind of doing the lede's verb tells (session 42, evt94; issue 19's unseen failures "state", "figure", "modal"):
 * WordNet's lexicographer file of its commonest senses (src/extract/verb-senses.json: `stative` "remains", "holds";
 * `change` "widened"; `motion` "rose"; `communication`; `cognition` "expects", "sees"; `possession` "sold") — with its
 * tense ("holds" in the present a state, "sold" in the past a deed); with a
 * to-infinitive it governs ("is expected to": a cognition's passive, a forecast without a modal); and a gerund of a
 * change it governs ("sees prices rising", "expects sales growing"). No word lists: the model weighs each kind.
 */
function verbSenseFeatures(on: FeatureSink, terms: readonly TaggedTerm[], at: number, verb: ReportedVerb, sense: string): void {
  on(`vs:${sense}`);
  if (verb.past) on(`vs:${sense}&past`);
  else if (verb.group.every((g) => !g.trim())) on(`vs:${sense}&present`);
  if (at < 0) return;
  const k = terms.findIndex((t, j) => j > at && !isAdverb(t));
  if (k > 0 && /^to$/i.test(terms[k]!.text) && terms[k + 1]?.tags.includes('Verb')) on(`vs:${sense}&to`);
  if (verb.past && verb.group.some((g) => /^(?:is|are|was|were|been|be)$/i.test(g.trim()))) on(`vs:${sense}&passive`);
  const gerund = terms.slice(at + 1, at + 7).find((t) => t.tags.includes('Gerund'));
  const gsense = gerund && verbSense(gerund.text.toLowerCase().replace(/[^\p{L}'-]/gu, ''));
  if (gsense) on(`vs:${sense}&ing:${gsense}`);
}

/** A term that is a number or an amount ("17", "94", "$40", "6.8%"): compromise's value tags or a numeral's shape. */
const isAmount = (t: TaggedTerm) => t.tags.includes('Value') || NUMBER.test(t.text.replace(/[,.;:)]+$/, ''));

/**
 * What tells a measurement from an act (session 38, evt83; issue 19's unseen failure "figure": a stock's jump, a poll's
 * rating, a quarter's output as event pages): the head of the subject's first noun phrase — the word before its first
 * preposition, so "Utilization of offshore rigs in the Gulf declined" is headed by "utilization", not by the place —
 * read as the subject's head is (a quantity, its WordNet kind), and whether a name owns it ("Acme's sales"); whether
 * the verb's complement is an amount, past marks of scale only (prepositions, determiners, adverbs: "rose about 17
 * pct", "declined by 0.7 pct", "was 3.2 pct"), and with which kind of verb and subject; and an amount both "from" and "to"
 * ("to 94 mln dlrs from 80 mln"). No word lists: the model weighs each shape on the judged ledes.
 */
function measureFeatures(on: FeatureSink, terms: readonly TaggedTerm[], at: number, verb: ReportedVerb, word: string, reporting: TaggedTerm | undefined, vsense?: string): void {
  if (at < 0) return;
  const start = reporting && reporting.offset.start < verb.start ? terms.findIndex((t) => t.offset.start > reporting.offset.start) : 0;
  const subject = terms.slice(Math.max(0, start), Math.max(0, at - verb.group.length));
  const preposition = subject.findIndex((t) => t.tags.includes('Preposition'));
  const first = preposition > 0 ? subject.slice(0, preposition) : subject;
  const head = first.at(-1)?.text.toLowerCase().replace(/[^\p{L}'-]/gu, '') ?? '';
  const change = isFigureVerb(word);
  const side = head && quantityHead(head) ? 'quantity' : first.some((t) => t.tags.includes('Possessive') && t.tags.includes('ProperNoun')) ? 'owned' : 'other';
  // (A common noun; the lede's first word is capitalised by its place, so compromise's ProperNoun there is no name.)
  const last = first.at(-1);
  if (head && last?.tags.includes('Noun') && (!last.tags.includes('ProperNoun') || last === terms[0])) {
    on(`s0:${side}`);
    const sense = nounSense(head);
    if (sense) (on(`s0:ns:${sense}`), change && on(`s0:ns:${sense}&change`));
    // (Session 42, evt94: the subject's side with the verb's kind — a quantity that moves or changes, "prices rose",
    // "losses widened", is a measure's change; a name's possession, "Acme's unit sold", a deed. With the subject's
    // WordNet kind and with the auxiliaries too, the held-out log loss was worse: 0.3706 against 0.3689.)
    if (vsense) on(`s0:${side}&vs:${vsense}`);
  }
  let k = at + 1;
  while (k < terms.length && k < at + 5 && !isAmount(terms[k]!) && (isAdverb(terms[k]!) || terms[k]!.tags.includes('Preposition') || terms[k]!.tags.includes('Determiner'))) k++;
  if (terms[k] && isAmount(terms[k]!)) {
    on('c:amount');
    on(`c:amount&s0:${side}`);
    if (change) on('c:amount&change');
    if (verb.copula) on('c:amount&copula');
    if (vsense) on(`c:amount&vs:${vsense}`);
  }
  // (Session 42: a comparative past the verb's adverbs, "opened sharply higher", "were lower", "is bigger than": a change
  // told by comparison, and of which subject.)
  if (terms[k]?.tags.includes('Comparative')) (on('c:comparative'), on(`c:comparative&s0:${side}`));
  const rest = terms.slice(at + 1).map((t) => t.text.toLowerCase());
  const amountAfterWord = (w: string) => rest.some((x, j) => x === w && terms[at + 2 + j] && isAmount(terms[at + 2 + j]!));
  if (amountAfterWord('from') && amountAfterWord('to')) on('c:from-to');
}

/**
 * A negated object or subject (session 41, evt92; issue 19's unseen failure "negated"): "has no present plans to sell",
 * "sees no reason to", "has no intention of", "no progress had been made" — "no" within a few words after the verb (its
 * object) or before it (its subject), the noun it governs (past adjectives) and its WordNet kind, and whether a "to" or
 * "of" follows the object.
 */
function negatedObjectFeatures(on: FeatureSink, terms: readonly TaggedTerm[], at: number): void {
  if (at < 0) return;
  const no = terms.findIndex((t, j) => j >= at - 4 && j <= at + 3 && j !== at && /^no$/i.test(t.text));
  if (no < 0) return;
  let k = no + 1;
  while (k < terms.length && terms[k]!.tags.includes('Adjective')) k++;
  const noun = terms[k];
  if (!noun?.tags.includes('Noun')) return;
  const role = no < at ? 'no:subj' : 'no:obj';
  on(role);
  const sense = nounSense(noun.text.toLowerCase().replace(/[^\p{L}'-]/gu, ''));
  if (sense) on(`${role}&ns:${sense}`);
  const after = terms[k + 1]?.text.toLowerCase();
  if (role === 'no:obj' && (after === 'to' || after === 'of')) on(`no:obj&${after}`);
}

let shipped: LedeKindModel | undefined;
const model = () => (shipped ??= shippedJson(new URL('./lede-kind-model.json', import.meta.url)) as LedeKindModel);

/** The lede's kind as the model reads it: its probability of a happening, and its likeliest other kind. */
export function ledeKind(headline: string, lede: string, m: LedeKindModel = model()): { happening: number; kind: (typeof NOT_HAPPENING_KINDS)[number] } {
  const f = ledeKindFeatures(headline, lede);
  let kind: (typeof NOT_HAPPENING_KINDS)[number] = 'figure';
  let best = -1;
  for (const k of NOT_HAPPENING_KINDS) {
    const p = probability(m.kinds[k], f);
    if (p > best) (best = p, kind = k);
  }
  return { happening: probability(m.happening, f), kind };
}

const MOOD: Record<(typeof NOT_HAPPENING_KINDS)[number], NonNullable<EventMention['mood']>> = { figure: 'not-news', state: 'state', forecast: 'forecast' };

/** The model's reading of the article's news (`news`, the `lede` mention), or undefined when a reader gave it a mood or its sentence is gone. */
function readNews(article: IngestedArticle, sentences: readonly { index: number; text: string }[], news: EventMention, m: LedeKindModel): ReturnType<typeof ledeKind> | undefined {
  if (news.mood) return undefined;
  const lede = sentences.find((s) => s.index === news.sentence);
  return lede ? ledeKind(article.title, lede.text, m) : undefined;
}

/**
 * Marks the article's news (the `lede` mention) that no reader marked when the model reads it as no happening past
 * its threshold. Run after news-kind.ts and plan.ts: their moods stand, and so does a day of its own after the
 * article (a scheduled happening). Returns the model's reading of an unmarked lede (dated or not), which the event
 * page's happening decision reads (src/extract/event-reading.ts, session 43). The lede is found once (session 45).
 */
export function markLedeKind(article: IngestedArticle, sentences: readonly { index: number; text: string }[], events: EventMention[], m: LedeKindModel = model()): ReturnType<typeof ledeKind> | undefined {
  const news = events.find((e) => e.lede);
  const read = news && readNews(article, sentences, news, m);
  if (!read || !news || article.date === null) return read;
  if (news.date !== null && news.date > article.date) return read;
  if (read.happening < (m.thresholds?.[read.kind] ?? m.threshold)) news.mood = MOOD[read.kind];
  return read;
}
