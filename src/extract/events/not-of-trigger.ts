/** The names of a sentence that are no party of its trigger's happening: in a setting or a building, a rank's place, a speaker, a name another verb governs. */
import { hasTag } from '../nlp.ts';
import { memoByString } from '../../util/memo.ts';
import { hasFiniteVerb } from '../tense.ts';
import { datelineLength } from '../dateline.ts';
import {
  alternation, FACILITY_HEADS, SUBJECT_VERB_FILLERS, NOUN_MARKERS, REFERENT_CLAUSE_OPENERS, BODY_REFERENT_PRONOUNS, PERSON_REFERENT_PRONOUNS,
  REFLEXIVES, TERMS_NOUNS, BODY_NOUNS, STATE_DESCRIPTION_WORDS, COMPANY_STAND_INS,
} from '../lexicon.ts';
import { isPersonNoun } from '../trigger-sense.ts';
import { posTerms } from '../pos-tagger.ts';
import { isEventNoun } from '../scheduled.ts';
import { LEGAL_FORMS } from '../shapes.ts';
import { agentOfDescribingParticiple, appositions, reportTail, triggerClause } from '../clause.ts';
import type { EntityMention, Sentence } from '../../types.ts';
import { backgroundOpener, ownVerb } from './triggers.ts';
import { citedAsSource, describesAsPlace, describesNextName, headlineNames, hearsOf, placeOfDescribedNoun, termTags } from './describing.ts';
import { speakersOfTheReport } from './speakers.ts';

/** A clause of reason or time opened by a referent pronoun as its subject, up to its verb (only auxiliaries, a reflexive, adverbs between). */
export const PRONOUN_OPENS_CLAUSE = new RegExp(String.raw`\b(?:${alternation(REFERENT_CLAUSE_OPENERS)})\s+(${alternation(new Set([...BODY_REFERENT_PRONOUNS, ...PERSON_REFERENT_PRONOUNS]))})\s+(?:(?:\w+ly|${alternation(REFLEXIVES)}|being|${alternation(SUBJECT_VERB_FILLERS)})\s+)*$`, 'i');

/**
 * Names in the sentence that take no part in the trigger's happening (indexes into `mentions`; offsets of the
 * trigger in the sentence):
 * - names of another clause: in "He founded Acme in 1990, and in 1995 the Qube was launched" Acme is not in the
 *   launch; when the second clause has no subject of its own ("Acme was founded by Ann Lee in 1990, and launched
 *   the Qube"), the first clause's subject (its first name) is shared and its other names are not. A list ("Acme,
 *   Widgets, and Qube launched …") has no verb before its ", and" and is not a clause;
 * - the source of a report ("…, according to Reuters"): it tells of the happening, it does not take part; nor does
 *   one who only reports it (speakersOfTheReport), unless `keepSpeakers` (the saying is the news);
 * - a name that describes another ("U.S. retailer Zorbix", "Acme CEO Ann Lee", "Ann Lee, the head of Acme,");
 * - a name in a relative clause about a thing after the trigger (`inThingRelative`), unless the `headline` names it.
 */
export function notOfTheTrigger(
  sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number, keepSpeakers = false, lede = false, tail = reportTail(sentence.text, triggerTo),
  headline = '',
): Set<number> {
  const text = sentence.text;
  const locals = mentions.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }));
  const out = namesOfAnotherPhrase(text, locals, triggerFrom);
  const outside = outsideTriggerClause(text, locals, triggerFrom, triggerTo, lede);
  const reportsOnly = keepSpeakers ? new Set<number>() : speakersOfTheReport(sentence, mentions, triggerFrom, triggerTo);
  const told = /^told$/i.test(text.slice(triggerFrom, triggerTo));
  mentions.forEach((m, i) => {
    const { start, end } = locals[i]!;
    if (outside(i) || reportsOnly.has(i) || describesAnother(text, mentions, locals, i, triggerFrom, triggerTo)) out.add(i);
    if (citedAsSource(text, start) || agentOfDescribingParticiple(text, start, triggerFrom, triggerTo) || hearsOf(text, start, told)) out.add(i);
    // (Unless the headline names it: the headline tells who the news is about, "X BOARD APPOINTMENT …" over "was
    // appointed by a commission that controls 51 pct of X's stock".)
    if (start >= triggerTo && inThingRelative(text, triggerTo, start) && !headlineNames(headline, m.text)) out.add(i);
    if (m.type !== 'place' && inSetting(text, end, triggerFrom)) out.add(i);
    if (m.type === 'place' && placeOfAnother(text, mentions, locals, i, triggerTo, tail)) out.add(i);
  });
  return out;
}

