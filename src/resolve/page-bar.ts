/**
 * The page bar: a page only where the name AND its type are sure (issue 15 item 3). A small logistic regression reads
 * what the two models already said of a resolved name — the page model's confidence that it is a real name, the type
 * model's probability of the type it was given — with how many mentions and articles name it and the type built, and
 * gives the odds that its page is a real name of the right type. A name below the bar keeps its entity in graph.json
 * (`plainNames`, with its confidence and `noPage: "type-unsure"`) and gets no page, link or search record.
 *
 * Fitted at development time by `npm run eval:page-bar` (eval/page-bar.ts, `PAGE_BAR_WRITE=1`) on the TRAIN judgments
 * of tests/gold/pages-*.json (label: real and of the judged type), its penalty and its bar chosen by 5-fold
 * cross-validation on train; dev only checks it. Only the weights ship (page-bar.json).
 */
import { shippedJson } from '../util/shipped-json.ts';
import { logisticProbability, type Features, type LogisticWeights } from '../util/logistic.ts';
import type { EntityType } from '../types.ts';

/** The `noPage` reason of a name the bar takes. */
export const BAR_DENIAL = 'type-unsure';

/** What the bar reads of a name. */
export interface BarReading {
  /** The page model's confidence. */
  page: number;
  /** The type model's probability of the type built. */
  type: number;
  mentions: number;
  articles: number;
  built: EntityType;
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

export function barFeatures(r: BarReading): Features {
  return {
    'bar.page.logit': logit(r.page),
    'bar.type': r.type,
    'bar.type.logit': logit(r.type),
    'bar.mentions.log': Math.log(Math.max(1, r.mentions)),
    'bar.articles.log': Math.log(Math.max(1, r.articles)),
    'bar.articles.one': r.articles === 1 ? 1 : 0,
    'bar.one-article.type': r.articles === 1 ? r.type : 0,
    [`bar.built.${r.built}`]: 1,
  };
}

/** page-bar.json: the weights and the bar (the odds below which a name gets no page). */
export interface PageBar extends LogisticWeights {
  about: string;
  bar: number;
  /**
   * The odds below which a name with a page is no event's party (its page stands; events read its mentions as no
   * page's): at least `bar`, which it is unless told. A page costs a reader one wrong page; a party puts the name in an
   * event's title and participants, so it may ask more (chosen on the dev entity AND event pages, eval/page-bar.ts).
   */
  partyBar?: number;
}

/** The party bar of a page bar (its page bar unless it names a higher one). */
export const partyBar = (model: PageBar) => Math.max(model.bar, model.partyBar ?? model.bar);

export const barProbability = (model: PageBar, r: BarReading) => logisticProbability(model, barFeatures(r));

let shipped: PageBar | null = null;
/** The shipped weights (loaded once, on first use). */
export function shippedPageBar(): PageBar {
  shipped ??= shippedJson(new URL('./page-bar.json', import.meta.url)) as PageBar;
  return shipped;
}
