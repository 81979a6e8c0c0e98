/** The parties of one triggered happening: its named participants and their roles, the asides beside it, reported news and its doer. */
import { unnamedSubjectOf } from '../unnamed-party.ts';
import { datelineLength } from '../dateline.ts';
import { commentAfter, purposeAfter, reportTail } from '../clause.ts';
import { antecedentOf, describedSubject } from '../described.ts';
import { describedParty, lastBefore } from '../described-party.ts';
import type { EntityMention, EventMention, Sentence } from '../../types.ts';
import { TRANSFER_WORDS } from '../lexicon.ts';
import { headlineSubject, LEGAL_FORM_END } from '../headline-subject.ts';
import type { ArticleReading } from './types.ts';
import type { Trigger } from './triggers.ts';
import { besideTheHappening, describesNextName, headlineNames, placeOfDescribedNoun } from './describing.ts';
import { canSpeak, onlyReports, placedInSentence, PRESS_SPEAKER, REPORTED } from './speakers.ts';
import { notOfTheTrigger } from './not-of-trigger.ts';
import { headlinedBodiesOfOfficials, namedByKept, speaksForHeadlinedBody } from './headline-parties.ts';
import {
  actsThroughPost, agentStandsForSubject, pronounReferent, rolesByPosition, standsForSubject, standsInRelative, SUBJECT_OPENS, toldAsPassive,
} from './roles.ts';

/**
 * The clause's subject is a common noun phrase naming no one (src/extract/unnamed-party.ts), and no party was read
 * from another sentence for it (the article's subject "the company" stands for, the one "the Welsh runner" describes).
 */
export function partyUnnamed(at: ArticleReading, sentence: Sentence, found: Trigger, kept: EventMention['participants']): boolean {
  if (kept.some((p) => at.entities[p.mention]!.sentence !== sentence.index)) return false;
  const inSentence = at.entitiesBySentence.get(sentence.index) ?? [];
  const names = inSentence.map(({ item }) => ({ start: item.start - sentence.start, end: item.end - sentence.start }));
  const unnamed = unnamedSubjectOf(sentence.text, found.index, names);
  if (!unnamed) return false;
  // A body called by its common noun ("The tribunal was meeting at Pella") is a party enough when the sentence names
  // another; where it names only the happening's site ("in Pella", "at the Rilmo Hotel"), no party is named.
  if (unnamed.body) return kept.every((p) => p.role === 'place' && SITE_BEFORE.test(sentence.text.slice(0, at.entities[p.mention]!.start - sentence.start)));
  if (unnamed.modifiers.length === 0) return true;
  // A name that only says whose the unnamed person is ("The Velmont co-chairman attacked …") is no doer: kept, as
  // other. Told in the passive ("a Velmont Bank manager was jailed"), the name is what the happening is done to and
  // its page stays (a page so judged good).
  const modifiers = new Set(unnamed.modifiers.map((i) => inSentence[i]!.index));
  // A place that says where the unnamed person is from ("The Norland shipowner was arrested", "Three of Norland's richest
  // shipowners quit") is no party, whichever way the clause is told: the happening's party goes unnamed.
  if (kept.some((p) => modifiers.has(p.mention) && p.role === 'place')) return true;
  const doers = kept.filter((p) => modifiers.has(p.mention) && p.role === 'actor');
  for (const p of doers) p.role = 'other';
  return doers.length > 0;
}

/** "in" or "at" (perhaps "the") right before a name: the happening's site. */
const SITE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;

/**
 * The parties of the happening the sentence's trigger tells, with their roles: none when its clause names no one;
 * undefined for a statement with no one to say it.
 */
