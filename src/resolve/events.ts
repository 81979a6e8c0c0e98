/**
 * Event mentions → events. Mentions (within and across articles) join one event when the type agrees, the dates
 * are compatible (equal, or one contains the other: 2021-12 contains 2021-12-10) and they share a participant
 * that is not a place — a shared target when both name targets. Each event cites every source sentence. A mention
 * from another article dated a day or two off joins too: that is sources disagreeing, and the event keeps the day
 * most sources give and lists every version with its article (as it does for differing counts: "82 people").
 *
 * Within an article mentions are bucketed by type and article; across articles a cluster is compared only with the
 * events that share a participant with it, so clustering never compares every event with every other. An undated
 * mention joins another article's report only as `joinsFounder` says.
 */
import type { ArticleExtraction, ArticleRecord, EntityMention, EntityType, Event, EventMention, EventReport, EventSource, ParticipantRole, Quote, Sentence } from '../types.ts';
import { LEDE_ROLE_THRESHOLD, noPartOdds } from './lede-roles.ts';
import { slugify, uniqueSlugs } from '../util/slug.ts';
import { escapeRegExp } from '../util/escape.ts';
import { eventKind } from '../event-types.ts';
import { posTerms } from '../extract/pos-tagger.ts';
import { datelineLength } from '../extract/dateline.ts';
import { appositions, junctionBounds, OBJECTLESS_AFTER, purposeAfter } from '../extract/clause.ts';
import { hasFiniteVerb } from '../extract/tense.ts';
import { describesNounBefore } from '../extract/participle.ts';
import { taggedTerms } from '../extract/nlp.ts';
import { ClauseMemo } from './clause-memo.ts';
import type { ArticleParties, MentionParties, PartyMemo } from './party-memo.ts';
import { keepsCapitals, usualCase } from '../extract/ner/words.ts';
import {
  alternation, AUXILIARIES_AFTER, COMPANY_WORDS, CONNECTIVES, CONNECTORS, HEAD_CONNECTORS, COUNT_OPENERS, FORECAST_HEADLINE_WORDS, NO_SUBJECT_OPENERS, NOT_OF_A_NAME, PARTICIPLE_AUXILIARIES, SPEECH_VERBS_AFTER,
  STAND_IN_NOUNS, STAND_IN_SUBJECTS, STANDING_ALONE, TITLE_PHRASE_OPENERS, VERB_PHRASE_GOES_ON,
} from '../extract/lexicon.ts';
import { EVIDENCE_RULES } from '../extract/evidence.ts';
import { amountsOf, tellOtherFigures } from './figures.ts';
import { describesByRule, onlyDescribesByModel } from './place-roles.ts';
import { namedTwice, namesSetting, noParty, ofPlaceAgain, onlyReports, opponentOfOccasion, pieceOfLongerName, listedTogether, shortFormOfEarlier } from './participants.ts';
import { contentWords, cosine, objectOf, pairFeatures, pairScore, rarity, type ReportView } from './same-happening.ts';

interface ResolvedMention {
  article: string;
  paragraph: string;
  sentence: number;
  type: string;
  trigger: string;
  date: string | null;
  precision: Event['precision'];
  participants: { entity: string; role: ParticipantRole }[];
  /** Names of the sentence that are pieces of a longer name (src/resolve/participants.ts): kept, not shown. */
  pieces?: { entity: string; role: ParticipantRole }[];
  quote: string;
  lede?: true;
  headline?: EventMention['headline'];
  mood?: EventMention['mood'];
  unnamedParty?: true;
}

interface Cluster {
  mentions: ResolvedMention[];
  key: Set<string>;
  targets: Set<string>;
  date: string | null;
}

interface ResolveInput {
  articles: ArticleRecord[];
  extractions: ArticleExtraction[];
  assignment: Map<string, (string | null)[]>;
  entityNames?: Map<string, string>;
  /** Each entity's resolved type: a name read as a place in one sentence may be a company's (`partOf`). */
  entityTypes?: Map<string, EntityType>;
  /** The entities whose resolved type is well supported (`EntityResolution.typeSure`): only theirs overrules a sentence's reading. */
  typeSure?: Set<string>;
  /** Answers of readableClause kept from earlier builds (src/resolve/clause-memo.ts). */
  clauses?: ClauseMemo;
  /** Each article's event mentions' parties kept from earlier builds (src/resolve/party-memo.ts). */
  parties?: PartyMemo;
}

/**
 * A statement ("X said …") is a quote on its speaker's page, not an event, unless it is its article's news (the
 * lede): what someone said is not a happening on a timeline.
 */
const isQuote = (m: { type: string; lede?: true }) => eventKind(m.type).reportedSpeech === true && !m.lede;

/** The event mentions of every article (duplicates skipped), with entity ids for their participants. */
function resolvedMentions(input: ResolveInput): ResolvedMention[] {
  const duplicate = new Set(input.articles.filter((a) => a.duplicateOf !== undefined).map((a) => a.id));
  const mentions: ResolvedMention[] = [];
  for (const x of [...input.extractions].sort((a, b) => (a.article < b.article ? -1 : 1))) {
    if (duplicate.has(x.article)) continue;
    const ids = input.assignment.get(x.article) ?? [];
    const decide = () => articleParties(x, ids, input);
    const parties = input.parties ? input.parties.parties(x.article, { ids, types: input.entityTypes, typeSure: input.typeSure }, decide) : decide();
    x.events.forEach((ev, i) => {
      const of = parties[i];
      if (of) mentions.push(resolvedMention(x.article, ev, of));
    });
  }
  return mentions;
}

/** An event mention with its parties decided (`articleParties`). */
function resolvedMention(article: string, ev: EventMention, { participants, pieces }: MentionParties): ResolvedMention {
  return {
    article,
    paragraph: ev.paragraph,
    sentence: ev.sentence,
    type: ev.type,
    trigger: ev.trigger,
    date: ev.date,
    precision: ev.precision,
    participants: participants.map(([entity, role]) => ({ entity, role })),
    ...(pieces.length ? { pieces: pieces.map(([entity, role]) => ({ entity, role })) } : {}),
    quote: ev.quote,
    ...(ev.lede ? { lede: true as const } : {}),
    ...(ev.headline ? { headline: ev.headline } : {}),
    ...(ev.mood ? { mood: ev.mood } : {}),
    ...(ev.unnamedParty ? { unnamedParty: true as const } : {}),
  };
}

/**
 * The parties of each event mention of an article, in event order: the names shown as its participants and the pieces
 * of longer names kept apart (a mention that names no one is kept too, as a report: nothing read is lost). A
 * function of the article's extraction and of its names' entities, their types and whether those are sure (what
 * src/resolve/party-memo.ts keeps it under).
 */
function articleParties(x: ArticleExtraction, ids: readonly (string | null)[], input: ResolveInput): ArticleParties {
  return x.events.map((ev) => {
    const participants = new Map<string, ParticipantRole>();
    const pieces = new Map<string, ParticipantRole>();
    const sentence = x.sentences.find((s) => s.index === ev.sentence);
    const inSentence = x.entities.filter((e) => e.sentence === ev.sentence);
    // Bodies whose spokesman closes the sentence by saying it: parties only when the happening names no one else.
    const speakingFor = new Map<string, ParticipantRole>();
    const offNews = new Set<string>();
    // (Each participant's mention in this sentence: names listed together take one part, `listedWithKept`.)
    const mentionOf = new Map<string, EntityMention>();
    for (const p of ev.participants) {
      const id = ids[p.mention];
      if (!id || participants.has(id)) continue;
      const mention = x.entities[p.mention]!;
      // (The article's subject a stand-in names, "the company", is a name of another sentence: no piece of this one.)
      const own = sentence !== undefined && mention.sentence === ev.sentence ? sentence : undefined;
      const reports = own && onlyReports(own, mention);
      const type = input.entityTypes?.get(id) ?? mention.type;
      const piece = own !== undefined && noPartByRule({ sentence: own, mention, type, trigger: ev.trigger, inSentence, reports });
      const setting = own === undefined ? undefined : namesSetting(own, mention);
      // (A short name told again after the full one is the full one's party: "… the acquisition of Quanta by …".)
      const full = own === undefined || piece ? undefined : fullNameBefore(x, ids, input.entityTypes, ev, { mention, type, id });
      const role = setting ? 'place' : partOf(p, supportedType(input, id, mention));
      if (full !== undefined) {
        pieces.set(id, role);
        if (!participants.has(full)) participants.set(full, role);
        continue;
      }
      // (A venue, "at the Rilmo Arena", is where it happened, no party: kept with the pieces, as its place.)
      (piece || setting === 'venue' ? pieces : reports === 'for-body' ? speakingFor : participants).set(id, role);
      // (An article's news: a name the lede-role model reads as no party, with high odds, is kept with the pieces.)
      if (own) mentionOf.set(id, mention);
      if (own && !piece && setting !== 'venue' && reports !== 'for-body' && offTheNews({ ev, sentence: own, mention, type, role: p.role, inSentence, headline: titleOf(input, x.article) })) offNews.add(id);
    }
    // (Only while another participant is left: a happening that would name no one keeps its names.)
    if (sentence) for (const id of listedWithKept(sentence, offNews, participants, mentionOf)) offNews.delete(id);
    if ([...participants.keys()].some((id) => !offNews.has(id))) {
      for (const id of offNews) {
        const role = participants.get(id);
        if (role === undefined) continue;
        pieces.set(id, role);
        participants.delete(id);
      }
    }
    // (Names of a phrase of purpose or of a comment on the happening take no part: kept as `alsoNamed`.)
    for (const mention of ev.asides ?? []) {
      const id = ids[mention];
      if (id && !participants.has(id) && !pieces.has(id)) pieces.set(id, 'other');
    }
    const namesOthers = participants.size > 0;
    for (const [id, role] of speakingFor) if (!participants.has(id)) (namesOthers ? pieces : participants).set(id, role);
    for (const id of participants.keys()) pieces.delete(id);
    // The article's news is an event even when it names no one ("Shares fell sharply"); a happening whose names
    // are all pieces of longer names, or that names no one (its clause's names all sit in other clauses), is kept
    // as a report (toEvent: why `unnamed`), so that nothing read is lost.
    return { participants: [...participants], pieces: [...pieces] };
  });
}

/** A participant's name read in its own sentence by the rules of src/resolve/participants.ts (`noPartByRule`). */
interface SentenceName {
  sentence: Sentence;
  mention: EntityMention;
  /** Its entity's resolved type. */
  type: EntityType;
  /** The event's trigger word. */
  trigger: string;
  /** The sentence's names. */
  inSentence: readonly EntityMention[];
  /** How the name only reports the happening, if it does (`onlyReports`). */
  reports: ReturnType<typeof onlyReports>;
}

/**
 * The rules read the name as no party of the happening: it is then kept with the pieces, as `alsoNamed`. Each
 * family is its own predicate: a cut or no name, a name that only describes, an occasion's opponent, a teller. A place
 * no rule reads so is then read by the place-role model (src/resolve/place-roles.ts; session 38, evt84): the rules
 * stay first, sure where they read, and the model reads none of their readings.
 */
