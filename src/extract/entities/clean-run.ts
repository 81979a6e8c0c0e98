/** Cutting and cleaning a run of capitalised tokens into a candidate name: titles and portfolios stripped, describing words cut, runs that name nothing dropped. */
import { lexiconTags } from '../nlp.ts';
import { editDistance } from '../../util/edit-distance.ts';
import { LEGAL_FORMS, describingCompound, describingParticiple, isAcronym } from '../shapes.ts';
import { usualCase } from '../ner/words.ts';
import { teamSheetItems } from '../team-sheet.ts';
import { gazetteerKey, shippedGazetteers } from '../ner/gazetteer.ts';
import type { Sentence } from '../../types.ts';
import {
  AMBIGUOUS_TITLE_HEADS, CONNECTORS, FUNCTION_WORDS, NAME_PARTICLES, ORG_HEADS, OTHER_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS,
  TENURE_MODIFIERS,
} from '../lexicon.ts';
import type { Candidate, Token } from './types.ts';
import {
  breakBetween, isLoneTitle, isNameWord, isPlaceWord, isTitlePlural, namesAThing, opensTheNews, sentenceInitial, taggedDemonym, titleCase,
} from './words.ts';
import { weighRun } from './readings.ts';
import { describedPerson, FOUNDERS_INITIALS, unseenFirstWord, withoutPartyMember, withoutTrailingTitle } from './name-edges.ts';
import { openerOnly, opensTitle, opensWithOrdinal, sheetInitial, shoutedPlace, usStateAfterCity } from './openers.ts';

const isPortfolioWord = (t: Token | undefined) => !!t && TITLE_MODIFIERS.has(t.text) && !isAcronym(t.text);
const isPortfolioLink = (t: Token | undefined) => t?.text === 'of' || t?.text === 'for';

/**
 * Where a title's portfolio ends: "of" or "for" (perhaps "the") and the words a title takes, from tokens[from]
 * ("Secretary of State Ivo Penrik", "Minister of State for Trade Ann Crane", "Chancellor of the Exchequer Tom
 * Lorvan"), so that the name after it is not read as "State Ivo Penrik"; `from` itself when no portfolio follows.
 * `opened`: the title's "of" or "for" came before tokens[from] (a run the tagger cut there: "Finance Bob Lane").
 */
export function portfolioEnd(tokens: Token[], from: number, opened = false): number {
  let k = from;
  if (opened) while (isPortfolioWord(tokens[k])) k++;
  while ((k > from || !opened) && isPortfolioLink(tokens[k])) {
    const word = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
    if (!isPortfolioWord(tokens[word])) break;
    k = word + 1;
    while (isPortfolioWord(tokens[k])) k++;
  }
  return k;
}

/**
 * The title head a word is ("President"), or one typing slip off (a letter added, dropped, changed or two swapped)
 * from a title head of seven letters or more, when the word itself is none news knows (the case table, the shipped
 * lists): "Preesident Vorbeck" is President Vorbeck. Shorter heads ("Mayor", "Judge") are too near real names.
 */
function titleHead(word: string): string | undefined {
  if (TITLE_HEADS.has(word)) return word;
  if (word.length < 7 || !/^\p{Lu}\p{Ll}+$/u.test(word) || usualCase(word) !== undefined || shippedGazetteers().entries.has(gazetteerKey(word))) return undefined;
  return LONG_TITLE_HEADS.find((h) => Math.abs(h.length - word.length) <= 1 && editDistance(word, h, true) === 1);
}

/** The title heads a slip is read against (titleHead), in a fixed order. */
const LONG_TITLE_HEADS = [...TITLE_HEADS].filter((h) => h.length >= 7 && /^\p{Lu}\p{Ll}+$/u.test(h)).sort();

