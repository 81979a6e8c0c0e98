/**
 * The lede-role model: whether a name of an article's news sentence (its lede) takes part in the news — its actor,
 * its target or where it happened — or only stands in the sentence: a name of another clause (a relative clause, a
 * purpose phrase, an earlier deal), a name that describes a noun ("a Norland firm", a home place, an owner before its
 * unit, a ticker, a title's body), the source that only says it, or no name at all. A logistic regression over the
 * name's place in the sentence as the fast tagger (pos-tagger.ts) and the clause reader (src/extract/clause.ts) read
 * it: its side of the trigger and how far, what stands between (a comma, a relative pronoun, a verb of speaking, a
 * clause opener), the word before it and the word after it (a preposition, a possessive, a lower-case noun it
 * modifies, a verb it is the subject of), its type and the tagger's confidence. Session 34 (evt72) added, learnt from
 * 1,175 labels: its syntactic place (the trigger's subject or object, in a clause a verb of speaking opens, after
 * "according to", capitalised words between it and the trigger), the lower-case words right before and after it and
 * their clusters in the shipped word table (the noun it modifies, the title before it), and the extraction's own
 * reading of its part (`party`). Session 35 (evt74), learnt from 1,697 labels: its place against the sentence's main
 * verb, the clause opener between that verb and it, a quotation open before it, and its rank among the names.
 *
 * Trained at development time on the labels of tests/gold/lede-roles.json (ledes of train-split articles only) by
 * `npm run train-lede-roles` (eval/train-lede-roles.ts); only the weights ship (lede-roles-model.json). Read only for
 * an article's news, where it was trained: a participant the model reads as no party with odds of at least
 * LEDE_ROLE_THRESHOLD (chosen on the train labels' 5-fold cross-validation) is kept as the event's `alsoNamed`, not
 * shown (src/resolve/events/parties.ts). Session 33 (evt69).
 */
import { shippedJson } from '../util/shipped-json.ts';
import type { EntityType, Sentence } from '../types.ts';
import { datelineLength } from '../extract/dateline.ts';
import { clauseOpenerBefore, inApposition, inCommaRelative, inRelativeClause, mainVerb, purposePhrases } from '../extract/clause.ts';
import { alternation, NAME_OWNED_HEADS, RELATIVE_PRONOUNS, SPEECH_VERBS_AFTER } from '../extract/lexicon.ts';
import { wordClusters } from '../extract/ner/words.ts';
import { posTerms } from '../extract/pos-tagger.ts';
import type { TaggedTerm } from '../extract/nlp.ts';
import { logisticProbability, type Features, type LogisticWeights } from '../util/logistic.ts';

/** A name of the sentence as the model reads it: its span (paragraph offsets), its type and the tagger's confidence. */
export interface LedeName {
  start: number;
  end: number;
  type: EntityType;
  confidence?: number;
}

/**
 * The odds of "no party" at or above which a lede's participant is kept as `alsoNamed`: chosen on the train labels'
 * cross-validated odds (eval/train-lede-roles.ts prints, per threshold, how many participants it would take and how
 * many of those were judged parties), where nearly all it takes were judged no party (session 34: 0.9 takes 52 of the
 * 855 labelled participants, 4 of them judged parties; 0.85 takes 98, 12 of them parties, and lost two dev pages'
 * parties: a partner in talks, the approving department; session 35: 0.9 takes 138 of 1,266, 9 of them parties; 0.85
 * takes 212, 20).
 */
export const LEDE_ROLE_THRESHOLD = 0.9;

