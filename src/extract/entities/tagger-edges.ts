/** Where the trained tagger's spans move a candidate's edges or weaken a head word's vote: words it alone reads as a name, firms cut at a title. */
import { lexiconTags } from '../nlp.ts';
import { headAgainstPlace, structureAgainstBody } from '../evidence.ts';
import { LEGAL_FORMS } from '../shapes.ts';
import type { TaggedSpan } from '../ner/index.ts';
import { gazetteerKey, shippedGazetteers } from '../ner/gazetteer.ts';
import type { Sentence } from '../../types.ts';
import { COMPASS_POINTS, CONNECTORS, FUNCTION_WORDS, NEVER_NAMES, ORG_HEADS, OTHER_HEADS, PLACE_HEADS, TITLE_HEADS } from '../lexicon.ts';
import type { Candidate, Token } from './types.ts';
import { isCommonWord, isFigureOrdinal, isTitleOnly, isTitlePlural, opensTheNews, prefixedOrdinaryWord, timesWritten } from './words.ts';
import { namesAPerson, namesAPlaceOrFirm } from './listed.ts';
import { SURE_BODY, SURE_PLACE } from './readings.ts';
import { endsFirmWithPeriod, partsAtSecondBody, recasedAfterInitials } from './connectors.ts';
import { startsName } from './openers.ts';
import { cleanRun, endsInDemonym } from './clean-run.ts';

/**
 * A people's adjective the tagger alone reads as a name describes too ("the Indian ocean"), but for a country the
 * shipped list names as such ("Philippines", which compromise also reads as a people).
 */
export function describesPeople(tokens: Token[]): boolean {
  if (!endsInDemonym(tokens)) return false;
  return !shippedGazetteers().entries.get(gazetteerKey(tokens.map((t) => t.text).join(' ')))?.includes('COUNTRY');
}

/**
 * A compass point the tagger alone reads as a name, written straight before a people's adjective ("West German
 * interest rates", "the West German central bank"), opens that adjective, which describes: it names no place there.
 * Issue 15, session 51 (ent99): in a train build of Reuters-21578 reut2-008 stories 0-899 (733 stories), "West" was a
 * name of its own, with a page, in 7 stories, every one of them from "West German".
 */
export function opensDemonym(words: Token[], tokens: Token[], text: string): boolean {
  if (words.length !== 1 || !COMPASS_POINTS.has(words[0]!.text)) return false;
  const next = tokens[tokens.indexOf(words[0]!) + 1];
  return !!next && text.slice(words[0]!.end, next.start) === ' ' && describesPeople([words[0]!, next]);
}

/**
 * The tagger reads the whole name as a place, and is sure of it ("West Bank", 0.96-0.99): the organisation's head word
 * ("Bank") counts for less (evidence.ts `HEAD_AGAINST_PLACE`), so the tagger and the name's other words decide.
 * Where it is less sure (a court read as a place, MEANTIME Apple) the head word keeps its weight.
 */
export function weakenHeadAgainstPlace(c: Candidate, span: { start: number; end: number }, placeOdds: number): void {
  if (!c.heads || span.start > c.start || span.end < c.end || placeOdds < SURE_PLACE) return;
  c.evidence = headAgainstPlace(c.evidence, c.heads);
  delete c.heads;
}

/**
 * The tagger reads the whole name as a body, and is sure of it (`SURE_BODY`): the place vote of a building's head word
 * is withdrawn from the evidence and the rules' votes the type model reads (a club named after a palace).
 */
export function weakenStructureAgainstBody(c: Candidate, span: { start: number; end: number }, bodyOdds: number): void {
  if (!c.structure || span.start > c.start || span.end < c.end || bodyOdds < SURE_BODY) return;
  c.evidence = structureAgainstBody(c.evidence, c.structure);
  c.rules = structureAgainstBody(c.rules, c.structure);
  delete c.structure;
}

/**
 * "AT", "WITH": a closed-class word written in capitals (FUNCTION_WORDS holds it with an initial capital; the nouns
 * there, "MARKETS", "POLICE", are words of headlines and names in capitals, so only what compromise's lexicon knows
 * as a preposition, conjunction, determiner or pronoun counts).
 */
const CLOSED_CLASS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun'];
export function shoutedFunctionWord(word: string): boolean {
  if (word.length < 2 || /\p{Ll}/u.test(word) || !FUNCTION_WORDS.has(word[0] + word.slice(1).toLowerCase())) return false;
  const tags = lexiconTags(word.toLowerCase());
  return CLOSED_CLASS.some((t) => tags.has(t));
}

