/**
 * Misspellings inside one article (issue 15, item 5): a story that writes "Pennzoil" ten times and "Pennzol" once,
 * "American Hospital Association" and "Americal Hospital Association", "Clean Air Act" and "Clean AirAct", means one
 * name. The slip joins the article's other spelling of it.
 *
 * Two spellings are one name when, with case, spaces, hyphens and periods set aside, they are one typing slip apart
 * (a letter added, dropped, changed, or two neighbours swapped), and the words only the slip writes are no words of
 * their own: unseen in the case table learnt from several million words of news and in the gazetteers (so "Zambia"
 * and "Gambia", "Johnson" and "Johnston", "Iraq" and "Iraqi" stay apart). Never a difference of digits ("Series
 * 3000", "Series 4000"), of a final s (a plural or a people: "Americas"), or of an acronym's letters ("NASD",
 * "NASA"). The spelling written more often is the name; of two written equally often, the one whose words news knows.
 * Names two spellings apart or of one word of four letters are left apart: too many real names are that close. Nothing
 * joins a name read as a person: a squad list's "Dawson" and "Dowson" are two players, as the resolve stage's
 * person-spelling-variant rule holds two spellings in one article to be two people. (The slip's own reading says
 * little: a word nobody knows reads as a surname, so "Kellog" beside "Kellogg" joins the firm.)
 */
import { editDistance } from '../util/edit-distance.ts';
import { usualCase } from './ner/words.ts';
import { gazetteerKey, shippedGazetteers } from './ner/gazetteer.ts';

/** A name reduced to what a typing slip can change: lower case, letters and digits only. */
const squash = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const wordsOf = (name: string) => name.split(/[\s-]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

/** A word news writes often enough to have learnt how (the case table), or a name a gazetteer lists. */
function knownWord(word: string): boolean {
  return usualCase(word) !== undefined || shippedGazetteers().entries.has(gazetteerKey(word));
}

/** The words of `name` that `other` does not write (case aside). */
function ownWords(name: string, other: string): string[] {
  const theirs = new Set(wordsOf(other).map((w) => w.toLowerCase()));
  return wordsOf(name).filter((w) => !theirs.has(w.toLowerCase()));
}

/** Whether the words only this spelling writes could be a slip: no digits, no acronym, none a word news knows. */
function slipWords(words: string[]): boolean {
  return words.length > 0 && words.every((w) => !/\p{N}/u.test(w) && !/^\p{Lu}+$/u.test(w) && !knownWord(w));
}

/** Every string one deleted letter away, and the string itself: two strings one slip apart share one of these. */
function deletionKeys(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * For an article's names with how often it writes each, the slips: misspelt name → the spelling it is a slip of.
 * Candidates meet through their one-letter deletions, so this stays linear in the number of names.
 */
export function misspellingJoins(counts: ReadonlyMap<string, number>, isPerson: (name: string) => boolean): Map<string, string> {
  const byKey = new Map<string, string[]>();
  const squashed = new Map<string, string>();
  for (const name of counts.keys()) {
    const s = squash(name);
    if (s.length < 4) continue;
    squashed.set(name, s);
    for (const k of new Set(deletionKeys(s))) {
      const list = byKey.get(k);
      if (list) list.push(name);
      else byKey.set(k, [name]);
    }
  }
  const joins = new Map<string, string>();
  const seen = new Set<string>();
  for (const bucket of byKey.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!].sort();
        if (seen.has(`${a}\n${b}`)) continue;
        seen.add(`${a}\n${b}`);
        const slip = slipOf(a!, b!, squashed.get(a!)!, squashed.get(b!)!, counts);
        if (slip && !isPerson(slip[1])) joins.set(slip[0], slip[1]);
      }
    }
  }
  return joins;
}

/** [misspelt, right] when one of two spellings is a slip of the other, else undefined. */
function slipOf(a: string, b: string, sa: string, sb: string, counts: ReadonlyMap<string, number>): [string, string] | undefined {
  if (Math.max(sa.length, sb.length) < 5 || editDistance(sa, sb, true) > 1) return undefined;
  const [short, long] = sa.length < sb.length ? [sa, sb] : [sb, sa];
  if (long === `${short}s`) return undefined;
  const na = counts.get(a)!;
  const nb = counts.get(b)!;
  const aSlips = slipWords(ownWords(a, b));
  const bSlips = slipWords(ownWords(b, a));
  // The slip is the rarer spelling; of two written equally often, the one whose own words news does not know.
  if (aSlips && (na < nb || (na === nb && !bSlips))) return [a, b];
  if (bSlips && (nb < na || (na === nb && !aSlips))) return [b, a];
  return undefined;
}
