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
 *
 * The steps live in src/resolve/events/, bottom-up (each imports only modules before it): types.ts, lede-parties.ts,
 * parties.ts, clause-words.ts, title-form.ts, clause-title.ts, readable-clause.ts, headline-title.ts, report-views.ts,
 * clusters.ts, event-page.ts, happenings.ts.
 */
export { clauseTitle } from './events/clause-title.ts';
export { readableClause } from './events/readable-clause.ts';
export { headlineTitle } from './events/headline-title.ts';
export { REPORT_SIMILARITY } from './events/report-views.ts';
export { resolveQuotes, resolveEvents, resolveHappenings, resolveHappeningsAndQuotes } from './events/happenings.ts';
