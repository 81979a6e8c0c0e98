/**
 * The place-role model: whether a place a happening's sentence names as its participant only describes — a body's
 * home ("Zorbix Holdings Ltd (ZHL) of Norland"), a thing's place, a modifier of a noun or a post, a place of another
 * clause — rather than taking part (a party, "Norland cut rates") or being where it happened (the setting, "met in
 * Pella"). Session 38 (evt84, issue 19): one learned decision over the words around the place instead of one more rule
 * a miss at a time. Its features are the lede-role model's reading of the name's place in its sentence (the words
 * before and after it, its side of the trigger and of the main verb, relative and purpose clauses:
 * `ledeRoleFeatures`), whether the place stands outside the trigger's clause (src/extract/clause.ts `triggerClause`), and what a
 * place's possessive owns (the state's organ or people, "Norland's trade ministry", or anything else). The place rules
 * of src/resolve/participants.ts run first and are no features (session 39: the model never reads a place they take,
 * so their features were always 0 where it ran; a dateline's place is no participant at all). Fitted by
 * `node --import tsx eval/train-place-roles.ts` on the labels of tests/gold/place-roles.json (train-half keys only);
 * only the weights ship (place-role-model.json).
 */
import { shippedJson } from '../util/shipped-json.ts';
import type { EntityMention, EntityType, Sentence } from '../types.ts';
import { triggerClause } from '../extract/clause.ts';
import { datelineLength } from '../extract/dateline.ts';
import { BODY_NOUNS, isPlaceThingHead, ORG_HEADS, SITE_WORK_WORDS, SPEECH_VERBS_AFTER, STATE_BODY_WORDS, STATE_ORGAN_NOUNS, TITLE_HEADS, TRANSFER_WORDS } from '../extract/lexicon.ts';
import { inNounPhrase } from '../extract/nlp.ts';
import { posTerms } from '../extract/pos-tagger.ts';
import { isPersonNoun } from '../extract/trigger-sense.ts';
import { logisticProbability, type Features, type LogisticWeights } from '../util/logistic.ts';
import { ledeRoleFeatures, triggerAt } from './lede-roles.ts';
import { namesHome, ownsThing, placeOfPeople, placeOfThingSold, qualifiesNoun } from './participants.ts';

/**
 * The odds of "only describes" at or above which a place participant is kept as `alsoNamed`, chosen on the dev event
 * pages (session 38): at 0.8 the Reuters and BBC business dev builds lose 8 places (a dateline's, a report's, the
 * possessives of a firm's, of mining companies and of coalition parties, an affiliate's state, a purpose clause's) and
 * one page whose only name was its protest's town; at 0.7 they lost 11 more, among them an earthquake's country, a
 * meeting's host and a battle's town, and three more pages of a real happening. The held-out odds of the refit of
 * session 39 (no rules' features, 354 labels) agree: of the 310 places no rule takes, at 0.8 the model takes 5, 4
 * describing; at 0.7, 16, 11 describing (eval/train-place-roles.ts).
 */
export const PLACE_ROLE_THRESHOLD = 0.8;

/** A place participant of an event mention, as the model reads it. */
export interface PlaceInSentence {
  sentence: Sentence;
  mention: Pick<EntityMention, 'start' | 'end' | 'text' | 'confidence'>;
  type: EntityType;
  trigger: string;
  /** The sentence's names. */
  inSentence: readonly (Pick<EntityMention, 'start' | 'end' | 'text'> & { type: EntityType })[];
}

/**
 * The lede-role features left out here: the one type and party every place has, the words around the name and their
 * clusters, the tagger's confidence, how many names and capitals (on the 358 labels of session 38 they lowered the
 * 5-fold cross-validated AUC, 0.759 without them, 0.746 with them all: too sparse for so few labels).
 */
const LEFT_OUT = /^(?:type\.|party\.|prev-word|next-word|confidence$|names\.|capitals-between\.)/;

