/** The names in a sentence that may take part in a happening, and the company an article is about. */
import { datelineLength } from '../dateline.ts';
import { COMPASS_POINTS, NAME_PIECES } from '../lexicon.ts';
import { isStateName, stateNamed } from '../us-states.ts';
import { endsWithLegalForm } from '../shapes.ts';
import { escapeRegExp } from '../../util/escape.ts';
import type { EntityMention, IngestedArticle, Sentence } from '../../types.ts';
import { ledeOf } from './lede.ts';

/**
 * The names of a sentence that may take part in its happening: not those of its dateline ("COLUMBUS, Ind., Feb 26 -"
 * tells where the story was filed, not where or by whom anything happened), and not a piece of a name the name
 * reader split in two ("Arvin" "Industries Inc", "Temasek Holdings (Pte) Ltd"): a name that follows another with
 * nothing but spaces or brackets between them continues it, and the first piece stands for the whole.
 */
export function participantsOf(sentence: Sentence, mentions: { item: EntityMention; index: number }[]): { item: EntityMention; index: number }[] {
  const filedFrom = sentence.start + datelineLength(sentence.text);
  const text = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  const row = TABLE_ROW.test(sentence.text.slice(filedFrom - sentence.start));
  return mentions.filter(({ item }, i) => {
    if (item.start < filedFrom) return false;
    // A wire table's row label ("Semi div 11 cts vs 16 cts prior", "Oper shr 23 cts vs seven cts", "Pay Aug 17",
    // "Record July 28") is capitalised as the row's first word, not as a name; its figures ("Shr N.A. vs N.A.") are
    // none either.
    if (row) return false;
    if (NAME_PIECES.has(item.text.replace(/\.$/, ''))) return false;
    // A stock code in angle brackets after a company's name ("Alcan Aluminium Ltd <AL.N>", "<TEX>") names no one new.
    if (TICKER.test(text(item.start - 1, item.end + 1))) return false;
    const prev = mentions[i - 1]?.item;
    if (!prev || prev.start < filedFrom || NAME_PIECES.has(prev.text.replace(/\.$/, ''))) return true;
    const between = text(prev.end, item.start);
    // A company's name ends with its legal form: "Apple Inc. Steve Jobs" is two names, the person described by the company.
    if (endsWithLegalForm(prev.text)) return true;
    // "near Winnemucca, Nev.", "Mountain View, California": a place after a place locates it, it is not a party —
    // unless it is a list's member ("listed in Zurich, Basel and Geneva").
    if (item.type === 'place' && prev.type === 'place' && /^,\s*$/.test(between)) return listsPlaces(mentions, i, text);
    return !NAME_CONTINUES.test(between);
  });
}

/**
 * A place written after a place and a comma is a member of a list of places, not the place that locates the one
 * before it, when the list goes on after it to another place (", Spain", "and Geneva", "and the Far East") — "listed
 * on exchanges in Zurich, Basel and Geneva", "a unit for Australia, New Zealand, Spain, …" (issue 19's missing
 * party, session 46: the two train pages of tests/gold/participants-train-s46.json that lost a list's middle places).
 * Not a U.S. state ("Dallas, Texas, and Boston"), not a list of pairs whose next member is located in turn ("Toronto,
 * Ontario and Montreal, Quebec"), and not a lone compass point ("South and Central America" read in two).
 */
function listsPlaces(mentions: readonly { item: EntityMention }[], i: number, text: (from: number, to: number) => string): boolean {
  const name = (k: number) => mentions[k]?.item;
  const item = name(i)!;
  const next = name(i + 1);
  if (!next || next.type !== 'place' || !LIST_GOES_ON.test(text(item.end, next.start))) return false;
  if (isStateName(item.text) || stateNamed(item.text) !== undefined || COMPASS_POINTS.has(item.text)) return false;
  // "… and Montreal, Quebec": the next member is located by a place that closes the list.
  const after = name(i + 2);
  const locatedNext = after?.type === 'place' && /^,\s*$/.test(text(next.end, after.start)) && !LIST_GOES_ON.test(text(after.end, name(i + 3)?.start ?? after.end));
  return !locatedNext;
}

/** What stands between two members of a list of places: a comma, or "and"/"or" (with a comma before, "the" after). */
const LIST_GOES_ON = /^(?:,\s*|,?\s+(?:and|or)\s+(?:the\s+)?)$/i;

/**
 * The company an article is about: the one company its lede names (after its dateline; a ticker or a name's piece is
 * none), or of several, the one its headline names too. None where that is not one company: a stand-in ("the
 * company") then names no one for sure.
 */
export function articleSubject(article: IngestedArticle, sentences: Sentence[], entitiesBySentence: Map<number, { item: EntityMention; index: number }[]>): { item: EntityMention; index: number } | undefined {
  const lede = ledeOf(article, sentences);
  if (!lede) return undefined;
  const firms = participantsOf(lede, entitiesBySentence.get(lede.index) ?? []).filter(({ item }) => item.type === 'organization');
  const distinct = (xs: typeof firms) => [...new Map(xs.map((x) => [x.item.canonical.toLowerCase(), x])).values()];
  const named = distinct(firms);
  if (named.length === 1) return named[0];
  // (By any of its lede's spellings: "GM, Ford cut output" names both "General Motors (GM)" and "Ford".)
  // As a whole word ("Ford" is not in "affordable").
  const inHeadline = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'iu').test(article.title);
  const headlined = named.filter(({ item }) => firms.some((f) => f.item.canonical === item.canonical && inHeadline(f.item.text)));
  return headlined.length === 1 ? headlined[0] : undefined;
}

/**
 * A row of a wire's results or dividend table, as Reuters sends a company's figures under a headline that alone
 * names it: a label of a capitalised word and perhaps abbreviations in lower case, then figures compared with "vs"
 * ("Semi div 11 cts vs 16 cts prior", "Oper net 61.7 mln vs 52.9 mln", "Shr loss three cts vs profit six cts"; its
 * abbreviations may be capitalised, its figures not available: "Oper Shr loss 37 cts vs …", "Shr N.A. vs N.A.",
 * "Parent Company net profit 15.3 mln … vs"), or
 * a label and a day and nothing else ("Pay Aug 17", "Record July 28"). A sentence names no one that way; one with a
 * verb before its figures does ("Quanta shares rose 13 cts vs …").
 */
const TABLE_ROW = new RegExp(String.raw`^\p{Lu}\p{Ll}+\.?(?:\s+(?!(?:rose|fell|was|were|is|had|has|paid|earned|made|said|saw|posted|reported)\b)\p{L}\p{Ll}+\.?){0,3}\s+(?:(?:loss|profit)\s+)?(?:[\d.,/-]+|one|two|three|four|five|six|seven|eight|nine|ten|nil|N\.A\.)(?![\p{L}\d]).*\bvs\b`
  + String.raw`|^\p{Lu}\p{Ll}+\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\.?$`, 'u');


/** What may stand between two pieces of one name: spaces and brackets ("Industrial Equity (Pacific) Ltd"). */
const NAME_CONTINUES = /^[\s()]*$/;

/** A stock code as Reuters writes it: one word in angle brackets, in capitals or with an exchange suffix. */
const TICKER = /^<(?:[A-Z\d&]+|[\w&-]+\.[A-Z]{1,3})>$/;