/** Whether all[at] comes right after a title and its portfolio's "of" or "for": "Minister of | Finance Bob Lane". */
export function followsTitlePortfolio(all: Token[], at: number): boolean {
  let j = at - 1;
  if (all[j]?.text === 'the') j--;
  if (!isPortfolioLink(all[j])) return false;
  j--;
  while (j >= 0 && (isPortfolioWord(all[j]) || isPortfolioLink(all[j]) || all[j]!.text === 'the') && !TITLE_HEADS.has(all[j]!.text)) j--;
  return j >= 0 && TITLE_HEADS.has(all[j]!.text.replace(/\.$/, ''));
}

/**
 * A run of capitalised tokens cleaned into a candidate name (`role`: an employer's or an officer's name, or one the
 * archive marks whole): its title, portfolio and describing words stripped; null where what is left names nothing.
 */
export function cleanRun(text: string, sentence: Sentence, all: Token[], startIndex: number, run: Token[], role?: 'employer' | 'officer' | 'marked'): Candidate | null {
  const at: RunAt = { text, sentence, all, startIndex, run, role };
  // A name the archive marks whole (`joinMarkedWhole`) keeps its words: nothing is stripped but an opening "The".
  const asWritten = role === 'marked';
  const titled = withoutTitle(at, asWritten);
  if (!titled) return null;
  const cleaned = asWritten ? { tokens: titled.tokens.length > 1 && titled.tokens[0]!.text === 'The' ? titled.tokens.slice(1) : titled.tokens, titleStripped: titled.titleStripped } : withoutDescribingWords(at, titled);
  if (namesNothing(cleaned.tokens)) return null;
  return cleanedCandidate(at, cleaned);
}

/** A run of capitalised tokens `cleanRun` cleans, where it stands among the sentence's tokens, and its role. */
interface RunAt {
  text: string;
  sentence: Sentence;
  all: Token[];
  startIndex: number;
  run: Token[];
  role?: 'employer' | 'officer' | 'marked';
}

/** A run's tokens as cleaning leaves them, and whether a title or a description was stripped from before the name. */
interface Cleaned {
  tokens: Token[];
  titleStripped: boolean;
}

/** The token before a run: none for an officer's name, whose firm is written straight before it. */
const tokenBefore = ({ all, startIndex, role }: RunAt, back = 1) => (role === 'officer' ? undefined : all[startIndex - back]);

/** The run without its title ("Deputy Finance Minister") or a portfolio before the name; null where only a title is left. */
function withoutTitle({ all, startIndex, run }: RunAt, asWritten: boolean): Cleaned | null {
  let tokens = run;
  let titleStripped = false;
  // Strip a title: everything up to the last title head, when a name follows it.
  let titleAt = -1;
  let head = '';
  for (let k = 0; k < (asWritten ? 0 : tokens.length - 1); k++) {
    const w = titleHead(tokens[k]!.text.replace(/\.$/, ''));
    if (w && tokens.slice(0, k).every((x) => TITLE_MODIFIERS.has(x.text) || TITLE_HEADS.has(x.text) || isNameWord(x))) [titleAt, head] = [k, w];
  }
  if (titleAt >= 0) {
    const portfolio = portfolioEnd(tokens, titleAt + 1);
    // "Secretary of State for Culture": a title, no one's name.
    if (portfolio > titleAt + 1 && portfolio === tokens.length) return null;
    const rest = tokens.slice(portfolio);
    const personLike = rest.some((x) => x.tags.has('Person') || x.tags.has('FirstName') || x.tags.has('LastName')) || unseenFirstWord(rest);
    // "Vice Chairman of Quanta Inc.": a title joined by "of" to a firm is the title of someone at the firm; the firm
    // is the name. (After the title itself, the firm's words are its name: "Grocers General Corp".)
    const restIsOrg = namesAThing(rest) && rest[0]!.text !== 'of';
    // "Executive Vice President of First Federal Thrift Bank of Pella": a word a portfolio takes ("First",
    // "Federal") that opens a body's name ending in its head word belongs to the body, which is the name.
    if (restIsOrg && portfolio > titleAt + 1) tokens = tokens.slice(titleAt + 1);
    else if (!restIsOrg && (!AMBIGUOUS_TITLE_HEADS.has(head) || (rest.length >= 2 && personLike) || titleAt > 0)) {
      tokens = rest;
      // "MP for Hornsey", "Minister for Defence Procurement": what follows "for" is a seat or a portfolio, no person's
      // name; "Prince of Wales", "Archbishop of Canterbury" do name a person by the title.
      titleStripped = rest[0]!.text !== 'for';
    }
  }
  if (!asWritten && !titleStripped && followsTitlePortfolio(all, startIndex)) {
    const portfolio = portfolioEnd(tokens, 0, true);
    if (portfolio === tokens.length) return null;
    if (portfolio > 0) {
      tokens = tokens.slice(portfolio);
      titleStripped = true;
    }
  }
  return { tokens, titleStripped };
}