/** A name's offsets in its sentence. */
type Local = { start: number; end: number };

/**
 * The names before a second verb phrase's join (", and", "; ") where the trigger is in the second phrase; its first
 * name stays where the second phrase shares the first's subject.
 */
function namesOfAnotherPhrase(text: string, locals: readonly Local[], triggerFrom: number): Set<number> {
  const out = new Set<number>();
  let join = -1;
  for (const m of text.slice(0, triggerFrom).matchAll(/(?:,|;)\s+(?:and|but)\s+|;\s+/gi)) join = m.index;
  // (Without a comma, "and" before a verb in the past and its object opens a second verb phrase of the subject: "Acme
  // is the maker of the Qube and launched the Mira in 2003" — the Qube is not launched.)
  for (const m of text.matchAll(AND_SECOND_VERB)) if (m.index < triggerFrom && m.index > join) join = m.index;
  const joinEnd = join < 0 ? -1 : join + /^(?:[,;]\s+(?:(?:and|but)\s+)?|\s+and\s+)/i.exec(text.slice(join))![0].length;
  if (join > 0 && hasFiniteVerb(text.slice(0, join).replace(/^.*[;:]/, '')) && !phraseJoined(text, join, joinEnd, triggerFrom)) {
    const between = text.slice(joinEnd, triggerFrom);
    const sharedSubject = /^(?:(?:\w+ly|then|also|later|again|has|have|had|was|were|is|are|(?:in|on|by) [\w ,]*?\d{4},?)\s+)*$/i.test(between);
    locals.forEach((l, i) => {
      if (l.end > join) return;
      if (sharedSubject && i === 0) return;
      out.add(i);
    });
  }
  return out;
}

/**
 * The name at `start`, after the trigger ending at `triggerTo`, is told in a relative clause about a thing named after
 * the trigger: the clause says what that thing is or does, another happening, and its names take no part in the
 * trigger's ("introduced products that extend its Zorbix network", "launched a program with Quanta Inc that supplies
 * Zorbix franchises", "to replace the gas that Quanta no longer delivers"; issue 19's other clause, session 49, evt114:
 * a relative clause after the trigger held 3 of the other-clause names of tests/gold/participants-train-s46.json, the
 * most of any reader's shape). The clause reader marks "that" only after a noun of time (clause.ts MARKS), since after
 * a verb it opens what is told; here "that" follows a common noun after the trigger (or a name after that noun and a
 * preposition, "a program with Quanta Inc that"), a thing's, not people's or a body's (`namesWho`), and opens a
 * relative clause: its verb right after it (the thing is its subject), or a name and its verb closing the clause (the
 * thing is its object, THING_IS_OBJECT). Not after a noun whose clause spells out the happening's own terms or words
 * (TERMS_NOUNS, TimeML's event nouns: "an agreement that gives Quanta the right to buy Zorbix"), nor across a comma,
 * semicolon or colon.
 */
export function inThingRelative(text: string, triggerTo: number, start: number): boolean {
  const between = text.slice(triggerTo, start);
  const that = [...between.matchAll(/\sthat\s/g)].at(-1);
  if (!that || /[,;:]/.test(between.slice(that.index))) return false;
  const m = THING_BEFORE_THAT.exec(between.slice(0, that.index));
  const noun = m?.[1];
  if (!m || !noun || TERMS_NOUNS.has(noun) || isEventNoun(noun) || namesWho(noun)) return false;
  // (Read by the fast tagger where it stands: compromise's lexicon alone has "gas" and "program" as verbs.)
  const terms = posTerms(text);
  const nounAt = triggerTo + m.index + m[0].indexOf(noun);
  const tags = terms.find((t) => t.offset.start === nounAt)?.tags;
  if (!tags?.includes('Noun') || tags.includes('Date')) return false;
  const after = triggerTo + that.index + that[0].length;
  if (THING_IS_OBJECT.test(text.slice(after))) return true;
  const first = terms.find((t) => t.offset.start >= after);
  return first !== undefined && first.offset.start < start && first.tags.includes('Verb') && !first.tags.includes('Noun');
}

/**
 * A noun for people or a body ("the authority that is building X Airport", "the company that insured X"): its relative
 * clause says which party is meant, and the name in it is all the sentence gives of that party (a train page of
 * reut2-020 lost its airport so), so it stays.
 */
const namesWho = (noun: string): boolean => isPersonNoun(noun) || BODY_NOUNS.has(noun) || STATE_DESCRIPTION_WORDS.has(noun) || COMPANY_STAND_INS.has(noun);

