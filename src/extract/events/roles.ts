/** Roles of a happening's parties: actor before the trigger, target after, turned by a passive; pronouns and stand-ins ("the company") read as the article's subject. */
import { isPersonNoun } from '../trigger-sense.ts';
import { pastForm } from '../tense.ts';
import { datelineLength } from '../dateline.ts';
import {
  alternation, COMPANY_STAND_INS, PASSIVE_AUXILIARIES, SUBJECT_PRONOUNS, SUBJECT_REPORTING_VERBS, SUBJECT_VERB_FILLERS, BODY_REFERENT_PRONOUNS,
  ANTECEDENT_POSSESSIVES, PLURAL_REFERENT_PRONOUNS,
} from '../lexicon.ts';
import { objectRelative } from '../clause.ts';
import { CLAUSE_OPENS, UP_TO_ITS_VERB } from '../described.ts';
import type { EntityMention, EntityType, EventMention, PartyRole, Sentence } from '../../types.ts';
import { PRONOUN_OPENS_CLAUSE } from './not-of-trigger.ts';
import { statesPostBetween } from '../state-posts.ts';

/**
 * "The company" (COMPANY_STAND_INS) is the subject of the trigger's verb, with only auxiliaries and adverbs between
 * them ("The company has also acquired", "…, and the group said it bought"), at the sentence's start or after a
 * clause's comma or "and", and no name of the sentence comes before it that it might stand for. Then it stands for the
 * article's subject, unless the sentence names that company itself.
 */
const STAND_IN_SUBJECT = new RegExp(String.raw`${CLAUSE_OPENS}the\s+(?:${[...COMPANY_STAND_INS].join('|')})(?:\s+(?:${alternation(SUBJECT_REPORTING_VERBS)})(?:\s+that)?\s+it)?${UP_TO_ITS_VERB}`, 'i');

export function standsForSubject(sentence: Sentence, triggerIndex: number, subject: EntityMention, names: EntityMention[]): boolean {
  const before = sentence.text.slice(0, triggerIndex);
  const m = STAND_IN_SUBJECT.exec(before);
  if (!m) return false;
  const at = sentence.start + m.index;
  const own = subject.canonical.toLowerCase();
  return !names.some((n) => n.start < at && n.type !== 'place') && !names.some((n) => n.canonical.toLowerCase() === own);
}

/**
 * The part each name of the sentence takes in the trigger's happening, by its place around the trigger: before it the
 * actor, after it the target, in the passive the other way round (with the agent after "by"); places keep the part
 * their place gives them (`party`). The noun an object's relative clause is about is the target (`objectRelative`);
 * with no other actor, a place that is the sentence's subject acts.
 */
/** A trigger that opens with its own be/get auxiliary and a participle: "was fired", "was sacked". */
const OWN_AUXILIARY = new RegExp(String.raw`^(?:${alternation(PASSIVE_AUXILIARIES)})\s+\w+(?:ed|en)\b`, 'i');
/** A be/get auxiliary (perhaps with an adverb in -ly) right before the trigger: "was quickly fired". */
const AUXILIARY_BEFORE = new RegExp(String.raw`\b(?:${alternation(PASSIVE_AUXILIARIES)})\s+(?:\w+ly\s+)?$`, 'i');

