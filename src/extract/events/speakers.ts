/** Who reports a sentence's news: the speakers of "said" and its kin, reporters after the report, the press. */
import { datelineLength } from '../dateline.ts';
import { alternation, PRESS_NOUNS, REPORTER_ROLES } from '../lexicon.ts';
import type { EntityMention, Sentence } from '../../types.ts';

export const REPORTED = /\b(said|says|told|according to|reported)\b/i;

/** A verb that reports what another clause tells. */
const REPORTING_WORDS = 'said|says|told|added|stated|explained|noted|insisted';
export const REPORTING_VERB = new RegExp(String.raw`\b(?:${REPORTING_WORDS})\b`, 'gi');
/** Those and "reported", as a report's close ("…, the newspaper Pella Daily reported"): whose speaker only reports it. */
const SPEAKER_VERB = new RegExp(String.raw`\b(?:${REPORTING_WORDS}|reported)\b`, 'gi');

/** A pronoun that may stand for a person: the speaker may be one the report is about ("Ann Lee said she resigned"). */
const PERSONAL_PRONOUN = /\b(?:i|me|my|we|us|our|he|him|his|she|her|they|them|their|himself|herself|themselves)\b/i;

/** What may follow a reporting verb that closes its sentence: a time, "in a statement", the end. */
const REPORT_CLOSES = /^(?:\s+(?:on|in|at|last|this|today|yesterday|earlier|late)\b[^,;:"“”]*)?\s*(?:[.,;]|$)/i;

/**
 * After "told", the one told and the sentence's end ("…, Ann Lee told Quanta Radio.", "… told the annual meeting on
 * Monday."): a closing report as REPORT_CLOSES reads one, with its hearer; not a clause told to someone ("told
 * reporters it would …").
 */
const HEARER_CLOSES = /^(?!.*\b(?:that|it|its|he|she|they|we|would|will|was|were|is|are|had|has|have|could|should|may|might|to)\b)\s+(?:[\p{L}\d.&'’-]+\s+){0,4}[\p{L}\d.&'’-]+(?:\s+(?:on|in|at|last|this|today|yesterday|earlier|late)\b[^,;:"“”]*)?\s*[.]?\s*["”]?\s*$/iu;

/** Each mention with its index and its offsets in the sentence (speakersOfTheReport, reportersAfter, reportedNews). */
export const placedInSentence = (sentence: Sentence, mentions: readonly EntityMention[]) =>
  mentions.map((m, i) => ({ m, i, start: m.start - sentence.start, end: m.end - sentence.start }));
/** A mention that may speak a report: a person or a body. */
export const canSpeak = (m: EntityMention) => m.type === 'person' || m.type === 'organization';

/**
 * Who only reports the happening (indexes into `mentions`): the speaker of a reporting verb other than the trigger,
 * when the happening is told in what is reported and names its own doer. "Quanta has launched a bond, lead manager
 * Miro said", "Zorbix plans to cut 140 jobs, spokesman Bob Ray said", "Ann Lee said the surplus weakened Zorbia's
 * position in talks": the spokesman, the bank managing the issue and the one giving a view take no part in the
 * launch, the cuts or the talks. A speaker stays when what is reported may be about the speaker (a personal
 * pronoun: "Ann Lee said she resigned", "Bob Ray and Ann Lee said they bought the stake"); a company told before what
 * it reports ("Quanta said its board elected Ann Lee") stays too: companies report their own affairs, and so does
 * one told after a report with no company doing it ("Sugar imports fell, the Agriculture Department said").
 */
export function speakersOfTheReport(sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number): Set<number> {
  const text = sentence.text;
  const out = new Set<number>();
  const within = (from: number, to: number) => placedInSentence(sentence, mentions).filter((x) => x.start >= from && x.end <= to && canSpeak(x.m));
  const bodyFrom = datelineLength(text);
  for (const r of text.matchAll(SPEAKER_VERB)) {
    const [rFrom, rTo] = [r.index, r.index + r[0].length];
    if ((rTo > triggerFrom && rFrom < triggerTo) || (rFrom < triggerTo && /^reported$/i.test(r[0]))) continue;
    if (rFrom >= triggerTo) {
      for (const i of reportersAfter(sentence, mentions, triggerFrom, triggerTo, rFrom, rTo)) out.add(i);
    } else {
      // Told before the report: "Ann Lee said (that) …". Only a person: a company reports its own affairs.
      // ("told a gathering of brokers that …": the one told is no report; the happening is the telling's own.)
      if (/^told$/i.test(r[0]) && /^\s+(?:[\w'’-]+\s+){0,3}$/.test(text.slice(rTo, triggerFrom))) continue;
      // ("Marsh said it has introduced …": a subject pronoun right after the verb stands for the speaker.)
      const content = text.slice(rTo);
      if (PERSONAL_PRONOUN.test(content) || /^\s+(?:\w+day\s+)?(?:that\s+)?(?:it|its)\b/i.test(content)) continue;
      const before = within(bodyFrom, rFrom).filter((x) => /^(?:\s*,[^,;]{1,60},)?\s*$/.test(text.slice(x.end, rFrom)));
      const speaker = before.at(-1);
      if (speaker && speaker.m.type === 'person') out.add(speaker.i);
    }
  }
  return out;
}

/**
 * The speakers of a reporting verb at `rFrom`..`rTo` told after the report (speakersOfTheReport): ", spokesman Bob Ray
 * said." or ", said spokesman Bob Ray.": the speaker stands between the report's last comma (or closing quote) and the
 * verb, between the verb and the sentence's end, or in an apposition right before the verb (", the head of the panel
 * drawing up the plan, Ann Lee, said"). A person reports; so does a news outlet, a press noun by its name ("the
 * official Zorbix news agency said", "the newspaper Pella Daily reported"), whoever did what it reports; and a company
 * after what a company or a place did ("Norland troops attacked rebels, the Varna agency said"), but after what a person
 * did it may be whom it was done for ("Ann Lee resigned, Quanta said"). A company reporting its own doing ("Quanta shares
 * rose …, Quanta Corp said") is the doer told again: a speaker sharing a doer's first word with no title before it
 * ("…, lead manager Miro Securities said" has one: another company of the group). (session 39, evt88: the sayers of
 * tests/gold/clause-participants.json.)
 */
function reportersAfter(sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number, rFrom: number, rTo: number): number[] {
  const text = sentence.text;
  const named = placedInSentence(sentence, mentions);
  const within = (from: number, to: number) => named.filter((x) => x.start >= from && x.end <= to && canSpeak(x.m));
  const mark = Math.max(text.lastIndexOf(',', rFrom - 1), text.lastIndexOf('”', rFrom - 1), text.lastIndexOf('"', rFrom - 1));
  if (mark < triggerTo) return [];
  let speakers: ReturnType<typeof within> = [];
  let from = mark;
  if (/^[,"”]\s*$/.test(text.slice(mark, rFrom))) {
    // (An apposition closing the sentence says who the speaker is: ", said Ann Lee, an analyst at Quanta".)
    const rest = text.slice(rTo).replace(/[,;]\s*(?:adding|saying)\b.*$/, '').replace(/[.\s]+$/, '').replace(APPOSITION_CLOSES, '');
    if (/^[\s\w.&'’-]*$/.test(rest)) speakers = within(rTo, rTo + rest.length);
    if (speakers.length === 0 && rest === '') [speakers, from] = apposedSpeaker(text, within, mark, triggerTo);
  } else if (REPORT_CLOSES.test(text.slice(rTo)) || (/^told$/i.test(text.slice(rFrom, rTo)) && HEARER_CLOSES.test(text.slice(rTo)))) {
    speakers = within(mark, rFrom);
  }
  const bodyFrom = datelineLength(text);
  if (speakers.length === 0 || PERSONAL_PRONOUN.test(text.slice(bodyFrom, from))) return [];
  const doers = named.filter((x) => x.start >= bodyFrom && x.end <= triggerFrom).map((x) => x.m);
  const press = PRESS_SPEAKER.test(`${text.slice(from, rFrom)} ${text.slice(rTo)}`);
  return speakers.filter((x) => onlyReports(text, x.m, x.start, from, doers, press)).map((x) => x.i);
}

type Placed = ReturnType<typeof placedInSentence>[number];

/**
 * The person set between commas right before a closing verb (", the head of the panel, Ann Lee, said"), or right
 * before an apposition that says who they are (", Ann Lee, an analyst at Quanta, said": session 45, evt102), with the
 * comma their phrase opens at; none before the trigger's end.
 */
function apposedSpeaker(text: string, within: (from: number, to: number) => Placed[], mark: number, triggerTo: number): [Placed[], number] {
  const before = text.lastIndexOf(',', mark - 1);
  if (before < triggerTo) return [[], mark];
  const person = (from: number, to: number) => within(from, to).filter((x) => x.m.type === 'person' && /^,\s*$/.test(text.slice(from, x.start)) && /^\s*$/.test(text.slice(x.end, to)));
  const right = person(before, mark);
  if (right.length > 0 || !APPOSITION_OPENS.test(text.slice(before + 1, mark))) return [right, before];
  const earlier = text.lastIndexOf(',', before - 1);
  return earlier >= triggerTo ? [person(earlier, before), earlier] : [[], before];
}

/** An apposition between commas: a determiner and what someone is ("an analyst at Quanta", "the bank's chief"). */
const APPOSITION_OPENS = /^\s*(?:an?|the|its)\s+[^,;]+$/i;
/** The same closing the sentence after a speaker's name (", an analyst at Quanta"). */
const APPOSITION_CLOSES = /,\s+(?:an?|the|its)\s+[^,;]+$/i;

/**
 * The speaker `m` (starting at `start`; its phrase opens at `from`) of a report told after what it reports only reports
 * it (reportersAfter, reportedNews): see reportersAfter. `doers`: the names of what is reported.
 */
export function onlyReports(text: string, m: EntityMention, start: number, from: number, doers: readonly EntityMention[], press: boolean): boolean {
  if (press) return true;
  const title = text.slice(from, start).replace(/\b(?:the|a|an)\s+$/i, '');
  // (A body titled as one who reports, "…, arranger Miro Finance Ltd said", reports whoever did it, when someone did: the
  // name reader may have typed the doer a person, and "Ann Lee resigned, Quanta said" is a body told with no such title.)
  const reporter = REPORTER_TITLE.test(title) && doers.length > 0;
  if (m.type !== 'person' && !reporter && !doers.some((d) => d.type === 'organization' || d.type === 'place')) return false;
  const firstWord = (x: EntityMention) => x.text.split(/\s+/)[0]!.toLowerCase();
  const titled = /[a-z]{3,}\s+$/.test(title);
  return !doers.some((d) => d.type !== 'place' && firstWord(d) === firstWord(m) && (!titled || d.text === m.text));
}

/** A reporter's noun right before a speaker's name ("lead manager", "arranger"; lexicon REPORTER_ROLES). */
const REPORTER_TITLE = new RegExp(String.raw`\b(?:${alternation([...REPORTER_ROLES])})\s+$`, 'i');

/**
 * A news outlet named as the speaker: a press noun or "news agency" by its name (lexicon PRESS_NOUNS); not a bare
 * "agency" ("the Central Meteorological Agency said" reports what it measured).
 */
export const PRESS_SPEAKER = new RegExp(String.raw`\b(?:${alternation([...PRESS_NOUNS, 'news agency', 'news service', 'press agency'])})\b`, 'i');
