/**
 * compromise, set up once for Chronicle, and the one place its tagger is asked (`taggedTerms`). Extraction reads its
 * part-of-speech and lexicon tags only, so:
 * - it loads compromise's second build (`compromise/two`: tokenizer, lexicon, tagger), not the default third, whose
 *   plugins (nouns, verbs, numbers, sentences …) add methods and one tag no tagger rule sets, and cost start-up;
 * - it loads that build as the one file compromise ships it in (`builds/two/compromise-two.cjs`, what `require`
 *   finds for `compromise/two`: the same code as its `src/`, bundled), not its 456 source modules one by one: a
 *   quarter of a second less CPU and far fewer files opened at start-up (session 36, speed46);
 * - it loads it on the first question asked (`compromise()`), not when this module is imported: a command or a
 *   rebuild that asks compromise nothing (every article's extraction cached) never loads it;
 * - its world is its own: a program that also imports compromise's third build (eval/entities.ts, for compromise's
 *   own names) loads it from compromise's sources into a world of its own, so the third build's noun and verb
 *   chunks, a step after all tagging that sets no tag, are never run on extraction's texts (they were, until
 *   session 36, left out of the world the two builds then shared);
 * - its rule matcher is handed only the rules a text can fire (`matchHooked`): the same rules in the same order,
 *   found without a pass over all of them, or an array built per rule set, for every clause.
 */
import { createRequire } from 'node:module';
import type Nlp from 'compromise/two';
import { memoByString } from '../util/memo.ts';
import { ruleMatcher, type MatchRule, type MatchTodo } from './compromise-match.ts';

/** A compiled match rule (compromise's `buildNet`): the words and #Tags it needs, wants, and must not meet. */
export interface Rule {
  match: string;
  needs: string[];
  wants: string[];
  /** How many of its `wants` must be met (its alternations), and how many words a clause needs for it. */
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
/** A compiled set of match rules: rules by the word or #Tag they need or want, and those needing none. */
interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}
interface MatchMethods {
  one: { cacheDoc: (docs: unknown[]) => Set<string>[] };
}
export type BulkMatch = (docs: unknown[][], net: Net, methods: MatchMethods, opts?: { matchOne?: boolean }) => unknown[];
interface World {
  methods: { one: { bulkMatch: BulkMatch; match: MatchRule; termMethods: object } };
  model: { one: { lexicon: Record<string, string | string[]> } };
}

interface Loaded {
  nlp: typeof Nlp;
  /** compromise's own matcher, handed every rule (kept for tests/nlp.test.ts, which compares the two). */
  allRulesBulkMatch: BulkMatch;
  lexicon: Record<string, string | string[]>;
}
let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const nlp = createRequire(import.meta.url)('compromise/two') as typeof Nlp;
  const world = nlp.world() as unknown as World;
  const one = world.methods.one;
  const allRulesBulkMatch = one.bulkMatch;
  const matchRule = ruleMatcher(one.match, one.termMethods);
  one.bulkMatch = (docs, net, methods, opts = {}) => matchHooked(docs, net, methods, opts, matchRule);
  return (loaded = { nlp, allRulesBulkMatch, lexicon: world.model.one.lexicon });
}

/** compromise as extraction sets it up, loaded on first use. */
export const compromise = (): typeof Nlp => load().nlp;
/** compromise's own matcher, handed every rule (kept for tests/nlp.test.ts, which compares the two). */
export const allRulesBulkMatch = (): BulkMatch => load().allRulesBulkMatch;

/**
 * A rule set as the narrowed matcher reads it, built once per set: its keys in its own key order (Object.keys:
 * integer-like keys first), each key's rules as numbers (one number per match text: compromise tells rules apart by
 * it), and per rule the last clause that met it, so that a clause meets each rule once without a set of its own.
 * A clause's keys are found once (`keyAt`) and marked with the clause's number (`heldIn`): every later question of
 * the clause — a rule's needs and wants, where the rule stands — reads that mark by the key's place, not a string in
 * the clause's cache (session 49, speed67).
 */