function noPartByRule(n: SentenceName): boolean {
  return cutOrNoName(n) || describesByRule(n) || opponentOfOccasion(n.sentence, n.mention, n.trigger) || onlyTells(n) || onlyDescribesByModel(n);
}

/** A piece of a longer name written around it, or a word that names no one (`pieceOfLongerName`, `noParty`). */
const cutOrNoName = ({ sentence, mention, type }: SentenceName) => pieceOfLongerName(sentence, mention) || noParty(sentence, mention, type);

/** The outlet that reports it, or the one it is told to (`onlyReports`; a body speaking for itself is weighed apart). */
const onlyTells = ({ reports }: SentenceName) => reports === 'press' || reports === 'hearer';

/**
 * The participants the lede-role model read as no party that are listed together with one it kept ("the chairmen of
 * the Pella and Orlin boards", "Norland, Velia and Zorbia"): names of one list take one part, and the model reads
 * each name alone (session 34: it dropped the second of such a pair and kept the first).
 */
function listedWithKept(sentence: Sentence, off: ReadonlySet<string>, participants: ReadonlyMap<string, ParticipantRole>, mentionOf: ReadonlyMap<string, EntityMention>): string[] {
  const kept = [...participants.keys()].filter((id) => !off.has(id)).flatMap((id) => (mentionOf.has(id) ? [mentionOf.get(id)!] : []));
  return [...off].filter((id) => {
    const m = mentionOf.get(id);
    return m !== undefined && kept.some((k) => listedTogether(sentence, k, m));
  });
}

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
function offTheNews(p: LedeParticipant): boolean {
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

/**
 * The headline opens with the place as its subject: a verb or "to" and a verb follow it ("Norland to host talks on
 * debt", "Zorbia raises wheat tax"), not a noun it describes ("Norland wheat exports fall"). The place is then who
 * the news is about, though the lede names it only before a possessive ("Norland's foreign minister said"). Session
 * 35 (evt74): the model relearnt from 1,697 labels dropped such a host from a dev page.
 */
export function headlineSubject(headline: string, name: string): boolean {
  const head = headline.trimStart();
  if (!head.toLowerCase().startsWith(name.toLowerCase()) || /[\p{L}\d]/u.test(head[name.length] ?? '')) return false;
  // (Tagged in lower case: a wire sets its headline in capitals, which the tagger reads as names.)
  const [next, after] = posTerms(head.slice(name.length).toLowerCase());
  if (next === undefined) return false;
  return next.tags.includes('Verb') || (next.text.toLowerCase() === 'to' && after?.tags.includes('Verb') === true);
}

/** A thing's name, a product or a work: an announcement's news is about it as often as it describes a noun. */
const namesThing = (type: EntityType) => type === 'other';

/** A body or person (not a place) right before a possessive, whose thing the sentence tells ("the newest version of Quanta's Qube OS"). */
const ownsWhatFollows = ({ sentence, mention, type }: LedeParticipant) => type !== 'place' && POSSESSIVE_AFTER.test(sentence.text.slice(mention.end - sentence.start));

/** A possessive right after a name: "Quanta's". */
const POSSESSIVE_AFTER = /^['’]s?\b/;

/** Each article's headline, by id (one map per input's article list). */
const TITLES = new WeakMap<readonly ArticleRecord[], Map<string, string>>();
function titleOf(input: ResolveInput, article: string): string {
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
function fullNameBefore(x: ArticleExtraction, ids: readonly (string | null)[], types: ResolveInput['entityTypes'], ev: EventMention, short: { mention: EntityMention; type: EntityType; id: string }): string | undefined {
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
function namedAgain(names: Map<string, string> | undefined, types: Map<string, EntityType> | undefined, ids: string[], quotes: readonly string[]): string[] {
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
function supportedType(input: ResolveInput, id: string, mention: EntityMention): EntityType | undefined {
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
function partOf(p: EventMention['participants'][number], type: EntityType | undefined): ParticipantRole {
  return p.role === 'place' && type !== undefined && type !== 'place' ? p.party ?? 'other' : p.role;
}

/** Statements that are not their article's news, as quotes of their speaker (the actor; none: not kept). */
export function resolveQuotes(input: ResolveInput): Quote[] {
  return quotesOf(resolvedMentions(input));
}

function quotesOf(resolved: readonly ResolvedMention[]): Quote[] {
  const quotes: Quote[] = [];
  for (const m of resolved) {
    if (!isQuote(m) || m.mood) continue;
    // (A speaker cut from a longer name is still who said it: the quote is kept on its page as before.)
    const speaker = [...m.participants, ...(m.pieces ?? [])].find((p) => p.role === 'actor');
    if (!speaker) continue;
    quotes.push({ entity: speaker.entity, article: m.article, paragraph: m.paragraph, sentence: m.sentence, quote: m.quote, date: m.date });
  }
  return quotes.sort((a, b) => cmp(a.entity, b.entity) || cmp(a.article, b.article) || a.sentence - b.sentence);
}

export function resolveEvents(input: ResolveInput): Event[] {
  return resolveHappenings(input).events;
}

/**
 * The happenings of the articles: event pages, and the reports that are not pages (graph.json `reports`) — what the
 * sentence does not assert (negated, hypothetical, forecast), and sentence-level happenings with no title a reader
 * understands. Nothing read is lost.
 */
export function resolveHappenings(input: ResolveInput): { events: Event[]; reports: EventReport[] } {
  return happeningsOf(input, resolvedMentions(input));
}

/** Happenings and quotes from one reading of the event mentions (the build needs both: each read them once more). */
export function resolveHappeningsAndQuotes(input: ResolveInput): { events: Event[]; reports: EventReport[]; quotes: Quote[] } {
  const all = resolvedMentions(input);
  return { ...happeningsOf(input, all), quotes: quotesOf(all) };
}

function happeningsOf(input: ResolveInput, all: readonly ResolvedMention[]): { events: Event[]; reports: EventReport[] } {
  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const reports = all.filter((m) => m.mood).map((m) => reportOf(m, m.mood!));
  const mentions = all.filter((m) => !m.mood && !isQuote(m));
  // Most precise first, so coarse mentions ("in April") join a precise cluster rather than starting one.
  mentions.sort((a, b) => (b.date?.length ?? 0) - (a.date?.length ?? 0) || cmp(a.article, b.article) || a.sentence - b.sentence);
  const views = new Map(mentions.map((m) => [m, reportView(m, articleById)]));
  const same = sameHappeningModel(views);
  const clusters = joinAcrossArticles(clusterWithinArticles(mentions, same), views, same, (id) => articleById.get(id)?.date ?? null);
  const built: { slugKey: string; event: Omit<Event, 'id'> }[] = [];
  for (const c of clusters) {
    const made = toEvent(c, input.entityNames, input.entityTypes, articleById, input.clauses ?? new ClauseMemo());
    if ('event' in made) built.push(made);
    else reports.push(...c.mentions.map((m) => reportOf(m, made.why)));
  }
  const ids = uniqueSlugs(built.map((b) => b.slugKey), (k) => k.split('\u0000')[0]!);
  return {
    events: built.map(({ slugKey, event }) => ({ ...event, id: ids.get(slugKey)! })).sort((a, b) => cmp(a.id, b.id)),
    reports: reports.sort((a, b) => cmp(a.article, b.article) || a.sentence - b.sentence || cmp(a.type, b.type)),
  };
}

function reportOf(m: ResolvedMention, why: EventReport['why']): EventReport {
  return { article: m.article, paragraph: m.paragraph, sentence: m.sentence, quote: m.quote, type: m.type, trigger: m.trigger, date: m.date, participants: [...m.participants, ...(m.pieces ?? [])], why };
}

/** The participants a mention is clustered by: its names that are not places, else its places. */
function keyOf(m: ResolvedMention): { key: Set<string>; targets: Set<string> } {
  const nonPlace = new Set(m.participants.filter((p) => p.role !== 'place').map((p) => p.entity));
  const places = new Set(m.participants.filter((p) => p.role === 'place').map((p) => p.entity));
  return { key: nonPlace.size ? nonPlace : places, targets: new Set(m.participants.filter((p) => p.role === 'target').map((p) => p.entity)) };
}

/**
 * Mentions of one article join one event when the type agrees, the dates are compatible and they share a
 * participant (a shared target when both name targets). A mention can only join a cluster that shares a
 * participant with it, so each article's clusters are indexed by participant.
 */
function clusterWithinArticles(mentions: ResolvedMention[], same: SameHappening): Cluster[] {
  const buckets = new Map<string, Map<string, Cluster[]>>();
  const clusters: Cluster[] = [];
  const order = new Map<Cluster, number>();
  for (const m of mentions) {
    const bucketKey = `${m.type}|${m.article}`;
    let byParticipant = buckets.get(bucketKey);
    if (!byParticipant) buckets.set(bucketKey, (byParticipant = new Map()));
    const { key, targets } = keyOf(m);
    const candidates = new Set<Cluster>();
    for (const k of key) for (const c of byParticipant.get(k) ?? []) candidates.add(c);
    const match = [...candidates].sort((a, b) => order.get(a)! - order.get(b)!).find((c) => {
      // An undated report joins a dated one of its article only when the same-happening model reads them as one ("Lee
      // resigned in a letter" under "Ann Lee has chosen to step down"): most undated reports are background. Two
      // undated reports have no date to agree on either: one type and a shared name are not enough ("Zorbix bought a
      // stake" and "Quanta rejected Zorbix's takeover offer" are two deals), so the model decides them too — it was
      // trained on exactly these pairs, MEANTIME's reports of one article.
      const byModel = m.date === null && (c.date === null || !datesCompatible(c.date, m.date));
      if (byModel ? !c.mentions.some((x) => same(x, m)) : !datesCompatible(c.date, m.date)) return false;
      if (c.targets.size && targets.size) return overlaps(c.targets, targets);
      return overlaps(c.key, key);
    });
    const cluster = match ?? { mentions: [], key: new Set<string>(), targets: new Set<string>(), date: m.date };
    if (!match) {
      order.set(cluster, clusters.length);
      clusters.push(cluster);
    }
    cluster.mentions.push(m);
    for (const t of targets) cluster.targets.add(t);
    for (const k of key) {
      if (cluster.key.has(k)) continue;
      cluster.key.add(k);
      const list = byParticipant.get(k);
      if (list) list.push(cluster);
      else byParticipant.set(k, [cluster]);
    }
  }
  return clusters;
}

/**
 * One event per happening across sources (as Event Registry clusters reports): two articles' reports are one
 * happening when their dates are within MAX_CONFLICT_DAYS days (or one contains the other), they share a main
 * participant, they tell no different figures (`tellOtherFigures`), and their words are alike (REPORT_SIMILARITY, see
 * `reportWords`) or the same-happening model reads them as one. An undated report has its article's day instead
 * (`joinsFounder`). An event holds at most one cluster of each
 * article: what one article tells apart stays apart.
 */
function joinAcrossArticles(clusters: Cluster[], views: ReportViews, same: SameHappening, articleDay: (article: string) => string | null): Cluster[] {
  const words = new Map(clusters.map((c) => [c, c.mentions.map((m) => reportWords(m, views))]));
  const weight = rarity([...words.values()].flat());
  const alike = (a: Cluster, b: Cluster) => similarity(words.get(a)!, words.get(b)!, weight);
  const dayOf = (c: Cluster) => c.date ?? articleDay(c.mentions[0]!.article);
  const figures = new Map(clusters.map((c) => [c, new Set(c.mentions.flatMap((m) => [...amountsOf(m.quote.slice(datelineLength(m.quote)))]))]));
  const otherFigures = (a: Cluster, b: Cluster) => tellOtherFigures(figures.get(a)!, figures.get(b)!);
  const groups: Cluster[][] = [];
  const byParticipant = new Map<string, number[]>();
  for (const c of clusters) {
    const article = c.mentions[0]!.article;
    const candidates = [...new Set([...c.key].flatMap((k) => byParticipant.get(k) ?? []))].sort((a, b) => a - b);
    // Compared with the report that founded the event, not with any of its reports: chains of reports each like
    // the next (a day's Indonesian crop reports, one after another) are not one happening.
    const at = candidates.find((g) => !groups[g]!.some((o) => o.mentions[0]!.article === article) && joinsFounder(groups[g]![0]!, c, { alike, same, dayOf, otherFigures }));
    const g = at ?? groups.length;
    if (at === undefined) groups.push([c]);
    else groups[g]!.push(c);
    for (const k of c.key) {
      const list = byParticipant.get(k) ?? [];
      if (!list.includes(g)) list.push(g);
      byParticipant.set(k, list);
    }
  }
  return groups.map((group) => ({
    mentions: group.flatMap((c) => c.mentions),
    key: new Set(group.flatMap((c) => [...c.key])),
    targets: new Set(group.flatMap((c) => [...c.targets])),
    date: group[0]!.date,
  }));
}

/** What `joinsFounder` asks of two clusters: how alike their words are, the model, their days and their figures. */
interface JoinTests {
  alike: (a: Cluster, b: Cluster) => number;
  same: SameHappening;
  dayOf: (c: Cluster) => string | null;
  otherFigures: (a: Cluster, b: Cluster) => boolean;
}

/**
 * A cluster of another article joins the event its founder began: they share a main participant, their days are
 * close, they do not tell different figures (`tellOtherFigures`: two days' money-market help, two banks' eurobonds in
 * one template), and the word rule or the same-happening model reads them as one. A dated report is on its own day. An undated
 * one is told in its article, so it is read on the article's day ("Jobs resigned in a letter to the board" in a story
 * of 25 August, "On August 24, Jobs resigned" in another), and only the model decides (the word rule's threshold was
 * chosen on dated pairs), and not when the two name different targets: with no day to tell them apart, one actor's
 * happenings to different targets are different happenings (the SEC's charges against Dean Witter and against WPPSS,
 * both read as one by the model, in the Reuters development build) — as within an article (`clusterWithinArticles`).
 */
function joinsFounder(founder: Cluster, c: Cluster, by: JoinTests): boolean {
  if (!closeDates(by.dayOf(founder), by.dayOf(c)) || !overlaps(founder.key, c.key) || by.otherFigures(founder, c)) return false;
  const model = () => founder.mentions.some((x) => c.mentions.some((y) => by.same(x, y)));
  if (founder.date !== null && c.date !== null) return sameHappening(founder, c, by.alike(founder, c)) || model();
  if (founder.targets.size && c.targets.size && !overlaps(founder.targets, c.targets)) return false;
  return model();
}

/**
 * Two clusters of different articles report one happening: their dates are close, they share a main participant, and
 * either their words are alike or they tell the same kind of happening done to the same main target (the first target
 * of each founding report: "The Treasury added SenseTime to a list" and "The United States blacklisted SenseTime", the
 * same Friday — a rewrite shares few words).
 * Reported speech and an article's untyped news say too little of what happened to count as the same kind.
 */
function sameHappening(a: Cluster, b: Cluster, alike: number): boolean {
  if (alike >= REPORT_SIMILARITY) return true;
  const kind = a.mentions[0]!.type;
  const target = (c: Cluster) => c.mentions[0]!.participants.find((p) => p.role === 'target')?.entity;
  return kind === b.mentions[0]!.type && !eventKind(kind).reportedSpeech && !eventKind(kind).untriggered && target(a) !== undefined && target(a) === target(b);
}

/** Whether two reports tell one happening. */
type SameHappening = (a: ResolvedMention, b: ResolvedMention) => boolean;
/** Each report as the same-happening model reads it, made once per build (its words serve the word rule too). */
type ReportViews = ReadonlyMap<ResolvedMention, ReportView>;

/**
 * The same-happening model (src/resolve/same-happening.ts, trained on MEANTIME's event coreference) over the reports
 * of a build: trigger stems and types, who did it to whom, shared participants and words. It is asked only about
 * reports that share a participant and whose dates agree; it finds what the word rule misses when sources tell one
 * happening in other words ("has chosen to step down" and "resigned"). An article's news is read by its lede's trigger
 * and by its headline's (`tellings`), as the model was trained on a title and a lede as two reports of one article.
 */
function sameHappeningModel(views: ReportViews): SameHappening {
  const weight = rarity([...views.values()].map((v) => v.words));
  return (a, b) => {
    const [ofA, ofB] = [tellings(a, views), tellings(b, views)];
    if (!ofA.length || !ofB.length) return false;
    const shared = a.participants.filter((p) => b.participants.some((q) => q.entity === p.entity)).length;
    return ofA.some((x) => ofB.some((y) => pairScore(pairFeatures(x, y, shared, weight)) > 0));
  };
}

/**
 * The ways a report tells its happening: its own trigger and, for an article's news, its headline's. Reported speech
 * ("said") and an article's untyped news tell too little of what happened to be compared: two of a rating agency's
 * ratings the same day are two happenings, though both "said"; nor does a headline make them comparable ("Norland tool
 * makers expect to gain" over "… with Norland tool makers expecting …" joined a speech of the President's, in Reuters dev).
 */
function tellings(m: ResolvedMention, views: ReportViews): ReportView[] {
  const view = views.get(m)!;
  if (!tellsWhat(m.type)) return [];
  return m.headline && tellsWhat(m.headline.type) ? [view, { ...view, trigger: m.headline.trigger, type: m.headline.type }] : [view];
}

const tellsWhat = (type: string) => !eventKind(type).reportedSpeech && !eventKind(type).untriggered;

/** A report as the same-happening model reads it: its trigger, type, and its sentence's (and news headline's) words. */
function reportView(m: ResolvedMention, articles: Map<string, ArticleRecord>): ReportView {
  return { trigger: m.trigger, type: eventKind(m.type).untriggered ? null : m.type, words: contentWords(reportText(m, articles)), ...rolesOf(m), news: m.lede === true, object: objectOf(m.quote.slice(datelineLength(m.quote)), m.trigger) };
}

function rolesOf(m: ResolvedMention): { actors: string[]; targets: string[] } {
  return { actors: m.participants.filter((p) => p.role === 'actor').map((p) => p.entity), targets: m.participants.filter((p) => p.role === 'target').map((p) => p.entity) };
}

/** The text of a report: its sentence without the dateline and, for an article's news, its headline before it. */
function reportText(m: ResolvedMention, articles: Map<string, ArticleRecord>): string {
  return `${m.lede ? `${articles.get(m.article)?.title ?? ''} ` : ''}${m.quote.slice(datelineLength(m.quote))}`;
}

/**
 * How alike two reports' words must be (the cosine of their rarity-weighted `reportWords`) to be one happening. Chosen
 * by reading the 130 pairs of reports above 0.2 in the development build of Reuters-21578 (reut2-000, 800 stories):
 * from 0.6 up nearly all are one happening told twice (repeats, a second agency's story); from 0.5 to 0.6 most are;
 * below 0.5 most are neighbours of one story ("Indonesian wheat imports" and "Indonesian palm oil output", both from
 * one embassy report). See README, Quality.
 */
export const REPORT_SIMILARITY = 0.5;

/**
 * The words of a report, as a set: its participants (entity ids: "EU" and "European Union" are one), its
 * type (a "blacklisted" and a "sanctioned" are one kind of happening), and the content words of its sentences and, for
 * an article's news, its headline (lower case, datelines, numbers and function words left out, a plural's "s" cut).
 */
function reportWords(m: ResolvedMention, views: ReportViews): Set<string> {
  return new Set<string>([`type:${m.type}`, ...m.participants.map((p) => `entity:${p.entity}`), ...views.get(m)!.words]);
}

/** How alike two clusters' reports are: the most alike pair of their mentions (cosine of rarity-weighted words). */
function similarity(a: Set<string>[], b: Set<string>[], weight: (word: string) => number): number {
  return Math.max(...a.flatMap((x) => b.map((y) => cosine(x, y, weight))));
}

/**
 * The event page of a cluster, or why it is none: it names no one (`unnamed`: a results table whose company only its
 * headline names), its article's headline tells a forecast (`forecast`), or it is no article's news and has no title a
 * reader understands (`untitled`).
 */
function toEvent(c: Cluster, names: Map<string, string> | undefined, types: Map<string, EntityType> | undefined, articles: Map<string, ArticleRecord>, clauses: ClauseMemo): { slugKey: string; event: Omit<Event, 'id'> } | { why: EventReport['why'] } {
  const ms = [...c.mentions].sort((a, b) => cmp(a.article, b.article) || a.sentence - b.sentence);
  const first = eventDateMention(ms);
  const { participants, alsoNamed } = eventParticipants(ms, names, types);
  const sources = eventSources(ms);
  const disagreements = [...dateDisagreements(ms), ...countDisagreements(ms)];
  const name = (id: string) => names?.get(id) ?? id;
  const actor = participants.find((p) => p.role === 'actor');
  const target = participants.find((p) => p.role === 'target');
  const eventName = namedByTrigger(first.trigger, participants, name);
  // (An article's news may name no one: its slug then takes the title's first words.)
  const main = eventName ?? target ?? actor ?? participants[0];
  // Titled as what happened: the headline of the article whose news it is (the earliest such article), else the
  // event's own name ("Summit for Democracy"), else the clause that reports it. Never a type label and a list.
  const news = ms.filter((m) => m.lede).sort((a, b) => cmp(articles.get(a.article)?.date ?? '9', articles.get(b.article)?.date ?? '9') || cmp(a.article, b.article))[0];
  const headline = news ? articles.get(news.article)?.title : undefined;
  const why = notAPage(ms, participants, news, headline, articles);
  if (why) return { why };
  const title = eventTitle(ms, { first, participants, actor, eventName, news, headline }, { names, types, clauses });
  if (!title) return { why: 'untitled' };
  const event: Omit<Event, 'id'> = {
    title,
    type: first.type,
    date: first.date,
    precision: first.precision,
    participants,
    ...(alsoNamed.length ? { alsoNamed } : {}),
    sources,
    ...(disagreements.length ? { disagreements } : {}),
  };
  const slugKey = `${slugify(`${first.date ?? 'undated'} ${first.type} ${main?.entity ?? title.split(/\s+/).slice(0, 6).join(' ')}`, 'event')}\u0000${ms.map((m) => `${m.article}:${m.sentence}`).join(',')}`;
  return { slugKey, event };
}

/** The mention whose date is the event's: the most precise one, and among days the one most sources give (ties: the earliest). */
function eventDateMention(ms: readonly ResolvedMention[]): ResolvedMention {
  const votes = new Map<string, number>();
  for (const m of ms) if (m.date) votes.set(m.date, (votes.get(m.date) ?? 0) + 1);
  return ms.reduce((best, m) => {
    const [a, b] = [m.date?.length ?? 0, best.date?.length ?? 0];
    if (a !== b) return a > b ? m : best;
    const [va, vb] = [votes.get(m.date ?? '') ?? 0, votes.get(best.date ?? '') ?? 0];
    return va > vb || (va === vb && cmp(m.date ?? '', best.date ?? '') < 0) ? m : best;
  }, ms[0]!);
}

/** An event's participants, the most often named first, and the parties also named in them (`piecesOf`). */
function eventParticipants(ms: ResolvedMention[], names: Map<string, string> | undefined, types: Map<string, EntityType> | undefined) {
  const roles = new Map<string, ParticipantRole>();
  const counts = new Map<string, number>();
  for (const m of ms) {
    for (const p of m.participants) {
      if (!roles.has(p.entity) || roles.get(p.entity) === 'other') roles.set(p.entity, p.role);
      counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
    }
  }
  // One party named twice ("National Bank", "Swiss National Bank"): the shorter name is also named, not a participant.
  const again = new Map(namedAgain(names, types, [...roles.keys()].sort(cmp), ms.map((m) => m.quote)).map((id) => [id, roles.get(id)!] as const));
  for (const id of again.keys()) roles.delete(id);
  const participants = [...roles].map(([entity, role]) => ({ entity, role })).sort((a, b) => (counts.get(b.entity)! - counts.get(a.entity)!) || cmp(a.entity, b.entity));
  return { participants, alsoNamed: piecesOf(ms, roles, again) };
}

/** An event's sources: one per sentence reporting it. */
function eventSources(ms: readonly ResolvedMention[]): EventSource[] {
  const sources: EventSource[] = [];
  const seen = new Set<string>();
  for (const m of ms) {
    const k = `${m.article}|${m.sentence}`;
    if (seen.has(k)) continue;
    seen.add(k);
    sources.push({ article: m.article, paragraph: m.paragraph, quote: m.quote, date: m.date });
  }
  return sources;
}

/** The sources' dates, when two of them differ (one not a part of the other: "2024-05" and "2024-05-03" agree). */
function dateDisagreements(ms: readonly ResolvedMention[]) {
  const dated = ms.filter((m) => m.date);
  const distinctDates = [...new Set(dated.map((m) => m.date!))].sort();
  return distinctDates.filter((d) => !distinctDates.some((o) => o !== d && o.startsWith(d))).length > 1
    ? [{ field: 'date', values: dated.map((m) => ({ value: m.date!, article: m.article })).sort((a, b) => cmp(a.article, b.article) || cmp(a.value, b.value)) }]
    : [];
}

/**
 * A participant whose name holds the trigger word as its head names the event itself ("summit" → Summit for
 * Democracy, Virtual Democracy Summit; not "conference" → Conference Board).
 */
function namedByTrigger(trigger: string, participants: readonly EventParticipant[], name: (id: string) => string): EventParticipant | undefined {
  const triggerWord = trigger.split(/\s+/).at(-1)!.toLowerCase();
  return /^[a-z]{4,}$/.test(triggerWord)
    ? participants.find((p) => new RegExp(`\\b${triggerWord}(?:$|\\s+(?:of|for|on|in)\\b)`).test(name(p.entity).toLowerCase()))
    : undefined;
}

/** Why a cluster is no event page (see toEvent), or undefined when it may be one. */
function notAPage(ms: readonly ResolvedMention[], participants: readonly EventParticipant[], news: ResolvedMention | undefined, headline: string | undefined, articles: Map<string, ArticleRecord>): EventReport['why'] | undefined {
  // A happening whose clause names no one as the party it is about ("The chancellor has unveiled …") is no page,
  // unless an article's news (titled by its headline); another source naming its party makes it one.
  if (participants.length === 0 || ms.every((m) => m.unnamedParty && !m.lede)) return 'unnamed';
  // (Sentences of its own article joined to a forecast's lede — "Ann Lee said the profit ratio should rise further" —
  // tell the forecast, as other articles' ledes of it do; another article's sentence reporting it makes it one.)
  if (news && headline && ms.every((m) => m.lede || m.article === news.article) && FORECAST_HEADLINE.test(headline)) return 'forecast';
  if (ms.every((m) => m.lede && NOT_NEWS_LABEL.test(articles.get(m.article)?.title ?? ''))) return 'not-news';
  return undefined;
}

/**
 * An event's title, when it has one a reader understands: the headline of its article whose news it is, its own name
 * when dated, else the first readable clause reporting it.
 */
function eventTitle(ms: readonly ResolvedMention[], e: TitleParts, ctx: TitleContext): string | undefined {
  const { first, participants, actor, eventName, news, headline } = e;
  const { names, types, clauses } = ctx;
  const name = (id: string) => names?.get(id) ?? id;
  // A happening read in a sentence is a page only with a clause a reader understands as its title: who did what.
  if (news && headline) return clauses.headline(headline, news.quote, participants.map((p) => name(p.entity)), headlineTitle);
  // A named happening is titled by its name only with a day or month it is on: undated, its name is only mentioned
  // ("the final Budget before the General Election", "she is the General Election organiser"), and it is read as any
  // sentence is.
  if (eventName && first.date && !eventKind(first.type).reportedSpeech) return name(eventName.entity);
  const parties = participants.filter((p) => speaks(types?.get(p.entity))).map((p) => name(p.entity));
  return firstReadableClause(ms, actor ? name(actor.entity) : undefined, parties, clauses);
}

/** A party of an event page and its role. */
type EventParticipant = Event['participants'][number];

/** What an event's title is made from (see eventTitle). */
interface TitleParts {
  first: ResolvedMention;
  participants: readonly EventParticipant[];
  actor: EventParticipant | undefined;
  eventName: EventParticipant | undefined;
  news: ResolvedMention | undefined;
  headline: string | undefined;
}

/** The names, types and clause memo an event's title is read with. */
interface TitleContext {
  names: Map<string, string> | undefined;
  types: Map<string, EntityType> | undefined;
  clauses: ClauseMemo;
}

/**
 * The first of the mentions' clause titles a reader understands. Each title is made only when the ones before it
 * failed: making every mention's title first cost a cluster of many mentions as many titles as it has mentions.
 */
function firstReadableClause(ms: readonly ResolvedMention[], actor: string | undefined, parties: readonly string[], clauses: ClauseMemo): string | undefined {
  return clauses.firstClause(ms, actor, parties, () => {
    for (const m of ms) {
      const title = clauseTitle(m.quote, m.trigger, actor, parties);
      if (clauses.read(title, m.trigger, readableClause)) return title;
    }
    return undefined;
  });
}

/** The pieces of longer names an event's sentences name and its participants do not (kept in graph.json, not shown). */
function piecesOf(ms: ResolvedMention[], participants: Map<string, ParticipantRole>, namedAgain: Map<string, ParticipantRole>): { entity: string; role: ParticipantRole }[] {
  const pieces = new Map<string, ParticipantRole>(namedAgain);
  for (const p of ms.flatMap((m) => m.pieces ?? [])) if (!participants.has(p.entity) && !pieces.has(p.entity)) pieces.set(p.entity, p.role);
  return [...pieces].map(([entity, role]) => ({ entity, role })).sort((a, b) => cmp(a.entity, b.entity));
}

/**
 * A headline that tells a forecast or an expectation, not a happening ("Quanta forecasts profits fall", "Zorbian
 * farm output expected to slow", "Dairy aid bill seen before summer"; a tip: "Lee tipped for Pella
 * prize", "Crane poised for Orlin move", in BBC's development headlines); a view of what is to come ("Zorbia
 * unlikely to buy maize", "Loan envoy hopeful of deal"). The lede under it is its article's news, but no
 * happening of a timeline. A rule where the data is silent: TimeML annotates no headlines.
 */
const FORECAST_HEADLINE = new RegExp(`\\b(?:${alternation(FORECAST_HEADLINE_WORDS)})\\b`, 'i');

/**
 * A wire desk's label before a headline that says the story reports no happening of its own: a correction notice
 * ("(CORRECTED) - …", "(CORRECTION) - …", "CORRECTED - …": the body fixes a figure of an earlier story) or an analysis
 * column ("TALKING POINT/…", "ECONOMIC SPOTLIGHT - …": analysts' views, not news). Reuters-21578's labels (23
 * corrections, 48 columns in its 9,949 headlines). Its lede is no event page; what it reports elsewhere is read as
 * any sentence.
 */
const NOT_NEWS_LABEL = /^\s*(?:\((?:CORRECTED|CORRECTION)\)|(?:CORRECTED|CORRECTION)\s+-|TALKING POINT\s*\/|ECONOMIC SPOTLIGHT\s+-)/;

/** Words of a title, at most: a headline's length. */
const TITLE_WORDS = 14;

/**
 * A headline as a title: agency tickers ("<ACME>") dropped, and a headline in capitals ("ACME BUYS WIDGETS UNIT") put
 * in sentence case, each word spelled as the lede spells it when the lede capitalises it there (names, "U.S.").
 */
export function headlineTitle(headline: string, lede: string, names: readonly string[] = []): string {
  // Reuters marks a company in angle brackets: after the name it is the ticker ("STANDARD OIL <SRD> TO …"), dropped;
  // standing alone ("<COFAB INC> BUYS GULFEX") it is the name itself, the headline's subject, kept.
  // (The ticker after a name is kept as a mark, TICKER_MARK, to tell which words name the company.)
  const marked = headline.replace(/<([^<>]*)>/g, (_, inside: string, offset: number) => {
    const afterName = /[\p{L}\d.&'’]\s*$/u.test(headline.slice(0, offset));
    return afterName && !/\s/.test(inside.trim()) ? ` ${TICKER_MARK}${inside.trim()} ` : ` ${inside} `;
  }).replace(/\s+/g, ' ').trim();
  const text = marked.split(' ').filter((w) => !w.startsWith(TICKER_MARK)).join(' ');
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters.replace(/\p{Lu}/gu, '').length > letters.length * 0.2) return text;
  const spelled = spellings(lede, names);
  const named = tickerNamed(marked.split(' '));
  // (A word the lede writes in lower case is no name's: "EL PASO UNIT<BNI>" under "… its El Paso gas unit".)
  const ledeLower = new Set(lede.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  // Words joined by a slash ("MARSHALL/ILSLEY", "RICE/MAIZE") are spelled one by one.
  const words = text.split(' ').map((word, i) => word.split('/').map((w) => {
    const core = w.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, '');
    const known = spelled.get(core.toLowerCase()) ?? spelled.get(core.replace(/\.$/, '').toLowerCase());
    const ticker = ledeLower.has(core.toLowerCase()) ? undefined : named.get(i);
    return w.replace(core, known ?? (ticker !== undefined ? spelledAsName(core, ticker) : spelledByNews(core)));
  }).join('/'));
  // A word the lede capitalises only as a piece of a longer name ("the Economic Planning Agency", "its National
  // Party"), and news otherwise writes in lower case at times, is that name's: alone in the headline ("URGES WORLD
  // ECONOMIC ADJUSTMENTS", "OPPOSITION PARTY UNVEILS") it is a common word.
  // Beside a word it stands beside in the lede ("NIPPON OIL AND FATS", "BEST BUY FILES") it is still the name's.
  const pieces = namePieces(lede);
  const bare = (w: string | undefined) => (w ?? '').replace(/^[^\p{L}\d]+|[^\p{L}\d'’]+$/gu, '');
  const besideInName = (w: string | undefined, beside: Set<string>) => w !== undefined && (/^[^\p{L}]*\p{Lu}/u.test(w) || beside.has(bare(w).toLowerCase()));
  words.forEach((w, i) => {
    const beside = named.has(i) ? undefined : pieces.get(bare(w));
    if (beside && !besideInName(words[i - 1], beside) && !besideInName(words[i + 1], beside)) words[i] = w.toLowerCase();
  });
  const out = words.join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Marks a ticker after a name in a headline while its words are spelled (a character no headline holds). */
const TICKER_MARK = '\u0001';

/**
 * The words of a headline (with its tickers marked, TICKER_MARK) that name a company, as Reuters writes a ticker right
 * after the company's name: index among the unmarked words → the ticker. A ticker after a company word among a
 * headline's first words ("SMITH INTERNATIONAL INC <SII> 4TH QTR LOSS", "OWENS AND MINOR INC <OBOD>") follows the
 * whole name that opens it; else ("U.S. OIL <USOL>", "… TALKS WITH PESCH ON AMI <AMI>", "FAA FINES DELTA <DAL>") only
 * the word before it is surely the name's.
 */
function tickerNamed(marked: string[]): Map<number, string> {
  const named = new Map<number, string>();
  let word = 0;
  marked.forEach((w, k) => {
    if (!w.startsWith(TICKER_MARK)) { word++; return; }
    const opens = k === word && word <= NAME_OPENS_WORDS && isCompanyWord(marked[k - 1] ?? '') && !marked.slice(0, k).some((x) => NOT_OF_A_NAME.has(x.toLowerCase()));
    const from = opens ? afterLastVerb(marked.slice(0, k)) : Math.max(0, word - 1);
    for (let i = from; i < word; i++) named.set(i, w.slice(TICKER_MARK.length));
  });
  return named;
}

/**
 * Where a name before a ticker starts among a headline's first words: after the last word compromise tags a verb, the
 * last word aside ("U.S. DOT APPROVES AMERICAN <AMR>", "PARTNERS CALL GENCORP <GY>": the name is the one word; "PIER 1
 * IMPORTS <PIR>" is all name).
 */
function afterLastVerb(words: string[]): number {
  const terms = taggedTerms(words.join(' ').toLowerCase());
  if (terms.length !== words.length) return words.length - 1;
  for (let i = words.length - 2; i >= 0; i--) if (terms[i]!.tags.includes('Verb') && !terms[i]!.tags.includes('Noun')) return i + 1;
  return 0;
}

/** A word that ends a company's name (the lexicon's `COMPANY_WORDS`, any case, a period after it or not). */
const isCompanyWord = (w: string) => COMPANY_WORDS.has(w.toLowerCase().replace(/\.$/, ''));

/** How many words a company's name that opens a headline may have before its ticker. */
const NAME_OPENS_WORDS = 5;


/**
 * A word of a company's name in a headline in capitals, that the lede does not spell (a results table's lede names
 * no one): as news writes the word if it writes it capitalised ("U.S.", "Inc"); an acronym in capitals (the ticker
 * itself, "AMI <AMI>"; a short word with no vowel, "NPS"); a joining word in lower case ("Owens and Minor"); anything
 * else capitalised ("Smith International Inc", "Nat'l").
 */
function spelledAsName(core: string, ticker: string): string {
  const news = spelledByNews(core);
  if (/\p{Lu}/u.test(news)) return news;
  if (/^(?:and|of|the|de|du|des|und|van|von|der|da|di|la|le|y|et)$/i.test(core)) return core.toLowerCase();
  const letters = core.replace(/[^\p{L}]/gu, '');
  if (letters.toUpperCase() === ticker.replace(/\..*$/, '').toUpperCase() || (letters.length <= 4 && !/[AEIOUY]/i.test(letters))) return core;
  return core.toLowerCase().replace(/(^|[-/])(\p{L})/gu, (_, edge: string, letter: string) => edge + letter.toUpperCase());
}

/**
 * A headline's word in capitals that its lede does not spell, as news writes it: a dotted acronym ("U.S.") as written,
 * a short word the case table knows only in capitals as an acronym ("GM", "IMF", "FDIC's"), a word it almost never
 * sees in lower case capitalised ("Canada", "Brazil's", "Anglo-Dutch": a lede may name a country only by its
 * demonym), anything else in lower case. Each part of a hyphenated word the table does not know is spelled alone.
 */
/** "U.S.", "U.K.": capitals each with its period (a headline may drop the last one: "U.S SENATE OVERRIDES …"). */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u;

function spelledByNews(core: string): string {
  if (DOTTED_ACRONYM.test(core)) return core;
  // ("U.S.-JAPAN": a dotted acronym keeps its capitals inside a hyphenated word too, not "U.s.-Japan".)
  if (core.split('-').some((part) => DOTTED_ACRONYM.test(part))) return core.split('-').map(spelledByNews).join('-');
  if (core.endsWith('.')) return `${spelledByNews(core.slice(0, -1))}.`;
  const [, base, possessive] = /^(.*?)((?:['’]S)?)$/iu.exec(core)!;
  if (keepsCapitals(base!)) return base + possessive!.toLowerCase();
  const usual = usualCase(base!);
  if (usual === 'capital') return (base! + possessive).toLowerCase().replace(/(^|-)(\p{L})/gu, (_, edge: string, letter: string) => edge + letter.toUpperCase());
  if (!usual && core.includes('-')) return core.split('-').map(spelledByNews).join('-');
  return core.toLowerCase();
}

/**
 * How a lede spells the words a headline in capitals may hold (lowercased word → spelling): its capitalised words, its
 * sentence-initial words where they tell (see spelledWhenInitial), and the words of the participants it names.
 */
function spellings(lede: string, names: readonly string[]): Map<string, string> {
  const spelled = new Map<string, string>();
  // "San Diego's": the word is spelled with and without its possessive.
  const spell = (word: string) => {
    for (const w of [word, word.replace(/['’]s$/, '')]) spelled.set(w.toLowerCase(), w);
    // A lede's "U.S." spells a headline's "US" (a headline drops the dots), not the pronoun.
    if (DOTTED_ACRONYM.test(word)) spelled.set(word.replace(/\./g, '').toLowerCase(), word.replace(/\./g, ''));
  };
  // A dateline's capitals ("LONDON, West Germany, March 9 -") say nothing of how its words are spelled.
  const dateline = datelineLength(lede);
  // A lede in capitals (a table story repeats its headline) spells none of its words, only its names.
  const capitals = !/\p{Ll}/u.test(lede.slice(dateline));
  for (const m of lede.matchAll(/[\p{L}][\p{L}\d.'’&-]*/gu)) {
    const word = m[0].replace(/\.$/, m[0].split('.').length > 2 ? '.' : '');
    if ((capitals || m.index < dateline) && !/\p{Ll}/u.test(word)) continue;
    const initial = m.index === dateline || /[.!?]\s*$/.test(lede.slice(dateline, m.index));
    if (/\p{Lu}/u.test(word[0]!) && (!initial || spelledWhenInitial(word, lede.slice(m.index + m[0].length)))) spell(word);
  }
  // A participant's name of two words or more, written so in the lede after its dateline, spells its proper words
  // even at a sentence start ("River Oaks Industries Inc said …"); not its common words ("the U.S. Patent Office"
  // says nothing of "patent" in a headline) nor one-word names (a capitalised ordinary word read as a name).
  const written = names.filter((name) => /\s/.test(name) && (capitals ? lede.toLowerCase().includes(name.toLowerCase()) : lede.indexOf(name, dateline) >= 0));
  for (const name of written) {
    for (const [word] of name.matchAll(/[\p{L}][\p{L}\d'’&-]*/gu)) if (/^\p{Lu}.*\p{Ll}/u.test(word) && usualCase(word) !== 'lower') spell(word);
  }
  // Capitalised words that run into a participant's name at the lede's start are its title ("House Speaker Jim
  // Wright", "Finance Minister Gerhard Stoltenberg"): the title is spelled so in the headline too.
  if (!capitals) for (const name of names.filter((n) => /\s/.test(n))) {
    const at = lede.indexOf(name, dateline);
    const title = at > dateline ? /^(?:\p{Lu}[\p{L}'’&-]*\s+)+$/u.exec(lede.slice(dateline, at)) : null;
    if (title) for (const [word] of title[0].matchAll(/\p{Lu}[\p{L}'’&-]*/gu)) spell(word);
  }
  return spelled;
}

/**
 * The lede's capitalised words written only inside a run of capitalised words (pieces of a longer name), after its
 * dateline and not at a sentence start, that news does not always capitalise; each with the words beside it there.
 */
function namePieces(lede: string): Map<string, Set<string>> {
  const body = lede.slice(datelineLength(lede));
  const words = [...body.matchAll(/[\p{L}][\p{L}\d'’&.-]*/gu)].map((m) => ({ word: m[0].replace(/\.$/, ''), start: m.index, end: m.index + m[0].length }));
  const joined = (a: { word: string; end: number } | undefined, b: { start: number } | undefined) => a !== undefined && b !== undefined && /^\s+$/.test(body.slice(a.end, b.start));
  const pieces = new Map<string, Set<string>>();
  const alone = new Set<string>();
  words.forEach((w, i) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.word) || i === 0 || /[.!?]\s*$/.test(body.slice(0, w.start))) return;
    const [prev, next] = [words[i - 1], words[i + 1]];
    const run = (joined(prev, w) && /^\p{Lu}/u.test(prev!.word)) || (joined(w, next) && /^\p{Lu}/u.test(next!.word));
    if (!run) { alone.add(w.word); return; }
    const beside = pieces.get(w.word) ?? new Set<string>();
    for (const n of [prev, next]) if (n) beside.add(n.word.toLowerCase());
    pieces.set(w.word, beside);
  });
  for (const word of [...pieces.keys()]) if (alone.has(word) || (usualCase(word) ?? 'capital') === 'capital') pieces.delete(word);
  return pieces;
}

/**
 * Whether a lede's sentence-initial word (capitalised anyway) says how it is spelled: a capital inside a word in lower
 * case ("O'Brien", "McDonald"), a word news writes capitalised ("Germany", "Moody's"), or a short word in capitals among
 * words that are not ("SJNB Financial Corp"; not a dateline's "OKLAHOMA CITY").
 */
function spelledWhenInitial(word: string, after: string): boolean {
  if (/\p{Ll}/u.test(word)) return /\p{Lu}/u.test(word.slice(1)) || (usualCase(word) ?? 'capital') === 'capital';
  return word.length <= 4 && /^\W*\p{Lu}\p{Ll}/u.test(after);
}

/** A word that links a sentence to the one before it, not part of what happened: "But", "However,", "In addition,". */
const CONNECTIVE = new RegExp(`^(?:(?:${alternation(CONNECTIVES)})\\b,?\\s+)`, 'i');

/**
 * A phrase set before the subject and closed by a comma: a preposition or a participle opening it ("Following the
 * accord,", "During 1986,", "Presenting the budget on Saturday,", "For the year ended May 31, 1985,"), then a
 * subject (a capitalised word or "the").
 */
const INTRODUCTION = /^(?:(?:in|on|at|for|during|after|before|following|since|by|as|with|under|despite|amid|earlier|later|late|last|on behalf of|in a [\w ]+|[A-Z][a-z]+ing)\b[^,;:]{0,90}?(?:,\s*\d{4})?,\s+)(?=(?:the\s+)?[A-Z\d])/i;

/** A date set before the subject without a comma: "In 1986 he bought Pixar", "in 1984 the first Macintosh was …". */
const DATE_INTRODUCTION = /^(?:in|on|by|during|since)\s+(?:the\s+)?(?:(?:late|early|mid)[\s-]+)?(?:\d{4}(?:['’]?s)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\s+(?=\S)/i;

/**
 * A pronoun, or a noun that stands for a company named before ("The firm", "The company"), as the subject of a
 * title's clause: "It said …", "They also held talks", "The firm launched …". A title is read alone: it needs the name.
 */
const PRONOUN_SUBJECT = new RegExp(`^(?:it|he|she|they|the (?:${alternation(STAND_IN_SUBJECTS)}))(?=\\s+(?!(?:is|was)\\s+(?!\\w+ing\\b))[a-z])`, 'i');

/**
 * An age after a name: "Jeffrey Royer, 41, fed …". Before an apposition ("Mr Lorvan, 31, a bank clerk, was
 * arrested") its comma is kept, so that the apposition is still read as one and left out of the title.
 */
const AGE_APPOSITION = /(\b\p{Lu}[\p{L}'’-]*),\s+\d{1,3},(?=\s)(\s+(?:a|an|the|his|her|its|their)\s)?/gu;
const withoutAge = (text: string) => text.replace(AGE_APPOSITION, (_, name: string, apposition?: string) => (apposition ? `${name},${apposition}` : `${name} `));

/** The name a relative clause opened by ", which" is about: "… linked to Bank One, which …". */
const NAME_BEFORE_WHICH = /((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,4}\p{Lu}[\p{L}\d&'’.-]*),$/u;

/** The name a relative clause opened by "who" or "which" is about, with a comma or dash before it: "… Mr Lane - who …". */
const NAME_BEFORE_RELATIVE = /((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,4}\p{Lu}[\p{L}\d&'’.-]*)\s*(?:,|\s[-–—])$/u;


/** An auxiliary of the passive right before the verb: "that were sued", "which has been bought". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/i;

/** Whether the text ends with a noun ("the number of banks"), which a "that" after it then describes. */
function nounEnds(text: string): boolean {
  const last = taggedTerms(text.split(/\s+/).slice(-4).join(' ')).at(-1);
  return last !== undefined && last.tags.includes('Noun') && !last.tags.includes('Verb');
}

/** A time told between a relative pronoun and its verb: "which this morning introduced", "who yesterday resigned". */
const TIME_BEFORE_VERB = String.raw`(?:this|last|earlier this) (?:morning|afternoon|evening|night|week|month|year)\s+|yesterday\s+|today\s+`;

/** A clause that starts with a verb or an adverb, not a subject, perhaps after a time ("which this morning introduced"). */
const SUBJECTLESS = new RegExp(String.raw`^(?:${TIME_BEFORE_VERB})?(?:was|were|is|are|am|be|been|has|have|had|would|will|could|can|may|might|must|should|did|does|do|also|then|later|[a-z]+ed|[a-z]+ly|knew|said|says|told|took|made|gave|went|saw|began|won|lost|met|held|left|sent|set|put|led|got|came)\b`);

/**
 * The clause that reports a happening, as a title: from the start of the trigger's clause to the end of it, the
 * dateline and quotation marks left out, ended where a phrase does when it is long (`titleWords`: "The United States blacklisted China's artificial
 * intelligence group SenseTime", not "… SenseTime as part of a wide-ranging …").
 */
export function clauseTitle(quote: string, trigger: string, actor?: string, parties?: readonly string[]): string {
  // An age after a name (", 41,") says who the person is, not what happened: it is no clause's end.
  const told = withoutAge(quote.slice(datelineLength(quote)).replace(/["“”]/g, '').replace(/\s*<[^<>]*>/g, '')).trim();
  const at = trigger ? told.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  const sentence = at >= 0 ? withoutObjectApposition(told, at + trigger.length) : told;
  const bounds: ClauseBounds = at >= 0 ? triggerClause(sentence, at, trigger, actor, parties) : { start: 0, end: sentence.length, relative: false };
  const { start, end, antecedent, relative } = bounds;
  // A relative clause whose object is the name before it ("Miro Bank, which Quanta acquired last year") is told with
  // that name put back after its verb ("Quanta acquired Miro Bank last year"); with an object of its own ("…, which
  // Acme bought a stake in") it is left as it is.
  const triggerEnd = at + trigger.length;
  if (antecedent && at > start && !SUBJECTLESS.test(sentence.slice(start)) && OBJECTLESS_AFTER.test(sentence.slice(triggerEnd, end))) {
    return clauseTitle(`${sentence.slice(start, triggerEnd)} ${antecedent}${sentence.slice(triggerEnd, end)}`, trigger, actor, parties);
  }
  // A relative clause whose object is a noun before it ("the lenders that Mr Penrik has sued", "a firm which Acme
  // bought") tells no happening on its own: its verb dangles without what was done to whom. (In the passive, "the
  // banks that were sued", the noun is the subject, and the clause is read as any other.)
  if (relative && at > start && !SUBJECTLESS.test(sentence.slice(start)) && !PASSIVE_BEFORE.test(sentence.slice(start, at))
    && OBJECTLESS_AFTER.test(sentence.slice(triggerEnd, end))) return '';
  const clause = withoutLead(withSubject(sentence, bounds, actor), trigger);
  return headlineForm(namedPronoun(clause, sentence, bounds.speaker, actor, parties), trigger);
}

/** Where the trigger's clause starts and ends in its sentence, and what the words before its start say of it. */
interface ClauseBounds {
  start: number;
  end: number;
  /** A named speaker a pronoun subject of the clause stands for ("Ann Lee says she …"). */
  speaker?: string;
  /** The name a relative clause opened by "which" or "whom" is about. */
  antecedent?: string;
  /** The name before a relative clause opened by "who" or "which", with a comma or dash before it. */
  subjectBefore?: string;
  /** Whether the clause is a relative one whose object may be the noun before it. */
  relative: boolean;
}

/** The bounds of the clause of the trigger at `at` (see clauseTitle): its opening, then its end. */
function triggerClause(sentence: string, at: number, trigger: string, actor: string | undefined, parties: readonly string[] | undefined): ClauseBounds {
  const bounds = clauseOpening(sentence, at, actor, parties);
  // A dash after the happening opens an aside or a list ("is suing three firms - Zorbix, its arm …").
  // So does "and" before a subject pronoun ("launched a league and it has …": a second clause), and "and" before an
  // auxiliary ("dropped its founder and has named …"): a second verb of the subject, another happening.
  const after = sentence.slice(at + trigger.length);
  // So does "to" after the verb's object opening a clause of purpose ("sued Zorbix to recover its costs": clause.ts).
  const purpose = purposeAfter(sentence, at, at + trigger.length);
  const tails = [CLAUSE_TAIL.exec(after)?.index, SECOND_CLAUSE_AFTER.exec(after)?.index, purpose === undefined ? undefined : purpose - at - trigger.length].filter((k) => k !== undefined);
  if (tails.length > 0) bounds.end = at + trigger.length + Math.min(...tails);
  // "and", "but" or a comma before a clause with a subject of its own bounds the trigger's clause on either side
  // ("The runner denied it but the panel has upheld the ban", "Quanta was fined 5m, Zorbix was penalized 2m").
  const own = junctionBounds(sentence, at, at + trigger.length);
  bounds.end = Math.min(bounds.end, own.end);
  return own.start > bounds.start ? { start: own.start, end: bounds.end, relative: false } : bounds;
}

/** Where the trigger's clause opens: after the last word before the trigger at `at` that opens a clause. */
function clauseOpening(sentence: string, at: number, actor: string | undefined, parties: readonly string[] | undefined): ClauseBounds {
  const bounds: ClauseBounds = { start: 0, end: sentence.length, relative: false };
  // ", as well as" adds to a list, it opens no clause ("All of the purchases, as well as the barrels bought in
  // 1986, were …"); "that" after a reporting verb opens what was said ("said that Ann Lee resigned").
  for (const m of sentence.slice(0, at).matchAll(/[;:]\s*|,\s+(?:and|but|while|as(?!\s+well\s+as\b)|after|when)\s+|\s(?:that|which|whom|who|while|when|after|because|since|until|before)\s+|\s(?:said|says|added|announced|reported)\s+(?:that\s+)?(?=\S)/gi)) {
    // What a speaker reports is the happening ("Penril said director Ann Lee has resigned" → "Director Ann Lee has
    // resigned"), unless its subject is a pronoun no name can stand for ("The union said it sued Zorbix").
    const after = m.index + m[0].length;
    // A pronoun after a named speaker stands for the speaker ("Ann Lee says she has been banned by Quanta").
    const saying = /^\s(?:said|says|added|announced|reported)/i.test(m[0]);
    const named = saying && SPEAKER_PRONOUN.test(sentence.slice(after)) ? namedSpeaker(sentence.slice(0, m.index), parties) : undefined;
    if (saying && !actor && !named && PRONOUN_SUBJECT.test(sentence.slice(after))) continue;
    bounds.speaker = named;
    // "since", "until" and "before" are prepositions too ("since 1999"): they open the trigger's clause only when a
    // subject comes next ("has been fractious since founder Ann Lee died").
    if (/^\s(?:since|until|before)\s/i.test(m[0]) && !/^(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?\p{Lu}/u.test(sentence.slice(after))) continue;
    bounds.start = after;
    bounds.antecedent = /^\s(?:which|whom)\s/i.test(m[0]) ? NAME_BEFORE_WHICH.exec(sentence.slice(0, m.index))?.[1] : undefined;
    bounds.relative = /^\s(?:which|whom)\s/i.test(m[0]) || (/^\sthat\s/i.test(m[0]) && nounEnds(sentence.slice(0, m.index)));
    bounds.subjectBefore = /^\s(?:who|which)\s/i.test(m[0]) ? NAME_BEFORE_RELATIVE.exec(sentence.slice(0, m.index))?.[1] : undefined;
  }
  return bounds;
}

/** The trigger's clause, with the subject it shares with the clause before it, or the sentence from its start. */
function withSubject(sentence: string, bounds: ClauseBounds, actor: string | undefined): string {
  const { end, subjectBefore } = bounds;
  let start = bounds.start;
  // A clause cut after "which" or "that" may begin with its verb ("were used to …"): it has no subject of its own, so
  // the title starts where the sentence does.
  // A second clause after ", and" shares the first one's subject ("Acme was founded in 1976, and launched the Qube in
  // 2003"): with the actor known, it is named ("Acme launched the Qube in 2003").
  const sharedSubject = start > 0 && actor !== undefined && /,\s+and\s+$/i.test(sentence.slice(0, start)) && SUBJECTLESS.test(sentence.slice(start));
  // A relative clause about a name, whose verb is the happening ("The announcement from Mr Lane - who was elected in
  // 1997 - prompted …"), is told with that name as its subject: "Mr Lane was elected in 1997".
  const relativeSubject = start > 0 && !sharedSubject && subjectBefore !== undefined && SUBJECTLESS.test(sentence.slice(start)) && /^(?:was|were|has|had|is|are)\b/.test(sentence.slice(start));
  if (SUBJECTLESS.test(sentence.slice(start)) && !sharedSubject && !relativeSubject) start = 0;
  return sharedSubject ? `${actor} ${sentence.slice(start, end)}` : relativeSubject ? `${subjectBefore} ${sentence.slice(start, end)}` : sentence.slice(start, end);
}

/**
 * A title opens with who did it, as a headline does: a connective ("But", "However,") or a phrase set before the
 * subject ("Following the accord,", "For the year ended May 31, 1985,") is left out.
 */
function withoutLead(clause: string, trigger: string): string {
  for (let again = true; again;) {
    again = false;
    const lead = CONNECTIVE.exec(clause) ?? INTRODUCTION.exec(clause) ?? DATE_INTRODUCTION.exec(clause);
    if (lead && clause.length - lead[0].length > trigger.length && clause.slice(lead[0].length).toLowerCase().includes(trigger.toLowerCase())) {
      clause = clause.slice(lead[0].length);
      again = true;
    }
  }
  return clause;
}

/**
 * A pronoun subject ("It said …", "They held talks") named (the actor), since a title is read without the sentences
 * before it. (A pronoun after a named speaker is the speaker whatever verb follows: "Ann Lee said she was banned". It
 * is never the actor whom the clause names as its agent: in "Zorbix Bank is involved because it is being sued by
 * Quanta" "it" is the one party named before it, where there is one.)
 */
function namedPronoun(clause: string, sentence: string, speaker: string | undefined, actor: string | undefined, parties: readonly string[] | undefined): string {
  const spoken = speaker === undefined ? null : SPEAKER_PRONOUN.exec(clause);
  const agent = actor !== undefined && new RegExp(String.raw`\bby\s+(?:the\s+)?${escapeRegExp(actor)}\b`).test(clause);
  const referent = !spoken && agent ? namedBefore(parties, actor!, sentence.slice(0, Math.max(0, sentence.indexOf(clause)))) : undefined;
  const pronoun = spoken ?? (referent ? SPEAKER_PRONOUN.exec(clause) : null) ?? PRONOUN_SUBJECT.exec(clause);
  const standsFor = spoken ? speaker : referent ?? (agent ? undefined : actor);
  return pronoun && standsFor ? `${standsFor}${clause.slice(pronoun[0].length)}` : clause;
}

/** The clause as a headline: without the subject's apposition, a second verb's first verb or a dangling verb. */
function headlineForm(clause: string, trigger: string): string {
  // A happening told in an apposition or a relative clause of the subject reads as a headline without its comma: "Jobs,
  // born in San Francisco on February 24" → "Jobs born in …", "The Qube, which was launched last spring" → "The Qube
  // was launched last spring".
  // An apposition after the subject says who the subject is, not what happened: "Ann Lee, a spokesperson for Quanta,
  // told …" → "Ann Lee told …".
  const firstComma = clause.indexOf(',');
  const described = firstComma > 0 ? appositions(clause, [firstComma])[0] : undefined;
  if (described && clause.toLowerCase().indexOf(trigger.toLowerCase(), described.end) > described.end) clause = `${clause.slice(0, firstComma)}${clause.slice(described.end + 1)}`;
  const apposition = new RegExp(`^([^,]{2,60}?),\\s+(?:(?:which|who)\\s+)?((?:${TIME_BEFORE_VERB})?(?:(?:was|were|has been|had been)\\s+)?(?:\\w+ly\\s+)?${escapeRegExp(trigger.split(/\s+/)[0] ?? '')}\\b)`, 'i').exec(clause);
  if (trigger && apposition) clause = `${apposition[1]} ${clause.slice(apposition[0].length - apposition[2]!.length)}`;
  clause = secondVerbOfSubject(clause, trigger);
  // A second verb cut from what it tells ("quit his post on 24 November and vowed: …") ends nothing: left out.
  clause = clause.replace(/[\s,.;:]+$/, '');
  const dangling = /\s+(?:and|but)\s+(?:\w+ly\s+)?[a-z]+$/.exec(clause);
  if (dangling && clause.toLowerCase().indexOf(trigger.toLowerCase()) + trigger.length <= dangling.index) clause = clause.slice(0, dangling.index);
  const title = titleWords(clause, trigger).join(' ').replace(/[\s,;:]+$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * A clause whose trigger is its subject's second verb, after "and" and an auxiliary ("A shipyard opened its gates in 1950
 * and was bought by Quanta in 1979"), told with the subject and that verb alone: "A shipyard was bought by Quanta
 * in 1979" — one happening, as the title of its page. Without an auxiliary ("fell ill and resigned") the two verbs
 * are left as one telling; with no subject before the first verb (compromise's tagger), the clause is left as it is.
 */
function secondVerbOfSubject(clause: string, trigger: string): string {
  const at = trigger ? clause.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  const joined = at > 0 ? SECOND_VERB_BEFORE.exec(clause.slice(0, at)) : null;
  if (!joined) return clause;
  const terms = taggedTerms(clause.slice(0, joined.index));
  const verb = terms.findIndex((t) => t.tags.includes('Verb'));
  if (verb <= 0 || /[,;:]/.test(clause.slice(0, terms[verb]!.offset.start))) return clause;
  return `${clause.slice(0, terms[verb]!.offset.start).trim()} ${clause.slice(joined.index + joined[1]!.length)}`;
}

/** "and" or "but" and an auxiliary right before a trigger, perhaps with an adverb or "been": "… and was later acquired". */
const SECOND_VERB_BEFORE = new RegExp(String.raw`(\s(?:and|but)\s+)(?:${alternation(AUXILIARIES_AFTER)})\s+(?:\w+ly\s+)?(?:been\s+|being\s+)?$`);

/** Where the clause after a trigger ends (see clauseTitle). */
const CLAUSE_TAIL = /[;:(]|,\s|\s[-–—]\s|\s(?:which|who|while|because|after|before|according)\s/i;
/**
 * "and" or "but" before a subject pronoun or an auxiliary, in lower case: a second clause after the trigger (see
 * clauseTitle). Case counts: "and Will Brown", "April and May", "and Can Erdem" join names, not clauses.
 */
const SECOND_CLAUSE_AFTER = new RegExp(String.raw`\s(?:and|but)\s(?=(?:it|he|she|they|we|${alternation(AUXILIARIES_AFTER)})\s)`);

/** A pronoun of one person or thing as a clause's subject, which a speaker named just before may be. */
const SPEAKER_PRONOUN = /^(?:it|he|she)(?=\s)/i;

/**
 * The name that ends `before`, a speaker's, as a clause's subject ("Ann Lee" of "Ann Lee says …", "Quanta Ltd" of
 * "…, and Quanta Ltd said …"): capitalised words from the clause's start, without a first word news writes in lower
 * case ("Later", "The"). None when a word of no name stands between, or when `parties` (the event's people and
 * bodies, where known) do not name it: a title names a party the page shows ("Pacific Western" of "Pacific Western
 * Airlines Corp"), not a speaker the name reader missed.
 */
function namedSpeaker(before: string, parties?: readonly string[]): string | undefined {
  const m = /(?:^|[,;]\s+|\s(?:and|but)\s+)((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,5}\p{Lu}[\p{L}\d&'’.-]*)\s*$/u.exec(before);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && usualCase(words[0]!) === 'lower') words.shift();
  const name = words.join(' ');
  if (usualCase(words[0]!) === 'lower') return undefined;
  return parties === undefined || parties.some((p) => p === name || p.startsWith(`${name} `)) ? name : undefined;
}

/** The one party (of `parties`, not the actor) that `before` names, for a pronoun after it; none if not one. */
function namedBefore(parties: readonly string[] | undefined, actor: string, before: string): string | undefined {
  const named = (parties ?? []).filter((p) => p !== actor && new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(p)}(?![\p{L}\d])`, 'u').test(before));
  return named.length === 1 ? named[0] : undefined;
}

/** A party a title may name for a speaker's pronoun: a person or a body. */
const speaks = (type: EntityType | undefined) => type === 'person' || type === 'organization';

/**
 * The sentence without an apposition set after the trigger's object when the verb's phrase goes on after it ("Flu
 * ruled Ann Lee, the 2001 champion, out of the final" → "Flu ruled Ann Lee out of the final"): its commas end no
 * clause, and a title cut at the first one loses the verb's particle. (`from`: where the trigger ends.)
 */
function withoutObjectApposition(sentence: string, from: number): string {
  const comma = sentence.indexOf(',', from);
  if (comma < 0 || /[;:(]/.test(sentence.slice(from, comma)) || !/[\p{L}\d.]$/u.test(sentence.slice(0, comma))) return sentence;
  const aside = appositions(sentence, [comma])[0];
  if (!aside) return sentence;
  const next = /^,\s+([a-z]+)\b/.exec(sentence.slice(aside.end))?.[1];
  return next !== undefined && VERB_PHRASE_GOES_ON.has(next) ? `${sentence.slice(0, comma)}${sentence.slice(aside.end + 1)}` : sentence;
}

/**
 * Words of a clause title, whole where it can be: a clause of at most WHOLE_TITLE_WORDS words is kept whole; a longer
 * one ends where a phrase after its trigger opens (TITLE_PHRASE_OPENERS, or "and" before a second verb: "released its
 * handset last spring and has since raised …"), the last such place that keeps it that short. A title cut
 * mid-phrase ("… met open dissent at Tuesday's gathering of the Parliamentary …") reads as unfinished; one cut
 * where a phrase ends reads as a headline does. Only a clause with no such place is cut at TITLE_WORDS, with "…".
 */
function titleWords(clause: string, trigger: string): string[] {
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length <= WHOLE_TITLE_WORDS) return words;
  const at = trigger ? clause.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at >= 0) {
    const triggerEnd = clause.slice(0, at + trigger.length).split(/\s+/).filter(Boolean).length;
    // What a trigger reports ("ruled on Tuesday that …") is its news: the title is cut inside it, after its verb.
    const that = words.findIndex((w, i) => i >= triggerEnd && i < WHOLE_TITLE_WORDS && bareWord(w) === 'that');
    for (let k = WHOLE_TITLE_WORDS; k >= Math.max(triggerEnd, MIN_TITLE_WORDS, that + 2); k--) {
      if (opensPhrase(words, k) && !reducedRelativeCut(words, k, triggerEnd) && !reportedClauseCut(words.slice(triggerEnd, k))) return words.slice(0, k);
    }
  }
  return [...words.slice(0, TITLE_WORDS), '…'];
}

/**
 * The word before the cut is a participle after the trigger that describes the noun before it ("a company known as
 * …", "shipments valued at …", "the actions launched in …"): its phrase completes it, so the title would end on it.
 * (After an auxiliary, "was charged | by", it is the clause's own verb.)
 */
function reducedRelativeCut(words: readonly string[], k: number, triggerEnd: number): boolean {
  return k - 1 >= triggerEnd && /[a-z](?:ed|en|wn)$/.test(bareWord(words[k - 1])) && !PARTICIPLE_AUXILIARIES.has(bareWord(words[k - 2]));
}

/**
 * The words after the trigger open a reported clause ("ruled on Tuesday that Ann Lee's death in custody …") whose verb
 * they do not reach: cut there, the title would end on the clause's subject. A verb is what tense.ts reads as one or
 * what compromise tags a past tense (an irregular past tense.ts does not list: "held that Quanta lied in its filings …").
 */
function reportedClauseCut(after: readonly string[]): boolean {
  const that = after.findIndex((w) => bareWord(w) === 'that');
  if (that < 0) return false;
  const reported = after.slice(that + 1).join(' ');
  return !hasFiniteVerb(reported) && !taggedTerms(reported).some((t) => t.tags.includes('PastTense'));
}

/** A title's words at most when it ends where its clause or a phrase does; at least, when cut before a phrase. */
const WHOLE_TITLE_WORDS = 16;
const MIN_TITLE_WORDS = 3;

const bareWord = (w: string | undefined) => (w ?? '').toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
const capitalised = (w: string | undefined) => w !== undefined && /^[^\p{L}]*\p{Lu}/u.test(w);

/**
 * The word at `k` opens a phrase after the clause's verb: a preposition or participle of TITLE_PHRASE_OPENERS (not a
 * connector inside a name, "Bank for International Settlements", "Stratford on Avon", nor the complement of a
 * participle before it), or "and" / "but" before a second verb of the subject ("and has raised", "and was fined").
 */
function opensPhrase(words: readonly string[], k: number): boolean {
  const word = bareWord(words[k]);
  if (word === 'and' || word === 'but') return AUXILIARIES_AFTER.has(bareWord(words[k + 1])) || /^[a-z]+ed$/.test(words[k + 1] ?? '');
  // After a participle the phrase is its complement ("at prices ranging from …"), after a conjunction or an article the
  // phrase is what it joins or opens, and inside an aside opened by a dash ("Ann Lee - elected as …") the aside is not
  // closed: the title would end on any of them.
  // (An "-ing" word after an article or possessive is a noun: "in its financing on Friday".)
  const participle = /[a-z]ing$/.test(bareWord(words[k - 1])) && !/^(?:the|a|an|its|his|her|their|our|this|that)$/.test(bareWord(words[k - 2]));
  if (!TITLE_PHRASE_OPENERS.has(word) || participle || /^(?:and|or|but|the|a|an)$/.test(bareWord(words[k - 1]))) return false;
  // "by" after a passive participle names who did it ("was eventually acquired by Rosneft"): no place to cut.
  if (word === 'by' && /(?:ed|en|wn|ld|ght)$/.test(bareWord(words[k - 1]))) return false;
  if (words.slice(0, k).filter((w) => /^[-–—]$/.test(w)).length % 2 === 1) return false;
  return !((CONNECTORS.has(word) || HEAD_CONNECTORS.has(word)) && capitalised(words[k - 1]) && capitalised(words[k + 1]));
}

/**
 * A title that does not open with its subject: a preposition or conjunction ("Of the 116 papers presented …"), a
 * pronoun with no name to stand for ("It also introduced …"), a connective, a verb or an adverb (SUBJECTLESS), a
 * gerund ("Looking forward, …"), a demonstrative or a quantifier standing alone for what came before ("This was
 * rejected …", "Some had looked to …"; "That lawsuit was settled", "Some 300 fans protested" have their noun).
 */
const NO_SUBJECT = new RegExp(`^(?:${alternation(NO_SUBJECT_OPENERS)}|the (?:${alternation(STAND_IN_SUBJECTS)})|[a-z]+ing|` +
  `(?:${alternation(STANDING_ALONE)})(?=\\s+(?:is|was|were|are|has|have|had|will|would|could|can|may|might|\\w+ed)\\b))\\b`, 'i');

/** A subject that is a count: "At least 82 people were killed", "About 200 workers marched". */
const COUNTED_SUBJECT = new RegExp(`^(?:${alternation(COUNT_OPENERS)})\\s+\\d`, 'i');

/**
 * A clause title a reader understands: it opens with its subject (a name or a noun phrase) and the happening is its
 * verb ("the storm killed about 2,000 people", "Quanta has unveiled its new jet"), not a noun naming a state, a belief
 * or a forecast ("Millers have been making record profits", "will give its verdict", "has a presence due to
 * its acquisition"): who did what to whom, as a headline tells it. Read with compromise's tagger.
 */
export function readableClause(title: string, trigger: string): boolean {
  if (!title || (NO_SUBJECT.test(title) && !COUNTED_SUBJECT.test(title)) || SUBJECTLESS.test(title.charAt(0).toLowerCase() + title.slice(1))) return false;
  const triggerAt = title.toLowerCase().indexOf(trigger.toLowerCase());
  if (namesByStandIn(title, trigger, triggerAt) || toldBefore(title, triggerAt)) return false;
  const word = trigger.split(/\s+/)[0]!.toLowerCase();
  const terms = taggedTerms(title);
  const at = terms.findIndex((t) => t.text.toLowerCase() === word);
  // A clause that opens with its verb has lost its subject ("Ranks countries according to …").
  if (at <= 0 || (terms[0]!.tags.includes('Verb') && !terms[0]!.tags.includes('Noun'))) return false;
  // A comma between the subject and the happening: the happening is told in an apposition or a relative clause ("Mr
  // Saakashvili, elected president in January", "The Mini, which was launched last spring"), not as the clause's verb.
  if (terms.slice(0, at).some((t) => /,/.test(t.post ?? ''))) return false;
  // A participle after its noun, with its agent ("Figures released by the Cabinet Office showed …"), describes the
  // noun (a reduced relative clause): the clause's own verb comes later.
  const before = terms[at - 1]!.text.toLowerCase();
  if (/(?:ed|en)$/.test(word) && terms[at + 1]?.text.toLowerCase() === 'by' && !PARTICIPLE_AUXILIARIES.has(before)) return false;
  // So does a verb without its agent, read by the participle model (TimeML-trained, src/extract/participle.ts): "a
  // mural showing miners digging coal", "an order approving extra funds". The happening is the
  // noun's description, not what the clause tells.
  if (terms[at]!.tags.includes('Verb')) return !describesNounBefore(title, triggerAt);
  // A noun of a happening done in the past, told in the passive: "A similar suit was filed", "That lawsuit was
  // settled in 1991", "the first Macintosh was released". A present ("is set to begin", "is explained") is not.
  const next = terms.slice(at + 1, at + 4).map((t) => t.text.toLowerCase());
  return /^(?:was|were|(?:has|have|had) been) (?:\w+ly )?\w+(?:ed|en|wn|ld|ght|id)\b/.test(next.join(' '));
}

/** "the unit", "the merger", "this company" — not "the sale of Yugansk": a noun standing for what an earlier sentence named. */
const STAND_IN = new RegExp(String.raw`^(?:the|this|that)\s+(?:${[...STAND_IN_NOUNS].join('|')})\b(?!\s+of\b)`, 'i');

/**
 * The title's subject, or the object right after its trigger, is a noun standing for a name told before ("The merger
 * was announced …", "Zorbix bought the unit for $2.1bn", "Lee sued the company"): read alone, as a title is, it
 * does not say what happened to whom. (A trigger that holds the noun, "left the company", is its own.)
 */
function namesByStandIn(title: string, trigger: string, at: number): boolean {
  return STAND_IN.test(title) || (at >= 0 && STAND_IN.test(title.slice(at + trigger.length).trimStart()));
}

const SPEECH_VERB = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS_AFTER].join('|')})\b`, 'i');

/**
 * The title tells its happening through someone's telling of it ("City police told the press the three
 * detained"): read alone, its clause is the telling, not what happened.
 */
function toldBefore(title: string, at: number): boolean {
  return at > 0 && SPEECH_VERB.test(title.slice(0, at));
}

/** "82 people", "at least 12 protesters": a number and the plural noun it counts. */
const COUNT = /\b(?:at least |more than |over |about |around |nearly |almost |some |up to )?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z]+\s+)?(people|persons|individuals|[a-z]{3,}(?:ers|ors|ists|ians|ies|ents|ties|ees))\b/g;

/**
 * Sources that count the same thing differently ("82 people" in one article, "80 people" in another): each version
 * with its article, so the event page can show that the sources disagree.
 */
function countDisagreements(ms: ResolvedMention[]): NonNullable<Event['disagreements']> {
  const byNoun = new Map<string, Map<string, string>>();
  for (const m of ms) {
    for (const c of m.quote.matchAll(COUNT)) {
      const versions = byNoun.get(c[2]!) ?? new Map<string, string>();
      if (!versions.has(m.article)) versions.set(m.article, c[1]!.replace(/,/g, ''));
      byNoun.set(c[2]!, versions);
    }
  }
  return [...byNoun]
    .filter(([, versions]) => versions.size > 1 && new Set(versions.values()).size > 1)
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([noun, versions]) => ({ field: `number of ${noun}`, values: [...versions].map(([article, value]) => ({ value, article })).sort((a, b) => cmp(a.article, b.article)) }));
}

/** Sources up to this many days apart on one happening are read as disagreeing, not as two happenings. */
const MAX_CONFLICT_DAYS = 2;

function daysApart(a: string | null, b: string | null): number {
  if (a?.length !== 10 || b?.length !== 10) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}

/** Dates of one happening as sources give them: compatible, or days at most MAX_CONFLICT_DAYS apart. */
function closeDates(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && (datesCompatible(a, b) || daysApart(a, b) <= MAX_CONFLICT_DAYS);
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
