/** A cluster as an event page (its date, participants, sources, disagreements and title), or why it is none. */
import type { ArticleRecord, EntityType, Event, EventReport, EventSource, ParticipantRole } from '../../types.ts';
import { slugify } from '../../util/slug.ts';
import { eventKind } from '../../event-types.ts';
import type { ClauseMemo } from '../clause-memo.ts';
import { alternation, FORECAST_HEADLINE_WORDS } from '../../extract/lexicon.ts';
import { type Cluster, cmp, type ResolvedMention } from './types.ts';
import { namedAgain } from './lede-parties.ts';
import { clauseTitle } from './clause-title.ts';
import { readableClause } from './readable-clause.ts';
import { headlineTitle } from './headline-title.ts';

/**
 * The event page of a cluster, or why it is none: it names no one (`unnamed`: a results table whose company only its
 * headline names), its article's headline tells a forecast (`forecast`), or it is no article's news and has no title a
 * reader understands (`untitled`).
 */
export function toEvent(c: Cluster, names: Map<string, string> | undefined, types: Map<string, EntityType> | undefined, articles: Map<string, ArticleRecord>, clauses: ClauseMemo): { slugKey: string; event: Omit<Event, 'id'> } | { why: EventReport['why'] } {
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

/** A party a title may name for a speaker's pronoun: a person or a body. */
const speaks = (type: EntityType | undefined) => type === 'person' || type === 'organization';

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
