/**
 * Whether a trigger verb is in its event kind's sense where it stands (issue 19): "charged down the wing" is no legal
 * charge, "was ruled out for a month" no ruling, "released him from his contract" no launch. What the kind's senses
 * are, and what they take, is WordNet's (src/extract/trigger-senses.json, built by `npm run build-trigger-senses`):
 *
 * - a particle after the verb makes another verb ("rule out") or tells a direction ("charge down"), unless WordNet
 *   lists that verb among the kind's senses;
 * - the kind's senses take a person as object, or a thing, by their verb frames: the head of the object (active
 *   voice) or of the subject (passive voice) read as somebody (a person pronoun, a name compromise tags as a person
 *   or an organisation, a noun whose commonest WordNet sense is a person or a group: person-nouns.json) or as
 *   something (any other common noun) that the kind's senses do not take tells another sense: "dismissed the
 *   claims" is no sacking, "players were released" no launch. A name of no known kind is not judged.
 *
 * A trigger noun is read in its kind's sense unless WordNet tells another (src/extract/trigger-nouns.json, built by the
 * same command): a two-word noun or verb it ends ("heart attack", "clinical trial", "follow suit"), or a sense of the
 * article's register outside the kind ("attack" or "rally" in a match report: a move of the game).
 *
 * A trigger in another sense is no trigger of its kind: the sentence is read for its other triggers, as any sentence;
 * where that sense is a saying (WordNet's commonest sense of the verb taking something is one of communication:
 * "dismissed the claims"), it is reported speech.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { EVENT_KINDS } from '../event-types.ts';
import { isOfRegister, type Register } from './register.ts';
import { taggedTerms, type TaggedTerm } from './nlp.ts';
import { alternation, AUXILIARIES_AFTER, CLAUSE_START_WORDS, PARTICIPLE_AUXILIARIES, PASSIVE_AUXILIARIES, PERSON_OBJECT_PRONOUNS, PERSON_SUBJECT_PRONOUNS, REPORTING_TRIGGERS,
  SUBJECT_REPORTING_VERBS } from './lexicon.ts';

interface VerbSenses { kind: string; objects: Set<string>; otherParticles: Set<string>; saying: string; prepositions: Set<string> }

let table: Map<string, VerbSenses> | undefined;

function verbSenses(): Map<string, VerbSenses> {
  table ??= new Map((shippedJson(new URL('./trigger-senses.json', import.meta.url)) as { verbs: string[] }).verbs.map((line) => {
    const [verb, kind, objects, particles, saying, prepositions] = line.split(' ');
    return [verb!, { kind: kind!, objects: new Set(objects!.split(',')), otherParticles: new Set(particles!.split(',')), saying: saying!, prepositions: new Set(prepositions!.split(',')) }];
  }));
  return table;
}

/** The words a verb or noun form may be an inflection of ("charged": charge, charg; "rallies": rally). */
const stemsOf = (word: string) => {
  const w = word.toLowerCase();
  return [w, w.replace(/d$/, ''), w.replace(/ed$/, ''), w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y'), w.replace(/ing$/, '')];
};

/** The table's verb a trigger word is a form of ("charged", "introduces", "released"), if any. */
function verbOf(word: string): VerbSenses | undefined {
  const senses = verbSenses();
  for (const stem of stemsOf(word)) {
    const found = senses.get(stem);
    if (found) return found;
  }
  return undefined;
}

/**
 * A trigger noun's other senses (trigger-nouns.json): the registers it is read in them, the words making another noun
 * or verb with it; and the prepositions after it that keep its kind's sense.
 */
interface NounSenses { kind: string; registers: Set<string>; before: Set<string>; prepositions: Set<string> }

let nouns: Map<string, NounSenses> | undefined;

function nounOf(word: string): NounSenses | undefined {
  nouns ??= new Map((shippedJson(new URL('./trigger-nouns.json', import.meta.url)) as { nouns: string[] }).nouns.map((line) => {
    const [noun, kind, registers, before, prepositions] = line.split(' ');
    return [noun!, { kind: kind!, registers: new Set(registers!.split(',')), before: new Set(before!.split(',')), prepositions: new Set(prepositions!.split(',')) }];
  }));
  const w = word.toLowerCase();
  return [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y')].map((stem) => nouns!.get(stem)).find(Boolean);
}

/**
 * Whether the trigger noun `word` at `index` is in another sense than its kind's: the word before makes another noun
 * or a verb with it ("heart attack", "clinical trial", "followed suit"; a whole word, not the end of a hyphened one:
 * "a decade-long suit"), or the article is of a register in which WordNet puts a sense of it outside the kind, which
 * none of the kind's senses shares (a rally of strokes, an attack of a team: sport), and the word is a noun there —
 * unless a preposition of the kind's sense follows it ("an attack on the team bus").
 */
function nounInOtherSense(text: string, index: number, word: string, senses: NounSenses, register: Register | undefined): boolean {
  const previous = /(?:^|[^\w-])([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, index - 30), index))?.[1];
  if (previous && stemsOf(previous).some((w) => senses.before.has(w))) return true;
  const next = /^\s+([a-z]+)/i.exec(text.slice(index + word.length))?.[1]?.toLowerCase();
  if (next && senses.prepositions.has(next)) return false;
  if (![...senses.registers].some((r) => isOfRegister(register, r))) return false;
  const term = taggedTerms(text).find((t) => t.offset.start === index);
  return term !== undefined && term.tags.includes('Noun') && !term.tags.includes('Verb');
}

let people: Set<string> | undefined;

/** Whether WordNet reads the common noun as a person or a group of people (person-nouns.json: "aide", "workers"). */
export function isPersonNoun(word: string): boolean {
  people ??= new Set((shippedJson(new URL('./person-nouns.json', import.meta.url)) as { nouns: string[] }).nouns);
  return people.has(word.toLowerCase());
}

/** What a noun phrase's head stands for, or undefined where it cannot be told (a name of no known kind). */
function classOf(head: TaggedTerm): 'somebody' | 'something' | undefined {
  const word = head.text.toLowerCase().replace(/['’]s?$/, '');
  if (head.tags.includes('Pronoun')) return PERSON_OBJECT_PRONOUNS.has(word) || PERSON_SUBJECT_PRONOUNS.has(word) ? 'somebody' : undefined;
  if (head.tags.includes('Person') || head.tags.includes('Organization')) return 'somebody';
  // A capitalised word is a name of no known kind, unless it opens the sentence as a noun for people ("Police …").
  if (/^\p{Lu}/u.test(head.text)) return head.offset.start === 0 && !head.tags.includes('ProperNoun') && isPersonNoun(word) ? 'somebody' : undefined;
  return isPersonNoun(word) ? 'somebody' : 'something';
}

/** Tags that may stand in a noun phrase before its head ("the three new", "Zorbix's"). */
const PHRASE_TAGS = ['Determiner', 'Value', 'Adjective', 'Possessive', 'Noun', 'Pronoun', 'ProperNoun'];
const inPhrase = (t: TaggedTerm) => PHRASE_TAGS.some((x) => t.tags.includes(x)) && !t.tags.includes('Verb') && !t.tags.includes('Preposition');

/**
 * The heads of the noun phrase that starts at term `i` (its last noun, and after "of" the next phrase's: "a number
 * of bets", "the majority of players"), or none when no phrase starts there.
 */
function headsFrom(terms: readonly TaggedTerm[], i: number): TaggedTerm[] {
  if (i < 0) return [];
  let head: TaggedTerm | undefined;
  for (let k = i; k < terms.length && inPhrase(terms[k]!); k++) {
    const t = terms[k]!;
    if (head && t.tags.includes('Determiner')) break;
    if (t.tags.includes('Noun') || t.tags.includes('Pronoun')) head = t;
    if (/[,;:.!?)]/.test(t.post ?? '')) break;
    if (head === t && terms[k + 1]?.text.toLowerCase() === 'of') return [t, ...headsFrom(terms, k + 2)];
  }
  return head ? [head] : [];
}

/** compromise's tags of a verb that opens no clause of its own: an infinitive, an auxiliary, a participle. */
const NON_FINITE_TAGS = ['Infinitive', 'Auxiliary', 'Copula', 'Modal', 'Passive', 'Gerund', 'Participle'];

/** A word of a passive verb group before its participle, "to" of an infinitive's included ("to be", "will have been"). */
const inVerbGroup = (word: string) => word === 'to' || AUXILIARIES_AFTER.has(word) || PARTICIPLE_AUXILIARIES.has(word);

/**
 * The heads of the subject of the passive verb at `index`: the first phrase of its clause, or of the sentence when
 * the clause has none before it ("The actor …, but was released").
 */
function subjectHeads(terms: readonly TaggedTerm[], index: number): TaggedTerm[] {
  const before = terms.filter((t) => t.offset.start < index);
  let start = 0;
  // A passive infinitive's subject is the phrase before "to" ("expect the record to be issued").
  const to = before.length - 1 - [...before].reverse().findIndex((t) => !inVerbGroup(t.text.toLowerCase()) || t.text.toLowerCase() === 'to');
  if (before[to]?.text.toLowerCase() === 'to') {
    let k = to;
    while (k > 0 && inPhrase(before[k - 1]!)) k--;
    if (k < to) return headsFrom(before, k);
  }
  before.forEach((t, k) => {
    // A finite verb opens its object's clause too ("said 19 people were arrested"); an infinitive does not ("bets on
    // Lee to become the first … were dismissed").
    const opens = CLAUSE_START_WORDS.has(t.text.toLowerCase()) || (t.tags.includes('Verb') && !NON_FINITE_TAGS.some((x) => t.tags.includes(x)));
    if (opens || /[,;:]/.test(before[k - 1]?.post ?? '')) start = k + (opens ? 1 : 0);
  });
  for (const from of [start, 0]) {
    const k = before.findIndex((t, j) => j >= from && inPhrase(t));
    const heads = k < 0 ? [] : headsFrom(before, k);
    if (heads.length > 0) return heads;
  }
  return [];
}

/** The term after the noun phrase that starts at term `i` (a second determiner opens another: "in Japan a console"). */
function afterPhrase(terms: readonly TaggedTerm[], i: number): number {
  let k = i;
  let head = false;
  for (; k < terms.length && inPhrase(terms[k]!); k++) {
    if (head && terms[k]!.tags.includes('Determiner')) return k;
    head ||= terms[k]!.tags.includes('Noun') || terms[k]!.tags.includes('Pronoun');
    if (/[,;:.!?)]/.test(terms[k]!.post ?? '')) return k + 1;
  }
  return k;
}

const closesClause = (t: TaggedTerm | undefined) => t === undefined || /[,;:.!?)]/.test(t.post ?? '');

