/**
 * `node --import tsx eval/span-stages.ts [dev|train|both]` (after `npm run eval:pages`, whose graphs it reads, and each fresh
 * slice's graph as eval/page-misses.ts says): where
 * the judged not-names that still get a page come from (issue 15 item 4, session 34). For each entity page whose key
 * is judged no name (tests/gold/pages-*.json), in the dev or the train split only (test keys are never read), it tells
 * - its SHAPE, from the sentence of its judged mention: `cut` (the name goes on: a capitalised word (or a number after
 *   it), or "of", "of the", "and", "&", "de" and a capitalised word, or a possessive and one, written right before or
 *   after it), `glued` (an edge word is one news writes in lower case: the case table — "Former", "Locals"), `whole`
 *   (neither: a common word, a code, a misspelling, a term — the span is as written, and the page decision's to refuse);
 * - its STAGE: what the tagger (src/extract/ner) reads on that sentence alone — the same span (`tagger`), a longer one
 *   the rules cut (`rules cut the tagger's span`), a shorter one or several the rules joined or extended (`rules
 *   joined/extended`), or nothing there (`rules alone`). (The extraction reads the whole article at once, so the
 *   sentence alone is the tagger's reading without its document context: close, not the same.)
 * It prints the counts by split, shape and stage, and each key (article id and name only; no sentence).
 * `SPAN_STAGES_REAL=1` counts the judged real names instead (how often each stage's span is right).
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import { readNames } from '../src/extract/ner/index.ts';
import { usualCase } from '../src/extract/ner/words.ts';
import { countryInitials, gazetteerKey, shippedGazetteers } from '../src/extract/ner/gazetteer.ts';
import { TITLE_HEADS } from '../src/extract/lexicon.ts';
import { LEGAL_FORMS } from '../src/extract/shapes.ts';
import { entityKey, judgmentKey, PAGE_SLICES, readJudgments, splitOf, type Split } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CAP = String.raw`(?:\p{Lu}[\p{L}\p{N}.&'-]*)`;
const GOES_ON_AFTER = new RegExp(String.raw`^(?:'s?)?\s(?:(?:of|of the|and|&|de)\s)?(?:${CAP}|\p{N})`, 'u');
const GOES_ON_BEFORE = new RegExp(String.raw`${CAP}\)?(?:'s?)?\s(?:(?:of|of the|and|&|de)\s)?$`, 'u');

/** The shape, a cut with what joins the name's words on ("and", "of", "'s", a word, a number). */
export function shapeOf(sentence: string, at: number, text: string): string {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + text.length);
  const link = (m: RegExpExecArray) => (/\s(?:and|&)\s/.test(m[0]) ? 'and' : /\s(?:of|of the|de)\s/.test(m[0]) ? 'of' : /'s?\s/.test(m[0]) ? "'s" : /\p{N}/u.test(m[0]) ? 'number' : 'word');
  const next = GOES_ON_AFTER.exec(after);
  if (next) return `cut (${link(next)})`;
  // A capitalised word before counts inside the sentence's running text, not as its first word.
  const prev = GOES_ON_BEFORE.exec(before);
  if (prev && before.slice(0, prev.index).trim().length > 0) return `cut (${link(prev)})`;
  const words = text.split(/\s+/);
  if (words.length > 1 && (usualCase(words[0]!) === 'lower' || usualCase(words.at(-1)!) === 'lower')) return before.trim() ? 'glued' : 'glued (opens the sentence)';
  return 'whole';
}

const listsOf = (word: string) => shippedGazetteers().entries.get(gazetteerKey(word)) ?? [];
const isPlace = (word: string) => countryInitials(word) || (usualCase(word) === 'capital' && listsOf(word).some((l) => l === 'COUNTRY' || l === 'CITY'));
const isDemonym = (word: string) => usualCase(word) === 'capital' && listsOf(word).includes('DEMONYM');

