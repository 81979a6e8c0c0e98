/** A sentence's words as tokens, with compromise's tags of each looked up only when a rule reads them. */
import { lexiconTags, taggedTerms } from '../nlp.ts';
import { memoByString } from '../../util/memo.ts';
import { LEGAL_FORMS, SLASHED_LEGAL_FORM, isCapitalised } from '../shapes.ts';
import type { Sentence } from '../../types.ts';
import { CONNECTORS, SPEECH_VERBS_AFTER } from '../lexicon.ts';
import type { Token } from './types.ts';

const WORD = new RegExp(`${SLASHED_LEGAL_FORM.source}|[\\p{L}\\p{M}\\p{N}]+(?:[-'’.&][\\p{L}\\p{M}\\p{N}]+)*\\.?`, 'gu');

// ------------------------------------------------------------------ tokens and compromise tags

/** compromise's tags of the k-th word of a sentence, looked up only when a rule reads them. */
type TagLookup = (k: number) => ReadonlySet<string>;

interface TaggedRange {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/**
 * compromise's tags, read phrase by phrase rather than sentence by sentence: each capitalised phrase ("Bill Gates",
 * "Sri Lanka", "Bank of England") is tagged as a whole and every other word alone, both memoised and only when a
 * rule asks, since names and words repeat across an archive while sentences do not. Tagging whole sentences cost 42%
 * of extraction and gave no measurable gain once the trained tagger read the sentence (docs/quality-log.md).
 */
function phraseTags(body: string, words: readonly RegExpMatchArray[]): TagLookup {
  const phraseOf = phrasesOf(body, words);
  return (k) => {
    const [first, last] = phraseOf[k]!;
    if (first === last) return lexiconTags(words[k]![0]);
    const from = words[k]!.index! - words[first]!.index!;
    const to = from + words[k]![0].length;
    const tags = new Set<string>();
    for (const t of phraseTerms(phraseText(body, words, first, last))) if (t.start < to && t.end > from) for (const g of t.tags) tags.add(g);
    return tags;
  };
}

const phraseText = (body: string, words: readonly RegExpMatchArray[], first: number, last: number) => body.slice(words[first]!.index!, words[last]!.index! + words[last]![0].length);

/**
 * The texts `phraseTags` tags for a sentence's capitalised words (their phrase, or the word alone), those not answered
 * already: the readers of names ask for nearly all of them (speed67), so a batch of articles tags them ahead
 * (src/extract/parallel.ts, nlp.ts `tagTextsAhead`).
 */
export function capitalisedTexts(text: string, sentence: Sentence): string[] {
  const body = text.slice(sentence.start, sentence.end);
  const words = [...body.matchAll(WORD)];
  const phraseOf = phrasesOf(body, words);
  const out: string[] = [];
  words.forEach((m, k) => {
    const [first, last] = phraseOf[k]!;
    if (first !== k || !isCapitalised(m[0])) return;
    if (first === last) {
      if (!lexiconTags.has(m[0])) out.push(m[0]);
    } else {
      const phrase = phraseText(body, words, first, last);
      if (!phraseTerms.has(phrase)) out.push(phrase);
    }
  });
  return out;
}

/** Per word, the first and last word of its capitalised phrase (the word itself when it stands alone). */
function phrasesOf(body: string, words: readonly RegExpMatchArray[]): [number, number][] {
  const endOf = (k: number) => words[k]!.index! + words[k]![0].length;
  const joined = (k: number) => /^ +$/.test(body.slice(endOf(k - 1), words[k]!.index!));
  const capital = (k: number) => isCapitalised(words[k]![0]);
  const phraseOf = words.map((_, k) => [k, k] as [number, number]);
  for (let i = 0; i < words.length;) {
    let j = i + 1;
    while (capital(i) && j < words.length && joined(j)) {
      if (capital(j)) j++;
      else if (CONNECTORS.has(words[j]![0]) && j + 1 < words.length && capital(j + 1) && joined(j + 1)) j += 2;
      else break;
    }
    // A sentence's first word alone is read with the word after it: "Security forces" (a noun and its noun) is not
    // "forces" the verb.
    if (i === 0 && j === 1 && words.length > 1 && joined(1) && !capital(1)) j = 2;
    for (let k = i; k < j; k++) phraseOf[k] = [i, j - 1];
    i = j;
  }
  return phraseOf;
}

/** compromise's tags of each term of a phrase read alone, with offsets into it (memoised). */
const phraseTerms = memoByString((phrase: string): TaggedRange[] =>
  taggedTerms(phrase).map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) })));

export function tokenize(text: string, sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const matches = [...body.matchAll(WORD)];
  const tagsOf = phraseTags(body, matches);
  matches.forEach((m, k) => {
    let word = m[0];
    const start = sentence.start + m.index;
    // A trailing period belongs to the word only for initials and abbreviations ("U.S.", "J.").
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !/^(Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Sen|Rep|Gov|Co|Corp|Inc|Ltd)\.$/i.test(word)) {
      word = word.slice(0, -1);
    }
    let tags: ReadonlySet<string> | undefined;
    const tagsHere = () => (tags ??= tagsOf(k));
    let possessive = false;
    const pm = /['’]s$/.exec(word) ?? (/s['’]$/.test(word) ? /['’]$/.exec(word) : null);
    if (pm && word.length > pm[0].length && !namesWithItsS(word, tagsHere, body, m.index + m[0].length, matches[k + 1])) {
      word = word.slice(0, pm.index);
      possessive = true;
    }
    tokens.push({ text: word, start, end: start + word.length, possessive, get tags() { return tagsHere(); } });
  });
  return tokens;
}

/**
 * "McDonald's said", "at Sainsbury's.": a capitalised word with 's that possesses nothing (the clause or the
 * sentence ends, or a verb of speaking follows) is a name written with its 's, as shops and firms named after
 * their founders are. A place stays a possessive ("… than Britain's.").
 */
function namesWithItsS(word: string, tags: () => ReadonlySet<string>, body: string, end: number, next: RegExpMatchArray | undefined): boolean {
  if (!/^\p{Lu}/u.test(word) || !/['’]s$/.test(word)) return false;
  // The place's tags asked last: they cost a parse of the word's phrase, which most words with 's never need.
  return possessesNothing(word, body, end, next) && !['Place', 'Country', 'City', 'Region'].some((t) => tags().has(t));
}

/** What follows a word with 's says it possesses nothing: the end, a clause's, a legal form, a verb of speaking. */
function possessesNothing(word: string, body: string, end: number, next: RegExpMatchArray | undefined): boolean {
  const gap = body.slice(end, next?.index ?? body.length);
  if (!next) return /^\s*[.!?]?\s*$/.test(gap);
  if (/^\s*[,;:)]/.test(gap)) return true;
  // "McDonald's Corp", "Sotheby's Inc": a legal form right after is the name's own.
  if (gap === ' ' && LEGAL_FORMS.test(next[0]) && !LEGAL_FORMS.test(word.replace(/['’]s$/, ''))) return true;
  return /^\s+$/.test(gap) && SPEECH_VERBS_AFTER.has(next[0].toLowerCase());
}

export function isMostlyUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 20 && letters.replace(/\P{Lu}/gu, '').length > letters.length * 0.7;
}
