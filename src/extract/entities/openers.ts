/** Where a name opens: which capitalised word starts one, and which opens only its sentence or a line written in capitals. */
import { lexiconTags } from '../nlp.ts';
import { isLowerInitialBrand, isCapitalised } from '../shapes.ts';
import { keepsCapitals, usualCase } from '../ner/words.ts';
import { datelineLength } from '../dateline.ts';
import { stateNamed } from '../us-states.ts';
import { teamSheetItems } from '../team-sheet.ts';
import { namedAsPartners } from '../partner-names.ts';
import type { Sentence } from '../../types.ts';
import {
  FUNCTION_WORDS, NAME_NUMBERS, NAME_ORDINALS, NEVER_NAMES, NEWSPAPER_HEADS, ORG_FIRST, OTHER_HEADS, TITLE_HEADS, TITLE_MODIFIERS,
} from '../lexicon.ts';
import type { Token } from './types.ts';
import { breakBetween, isNameWord, isPlaceWord, opensTheNews, prefixedOrdinaryWord, sentenceInitial } from './words.ts';
import { recasedAfterInitials } from './connectors.ts';

export function startsName(text: string, sentence: Sentence, tokens: Token[], i: number, body = ''): boolean {
  const t = tokens[i]!;
  if (opensPaperName(text, tokens, i) || sheetInitial(sentence, t)) return true;
  // A function word opening its sentence opens no name (`functionWordOpener`, asked again below for one inside it)
  // unless a brand's shape says so, whatever compromise makes of it; asked first, this spares a parse of the
  // sentence's first two words for the tags of "It" in "It hopes" (29% of the phrases entity extraction tagged on 200
  // BBC stories; session 36, speed46).
  if (functionWordOpener(text, sentence, tokens, i) && sentenceInitial(text, sentence, t) && !isLowerInitialBrand(t.text)) return false;
  if (!isNameWord(t) || prefixedOrdinaryWord(t.text) || slashedLetter(text, t)) return false;
  // A brand's shape ("iTunes", "eBay") is no ordinary word's, wherever it stands: compromise reads "iTunes" as a verb.
  if (isLowerInitialBrand(t.text)) return true;
  if (i > 0 && recasedAfterInitials(text, tokens, i - 1, i, body)) return false;
  // "Last June Grewcock was banned": a month after "last", "next" or "this" is the date, not a first name.
  if (NEVER_NAMES.has(t.text) && /^(?:last|next|this)$/i.test(tokens[i - 1]?.text ?? '')) return false;
  if (functionWordOpener(text, sentence, tokens, i) && !(t.tags.has('ProperNoun') && !sentenceInitial(text, sentence, t))) return false;
  if (sentenceInitial(text, sentence, t) && !opensPartnersName(text, tokens, i)) {
    // A capitalised first word is a name only if compromise knows it as one, or it cannot be an ordinary word.
    const ordinary = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'QuestionWord'].some((x) => t.tags.has(x));
    const known = ['Person', 'Place', 'Organization', 'ProperNoun', 'FirstName', 'Country', 'City'].some((x) => t.tags.has(x));
    if (ordinary && !known) return false;
    if (!known && t.tags.has('Adjective') && !isNameWord(tokens[i + 1] ?? t)) return false;
  }
  return true;
}

/** A function word that opens no name here: neither a count before a name (`opensWithOrdinal`: "Six Nations") nor a title's first word (`opensTitle`: "the album My World"). */
function functionWordOpener(text: string, sentence: Sentence, tokens: Token[], i: number): boolean {
  return FUNCTION_WORDS.has(tokens[i]!.text) && !opensWithOrdinal(text, sentence, [tokens[i], tokens[i + 1]]) && !opensTitle(text, tokens, i);
}

/** "N/A", "N / A" in a table: one letter and a slash before another is an abbreviation ("not available"), no name. */
function slashedLetter(text: string, t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text) && /^ ?\/ ?\p{L}(?![\p{L}\p{N}])/u.test(text.slice(t.end, t.end + 6));
}

/** "A Penrik" in a team sheet: the letter is the player's initial, not the article "A". */
export function sheetInitial(sentence: Sentence, t: Token): boolean {
  if (!/^\p{Lu}$/u.test(t.text)) return false;
  const at = t.start - sentence.start;
  return teamSheetItems(sentence.text).some(([from, to]) => from === at && to > at + 1);
}

/**
 * "the Sunday Times", "told the Sunday Telegraph", "Scotland's Sunday Herald": a weekday between "the" (or a possessive)
 * and a newspaper's head word opens the paper's name; it is no date there ("on Sunday the Times said" has no "the"
 * before the weekday). Without it the paper was read as "Times", another paper's name.
 */
