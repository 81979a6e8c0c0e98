/**
 * The beginning and end a list of strings all share, so that a list written many times over (a site folder's file
 * names, the URLs of a kind of page) can say them once: `en_` and `.pf_fragment`, `entities/` and `.html`. Issue 17.
 */

/** The longest beginning and end every string shares, together no longer than the shortest string. */
export function sharedAffixes(strings: readonly string[]): [beginning: string, end: string] {
  if (strings.length === 0) return ['', ''];
  let beginning = strings[0]!;
  let end = strings[0]!;
  for (const s of strings) {
    while (!s.startsWith(beginning)) beginning = beginning.slice(0, -1);
    while (!s.endsWith(end)) end = end.slice(1);
  }
  // The shortest string bounds the two together, so that no middle overlaps an affix.
  const over = beginning.length + end.length - Math.min(...strings.map((s) => s.length));
  return [beginning, over > 0 ? end.slice(over) : end];
}

/** What is left of `s` between the affixes; throws where `s` does not have them (they would not give it back). */
export function middleOf(s: string, [beginning, end]: readonly [string, string]): string {
  if (!s.startsWith(beginning) || !s.endsWith(end) || s.length < beginning.length + end.length) {
    throw new Error(`${JSON.stringify(s)} does not begin with ${JSON.stringify(beginning)} and end with ${JSON.stringify(end)}`);
  }
  return s.slice(beginning.length, s.length - end.length);
}