export function partiesOf(at: ArticleReading, sentence: Sentence, found: Trigger, mentions: { item: EntityMention; index: number }[], speech: boolean) {
  const roles = rolesByPosition(sentence, found, mentions);
  const { participants, passive, triggerStart } = roles;
  const names = mentions.map((m) => m.item);
  const read = speakersRead(at, sentence, found, names, speech, roles);
  if (!read) return undefined;
  const { outside, reported, closingReport } = read;
  // Names that take no part in this happening are left out only now, after the roles were read from the sentence.
  const kept = participants.filter((_, i) => !outside.has(i));
  // "Zorbix Bank is involved because it is being sued by Quanta": "it" is the main clause's company.
  const referent = pronounReferent(sentence, found.index, names);
  if (referent >= 0 && !kept.some((p) => p.mention === mentions[referent]!.index)) kept.unshift({ mention: mentions[referent]!.index, role: passive ? 'target' : 'actor' });
  // "The singer was arrested …", "He resigned …", "The carmaker has launched …": the one name the article gives the
  // clause's described or pronoun subject (src/extract/described-party.ts), where no other reading names it.
  const describedDoer = () => {
    const party = speech ? undefined : describedParty(sentence, found.index, at.sentences, at.entities, names, at.subject?.item);
    if (party && !kept.some((p) => p.mention === party.mention)) kept.unshift({ mention: party.mention, role: passive ? 'target' : 'actor' });
  };
  if (kept.length === 0) describedDoer();
  else subjectParties(at, sentence, found, names, kept, roles, speech, describedDoer);
  const tail = reported ? { start: found.index + found.text.length, end: sentence.text.length } : closingReport;
  return { kept, triggerStart, asides: asidesOf(at, sentence, found, mentions, outside, kept, reported?.aside, tail) };
}

/**
 * Who says a statement, or the lede's news its closing reporting verb reports (`reportedNews`), with the names that
 * take no part in the happening (`outside`); undefined for a statement with no one to say it.
 */
function speakersRead(
  at: ArticleReading, sentence: Sentence, found: Trigger, names: EntityMention[], speech: boolean,
  { participants, triggerStart, triggerEnd }: ReturnType<typeof rolesByPosition>,
) {
  // Under a headline that tells a statement ("Acme's Lee says cooperation working"), the lede's speaker is its news's.
  const statementNews = sentence.index === at.ledeIndex && at.headlineStatement;
  // (A lede under its headline tells the article's news whole: its clauses joined by "and" are the headline's one
  // happening — a holder's two sales of shares under "Chairman sells shares" — so no junction parts them.)
  // (Where a reporting verb closing the sentence made its report, read once for the parties and the asides.)
  const closingReport = reportTail(sentence.text, found.index + found.text.length);
  const triggerTo = found.index + found.text.length;
  const outside = notOfTheTrigger(sentence, names, found.index, triggerTo, statementNews, sentence.index === at.ledeIndex, closingReport, at.article.title);
  // The lede's news told in a clause that its closing reporting verb reports is the clause's happening (reportedNews).
  const reported = speech && sentence.index === at.ledeIndex && !statementNews ? reportedNews(sentence, names, found.index, triggerTo, outside) : undefined;
  if (reported) {
    participants.forEach((p, i) => {
      if (p.role !== 'place' || i === reported.doer) p.role = i === reported.doer ? 'actor' : 'other';
      else p.party = 'other';
    });
    outside.clear();
    for (const i of reported.outside) outside.add(i);
  } else if (speech) {
    // A statement belongs to its speaker — the name just before the verb ("SenseTime said"), or just after it
    // ("…, said Apple CEO Steve Jobs") — and is about the others it names.
    const speaker = speakerOf(names, sentence, triggerStart, triggerEnd, outside);
    if (speaker < 0 && !participants.some((p) => p.role === 'actor') && !REPORTED.test(sentence.text)) return undefined;
    if (speaker >= 0) {
      participants.forEach((p, i) => {
        if (p.role !== 'place') p.role = i === speaker ? 'actor' : 'other';
        else p.party = 'other';
      });
    }
  }
  return { outside, reported, closingReport };
}

/**
 * The party the clause's described subject stands for, put first: the article's company ("The company acquired
 * Zorbix"), its agent ("Zorbix was acquired by the company"), or the earlier name a description fits ("The Welsh
 * runner beat Ann Lee"); else the described or pronoun subject's one name (`describedDoer`).
 */
