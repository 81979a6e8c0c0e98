/**
 * Prototype, not wired in (speed33, bench/RESULTS.md session 28): a sentence's words tagged by the averaged perceptron
 * of bench/perceptron.ts as compromise-like TaggedTerms (its tag names, punctuation in `post`). Measured by copying
 * it into src/extract/pos.ts (src/ compiles on its own, so the model code went beside it) and calling `posTerms` in
 * place of `taggedTerms` at the whole-sentence callers: namesActivity (state.ts), governingReading (events.ts),
 * unnamedSubjectOf (unnamed-party.ts) and readingOf (participle.ts). Weights: .cache/bench-taggers/perceptron.json,
 * written by bench/taggers.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Model, Perceptron, tokenise } from './perceptron.ts';
import { memoByString } from '../src/util/memo.ts';
import { PASSIVE_AUXILIARIES, AUXILIARIES_AFTER } from '../src/extract/lexicon.ts';
import type { TaggedTerm } from '../src/extract/nlp.ts';

let model: Perceptron | undefined;
const loaded = () => (model ??= new Perceptron(JSON.parse(readFileSync(resolve(process.cwd(), '.cache/bench-taggers/perceptron.json'), 'utf8')) as Model));

const PENN: Record<string, readonly string[]> = {
  NN: ['Noun', 'Singular'], NNS: ['Noun', 'Plural'], NNP: ['Noun', 'ProperNoun', 'Singular'], NNPS: ['Noun', 'ProperNoun', 'Plural'],
  VB: ['Verb', 'Infinitive'], VBD: ['Verb', 'PastTense'], VBG: ['Verb', 'Gerund'], VBN: ['Verb', 'Participle'],
  VBP: ['Verb', 'PresentTense'], VBZ: ['Verb', 'PresentTense'], MD: ['Verb', 'Modal', 'Auxiliary'],
  JJ: ['Adjective'], JJR: ['Adjective', 'Comparative'], JJS: ['Adjective', 'Superlative'],
  RB: ['Adverb'], RBR: ['Adverb'], RBS: ['Adverb'], WRB: ['Adverb', 'QuestionWord'],
  DT: ['Determiner'], PDT: ['Determiner'], WDT: ['Determiner'], EX: ['Noun'],
  PRP: ['Pronoun'], 'PRP$': ['Pronoun', 'Possessive'], WP: ['Pronoun'], 'WP$': ['Pronoun', 'Possessive'],
  IN: ['Preposition'], TO: ['Preposition'], RP: ['Adverb'], CC: ['Conjunction'], CD: ['Value', 'Cardinal'],
};

/** The perceptron's words of a text as TaggedTerms: punctuation folded into the word before's `post`, "'s" into it. */
function read(text: string): TaggedTerm[] {
  const tokens = tokenise(text);
  const tags = loaded().tag(tokens.map((t) => t.word));
  const terms: { text: string; post: string; tags: string[]; start: number; end: number }[] = [];
  tokens.forEach((t, k) => {
    const last = terms.at(-1);
    const tag = tags[k]!;
    if (last && (tag === 'POS' || /^[^\w$]+$/.test(t.word))) {
      if (tag === 'POS') { last.tags.push('Possessive'); last.text += t.word; }
      last.end = t.start + t.word.length;
      return;
    }
    terms.push({ text: t.word, post: '', tags: [...(PENN[tag] ?? [])], start: t.start, end: t.start + t.word.length });
  });
  terms.forEach((t, k) => {
    const next = terms[k + 1];
    t.post = text.slice(t.start + t.text.length, next ? next.start : text.length);
    const lower = t.text.toLowerCase();
    if (/^(?:not|n't|never)$/.test(lower)) t.tags.push('Negative');
    if (next?.tags.includes('Verb') && t.tags.includes('Verb') && (AUXILIARIES_AFTER.has(lower) || PASSIVE_AUXILIARIES.has(lower))) t.tags.push('Auxiliary');
  });
  return terms.map((t) => ({ text: t.text, post: t.post, tags: t.tags, offset: { start: t.start, length: t.text.length } }));
}

export const posTerms: (text: string) => readonly TaggedTerm[] = memoByString(read, 512);
