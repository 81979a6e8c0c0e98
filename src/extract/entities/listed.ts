/** What the shipped gazetteers and compromise's lexicon list a run of words as: a place, a firm, a person, a first name. */
import { lexiconTags, taggedTerms } from '../nlp.ts';
import { LEGAL_FORMS } from '../shapes.ts';
import { gazetteerKey, shippedGazetteers } from '../ner/gazetteer.ts';
import { ORG_HEADS, OTHER_HEADS, PLACE_HEADS } from '../lexicon.ts';
import type { Token } from './types.ts';

/** Every word of the name is a place's by compromise's lexicon ("New York", not "America Securities"), or it is a listed country. */
export function namesAPlaceWhole(name: string): boolean {
  if (gazetteerEntry(name.split(' ')).includes('COUNTRY')) return true;
  return taggedTerms(name).every((t) => ['Place', 'Country', 'City', 'Region'].some((x) => t.tags.includes(x)));
}

/**
 * Words that name a place or a firm of their own (compromise's lexicon, the shipped country, city and company lists,
 * or a body's head word: "Scottish National Party"): their possessive owns what follows, it does not open its name.
 */
export function namesAPlaceOrFirm(words: Token[], listedCities = true): boolean {
  return namesAListedPlace(words.map((t) => t.text).join(' '), listedCities) || namesAFirm(words);
}

/** A name opened by a first name (compromise's lexicon or the shipped list of first names). */
export function opensWithFirstName(name: string): boolean {
  const first = name.split(' ')[0]!;
  return lexiconTags(first).has('FirstName') || listedAs([first], 'FIRST');
}

/** A place by compromise's lexicon or the shipped country (and city) lists. */
export function namesAListedPlace(name: string, listedCities = true): boolean {
  if (['Place', 'Country', 'City', 'Region'].some((t) => lexiconTags(name).has(t))) return true;
  return gazetteerEntry(name.split(' ')).some((l) => l === 'COUNTRY' || (listedCities && l === 'CITY'));
}

/**
 * A country or a region (a state, a province) by the shipped country list or, every word of it, compromise's lexicon
 * ("Hong Kong", "Texas"; not "Japan Synthetic Rubber"): no firm's short form.
 */
export function namesACountryOrRegion(name: string): boolean {
  if (gazetteerEntry(name.split(' ')).includes('COUNTRY')) return true;
  return taggedTerms(name).every((t) => t.tags.includes('Country') || t.tags.includes('Region'));
}

/** Words that name a firm or a body of their own (compromise's lexicon, the shipped company list, a body's head word). */
function namesAFirm(words: Token[]): boolean {
  if (lexiconTags(words.map((t) => t.text).join(' ')).has('Organization')) return true;
  if (words.length > 1 && ORG_HEADS.has(words.at(-1)!.text)) return true;
  return listedAs(words.map((t) => t.text), 'COMPANY');
}

/**
 * "Ricky Gervais", "Elfyn Llwyd": two or three capitalised words opened by a first name (compromise's lexicon or the
 * shipped first-name list) and ending in no head word or legal form, which no name of a thing ends in a person's way.
 */
export function namesAPerson(words: Token[]): boolean {
  if (words.length < 2 || words.length > 3 || words.some((t) => !/^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  const last = words.at(-1)!.text;
  if (ORG_HEADS.has(last) || LEGAL_FORMS.test(last) || OTHER_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  return words[0]!.tags.has('FirstName') || listedAs([words[0]!.text], 'FIRST');
}

/** The shipped gazetteers' lists ('FIRST', 'COMPANY', 'CITY', …) that hold the words as one entry. */
const gazetteerEntry = (words: readonly string[]) => shippedGazetteers().entries.get(words.map(gazetteerKey).join(' ')) ?? [];
/** Whether the shipped gazetteers list the words, as one entry, in `list`. */
const listedAs = (words: readonly string[], list: string) => gazetteerEntry(words).includes(list);