/** The noun a relative "that" is about, right before it, or before a preposition and a name ("program with <Quanta Inc>"). */
const THING_BEFORE_THAT = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)(?:\s+(?:with|of|for|from|by|to|in)\s+<?\p{Lu}[\p{L}\d.&'’-]*(?:\s+<?\p{Lu}[\p{L}\d.&'’-]*>?)*>?)?$/u;

/**
 * After "that": a name (with its stock code), auxiliaries, negation or adverbs, and one verb that closes the clause
 * ("that Quanta Corp <QNT> no longer delivers,"): the relative clause's subject and verb, the thing its object. A
 * clause that goes on after its verb ("that Quanta may make a bid") tells what is said or thought, and is not read.
 */
const THING_IS_OBJECT = /^<?\p{Lu}[\p{L}\d.&'’-]*(?:\s+<?\p{Lu}[\p{L}\d.&'’-]*>?)*(?:\s+<[^>]*>)?(?:\s+(?:no\s+longer|not|never|also|\w+ly|has|have|had|will|would|can|could|may|might|is|are|was|were|does|did|do))*\s+\p{Ll}+(?=\s*(?:[,.;:]|$))/u;

/** Whether the i-th name lies outside the trigger's clause, or in an aside or an apposition apart from the trigger. */
function outsideTriggerClause(text: string, locals: readonly Local[], triggerFrom: number, triggerTo: number, lede: boolean): (i: number) => boolean {
  // Names outside the trigger's clause (but the noun a relative clause is about), or in an apposition that does not
  // hold the trigger, take no part in its happening; nor do those before the clause of time or reason that holds it,
  // where that clause names its own ("Ann Lee took over after her predecessor, Miro Tael, died": Lee did not die; in
  // "Zorbia suffered a blow when the earthquake hit" the country is all the sentence names of the earthquake).
  const clause = triggerClause(text, triggerFrom, triggerTo, !lede);
  // (A clause with no subject of its own, "after being charged with …", is about the main clause's; so is a
  // preposition's phrase with no verb of its own, "after the takeover of Miro Ltd": the main clause's names stay.)
  const from = backgroundOpener(text, triggerFrom);
  const ownSubject = from >= 0 && !/^\S+\s+\S*ing\b/i.test(text.slice(from)) && ownVerb(text.slice(from, Math.max(clause.end, triggerTo)));
  // (A pronoun as its subject stands for a name before only where pronounReferent finds one.)
  const opener = ownSubject && (locals.some((l) => l.start > from) || PRONOUN_OPENS_CLAUSE.test(text.slice(0, triggerFrom))) ? from : -1;
  const described = appositions(text, locals.map((l) => l.end)).filter((a) => a.end <= triggerFrom || a.start >= triggerTo);
  return (i) => {
    const { start, end } = locals[i]!;
    // (Set off by a comma or a dash: "Ann Lee - who was elected in 1997 - …".)
    const antecedent = clause.head && /^[\s,–—-]*$/.test(text.slice(end, clause.start));
    if ((end <= clause.start && !antecedent) || (start >= clause.end && !succeededAfter(text, clause.end, triggerTo, start)) || end <= opener) return true;
    return clause.asides.some((a) => start >= a.start && end <= a.end) || described.some((a) => start >= a.start && end <= a.end);
  };
}

/**
 * The name at `start`, after the trigger's clause, is the one its object succeeds or replaces ("elected Ann Lee, the
 * company's president, to succeed John Vell as chief executive"; "named Ann Lee president, replacing John Vell"): the
 * one succeeded is a party of the appointment (issue 19's missing party, session 46, evt105), though the clause reader
 * closes the clause at the apposition's comma or the participle's. Only the verb's object, right after it.
 */
function succeededAfter(text: string, clauseEnd: number, triggerTo: number, start: number): boolean {
  return start > triggerTo && SUCCEEDED_BEFORE.test(text.slice(clauseEnd, start));
}

/** From a clause's end up to the name succeeded: "to succeed", "to replace", ", succeeding", ", replacing" (and an article or a title word). */
const SUCCEEDED_BEFORE = /^[\s,]*(?:to\s+(?:succeed|replace)|succeeding|replacing)\s+(?:(?:the\s+)?(?:retiring|outgoing|late|former|current|acting)\s+(?:[a-z]+\s+){0,3})?$/;