/** Right after a bracketed name or code, perhaps with a comma and "of": "<Velmar Airways> of", "(ZHL) of", "(ZHL),". */
const AFTER_BRACKET = /[>)]\s*,?\s*(?:of\s+)?(?:the\s+)?$/;
/** After a capitalised word and "of": "Quanta Corp of", "… Bank, of". */
const OF_AFTER_NAME = /\p{Lu}[\p{L}.'’-]*\s*,?\s+of\s+(?:the\s+)?$/u;

/** The model's features of a place participant (see the file's comment). */
export function placeRoleFeatures(p: PlaceInSentence): Features {
  const { sentence, mention, trigger, inSentence } = p;
  const text = sentence.text;
  const dateline = datelineLength(text);
  const names = inSentence.filter((o) => o.start - sentence.start >= dateline).sort((a, b) => a.start - b.start);
  const index = names.findIndex((o) => o.start === mention.start && o.end === mention.end);
  const rank = index >= 0 ? { index, count: names.length } : undefined;
  const f = ledeRoleFeatures(sentence, { start: mention.start, end: mention.end, type: 'place', confidence: mention.confidence }, trigger, index === 0, undefined, rank);
  for (const k of Object.keys(f)) if (LEFT_OUT.test(k)) delete f[k];
  const start = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  const before = text.slice(0, start);
  if (AFTER_BRACKET.test(before)) f['after-bracketed-name'] = 1;
  else if (OF_AFTER_NAME.test(before)) f['of-after-name'] = 1;
  const owned = possessed(text, end);
  if (owned !== undefined) f[`possessive.${owned}`] = 1;
  const located = LOCATED_AFTER_NOUN.exec(before)?.[1];
  if (located !== undefined) f[`located-noun.${nounClass(located)}`] = 1;
  const at = triggerAt(text, trigger);
  f[`verb-before.${verbBefore(text, start, at)}`] = 1;
  if (at >= 0) {
    const clause = triggerClause(text, at, at + trigger.length);
    const inside = clause.start <= start && end <= clause.end && !clause.asides.some((a) => a.start <= start && end <= a.end);
    f[inside ? 'clause.trigger' : 'clause.other'] = 1;
  }
  return f;
}

/** The state's own organs and posts, as a possessive's head says them: "Norland's government", "Zorbia's minister". */
const ORGANS = new Set([...STATE_ORGAN_NOUNS, ...BODY_NOUNS, ...TITLE_HEADS].map((w) => w.toLowerCase()));
const BODY_HEADS = new Set([...ORG_HEADS].map((w) => w.toLowerCase()));

/**
 * What a place's possessive owns, by the words of the noun phrase after it (the fast tagger's, at most four, a number
 * left out; src/extract/nlp.ts `inNounPhrase` says where it ends): the state's organ or post (`organ`: a party, the state acting), a name (`name`: a body's, "Zorbia's
 * <Vell Airways>"), or by its head: people (`people`: "Norland's importers"), a body's head (`body`: "Norland's leading
 * political party"), a physical thing (`thing`), or anything else (`other`: the state's own affairs, "Norland's debt").
 */
function possessed(text: string, end: number): string | undefined {
  const words = possessedPhrase(text, end);
  return words && phraseClass(words);
}

/** The words of the noun phrase a place's possessive owns (a number left out, at most four). */
function possessedPhrase(text: string, end: number): string[] | undefined {
  if (!/^['’]s?\s/u.test(text.slice(end))) return undefined;
  const words: string[] = [];
  for (const t of posTerms(text).filter((x) => x.offset.start > end + 1)) {
    const number = t.tags.includes('Value');
    if (words.length === 4 || (!number && !inNounPhrase(t))) break;
    if (!number) words.push(t.text);
    if (/[^\s]/.test(t.post ?? '')) break;
  }
  return words;
}

/** A possessed noun phrase's class by its words (`possessed`). */
function phraseClass(words: readonly string[]): string {
  if (words.length === 0) return 'other';
  if (words.some((w) => ORGANS.has(w.toLowerCase()) || ORGANS.has(w.toLowerCase().replace(/s$/, '')))) return 'organ';
  if (/^[<(\p{Lu}]/u.test(words[0]!)) return 'name';
  return nounClass(words.at(-1)!);
}

/**
 * A place's possessive of people, of a body that is no organ of the state, or of a name (issue 19's place-modifier;
 * session 44, evt99): "Norland's farmers", "Zorbia's soybean importers awarded a contract", "the president of
 * Norland's bank steering committee", "Zorbia's <Vell Airways> will buy …", "Quanta bought Norland's largest copper
 * miner - Vell Holdings": the people, the body or the named one take part; the place only says whose or where — the
 * convention of tests/gold/place-roles.json (session 38). The place-role model reads the same classes
 * (`possessive.people`, `possessive.name`) but its odds never reach its bar on them alone; on the labelled places the
 * rule takes 11, 10 describing (eval/train-place-roles.ts prints it). Not the state's organs and posts ("Norland's
 * government", "Zorbia's finance minister Ann Vell": ORGANS) nor a body the state holds as its own (STATE_BODY_WORDS:
 * "Norland's central bank", "Zorbia's cabinet", "Norland's Economic Planning Agency"): the state acts through them,
 * and the place stays a party; not a thing, a deed or the state's affairs ("Zorbia's debt", "Norland's decision":
 * `ownsThing` reads things, the rest stay).
 */
export function possessiveDescribes(p: PlaceInSentence): boolean {
  if (p.type !== 'place') return false;
  const words = possessedPhrase(p.sentence.text, p.mention.end - p.sentence.start);
  if (!words || words.length === 0 || words.some((w) => STATE_BODY_WORDS.has(w.toLowerCase()))) return false;
  const kind = phraseClass(words);
  // (A capitalised last word ends a name the possessive owns: "Norland's ruling Conservatives", "Zorbia's state-owned
  // mining company Velkumpu".)
  return kind === 'people' || kind === 'body' || kind === 'name' || (kind === 'other' && /^[<(]?\p{Lu}/u.test(words.at(-1)!));
}

/** A common noun's class: people, a body's head, a physical thing, or other. */
function nounClass(word: string): string {
  const w = word.toLowerCase();
  if (isPersonNoun(w)) return 'people';
  if (BODY_HEADS.has(w) || BODY_HEADS.has(w.replace(/s$/, ''))) return 'body';
  if (isPlaceThingHead(w) || isPlaceThingHead(w.replace(/s$/, ''))) return 'thing';
  if (TRANSFER_WORDS.has(w) || SITE_WORK_WORDS.has(w)) return 'deed';
  return 'other';
}

/** A common noun right before "in", "at" or "near" and the place: "a plant in", "offices near the". */
const LOCATED_AFTER_NOUN = /(?:^|\s)(\p{Ll}{3,})\s+(?:in|at|near)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;

/**
 * The nearest verb before the place (its clause's verb, as the fast tagger reads it): the trigger itself, a verb of
 * building or opening at a site (the place is then where it happened), a verb of a sale (the place is the thing's), a
 * verb of saying (the place is in what is said), another, or none.
 */
function verbBefore(text: string, start: number, at: number): string {
  const terms = posTerms(text);
  for (let k = terms.findIndex((t) => t.offset.start >= start) - 1; k >= 0; k--) {
    const t = terms[k]!;
    if (!t.tags.includes('Verb') || t.tags.includes('Auxiliary')) continue;
    // (How far: a place in the verb's own phrase, "met bankers in", or at the end of a longer object.)
    const far = text.slice(t.offset.start, start).split(/\s+/).length > 5 ? '.far' : '.near';
    if (t.offset.start === at) return `trigger${far}`;
    const w = t.text.toLowerCase();
    return (SITE_WORK_WORDS.has(w) ? 'site-work' : TRANSFER_WORDS.has(w) ? 'transfer' : SPEECH_VERBS_AFTER.has(w) ? 'speech' : 'other') + far;
  }
  return 'none';
}

/**
 * Whether a rule (src/resolve/participants.ts, and this file's `possessiveDescribes`) reads the name as only
 * saying of what kind, whose thing or from where: a noun's qualifier ("a Norland firm"), a place's possessive of a
 * physical thing, a home place after a body, the place people are from, the place a thing sold is in, a place's
 * possessive of people, a body or a name. One home for the six rules: src/resolve/events/parties.ts
 * `noPartByRule` asks them of every participant, the trainer of places.
 */
export function describesByRule(p: PlaceInSentence): boolean {
  const { sentence, mention, type, trigger, inSentence } = p;
  return qualifiesNoun(sentence, mention, type, trigger) || ownsThing(sentence, mention, type, trigger) || namesHome(sentence, mention, type, inSentence)
    || placeOfPeople(sentence, mention, type, inSentence, trigger) || placeOfThingSold(sentence, mention, type, trigger, inSentence)
    || possessiveDescribes(p);
}

/**
 * Whether a place rule reads the place as only describing. Those places never reach the model (src/resolve/events/parties.ts
 * `noPartByRule` asks the rules first), so the trainer leaves them out of its fit and the rules' readings are no
 * features (session 39: as features they were always 0 at run time).
 */
export const takenByPlaceRule = (p: PlaceInSentence): boolean => describesByRule({ ...p, type: 'place' });

/** The shipped weights, with a line on what they were trained on. */
interface PlaceRoleModel extends LogisticWeights {
  about: string;
}

let shipped: PlaceRoleModel | null = null;
function shippedPlaceRoleModel(): PlaceRoleModel {
  shipped ??= shippedJson(new URL('./place-role-model.json', import.meta.url)) as PlaceRoleModel;
  return shipped;
}

/** The odds that the place only describes (see the file's comment). */
export function describingOdds(p: PlaceInSentence, model: LogisticWeights = shippedPlaceRoleModel()): number {
  return logisticProbability(model, placeRoleFeatures(p));
}

/**
 * A place participant the model reads as only describing, with odds of at least PLACE_ROLE_THRESHOLD: a place the
 * place rules have already read as no describer (src/resolve/events/parties.ts `noPartByRule` asks them first).
 */
export function onlyDescribesByModel(p: PlaceInSentence): boolean {
  return p.type === 'place' && describingOdds(p) >= PLACE_ROLE_THRESHOLD;
}
