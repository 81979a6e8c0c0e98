/**
 * A post of a state's own between the state and its holder's name, as data both stages read: extraction's lede readers
 * (src/extract/events/roles.ts) and resolution's demonym reader (src/resolve/events/demonym-posts.ts), which may not
 * import the extraction rules of src/extract/events/ (tests/events.test.ts, the event taxonomy).
 */
import { NOT_THE_STATES_POST, STATE_POST_HEADS } from './lexicon.ts';

/**
 * The words between a state's place or demonym and a person's name are a post of that state's own (src/extract/events/roles.ts
 * `actsThroughPost`; "Norland Governor", "Zorbian Finance Minister", src/resolve/events/demonym-posts.ts): a title of one to four words whose
 * last is in STATE_POST_HEADS and none in NOT_THE_STATES_POST, perhaps after the place's possessive.
 */
export function statesPostBetween(between: string): boolean {
  const title = POST_BETWEEN.exec(between)?.[1];
  const words = title?.toLowerCase().replace(/\./g, '').split(/\s+/) ?? [];
  return words.length > 0 && STATE_POST_HEADS.has(words.at(-1)!) && !words.some((w) => NOT_THE_STATES_POST.has(w));
}

/** Between a place and a post's holder: the place's possessive perhaps, and the post's title of one to four words. */
const POST_BETWEEN = /^(?:['’]s?)?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+\.?),?\s+$/u;