interface CompiledNet {
  rules: Rule[];
  metIn: Float64Array;
  clauses: number;
  /** Each key's place in key order, and per place the last clause that held the key. */
  keyAt: Map<string, number>;
  heldIn: Float64Array;
  /** Per rule, its needs and wants that are keys (as places), and those that are not (read in the cache). */
  needs: Int32Array[];
  otherNeeds: string[][];
  wants: Int32Array[];
  otherWants: string[][];
  /** Per rule, its keys as [place in key order, its place in the key's rules], in key order (`placeIn`). */
  keysOf: [number, number][][];
  /** Per key's place, the rules to try when a clause holds it: each rule under one of its needs (a word before a tag), or its wants. */
  tryUnder: number[][];
}

const compiledNets = new WeakMap<object, CompiledNet>();

function compiled(hooks: Record<string, Rule[]>): CompiledNet {
  let net = compiledNets.get(hooks);
  if (net) return net;
  const numbers = new Map<string, number>();
  const rules: Rule[] = [];
  const numberOf = (rule: Rule) => {
    if (!numbers.has(rule.match)) numbers.set(rule.match, rules.push(rule) - 1);
    return numbers.get(rule.match)!;
  };
  const keys = Object.keys(hooks);
  const keyed = keys.map((key) => hooks[key]!.map(numberOf));
  const keyAt = new Map(keys.map((key, k) => [key, k]));
  const places = (words: readonly string[]) => Int32Array.from(words.filter((w) => keyAt.has(w)), (w) => keyAt.get(w)!);
  const others = (words: readonly string[]) => words.filter((w) => !keyAt.has(w));
  net = {
    rules,
    metIn: new Float64Array(rules.length),
    clauses: 0,
    keyAt,
    heldIn: new Float64Array(keys.length),
    needs: rules.map((rule) => places(rule.needs)),
    otherNeeds: rules.map((rule) => others(rule.needs)),
    wants: rules.map((rule) => places(rule.wants)),
    otherWants: rules.map((rule) => others(rule.wants)),
    ...triesOf(keyAt, keyed, rules),
  };
  compiledNets.set(hooks, net);
  return net;
}

/**
 * Where each rule stands in the hooks (`keysOf`), and the one key, or few, each is tried under (`tryUnder`): a rule
 * fits a clause only if the clause holds all its needs, so one need finds every rule that may fit — a word (rarer in
 * a clause than a tag), else the tag with the fewest rules — and a rule with no needs is tried under each of its wants.
 */
function triesOf(keyAt: ReadonlyMap<string, number>, keyed: number[][], rules: Rule[]): Pick<CompiledNet, 'keysOf' | 'tryUnder'> {
  const keysOf: [number, number][][] = rules.map(() => []);
  keyed.forEach((numbers, k) => numbers.forEach((number, i) => keysOf[number]!.push([k, i])));
  const tryUnder: number[][] = keyed.map(() => []);
  const size = (key: string) => keyed[keyAt.get(key)!]!.length;
  rules.forEach((rule, number) => {
    const needs = [...rule.needs].filter((need) => keyAt.has(need)).sort((a, b) => Number(a.startsWith('#')) - Number(b.startsWith('#')) || size(a) - size(b) || (a < b ? -1 : 1));
    const under = needs.length > 0 ? [keyAt.get(needs[0]!)!] : rule.needs.length > 0 ? [] : keysOf[number]!.map(([k]) => k);
    for (const k of under) tryUnder[k]!.push(number);
  });
  return { keysOf, tryUnder };
}

/** A rule's place in the order compromise's sweep meets it in a clause: its first key the clause holds, then its place there. */
function placeIn(set: CompiledNet, number: number, clause: number): number {
  for (const [k, i] of set.keysOf[number]!) if (set.heldIn[k] === clause) return k * set.rules.length + i;
  return Infinity;
}

/**
 * compromise's trim of a rule for a clause: the clause is long enough, has its needs, no `ifNo` word, and enough
 * wants. A need or want that is a key is read by its place (`heldIn`); any other in the clause's cache.
 */
