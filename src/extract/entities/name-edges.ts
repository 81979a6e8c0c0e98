/** Words at a name's edges that describe it and are no part of it: a title after it, a party member's word, what a person is said to be before the name. */
import { lexiconTags } from '../nlp.ts';
import { LEGAL_FORMS, isAcronym, isCapitalised } from '../shapes.ts';
import { usualCase } from '../ner/words.ts';
import { isStateName } from '../us-states.ts';
import { gazetteerKey, shippedGazetteers } from '../ner/gazetteer.ts';
import {
  CONNECTORS, PLACE_COMPOUND_PREFIXES, FUNCTION_WORDS, NAME_PARTICLES, ORG_FIRST, ORG_HEADS, PARTY_MEMBER_WORDS, PARTY_MEMBERS, PLACE_HEADS,
  TITLE_HEADS, TITLE_MODIFIERS, TRAILING_TITLES, isDemonymNoun,
} from '../lexicon.ts';
import type { Token } from './types.ts';
import { INITIAL, isNameWord, namesAThing, taggedDemonym } from './words.ts';

/** "Margaret Moran MP", "a Tory MP said", "the Apple CEO": a title after the name, with no name of its own after it. */
export function withoutTrailingTitle(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 1 && TRAILING_TITLES.has(tokens[end - 1]!.text)) end--;
  while (end > 1 && end < tokens.length && TITLE_MODIFIERS.has(tokens[end - 1]!.text) && !isAcronym(tokens[end - 1]!.text)) end--;
  if (end === tokens.length || ORG_HEADS.has(tokens[end - 1]!.text) || CONNECTORS.has(tokens[end - 1]!.text)) return tokens;
  return tokens.slice(0, end);
}

/** Two single capitals joined by "and", with or without periods, as a firm's founders are written ("Q. and R. Vellmark"). */
export const FOUNDERS_INITIALS = /(?:^|\s)\p{Lu}\.? and \p{Lu}\.?(?=\s|$)/u;

/**
 * How many words open `tokens` to say what the person after them is, not who: a party or its members (PARTY_MEMBER_WORDS:
 * "Liberal Democrat Charles Kennedy"), a nationality (the gazetteers' demonyms, from the world-countries package:
 * "Argentine Lucio Lopez", "New Zealander Graham Henry", "Americans John Sankus"), or one common noun news writes in
 * lower case (the case table learnt from unlabeled news: a position, a role, "Lock Alec Parker", "Staff Howard Baker")
 * that compromise does not know as a first name ("Mark Anthony Smith" keeps "Mark"). Only before a first name (compromise
 * or the gazetteers' first names, or an initial) and at least one more name word, none of them an organisation's head
 * or legal form ("American Frank Corp" is a firm). 0 when nothing describes. `before`: the word before the run, when a cut left a
 * demonym's first word there ("New | Zealander Graham Henry").
 */
export function describedPerson(tokens: Token[], before: Token | undefined): number {
  const n = describingWords(tokens, before);
  if (n === 0 || tokens.length === n) return 0;
  const rest = tokens.slice(n);
  const first = rest[0]!;
  // An initial opens a person's name as a first name does ("Texan Q. Vorn Quellan"); no body's name follows a
  // nationality so (its legal form or head word is checked below).
  const firstName = first.tags.has('FirstName') || (shippedGazetteers().entries.get(gazetteerKey(first.text))?.includes('FIRST') ?? false) || unseenFirstWord(rest) || INITIAL.test(first.text);
  // A word for one person of a nation ("Spaniard", "Frenchman") opens no firm's name as "American" does ("American
  // Express"): a surname alone after it is the person ("Spaniard Costa").
  const named = (rest.length >= 2 && firstName) || (n === 1 && isPersonOfANation(tokens[0]!));
  if (!named || first.possessive || rest.slice(0, -1).some((t) => t.possessive) || namesAThing(rest)) return 0;
  return rest.every((t) => isNameWord(t) && !LEGAL_FORMS.test(t.text) && !ORG_HEADS.has(t.text) && !PLACE_HEADS.has(t.text)) ? n : 0;
}

/**
 * "Brevshan Vackton", "Anuvrag Keshvap": a name of two or three plain words whose first word neither the case table
 * (learnt from unlabeled news) nor any shipped list nor compromise's lexicon has ever seen is most likely a person's
 * first name no list holds, as after "fellow American" or "Director": a firm's or a place's opening word is a word
 * news writes ("American Medical International", "British Caledonian Airways"). The rest must be plain name words
 * too, none an organisation's head, legal form or a place's head (`describedPerson` checks those).
 */
