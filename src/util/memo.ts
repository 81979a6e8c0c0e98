/**
 * A pure function of a string, its answers kept: extraction asks compromise about the same phrases, words and
 * clauses again and again across an archive. Up to `limit` answers are kept; then all are forgotten and kept
 * afresh, so memory stays bounded whatever the archive's size. Forgetting never changes an answer, only its cost.
 */
export function memoByString<T>(fn: (key: string) => T, limit = 50_000): ((key: string) => T) & { has: (key: string) => boolean } {
  const kept = new Map<string, T>();
  const memo = (key: string) => {
    const known = kept.get(key);
    if (known !== undefined || kept.has(key)) return known as T;
    const value = fn(key);
    if (kept.size >= limit) kept.clear();
    kept.set(key, value);
    return value;
  };
  // Whether an answer is kept now (a caller that would only ask ahead skips it).
  return Object.assign(memo, { has: (key: string) => kept.has(key) });
}
