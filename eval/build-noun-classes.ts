/**
 * Builds src/resolve/noun-classes.json: for each noun of one word (the word table's, src/extract/ner/words.json, and
 * every WordNet lemma with its regular plural), the WordNet classes above the senses SemCor tags at least half as often
 * as its most tagged (its first sense where SemCor tags none), among a short list of anchors: `facility` ("airport",
 * "museum"), `structure` ("hotel", "stadium", "refinery", "tower"), `excavation` ("mine"), `road` ("street"), `craft`
 * ("ship", "tanker", "helicopter"), `vehicle`, `device`, `commodity`, `creation` ("film", "magazine"), `institution`,
 * `business` ("firm"), `organization`, `region`, `geographical_area`, `body_of_water`, and `person` (the word table's
 * words only). The lexicographer file (noun-senses.json) puts an airport, a tanker and a watch alike in noun.artifact;
 * the judged pages type a facility a place, a vessel or a product other (issue 15, session 41, ent75). Read by the type
 * model (src/resolve/type-model.ts `headFeatures`, `senseFeatures`): the class of a name's head word and of the nouns
 * written beside it. A plural is read by its singular.
 *
 *   npm run build-noun-classes
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ancestors, readSenses, readSynsets, regularPlural, senseCounts, singulars, writeWordnetTable } from './wordnet.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The anchors, each a lemma and its sense number in WordNet (index.noun order), named as the feature is. */
const ANCHORS: readonly (readonly [string, string, number])[] = [
  ['facility', 'facility', 1], ['structure', 'structure', 1], ['excavation', 'excavation', 3], ['road', 'road', 1],
  ['craft', 'craft', 2], ['vehicle', 'vehicle', 1], ['device', 'device', 1], ['commodity', 'commodity', 1],
  ['creation', 'creation', 2], ['institution', 'institution', 1], ['business', 'business', 1],
  ['organization', 'organization', 1], ['region', 'region', 1], ['geographical_area', 'geographical_area', 1],
  ['body_of_water', 'body_of_water', 1], ['person', 'person', 1],
  // Things news names that are no body (issue 15, session 47, ent86): a name headed by "Code", "Act" or "System", or
  // described as a drug or a chemical, is judged other, while the lexicographer file reads "code" and "act" as
  // communication and "law" as a group, as it reads "Programme" and "Service", heads of bodies.
  ['drug', 'drug', 1], ['chemical', 'chemical', 1], ['written_communication', 'written_communication', 1],
  ['legal_document', 'legal_document', 1], ['collection', 'collection', 1], ['software', 'software', 1],
  ['plan_of_action', 'plan_of_action', 1], ['instrumentality', 'instrumentality', 3],
];

/**
 * Anchors read over every sense of a noun, not only those SemCor tags most, as `<anchor>_sense` (session 47, ent86):
 * "maker", whose commonest sense is a person, names the manufacturer in "the French drug maker X"; "house" a
 * publisher. The describing nouns of news read in their business sense far more often than SemCor's texts do.
 */
const ANY_SENSE_ANCHORS: readonly (readonly [string, string, number])[] = [['business_sense', 'business', 1]];

function nounClasses(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const counts = senseCounts(dict, '1');
  const anchors = ANCHORS.map(([name, lemma, sense]) => [name, senses.get(lemma)![sense - 1]!] as const);
  const anyAnchors = ANY_SENSE_ANCHORS.map(([name, lemma, sense]) => [name, senses.get(lemma)![sense - 1]!] as const);
  const table = JSON.parse(readFileSync(path.join(ROOT, 'src', 'extract', 'ner', 'words.json'), 'utf8')) as { clusters: Record<string, string> };
  const out: string[] = [];
  // The word table's nouns, and every noun of WordNet of one word (with its regular plural): the heads of names are
  // often rarer than the table's words ("Tower", "Museum", "Arena", "Frigate").
  const words = new Set([...Object.keys(table.clusters), ...[...senses.keys()].flatMap((w) => [w, regularPlural(w)])]);
  for (const word of [...words].sort()) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const lemma = senses.has(word) ? word : singulars(word).find((s) => senses.has(s));
    const offsets = lemma ? senses.get(lemma)! : [];
    if (!offsets.length) continue;
    // The senses SemCor tags at least half as often as its most tagged ("vessel": a vein and a ship, 6 each; "bank": a
    // slope 25, a bank 20); a word SemCor never tags: its first sense (WordNet orders senses by frequency).
    const tags = offsets.map((o) => counts.get(`${lemma} ${o}`) ?? 0);
    const most = Math.max(...tags);
    const read = most ? offsets.filter((_, i) => tags[i]! * 2 >= most) : [offsets[0]!];
    const above = new Set(read.flatMap((o) => [...ancestors(synsets, o)]));
    // `person` only for the table's words ("brothers", "partners"): of WordNet's other nouns it is thirteen thousand
    // words for people ("abbess", "abecedarian") that head no name.
    const anyAbove = new Set(offsets.flatMap((o) => [...ancestors(synsets, o)]));
    const classes = [
      ...anchors.filter(([name, o]) => above.has(o) && (name !== 'person' || word in table.clusters)).map(([name]) => name),
      ...anyAnchors.filter(([, o]) => anyAbove.has(o)).map(([name]) => name),
    ];
    if (classes.length) out.push(`${word} ${classes.join(' ')}`);
  }
  return out.sort();
}

writeWordnetTable('src/resolve/noun-classes.json',
  'Nouns of one word (the word table\'s, src/extract/ner/words.json, and WordNet\'s) with the WordNet classes above its senses SemCor tags at least half as often as its most tagged, among a short list of anchors (facility, structure, excavation, road, craft, vehicle, device, commodity, creation, institution, business, organization, region, geographical_area, body_of_water, person, drug, chemical, written_communication, legal_document, collection, software, plan_of_action, instrumentality), and business_sense where any of its senses is a business: eval/build-noun-classes.ts. Read by the type model (src/resolve/type-model.ts) as the class of a name\'s head word and of the nouns beside it. No text.',
  'classes', nounClasses, 'nouns with their classes');