function subjectParties(
  at: ArticleReading, sentence: Sentence, found: Trigger, names: EntityMention[], kept: EventMention['participants'],
  { passive, relative, triggerStart }: ReturnType<typeof rolesByPosition>, speech: boolean, describedDoer: () => void,
): void {
  const { subject, entities, sentences } = at;
  // "The company acquired Zorbix": the company the article is about is the doer, or in the passive what is done to;
  // "The company said Zorbix …": its speaker, and the statement is about the others (a quote on its page).
  // (The company named last before the sentence is what "the company" most likely stands for: "… even Velmar Motor
  // Corp sold more. In 2003, the firm launched …" is Velmar's, not the lede's company.)
  const lastFirm = () => entities[lastBefore(entities, sentence.index, 'organization') ?? -1]?.canonical === subject?.item.canonical;
  if (subject && (standsForSubject(sentence, found.index, subject.item, names) || standsInRelative(relative, subject.item, names)) && lastFirm()) {
    if (speech) for (const p of kept) if (p.role !== 'place') p.role = 'other';
    kept.unshift({ mention: subject.index, role: passive && !speech ? 'target' : 'actor' });
  } else if (subject && !speech && toldAsPassive(sentence, found.index, found.text, names) && agentStandsForSubject(sentence, found.index + found.text.length, subject.item, names) && lastFirm()) {
    // "Zorbix was acquired by the company", "… a mill bought two years ago by the company": the company did it,
    // to what is named before.
    for (const p of kept) if (p.role === 'actor' && entities[p.mention]!.end <= triggerStart) p.role = 'target';
    kept.push({ mention: subject.index, role: 'actor' });
  } else {
    // "The Welsh runner beat Ann Lee": the one earlier name the description fits (extract/described.ts).
    const described = describedSubject(sentence, found.index, names);
    const antecedents = described ? antecedentOf(described, sentence, sentences, entities) : [];
    if (antecedents.length > 0 && speech) for (const p of kept) if (p.role !== 'place') p.role = 'other';
    kept.unshift(...antecedents.map((mention) => ({ mention, role: passive && !speech ? 'target' as const : 'actor' as const })));
    if (antecedents.length === 0) describedDoer();
  }
}

/**
 * The names left out of the happening (`outside`) because they stand in a phrase of purpose ("in an effort to win
 * business from Sorin Trust", "in order to compete with Miro") or a comment set after its clause ("…, a move analysts
 * said would help Norvex"): what the doer means to do, or what the happening means, not who took part in it
 * (src/extract/clause.ts `purposePhrases`, `commentAfter`). Kept on the mention (`asides`), so that graph.json keeps
 * them as the event's `alsoNamed`. `tail`: the words after the reporting verb that closes the sentence (clause.ts
 * `reportTail`), or after the lede's own reporting verb where it reports the news (`reportedNews`).
 */
function asidesOf(
  at: ArticleReading, sentence: Sentence, found: Trigger, mentions: { item: EntityMention; index: number }[], outside: Set<number>, kept: EventMention['participants'],
  reported?: { start: number; end: number }, tail?: { start: number; end: number },
): number[] {
  const spans = [...besideTheHappening(sentence.text, found.index, found.index + found.text.length), ...(reported ? [reported] : [])];
  const left = ({ index }: { index: number }, i: number) => outside.has(i) && !kept.some((p) => p.mention === index);
  // A name that only describes the next one ("Tennessee Senator Ann Vell", "U.S. retailer Zorbix") says whose or where
  // that party is: kept beside it too (evt67).
  const local = mentions.map(({ item }) => ({ start: item.start - sentence.start, end: item.end - sentence.start }));
  const triggerTo = found.index + found.text.length;
  const describers = mentions.filter((m, i) => left(m, i) && describesNextName(sentence.text, local, i, found.index, triggerTo) && !outside.has(i + 1));
  // (A place of the closing report, or of a participle phrase describing a noun, placeOfDescribedNoun, says where the
  // report was made or where that thing is: kept beside, as notOfTheTrigger left it out.)
  const thingPlace = (m: { item: EntityMention }, i: number) => m.item.type === 'place' && local[i]!.start >= triggerTo
    && ((tail !== undefined && local[i]!.start >= tail.start) || placeOfDescribedNoun(sentence.text, triggerTo, local[i]!.start));
  const asides = mentions.filter((m, i) => left(m, i) && !describers.includes(m)
    && (spans.some((s) => local[i]!.start >= s.start && local[i]!.end <= s.end) || thingPlace(m, i)));
  // (A dated lede's name its headline writes takes part in the article's news: kept, as other; so does a body it
  // writes only before its official's name, speaksForHeadlinedBody.)
  const lede = sentence.index === at.ledeIndex;
  const headlined = lede ? [
    ...describers.filter((m) => speaksForHeadlinedBody(at.article.title, mentions, mentions.indexOf(m)) && !namedByKept(at.entities, kept, m.item.text)),
    ...asides.filter(({ item }) => headlineNames(at.article.title, item.text)),
    ...mentions.filter((m, i) => left(m, i) && headlinedOwner(at.article.title, sentence, found, mentions, i, kept)),
  ] : [];
  // (A place before its own state's post and the holder's name, "Norland Governor Ann Vell signed …", is the state
  // acting through its post: a party, not a describer of the holder; actsThroughPost.)
  const typed = mentions.map(({ item }, i) => ({ ...local[i]!, type: item.type }));
  const statesActs = describers.filter((m) => !headlined.includes(m) && actsThroughPost(sentence.text, typed, mentions.indexOf(m)));
  for (const { item, index } of [...headlined, ...statesActs]) kept.push(item.type === 'place' ? { mention: index, role: 'place', party: 'other' } : { mention: index, role: 'other' });
  if (lede) for (const mention of headlinedBodiesOfOfficials(at, sentence, kept)) kept.push({ mention, role: 'other' });
  return mentions.filter((m) => !headlined.includes(m) && !statesActs.includes(m) && (describers.includes(m) || asides.includes(m))).map(({ index }) => index);
}

