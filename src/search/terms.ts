/**
 * How text becomes search terms, one rule for the offline index (src/search/offline.ts), the exact-title files
 * (src/search/names.ts) and the browser (offline-engine.js reads the patterns from meta.js; search-page.js repeats
 * them, checked by tests/search-offline.test.ts).
 */
/** Accents dropped, lower case, cut at anything that is not a letter or a digit. */
export const TERMS = { marks: '[\\u0300-\\u036f]', split: '[^\\p{L}\\p{N}]+' } as const;
const marks = new RegExp(TERMS.marks, 'g');
const split = new RegExp(TERMS.split, 'u');

export function terms(text: string): string[] {
  return text.normalize('NFKD').replace(marks, '').toLowerCase().split(split).filter(Boolean);
}

/** The term file a term is in: its first two characters (a one-character term has a file of its own). */
export function shardKey(term: string): string {
  return [...term].slice(0, 2).join('');
}