/**
 * A verb with no object but phrases with a preposition after it ("charged to the net", "charged in the robbery"):
 * `none`, or the object after them ("released in Japan a console"). Undefined where the verb is a participle told of
 * the phrase before it, whose clause's verb follows ("the men charged in the robbery were …"), or where the phrase is
 * one the kind's frames name ("charged with theft"): the kind's sense told in the passive.
 */
function afterPrepositions(terms: readonly TaggedTerm[], i: number, prepositions: Set<string>): TaggedTerm[] | 'none' | undefined {
  let k = i;
  while (terms[k]?.tags.includes('Preposition') && !prepositions.has(terms[k]!.text.toLowerCase()) && !closesClause(terms[k])) {
    const end = afterPhrase(terms, k + 1);
    if (end === k + 1) return undefined;
    k = end;
    if (closesClause(terms[k - 1])) return 'none';
  }
  if (k === i || terms[k]?.tags.includes('Preposition')) return undefined;
  const next = terms[k];
  if (next && inPhrase(next)) return headsFrom(terms, k);
  return next?.tags.includes('Verb') && !next.tags.includes('Infinitive') && !next.tags.includes('Gerund') ? undefined : 'none';
}

/**
 * The verb at term `verb` follows a phrase that is the object of a verb or a preposition before it ("named the men
 * charged in …", "one of the men charged in …"): it is a participle told of that phrase, in the passive.
 */
