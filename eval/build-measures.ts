/**
 * `npm run build-measures`: learns, from unlabeled news (Reuters-21578 and BBC in ../shared/corpus, read at run time),
 * the nouns that name a measure — what a figure's report is about — and writes them to src/extract/measures.json.
 * Only the table ships, never text. A measure is a noun seen as the subject of a figure's move with an amount right
 * after it, in its shape: "exports rose 10 pct", "reserves fell to 51 billion dlrs", "output averaged 2.1 mln" (a move
 * verb of FIGURE_VERBS, then at most a few amount words — "to", "by", "a seasonally adjusted", "a record" — and a
 * number), compromise reading the word before the verb as a noun. A noun seen so `MIN_SEEN` times or more is a
 * measure, less a company's results (RESULTS in src/extract/lexicon.ts: what a company did is its news, though "net
 * profit rose 10 pct" has the same shape). `MIN_SEEN` was chosen on the judged development pages (see the README).
 * `npm run build-measures -- --check` learns the table again and fails, writing nothing, if it differs from the shipped
 * one (a full corpus pass, ~35 s: an evaluation check, not a unit test).
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { taggedTerms } from '../src/extract/nlp.ts';
import { RESULTS } from '../src/extract/lexicon.ts';
import { figureMoveAt, headOfSubject } from '../src/extract/news-kind.ts';
import { newsParagraphs } from '../bench/corpora.ts';
import { bareWord } from '../src/extract/news-kind.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MIN_SEEN = Number(process.env.MIN_SEEN ?? 8);
/** The nouns seen as a figure's subject in paragraphs, with how often. */
export function countMeasures(paragraphs: Iterable<string>): Map<string, number> {
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    const words = p.split(/\s+/).map(bareWord);
    const at = words.flatMap((_, i) => (figureMoveAt(words, i) && headOfSubject(words, i) ? [i - 1] : []));
    if (at.length === 0) continue;
    const nouns = nounsOf(p);
    for (const i of at) {
      const noun = words[i]!;
      if (nouns.has(noun)) seen.set(noun, (seen.get(noun) ?? 0) + 1);
    }
  }
  return seen;
}

/** compromise's tags of nouns that name no measure: pronouns, times ("exports last year rose"), units, numbers. */
const NOT_MEASURES = new Set(['Pronoun', 'Date', 'Duration', 'Unit', 'Value', 'Month', 'WeekDay']);

/** The words compromise reads as common nouns in a paragraph, less those. */
function nounsOf(paragraph: string): Set<string> {
  const terms = taggedTerms(paragraph);
  const common = (t: { tags: readonly string[] }) => t.tags.includes('Noun') && !t.tags.some((tag) => NOT_MEASURES.has(tag));
  return new Set(terms.filter(common).map((t) => bareWord(t.text)));
}

/** The measures: nouns seen `min` times or more, less a company's results, sorted. */
export function learnMeasures(paragraphs: Iterable<string>, min = MIN_SEEN): string[] {
  return [...countMeasures(paragraphs)].filter(([w, n]) => n >= min && !RESULTS.has(w)).map(([w]) => w).sort();
}

export interface MeasuresTable { minSeen: number; words: string[] }
const SHIPPED = path.join(ROOT, 'src/extract/measures.json');
export const shippedMeasures = (): MeasuresTable => JSON.parse(readFileSync(SHIPPED, 'utf8')) as MeasuresTable;

/** Exit status 1, with the words that differ, when the table learned at the shipped threshold is not the shipped one. */
function checkShipped(): void {
  const shipped = shippedMeasures();
  const learned = learnMeasures(newsParagraphs(), shipped.minSeen);
  const extra = learned.filter((w) => !shipped.words.includes(w));
  const gone = shipped.words.filter((w) => !learned.includes(w));
  if (extra.length + gone.length === 0 && shipped.minSeen === MIN_SEEN) return console.error(`measures.json is current (${learned.length} measures)`);
  console.error(`measures.json is stale: rebuild with npm run build-measures (minSeen ${shipped.minSeen}, default ${MIN_SEEN}; ` +
    `learned, not shipped: ${extra.join(' ') || '-'}; shipped, not learned: ${gone.join(' ') || '-'})`);
  process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) checkShipped();
  else {
    const words = learnMeasures(newsParagraphs());
    writeFileSync(SHIPPED, `${JSON.stringify({ minSeen: MIN_SEEN, words })}\n`);
    console.error(`${words.length} measures (seen ${MIN_SEEN} times or more)`);
  }
}