export function rolesByPosition(sentence: Sentence, found: { index: number; text: string }, mentions: { item: EntityMention; index: number }[]) {
  const triggerStart = sentence.start + found.index;
  // Roles are split at the trigger's first word: in "added SenseTime to a list" SenseTime is the target.
  const triggerEnd = triggerStart + (found.text.split(/\s/)[0]?.length ?? found.text.length);
  const participants: EventMention['participants'] = [];
  // Passive voice ("X was blacklisted by Y"): the subject is the target, the agent after "by" the actor. "is
  // stepping down" is the progressive, not the passive. A trigger may hold its own auxiliary ("was fired").
  const told = (AUXILIARY_BEFORE.test(sentence.text.slice(0, found.index)) || OWN_AUXILIARY.test(found.text)) && !/^\w+ing\b/i.test(found.text);
  const byAt = told ? sentence.text.slice(found.index).search(/\bby\b/i) : -1;
  // A reduced passive's agent ("faces a suit brought by Quanta", "the mill acquired by Zorbix") is its doer too.
  // (Only that name: one after it, "… was sold to Velmar", is no agent.)
  const reduced = told ? undefined : reducedPassiveAgent(sentence, found, mentions.map((m) => m.item));
  const passive = told || reduced !== undefined;
  const agentFrom = byAt >= 0 ? sentence.start + found.index + byAt : reduced?.start ?? Infinity;
  const agentTo = reduced?.end ?? Infinity;
  for (const { item: m, index } of mentions) {
    const before = m.end <= triggerStart;
    const after = m.start >= triggerEnd;
    const party: PartyRole = passive && before ? 'target'
      : passive && after && m.start >= agentFrom && m.end <= agentTo ? 'actor'
      : before ? 'actor' : after ? 'target' : 'other';
    // A name read as a place keeps the part its place in the sentence gives: resolution may find it a company
    // ("Ubia's parent company", "bought Norland miller Zorbix").
    participants.push(m.type === 'place' ? { mention: index, role: 'place', party } : { mention: index, role: party });
  }
  // A relative clause whose pronoun is its verb's object ("Velmora, which the company acquired in 1999"): the noun
  // it is about is what was done to, the relative clause's subject the doer.
  const relative = passive ? undefined : objectRelative(sentence.text, found.index, found.index + found.text.length);
  if (relative) {
    mentions.forEach(({ item }, i) => {
      if (item.end - sentence.start !== relative.antecedentEnd) return;
      if (participants[i]!.role === 'place') participants[i]!.party = 'target';
      else participants[i]!.role = 'target';
    });
  }
  // Countries act in the news ("The United States on Friday blacklisted …", "China denies …"): with no other
  // actor, the place that is the sentence's subject — the first name, before the trigger — is the actor.
  if (!passive && !participants.some((p) => p.role === 'actor')) {
    const first = mentions[0];
    const subject = participants[0];
    if (first && subject && first.item.end <= triggerStart && SUBJECT_OPENS.test(sentence.text.slice(0, first.item.start - sentence.start))) {
      subject.role = 'actor';
    }
  }
  return { participants, passive, relative, triggerStart, triggerEnd };
}

/**
 * The agent of a reduced passive at the trigger: a noun trigger with a past form right after it,
 * perhaps past one more noun ("faces a suit brought by Quanta against …", "rejected a takeover bid made last week by
 * Quanta"), or a past-participle trigger that toldAsPassive reads as a reduced relative ("the mill acquired by
 * Zorbix"); then up to three lower-case words or numbers, "by" (perhaps "the") and a name, the agent returned (none:
 * undefined). PropBank gives a passive's "by" phrase the doer's role (Arg0), its subject or head noun the one done to.
 */
function reducedPassiveAgent(sentence: Sentence, found: { index: number; text: string }, names: EntityMention[]): EntityMention | undefined {
  const from = found.index + found.text.length;
  const agent = names.find((n) => n.start - sentence.start >= from);
  if (!agent) return undefined;
  const between = sentence.text.slice(from, agent.start - sentence.start);
  if (PARTICIPLE.test(found.text)) return AGENT_AFTER.test(between) && toldAsPassive(sentence, found.index, found.text, names) ? agent : undefined;
  const past = PAST_THEN_AGENT.exec(between);
  return past && [past[1], past[2]].some((w) => w !== undefined && pastForm(w)) ? agent : undefined;
}