function objectBefore(terms: readonly TaggedTerm[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && inPhrase(terms[k]!) && !closesClause(terms[k])) k--;
  const before = terms[k];
  if (k === verb - 1 || !before || closesClause(before)) return false;
  // A reporting verb opens a clause ("said Brandt charged at …"), whose subject the phrase is.
  const word = before.text.toLowerCase();
  if (REPORTING_TRIGGERS.has(word) || SUBJECT_REPORTING_VERBS.has(word)) return false;
  return before.tags.includes('Preposition') || (before.tags.includes('Verb') && !before.tags.includes('Auxiliary') && !before.tags.includes('Copula'));
}

/**
 * What the verb at `index` (its `word`) is told of: somebody, something, a clause, nothing (`none`: only phrases with
 * a preposition after it), or undefined where that cannot be told.
 */
function patientOf(text: string, index: number, word: string, passive: boolean, prepositions: Set<string>): 'somebody' | 'something' | 'clause' | 'none' | undefined {
  // A "that" right after the verb opens its object clause ("ruled that …", "charged that …").
  if (!passive && /^\s+that\b/i.test(text.slice(index + word.length))) return 'clause';
  const terms = taggedTerms(text);
  const next = terms.findIndex((t) => t.offset.start >= index + word.length);
  const after = passive ? undefined : afterPrepositions(terms, next, prepositions);
  if (after === 'none') return objectBefore(terms, next - 1) ? undefined : 'none';
  const heads = passive ? subjectHeads(terms, index) : after ?? headsFrom(terms, next);
  const [head, ...ofHeads] = heads;
  if (!head) return undefined;
  // People named by a common noun after "of" tell ("the majority of players"); else the phrase's own head does
  // ("claims of Quanta Inc": claims).
  return ofHeads.some((h) => /^\p{Ll}/u.test(h.text) && classOf(h) === 'somebody') ? 'somebody' : classOf(head);
}

