/**
 * How search ranks pages, in one place for both modes (Pagefind over http, MiniSearch from file://), so that they
 * agree on the first results: a query that is an entity's name or other spelling finds that entity's page first,
 * then its events and the articles that name it.
 *
 * Each entry is data with its reason. Pagefind weights words by the element they sit in (`data-pagefind-weight`,
 * 0–10; a page's own `<h1>` counts 7); MiniSearch boosts fields and whole documents. Nothing here depends on how
 * often an entity is named: a prominence weight would change an entity's record, and re-index the index part
 * holding it, each time a new story names it (tried: a power-of-two tier of mentions broke the one-part rebuild).
 */
export const RANKING = {
  /** A name is what a reader types: an entity's name outweighs a headline's words (7). */
  entityName: { weight: 8, reason: 'the name typed finds its own page before headlines that contain it' },
  /** Other spellings find the page almost as well as the name itself. */
  alias: { weight: 6, reason: 'a misspelling or short form leads to the same page' },
  /** An event is found by its title as a headline is. */
  eventTitle: { weight: 7, reason: 'events rank with the headlines that report them' },
  /** The one-line text of an entity or event record: shown, and weak evidence (its article is indexed in full). */
  text: { weight: 1, reason: 'a word in a quoted sentence is weak evidence' },
} as const;

/** MiniSearch's boosts, from the same table: field boosts relative to the text, and a whole-document factor. */
export const OFFLINE_BOOST = {
  fields: { title: RANKING.eventTitle.weight, aliases: RANKING.alias.weight, text: RANKING.text.weight },
  /** Entity records over event and article records, as their names' weight over titles' in Pagefind. */
  entity: RANKING.entityName.weight / RANKING.eventTitle.weight,
  /** A page whose title is the query outranks a longer title that contains it (the page script does the same over http). */
  exactTitle: 2,
} as const;