/** Up to three lower-case words or numbers, then "by" and perhaps "the", up to the agent's name. */
const AGENT_AFTER = /^(?:\s+[\p{Ll}\d][\p{L}\d'’-]*){0,3}?\s+by\s+(?:the\s+)?$/u;
/**
 * After a noun trigger: its first two words (groups 1 and 2), one of them a past form — perhaps after one more noun
 * ("bid made …"; "suit filed last week …": the time after the form is no noun) — then as AGENT_AFTER.
 */
const PAST_THEN_AGENT = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+[\p{Ll}\d][\p{L}\d'’-]*){0,3}?\s+by\s+(?:the\s+)?$/u;

/**
 * "it" (or "they") as the subject of the trigger's verb in a clause of reason or time after the main clause ("Zorbix
 * Bank is a party to the case because it is being sued by Quanta", "Miro Ltd fell after it lost the case"): the main
 * clause's subject, a company named first in the sentence, with no other company between them; "he" or "she" so
 * stands for a person named first ("Ann Lee quit the board because she was charged by Quanta"), with no other person
 * between (index into `names`, or -1). A rule where the data is silent: MEANTIME links such pronouns only within its
 * own annotation.
 */
export function pronounReferent(sentence: Sentence, triggerIndex: number, names: EntityMention[]): number {
  const m = PRONOUN_OPENS_CLAUSE.exec(sentence.text.slice(0, triggerIndex));
  // (The names of a dateline, "PELLA, April 1 -", are where the story was filed: the subject is the first after it.)
  const dateline = datelineLength(sentence.text);
  const at = names.findIndex((n) => n.start - sentence.start >= dateline);
  const first = names[at];
  const type = m && (BODY_REFERENT_PRONOUNS.has(m[1]!.toLowerCase()) ? 'organization' : 'person');
  if (!m || !first || first.type !== type) return -1;
  const [start, end] = [first.start - sentence.start, first.end - sentence.start];
  if (!SUBJECT_OPENS.test(sentence.text.slice(dateline, start)) || end > m.index) return -1;
  // (A noun for people between, with a possessive or a number before it, is the nearer antecedent.)
  const between = sentence.text.slice(end, m.index);
  const nearer = (re: RegExp) => [...between.matchAll(re)].some((n) => n[1]!.split(/\s+/).some(isPersonNoun));
  if (nearer(POSSESSED_NOUN) || (PLURAL_REFERENT_PRONOUNS.has(m[1]!.toLowerCase()) && nearer(COUNTED_NOUN))) return -1;
  return names.some((n, i) => i > at && n.type === type && n.start - sentence.start < m.index) ? -1 : at;
}

/** A possessive, or a number, before up to three lower-case words ("her aide", "200 striking workers"). */
const POSSESSED_NOUN = new RegExp(String.raw`\b(?:${alternation(ANTECEDENT_POSSESSIVES)})\s+((?:[a-z][\w-]*\s*){1,3})`, 'g');
const COUNTED_NOUN = new RegExp(String.raw`\b\d[\d,.]*\s+((?:[a-z][\w-]*\s*){1,3})`, 'g');

/**
 * The subject of an object's relative clause (`objectRelative`) is "the company" or "it" ("Velmora, which the company
 * acquired", "Tarn, which it bought"), and the sentence does not name the article's subject itself: it stands for
 * that company (the caller checks it is the company named last), never for the noun the clause is about.
 */
export function standsInRelative(relative: ReturnType<typeof objectRelative>, subject: EntityMention, names: EntityMention[]): boolean {
  if (!relative) return false;
  const own = subject.canonical.toLowerCase();
  return STAND_IN_OR_IT.test(relative.subject.text) && !names.some((n) => n.canonical.toLowerCase() === own);
}

const STAND_IN_OR_IT = new RegExp(String.raw`^(?:it|the\s+(?:${[...COMPANY_STAND_INS].join('|')}))$`, 'i');

/** The endings of a past participle ("acquired", "taken", "shown", "bought", "sold", "meant"). */
const PARTICIPLE_ENDING = '(?:ed|en|wn|ght|ld|nt)';
/** A trigger that is a past participle, which may take an agent after "by". */
const PARTICIPLE = new RegExp(String.raw`^\S*${PARTICIPLE_ENDING}$`, 'i');
/** A be/get auxiliary, then only adverbs, up to a passive participle ("was acquired", "has been quietly sold"). */
const PASSIVE_AUXILIARY = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:\w+ly\s+)*$/i;
/** Words before a trigger that make it a clause's own verb, not a reduced relative ("it bought", "which then sold"). */
const OWN_SUBJECT = new RegExp(String.raw`\b(?:${alternation(SUBJECT_PRONOUNS)}|${alternation(SUBJECT_VERB_FILLERS)}|\w+ly)\s+$`, 'i');
/**
 * The trigger is passive, so that an agent may follow: after a be/get auxiliary ("Zorbix was acquired by …"), or as a
 * reduced relative after a noun ("a mill bought two years ago by …"), where no doer stands just before it — a name
 * or a pronoun right before a past form is its subject ("Zorbix Ltd bought …", "it sold …"), an active verb.
 */
export function toldAsPassive(sentence: Sentence, triggerIndex: number, trigger: string, names: EntityMention[]): boolean {
  if (!PARTICIPLE.test(trigger)) return false;
  const before = sentence.text.slice(0, triggerIndex);
  if (PASSIVE_AUXILIARY.test(before)) return true;
  if (!/\p{Ll}[\p{L}'’-]*\s+$/u.test(before) || OWN_SUBJECT.test(before)) return false;
  const at = sentence.start + triggerIndex;
  return !names.some((n) => n.type !== 'place' && n.end <= at && /^\s*$/.test(sentence.text.slice(n.end - sentence.start, triggerIndex)));
}
/**
 * After a passive trigger: up to six words, none of them another participle (whose agent it would be: "bought the
 * shares owned by the company"), no clause's end, and "by the company" (its agent) — not "by the group of …", a
 * group of others.
 */
const STAND_IN_AGENT = new RegExp(String.raw`^(?:\s+(?![\w'’.-]*${PARTICIPLE_ENDING}\b)[\w'’.-]+){0,6}?\s+by\s+the\s+(?:${[...COMPANY_STAND_INS].join('|')})\b(?!['’]|\s+of\b)`, 'i');

/** "The company" is the passive trigger's agent, with no name between them, and the sentence does not name the subject itself. */
export function agentStandsForSubject(sentence: Sentence, triggerEnd: number, subject: EntityMention, names: EntityMention[]): boolean {
  const m = STAND_IN_AGENT.exec(sentence.text.slice(triggerEnd));
  if (!m) return false;
  const from = sentence.start + triggerEnd;
  const to = from + m[0].length;
  const own = subject.canonical.toLowerCase();
  return !names.some((n) => n.start >= from && n.start < to) && !names.some((n) => n.canonical.toLowerCase() === own);
}

/** What may come before a sentence's subject name: quotes, brackets, "the". */
export const SUBJECT_OPENS = /^[\s"“‘'(]*(?:the\s+)?$/i;

/**
 * The place `names[i]` (offsets in `text`) is written before a post of its own state and the post's holder, the next
 * name ("Norland Governor Ann Vell", "Zorbia's Treasury Secretary Karl Brenn", "Pella Mayor Ann Lee"): the state acts
 * through its post, and is a party of what the holder does or undergoes as such (session 49's lead decision;
 * STATE_POST_HEADS). Not a legislator's seat ("Norland Senator Ann Vell") nor another body's or a past post
 * (NOT_THE_STATES_POST: "Norland Opposition Party Secretary"): there the place only says where the holder is from.
 * Read by both lede readers where a name describing the next would be set aside (parties.ts, lede-parties.ts).
 */
export function actsThroughPost(text: string, names: readonly { start: number; end: number; type: EntityType }[], i: number): boolean {
  const place = names[i]!;
  const holder = names[i + 1];
  if (place.type !== 'place' || holder?.type !== 'person') return false;
  return statesPostBetween(text.slice(place.end, holder.start));
}
