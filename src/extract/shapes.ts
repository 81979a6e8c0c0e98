/** Word shapes that name extraction and its evidence rules read. */
import { alternation, LEGAL_FORMS as LEGAL_FORM_WORDS, NAME_PARTICLES } from './lexicon.ts';
import { usualCase } from './ner/words.ts';

/** A particle joined by a hyphen or apostrophe to a capitalised word ("al-Sisi", "d'Alema") is capitalised too. */
const PARTICLE_PREFIXED = new RegExp(`^(?:${[...NAME_PARTICLES, 'd', 'l'].join('|')})[-'’]\\p{Lu}`, 'u');
/**
 * A brand written with the prefix "i" or "e" in lower case before a capitalised word ("iPhone", "iTunes", "eBay",
 * "eToys", "iRiver", "eDonkey"): a name by its shape, as news writes it; CoNLL's 1996 text has no such word to learn.
 * Only those two prefixes: in Reuters and BBC every other lower-case letter before a capital is a typing slip ("bLife",
 * "dDrinks", "yOrk") or two words run together ("ofTexas", "atLabour's"), and "de", "du", "di" are particles of
 * surnames ("deRose"). What follows the prefix is a word of the case table ("Pod", "Bay", "Toys"), as a brand's is, not
 * the rest of a word with a capital slipped in ("eLections"); at least two lower-case letters keep units ("kWh") out.
 */
const PREFIXED_BRAND = /^[ie](\p{Lu}\p{Ll}{2,})(?:['’]s)?$/u;
export function isLowerInitialBrand(w: string): boolean {
  const m = PREFIXED_BRAND.exec(w);
  return m !== null && usualCase(m[1]!) !== undefined;
}
export const isCapitalised = (w: string) => /^[\p{Lu}]/u.test(w) || /^\p{N}+\p{L}/u.test(w) || PARTICLE_PREFIXED.test(w) || isLowerInitialBrand(w);
/** A country's or a body's dotted initials ("U.S.", "U.K.", "E.C."): wire copy recased from capitals opens the word after them with a capital. */
export const isDottedInitials = (w: string) => /^(?:\p{Lu}\.){2,}$/u.test(w);
export const isAcronym = (w: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u.test(w);
export const isCamelCase = (w: string) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}\p{Ll}/u.test(w);

/**
 * The Danish and Norwegian legal forms written with a slash ("Norsk Hydro A/S", a partnership's "I/S" or "K/S"): one
 * word, where any other slash parts two names ("Vellan Cities/QRB Inc").
 */
export const SLASHED_LEGAL_FORM = /[AIK]\/S(?![\p{L}\p{N}])/u;
/** A word that is a company's legal form ("Inc", "GmbH", a limited partnership's "L.P", "Williams Cos"), with or without its period: the lexicon's list. */
export const LEGAL_FORMS = new RegExp(`^(?:${alternation(LEGAL_FORM_WORDS)})\\.?$`);
/** A name whose last word is a company's legal form ("Apple Inc.", "Dome Petroleum Ltd"). */
export const endsWithLegalForm = (name: string) => LEGAL_FORMS.test(name.slice(name.lastIndexOf(' ') + 1));

/** A word ending in a lower-case hyphenated part: "Israel-based", "English-speaking", "A-rating". */
const DESCRIBING_COMPOUND = /^[\p{Lu}\p{N}][\p{L}\p{N}.]*-(\p{Ll}+)$/u;
/**
 * A word that describes rather than names: its hyphenated part is a word news writes in lower case (the case table):
 * "Israel-based", "Edelman-led", "Kong-listed"; not "Ka-shing" of "Li Ka-shing".
 */
export function describingCompound(word: string): boolean {
  const m = DESCRIBING_COMPOUND.exec(word);
  return m !== null && usualCase(m[1]!) === 'lower';
}

/**
 * A describing compound whose lower-case part is a participle ("Israel-based", "Edelman-led", "Kong-listed",
 * "English-speaking"): inside or after a name's first word only such a word describes; a syllable of a Korean given
 * name can be an English word in lower case ("Park Sung-sang", "sang") and names no description.
 */
export function describingParticiple(word: string): boolean {
  return describingCompound(word) && /(?:ed|ing)$/.test(DESCRIBING_COMPOUND.exec(word)![1]!);
}