/**
 * A body written as the owner of a party the lede keeps ("… bought Alcad Ltd from Penn Central Corp's Marathon
 * Manufacturing Cos Inc") that the headline tells as its subject ("PENN CENTRAL SELLS U.K. UNIT", `headlineSubject`),
 * or whose owned thing a sale hands over ("… to acquire Eaton Corp's Industrial Polymer division" under "Fluorocarbon
 * buys Eaton division": the seller), when the headline writes its name: a party of the news (issue 19's missing party;
 * session 42, evt95: no rule kept it, not even as an aside). Not under "Quanta unit to redeem stock": the unit acts.
 */
function headlinedOwner(title: string, sentence: Sentence, found: Trigger, mentions: readonly { item: EntityMention; index: number }[], i: number, kept: EventMention['participants']): boolean {
  const owner = mentions[i]!.item;
  const owned = mentions[i + 1];
  const part = owned && kept.find((p) => p.mention === owned.index);
  if (owner.type !== 'organization' || !part || !OWNER_POSSESSIVE.test(sentence.text.slice(owner.end - sentence.start, owned.item.start - sentence.start))) return false;
  const short = owner.text.replace(LEGAL_FORM_END, '');
  const sold = part.role === 'target' && TRANSFER_WORDS.has(found.text.split(/\s/)[0]!.toLowerCase());
  return headlineSubject(title, owner.text) || headlineSubject(title, short) || (sold && headlineNames(title, short));
}

