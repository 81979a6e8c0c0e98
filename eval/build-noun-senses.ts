/**
 * Builds src/extract/noun-senses.json: the kind of thing each common noun of the word table (src/extract/ner/words.json,
 * the archive's most frequent words) names, as WordNet's lexicographer file of its senses — `group` ("firm", "bank",
 * "club"), `location` ("city", "town", "capital"), `person` ("chairman", "striker"), `communication` ("album", "film",
 * "report"), `artifact` ("ship", "car"), `act`, `event`, `possession` ("shares"), and so on. The type model reads the
 * nouns written around a name's mentions by this kind (`sense.<slot>.<kind>`: "a Houston investment firm" → the name
 * modifies a `group` noun; "the city of Arlen" → after a `location` noun): a word class, not a list of words, so what
 * the model learns of "firm" it applies to "carmaker" and "broker" (issue 15 item 2, the non-local features).
 *
 * A noun's kind is the file its senses are tagged most in SemCor (WordNet's index.sense); where SemCor tags none of
 * them, its first sense's. A word that is also a verb or an adjective keeps its noun
 * kind ("firm" `group`, "offer" `act`): the model reads it only where a noun stands (the noun a name is written before,
 * an apposition's head, what a possessive has) or beside the word itself. A plural of the table is read by its
 * singular ("shares" → "share"). Words of fewer than three letters are left out.
 *
 *   npm run build-noun-senses
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commonestFile, readSenses, readSynsets, senseCounts, singulars, writeWordnetTable } from './wordnet.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** WordNet's noun lexicographer files by number (lexnames). */
const LEX_FILES: Record<string, string> = {
  '03': 'tops', '04': 'act', '05': 'animal', '06': 'artifact', '07': 'attribute', '08': 'body', '09': 'cognition',
  '10': 'communication', '11': 'event', '12': 'feeling', '13': 'food', '14': 'group', '15': 'location', '16': 'motive',
  '17': 'object', '18': 'person', '19': 'phenomenon', '20': 'plant', '21': 'possession', '22': 'process',
  '23': 'quantity', '24': 'relation', '25': 'shape', '26': 'state', '27': 'substance', '28': 'time',
};

function nounSenses(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const counts = senseCounts(dict, '1');
  const table = JSON.parse(readFileSync(path.join(ROOT, 'src', 'extract', 'ner', 'words.json'), 'utf8')) as { clusters: Record<string, string> };
  const kindOf = (lemma: string): string | undefined => {
    const file = commonestFile(lemma, senses.get(lemma), counts, (o) => synsets.get(o)?.lexFile);
    return file ? LEX_FILES[file] : undefined;
  };
  const out: string[] = [];
  for (const word of Object.keys(table.clusters)) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const lemma = senses.has(word) ? word : singulars(word).find((s) => senses.has(s));
    const kind = lemma && kindOf(lemma);
    if (kind) out.push(`${word} ${kind}`);
  }
  return out.sort();
}

writeWordnetTable('src/extract/noun-senses.json',
  'Common nouns of the word table (src/extract/ner/words.json) with the kind of thing they name: WordNet\'s lexicographer file (noun.group, noun.location, noun.person, ...) of the senses SemCor tags most, words of three letters or more (eval/build-noun-senses.ts). Read by the type model (src/resolve/type-model.ts `senseFeatures`).',
  'senses', nounSenses, 'nouns with their kind');
