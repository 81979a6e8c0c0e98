/**
 * What the extraction's own models read of an event mention's trigger, kept as numbers on the mention (`reading`) for
 * the event page model (src/resolve/event-model.ts, issue 19, session 32): the assertion model's odds of each class
 * (asserted, to come, unasserted) before its rules, and the class its rules give; the state model's and the
 * present-state model's odds of a state; the
 * tagger's tag of the trigger word and what stands right before it (a modal, a negation, "to", an auxiliary); and,
 * for an article's news (its lede), what it reports, read at its reported verb, whether it is told as a state, and
 * (session 43) the lede-kind model's odds of a happening, which the happening decision reads (src/resolve/event-model.ts).
 * The extraction tags the sentence for these anyway (its answers are memoised), so reading them here costs little, and
 * resolution reads them instead of tagging every quote again.
 *
 * Every value is a number in 0–1, rounded to 3 decimals; a zero is left out. Names are the event page model's
 * feature names (a model trained on them reads them as they are).
 */
import type { EventMention } from '../types.ts';
import { ASSERTION_CLASSES, assertionOf, assertionScores } from './assertion.ts';
import { reportedVerb } from './news-kind.ts';
import { posTerms } from './pos-tagger.ts';
import { ledeToldAsState, stateScores } from './state.ts';
import { memoByString } from '../util/memo.ts';

export type Reading = Record<string, number>;

/** The tagger's tags a trigger word is read as, in the order they are told apart. */
const TRIGGER_TAGS = ['Modal', 'PastTense', 'PresentTense', 'Gerund', 'Participle', 'Infinitive', 'Plural', 'Noun', 'Adjective'] as const;

/**
 * A perceptron's score as odds in 0–1. Its scores run to tens (a plain past-tense deed scores ~10 asserted, ~-5 the
 * others; a state verb's margin ~-10 to -45), so they are read at a scale of 8: a margin of 8 reads 0.73.
 */
const SCALE = 8;
const odds = (score: number) => 1 / (1 + Math.exp(-score / SCALE));
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The assertion model's odds of each class for the word at `index`: a softmax of its scores, at the scale `odds` reads. */
function assertionOdds(quote: string, index: number, name: string, f: Reading): void {
  const scores = assertionScores(quote, index);
  if (!scores) return;
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp((s - top) / SCALE));
  const sum = exp.reduce((a, b) => a + b, 0);
  ASSERTION_CLASSES.forEach((c, k) => (f[`${name}.${c}`] = exp[k]! / sum));
}

/** A word at a word's start (compiled once per word: triggers repeat, and a Unicode regex with a look-behind costs). */
const wordStart = memoByString((first: string): RegExp => {
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu');
});

/** Where the trigger stands in its sentence: its first word at a word's start, or -1. */
export function triggerIndex(sentence: string, trigger: string): number {
  const first = trigger.split(/\s+/)[0] ?? '';
  if (!first) return -1;
  return wordStart(first).exec(sentence)?.index ?? -1;
}

/** How the trigger is told: the tagger's tag of its word, and a modal, a negation, "to" or an auxiliary before it. */
function toldFeatures(quote: string, trigger: string, f: Reading): void {
  const terms = posTerms(quote);
  const first = trigger.split(/\s+/)[0]?.toLowerCase() ?? '';
  const at = first ? terms.findIndex((t) => t.text.toLowerCase() === first || t.text.toLowerCase().startsWith(first)) : -1;
  if (at < 0) {
    f['trigger.not-in-sentence'] = 1;
    return;
  }
  const tags = terms[at]!.tags;
  f[`trigger.tag.${TRIGGER_TAGS.find((t) => tags.includes(t)) ?? 'other'}`] = 1;
  const before = terms.slice(Math.max(0, at - 4), at);
  f['trigger.modal-before'] = Number(before.some((t) => t.tags.includes('Modal')));
  f['trigger.negation-before'] = Number(before.some((t) => t.tags.includes('Negative')));
  f['trigger.to-before'] = Number(before.at(-1)?.text.toLowerCase() === 'to');
  f['trigger.auxiliary-before'] = Number(before.at(-1)?.tags.includes('Auxiliary') === true);
  f['trigger.position'] = terms.length > 1 ? at / (terms.length - 1) : 0;
  f['sentence.modal'] = Number(terms.some((t) => t.tags.includes('Modal')));
  f['sentence.present-verbs'] = Math.min(1, terms.filter((t) => t.tags.includes('PresentTense')).length / 3);
  f['sentence.past-verbs'] = Math.min(1, terms.filter((t) => t.tags.includes('PastTense')).length / 3);
}

