/**
 * The state a headline writes as its subject that the lede writes only by a demonym or a description (issue 19's
 * missing party, session 47, evt107): "VENEZUELA APPROVES WAGE INCREASES" over "Venezuelan president … approved",
 * "U.S. PROBES …" over "Federal law enforcement authorities said they began …". The headline's names are no mentions
 * of the article's text (an entity page's evidence is its text), so the state is found as an entity of the build: one
 * the article names elsewhere by a name of the country, else the build's paged place of that name.
 */
import type { ArticleExtraction, Sentence } from '../../types.ts';
import { STATE_DESCRIPTION_WORDS, SUBORDINATE_OPENERS } from '../../extract/lexicon.ts';
import { headlineSubject, wordsIn } from '../../extract/headline-subject.ts';
import { datelineLength } from '../../extract/dateline.ts';
import { posTerms } from '../../extract/pos-tagger.ts';
import { shippedJson } from '../../util/shipped-json.ts';
import { triggerAt } from '../lede-roles.ts';
import type { ResolveInput } from './types.ts';

/** A country by its names (lower case, no dots) and its demonyms, and whether it is a dependent territory (src/resolve/events/countries.json, eval/build-countries.ts). */
export interface Country { name: string; names: string[]; demonyms: string[]; dependent?: boolean }

export const COUNTRIES = (shippedJson(new URL('./countries.json', import.meta.url)) as { countries: Country[] }).countries;
const COUNTRY_BY_NAME = new Map(COUNTRIES.flatMap((c) => c.names.map((n) => [n, c] as const)));
const COUNTRY_BY_OWN_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));

/** The table's country of this name (`Country.name`), as the headline memo keeps it (src/resolve/headline-memo.ts). */
export const countryNamed = (name: string): Country | undefined => COUNTRY_BY_OWN_NAME.get(name);

/** The headline's country, kept from earlier builds when the input has the headline memo. */
const countryOf = (input: ResolveInput, headline: string): Country | undefined => (input.headlines ? input.headlines.country(headline) : headlineCountry(headline));

/** How the table writes a name: lower case, no dots, one space ("U.S." → "us"). */
export const nameKey = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();

/** The most words a country's name in a headline has ("UNITED ARAB EMIRATES"). */
const MOST_WORDS = 4;

/** The headline's subject as a country the table knows ("VENEZUELA APPROVES …", "U.S. TO SELL …"), if it opens with one. */
export function headlineCountry(headline: string): Country | undefined {
  const words = headline.trim().split(/\s+/);
  for (let n = Math.min(MOST_WORDS, words.length - 1); n >= 1; n--) {
    const written = words.slice(0, n).join(' ');
    const country = COUNTRY_BY_NAME.get(nameKey(written));
    if (country && headlineSubject(headline, written)) return country;
  }
  return undefined;
}

/** Each input's paged places by their name's key (one map per input's entity names). */
const PLACES = new WeakMap<Map<string, string>, Map<string, string>>();
function placesByName(input: ResolveInput): Map<string, string> {
  const names = input.entityNames ?? new Map<string, string>();
  let places = PLACES.get(names);
  if (!places) {
    places = new Map();
    for (const [id, name] of [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (input.entityTypes?.get(id) === 'place' && !places.has(nameKey(name))) places.set(nameKey(name), id);
    PLACES.set(names, places);
  }
  return places;
}

/**
 * The entity of the country the article's headline writes as its subject, if the build has one: a place the article
 * names by one of the country's names (the article's own entity: "U.S." later in the story), else the build's paged
 * place whose name is one of them. A function of the headline, the article's names' entities and the build's places:
 * the party memo keeps an article's parties under it (src/resolve/party-memo.ts).
 */
export function headlinePlace(input: ResolveInput, x: ArticleExtraction, ids: readonly (string | null)[], headline: string): string | undefined {
  const country = countryOf(input, headline);
  return country && countryPlace(input, x, ids, country);
}

/**
 * The entity of a country, if the build has one: a place the article names by one of the country's names, else the
 * build's paged place whose name is one of them (`headlinePlace`; a state written by its demonym, demonym-posts.ts).
 */
export function countryPlace(input: ResolveInput, x: ArticleExtraction, ids: readonly (string | null)[], country: Country): string | undefined {
  const names = new Set(country.names);
  const own = x.entities.findIndex((m, i) => ids[i] && input.entityTypes?.get(ids[i]!) === 'place' && names.has(nameKey(m.text)));
  if (own >= 0) return ids[own]!;
  const places = placesByName(input);
  return country.names.map((n) => places.get(n)).find((id) => id !== undefined);
}

/**
 * The lede writes the headline's country only by a demonym of it or a state's description as its doer: before the
 * trigger (after the dateline) it writes a demonym of the country ("Venezuelan president", "The Spanish cabinet",
 * "Iraqi warplanes") or a word of STATE_DESCRIPTION_WORDS ("authorities", "the central bank"), and no name of the
 * country itself nor any other place or body than a state's ("Japanese trading house Mitsui": the firm acts, not
 * Japan; "The U.S. Treasury": the state's body is named, and is the party), nor a word opening a clause of condition or
 * time (SUBORDINATE_OPENERS: the trigger is then another clause's).
 */
export function ledeDescribesCountry(x: ArticleExtraction, ids: readonly (string | null)[], input: ResolveInput, sentence: Sentence, trigger: string, headline: string): boolean {
  const country = countryOf(input, headline);
  if (!country) return false;
  const from = datelineLength(sentence.text);
  const at = doerEnd(sentence.text, from, trigger);
  if (at < 0) return false;
  const doer = sentence.text.slice(from, at);
  if (country.names.some((n) => wordsIn(nameKey(doer), n))) return false;
  const before = x.entities.flatMap((m, i) => (m.sentence === sentence.index && m.start >= sentence.start + from && m.end <= sentence.start + at ? [{ m, type: (ids[i] && input.entityTypes?.get(ids[i]!)) || m.type }] : []));
  if (!before.every(({ m, type }) => ofState(m.text, type))) return false;
  const words = doer.split(/[^\p{L}'’-]+/u).filter(Boolean);
  // (A trigger after a clause of condition or time has opened tells that clause's happening, not the doer's: "The
  // government will take emergency measures if the present wave of violent protest …".)
  if (words.some((w) => SUBORDINATE_OPENERS.has(w.toLowerCase()))) return false;
  return country.demonyms.some((d) => new RegExp(String.raw`(?<!\p{L})${d}(?!\p{L})`, 'u').test(doer)) || words.some((w) => STATE_DESCRIPTION_WORDS.has(w.toLowerCase()));
}

/**
 * Where the lede's doer ends: at its trigger, or, for a news told by no word the taxonomy knows (an empty trigger),
 * at the first verb after the dateline ("… president Ann Vell approved …").
 */
function doerEnd(text: string, from: number, trigger: string): number {
  const at = triggerAt(text, trigger);
  if (at >= 0 || trigger.trim() !== '') return at;
  const verb = posTerms(text.slice(from)).find((t) => t.tags.includes('Verb'));
  return verb ? from + verb.offset.start : -1;
}

/**
 * A name the lede's doer may hold though the state is the party: a person (its post's holder: "Venezuelan president
 * Jaime Lusinchi") or a state's body its name calls by an organ's word first or last ("Central Bank", "Finance Ministry").
 */
function ofState(name: string, type: string): boolean {
  if (type === 'person') return true;
  const words = name.toLowerCase().split(/\s+/);
  return type === 'organization' && (STATE_DESCRIPTION_WORDS.has(words[0]!) || STATE_DESCRIPTION_WORDS.has(words.at(-1)!));
}