/**
 * The shape of a span of several words read whole as written (issue 15, session 46, ent84), by its edge words, first
 * match wins: `link` (two names joined by "and", "&", "for", "of" or "/"), `title` (a title's word first or last),
 * `demonym` (a people's word at an edge, by the gazetteer), `place` (a country's initials or a word news writes in
 * capitals that the COUNTRY or CITY list holds, at an edge: "U.S. Group", "BBC Delhi"), `two names` (a word news writes in capitals
 * after another or after a legal form: "Premiership Fulham", "New Yorker Dick Morris"), `common word` (an edge word news also writes in lower case,
 * capitalised here: "Federal Court", "Internet Cafes").
 */
export function wholeShapeOf(text: string): string {
  const words = text.split(/\s+/);
  const edges = [words[0]!, words.at(-1)!];
  if (words.some((w) => /^(?:and|&|for|of)$/.test(w)) || /\//.test(text)) return 'link';
  if (edges.some((w) => TITLE_HEADS.has(w))) return 'title';
  if (edges.some(isDemonym)) return 'demonym';
  if (edges.some(isPlace)) return 'place';
  // A word news writes in capitals, or a legal form, right before another word news writes in capitals: one name ends and the next begins.
  const nameWord = (w: string) => usualCase(w.replace(/\.$/, '')) === 'capital' || /^\p{Lu}{2,}$/u.test(w);
  if (words.every(nameWord) || words.some((w, k) => k > 0 && nameWord(w) && (nameWord(words[k - 1]!) || LEGAL_FORMS.test(words[k - 1]!)))) return 'two names';
  return 'common word';
}

export function stageOf(sentence: string, at: number, end: number): string {
  const over = readNames(sentence).spans.filter((sp) => sp.start < end && sp.end > at);
  if (over.length === 0) return 'rules alone';
  if (over.length === 1 && over[0]!.start === at && over[0]!.end === end) return 'tagger';
  if (over.some((sp) => sp.start < at || sp.end > end)) return "rules cut the tagger's span";
  return 'rules joined/extended';
}

function main(): void {
  const want = process.argv[2] ?? 'both';
  const splits: Split[] = want === 'both' ? ['dev', 'train'] : [want as Split];
  if (splits.some((s) => s !== 'dev' && s !== 'train')) throw new Error('dev, train or both: test keys are never read here');
  for (const corpus of PAGE_SLICES) report(corpus, splits);
}

/** One slice's judged names with a page, by shape and stage (the fresh slices' graphs are made as eval/page-misses.ts says). */
function report(corpus: string, splits: readonly Split[]): void {
  const file = path.join(ROOT, '.cache', 'eval-pages', corpus, 'graph.json');
  if (!existsSync(file)) {
    console.log(`${corpus}: no graph (run npm run eval:pages first)`);
    return;
  }
  const graph = asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson);
  const judgments = readJudgments(corpus);
  const rows: string[] = [];
  const counts = new Map<string, number>();
  for (const e of graph.entities) {
    const k = entityKey(e);
    const key = judgmentKey(k.article, k.name);
    const split = splitOf(corpus, key);
    const j = judgments.get(key);
    if (!splits.includes(split) || !j || j.isName !== !!process.env.SPAN_STAGES_REAL) continue;
    const m = e.mentions.find((x) => x.article === k.article && x.text === k.name) ?? e.mentions[0]!;
    const sentence = m.sentence ?? '';
    const at = sentence.indexOf(m.text);
    const shape = at < 0 ? 'whole' : shapeOf(sentence, at, m.text);
    const kind = shape.replace(/ \(.*/, '');
    const stage = at < 0 ? 'no sentence' : stageOf(sentence, at, at + m.text.length);
    const bucket = `${split}\t${shape}\t${stage}`;
    for (const b of new Set([`${split}\t${kind}`, `${split}\t${kind}\tby ${stage}`, `${split}\t${shape}`])) counts.set(b, (counts.get(b) ?? 0) + 1);
    rows.push(`${bucket}\t${k.article}\t${k.name}`);
  }
  console.log(`${corpus}: judged ${process.env.SPAN_STAGES_REAL ? 'real names' : 'not-names'} with a page (${splits.join(', ')}): ${rows.length}`);
  for (const [bucket, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  ${bucket.replace(/\t/g, ' / ')}: ${n}`);
  if (process.env.SPAN_STAGES_KEYS) console.log(rows.sort().join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