function fits(set: CompiledNet, number: number, clause: number, cache: ReadonlySet<string>, words: number): boolean {
  const rule = set.rules[number]!;
  if (words < rule.minWords) return false;
  const { heldIn } = set;
  for (const k of set.needs[number]!) if (heldIn[k] !== clause) return false;
  for (const need of set.otherNeeds[number]!) if (!cache.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (cache.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const k of set.wants[number]!) if (heldIn[k] === clause) found++;
  for (const want of set.otherWants[number]!) if (cache.has(want)) found++;
  return found >= rule.minWant;
}

/**
 * The rules compromise's matcher tries on one clause, in its order: each rule under the clause's hooks (in key order,
 * a rule met again under a later key skipped) that `fits` it, then the rules with no hook that are short enough.
 * compromise builds the same list by joining the arrays of every hook found, dropping repeats through an object,
 * and filtering the result four times. Each rule is tried under one of its needs only (`tryUnder`), then put in
 * that order (`placeIn`): on bbc40's texts the clauses' hooks listed 1,258,931 rules to test for 38,036 that fit
 * (session 41, speed52).
 */
export function rulesFor(cache: ReadonlySet<string>, words: number, net: Net): Rule[] {
  const set = compiled(net.hooks);
  const clause = ++set.clauses;
  const held: number[] = [];
  for (const item of cache) {
    const k = set.keyAt.get(item);
    if (k === undefined) continue;
    set.heldIn[k] = clause;
    held.push(k);
  }
  const fitting: [number, number][] = [];
  for (const k of held) {
    for (const number of set.tryUnder[k]!) {
      if (set.metIn[number] === clause) continue;
      set.metIn[number] = clause;
      if (fits(set, number, clause, cache, words)) fitting.push([placeIn(set, number, clause), number]);
    }
  }
  const rules = fitting.sort((a, b) => a[0] - b[0]).map(([, number]) => set.rules[number]!);
  for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
  return rules;
}

/**
 * compromise's `bulkMatch` (its sweep): every fitting rule run on each clause, each match found as a copy of its rule
 * with a pointer [clause, first word, end], in clause order, then rule order; with `matchOne`, only the first.
 */
function matchHooked(docs: unknown[][], net: Net, methods: MatchMethods, opts: { matchOne?: boolean }, matchRule: MatchRule): unknown[] {
  const caches = methods.one.cacheDoc(docs);
  const results: unknown[] = [];
  for (let n = 0; n < docs.length; n++) {
    for (const rule of rulesFor(caches[n]!, docs[n]!.length, net)) {
      const found = matchRule([docs[n]] as Parameters<MatchRule>[0], rule as unknown as MatchTodo);
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        results.push({ ...rule, pointer });
      }
      if (found.ptrs.length > 0 && opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

/** A word as compromise tags it in a text: as written, what follows it, its tags, and where it stands in the text. */
export interface TaggedTerm {
  readonly text: string;
  readonly post?: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

/**
 * Tags that end a noun phrase's run of modifiers: a verb, a date, a number, a function word, a possessive (the one
 * home of this list: src/resolve/participants.ts reads the phrase after a name, src/resolve/place-roles.ts what a
 * place's possessive owns).
 */
const NOT_IN_NOUN_PHRASE = ['Verb', 'Auxiliary', 'Date', 'Value', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Possessive'];

/** A word of a noun phrase: an adjective or a noun, and nothing that ends one. */
export function inNounPhrase(term: TaggedTerm): boolean {
  return (term.tags.includes('Noun') || term.tags.includes('Adjective')) && !NOT_IN_NOUN_PHRASE.some((tag) => term.tags.includes(tag));
}

/**
 * Terms of texts tagged in another thread and sent here (src/resolve/tag-ahead.ts: the sentences event resolution
 * will read, tagged by the extraction workers), kept until `forgetTermsAhead`: the same terms `readTerms` gives.
 */
const toldAhead = new Map<string, readonly TaggedTerm[]>();
export function keepTermsAhead(entries: Iterable<readonly [string, readonly TaggedTerm[]]>): void {
  for (const [text, terms] of entries) toldAhead.set(text, terms);
}
export const forgetTermsAhead = (): void => toldAhead.clear();

/**
 * Terms of texts tagged in this thread, one after another, before a batch of articles is extracted (`tagTextsAhead`,
 * src/extract/parallel.ts), kept until the next batch: the same terms `readTerms` gives. A short text tagged between
 * long stretches of other work costs compromise about twice as much as one tagged right after another (session 50,
 * speed69: on BBC 0–60 per category, 0.50 ms of thread CPU a parse asked as the readers go, 0.26–0.29 ms in a batch's run).
 */
const parsedAhead = new Map<string, readonly TaggedTerm[]>();
export function tagTextsAhead(texts: Iterable<string>): void {
  parsedAhead.clear();
  for (const text of texts) if (!toldAhead.has(text) && !parsedAhead.has(text)) parsedAhead.set(text, readTerms(text));
}
export const forgetTextsAhead = (): void => parsedAhead.clear();

const rememberedTerms = memoByString(readTerms, 512);
/**
 * compromise's words of a text with their tags and offsets. Extraction asks about the same text from several places
 * — a capitalised phrase for its words' tags and again for its lexicon tags, a lede for its negation, its reported
 * verb and its schedule, a sentence for each noun trigger in it — usually close together (the same article): the
 * last few hundred texts' answers are kept, so each is tagged once. Shared and read-only: a caller copies what it
 * changes.
 */
export const taggedTerms = (text: string): readonly TaggedTerm[] => toldAhead.get(text) ?? parsedAhead.get(text) ?? rememberedTerms(text);

/**
 * The words of `text` from `a` to `b` as compromise tags them in the whole of `text`, their offsets counted from `a`:
 * a reader of a sentence's parts (src/extract/clause.ts: the words after a "to", before a junction, from a clause's
 * start) reads them from the sentence tagged once (`taggedTerms`, kept) instead of tagging each part afresh, and
 * with the context the part has in it. A word counts from where it starts.
 */
export function termsWithin(text: string, a: number, b = text.length): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  for (const t of taggedTerms(text)) {
    if (t.offset.start < a || t.offset.start >= b) continue;
    out.push(a === 0 ? t : { ...t, offset: { start: t.offset.start - a, length: t.offset.length } });
  }
  return out;
}

/** A term as compromise keeps it in a parsed text's `docs` (its offset computed on request). */
interface ParsedTerm {
  text: string;
  post?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * What `nlp(text).json({ offset: true, terms: { offset: true } })` gave of each term (text, what follows, tags in
 * the order they were set, offset), read from the parsed terms themselves: `json` also wrote every sentence's text
 * and offset and a full copy of every term, which nothing read.
 */
function readTerms(text: string): TaggedTerm[] {
  const doc = compromise()(text) as unknown as { compute: (method: string) => void; docs: ParsedTerm[][] };
  doc.compute('offset');
  return doc.docs.flatMap((terms) => terms.map((t) => ({ text: t.text, post: t.post, tags: Array.from(t.tags), offset: { start: t.offset.start, length: t.offset.length } })));
}

/**
 * compromise's tags for a word or phrase out of context, all its terms' tags in one set: the one home of this
 * question (entities.ts and joiner.ts both ask it, of the same names), so each text is tagged once for both.
 * Memoised apart from `taggedTerms`' few hundred: the vocabulary of names is small next to the text.
 */
export const lexiconTags: ((text: string) => ReadonlySet<string>) & { has: (text: string) => boolean } = memoByString((text: string): ReadonlySet<string> => new Set(taggedTerms(text).flatMap((t) => t.tags)));

/** Whether compromise's lexicon lists a word (in lower case) with `tag`, whatever its tagger made of it in a text. */
export function listedAs(word: string, tag: string): boolean {
  const entry = load().lexicon[word.toLowerCase()];
  return entry === tag || (Array.isArray(entry) && entry.includes(tag));
}

/** Whether compromise tags any word of a text with `tag`. */
export const hasTag = (text: string, tag: string): boolean => taggedTerms(text).some((t) => t.tags.includes(tag));