/** The kind whose triggers tell a contest's result (read only in one register's ledes). */
const CONTEST = EVENT_KINDS.find((k) => k.ledeOfRegister)!.type;

let contests: Set<string> | undefined;

/** Whether WordNet reads the noun as a contest, a champion's title or a token of victory (contest-nouns.json). */
function isContestNoun(word: string): boolean {
  contests ??= new Set((shippedJson(new URL('./contest-nouns.json', import.meta.url)) as { nouns: string[] }).nouns);
  return contests.has(word.toLowerCase());
}

/** A passive verb's agent named: "by" and a name, after a score or a few words ("were beaten 3-1 at home by Rovers"). */
const BY_NAME = /^\s+(?:[\w'’-]+\s+){0,4}?by\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether the contest trigger `word` at `index` tells a result (review29 finding 3): told in the passive, only with
 * its winner named ("were crushed by Rovers"; "hopes were crushed when …" is none); "won"/"wins" told of a thing
 * (a common noun) only where WordNet reads it as a contest, a title or a token of victory ("won the final", "won
 * gold"), not a thing gained ("won approval", "won his 50th cap", "won a reprieve"). A name, a person, a score or
 * nothing after it is a result ("won 2-1", "beat Rovers").
 */
function aResult(text: string, index: number, word: string): boolean {
  if (PASSIVE_BEFORE.test(text.slice(0, index))) return BY_NAME.test(text.slice(index + word.length));
  if (!/^(?:won|wins)$/i.test(word)) return true;
  const terms = taggedTerms(text);
  const head = wonThing(terms, terms.findIndex((t) => t.offset.start >= index + word.length));
  return !head || classOf(head) !== 'something' || isContestNoun(head.text.replace(/['’]s?$/, ''));
}

/** A common noun (one WordNet reads as a contest is one even where compromise tags it a verb: "opening matches"). */
const commonNoun = (t: TaggedTerm | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text) && !t.tags.includes('Pronoun')
  && (t.tags.includes('Noun') || isContestNoun(t.text));

/**
 * The head of the common noun phrase a verb is told of, from term `from`: its first run of common nouns' last ("his
 * 50th cap against …": cap; "the world title": title); undefined where a name comes first (an opponent, a named
 * contest: "won the Pella Cup") or no common noun does.
 */
function wonThing(terms: readonly TaggedTerm[], from: number): TaggedTerm | undefined {
  for (let k = from; k >= 0 && k < terms.length && (inPhrase(terms[k]!) || commonNoun(terms[k])); k++) {
    const t = terms[k]!;
    if (/^\p{Lu}/u.test(t.text)) return undefined;
    if (commonNoun(t) && (closesClause(t) || !commonNoun(terms[k + 1]))) return t;
    if (closesClause(t)) return undefined;
  }
  return undefined;
}

/**
 * "joined"/"joins", a signing's trigger in WordNet's join.v "become a member of a group or organization": told of a
 * club's name only ("joined Vell Rovers on loan"); "joined the race to sign …", "joins the squad" tell no move.
 */
const JOINING = /^join(?:ed|s)$/i;
const NAME_AFTER = /^\s+(?:the\s+)?\p{Lu}/u;

const PASSIVE_BEFORE = new RegExp(`\\b(?:${alternation(PASSIVE_AUXILIARIES)})\\s+(?:\\w+ly\\s+)?$`, 'i');

/**
 * The sense the trigger `word` of kind `type` at `index` of `text` has there (in an article of `register`): its
 * kind's (`kind`), a saying outside it (`saying`: "dismissed the claims", read as reported speech), or another
 * (`other`: no trigger).
 */
export function senseHere(text: string, index: number, word: string, type: string, register?: Register): 'kind' | 'saying' | 'other' {
  if (/\s/.test(word)) return 'kind';
  if (type === CONTEST && !aResult(text, index, word)) return 'other';
  if (JOINING.test(word) && !NAME_AFTER.test(text.slice(index + word.length))) return 'other';
  const noun = nounOf(word);
  if (noun?.kind === type && nounInOtherSense(text, index, word, noun, register)) return 'other';
  const senses = verbOf(word);
  if (!senses || senses.kind !== type) return 'kind';
  const particle = /^\s+([a-z]+)\b/i.exec(text.slice(index + word.length))?.[1]?.toLowerCase();
  if (particle && senses.otherParticles.has(particle)) return 'other';
  const patient = patientOf(text, index, word, PASSIVE_BEFORE.test(text.slice(0, index)), senses.prepositions);
  if (patient === undefined || senses.objects.has(patient)) return 'kind';
  return senses.saying === patient ? 'saying' : 'other';
}
