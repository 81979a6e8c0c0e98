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
 */
export function misspellingJoins(counts: ReadonlyMap<string, number>, isPerson: (name: string) => boolean): Map<string, string> {
  const joins = new Map<string, string>();
  for (const [a, b, sa, sb] of oneSlipPairs(counts.keys())) {
    const slip = slipOf(a, b, sa, sb, counts);
    if (slip && !isPerson(slip[1])) joins.set(slip[0], slip[1]);
  }
  return joins;
}

/**
 * Across the articles of an archive (the resolve stage's `archive-misspelling` rule): "San Meteo" in one story, "San
 * Mateo" in others; "Chicago Boad of Trade", "Securities and Exchange Comission". Stricter than inside one article,
 * where the two spellings stand side by side: two names of the same number of words that differ in one word by one
 * typing slip, where the slip's word is unknown to the case table and the gazetteers and the other spelling's word is
 * known to them. So two real names of unknown words ("Centel Corp", "Contel Corp": two telephone companies) stay
 * apart however often each is written, and the direction is the known word's, not the count's. A slip is a one-off:
 * a spelling written in two stories or more is a name of its own ("Geico Corp" beside the better known "Gelco Corp",
 * two firms; `storiesOf` counts the stories writing a name). Names of one word,
 * digits, acronyms and final s are left apart as inside an article, and nothing joins a person's name.
 */
export function archiveMisspellingJoins(names: Iterable<string>, isPerson: (name: string) => boolean, storiesOf: (name: string) => number): Map<string, string> {
  const joins = new Map<string, string>();
  for (const [a, b, sa, sb] of oneSlipPairs(names)) {
    if (isPerson(a) || isPerson(b) || editDistance(sa, sb, true) !== 1) continue;
    // A possessive or a period is no typing slip ("St Andrew's" the school, "St. Andrew" the saint).
    if (stripped(a) === stripped(b)) continue;
    const wa = wordsOf(a);
    const wb = wordsOf(b);
    if (wa.length < 2 || wa.length !== wb.length) continue;
    const ownA = ownWords(a, b);
    const ownB = ownWords(b, a);
    if (ownA.length !== 1 || ownB.length !== 1 || `${ownA[0]}s`.toLowerCase() === ownB[0]!.toLowerCase() || `${ownB[0]}s`.toLowerCase() === ownA[0]!.toLowerCase()) continue;
    const known = (w: string) => !/\p{N}/u.test(w) && knownWord(w);
    if (slipWords(ownA) && known(ownB[0]!) && storiesOf(a) === 1) joins.set(a, b);
    else if (slipWords(ownB) && known(ownA[0]!) && storiesOf(b) === 1) joins.set(b, a);
  }
  return joins;
}

/**
 * Every pair of names (sorted, once) whose squashed forms may be one slip apart, with those forms. Candidates meet
 * through their one-letter deletions, so this stays linear in the number of names.
 */
function oneSlipPairs(names: Iterable<string>): [string, string, string, string][] {
  const byKey = new Map<string, string[]>();
  const squashed = new Map<string, string>();
  for (const name of names) {
    const s = squash(name);
    if (s.length < 4) continue;
    squashed.set(name, s);
    for (const k of new Set(deletionKeys(s))) {
      const list = byKey.get(k);
      if (list) list.push(name);
      else byKey.set(k, [name]);
    }
  }
  const pairs: [string, string, string, string][] = [];
  const seen = new Set<string>();
  for (const bucket of byKey.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!].sort();
        if (a === b || seen.has(`${a}\n${b}`)) continue;
        seen.add(`${a}\n${b}`);
        pairs.push([a!, b!, squashed.get(a!)!, squashed.get(b!)!]);
      }
    }
  }
  return pairs;
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

/** A name without its possessives and periods: two names equal so differ by punctuation only. */
const stripped = (name: string) => name.replace(/['’]s\b/g, '').replace(/\./g, '').toLowerCase();
