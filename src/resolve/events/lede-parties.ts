/** Which names of an event mention the lede-role model reads as parties, and the headline and type evidence it reads them with. */
import type { ArticleExtraction, ArticleRecord, EntityMention, EntityType, EventMention, ParticipantRole, Sentence } from '../../types.ts';
import { LEDE_ROLE_THRESHOLD, noPartOdds } from '../lede-roles.ts';
import { headlineShowsPart, headlineSubject, LEGAL_FORM_END, wordsIn } from '../../extract/headline-subject.ts';
import { datelineLength } from '../../extract/dateline.ts';
import { EVIDENCE_RULES } from '../../extract/evidence.ts';
import { namedTwice, noParty, ofPlaceAgain, pieceOfLongerName, shortFormOfEarlier } from '../participants.ts';
import type { ResolveInput } from './types.ts';

/** A participant of an event mention that the lede-role model may read (`offTheNews`). */
interface LedeParticipant {
  ev: EventMention;
  /** The mention's own sentence (the name is of it). */
  sentence: Sentence;
  mention: EntityMention;
  /** Its entity's resolved type. */
  type: EntityType;
  /** The extraction's reading of its part (a feature of the model). */
  role: ParticipantRole;
  /** The sentence's names. */
  inSentence: readonly EntityMention[];
  headline: string;
}

/**
 * The lede-role model reads the participant as no party of its article's news, with odds of at least
 * LEDE_ROLE_THRESHOLD (src/resolve/lede-roles.ts): it is then kept with the pieces, as `alsoNamed`. Read only for the
 * news, where the model was trained, and not where a guard keeps the name (`keptFromLedeModel`).
 */
export function offTheNews(p: LedeParticipant): boolean {
  if (!p.ev.lede || keptFromLedeModel(p)) return false;
  const { mention } = p;
  const names = namesAfterDateline(p.sentence, p.inSentence);
  const index = names.indexOf(mention);
  const rank = index >= 0 ? { index, count: names.length } : undefined;
  return noPartOdds(p.sentence, { start: mention.start, end: mention.end, type: p.type, confidence: mention.confidence }, p.ev.trigger, index === 0, p.role, rank) >= LEDE_ROLE_THRESHOLD;
}

/**
 * Names the lede-role model's odds do not overrule: a thing's name and a body or person whose thing the sentence
 * tells (without either guard MEANTIME's timeline recall fell, to 0.551 and 0.594 in session 34), one the headline
 * names (without it, one of two changed holdout pages got worse: a company whose shares the news buys). The
 * sentence's first name is no longer kept whatever its odds (session 34): the model reads it as a feature now, and
 * MEANTIME, dev pages and the holdout slice did not change without that guard.
 */
function keptFromLedeModel(p: LedeParticipant): boolean {
  return namesThing(p.type) || ownsWhatFollows(p) || headlineNames(p.headline, p.mention.text, p.type) || (p.type === 'place' && headlineSubject(p.headline, p.mention.text));
}


/** A thing's name, a product or a work: an announcement's news is about it as often as it describes a noun. */
const namesThing = (type: EntityType) => type === 'other';

/** A body or person (not a place) right before a possessive, whose thing the sentence tells ("the newest version of Quanta's Qube OS"). */
const ownsWhatFollows = ({ sentence, mention, type }: LedeParticipant) => type !== 'place' && POSSESSIVE_AFTER.test(sentence.text.slice(mention.end - sentence.start));

