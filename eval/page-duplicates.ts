/**
 * Pages per real body (issue 15, session 49): the entity page measure beside precision that sees folds. Precision
 * over a sample keyed by (first article, name) cannot reward joining an acronym's page to its body's (a right page
 * leaves the sample, a right page stays), so this counts, over the sample's pages judged real names, those whose thing
 * is shown on more than one page: another page that names it in an article where both stand ("SEC" beside
 * "Securities and Exchange Commission", "Holmes" beside "Kelly Holmes", "Mont Beliview" beside "Mont Belvieu"). A
 * spelling a letter or two apart elsewhere in the archive is as often another thing ("Itel Corp", "Intel Corp";
 * "Woodridge", "Woodbridge": 3 of the 7 such pairs of the Reuters dev sample on main 08bacd7, 1 unsure), so only
 * pages that stand together count. The count is a finder's, not a judge's: on that sample 6 of its 8 pairs are one
 * thing, 2 are not ("Central Bank of Ceylon" and "Bank of Ceylon"; "World" of "World consumption" beside "Oil World").
 *
 * The tests of one thing are the project's own: the event pages' `namedTwice` (a surname, a name's initials, its end,
 * its plural), the bracketed short forms' `bracketedShortFor` (initials, word openings, capitals drawn from inside the
 * words) and an edit of one letter (two past ten letters). They are read with the key's judged type, never with a
 * sentence; every pair found is printed (`EVAL_PAGES_DUPLICATES=1`) so that the count can be checked by reading.
 */
import type { EntityType } from '../src/types.ts';
import { namedTwice } from '../src/resolve/participants.ts';
import { bracketedShortFor } from '../src/extract/entities/words.ts';
import { isAcronym } from '../src/extract/shapes.ts';
import { editDistance } from '../src/util/edit-distance.ts';

/** An entity as the measure reads it (graph.json version 1's shape). */
export interface ShownEntity {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
  page?: boolean;
  mentions: readonly { article: string; text: string }[];
}

/** A real name of the sample (its key and judged type) and the entity that shows it. */
export interface RealPage {
  key: string;
  type: EntityType;
  entity: ShownEntity;
}

export interface DuplicateReport {
  /** The sample's pages judged real names. */
  real: number;
  /** Those shown on more than one page, each with the other pages' names and the test that found them. */
  duplicated: { key: string; others: string[] }[];
  /** Pages per real body: the real pages and their other pages, over the real pages. */
  pagesPerBody: number;
}

/** Why a page shows the same thing as another, or undefined. */
export type SameThing = 'named twice' | 'short form' | 'spelling' | undefined;

const spellings = (e: ShownEntity) => [e.name, ...(e.aliases ?? [])];

/**
 * The test that finds `b` another page of `a`'s thing where both stand in one article (`together`), or undefined. A
 * short form is read from a page's name, not its other spellings ("US" is a spelling of the United States, and the
 * initials of "U.S. Sprint").
 */
export function sameThing(a: { entity: ShownEntity; type: EntityType }, b: ShownEntity, together: boolean): SameThing {
  if (!together) return undefined;
  // An acronym among a page's other spellings may be another body's ("LSE" of the London Stock Exchange and of the
  // London School of Economics): a short form is read from a page's name only.
  const shortOf = (e: ShownEntity) => spellings(e).filter((x) => x === e.name || !isAcronym(x));
  for (const x of spellings(a.entity)) for (const y of spellings(b)) {
    if ((shortOf(b).includes(y) && namedTwice({ name: y, type: b.type }, { name: x, type: a.type })) || (shortOf(a.entity).includes(x) && namedTwice({ name: x, type: a.type }, { name: y, type: b.type }))) return 'named twice';
  }
  if (spellings(a.entity).some((x) => isAcronym(b.name) && bracketedShortFor(b.name, x))) return 'short form';
  if (spellings(b).some((y) => isAcronym(a.entity.name) && bracketedShortFor(a.entity.name, y))) return 'short form';
  return b.type === a.type && spelledAlike(a.entity.name, b.name) ? 'spelling' : undefined;
}

/** Another spelling of one name: one letter's edit (or two neighbours swapped), two past ten letters; numbers aside. */
function spelledAlike(x: string, y: string): boolean {
  if (x === y || x.length < 6 || y.length < 6 || x[0] !== y[0] || /\d/.test(x + y)) return false;
  return editDistance(x.toLowerCase(), y.toLowerCase(), true) <= (Math.min(x.length, y.length) > 10 ? 2 : 1);
}

/** The real pages of a sample shown on more than one page of the archive's `pages`. */
export function duplicatePages(real: readonly RealPage[], pages: readonly ShownEntity[]): DuplicateReport {
  const byArticle = new Map<string, Set<ShownEntity>>();
  for (const p of pages) for (const m of p.mentions) {
    let at = byArticle.get(m.article);
    if (!at) byArticle.set(m.article, (at = new Set()));
    at.add(p);
  }
  const duplicated: DuplicateReport['duplicated'] = [];
  let shown = 0;
  for (const r of real) {
    const together = new Set(r.entity.mentions.flatMap((m) => [...(byArticle.get(m.article) ?? [])]));
    const others: string[] = [];
    for (const p of pages) {
      if (p === r.entity) continue;
      const why = sameThing(r, p, together.has(p));
      if (why) others.push(`${p.name} [${p.type}] (${why})`);
    }
    shown += 1 + others.length;
    if (others.length) duplicated.push({ key: r.key, others: others.sort() });
  }
  return { real: real.length, duplicated, pagesPerBody: real.length ? shown / real.length : 0 };
}
