/** Mentions clustered into happenings: within an article, then across articles by their founders. */
import { eventKind } from '../../event-types.ts';
import { datelineLength } from '../../extract/dateline.ts';
import { amountsOf, tellOtherFigures } from '../figures.ts';
import { rarity } from '../same-happening.ts';
import { type Cluster, overlaps, type ResolvedMention } from './types.ts';
import { REPORT_SIMILARITY, type ReportViews, reportWords, type SameHappening, similarity } from './report-views.ts';

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
export function clusterWithinArticles(mentions: ResolvedMention[], same: SameHappening): Cluster[] {
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
 * participant, they tell no different figures (`tellOtherFigures`) nor different places (`placesOf`), and their words are alike (REPORT_SIMILARITY, see
 * `reportWords`) or the same-happening model reads them as one. An undated report has its article's day instead
 * (`joinsFounder`). An event holds at most one cluster of each
 * article: what one article tells apart stays apart.
 */
export function joinAcrossArticles(clusters: Cluster[], views: ReportViews, same: SameHappening, articleDay: (article: string) => string | null): Cluster[] {
  const words = new Map(clusters.map((c) => [c, c.mentions.map((m) => reportWords(m, views))]));
  const weight = rarity([...words.values()].flat());
  const alike = (a: Cluster, b: Cluster) => similarity(words.get(a)!, words.get(b)!, weight);
  const dayOf = (c: Cluster) => c.date ?? articleDay(c.mentions[0]!.article);
  const figures = new Map(clusters.map((c) => [c, new Set(c.mentions.flatMap((m) => [...amountsOf(m.quote.slice(datelineLength(m.quote)))]))]));
  const otherFigures = (a: Cluster, b: Cluster) => tellOtherFigures(figures.get(a)!, figures.get(b)!);
  const places = new Map(clusters.map((c) => [c, placesOf(c)]));
  // (The same test as of figures: both name some, and they share none.)
  const otherPlaces = (a: Cluster, b: Cluster) => tellOtherFigures(places.get(a)!, places.get(b)!);
  const groups: Cluster[][] = [];
  const byParticipant = new FoundersByDay();
  for (const c of clusters) {
    const article = c.mentions[0]!.article;
    const day = dayOf(c);
    const candidates = day === null ? [] : byParticipant.near(c.key, day);
    // Compared with the report that founded the event, not with any of its reports: chains of reports each like
    // the next (a day's Indonesian crop reports, one after another) are not one happening.
    const at = candidates.find((g) => !groups[g]!.some((o) => o.mentions[0]!.article === article) && joinsFounder(groups[g]![0]!, c, { alike, same, dayOf, otherFigures, otherPlaces }));
    const g = at ?? groups.length;
    if (at === undefined) groups.push([c]);
    else groups[g]!.push(c);
    byParticipant.add(c.key, dayOf(groups[g]![0]!), g);
  }
  return groups.map((group) => ({
    mentions: group.flatMap((c) => c.mentions),
    key: new Set(group.flatMap((c) => [...c.key])),
    targets: new Set(group.flatMap((c) => [...c.targets])),
    date: group[0]!.date,
  }));
}

/**
 * The events begun so far, by participant and by their founder's day (`dayOf`). A report joins only an event whose
 * founder's day is close to its own (`joinsFounder` asks `closeDates` first), and an event whose founder has no day
 * joins nothing, so the events of a participant named in thousands of reports ("U.S.") are looked up by their days, not
 * every one compared and sorted for each report: the candidates are the same, in the same (ascending) order.
 */
class FoundersByDay {
  private readonly index = new Map<string, Map<string, number[]>>();

  /** The events (ascending) sharing one of `key`'s participants whose founder's day is close to `day`. */
  near(key: ReadonlySet<string>, day: string): number[] {
    const found = new Set<number>();
    for (const k of key) for (const [founderDay, events] of this.index.get(k) ?? []) if (closeDates(founderDay, day)) for (const g of events) found.add(g);
    return [...found].sort((a, b) => a - b);
  }

  /** Event `g`, whose founder's day is `founderDay`, names the participants of `key` (a founder with no day: none). */
  add(key: ReadonlySet<string>, founderDay: string | null, g: number): void {
    if (founderDay === null) return;
    for (const k of key) {
      let byDay = this.index.get(k);
      if (!byDay) this.index.set(k, (byDay = new Map()));
      const events = byDay.get(founderDay);
      if (!events) byDay.set(founderDay, [g]);
      else if (!events.includes(g)) events.push(g);
    }
  }
}

/** What `joinsFounder` asks of two clusters: how alike their words are, the model, their days and their figures. */
interface JoinTests {
  alike: (a: Cluster, b: Cluster) => number;
  same: SameHappening;
  dayOf: (c: Cluster) => string | null;
  otherFigures: (a: Cluster, b: Cluster) => boolean;
  otherPlaces: (a: Cluster, b: Cluster) => boolean;
}

/**
 * The places a cluster's reports name as where the happening is (role `place`). Wire services tell a series of
 * happenings in one template that differ only in their place — the CFTC's deliverable stocks in Chicago, in Toledo and
 * in St Louis; the CCC's credit guarantees moved for Iraq and for Bangladesh, one day — so two articles' reports that
 * share their doer but name places and share none are two happenings (`joinsFounder`), as two that tell different figures.
 */
function placesOf(c: Cluster): Set<string> {
  return new Set(c.mentions.flatMap((m) => m.participants.filter((p) => p.role === 'place').map((p) => p.entity)));
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
  if (!closeDates(by.dayOf(founder), by.dayOf(c)) || !overlaps(founder.key, c.key) || by.otherFigures(founder, c) || by.otherPlaces(founder, c)) return false;
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
