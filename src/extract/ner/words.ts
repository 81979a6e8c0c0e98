/**
 * Word features learned from unlabeled news at development time by `npm run build-word-table`
 * (eval/build-word-table.ts): how a word is usually written (almost always in lower case, sometimes, or almost never)
 * and its distributional cluster. Only the table ships (words.json), never text.
 */
import { shippedJson } from '../../util/shipped-json.ts';
import { isLowerInitialBrand } from '../shapes.ts';

export interface SerializedWordTable {
  about: string;
  /** Lowercased words by how often they are capitalised away from a sentence start. */
  case: { lower: string[]; mixed: string[]; capital: string[] };
  /** Word as written → "coarse.fine" cluster ids. */
  clusters: Record<string, string>;
}

export interface WordTable {
  /** Lowercased word → 'lower' | 'mixed' | 'capital'. */
  caseOf: Map<string, string>;
  /** Word as written → [fine cluster, coarse group]. */
  clusterOf: Map<string, [string, string]>;
}

export function loadWordTable(table: SerializedWordTable): WordTable {
  const caseOf = new Map<string, string>();
  for (const kind of ['lower', 'mixed', 'capital'] as const) for (const w of table.case[kind]) caseOf.set(w, kind);
  const clusterOf = new Map<string, [string, string]>();
  for (const [w, id] of Object.entries(table.clusters)) clusterOf.set(w, [id, id.slice(0, id.indexOf('.'))]);
  return { caseOf, clusterOf };
}

let shipped: WordTable | null = null;
/** The table that ships with the model (loaded once, on first use). */
export function shippedWordTable(): WordTable {
  shipped ??= loadWordTable(shippedJson(new URL('./words.json', import.meta.url)) as SerializedWordTable);
  return shipped;
}

/** A word's fine and coarse clusters in the shipped word table, as written or in lower case. */
export function wordClusters(word: string): [string, string] | undefined {
  const table = shippedWordTable().clusterOf;
  return table.get(word) ?? table.get(word.toLowerCase());
}

/**
 * A word's coarse cluster in the shipped word table, as written only ('none' when unseen): the group the page, type and
 * span-choice models read of a name's first, last or added word, whose case is part of what they weigh.
 */
export function coarseClusterAsWritten(word: string): string {
  return shippedWordTable().clusterOf.get(word)?.[1] ?? 'none';
}

/** How news usually writes a word ('lower' | 'mixed' | 'capital'), from the shipped case table; undefined if unseen. */
export function usualCase(word: string): string | undefined {
  return shippedWordTable().caseOf.get(word.toLowerCase());
}

/**
 * A word's usual case as a model feature: its edge punctuation aside ("(Apple", "Inc."), 'unknown' when unseen. A
 * brand written with a capital inside ("iPod", "eBay") is written so as a name: the case table counts it as lower
 * case only because its first letter is (eval/build-word-table.ts reads the first letter alone).
 */
export function caseFeature(word: string): string {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return isLowerInitialBrand(bare) ? 'capital' : (usualCase(bare) ?? 'unknown');
}

/**
 * A word of two to four capitals that news writes capitalised and never with only its first letter so ("GM", "IMF",
 * "OECD"; not "CORP", written "Corp", nor "HONG", written "Hong"): an acronym, by the shipped word table.
 */
export function keepsCapitals(word: string): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(word) || usualCase(word) !== 'capital') return false;
  const { clusterOf } = shippedWordTable();
  return clusterOf.has(word) && !clusterOf.has(word[0] + word.slice(1).toLowerCase());
}