/** Between an owner and what it owns: its possessive, perhaps a bracketed code before it ("Quanta Corp <QNT>'s "). */
const OWNER_POSSESSIVE = /^(?:\s*<[^>]*>)?['’]s?\s+$/;

/** A trigger that only reports what its sentence tells: "said", "told", "said in a statement". */
const REPORTING_TRIGGER = /^(?:said|says|told|stated)\b/i;
/** What may follow a verb that closes its sentence: a few words ("told Reuters", "said on Tuesday"), no clause. */
const CLOSES_REPORT = /^(?:\s+[\p{L}\d.&'’-]+){0,5}\s*[.]?\s*$/u;
/** After a name: its possessive before another name ("'s ruling Social Democratic Party"), whose the name says. */
const POSSESSIVE_OF_NAME = /^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}\p{Lu}/u;

/**
 * The lede's news told in a clause that a reporting verb closes ("The Zorbix Bureau is mailing its notices, the
 * Agriculture Department said"; "Acme has joined the bidders for Quanta, a panel's head told Reuters"): the happening
 * is the clause's, and its first company or person is the doer. A name takes no part when it is `outside` the
 * reporting verb's clause and outside the sentence's opening clause too (notOfTheTrigger read from the body's start):
 * "…, the head of a panel which controls them told Reuters" opens a clause the reported names are outside of, and
 * "Shell will revise prices while Caltex will revise theirs, officials said" a second one that is still reported.
 * Who says it and who is told only report it, as speakersOfTheReport reads a reporting verb that is not the trigger:
 * a person after anyone's doing, a company after a company's ("Ann Lee resigned, Quanta said": Quanta stays, whom it
 * was done for); one that shares the doer's first word is the doer told again (not a country's: "China …, the China
 * Daily said"). A country that is the clause's subject does it too ("Sweden is recalculating …, a bureau spokesman
 * said"). None when the clause names no company, person or such a country ("Prices were changed, the Agriculture
 * Department said": the speaker's is the news), quotes someone (the saying is the news), or the verb does not close
 * the sentence.
 */
function reportedNews(sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number, outsideTrigger: Set<number>): { doer: number; outside: Set<number>; aside?: { start: number; end: number } } | undefined {
  const text = sentence.text;
  const bodyFrom = datelineLength(text);
  const mark = text.lastIndexOf(',', triggerFrom - 1);
  if (!REPORTING_TRIGGER.test(text.slice(triggerFrom, triggerTo)) || mark <= bodyFrom) return undefined;
  if (/["“”]/.test(text.slice(bodyFrom, triggerFrom)) || !CLOSES_REPORT.test(text.slice(triggerTo))) return undefined;
  // (A country that is the clause's subject acts, as in extractEvents: "Sweden is recalculating its inflation rate, a
  // statistics bureau spokesman said"; not one whose possessive names the subject, "Sweden's ruling Social Democratic
  // Party gave …".)
  const subjectPlace = (m: EntityMention) => m.type === 'place' && SUBJECT_OPENS.test(text.slice(bodyFrom, m.start - sentence.start))
    && !POSSESSIVE_OF_NAME.test(text.slice(m.end - sentence.start));
  const named = placedInSentence(sentence, mentions).filter((x) => canSpeak(x.m) || subjectPlace(x.m));
  const opening = notOfTheTrigger(sentence, mentions, bodyFrom, bodyFrom);
  const outside = new Set([...outsideTrigger].filter((i) => opening.has(i)));
  // What the reported clause's doer means to do ("Norland cut its fuel prices to end a row with Zorbia, an official
  // said"; "…, a move analysts said would help Quanta"), from its purpose or its comment to the reporting verb's
  // comma, is no part of the news, however the reporting verb's clause reads.
  const purpose = Math.min(purposeAfter(text, bodyFrom, bodyFrom) ?? mark, commentAfter(text, bodyFrom)?.start ?? mark);
  const aside = purpose < mark ? { start: purpose, end: mark } : undefined;
  if (aside) mentions.forEach((m, i) => {
    if (m.start - sentence.start >= aside.start && m.end - sentence.start <= aside.end) outside.add(i);
  });
  const doers = named.filter((x) => x.start >= bodyFrom && x.end <= mark && !outside.has(x.i));
  if (doers.length === 0) return undefined;
  // (A person set between commas right before the verb speaks: ", the head of the panel, Ann Lee, said".)
  // (Only with a doer before the phrase that describes the speaker: in ", the president of the Zorbix Bankers'
  // Association, Ann Lee, said" after a view, the association is the speaker's, and the saying the news.)
  const prev = text.lastIndexOf(',', mark - 1);
  const apposed = named.find((x) => x.m.type === 'person' && x.start > bodyFrom && /^,\s*$/.test(text.slice(prev, x.start)) && /^\s*$/.test(text.slice(x.end, mark)));
  const speakerFrom = apposed && doers.some((d) => d.end <= text.lastIndexOf(',', prev - 1)) ? prev : mark;
  const press = PRESS_SPEAKER.test(text.slice(speakerFrom));
  for (const x of named.filter((y) => y.start > speakerFrom && onlyReports(text, y.m, y.start, speakerFrom, doers.filter((d) => d.end <= speakerFrom).map((d) => d.m), press))) outside.add(x.i);
  // A place after the reporting verb is where the report was made ("…, an official told Reuters from Varna"), as
  // clause.ts reportTail reads one after another trigger.
  mentions.forEach((m, i) => {
    if (m.type === 'place' && m.start - sentence.start >= triggerTo) outside.add(i);
  });
  return { doer: doers[0]!.i, outside, ...(aside ? { aside } : {}) };
}

/** Index (in `mentions`) of who speaks in a reported-speech sentence, or -1. */
function speakerOf(mentions: EntityMention[], sentence: Sentence, triggerStart: number, triggerEnd: number, describing: Set<number>): number {
  // A name that only describes another ("Ann Lee, the head of Acme, said") does not speak.
  const speakers = mentions.map((m, i) => ({ m, i })).filter(({ m, i }) => (m.type === 'person' || m.type === 'organization') && !describing.has(i));
  const before = speakers.filter(({ m }) => m.end <= triggerStart && /^[\s\w,'’-]{0,40}$/.test(sentence.text.slice(m.end - sentence.start, triggerStart - sentence.start)) && !/[,;]\s*$/.test(sentence.text.slice(m.end - sentence.start, triggerStart - sentence.start).replace(/,\s*\w+(?:\s+[\w.]+){0,6},\s*$/, '')));
  if (before.length) return before.at(-1)!.i;
  // "said Apple Inc. CEO Steve Jobs": titles and their organisation may come first; the person is the speaker.
  const after = speakers.filter(({ m }) => m.start >= triggerEnd && m.start - triggerEnd <= 40);
  return (after.find(({ m }) => m.type === 'person') ?? after[0])?.i ?? -1;
}