/** The run without the words that describe the name: a party member's word, a trailing title, what the person is, leading function words. */
function withoutDescribingWords(at: RunAt, { tokens, titleStripped }: Cleaned): Cleaned {
  const { text, sentence, all, run } = at;
  tokens = withoutPartyMember(text, withoutTrailingTitle(tokens));
  // "Conservative Michael Fallon", "New Zealander Graham Henry", "Lock Alec Parker": what the person is, said before
  // the person's first name and surname, is no part of the name.
  const described = describedPerson(tokens, tokens[0] === run[0] ? tokenBefore(at) : undefined);
  if (described > 0) {
    tokens = tokens.slice(described);
    titleStripped = true;
  }
  // "New York-based Brookehill Partners", "Asher Edelman-led Plaza Group": the words up to a describing compound
  // describe the name after it; that is the name. (A compound that ends the run is left whole to the page rules.)
  const compound = tokens.slice(0, -1).map((t, k) => (k === 0 ? describingCompound(t.text) : describingParticiple(t.text))).lastIndexOf(true);
  if (compound >= 0) tokens = tokens.slice(compound + 1);
  // Leading function words ("The Hague" keeps its "The" only when compromise calls it a place) and trailing connectors.
  // A particle after a title is the surname's own ("Mr van Rompuy", "President de Gaulle").
  const ownParticle = (t: Token[]) => titleStripped && t.length > 1 && NAME_PARTICLES.has(t[0]!.text);
  // "Former Conservative leader X": a word for when someone held a post, capitalised for the sentence, is no name's.
  if (tokens.length > 1 && TENURE_MODIFIERS.has(tokens[0]!.text) && sentenceInitial(text, sentence, tokens[0]!)) tokens = tokens.slice(1);
  while (tokens.length && ((FUNCTION_WORDS.has(tokens[0]!.text) && !sheetInitial(sentence, tokens[0]!) && !opensWithOrdinal(text, sentence, tokens) && !opensTitle(text, all, all.indexOf(tokens[0]!))) || (CONNECTORS.has(tokens[0]!.text) && !ownParticle(tokens)))) tokens = tokens.slice(1);
  // "the Orlin Daily Press and The Pella-Courier" read by the tagger up to "The": an article after a connector opens the
  // next name, it ends none.
  while (tokens.length && (CONNECTORS.has(tokens.at(-1)!.text) || (tokens.at(-1)!.text === 'The' && tokens.length > 1 && CONNECTORS.has(tokens.at(-2)!.text)))) tokens = tokens.slice(0, -1);
  return { tokens, titleStripped };
}

/** What cleaning left names nothing: no word, a lone title, figures alone, or no proper name. */
function namesNothing(tokens: Token[]): boolean {
  return !tokens.length || (tokens.length === 1 && isLoneTitle(tokens[0]!.text)) || tokens.every((t) => /^\p{N}/u.test(t.text)) || !isProperName(tokens);
}

