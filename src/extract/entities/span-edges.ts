/**
 * Where a multi-word name's edge is (issue 15, session 47): a run of capitalised words the reading keeps whole may be
 * two things side by side — a club's league and the club ("Premiership Fulham"), a country and a body, a common word
 * capitalised before a name, two names run together. A logistic regression scores each inner boundary of a candidate
 * ("keep joined" against "cut here") from the words on both sides: how news usually writes each (the case table),
 * whether this article writes it in lower case elsewhere, the gazetteer's lists and a country's initials, the word
 * clusters, legal forms, titles and bodies' heads, compromise's tags, and whether the article writes either side as a
 * name on its own.
 *
 * Trained at development time by eval/train-span-edges.ts on judged TRAIN entity pages only (tests/gold/pages-*.json:
 * a real name's boundaries are "keep"; tests/gold/span-edges.json says where a judged not-name should have been cut).
 * Only the weights ship (span-edge-model.json). The model only ever cuts, and only where it is sure (`threshold`; 1
 * cuts nowhere): a name cut keeps its data in graph.json, a glued one makes a wrong page.
 */
import { shippedJson } from '../../util/shipped-json.ts';
import { logisticProbability, type Features, type LogisticWeights } from '../../util/logistic.ts';
import { LEGAL_FORMS } from '../shapes.ts';
import { CONNECTORS, ORG_HEADS, TITLE_HEADS } from '../lexicon.ts';
import { lexiconTags } from '../nlp.ts';
import { coarseClusterAsWritten } from '../ner/words.ts';
import { countryInitials, gazetteerKey, shippedGazetteers } from '../ner/gazetteer.ts';
import type { Sentence } from '../../types.ts';
import type { Candidate, Token } from './types.ts';
import { timesWritten, timesWrittenAlone, whoseCountry } from './words.ts';
import { cleanRun } from './clean-run.ts';
import { caseOf } from '../span-choice.ts';
import { headClass } from '../described-party.ts';

/** `threshold`: the odds of "cut here" at which a boundary is cut (the trainer's bar for held-out cuts right 19 in 20). */
interface SpanEdgeModel extends LogisticWeights {
  about: string;
  threshold: number;
}

let model: SpanEdgeModel | undefined;
const loaded = (): SpanEdgeModel => (model ??= shippedJson(new URL('../span-edge-model.json', import.meta.url)) as SpanEdgeModel);

/** A bar in place of the file's `threshold` while `withSpanEdgeBar` runs (tests and measurement of a bar; no build sets it). */
let barOverride: number | undefined;
const bar = (): number => barOverride ?? loaded().threshold;

/** Runs `run` with the cut bar at `value`, and restores the file's bar after. */
export function withSpanEdgeBar<T>(value: number, run: () => T): T {
  const before = barOverride;
  barOverride = value;
  try {
    return run();
  } finally {
    barOverride = before;
  }
}

/** The gazetteer lists a side's words stand in as a whole. */
const LISTS = ['COUNTRY', 'CITY', 'DEMONYM', 'FIRST', 'PERSON', 'COMPANY'];
const listsOf = (words: readonly string[]) => shippedGazetteers().entries.get(words.map(gazetteerKey).join(' ')) ?? [];
/** compromise's tags of a word that tell a name's word from a common one. */
const TAGS = ['Adjective', 'Noun', 'Verb', 'Plural', 'Demonym', 'Place', 'FirstName', 'LastName', 'Organization', 'Person'];