/** A verb of speaking right after the name, perhaps after its abbreviation in brackets and one word ("(EEI) said"). */
const SPEAKS_AFTER = new RegExp(String.raw`^\s*(?:\(\p{Lu}+\)\s*)?(?:\w+\s+)?(?:${alternation(SPEECH_VERBS_AFTER)})\b`, 'u');
/** A comma a few words before the name: the name closes a phrase set off after the sentence's clause. */
const SET_OFF_BEFORE = /,\s*(?:[\p{L}'’.-]+\s+){0,6}$/u;

const bucket = (n: number) => (n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+');

/** Where the trigger word stands in the sentence's text (after its dateline), or -1. */
export function triggerAt(text: string, trigger: string): number {
  const from = datelineLength(text);
  const lower = text.toLowerCase();
  const word = trigger.toLowerCase();
  // (A news told by no word of its sentence has an empty trigger.)
  if (word.trim() === '') return -1;
  for (let at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + 1)) {
    const before = at === 0 ? ' ' : lower[at - 1]!;
    const after = lower[at + word.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return at;
  }
  return -1;
}

/** A lower-case word's features: the word itself and its cluster (the words around a name, session 34). */
function wordFeatures(f: Features, slot: string, word: string | undefined): void {
  if (word === undefined || !/^\p{Ll}/u.test(word)) return;
  const w = word.toLowerCase().replace(/[^\p{L}'’-]/gu, '');
  if (!w) return;
  f[`${slot}.${w}`] = 1;
  const c = wordClusters(w)?.[0];
  if (c !== undefined) f[`${slot}-cluster.${c}`] = 1;
}

/**
 * The name's syntactic place as the words around it show it (session 34): the subject of the main verb (before the
 * trigger, nothing but words between, no comma and no preposition before it), its object (right after the trigger, no
 * preposition between), in a clause a verb of speaking opens before it ("said X …", "told X"), after "according to",
 * and how many capitalised words stand between it and the trigger (other names on the way).
 */
function syntacticPlace(f: Features, terms: readonly TaggedTerm[], text: string, start: number, end: number, at: number, trigger: string, dateline: number): void {
  const before = text.slice(dateline, start);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.toLowerCase().replace(/[^a-z]/g, '');
  if (at >= 0 && at > start) {
    const between = text.slice(end, at);
    if (!/[,;(]/.test(between) && words(between).length <= 4 && !f['after-comma'] && !Object.keys(f).some((k) => k.startsWith('prep.'))) f['subject-of-trigger'] = 1;
  } else if (at >= 0 && at < start) {
    const between = terms.filter((t) => t.offset.start >= at + trigger.length && t.offset.start < start);
    if (between.length <= 2 && !between.some((t) => t.tags.includes('Preposition')) && !/[,;]/.test(text.slice(at, start))) f['object-of-trigger'] = 1;
  }
  if (words(before).some((w) => SPEECH_VERBS_AFTER.has(bare(w)))) f['after-speech-clause'] = 1;
  if (/\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu.test(before)) f['according-to'] = 1;
  if (at >= 0) {
    const [a, b] = at < start ? [at + trigger.length, start] : [end, at];
    const caps = words(text.slice(a, b)).filter((w) => /^\p{Lu}/u.test(w)).length;
    f[`capitals-between.${bucket(caps)}`] = 1;
  }
}

/**
 * The word before the name (a preposition, a determiner, a verb of speaking or another, a noun), and a comma, a
 * bracket or a possessive right before it.
 */
function wordBefore(f: Features, text: string, start: number, prev: TaggedTerm | undefined, dateline: number): void {
  if (prev === undefined || prev.offset.start < dateline) f['at-start'] = 1;
  else {
    const w = prev.text.toLowerCase();
    if (prev.tags.includes('Preposition')) f[`prep.${w}`] = 1;
    else if (prev.tags.includes('Determiner')) f['after-determiner'] = 1;
    else if (SPEECH_VERBS_AFTER.has(w)) f['after-speech-verb'] = 1;
    else if (prev.tags.includes('Verb')) f['after-verb'] = 1;
    else if (prev.tags.includes('Noun') && /^\p{Ll}/u.test(prev.text)) f['after-noun'] = 1;
    if (/,\s*$/.test(text.slice(0, start))) f['after-comma'] = 1;
    // (A ticker or an abbreviation in brackets after a name: "<QNT>", "(ZRB)".)
    if (/[<(]\s*$/.test(text.slice(0, start))) f['in-bracket'] = 1;
    if (/['’]s?\s+$/.test(text.slice(0, start))) f['after-possessive'] = 1;
  }
}

/**
 * What follows the name: a possessive, a bracket, a comma, or the next word (a verb of speaking or another, a head
 * it owns, a noun, a preposition), or the sentence's end.
 */
function wordAfter(f: Features, rest: string, next: TaggedTerm | undefined): void {
  if (/^['’]s?\b/.test(rest)) f['possessive'] = 1;
  else if (/^\s*[<(]/.test(rest)) f['before-bracket'] = 1;
  else if (/^\s*,/.test(rest)) f['before-comma'] = 1;
  else if (next) {
    const w = next.text.toLowerCase();
    if (SPEECH_VERBS_AFTER.has(w)) f['before-speech-verb'] = 1;
    else if (next.tags.includes('Verb') || next.tags.includes('Auxiliary')) f['before-verb'] = 1;
    else if (NAME_OWNED_HEADS.has(w) || NAME_OWNED_HEADS.has(w.replace(/s$/, ''))) f['before-owned-head'] = 1;
    else if ((next.tags.includes('Noun') || next.tags.includes('Adjective')) && /^\p{Ll}/u.test(next.text)) f['before-noun'] = 1;
    else if (next.tags.includes('Preposition')) f[`before-prep.${w}`] = 1;
  } else f['sentence-end'] = 1;
  if (/\s*\.?\s*$/.test(rest) && rest.trim().length <= 1) f['sentence-end'] = 1;
}

/** The name's side of the trigger, how far, and what stands between (a comma, a relative pronoun, a verb of speaking). */
function placeAgainstTrigger(f: Features, text: string, start: number, end: number, at: number, trigger: string): void {
  if (at < 0) f['no-trigger'] = 1;
  else {
    const [a, b] = at < start ? [at + trigger.length, start] : [end, at];
    const between = text.slice(a, b);
    const words = between.split(/\s+/).filter(Boolean);
    f[at < start ? 'after-trigger' : 'before-trigger'] = 1;
    f[`distance.${at < start ? 'after' : 'before'}.${bucket(words.length)}`] = 1;
    if (between.includes(',')) f['comma-between'] = 1;
    if (words.some((w) => RELATIVE_PRONOUNS.has(w.toLowerCase().replace(/[^a-z]/g, '')))) f['relative-between'] = 1;
    if (words.some((w) => SPEECH_VERBS_AFTER.has(w.toLowerCase().replace(/[^a-z]/g, '')))) f['speech-between'] = 1;
  }
}

/** The name's place among the sentence's names after its dateline: `index` of `count`, in order. */
export interface NameRank {
  index: number;
  count: number;
}

/**
 * The name's place against the sentence's main verb rather than the trigger (session 35; BBC ledes and long Reuters
 * ones tell their news in a clause under the main verb): its side of the main verb, whether the trigger is that verb,
 * the nearest clause opener between the main verb and the name ("which", "that", "after", "because": the clause it
 * sits in), a quotation it sits in, and its place among the sentence's names (first, last, how many).
 */
function mainClausePlace(f: Features, text: string, terms: readonly TaggedTerm[], start: number, at: number, dateline: number, rank: NameRank | undefined): void {
  const verb = mainVerb(text, terms, dateline);
  // (A name in a relative clause or an apposition stands beside the main clause, whatever its side of the verb.)
  if (f['in-relative'] || f['in-apposition']) f['main-verb.aside'] = 1;
  else if (verb === undefined) f['main-verb.none'] = 1;
  else {
    const verbEnd = verb.offset.start + verb.offset.length;
    const side = start < verb.offset.start ? 'before' : 'after';
    f[`main-verb.${side}.${at === verb.offset.start ? 'is-trigger' : 'not-trigger'}`] = 1;
    if (side === 'after') {
      const opener = clauseOpenerBefore(text, verbEnd, start);
      f[`clause-opener.${opener === undefined ? 'none' : /(\w+)$/.exec(text.slice(0, opener))![1]!.toLowerCase()}`] = 1;
    }
  }
  // (A quotation open before the name: straight or curly marks, or the wire's `` … ''.)
  const before = text.slice(dateline, start);
  const count = (re: RegExp) => before.match(re)?.length ?? 0;
  if (count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g) || count(/``/g) > count(/''/g)) f['in-quote'] = 1;
  if (rank !== undefined) {
    if (rank.index === rank.count - 1 && rank.count > 1) f['last-name'] = 1;
    f[`names.${rank.count <= 1 ? '1' : rank.count <= 2 ? '2' : rank.count <= 4 ? '3-4' : '5+'}`] = 1;
  }
}

/** The model's features of one name of a lede (see the file's comment); `party`: the extraction's role for it, if any. */
export function ledeRoleFeatures(sentence: Sentence, name: LedeName, trigger: string, firstName: boolean, party?: string, rank?: NameRank): Features {
  const text = sentence.text;
  const start = name.start - sentence.start;
  const end = name.end - sentence.start;
  const f: Features = { [`type.${name.type}`]: 1 };
  if (firstName) f['first-name'] = 1;
  // (A name with no measured confidence, curated or given, is read as sure.)
  f['confidence'] = name.confidence ?? 1;
  const terms = posTerms(text);
  const k = terms.findIndex((t) => t.offset.start >= start);
  const after = terms.findIndex((t) => t.offset.start >= end);
  const prev = k > 0 ? terms[k - 1] : undefined;
  const next = after >= 0 ? terms[after] : undefined;
  const dateline = datelineLength(text);
  wordBefore(f, text, start, prev, dateline);
  if (inApposition(text, start)) f['in-apposition'] = 1;
  const rest = text.slice(end);
  wordAfter(f, rest, next);
  const at = triggerAt(text, trigger);
  placeAgainstTrigger(f, text, start, end, at, trigger);
  if (inRelativeClause(text, start)) f['in-relative'] = 1;
  if (at >= 0 && at < start && inCommaRelative(text, at, start)) f['in-comma-relative'] = 1;
  if (purposePhrases(text).some((p) => p.start <= start && end <= p.end)) f['in-purpose'] = 1;
  // (After a comma, a name closing the sentence before "said": the source of the report.)
  if (SPEAKS_AFTER.test(rest) && SET_OFF_BEFORE.test(text.slice(0, start))) f['closing-source'] = 1;
  // Session 34: the words around it, their clusters, its syntactic place and the extraction's own reading of it.
  wordFeatures(f, 'prev-word', prev && prev.offset.start >= dateline ? prev.text : undefined);
  wordFeatures(f, 'next-word', /^\s*[,(<'’]/.test(rest) ? undefined : next?.text);
  syntacticPlace(f, terms, text, start, end, at, trigger, dateline);
  f[`party.${party ?? 'none'}`] = 1;
  mainClausePlace(f, text, terms, start, at, dateline, rank);
  return f;
}

/** The shipped weights, with a line on what they were trained on. */
export interface LedeRoleModel extends LogisticWeights {
  about: string;
}

let shipped: LedeRoleModel | null = null;
/** The shipped weights (loaded once, on first use). */
export function shippedLedeRoleModel(): LedeRoleModel {
  shipped ??= shippedJson(new URL('./lede-roles-model.json', import.meta.url)) as LedeRoleModel;
  return shipped;
}

/** The odds that the name takes no part in the lede's news (see the file's comment). */
export function noPartOdds(sentence: Sentence, name: LedeName, trigger: string, firstName: boolean, party?: string, rank?: NameRank, model = shippedLedeRoleModel()): number {
  return logisticProbability(model, ledeRoleFeatures(sentence, name, trigger, firstName, party, rank));
}