/** The candidate of a cleaned run: its name as written (a name in capitals recased), weighed with the words around the run. */
function cleanedCandidate(at: RunAt, { tokens, titleStripped }: Cleaned): Candidate {
  const { text, sentence, all, startIndex, run, role } = at;
  const before = tokenBefore(at);
  const before2 = tokenBefore(at, 2);
  const after = all[startIndex + run.length];
  const after2 = all[startIndex + run.length + 1];
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  const start = first.start;
  const end = last.end;
  let name = text.slice(start, end);
  let datelineCaps = false;
  if (tokens.every((t) => isAcronym(t.text) || !/\p{Ll}/u.test(t.text)) && (tokens.some((t) => t.text.replace(/\W/g, '').length > 5) || shoutedPlace(sentence, tokens))) {
    // An all-caps dateline word ("WASHINGTON –") is a name written in capitals, not an acronym.
    name = titleCase(name);
    datelineCaps = tokens.length === 1 && /^\s*[-–—]/.test(text.slice(end, end + 3));
  }
  const state = usStateAfterCity(text, tokens, before);
  const { evidence, heads, structure } = weighRun(text, tokens, { before, before2, after, after2 }, {
    titleStripped, datelineCaps, usState: state !== undefined, employer: role === 'employer', ampersand: name.includes(' & '), workTitle: false, marked: role === 'marked',
    foundersInitials: FOUNDERS_INITIALS.test(name),
    teamSheet: teamSheetItems(sentence.text).some(([from, to]) => start - sentence.start >= from && end - sentence.start <= to),
  });

  const withoutOpener = openerOnly(text, sentence, tokens) ? cleanRun(text, sentence, all, all.indexOf(tokens[1]!), tokens.slice(1)) : null;
  // Only where it modifies the common noun after it ("Human rights", "Security forces"); "Jobs said" stays a name.
  const initial = tokens.length === 1 && opensTheNews(text, sentence, first) && !!after && !breakBetween(text, last, after) && /^\p{Ll}/u.test(after.text) && (after.tags.has('Noun') || after.tags.has('Adjective')) && !after.tags.has('Verb');
  return { paragraph: sentence.paragraph, sentence: sentence.index, start, end, text: name, tokens, evidence, rules: { ...evidence }, ...(heads ? { heads } : {}), ...(structure ? { structure } : {}), ...(initial ? { initial } : {}), ...(withoutOpener ? { withoutOpener } : {}), ...(state ? { state } : {}), ...(titleStripped ? { titled: true as const } : {}) };
}

/** Rejects capitalised runs that are not names: lone head nouns and titles, demonyms, place compounds. */
export function isProperName(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text);
  const only = words.length === 1 ? words[0]! : null;
  if (only && (ORG_HEADS.has(only) || PLACE_HEADS.has(only) || OTHER_HEADS.has(only) || FUNCTION_WORDS.has(only))) return false;
  if (isTitlePlural(words.at(-1)!)) return false;
  // "Co Inc", "Ltd": a legal form is said of a name; alone it names nothing.
  if (words.every((w) => LEGAL_FORMS.test(w))) return false;
  if (words.some((w) => TITLE_HEADS.has(w)) && words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))) return false;
  // "Chinese", "North Korean": nationalities describe, they don't name (CoNLL calls them MISC).
  // A lone adjective out of context ("British", "Italian") describes; it does not name.
  if (only && !isAcronym(only)) {
    const lex = lexiconTags(only);
    if (lex.has('Adjective') && !lex.has('Noun') && !lex.has('ProperNoun')) return false;
  }
  if (endsInDemonym(tokens)) return false;
  // "China-US relations", "Sino-US ties": a compound of places used as an adjective.
  if (only && /^\p{Lu}[\p{L}]*-\p{Lu}/u.test(only) && only.split('-').every(isPlaceWord)) return false;
  return true;
}

/** "North Korean", "Indian" (in "the Indian ocean"): a people's adjective describes, unless an organisation owns it. */
export function endsInDemonym(tokens: Token[]): boolean {
  const last = tokens.at(-1)!;
  return (last.tags.has('Demonym') || taggedDemonym(last.text)) && !tokens.some((t) => t.tags.has('Organization') && t !== last);
}
