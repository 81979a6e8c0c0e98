/**
 * Whether a run of capitalised words, "and" and more capitalised words is one name ("Danish Department of Enterprise
 * and Employment", "Zorbian Council for Security and Cooperation") or two ("Zorbia and Pella", "Vell Corp and Orlin
 * Bank"), where the rules of `connectorJoins` (src/extract/entities/connectors.ts) know no answer and would part it. A logistic regression over
 * named features of the words on each side: how news usually writes the word next to "and" and the last word of each
 * side (the case table learnt from unlabeled news), whether a side is a place, a first name, a person's, a country or
 * a firm by the shipped gazetteers or compromise's lexicon, whether it opens with a body's first word or holds a
 * head ("Department of …") or an "of"/"for" (a body's subject follows), whether the right side ends in a body's head
 * or a legal form, whether both sides end in one (two bodies) or in the same word, acronyms and lengths.
 *
 * Trained at development time by eval/train-joiner.ts on training text only: CoNLL-2003 eng.train's names with "and"
 * inside (one name) against its pairs of names with "and" between them (two), and the names Reuters-21578 marks
 * whole in brackets in the eval archive's train articles. Only the weights ship (joiner-model.json); no text.
 * The model only ever joins: it is asked where the rules would cut, and joins where it is sure (its `threshold`).
 */
import { shippedJson } from '../util/shipped-json.ts';
import { LEGAL_FORMS, isAcronym } from './shapes.ts';
import { ORG_FIRST, ORG_HEADS } from './lexicon.ts';
import { usualCase } from './ner/words.ts';
import { gazetteerKey, shippedGazetteers } from './ner/gazetteer.ts';
import { lexiconTags } from './nlp.ts';
import { logisticProbability, type Features, type LogisticWeights } from '../util/logistic.ts';
import { timesWrittenAlone, writtenAt } from './entities/words.ts';
import { namedAsPartners } from './partner-names.ts';

/** Named features and their values; the model is a bias and a weight per feature (eval/logistic.ts fits it). */
export type { Features } from '../util/logistic.ts';
/**
 * `threshold`: how sure the model must be to join. A name glued from two ("Zorbia and Pella" one place) costs more
 * than a name cut, so the trainer sets it to the lowest bar at which its held-out joins are right 19 times in 20.
 */
interface JoinerModel extends LogisticWeights { about: string; threshold: number }

let model: JoinerModel | undefined;
const loaded = (): JoinerModel => (model ??= shippedJson(new URL('./joiner-model.json', import.meta.url)) as JoinerModel);

/** A word's usual case by the case table, 'unknown' when news never wrote it, 'acronym' for capitals. */
function caseOf(word: string): string {
  if (isAcronym(word)) return 'acronym';
  if (/^\p{Lu}\.$/u.test(word)) return 'initial';
  return usualCase(word.replace(/\.$/, '')) ?? 'unknown';
}

function lists(words: readonly string[]): string[] {
  return shippedGazetteers().entries.get(words.map(gazetteerKey).join(' ')) ?? [];
}

function sideFeatures(side: 'L' | 'R', words: readonly string[], f: Features): void {
  const near = side === 'L' ? words.at(-1)! : words[0]!;
  const far = side === 'L' ? words[0]! : words.at(-1)!;
  f[`${side}-near-case=${caseOf(near)}`] = 1;
  f[`${side}-far-case=${caseOf(far)}`] = 1;
  f[`${side}-len=${Math.min(words.length, 3)}`] = 1;
  const whole = lists(words);
  for (const l of ['COUNTRY', 'CITY', 'COMPANY', 'PERSON', 'DEMONYM']) if (whole.includes(l)) f[`${side}-is-${l}`] = 1;
  if (isFirstName(near)) f[`${side}-near-first-name`] = 1;
  if (isFirstName(words[0]!)) f[`${side}-opens-first-name`] = 1;
  const tags = lexiconTags(words.join(' '));
  if (PLACE_TAGS.some((x) => tags.has(x))) f[`${side}-place`] = 1;
  if (tags.has('Person')) f[`${side}-person`] = 1;
  if (ORG_FIRST.has(words[0]!)) f[`${side}-body-first`] = 1;
  if (words.some((w) => ORG_HEADS.has(w) && !LEGAL_FORMS.test(w))) f[`${side}-body-head`] = 1;
  if (ORG_HEADS.has(far) && !LEGAL_FORMS.test(far)) f[`${side}-ends-body-head`] = 1;
  if (LEGAL_FORMS.test(far)) f[`${side}-ends-legal-form`] = 1;
  if (words.some((w) => w === 'of' || w === 'for')) f[`${side}-of`] = 1;
  if (words.every((w) => w === 'of' || w === 'for' || ['lower', 'mixed'].includes(caseOf(w)))) f[`${side}-all-common`] = 1;
  // "Treasury Secretary James Baker": a first name inside the side, with a word after it, is a person's name with
  // what comes before it (a title, an employer); a body's name seldom holds one.
  if (words.some((w, k) => k > 0 && k < words.length - 1 && isFirstName(w))) f[`${side}-person-inside`] = 1;
  // "Mellon Bank NA of Pittsburgh": "of" and a place end the side, saying where the body is (connectors.ts `saysWhereNameIs`).
  if (side === 'L' && words.at(-2) === 'of' && isPlace(near)) f['L-ends-of-place'] = 1;
}