/** One word next to the boundary: its case, lists, cluster, tags, and whether the article writes it in lower case. */
function wordFeatures(side: 'L' | 'R', word: string, body: string, f: Features): void {
  f[`${side}-case=${caseOf(word)}`] = 1;
  f[`${side}-cluster=${coarseClusterAsWritten(word)}`] = 1;
  for (const l of listsOf([word])) if (LISTS.includes(l)) f[`${side}-is-${l}`] = 1;
  if (countryInitials(word)) f[`${side}-country-initials`] = 1;
  if (LEGAL_FORMS.test(word)) f[`${side}-legal-form`] = 1;
  if (TITLE_HEADS.has(word.replace(/\.$/, ''))) f[`${side}-title`] = 1;
  if (ORG_HEADS.has(word)) f[`${side}-body-head`] = 1;
  const tags = lexiconTags(word);
  for (const t of TAGS) if (tags.has(t)) f[`${side}-pos=${t}`] = 1;
  const lower = word.toLowerCase();
  if (lower !== word && /^\p{L}+$/u.test(word) && timesWritten(body, lower) > 0) f[`${side}-lower-here`] = 1;
}

/**
 * A body's head word: the lexicon's heads of bodies' names that are no legal form ("Treasury", "Congress", "Ministry")
 * or a noun WordNet classes as one organisation (description-heads.json by SemCor's commonest sense: "government").
 */
const isBodyHead = (word: string): boolean => (ORG_HEADS.has(word) && !LEGAL_FORMS.test(word)) || headClass(word) === 'body';

/** The one kind a word next to the boundary is of, first match wins: the pair of kinds is a feature of its own. */
function kindOf(word: string, body: string): string {
  const lists = listsOf([word]);
  if (countryInitials(word)) return 'country-initials';
  if (lists.includes('DEMONYM')) return 'demonym';
  if (lists.includes('COUNTRY') || lists.includes('CITY')) return 'place';
  if (TITLE_HEADS.has(word.replace(/\.$/, ''))) return 'title';
  if (LEGAL_FORMS.test(word)) return 'legal-form';
  if (lists.includes('FIRST')) return 'first-name';
  if (isBodyHead(word)) return 'body-head';
  if (/^\p{L}+$/u.test(word) && word.toLowerCase() !== word && timesWritten(body, word.toLowerCase()) > 0) return 'lower-here';
  return caseOf(word);
}

/** A whole side of the boundary: its lists, its last word's kind, whether the article writes it as a name alone. */
function sideFeatures(side: 'L' | 'R', words: readonly string[], body: string, f: Features): void {
  f[`${side}-len=${Math.min(words.length, 3)}`] = 1;
  if (words.length > 1) for (const l of listsOf(words)) if (LISTS.includes(l)) f[`${side}-whole-is-${l}`] = 1;
  const last = words.at(-1)!;
  if (side === 'R' && words.length > 1 && (LEGAL_FORMS.test(last) || ORG_HEADS.has(last))) f['R-ends-body'] = 1;
  if (timesWrittenAlone(body, words.join(' ')) > 0) f[`${side}-written-alone`] = 1;
}

/** The named features of a cut between `words[k - 1]` and `words[k]` of a name, in an article whose text is `body`. */
export function spanEdgeFeatures(words: readonly string[], k: number, body: string): Features {
  const f: Features = {};
  const [left, right] = [words.slice(0, k), words.slice(k)];
  wordFeatures('L', left.at(-1)!, body, f);
  wordFeatures('R', right[0]!, body, f);
  f[`cases=${caseOf(left.at(-1)!)}+${caseOf(right[0]!)}`] = 1;
  f[`kinds=${kindOf(left.at(-1)!, body)}+${kindOf(right[0]!, body)}`] = 1;
  if (right.length > 1 && listsOf([right[0]!]).includes('FIRST')) f['R-opens-person'] = 1;
  sideFeatures('L', left, body, f);
  sideFeatures('R', right, body, f);
  if (timesWritten(body, words.join(' ')) > 1) f['whole-again'] = 1;
  // "National Association of Wheat Growers": a side that goes on across a connector is a body's name, not a noun.
  if (right.some((w) => CONNECTORS.has(w))) f['R-goes-on'] = 1;
  if (left.some((w) => CONNECTORS.has(w))) f['L-goes-on'] = 1;
  namedAgainFeatures(right, body, f);
  return f;
}

