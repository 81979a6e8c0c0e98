/** Each event mention with its parties decided: the rules of src/resolve/participants.ts first, then the lede-role model. */
import type { ArticleExtraction, EntityMention, EntityType, EventMention, ParticipantRole, Sentence } from '../../types.ts';
import type { ArticleParties, MentionParties } from '../party-memo.ts';
import { describesByRule, onlyDescribesByModel } from '../place-roles.ts';
import { namesSetting, noParty, onlyReports, opponentOfOccasion, ownerInApposition, pieceOfLongerName, listedTogether } from '../participants.ts';
import type { ResolvedMention, ResolveInput } from './types.ts';
import { fullNameBefore, offTheNews, partOf, shownByTitle, supportedType, titleOf } from './lede-parties.ts';
import { headlinePlace, ledeDescribesCountry } from './headline-place.ts';
import { demonymPostStates, demonymStatesOf, type PostState } from './demonym-posts.ts';

/** The event mentions of every article (duplicates skipped), with entity ids for their participants. */
export function resolvedMentions(input: ResolveInput): ResolvedMention[] {
  const duplicate = new Set(input.articles.filter((a) => a.duplicateOf !== undefined).map((a) => a.id));
  const mentions: ResolvedMention[] = [];
  for (const x of [...input.extractions].sort((a, b) => (a.article < b.article ? -1 : 1))) {
    if (duplicate.has(x.article)) continue;
    const ids = input.assignment.get(x.article) ?? [];
    // (The state the headline writes as its subject, found beyond the article's names: part of what the memo keys on.)
    const headlineState = headlinePlace(input, x, ids, titleOf(input, x.article));
    // (And the states written by their demonyms before their posts' holders, demonymPostStates.)
    const postStates = demonymPostStates(input, x, ids);
    const decide = () => articleParties(x, ids, input, headlineState, postStates);
    const names = { ids, types: input.entityTypes, typeSure: input.typeSure, headlineState, ...(postStates.length ? { postStates: postStates.map((p) => p.state) } : {}) };
    const parties = input.parties ? input.parties.parties(x.article, names, decide) : decide();
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
function articleParties(x: ArticleExtraction, ids: readonly (string | null)[], input: ResolveInput, headlineState: string | undefined, postStates: readonly PostState[]): ArticleParties {
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
    keepOffNewsApart(offNews, participants, pieces);
    // (Names of a phrase of purpose or of a comment on the happening take no part: kept as `alsoNamed`.)
    for (const mention of ev.asides ?? []) {
      const id = ids[mention];
      if (id && !participants.has(id) && !pieces.has(id)) pieces.set(id, 'other');
    }
    // (The news's title, its headline, shows who takes part: a person or body it writes is a party, `shownByTitle`.)
    if (ev.lede && sentence) for (const id of shownByTitle(x, ids, input, ev, sentence, new Set(participants.keys()))) participants.set(id, pieces.get(id) ?? 'other');
    // (And the state it writes as its subject, where the lede writes only a demonym or a description of it.)
    if (ev.lede && sentence && headlineState && !participants.has(headlineState) && ledeDescribesCountry(x, ids, input, sentence, ev.trigger, titleOf(input, x.article))) participants.set(headlineState, 'other');
    const namesOthers = participants.size > 0;
    for (const [id, role] of speakingFor) if (!participants.has(id)) (namesOthers ? pieces : participants).set(id, role);
    // (A state written by its demonym before its post's holder is a party of what the holder does as such: a place's
    // part, as a state written as a place before its post is (actsThroughPost), and no key its happening is clustered by.)
    // (So is the state of a body it writes by its demonym, "the Indian government", demonymStatesOf.)
    if (sentence) for (const state of demonymStatesOf(postStates, x, ids, ev, sentence, participants)) participants.set(state, 'place');
    for (const id of participants.keys()) pieces.delete(id);
    // The article's news is an event even when it names no one ("Shares fell sharply"); a happening whose names
    // are all pieces of longer names, or that names no one (its clause's names all sit in other clauses), is kept
    // as a report (toEvent: why `unnamed`), so that nothing read is lost.
    return { participants: [...participants], pieces: [...pieces] };
  });
}

/** The names read as off the news move to the pieces, only while another participant is left to name the happening. */
function keepOffNewsApart(offNews: ReadonlySet<string>, participants: Map<string, ParticipantRole>, pieces: Map<string, ParticipantRole>): void {
  if (![...participants.keys()].some((id) => !offNews.has(id))) return;
  for (const id of offNews) {
    const role = participants.get(id);
    if (role === undefined) continue;
    pieces.set(id, role);
    participants.delete(id);
  }
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
  return cutOrNoName(n) || describesByRule(n) || opponentOfOccasion(n.sentence, n.mention, n.trigger) || onlyTells(n) || ownsApposed(n) || onlyDescribesByModel(n);
}

/** An owner named in an apposition after the body it owns (`ownerInApposition`): whose that body is, no party. */
const ownsApposed = ({ sentence, mention }: SentenceName) => ownerInApposition(sentence, mention);

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