/**
 * "Gordon Durie 75th" (a substitute and his minute): an ordinal in figures closing a name is no word of it when the
 * tagger leaves it out; in figures it opens names ("20th Century Fox", "101st Airborne") and never ends one.
 */
function isTrailingOrdinal(t: Token, c: Candidate): boolean {
  return t === c.tokens.at(-1) && isFigureOrdinal(t);
}

/**
 * "Sky Group Inc" of "U.S. Sky Group Inc", "Stock Exchange Ltd" of "Vellan Stock Exchange Ltd": common words (the case
 * table), head words and a legal form after a place name no firm by themselves; the place before them is what makes
 * them one, so a run the tagger reads as a place and such a firm stays whole. (A firm that opens the run is a name of
 * its own: "Pella Grain Co of Norland".)
 */
export function commonWordsFirm(words: Token[]): boolean {
  return words.length >= 2 && LEGAL_FORMS.test(words.at(-1)!.text) && words.slice(0, -1).every((t) => ORG_HEADS.has(t.text) || isCommonWord(t));
}

/** Whether words the tagger alone reads as a name may be one: capitalised, no calendar or function word, no lone head or title. */
export function taggerOnlyName(words: Token[]): boolean {
  if (!words.length || words.some((t) => NEVER_NAMES.has(t.text) || FUNCTION_WORDS.has(t.text)) || prefixedOrdinaryWord(words[0]!.text) || words.every((t) => LEGAL_FORMS.test(t.text))) return false;
  if (!words.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || CONNECTORS.has(t.text)) || isTitlePlural(words.at(-1)!.text)) return false;
  const only = words.length === 1 ? words[0]!.text : '';
  return !(OTHER_HEADS.has(only) || PLACE_HEADS.has(only) || isTitleOnly(only));
}

/**
 * Where the tagger reads a candidate as one name with other edges than the capitalisation rules found
 * ("Ontario-based Magna" → "Magna", "NFL AMERICAN" → "NFL", "Lloyd's List" whole across the possessive), its edges
 * win where they leave out no capitalised word of running text: it learnt them from labelled news. The candidate is made again from the words inside
 * the tagger's name, with the rules' evidence for those words; when the rules reject those words as a name, or the new
 * edges would reach into another candidate, the candidate stays as it was.
 */
export function takeTaggerEdges(found: Candidate[], spans: TaggedSpan[], sentence: Sentence, text: string, tokens: Token[], standalone: ReadonlySet<string>, body: string): void {
  joinFirmsCutAtTitle(found, spans, sentence, text, tokens, body);
  // Names the rules cut at a possessive that the tagger reads whole: "Lloyd's List", "Boatmen's Bancshares".
  for (const sp of spans) {
    const inside = found.filter((c) => c.start >= sp.start && c.end <= sp.end).sort((a, b) => a.start - b.start);
    if (inside.length < 2 || found.some((c) => !inside.includes(c) && c.start < sp.end && c.end > sp.start)) continue;
    if (!inside.slice(0, -1).every((c, k) => c.tokens.at(-1)!.possessive && /^['’]s?\s+$/.test(text.slice(c.end, inside[k + 1]!.start)))) continue;
    // A place's or a firm's possessive owns the next name ("Microsoft's Xbox", "Tottenham's Ledley King"), and any
    // possessive owns a person's full name after it ("The Office's Ricky Gervais", "Plaid Cymru's Elfyn Llwyd"). So
    // does a name the article writes on its own elsewhere ("Plaid Cymru said"): it is a name by itself, not the
    // opening of one ("Lloyd" of "Lloyd's List" stands nowhere alone).
    if (inside.slice(0, -1).some((c) => namesAPlaceOrFirm(c.tokens) || standalone.has(c.text)) || namesAPerson(inside.at(-1)!.tokens)) continue;
    const first = tokens.indexOf(inside[0]!.tokens[0]!);
    const last = tokens.indexOf(inside.at(-1)!.tokens.at(-1)!);
    if (first < 0 || last < first) continue;
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, last + 1));
    if (remade) found.splice(found.indexOf(inside[0]!), inside.length, remade);
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    const over = spans.filter((sp) => sp.start < c.end && sp.end > c.start);
    if (over.length !== 1 || c.dateline) continue;
    const sp = over[0]!;
    const first = tokens.findIndex((t) => t.start >= sp.start && t.end <= sp.end);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= sp.end) last++;
    const words = tokens.slice(first, last + 1);
    if (words[0]!.start === c.start && words.at(-1)!.end === c.end) continue;
    // Nor past a legal form's period that ended the name: the tagger reads on into the next sentence's "The"; nor
    // onto a word recased after "U.S.".
    if (words.some((t, k) => k > 0 && endsFirmWithPeriod(words[k - 1]!, t, words[k + 1]))) continue;
    if (words.some((_, k) => k > 0 && recasedAfterInitials(text, tokens, first + k - 1, first + k, body))) continue;
    if (!words.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || CONNECTORS.has(t.text) || t.text === 's')) continue;
    // Nor over an "and" that starts a second body ("House and Senate", "Bank of Tokyo and Bank of America").
    if (partsAtSecondBody(words).length > 1) continue;
    // Nor back over a possessive onto a person's full name ("The Office's Ricky Gervais"): the possessive owns him.
    if (words.some((t) => t.end <= c.start && t.possessive) && namesAPerson(c.tokens)) continue;
    // The tagger may leave out a describing compound ("Ontario-based") or a word of a line in capitals ("NFL
    // AMERICAN FOOTBALL"); a capitalised word in running text stays: it often starts a company's name that the
    // tagger, trained on other names, cuts short ("General Host Corp", "Applied Magnetics Corp", "Sex Pistols").
    const dropped = c.tokens.filter((t) => t.end <= words[0]!.start || t.start >= words.at(-1)!.end);
    const capitalsLine = c.tokens.every((t) => !/\p{Ll}/u.test(t.text));
    if (!capitalsLine && !dropped.every((t) => /\p{L}-\p{Ll}+$/u.test(t.text) || isTrailingOrdinal(t, c))) continue;
    if (found.some((o, j) => j !== i && o.start < words.at(-1)!.end && o.end > words[0]!.start)) continue;
    if (takesInOpeningWord(text, sentence, tokens, first, c, body)) continue;
    const remade = cleanRun(text, sentence, tokens, first, words);
    if (remade) found[i] = remade;
  }
}

