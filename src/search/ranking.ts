/**
 * How search ranks pages, in one place for both modes (Pagefind over http, MiniSearch from file://), so that they
 * agree on the first results: a query that is an entity's name or other spelling finds that entity's page first,
 * then its events and the articles that name it most.
 *
 * Each entry is data with its reason. Pagefind weights words by the element they sit in (`data-pagefind-weight`,
 * 0–10; a page's own `<h1>` counts 7); MiniSearch boosts fields and whole documents. Prominence is a tier, the
 * power of two of the entity's mentions (1, 2–3, 4–7 …), so it changes rarely: a new story that names an
 * entity again seldom changes its search record, and the index part holding it is re-indexed only then.
 */
export const RANKING = {
  /** A name is what a reader types: an entity's name outweighs a headline's words (7). */
  entityName: { weight: 8, reason: 'the name typed finds its own page before headlines that contain it' },
  /** Each prominence tier adds to the name's weight, up to 10: of two pages named "Brown", the more reported first. */
  tierStep: { weight: 0.5, reason: 'more widely reported entities first among equal names' },
  /** Other spellings find the page almost as well as the name itself. */
  alias: { weight: 6, reason: 'a misspelling or short form leads to the same page' },
  /** An event is found by its title as a headline is. */
  eventTitle: { weight: 7, reason: 'events rank with the headlines that report them' },
  /** The one-line text of an entity or event record: shown, and weak evidence (its article is indexed in full). */
  text: { weight: 1, reason: 'a word in a quoted sentence is weak evidence' },
} as const;

/** Prominence tiers (0–4): floor(log2(mentions)), capped. */
export function prominenceTier(mentions: number): number {
  return Math.min(4, Math.max(0, Math.floor(Math.log2(Math.max(1, mentions)))));
}

export function entityNameWeight(tier: number): number {
  return Math.min(10, RANKING.entityName.weight + tier * RANKING.tierStep.weight);
}

/** MiniSearch's boosts, from the same table: field boosts relative to the text, and a whole-document factor. */
export const OFFLINE_BOOST = {
  fields: { title: RANKING.eventTitle.weight, aliases: RANKING.alias.weight, text: RANKING.text.weight },
  /** An entity record whose title is the query outranks a longer title that contains it. */
  entity: RANKING.entityName.weight / RANKING.eventTitle.weight,
  tierStep: RANKING.tierStep.weight / RANKING.eventTitle.weight,
  exactTitle: 2,
} as const;
