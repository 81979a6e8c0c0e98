/**
 * `npm run build-compromise-demonyms`: builds src/extract/compromise-demonyms.json, the words compromise's lexicon
 * lists as a people's (its tag Demonym: "American", "Texan", "Europeans"), read from the compromise package
 * Chronicle tags with (src/extract/nlp.ts). Entity extraction asks whether compromise tags a word alone a Demonym
 * (`describingWords`, `isPersonOfANation`, `endsInDemonym`): compromise sets that tag from its lexicon only (its
 * suffix, regex, switch and post-tagger rules set no Demonym; its aliases and frozen words hold none), so a word of
 * letters this table does not list is no Demonym to it, and extraction asks it nothing about that word (a parse
 * spared: about 1,100 of 7,100 on 200 BBC stories). A word the table lists is still asked (compromise's answer in full).
 *
 * The build checks that claim against compromise itself: every word of letters in its lexicon or in the shipped case
 * table (src/extract/ner/words.json: the words of Reuters and BBC news, names compromise does not know among them)
 * that the table does not list, written capitalised and in lower case, must come out of compromise alone with no
 * Demonym; it fails otherwise.
 * Run after updating compromise; the table is what ships.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compromise, taggedTerms } from '../src/extract/nlp.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nlp = compromise();
const model = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]>; frozenLex: Record<string, string | string[]>; aliases: Record<string, string> } } }).model.one;
const listsDemonym = (tags: string | string[] | undefined) => tags !== undefined && [tags].flat().includes('Demonym');
const letters = (w: string) => /^[a-z]+$/.test(w);

const words = Object.keys(model.lexicon).filter((w) => letters(w) && listsDemonym(model.lexicon[w])).sort();
const listed = new Set(words);
const others = [...Object.entries(model.frozenLex), ...Object.entries(model.aliases)].filter(([w, t]) => listsDemonym(t) || listed.has(String(t)) || listed.has(w));
if (others.length > 0) throw new Error(`compromise's frozen words or aliases give Demonym: ${others.map(([w]) => w).join(', ')}`);
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
// Every word of letters compromise lists, and every one the shipped case table saw in news (names it does not know
// among them), written as extraction asks about them (lower case, and capitalised).
const caseTable = (JSON.parse(readFileSync(path.join(ROOT, 'src/extract/ner/words.json'), 'utf8')) as { case: Record<string, string[]> }).case;
const checked = [...new Set([...Object.keys(model.lexicon), ...Object.values(caseTable).flat().map((w) => w.toLowerCase())])].filter((w) => letters(w) && !listed.has(w));
const wrong = checked
  .flatMap((w) => [w, capitalised(w)])
  .filter((w) => taggedTerms(w).some((t) => t.tags.includes('Demonym')));
if (wrong.length > 0) throw new Error(`compromise tags Demonym words the table does not list: ${wrong.slice(0, 20).join(', ')}`);
const version = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version;
const table = {
  about: "Words compromise's lexicon lists as a people's (Demonym), in lower case (eval/build-compromise-demonyms.ts): a word of letters not listed is no Demonym to compromise, which extraction then need not ask.",
  source: `compromise ${version}`,
  words,
};
writeFileSync(path.join(ROOT, 'src/extract/compromise-demonyms.json'), `${JSON.stringify(table, null, 1)}\n`);
console.log(`${words.length} demonyms from compromise ${version}; checked against ${checked.length} other words (its lexicon's and the case table's), both cases`);
