import { memoByString } from '../util/memo.ts';

/**
 * A team sheet: "Cech, Ferreira, Terry (Carvalho 45), Lampard, Robben.", "Replacements: Peel, Wilson, Shaw.",
 * "Walder; May, Tait, Stephenson; Wilkinson, Grindal; …". Sports reports list the players so, one to three
 * capitalised words each, their clubs or substitutes in brackets. Returns the players' character ranges in the
 * sentence (substitutes' included, clubs' not); none where the sentence is no team sheet (a list of countries or
 * bands has no semicolons, substitutes or "Replacements:"). Read by the evidence rules, once for each name in the
 * sentence, and by the archive's type cues, once for each mention: the answer is kept per sentence.
 */
export const teamSheetItems = memoByString(function teamSheetItems(sentence: string): readonly [number, number][] {
  const items = [...sentence.matchAll(/(?<=^|[:;,])\s*([^:;,()]+?)\s*(?:\([^()]*\)\s*)?(?=[;,.]|$)/dgu)].map((m) => m.indices![1]!);
  // "A Penrik, D Lorvan, S Crane, …": a list of initials and surnames is a sheet without brackets or semicolons.
  const initialled = items.filter(([from, to]) => INITIAL_AND_SURNAME.test(sentence.slice(from, to))).length;
  const label = SHEET_LABEL.exec(sentence);
  if (label) return labelledSheet(sentence, items, label[0].length);
  const sheet = /;.*;/.test(sentence) || /\(\p{Lu}[\p{L}'’ -]+ \d{1,3}\)/u.test(sentence) || initialled >= 0.8 * items.length;
  if (!sheet) return [];
  const names = items.filter(([from, to]) => PLAYER.test(sentence.slice(from, to)));
  if (items.length < 6 || names.length < 0.8 * items.length) return [];
  return [...names, ...substitutesIn(sentence)];
});

/** One to three capitalised words: a player as a sheet writes him ("Terry", "Paulo Ferreira", "Ben Haim"). */
const PLAYER = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * The labels a match report writes before a short list of its players ("Subs Not Used: Lorvan, Penrik, Crane.",
 * "Booked: Vell, Orvel.", "Replacements: Lee, Harrow, Quill."): the label says the list is of players, however
 * few, where an unlabelled list needs six names to be read as a sheet.
 */
const SHEET_LABEL = /^(?:Replacements|Subs(?:titutes)?(?: not used)?|Not used|Booked|Sent off)\s*:/i;

/**
 * The players of a list after a sheet's label (the label itself no name): all of its items, when nearly all are
 * players' names, and the substitutes in brackets.
 */
function labelledSheet(sentence: string, items: readonly [number, number][], labelEnd: number): readonly [number, number][] {
  const listed = items.filter(([from]) => from >= labelEnd);
  const names = listed.filter(([from, to]) => PLAYER.test(sentence.slice(from, to)));
  if (listed.length === 0 || names.length < 0.8 * listed.length) return [];
  return [...names, ...substitutesIn(sentence)];
}

/** A substitute is written in brackets with the minute he came on ("(Carvalho 45)"); a club, without one. */
function substitutesIn(sentence: string): [number, number][] {
  return [...sentence.matchAll(/\((\p{Lu}[\p{L}'’ -]+?) \d{1,3}\)/dgu)].map((m) => m.indices![1]!);
}

/** "A Penrik", "J-P Lorvanne", "AJ Crane", "J van Orvel": a player's initials and surname. */
const INITIAL_AND_SURNAME = /^\p{Lu}{1,2}\.?(?:-\p{Lu}\.?)? (?:\p{Ll}+ )?\p{Lu}[\p{L}'’-]+$/u;
