/**
 * Names found by the trained tagger in the sentences of one article, with character offsets. The model (model.json,
 * trained by `npm run train-ner`) and its gazetteers (gazetteers.json) are loaded once, on first use.
 */
import { shippedText } from '../../util/shipped-json.ts';
import type { EntityType } from '../../types.ts';
import { readWeights, tagDocumentScored, type ClassOdds, type PackedWeights } from './tagger.ts';
import { shippedGazetteers } from './gazetteer.ts';
import { shippedWordTable } from './words.ts';
import { isAbbreviation } from '../sentences.ts';

let weights: PackedWeights | null = null;
function model(): PackedWeights {
  weights ??= readWeights(shippedText(new URL('./model.json', import.meta.url)));
  return weights;
}

/**
 * Tokens as CoNLL-2003 (which the model learnt from) has them: words, a possessive "'s", numbers with their inner
 * punctuation ("1996-08-30", "4-38", "13:06.45"), abbreviations with their period ("P.", "U.S.", "Inc."), and each
 * other punctuation mark on its own. Tokens cut differently look unlike anything in training ("LONDON 1996 - 08 -
 * 30" read as an organisation).
 */
const TOKEN = /['’]s\b|\p{L}(?:[\p{L}\p{M}\p{N}.&-]|['’](?![sS]\b))*\p{L}\.?|\p{L}\.?|\p{N}[\p{N},.:\/-]*\p{N}|\p{N}|[^\s\p{L}\p{N}]/gu;

/** A word keeps a final period only when it is an abbreviation and not the end of its sentence. */
export function tokenize(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const start = m.index;
    if (word.length > 1 && word.endsWith('.') && /\p{L}/u.test(word[0]!) && (!isAbbreviation(word.slice(0, -1)) || /^\s*$/.test(text.slice(start + word.length)))) {
      out.push({ text: word.slice(0, -1), start, end: start + word.length - 1 }, { text: '.', start: start + word.length - 1, end: start + word.length });
    } else out.push({ text: word, start, end: start + word.length });
  }
  return out;
}
/**
 * A word as the training data writes it: CoNLL-2003 has only straight quotes and apostrophes, so "China’s" is read
 * as "China's" (with a curly apostrophe, "’s" was a word the model had never seen, and "China’s Xinjiang" a person).
 */
export function asInTraining(word: string): string {
  return word.replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"');
}

const TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType;
}

export function tagNames(text: string): TaggedSpan[] {
  return readNames(text).spans;
}

/** A word as the tagger read it: where it is, and how likely each kind of name (or none) it is. */
export interface ReadWord {
  start: number;
  end: number;
  odds: ClassOdds;
}

/** The names the tagger finds in a sentence read alone, and its reading of every word. */
export function readNames(text: string, scale?: number): { spans: TaggedSpan[]; words: ReadWord[] } {
  return readDocument([text], scale)[0]!;
}

/**
 * The names the tagger finds in each sentence of one article (in the article's order), and its reading of every
 * word: each sentence is read with what the rest of the article says (tagger.ts, DocumentContext).
 */
export function readDocument(sentences: readonly string[], scale?: number): { spans: TaggedSpan[]; words: ReadWord[] }[] {
  const tokens = sentences.map(tokenize);
  const read = tagDocumentScored(model(), tokens.map((ts) => ts.map((t) => asInTraining(t.text))), shippedGazetteers(), shippedWordTable(), scale);
  return tokens.map((ts, s) => {
    const { tags, odds } = read[s]!;
    const out: TaggedSpan[] = [];
    let open: TaggedSpan | null = null;
    tags.forEach((tag, i) => {
      const t = ts[i]!;
      if (open && tag.startsWith('I-') && TYPE[tag.slice(2)] === open.type) {
        open.end = t.end;
        return;
      }
      if (open) out.push(open);
      open = tag === 'O' ? null : { start: t.start, end: t.end, type: TYPE[tag.slice(2)]! };
    });
    if (open) out.push(open);
    return { spans: out, words: ts.map((t, i) => ({ start: t.start, end: t.end, odds: odds[i]! })) };
  });
}