/** A possessive right after a name: "Quanta's". */
const POSSESSIVE_AFTER = /^['’]s?\b/;

/** Each article's headline, by id (one map per input's article list). */
const TITLES = new WeakMap<readonly ArticleRecord[], Map<string, string>>();
export function titleOf(input: ResolveInput, article: string): string {
  let titles = TITLES.get(input.articles);
  if (!titles) TITLES.set(input.articles, (titles = new Map(input.articles.map((a) => [a.id, a.title]))));
  return titles.get(article) ?? '';
}

/**
 * The headline names the person or body: a capitalised word of three letters or more of its name is a word of the
 * headline ("- Amstutz", "Lifestyle, Bombay amend merger"). The headline tells who the news is about: the lede-role
 * model's odds do not overrule it (a speaker whose words are the news, a partner the sentence names late).
 */
function headlineNames(headline: string, name: string, type: EntityType): boolean {
  if (type !== 'person' && type !== 'organization') return false;
  // (Compared in lower case: a wire may set its headline in capitals.)
  const words = new Set(headline.toLowerCase().split(/[^\p{L}\d'’-]+/u).filter(Boolean));
  return name.split(/\s+/).some((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w) && words.has(w.toLowerCase()));
}

/** The sentence's names after its dateline, in order (the lede-role model reads the first, the last and how many). */
function namesAfterDateline(sentence: Sentence, inSentence: readonly EntityMention[]): EntityMention[] {
  const dateline = sentence.start + datelineLength(sentence.text);
  return inSentence.filter((e) => e.paragraph === sentence.paragraph && e.start >= dateline).sort((a, b) => a.start - b.start);
}

/**
 * The entity of the full name a participant's short name tells again, after it in its sentence (shortFormOfEarlier),
 * where the resolver gave the two different entities: the party is the full one's (the short one kept with the pieces).
 */
export function fullNameBefore(x: ArticleExtraction, ids: readonly (string | null)[], types: ResolveInput['entityTypes'], ev: EventMention, short: { mention: EntityMention; type: EntityType; id: string }): string | undefined {
  // (Each name typed as resolved: the reader's type of one name in one sentence may be a slip.)
  const named = x.entities.flatMap((e, i) => (e.sentence === ev.sentence && ids[i] ? [{ ...e, id: ids[i]!, type: types?.get(ids[i]!) ?? e.type }] : []));
  const full = shortFormOfEarlier(short.mention, short.type, named);
  return full !== undefined && full.id !== short.id ? full.id : undefined;
}

/**
 * The participants of one happening that name again, shorter, a party another of them names in full (`namedTwice`),
 * or without the place the other's name says it is of (`ofPlaceAgain`, read with the happening's sentences,
 * `quotes`): of a pair that name each other (a plural), the later one.
 */
export function namedAgain(names: Map<string, string> | undefined, types: Map<string, EntityType> | undefined, ids: string[], quotes: readonly string[]): string[] {
  if (!names) return [];
  const party = (id: string) => ({ name: names.get(id) ?? id, type: types?.get(id) });
  const same = (a: string, b: string) => namedTwice(party(a), party(b)) || ofPlaceAgain(party(a), party(b), quotes);
  const again: string[] = [];
  ids.forEach((id, i) => {
    const twice = ids.some((other, j) => j !== i && !again.includes(other) && same(id, other) && !(j > i && same(other, id)));
    if (twice) again.push(id);
  });
  return again;
}

/** The weight of the weakest place vote, "in X" (src/extract/evidence.ts): a firm is as often "in" a sentence ("a stake in Sina"). */
const WEAK_PLACE_VOTE = EVIDENCE_RULES.find((r) => r.name === 'place-preposition')!.weight;

/**
 * The entity's resolved type where it may overrule the sentence's reading of a place: where resolution's type is well
 * supported (`typeSure`: an organisation's shape, a fixed or confident type), or this sentence's own words vote for it
 * ("Italian airline Alitalia"), or they show no place beyond "in X" ("Germany's Hexal"). Not where they do
 * ("at the Pella Hall", "ORLIN, Norland" of a dateline, "in the Gulf of Zorbia") and resolution is unsure.
 */
export function supportedType(input: ResolveInput, id: string, mention: EntityMention): EntityType | undefined {
  const type = input.entityTypes?.get(id);
  if (type === undefined) return undefined;
  const rules = mention.reading?.rules;
  const sure = input.typeSure?.has(id) || !rules || rules[type] > 0 || rules.place <= WEAK_PLACE_VOTE;
  return sure ? type : undefined;
}

/**
 * A participant's role once its entity is resolved: a name the sentence's reader took for a place that resolution
 * types, on good evidence, as a company or person ("Yukos' parent company … is suing", "bought Brazilian brewer
 * Ambev") takes the part its position gives it, not "place". (`type`: the resolved type where it is well supported.)
 */
export function partOf(p: EventMention['participants'][number], type: EntityType | undefined): ParticipantRole {
  return p.role === 'place' && type !== undefined && type !== 'place' ? p.party ?? 'other' : p.role;
}

/**
 * The people and bodies of an article's news that its title shows and its parties lack: the news page is titled by the
 * headline, so a name it writes is among the page's parties (issue 19's missing party named in the title; session 43,
 * evt97). Any name of the lede after its dateline, typed a person or body, whichever reading left it out (a clause
 * reader, a rule or the lede-role model: then kept with the pieces), whose spelling in the article — its own or another
 * the article gives the same entity ("SEC" for the Securities and Exchange Commission), legal form aside — the headline
 * writes as whole words. Not a piece of a longer name or no name (`pieceOfLongerName`, `noParty`); not a short name of
 * a party told again (`fullNameBefore`), nor one a party's name holds or is held by ("Quanta" beside "Quanta Corp");
 * and only where the headline writes it as its subject or an object (`headlineShowsPart`), not before a noun it
 * describes ("QUANTA UNIT BUYS …": the unit acts; "NORLAND DEPUTY MINISTERS TO MEET").
 */
export function shownByTitle(x: ArticleExtraction, ids: readonly (string | null)[], input: ResolveInput, ev: EventMention, sentence: Sentence, parties: ReadonlySet<string>): string[] {
  const title = titleOf(input, x.article).toLowerCase();
  const from = sentence.start + datelineLength(sentence.text);
  const spellings = (id: string) => [...new Set(x.entities.filter((_, j) => ids[j] === id).map((m) => m.text.replace(LEGAL_FORM_END, '')))];
  const partyNames = [...parties].flatMap(spellings).map((t) => t.toLowerCase());
  const shown: string[] = [];
  x.entities.forEach((mention, i) => {
    const id = ids[i];
    if (!id || mention.sentence !== ev.sentence || mention.start < from || parties.has(id) || shown.includes(id)) return;
    const type = input.entityTypes?.get(id) ?? mention.type;
    if ((type !== 'person' && type !== 'organization') || pieceOfLongerName(sentence, mention) || noParty(sentence, mention, type)) return;
    const written = titleSpelling(title, spellings(id), type);
    if (written === undefined || partyNames.some((p) => wordsIn(p, written) || wordsIn(written, p))) return;
    // (A short form in brackets right after a party's name is that party again: "Zorbix Electric (ZEC)".)
    if (x.entities.some((p, j) => ids[j] !== null && parties.has(ids[j]!) && p.sentence === ev.sentence && BRACKET_BETWEEN.test(sentence.text.slice(p.end - sentence.start, mention.start - sentence.start)))) return;
    const full = fullNameBefore(x, ids, input.entityTypes, ev, { mention, type, id });
    if (full === undefined || !parties.has(full)) shown.push(id);
  });
  return shown;
}

/**
 * How the headline (in lower case) writes the person or body as taking part (`headlineShowsPart`), if it does: one of
 * its spellings in the article; or, for a person, the last word of a full name as the headline's subject
 * (`headlineSubject`: "MAXWELL FILES SUIT …" of "Publisher Robert Maxwell's …"), the doer the lede may write only as
 * an owner before a possessive (issue 19's missing party, session 46, evt105). The subject alone: a surname elsewhere
 * in a headline may be another's.
 */
function titleSpelling(title: string, spellings: readonly string[], type: EntityType): string | undefined {
  const lower = spellings.map((t) => t.toLowerCase());
  const whole = lower.find((t) => t.length >= 3 && wordsIn(title, t));
  if (whole !== undefined) return headlineShowsPart(title, whole) ? whole : undefined;
  if (type !== 'person') return undefined;
  return lower.map((t) => t.split(/\s+/)).filter((w) => w.length > 1).map((w) => w.at(-1)!).find((last) => /^\p{L}[\p{L}'’-]{2,}$/u.test(last) && headlineSubject(title, last));
}

/** Between a name and its short form: an opening bracket ("Zorbix Electric (ZEC)", "Quanta Corp <QNT>"). */
const BRACKET_BETWEEN = /^\s*[(<]$/;