export function unseenFirstWord(rest: Token[]): boolean {
  if (rest.length < 2 || rest.length > 3 || !rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  // "Canadian Zorbix Mines": a word news writes in lower case, even sometimes, ends a firm's name; a surname news
  // writes capitalised or never ("Jones", "Keshvap").
  if (rest.slice(1).some((t) => (usualCase(t.text) ?? 'capital') !== 'capital')) return false;
  const first = rest[0]!.text;
  const known = [...lexiconTags(first)].some((x) => !['Noun', 'Singular', 'ProperNoun'].includes(x));
  return usualCase(first) === undefined && !shippedGazetteers().entries.has(gazetteerKey(first)) && !known;
}

/**
 * "Spaniard", "Swede", "Englishman", "Frenchwoman", "Dutchmen": a noun for people of a nation that is no adjective of
 * one. compromise's lexicon knows it as a demonym, the gazetteers' demonyms (adjectives, world-countries) do not list
 * it, and it ends in none of the suffixes of English adjectives of nations, "-an", "-ish", "-ch", "-ese", "-i", "-ic",
 * "-ine", "-o" ("African Facility", "Welsh Liberal Democrats", "Saudi Arabia", "Philippine Pesos" stay), "-man"
 * excepted: of compromise's 254 demonyms that leaves "Aussie", "Brit", "Croat", "Dane", "Englishman", "Irishman",
 * "Spaniard", "Swede" and plurals. Or it is one of the adjectives made a noun with "-man" or "-woman". A plain word
 * only: "Chinese-made" describes a thing.
 */
function isPersonOfANation(t: Token): boolean {
  if (t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const listed = (word: string) => shippedGazetteers().entries.get(gazetteerKey(word))?.includes('DEMONYM') ?? false;
  const singular = t.text.replace(/s$/, '');
  if (listed(t.text) || listed(singular)) return false;
  const made = /^(\p{Lu}\p{Ll}+?)(?:wo)?m[ae]n$/u.exec(t.text);
  if (made && listed(made[1]!)) return true;
  return (taggedDemonym(t.text) || taggedDemonym(singular)) && (!!made || !/(?:an|[sck]h|ese|i|ic|ine|o)$/.test(singular));
}

/** The describing words `describedPerson` reads at the start of `tokens` (party, nationality, or a common noun). */
function describingWords(tokens: Token[], before: Token | undefined): number {
  let party = 0;
  while (party < tokens.length && PARTY_MEMBER_WORDS.has(tokens[party]!.text) && !tokens[party]!.possessive) party++;
  if (party > 0) return party;
  const demonym = (words: Token[]) => {
    const key = words.map((t) => gazetteerKey(t.text)).join(' ');
    const lists = shippedGazetteers().entries.get(key) ?? shippedGazetteers().entries.get(key.replace(/s$/, ''));
    return (lists?.includes('DEMONYM') ?? false) && !words.some((t) => t.possessive);
  };
  if (tokens.length > 2 && demonym(tokens.slice(0, 2))) return 2;
  // compromise's demonyms hold those of states and cities the gazetteers' countries do not ("Californian", "Texan"),
  // and continents' ("European"): before a person's surnames, which news writes capitalised, not before a body's
  // words ("European Kira Rights Centre").
  const surnames = tokens.slice(2).every((t) => (usualCase(t.text) ?? 'capital') === 'capital');
  const lexiconDemonym = !tokens[0]!.possessive && surnames && taggedDemonym(tokens[0]!.text);
  // WordNet's nouns for a person of a nation or city ("Briton", "Welshman", "Londoner"): before a first name and more
  // (`describedPerson` asks for it) and surnames, as they stand before no body's words ("European Kira Rights Centre",
  // "Basque Varsmen Party").
  const demonymNoun = !tokens[0]!.possessive && surnames && isDemonymNoun(tokens[0]!.text);
  if (tokens.length > 1 && (demonym(tokens.slice(0, 1)) || lexiconDemonym || demonymNoun || isPersonOfANation(tokens[0]!) || (before && isCapitalised(before.text) && demonym([before, tokens[0]!])))) return 1;
  const [word] = tokens;
  if (!word || word.possessive || ['FirstName', 'Person', 'ProperNoun', 'Place', 'Organization'].some((x) => word.tags.has(x))) return 0;
  if (ORG_FIRST.has(word.text) || TITLE_HEADS.has(word.text) || TITLE_MODIFIERS.has(word.text) || FUNCTION_WORDS.has(word.text) || NAME_PARTICLES.has(word.text) || PLACE_COMPOUND_PREFIXES.has(word.text)) return 0;
  // A role compromise's lexicon knows as a person's ("Singer", "Champion": its tag Actor) that news writes as often
  // capitalised, mostly opening sentences and headlines, as not.
  const role = usualCase(word.text) === 'mixed' && lexiconTags(word.text).has('Actor');
  return usualCase(word.text) === 'lower' || role ? 1 : 0;
}

/**
 * "a Texas Democrat", "a New York Republican": the state a party member sits for, without the party member. (A
 * chamber's members, "Senate Republicans", are left whole: the tagger reads "Senate Republicans and House Democrats"
 * as one name once its parts are cut.)
 */
export function withoutPartyMember(text: string, tokens: Token[]): Token[] {
  if (tokens.length < 2 || !PARTY_MEMBERS.has(tokens.at(-1)!.text)) return tokens;
  const rest = tokens.slice(0, -1);
  return isStateName(text.slice(rest[0]!.start, rest.at(-1)!.end)) ? rest : tokens;
}
