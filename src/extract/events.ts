/**
 * Event mentions: a sentence that reports a happening — a trigger word of a type of the taxonomy
 * (`src/event-types.ts`, tried in its order so the most specific type wins) — with at least one named participant.
 * Participants before the trigger are actors, after it targets; places are places. The date is the date expression
 * nearest the trigger in the same sentence (none: the event stays undated).
 *
 * The steps live in src/extract/events/, bottom-up (each imports only modules before it):
 * types.ts, triggers.ts, lede.ts, participants.ts, describing.ts, speakers.ts, not-of-trigger.ts, roles.ts,
 * parties.ts, governing.ts, dating.ts, telling.ts, news-dates.ts, lede-parties.ts, news.ts, extract.ts.
 */
export { findTrigger } from './events/triggers.ts';
export { ledeParagraph } from './events/lede.ts';
export { hearsOf } from './events/describing.ts';
export { scheduledUnder } from './events/news-dates.ts';
export { markTheNews } from './events/news.ts';
export { extractEvents } from './events/extract.ts';
