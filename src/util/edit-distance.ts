/**
 * Edit distance between two strings: insertions, deletions and substitutions (Levenshtein); with `transpositions`,
 * two neighbouring letters swapped count as one edit too ("Ogelbay", "Oglebay"), as typists make them. Strings whose
 * lengths differ by more than three are far apart for every use here: 99, without the table.
 */
export function editDistance(a: string, b: string, transpositions = false): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