/** Whether the i-th name, a place, says where something else is, not where the happening was. */
function placeOfAnother(text: string, mentions: readonly EntityMention[], locals: readonly Local[], i: number, triggerTo: number, tail: Local | undefined): boolean {
  const { start } = locals[i]!;
  if (describesAsPlace(text, mentions.map((x, k) => ({ ...locals[k]!, text: x.text, type: x.type })), i, triggerTo)) return true;
  if (tail && start >= tail.start) return true;
  if (start >= triggerTo && placeOfDescribedNoun(text, triggerTo, start)) return true;
  // A place after a company's part says where that part is ("its Triplett subsidiary in Bluffton, Ohio"), not where
  // the happening was.
  if (start >= triggerTo && LOCATES_PART.test(text.slice(Math.max(triggerTo, start - 60), start))) return true;
  const before = mentions[i - 1];
  if (before && inBuilding(text, locals[i - 1]!, before.text, start)) return true;
  // A place after a rank ("to become the No. 1 music seller in the United States", "the largest bank in Zorbia") is
  // where the rank holds, not where the happening was.
  // (So is a place joined by "and" to such a place: "the biggest brand in Zorbia and New Norland".)
  if (start >= triggerTo && endsInRank(text.slice(Math.max(triggerTo, start - 80), start).replace(JOINED_PLACE, ''))) return true;
  // A place after a company's legal form and "of" is where the company is ("Dateline Technology Inc of Redmond,
  // Wash."), before or after the happening.
  return HOME_OF_COMPANY.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether the i-th name only describes another — "U.S. retailer Zorbix", "Acme CEO Ann Lee", "Ann Lee, the chief of
 * Acme,", "the founder of Acme Ann Lee" — is whose or where that one is, not a party of its own.
 */
function describesAnother(text: string, mentions: readonly EntityMention[], locals: readonly Local[], i: number, triggerFrom: number, triggerTo: number): boolean {
  const m = mentions[i]!;
  const { start, end } = locals[i]!;
  const next = mentions[i + 1];
  const prev = mentions[i - 1];
  const acrossTrigger = next !== undefined && end <= triggerFrom && locals[i + 1]!.start >= triggerTo;
  if (describesNextName(text, locals, i, triggerFrom, triggerTo)) return true;
  // "The Lees' Zorbix Ltd": the owner of a company or the employer of a person names whose it is. A product
  // stays its maker's ("Acme's Qube was recalled" is on Acme's timeline). A place's possessive before any name says
  // where that one is from ("Novartis bought Germany's Hexal"), as a place after a place locates it.
  const owns = next && (next.type === 'organization' || next.type === 'person' || m.type === 'place');
  if (owns && /^['’]s?\s+$/.test(text.slice(end, locals[i + 1]!.start))) return true;
  // So is the owner of a noun whose apposition names the one meant ("Quanta's parent company, the Pella-based Miro
  // Group, is suing …": Miro sues; Quanta only says whose parent it is).
  if (owns && !acrossTrigger && OWNER_OF_APPOSED.test(text.slice(end, locals[i + 1]!.start)) && /^\s*,/.test(text.slice(locals[i + 1]!.end))) return true;
  if (next && next.type === 'person' && new RegExp(`(?:^|\\s)(?:${TITLE_WORD}\\s+){1,5}of\\s+(?:the\\s+)?$`).test(text.slice(0, start)) && /^\s*$/.test(text.slice(end, locals[i + 1]!.start))) return true;
  return !!prev && prev.type === 'person' && new RegExp(`^,\\s+(?:(?:formerly|former|now|currently)\\s+)?(?:(?:the|a|an)\\s+(?:${TITLE_WORD}\\s+){0,5}|(?:${TITLE_WORD}\\s+){1,5}(?:of|at)\\s+(?:the\\s+)?)$`).test(text.slice(locals[i - 1]!.end, start));
}

/**
 * After an owner's name: its possessive, a noun of up to four words, and an apposition's opening up to the name that
 * heads it ("'s parent company, the Pella-based "); not a name after a preposition ("'s old quarter, the
 * trading centre of "), which only describes the apposition's own noun.
 */
const OWNER_OF_APPOSED = new RegExp(String.raw`^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+(?:(?:the|a|an|its)\s+)?(?:(?!(?:${alternation(NOUN_MARKERS)})\s)[\w-]+\s+){0,3}$`);

/**
 * The sentence opens with where or when its happening took place, "At …," or "During …," (perhaps after a word of
 * time: "Yesterday, at this year's Quanta Expo,"), and the name ending at `end` is inside that phrase, before the
 * trigger: the keynote, the conference or the hall it names is the setting, not a party ("At the Quanta Expo keynote
 * at the Miro Center, Ann Lee unveiled the Qube"). Its places stay, as the happening's place. Not a phrase "with"
 * someone ("At a meeting with Zorbix, Quanta agreed …": Zorbix takes part).
 */
function inSetting(text: string, end: number, triggerFrom: number): boolean {
  const setting = /^(?:[A-Z][a-z]+,\s+)?(?:at|during)\s[^,;]*,/i.exec(text.slice(datelineLength(text)));
  if (!setting || /\bwith\b/i.test(setting[0])) return false;
  const close = datelineLength(text) + setting[0].length;
  return end < close && close <= triggerFrom;
}

/**
 * The place starting at `start` follows a building's name and "in" ("the Norland Convention Center in Oslo", "the
 * Miro West center in Oslo"): it locates the building (FACILITY_HEADS), not the happening.
 */
function inBuilding(text: string, prev: { start: number; end: number }, prevText: string, start: number): boolean {
  const gap = /^\s+(?:([a-z]+)\s+)?in\s+(?:the\s+)?$/i.exec(text.slice(prev.end, start));
  if (!gap) return false;
  const head = (gap[1] ?? prevText.split(/\s+/).at(-1)!).toLowerCase();
  return FACILITY_HEADS.has(head);
}

/**
 * The trigger is an infinitive ("to acquire", by compromise's tags) and nothing between the join and it is a finite
 * verb: the join adds a second object to the first clause ("completed the sale of shares, and warrants to acquire
 * more, to Zorbix"), not a clause with a subject of its own; the first clause's names stay the happening's.
 */
function phraseJoined(text: string, join: number, joinEnd: number, triggerFrom: number): boolean {
  if (text.slice(join, joinEnd).includes(';') || !/\bto\s+$/i.test(text.slice(joinEnd, triggerFrom))) return false;
  const toStart = text.slice(0, triggerFrom).search(/\bto\s+$/i);
  if (hasFiniteVerb(text.slice(joinEnd, toStart))) return false;
  return termTags(text)(triggerFrom).includes('Infinitive');
}

/** "and", a verb in the past (perhaps after an adverb) and the start of its object: a second verb phrase. */
const AND_SECOND_VERB = /\s+and\s+(?=(?:\w+ly\s+)?[a-z]{3,}ed\s+(?:(?:the|a|an|its|their|his|her)\s|\p{Lu}))/gu;

/** A company's legal form and "of" right before a place: "Zorbix Inc of", "Quanta Corp. of", "<Miro Ltd> of". */
// (The legal forms are shapes.ts's, with and without periods: "<Sedio N.V.> of Lugano".)
const HOME_OF_COMPANY = new RegExp(String.raw`\b(?:Corporation|Company|${LEGAL_FORMS.source.replace(/^\^|\$$/g, '')})>?\)?,?\s+of\s+$`);

/**
 * What ends right before a place that a rank is held in: a superlative or a rank, up to three words of its noun, and
 * "in" ("the No. 1 music seller in", "the second-largest bank in", "its biggest market in", "the top seller in").
 */
const RANK_IN = /\b(?:the|its|their|his|her)\s+(?:No\.\s*\d+|number\s+(?:one|two|three|\d+)|top|leading|[a-z]+-?(?:largest|biggest)|([a-z]{3,}est))\s+(?:[a-z][\w-]*\s+){0,3}in\s+(?:the\s+)?$/i;

/** Whether `before` (the text right before a place) ends in a rank and "in"; a word in "-est" must be a superlative by
 * compromise's lexicon ("the fastest carrier in", not "the protest in", "its interest in"). */
const isSuperlative = memoByString((word: string) => hasTag(word, 'Superlative'));
function endsInRank(before: string): boolean {
  const m = RANK_IN.exec(before);
  return !!m && (m[1] === undefined || isSuperlative(m[1].toLowerCase()));
}

/** A capitalised name and "and" or "or" right before a place: the place is the second of two. */
const JOINED_PLACE = /(?:[A-Z][\w.'’-]*\s+)+(?:and|or)\s+$/;

/** What ends right before a place that locates a company's part: "subsidiary in", "division based in". */
const LOCATES_PART = /\b(?:subsidiar(?:y|ies)|units?|divisions?|affiliates?|operations)\s+(?:(?:based|located)\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/** A word of a title or description between two names: "retailer", "chief executive", "CEO and co-founder". */
const TITLE_WORD = String.raw`(?:[a-z][\w-]*|CEO|CFO|COO|CTO|Chairman|President|Chief|Executive|Officer|Director|Founder|Co-founder)`;
