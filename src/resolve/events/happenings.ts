/** The entry points: a build's happenings, reports and quotes from one reading of its event mentions. */
import type { Event, EventReport, Quote } from '../../types.ts';
import { uniqueSlugs } from '../../util/slug.ts';
import { ClauseMemo } from '../clause-memo.ts';
import { cmp, isQuote, type ResolvedMention, type ResolveInput } from './types.ts';
import { resolvedMentions } from './parties.ts';
import { reportView, sameHappeningModel } from './report-views.ts';
import { clusterWithinArticles, joinAcrossArticles } from './clusters.ts';
import { toEvent } from './event-page.ts';

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
  const clauses = input.clauses ?? new ClauseMemo();
  for (const c of clusters) {
    const make = () => toEvent(c, input.entityNames, input.entityTypes, articleById, clauses);
    const made = input.events ? input.events.made(c.mentions, { names: input.entityNames, types: input.entityTypes, articles: articleById }, clauses, make) : make();
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