const isFirstName = (w: string) => lists([w]).includes('FIRST') || lexiconTags(w).has('FirstName');
/** The lexicon's tags of a place. */
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const isPlace = (w: string) => ['COUNTRY', 'CITY'].some((l) => lists([w]).includes(l)) || PLACE_TAGS.some((x) => lexiconTags(w).has(x));

/**
 * What the article writes elsewhere: a side written as a name on its own ("Wigton said", "Tabor's lawyer"; not inside
 * another capitalised run, "Economic Cooperation and Development" or "Paul Wigton") names someone by itself; the whole
 * written again with neither side alone ("Frost and Sullivan publishes … Frost and Sullivan said") is one name.
 */
function writtenFeatures(before: readonly string[], after: readonly string[], body: string, f: Features): void {
  const [left, right] = [before.join(' '), after.join(' ')];
  const junction = `${left} and ${right}`;
  const joined = writtenAt(body, junction);
  const [leftAlone, rightAlone] = [timesWrittenAlone(body, left) > 0, timesWrittenAlone(body, right) > 0];
  if (leftAlone) f['L-written-alone'] = 1;
  if (rightAlone) f['R-written-alone'] = 1;
  if (!leftAlone && !rightAlone && joined.length >= 2) f['written-again-whole'] = 1;
  // "Midwestern, Central and Northeastern", "Britain, France and Germany": after a comma and a capitalised word, "and"
  // ends a list (the reader asks only about the words after the comma).
  if (joined.some((at) => LIST_BEFORE.test(body.slice(Math.max(0, at - 40), at)))) f['ends-a-list'] = 1;
}

/** A capitalised word and a comma right before (CoNLL's text writes the comma as a word of its own). */
const LIST_BEFORE = /\p{Lu}[\p{L}\p{N}.'-]*\s?,\s$/u;

/** The named features of "<before> and <after>" (the words as written), with the article's text where it is known. */
export function joinerFeatures(before: readonly string[], after: readonly string[], body?: string): Features {
  const f: Features = {};
  sideFeatures('L', before, f);
  sideFeatures('R', after, f);
  f[`near-cases=${caseOf(before.at(-1)!)}+${caseOf(after[0]!)}`] = 1;
  // "Johnson and Johnson", "Kahn and Kahn Pty Ltd": a founder's name twice is one firm, never two names.
  if (before.at(-1) === after[0]) f['same-near-words'] = 1;
  if (body !== undefined) writtenFeatures(before, after, body, f);
  // "Vell Index and Orlin Index", "Vell Foundation and Orlin GmbH": each side a whole body of its own.
  if (before.at(-1) === after.at(-1)) f['same-last-word'] = 1;
  const ends = (w: string) => (ORG_HEADS.has(w) && !LEGAL_FORMS.test(w)) || LEGAL_FORMS.test(w);
  if (ends(before.at(-1)!) && ends(after.at(-1)!)) f['both-end-bodies'] = 1;
  return f;
}

/** The model's odds that "<before> and <after>" is one name (`body`: the article's text, where it is known). */
export function joinOdds(before: readonly string[], after: readonly string[], body?: string): number {
  return logisticProbability(loaded(), joinerFeatures(before, after, body));
}

/** Set by eval/and-runs.ts alone: the sides of each junction the model is asked about. */
export const joinerProbe: { report?: (before: readonly string[], after: readonly string[]) => void } = {};

/**
 * Whether the model is sure that the words before "and" and after it are one name (as `connectorJoins` gives them).
 * Two partners the shipped table knows ("Standard and Poor's") are left to `joinPartners` (written-joins.ts), which
 * keeps the firm's own 's that the words here have lost.
 */
export function joinsByModel(before: readonly { text: string }[], after: readonly { text: string }[], body: string): boolean {
  const b = before.map((t) => t.text);
  const a = after.map((t) => t.text);
  if (b.length === 1 && a.length === 1 && namedAsPartners(b[0]!, a[0]!)) return false;
  const sideBefore = b[0] === 'The' && b.length > 1 ? b.slice(1) : b;
  joinerProbe.report?.(sideBefore, a);
  return joinOdds(sideBefore, a, body) >= loaded().threshold;
}