function opensPaperName(text: string, tokens: Token[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (!prev || !next || !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(t.text) || !NEWSPAPER_HEADS.has(next.text)) return false;
  const determined = prev.possessive ? /^['’]s? $/.test(text.slice(prev.end, t.start)) : /^the$/i.test(prev.text) && text.slice(prev.end, t.start) === ' ';
  return determined && text.slice(t.end, next.start) === ' ';
}

/** "Third World", "First Boston Corp", "the Second World War", "Six Nations": a capitalised ordinal or number inside a sentence opens the name after it. */
export function opensWithOrdinal(text: string, sentence: Sentence, [first, next]: (Token | undefined)[]): boolean {
  if (!first || !next || !isNameWord(next) || breakBetween(text, first, next) || sentenceInitial(text, sentence, first)) return false;
  // A count before a place counts things of that place ("Three London markets", after a dateline): no name.
  return NAME_ORDINALS.has(first.text) || (NAME_NUMBERS.has(first.text) && !isPlaceWord(next.text));
}

/**
 * "his song Here We Stand Again", "the album My World", "Eminem's Like Toy Soldiers": a function word that news writes in
 * lower case (the case table), written with a capital inside a sentence right after a word in lower case or a
 * possessive and right before a capitalised word, is capitalised as the first word of a title: it opens the name.
 * "I" and "A" (capitalised everywhere, and "A" an initial of a team sheet) are no evidence; nor is a word after a
 * quote, colon or bracket, where a quoted sentence opens ("he said: \"Like Kevin I…\""), nor after an abbreviation's
 * period. "The" stays the rules' of "The Hague" (compromise's place reading).
 */
export function opensTitle(text: string, tokens: Token[], k: number): boolean {
  const [prev, t, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!prev || !t || !next || t.text === 'The' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !FUNCTION_WORDS.has(t.text) || usualCase(t.text) !== 'lower') return false;
  const afterPrev = text.slice(prev.end, t.start);
  const joined = prev.possessive ? /^['’]s? $/.test(afterPrev) : afterPrev === ' ' && /^\p{Ll}/u.test(prev.text);
  return joined && text.slice(t.end, next.start) === ' ' && isNameWord(next);
}

/** "Malvern, Pa.", "NEWTON, Mass., April 8 -": one word after a capitalised word and a comma that abbreviates a U.S. state. */
export function usStateAfterCity(text: string, tokens: Token[], before: Token | undefined): string | undefined {
  if (tokens.length !== 1 || !before || !isCapitalised(before.text) || !/^ ?, $/.test(text.slice(before.end, tokens[0]!.start))) return undefined;
  return stateNamed(tokens[0]!.text);
}

/**
 * The word opens a pair news writes as one name of two partners (partner-names.ts): "Standard" of "Standard and Poor's
 * Corp". At a sentence's start it may begin a name though it is an ordinary word, as it does inside a sentence.
 */
export function opensPartnersName(text: string, tokens: Token[], i: number): boolean {
  const [t, partner] = [tokens[i]!, tokens[i + 2]];
  if (!partner || t.possessive || !isCapitalised(t.text) || text.slice(t.end, partner.start) !== ' and ' || !isNameWord(partner)) return false;
  return namedAsPartners(t.text, partner.text.replace(/['’]s$/, ''));
}

/**
 * "HONG KONG, April 9 -", "NEW DELHI": a dateline writes its place in capitals, however short its words; it is
 * written as a name unless news keeps every word in capitals or abbreviates it ("N.J.", "NJ").
 */
export function shoutedPlace(sentence: Sentence, tokens: Token[]): boolean {
  if (tokens.at(-1)!.end - sentence.start > datelineLength(sentence.text)) return false;
  if (tokens.length === 1 && tokens[0]!.text.length < 3) return false;
  return tokens.every((t) => /^\p{Lu}+$/u.test(t.text)) && !tokens.every((t) => keepsCapitals(t.text));
}

/**
 * "Comedy Fat Albert opened…": a sentence's first word that news almost always writes in lower case (the case table
 * learnt from unlabeled news, ner/words.ts) is capitalised for the sentence, not for the name after it. Words that
 * open names of organisations ("Bank of…") or titles are left to the rules that read them.
 */
export function openerOnly(text: string, sentence: Sentence, tokens: Token[]): boolean {
  const [first, second, third] = tokens;
  if (!first || !second || first.possessive) return false;
  // "Losses for Volkswagen AG", "Shares of Zorbix", after a dateline too: a plural opener joined to the name by a
  // connector ("Campaign for Nuclear Disarmament" keeps its first word).
  if (/\p{Ll}s$/u.test(first.text) && (second.text === 'of' || second.text === 'for') && third && isNameWord(third)) {
    return opensTheNews(text, sentence, first) && usualCase(first.text) === 'lower';
  }
  if (!sentenceInitial(text, sentence, first) || !isNameWord(second)) return false;
  if (ORG_FIRST.has(first.text) || TITLE_HEADS.has(first.text) || TITLE_MODIFIERS.has(first.text) || OTHER_HEADS.has(first.text)) return false;
  const usual = usualCase(first.text);
  // "Singer Pete Doherty", "Golfer Ann Lee": an occupation (compromise's Actor, not also a surname) before a first name
  // and a surname says what the person is; it is not their name.
  if (usual !== 'capital' && second.tags.has('FirstName') && third && isNameWord(third) && !second.possessive) {
    const tags = lexiconTags(first.text);
    if (tags.has('Actor') && !tags.has('Person')) return true;
  }
  return usual === 'lower';
}
