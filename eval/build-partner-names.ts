/**
 * `npm run build-partner-names`: learns, from unlabeled news (Reuters-21578 and BBC in ../shared/corpus, read at run
 * time), the names of two partners joined by "and" that news writes with no legal form after them ("Duff and
 * Phelps", "Standard and Poor's", "Coopers and Lybrand"), and writes them to src/extract/partner-names.json. Only the
 * table ships, never text.
 *
 * A pair "X and Y" of two single capitalised words, inside a sentence (not after its punctuation), with no
 * capitalised word glued before X, is one name when news writes it in at least MIN_PARAGRAPHS paragraphs and the
 * second word is, in most of its capitalised uses inside a sentence (SHARE), written right after "X and": it names
 * nothing on its own. Two names of a list fail there ("Egypt and Jordan", "Viacom and Sony": "Jordan" and "Sony" are
 * mostly written alone), however often the pair recurs; two names written together once or twice are not counted.
 * Nor is a pair whose X mostly ends a longer name joined by "of" ("Bay of Plenty and Waikato"), one written the other
 * way round too (REVERSED_SHARE).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/extract/ner/index.ts';
import { isAllCaps } from '../src/extract/ner/tagger.ts';
import { FIRM_NAME_ENDS, FUNCTION_WORDS } from '../src/extract/lexicon.ts';
import { LEGAL_FORMS } from '../src/extract/shapes.ts';
import { partnerKey } from '../src/extract/partner-names.ts';
import { newsParagraphs } from '../bench/corpora.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Pairs written in fewer paragraphs than this are left out: too few to tell a name from two names met once. */
const MIN_PARAGRAPHS = 4;
/** The least share of the second word's capitalised uses that come right after "X and". */
const SHARE = 0.5;
/**
 * Two people or two firms named side by side are written in either order ("Varga and Pell", "Pell and
 * Varga"); the partners of one name keep theirs. A pair written the other way round in this share of its paragraphs
 * or more is two names ("Trade and Tariffs", 4 beside 118, is a slip of one).
 */
const REVERSED_SHARE = 0.1;
/**
 * Pairs judged two names by a reader, left out of the table: none. Pairs read in the evaluation corpora may not be
 * listed here (no list names anything because an evaluation file holds it); a user's own go in content/ curation.
 */
const READ_AS_TWO: ReadonlySet<string> = new Set();

const capitalised = (w: string | undefined) => !!w && /^\p{Lu}\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w);
/** Whether the word at i is inside a sentence: a word before it that is no sentence's or quote's punctuation. */
const inside = (words: string[], i: number) => i > 0 && !/^[.!?:;"“”'‘’(\[-]$/.test(words[i - 1]!);

interface Pair { paragraphs: number; first: string; second: string; endingLonger: number }

/** The pairs "X and Y" of `paragraphs` that may be one name, and each capitalised word's uses as a name alone. */
function countPairs(paragraphs: Iterable<string>): { pairs: Map<string, Pair>; usesOf: Map<string, number> } {
  const pairs = new Map<string, Pair>();
  const usesOf = new Map<string, number>();
  for (const p of paragraphs) {
    const words = tokenize(p).map((t) => t.text);
    if (isAllCaps(words)) continue;
    const seen = new Set<string>();
    words.forEach((w, i) => {
      if (!capitalised(w) || !inside(words, i)) return;
      // Uses of the word as a name alone: "Quarle" of "Quarle Dunmore" or "Edith Quarle" is another name's word.
      if (!capitalised(words[i + 1]) && !capitalised(words[i - 1])) usesOf.set(w, (usesOf.get(w) ?? 0) + 1);
      const [first, and] = [words[i - 2], words[i - 1]];
      if (and !== 'and' || !capitalised(first) || !inside(words, i - 2) || capitalised(words[i - 3])) return;
      // The pair ends the name, or a legal form does ("Brasker and Tolm Plc"); "Salt and Northern Gas" is another name.
      if (capitalised(words[i + 1]) && !LEGAL_FORMS.test(words[i + 1]!)) return;
      // "and Co", "and Sons" end a firm by their own rule (src/extract/entities/connectors.ts `connectorJoins`).
      if (LEGAL_FORMS.test(w) || FIRM_NAME_ENDS.has(w)) return;
      const key = partnerKey(first!, w);
      if (seen.has(key)) return;
      seen.add(key);
      const pair = pairs.get(key) ?? { paragraphs: 0, first: first!, second: w, endingLonger: 0 };
      pair.paragraphs++;
      // "the Bay of Plenty and Waikato regions": X ends a longer name joined to it by "of".
      if (words[i - 3] === 'of' && capitalised(words[i - 4])) pair.endingLonger++;
      pairs.set(key, pair);
    });
  }
  return { pairs, usesOf };
}

/** The names of partners news writes in `paragraphs`, as the table keys them (`partnerKey`), sorted. */
export function learnPartnerNames(paragraphs: Iterable<string>, readAsTwo: ReadonlySet<string> = READ_AS_TWO): string[] {
  const { pairs, usesOf } = countPairs(paragraphs);
  /** The larger share of either partner's uses that the pair makes: one of them names nothing on its own. */
  const share = ({ paragraphs, first, second }: Pair) => paragraphs / Math.min(usesOf.get(first)!, usesOf.get(second)!);
  /** Paragraphs writing the pair the other way round ("Thanou and Kenteris"). */
  const reversed = ({ first, second }: Pair) => (partnerKey(first, second) === partnerKey(second, first) ? 0 : pairs.get(partnerKey(second, first))?.paragraphs ?? 0);
  const oneName = (key: string, pair: Pair) =>
    pair.paragraphs >= MIN_PARAGRAPHS && share(pair) >= SHARE && pair.endingLonger * 2 <= pair.paragraphs && reversed(pair) < REVERSED_SHARE * pair.paragraphs && !readAsTwo.has(key);
  return [...pairs].filter(([key, pair]) => oneName(key, pair)).map(([key]) => key).sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const named = learnPartnerNames(newsParagraphs());
  const about = 'Names of two partners joined by "and" (lowercased), learned from unlabeled news by npm run build-partner-names (eval/build-partner-names.ts).';
  writeFileSync(path.join(ROOT, 'src', 'extract', 'partner-names.json'), `${JSON.stringify({ about, names: named }, null, 1)}\n`);
  console.error(`${named.length} names of partners`);
}
