/**
 * How search ranks pages, in one place for both modes (Pagefind over http, the prebuilt offline index from file://, src/search/offline.ts), so that they
 * agree on the first results: a query that is an entity's name or other spelling finds that entity's page first,
 * then its events and the articles that name it.
 *
 * Each entry is data with its reason. Pagefind weights words by the element they sit in (`data-pagefind-weight`,
 * 0–10; a page's own `<h1>` counts 7); the offline index scores fields with the same weights (BM25F). Nothing here depends on how
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
  /** An article's headline: Pagefind weights a page's `<h1>` 7, and the offline index does the same. */
  headline: { weight: 7, reason: "a headline's words say what the article is about" },
  /** Body text: the offline index has an article's excerpt, Pagefind its whole text (default weight 1). */
  text: { weight: 1, reason: 'a word in the text is weak evidence on its own' },
} as const;