/**
 * "Zorvane General Plastics Corp": the rules part a run at a title word inside it ("General", as in "U.S. General
 * Electric Co") into a prefix and a firm, and the tagger, which learnt firms' names from labelled news, reads the whole
 * run as one name. Where the firm after the title word ends in a legal form, the prefix is written straight before it
 * (one space), names no listed place or firm of its own and is written nowhere in the article without the firm, the
 * tagger's span is the name: the title word is a word of the firm's name, and so is what comes before it.
 */
function joinFirmsCutAtTitle(found: Candidate[], spans: TaggedSpan[], sentence: Sentence, text: string, tokens: Token[], body: string): void {
  for (const sp of spans) {
    const inside = found.filter((c) => c.start >= sp.start && c.end <= sp.end).sort((a, b) => a.start - b.start);
    if (inside.length !== 2 || found.some((c) => !inside.includes(c) && c.start < sp.end && c.end > sp.start)) continue;
    const [prefix, firm] = inside as [Candidate, Candidate];
    if (prefix.start !== sp.start || firm.end !== sp.end || text.slice(prefix.end, firm.start) !== ' ') continue;
    if (!TITLE_HEADS.has(firm.tokens[0]!.text) || !LEGAL_FORMS.test(firm.tokens.at(-1)!.text.replace(/\.$/, ''))) continue;
    if (prefix.tokens.some((t) => t.possessive) || namesAPlaceOrFirm(prefix.tokens) || timesWritten(body, prefix.text) > timesWritten(body, text.slice(prefix.start, firm.end))) continue;
    const first = tokens.indexOf(prefix.tokens[0]!);
    const last = tokens.indexOf(firm.tokens.at(-1)!);
    if (first < 0 || last < first) continue;
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, last + 1));
    if (remade) found.splice(found.indexOf(prefix), 2, remade);
  }
}

/**
 * "Unclogging Beijing's streets is…": the tagger, which learnt that a capitalised word before a name often opens it,
 * reaches back over a sentence's first word that the rules read as no name's and compromise's lexicon as a verb's
 * "-ing" or past form ("Unclogging", "Embattled"; not "House", also a noun, of "House Budget Committee"). Where the
 * article writes the name without that word elsewhere and never with it, the word is capitalised for the sentence, not
 * for the name ("Allied Stores Corp said", written once, keeps its first word).
 */
function takesInOpeningWord(text: string, sentence: Sentence, tokens: Token[], first: number, c: Candidate, body: string): boolean {
  const opener = tokens[first]!;
  const verbForm = ['Gerund', 'PastTense'].some((x) => lexiconTags(opener.text).has(x));
  if (opener.start >= c.start || !verbForm || !opensTheNews(text, sentence, opener) || startsName(text, sentence, tokens, first, body)) return false;
  return timesWritten(body, text.slice(opener.start, c.end)) === 1 && timesWritten(body, c.text) > 1;
}