/** The reading of one mention: its sentence, its trigger, and whether it is its article's news. */
export function readMention(m: Pick<EventMention, 'quote' | 'trigger' | 'lede'>): Reading {
  const f: Reading = {};
  toldFeatures(m.quote, m.trigger, f);
  const index = triggerIndex(m.quote, m.trigger);
  if (index >= 0) {
    assertionOdds(m.quote, index, 'assertion', f);
    f[`assertion.read.${assertionOf(m.quote, index)}`] = 1;
    const state = stateScores(m.quote, index);
    if (state) {
      f['state.odds'] = odds(state.state);
      f['state.present-odds'] = odds(state.presentState);
    }
    // (The trigger's sense is not read: a trigger in another sense makes no mention, so it read "kind" on every
    // event built in sessions 31-32.)
  }
  if (m.lede) {
    // What the lede reports, read at its first verb after the trigger (or before it, when the report comes first):
    // a statement's trigger is its saying, asserted and past, and what it says ("said it will hold …", "said the
    // economy is sound") is where a plan, a forecast or a state is told.
    const reported = reportedVerb(m.quote, m.trigger);
    if (!reported) f['reported.none'] = 1;
    else {
      f['reported.copula'] = Number(reported.copula);
      f['reported.past'] = Number(reported.past);
      const terms = posTerms(m.quote);
      const group = terms.filter((t) => t.offset.start < reported.start).slice(-3);
      f['reported.modal'] = Number(group.some((t) => t.tags.includes('Modal')));
      f['reported.negated'] = Number(group.some((t) => t.tags.includes('Negative')));
      assertionOdds(m.quote, reported.start, 'reported.assertion', f);
      const state = stateScores(m.quote, reported.start);
      if (state) {
        f['reported.state.odds'] = odds(state.state);
        f['reported.state.present-odds'] = odds(state.presentState);
      }
    }
    // (A lede whose headline or lede tells a figure, a data notice or a forecast is a report, never read here:
    // markNotNews gave it a mood. Its state reading is read, as ledeState does not always give one.)
    f['news.state'] = Number(ledeToldAsState(m.quote));
  }
  const out: Reading = {};
  for (const [k, v] of Object.entries(f)) if (round(v) !== 0) out[k] = round(v);
  return out;
}

/** The lede-kind model's reading of an article's news (src/extract/lede-kind.ts `ledeKind`). */
export interface LedeKindRead { happening: number; kind: string }

/**
 * The lede-kind model's odds that the news tells a happening, and the rest given to its likeliest other kind (a
 * figure, a state, a forecast): the happening decision's reading of the news (issue 19, session 43, evt96).
 */
function ledeKindReading(read: LedeKindRead, f: Reading): void {
  f['news.happening'] = round(read.happening);
  const rest = round(1 - read.happening);
  if (rest !== 0) f[`news.not.${read.kind}`] = rest;
}

/**
 * Records the reading of each event mention that may make an event (`EventMention.reading`): one with no mood (a
 * mention with a mood is a report, never an event page); the news with the lede-kind model's reading of it, when read.
 */
export function readEventMentions(events: EventMention[], ledeKind?: LedeKindRead): void {
  for (const m of events) {
    if (m.mood) continue;
    m.reading = readMention(m);
    if (m.lede && ledeKind) ledeKindReading(ledeKind, m.reading);
  }
}
