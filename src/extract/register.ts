/**
 * An article's register: which kind of news it is (sport, business, politics, entertainment, tech), read from the
 * words it writes in lower case, as a distribution over those kinds. A reader types a name by it: "Liverpool" in a
 * match report ("scored", "striker", "season") is the club, in a report on a port's trade the city; "Halo" in an
 * article on consoles and sales is a game. The type model reads it with the words around each mention.
 *
 * A naive Bayes model over the words an article holds (each once), learnt at development time from the BBC corpus's
 * own categories by `npm run train-register` (eval/train-register.ts); only the word weights ship
 * (register-model.json, no text).
 */
import { shippedJson } from '../util/shipped-json.ts';
import { FUNCTION_WORDS } from './lexicon.ts';

/** register-model.json: what the trainer writes. */
export interface RegisterModel {
  about: string;
  /** The kinds of news, in the order of every weight list. */
  registers: string[];
  /** Per kind, the log prior. */
  prior: number[];
  /** A word's log odds of appearing in an article of each kind, less its mean over the kinds. */
  words: Record<string, number[]>;
}

/** An article's register: each kind's probability, rounded to 3 decimals (one order for every article). */
export type Register = Readonly<Record<string, number>>;

const FUNCTION_WORDS_LOWER = new Set([...FUNCTION_WORDS].map((w) => w.toLowerCase()));

/** The distinct words of a text written in lower case, three letters or more, no function words. */
export function registerWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) if (/^\p{Ll}[\p{Ll}'’-]{2,}$/u.test(w) && !FUNCTION_WORDS_LOWER.has(w)) words.add(w);
  return words;
}

/**
 * The register of an article's text. Naive Bayes sums a word's log odds as if words were independent, which makes a
 * long article's posterior near 0 or 1 whatever it is about; the sum is divided by the square root of the words the
 * model knows, so a short list of scores and a long essay are read on one scale.
 */
export function articleRegister(model: RegisterModel, text: string): Register {
  const score = [...model.prior];
  let known = 0;
  const sum = model.registers.map(() => 0);
  for (const w of registerWords(text)) {
    // An own key only: a word such as "constructor" must not read the prototype's function as its odds.
    const odds = Object.hasOwn(model.words, w) ? model.words[w] : undefined;
    if (!odds) continue;
    known++;
    odds.forEach((x, k) => (sum[k]! += x));
  }
  const scale = known ? 1 / Math.sqrt(known) : 0;
  sum.forEach((x, k) => (score[k]! += x * scale));
  const top = Math.max(...score);
  const e = score.map((s) => Math.exp(s - top));
  const total = e.reduce((a, b) => a + b, 0);
  return Object.fromEntries(model.registers.map((r, k) => [r, Math.round((e[k]! / total) * 1000) / 1000]));
}

/** How sure an article's register must be (its probability) for a word to be read in that register's sense. */
const REGISTER_SURE = 0.5;

/** Whether `name` is the article's register: its most probable kind, and sure enough (REGISTER_SURE). */
export function isOfRegister(register: Register | undefined, name: string): boolean {
  const [top, p] = Object.entries(register ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
  return top === name && p! >= REGISTER_SURE;
}

let shipped: RegisterModel | null = null;
/** The shipped weights (loaded once, on first use). */
export function shippedRegisterModel(): RegisterModel {
  shipped ??= shippedJson(new URL('./register-model.json', import.meta.url)) as RegisterModel;
  return shipped;
}

const bySentences = new WeakMap<readonly { text: string }[], Register>();
/**
 * The register of an article's sentences (their text joined one a line), with the shipped weights: read once per
 * article, where extraction's events and resolution's types each ask for it (memo keyed by the sentences array).
 */
export function sentencesRegister(sentences: readonly { text: string }[]): Register {
  let register = bySentences.get(sentences);
  if (!register) bySentences.set(sentences, (register = articleRegister(shippedRegisterModel(), sentences.map((s) => s.text).join('\n'))));
  return register;
}