/**
 * The article's other mentions of the span's parts (ent87's next): a body named again without its first word ("the
 * U.S. Treasury … the Treasury said", "U.K. Ministry of Agriculture … the Ministry") is one body whose first word says
 * whose it is, where a name written again alone that is no body's head ("Premiership Fulham … Fulham") is the second
 * of two things.
 */
function namedAgainFeatures(right: readonly string[], body: string, f: Features): void {
  const headed = right.some(isBodyHead);
  const again = timesWrittenAlone(body, right.join(' ')) > 0;
  const withThe = ['the', 'The'].some((the) => timesWritten(body, `${the} ${right.join(' ')}`) > 0);
  if (again) f[headed ? 'R-body-named-again' : 'R-name-again'] = 1;
  if (withThe) f[headed ? 'R-body-with-the' : 'R-with-the'] = 1;
}

/**
 * "U.S. Treasury", "U.K. Ministry of Agriculture", "British Navy": a country's word right before a body's head written
 * as a word (not an acronym: "UK TV" is a country's television) is that body's own name, its first word saying whose
 * it is. The model is not asked there: of the 58 labelled train boundaries of that shape 54 keep ("Australian
 * Treasury", "Greek Parliament", "US Department of Justice"), while its odds there, led by a country's initials and a
 * side written alone, cut "U.S. Congress" and "U.S. Treasury" on dev (session 47). The country's word is words.ts
 * `whoseCountry`, the one reading the short forms past it use too (session 49: cities and dotted initials included).
 */
export function namesWhoseBody(words: readonly string[], k: number): boolean {
  const head = words[k]!;
  return k === 1 && whoseCountry(words[0]!) && isBodyHead(head) && caseOf(head) !== 'acronym';
}

/** The model's odds that the name should be cut between `words[k - 1]` and `words[k]`. */
export function cutOdds(words: readonly string[], k: number, body: string): number {
  return logisticProbability(loaded(), spanEdgeFeatures(words, k, body));
}

/** A boundary the model is asked about: two capitalised words, one space between, no connector or possessive. */
export function askedBoundary(words: readonly string[], k: number, gap = ' '): boolean {
  const [a, b] = [words[k - 1]!, words[k]!];
  const nameWord = (w: string) => /^\p{Lu}/u.test(w) && !CONNECTORS.has(w.toLowerCase());
  return gap === ' ' && nameWord(a) && nameWord(b) && !/['’]s?$|[,;:)]$/.test(a);
}

/** The boundary the model is surest of cutting in a candidate's words, where it reaches the bar. */
function surestCut(c: Candidate, text: string, body: string): number | undefined {
  const words = c.tokens.map((t) => t.text);
  let best: { k: number; odds: number } | undefined;
  for (let k = 1; k < words.length; k++) {
    const a = c.tokens[k - 1]!;
    if (a.possessive || !askedBoundary(words, k, text.slice(a.end, c.tokens[k]!.start)) || namesWhoseBody(words, k)) continue;
    const odds = cutOdds(words, k, body);
    if (odds >= bar() && (!best || odds > best.odds)) best = { k, odds };
  }
  return best?.k;
}

/**
 * Each candidate of several words the rules and the tagger read whole is cut where the model is sure it is two things;
 * each part is cleaned as a run of its own (and dropped where it names nothing). A name bound by a partnership, a
 * dateline's city and a name the archive marks whole are left as they are.
 */
export function cutAtLearntEdges(found: Candidate[], sentence: Sentence, text: string, tokens: Token[], body: string): void {
  if (bar() >= 1) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    if (c.tokens.length < 2 || c.bound || c.dateline || c.marked) continue;
    const k = surestCut(c, text, body);
    if (k === undefined) continue;
    const first = tokens.indexOf(c.tokens[0]!);
    if (first < 0 || tokens[first + k] !== c.tokens[k]) continue;
    const parts = [cleanRun(text, sentence, tokens, first, c.tokens.slice(0, k)), cleanRun(text, sentence, tokens, first + k, c.tokens.slice(k))];
    found.splice(i, 1, ...parts.filter((p): p is Candidate => p !== null));
  }
}
