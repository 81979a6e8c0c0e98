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
  // "A Titterrell, D Bell, S Borthwick, …": a list of initials and surnames is a sheet without brackets or semicolons.
  const initialled = items.filter(([from, to]) => INITIAL_AND_SURNAME.test(sentence.slice(from, to))).length;
  const sheet = /;.*;/.test(sentence) || /\(\p{Lu}[\p{L}'’ -]+ \d{1,3}\)/u.test(sentence) || /^(?:Replacements|Subs(?:titutes)?(?: not used)?)\s*:/i.test(sentence) || initialled >= 0.8 * items.length;
  if (!sheet) return [];
  const names = items.filter(([from, to]) => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(sentence.slice(from, to)));
  if (items.length < 6 || names.length < 0.8 * items.length) return [];
  // A substitute is written in brackets with the minute he came on ("(Carvalho 45)"); a club, without one.
  const substitutes = [...sentence.matchAll(/\((\p{Lu}[\p{L}'’ -]+?) \d{1,3}\)/dgu)].map((m) => m.indices![1]!);
  return [...names, ...substitutes];
});

/** "A Titterrell", "J-P Grandclaude", "AJ Venter", "J van Niekerk": a player's initials and surname. */
const INITIAL_AND_SURNAME = /^\p{Lu}{1,2}\.?(?:-\p{Lu}\.?)? (?:\p{Ll}+ )?\p{Lu}[\p{L}'’-]+$/u;
