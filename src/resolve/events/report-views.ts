/** Each report as the same-happening model and the word rule read it, and the model over a build's reports. */
import type { ArticleRecord } from '../../types.ts';
import { eventKind } from '../../event-types.ts';
import { datelineLength } from '../../extract/dateline.ts';
import { contentWords, cosine, objectOf, pairFeatures, pairScore, rarity, type ReportView } from '../same-happening.ts';
import type { ResolvedMention } from './types.ts';

/** Whether two reports tell one happening. */
export type SameHappening = (a: ResolvedMention, b: ResolvedMention) => boolean;
/** Each report as the same-happening model reads it, made once per build (its words serve the word rule too). */
export type ReportViews = ReadonlyMap<ResolvedMention, ReportView>;

/**
 * The same-happening model (src/resolve/same-happening.ts, trained on MEANTIME's event coreference) over the reports
 * of a build: trigger stems and types, who did it to whom, shared participants and words. It is asked only about
 * reports that share a participant and whose dates agree; it finds what the word rule misses when sources tell one
 * happening in other words ("has chosen to step down" and "resigned"). An article's news is read by its lede's trigger
 * and by its headline's (`tellings`), as the model was trained on a title and a lede as two reports of one article.
 */
export function sameHappeningModel(views: ReportViews): SameHappening {
  const weight = rarity([...views.values()].map((v) => v.words));
  return (a, b) => {
    const [ofA, ofB] = [tellings(a, views), tellings(b, views)];
    if (!ofA.length || !ofB.length) return false;
    const shared = a.participants.filter((p) => b.participants.some((q) => q.entity === p.entity)).length;
    return ofA.some((x) => ofB.some((y) => pairScore(pairFeatures(x, y, shared, weight, a.article === b.article)) > 0));
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
export function reportView(m: ResolvedMention, articles: Map<string, ArticleRecord>): ReportView {
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
 * one embassy report). See docs/quality-log.md.
 */
export const REPORT_SIMILARITY = 0.5;

/**
 * The words of a report, as a set: its participants (entity ids: "EU" and "European Union" are one), its
 * type (a "blacklisted" and a "sanctioned" are one kind of happening), and the content words of its sentences and, for
 * an article's news, its headline (lower case, datelines, numbers and function words left out, a plural's "s" cut).
 */
export function reportWords(m: ResolvedMention, views: ReportViews): Set<string> {
  return new Set<string>([`type:${m.type}`, ...m.participants.map((p) => `entity:${p.entity}`), ...views.get(m)!.words]);
}

/** How alike two clusters' reports are: the most alike pair of their mentions (cosine of rarity-weighted words). */
export function similarity(a: Set<string>[], b: Set<string>[], weight: (word: string) => number): number {
  return Math.max(...a.flatMap((x) => b.map((y) => cosine(x, y, weight))));
}
