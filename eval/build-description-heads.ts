/**
 * Builds src/extract/description-heads.json: the single-word nouns that, as the head of a definite description
 * ("the minister", "the carmaker"), stand for one person or for one organisation — the two classes a description of
 * a happening's main party is resolved in (src/extract/described-party.ts). From WordNet's lexicographer files:
 * noun.person for a person, and noun.group under "organization" (a group of people who work together) for a body
 * ("company", "bank", "club", "airline"; not a crowd or a class of things). A noun is put in the class its senses of
 * those two kinds are tagged most in SemCor (WordNet's index.sense), and only where those senses are tagged at least
 * as often as all its others ("bank" as a body, not as a river's side); where SemCor tags none of its senses, its
 * first sense decides. Singular nouns only: a plural ("the detainees") stands for no one party.
 *
 *   npm run build-description-heads
 */
import { ancestors, GROUP_FILE, PERSON_FILE, readSenses, readSynsets, senseCounts, writeWordnetTable } from './wordnet.ts';

function descriptionHeads(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const organization = senses.get('organization')![0]!;
  const counts = senseCounts(dict, '1');
  const classOf = (offset: string): 'person' | 'body' | undefined => {
    const s = synsets.get(offset);
    if (!s || s.instance) return undefined;
    if (s.lexFile === PERSON_FILE) return 'person';
    return s.lexFile === GROUP_FILE && ancestors(synsets, offset).has(organization) ? 'body' : undefined;
  };
  const out: string[] = [];
  for (const [word, offsets] of senses) {
    if (!/^[a-z]+$/.test(word)) continue;
    const tally = { person: 0, body: 0, other: 0 };
    for (const o of offsets) tally[classOf(o) ?? 'other'] += counts.get(`${word} ${o}`) ?? 0;
    let kind: 'person' | 'body' | undefined;
    if (tally.person + tally.body + tally.other === 0) kind = classOf(offsets[0]!);
    else if (Math.max(tally.person, tally.body) >= tally.other) kind = tally.person >= tally.body ? 'person' : 'body';
    if (kind) out.push(`${word} ${kind}`);
  }
  return out.sort();
}

writeWordnetTable('src/extract/description-heads.json',
  'Single-word nouns that head a description of one person ("person", WordNet noun.person) or one organisation ("body", noun.group under organization), by the class SemCor tags most (eval/build-description-heads.ts)',
  'heads', descriptionHeads, 'description heads');
