/** The candidate names of a sentence: runs of capitalised tokens (connectors allowed inside), titles of works, partnerships and the dateline's city. */
import { LEGAL_FORMS, isCapitalised } from '../shapes.ts';
import { keepsCapitals } from '../ner/words.ts';
import { datelineCitySpan, datelineLength } from '../dateline.ts';
import type { Sentence } from '../../types.ts';
import {
  CONNECTORS, HEAD_CONNECTORS, FUNCTION_WORDS, NAME_PARTICLES, ORG_NOUNS_BEFORE_OF, PLACE_PREPOSITIONS, STAND_IN_NOUNS, SURNAME_ADDRESSES, ORG_HEADS,
  PLACE_HEADS, SUBJECT_HEADS, TITLE_HEADS, TITLE_MODIFIERS, TRANSFER_WORDS, WEAK_CONNECTORS,
} from '../lexicon.ts';
import { namesAListedPlace } from './listed.ts';
import type { Candidate, Token } from './types.ts';
import { breakBetween, isNameWord, nameWordsFrom, onlyHeads, opensPersonName, opensTheNews, timesWritten, titleCase } from './words.ts';
import { weighRun } from './readings.ts';
import {
  ampersandJoins, bind, bracketedCountryJoins, connectorJoins, countryAfterEventHead, endsFirmWithPeriod, partnershipEnd, recasedAfterInitials, REGNAL_NUMBER,
  slashJoins, stationNumber,
} from './connectors.ts';
import { titleCandidate } from './titles.ts';
import { opensPartnersName, startsName, usStateAfterCity } from './openers.ts';
import { cleanRun } from './clean-run.ts';

/** One word right after a form of address that goes before surnames ("Mr Howard", "Dr. Khoo"): see `joinFirstWords`. */
export function afterSurnameAddress(text: string, tokens: Token[], c: Candidate): boolean {
  const before = tokens[tokens.indexOf(c.tokens[0]!) - 1];
  return c.tokens.length === 1 && !!before && SURNAME_ADDRESSES.has(before.text.replace(/\.$/, '')) && text.slice(before.end, c.start) === ' ';
}

/**
 * A mention written as a place's: after a preposition of places ("in Kent", "near Burlington"; not after a holding or a
 * deal, "a stake in Burlington") or before a comma and a U.S. state or a listed place ("Burlington, Vt."): a firm's
 * leading words are no short form of it there (see within-article.ts `joinLeadingWords`). A dateline's city is left to
 * its own rule.
 */
export function writtenAsPlace(text: string, tokens: Token[], c: Candidate): boolean {
  if (c.dateline) return false;
  const k = tokens.indexOf(c.tokens[0]!);
  const [before, owner] = [tokens[k - 1], tokens[k - 2]];
  const holding = !!owner && (ORG_NOUNS_BEFORE_OF.has(owner.text.toLowerCase()) || STAND_IN_NOUNS.has(owner.text.toLowerCase()) || TRANSFER_WORDS.has(owner.text.toLowerCase()));
  if (before && PLACE_PREPOSITIONS.has(before.text) && text.slice(before.end, c.start) === ' ' && !holding) return true;
  const after = tokens[tokens.indexOf(c.tokens.at(-1)!) + 1];
  if (!after || !/^ ?, $/.test(text.slice(c.end, after.start))) return false;
  return usStateAfterCity(text, [after], c.tokens.at(-1)) !== undefined || (isCapitalised(after.text) && namesAListedPlace(after.text));
}

/**
 * A body's head word alone that is a piece of a longer name the reading cut short: a capitalised word glued before it
 * ("State Department" read as "State" and "Department") or "of" and a name after it ("the Department of the
 * Interior, Farms and Rural Areas"). It is short for that name, not for another body of the article.
 */
export function cutFromLongerName(text: string, tokens: Token[], c: Candidate): boolean {
  if (c.tokens.length !== 1 || !ORG_HEADS.has(c.text)) return false;
  const k = tokens.indexOf(c.tokens[0]!);
  const before = tokens[k - 1];
  const glued = !!before && !before.possessive && isCapitalised(before.text) && !FUNCTION_WORDS.has(before.text) && text.slice(before.end, c.start) === ' ';
  const named = tokens[k + 2]?.text === 'the' ? tokens[k + 3] : tokens[k + 2];
  return glued || (tokens[k + 1]?.text === 'of' && !!named && isCapitalised(named.text));
}

// ------------------------------------------------------------------ candidates

/** The name candidates of a sentence, in order: a dateline's city, titles of works, runs of name words. */
export function findCandidates(text: string, sentence: Sentence, tokens: Token[], allCaps: boolean, body: string): Candidate[] {
  if (allCaps) return [];
  const city = datelineCity(text, sentence, tokens);
  const out: Candidate[] = city ? [city] : [];
  let i = city ? city.tokens.length : 0;
  while (i < tokens.length) {
    const title = titleCandidate(text, sentence, tokens, i, body);
    if (title) {
      out.push(title);
      i = tokens.indexOf(title.tokens.at(-1)!) + 1;
      continue;
    }
    if (!startsName(text, sentence, tokens, i, body)) {
      i++;
      continue;
    }
    const j = partnershipEnd(text, tokens, i);
    if (j > i) {
      out.push(...bind(splitTitledRun(text, sentence, tokens, i, tokens.slice(i, j))));
      i = j;
      continue;
    }
    const name = nameEnd(text, sentence, tokens, i, body);
    const made = splitTitledRun(text, sentence, tokens, i, tokens.slice(i, name.end));
    out.push(...(name.bound ? bind(made) : made));
    i = name.end;
  }
  const opener = partnersOpener(text, sentence, tokens, body);
  return opener && !out.some((c) => c.start <= opener.start && c.end > opener.start) ? [opener, ...out].sort((a, b) => a.start - b.start) : out;
}

/**
 * Where the name that starts at token `i` ends (the token after its last), and whether its words are bound into one
 * name (an ampersand, a slash, a regnal number, a station number or a binding connector joins them).
 */
function nameEnd(text: string, sentence: Sentence, tokens: Token[], i: number, body: string): { end: number; bound: boolean } {
  let j = i + 1;
  let bound = false;
  while (j < tokens.length && !tokens[j - 1]!.possessive) {
    const t = tokens[j]!;
    // Punctuation ends the name, but for an ampersand that joins one ("Marks & Spencer").
    if (breakBetween(text, tokens[j - 1]!, t)) {
      if (bracketedCountryJoins(text, tokens, j)) {
        j += 2;
        bound = true;
        continue;
      }
      if (!ampersandJoins(text, tokens, i, j) && !slashJoins(text, tokens, j)) break;
      bound = true;
    }
    if (j - 1 > i && endsFirmWithPeriod(tokens[j - 1]!, t, tokens[j + 1])) break;
    if (recasedAfterInitials(text, tokens, i, j, body)) break;
    if (j - 1 > i && countryAfterEventHead(tokens[j - 1]!, t)) break;
    // A calendar word continues a name after a first name ("Theresa May") or a particle ("Del Mar"), never starts one.
    if (isNameWord(t) || (isCapitalised(t.text) && j - 1 === i && (tokens[j - 1]!.tags.has('FirstName') || NAME_PARTICLES.has(tokens[j - 1]!.text.toLowerCase())))) {
      // A regnal number belongs to the name before it ("Richard III", "Henry VIII"), however the tagger reads it.
      bound ||= REGNAL_NUMBER.test(t.text);
      j++;
      continue;
    }
    if (stationNumber(text, tokens[j - 1]!, t)) {
      j++;
      bound = true;
      break;
    }
    // A connector joins only when a name word follows ("Ministry of Finance", not "Canada and the"); after "and" a
    // function word opens the next name ("the Vellish Times and The Observer" are two papers).
    const next = tokens[j + 1];
    const headConnector = HEAD_CONNECTORS.has(t.text) && SUBJECT_HEADS.has(tokens[j - 1]!.text);
    // Nor before a title a capitalised small word opens ("won for On the Quayfront"): the title is a name of its own.
    const join = (CONNECTORS.has(t.text) || headConnector) && next && isNameWord(next) && !breakBetween(text, t, next) && !(WEAK_CONNECTORS.has(t.text) && FUNCTION_WORDS.has(next.text)) && !(FUNCTION_WORDS.has(next.text) && titleCandidate(text, sentence, tokens, j + 1, body)) ? connectorJoins(tokens.slice(i, j), t.text, nameWordsFrom(text, tokens, j + 1), body) : null;
    if (join) {
      bound ||= join === 'binds';
      j += 2;
      continue;
    }
    // Two particles: "Ursula von der Leyen", "Antonio de la Rosa".
    const after = tokens[j + 2];
    if (NAME_PARTICLES.has(t.text) && next && NAME_PARTICLES.has(next.text) && after && isNameWord(after) && !breakBetween(text, t, next) && !breakBetween(text, next, after)) {
      j += 3;
      continue;
    }
    break;
  }
  return { end: j, bound };
}

/**
 * "Apple CEO Steve Jobs": a name, then a title, then a person. The leading name is the person's organisation
 * (or country) and becomes a candidate of its own; the rest goes on to title stripping.
 */
function splitTitledRun(text: string, sentence: Sentence, all: Token[], startIndex: number, run: Token[]): Candidate[] {
  const glued = personAfterFirm(text, run);
  if (glued > 0) {
    const firm = cleanRun(text, sentence, all, startIndex, run.slice(0, glued), 'employer');
    const person = cleanRun(text, sentence, all, startIndex + glued, run.slice(glued), 'officer');
    return [firm, person && { ...person, officer: true as const }].filter((c): c is Candidate => !!c);
  }
  const isTitleWord = (t: Token) => TITLE_HEADS.has(t.text.replace(/\.$/, '')) || TITLE_MODIFIERS.has(t.text);
  const firstTitle = run.findIndex(isTitleWord);
  if (firstTitle > 0 && run.slice(firstTitle).some((t) => TITLE_HEADS.has(t.text.replace(/\.$/, ''))) && !TITLE_MODIFIERS.has(run[0]!.text)) {
    let end = firstTitle;
    while (end < run.length && isTitleWord(run[end]!)) end++;
    const lastTitle = run[end - 1]!.text.replace(/\.$/, '');
    if (end < run.length && TITLE_HEADS.has(lastTitle) && !ORG_HEADS.has(run[firstTitle - 1]!.text) && !onlyHeads(run.slice(end))) {
      const prefix = cleanRun(text, sentence, all, startIndex, run.slice(0, firstTitle), 'employer');
      const rest = cleanRun(text, sentence, all, startIndex + firstTitle, run.slice(firstTitle));
      return [prefix, rest].filter((c): c is Candidate => c !== null);
    }
  }
  const c = cleanRun(text, sentence, all, startIndex, run);
  return c ? [c] : [];
}

/** The most words of a person's name `personAfterFirm` parts from a firm's: a first name, an initial, a surname. */
const GLUED_PERSON_WORDS = 3;

/**
 * "Zorvex Group Harlan T. Quimbey, chairman, said": a firm's name ending in its head or legal form ("Group", "Inc"),
 * written straight before a person's (a first name, the gazetteers' or compromise's, then an initial or a surname, up
 * to `GLUED_PERSON_WORDS` words) whom an apposition after a comma gives a post (", chairman", ", vice president",
 * TITLE_HEADS or TITLE_MODIFIERS in lower case) is two names: the firm, and its officer. The index in `run` where
 * the person's name starts, or 0. In CoNLL eng.train no organisation runs on past its head word into a first name
 * before such an apposition (15 organisations continue past a head before a comma and a word in lower case; none so).
 */
function personAfterFirm(text: string, run: Token[]): number {
  const k = run.length - GLUED_PERSON_WORDS <= 0 ? -1 : run.findIndex((t, n) => n > 0 && n >= run.length - GLUED_PERSON_WORDS && n <= run.length - 2 && opensPersonName(t));
  if (k <= 0) return 0;
  const head = run[k - 1]!;
  if (head.possessive || !(ORG_HEADS.has(head.text) || LEGAL_FORMS.test(head.text))) return 0;
  const person = run.slice(k);
  if (!person.every((t) => isNameWord(t) && !t.possessive && !LEGAL_FORMS.test(t.text) && !ORG_HEADS.has(t.text) && !PLACE_HEADS.has(t.text))) return 0;
  const post = /^\s*,\s*(\p{Ll}+)/u.exec(text.slice(run.at(-1)!.end))?.[1];
  const titled = (w: string) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
  return post && titled(post[0]!.toUpperCase() + post.slice(1)) ? k : 0;
}

/**
 * "Standard and Poor's cut…": a sentence's first word, which the rules drop when it is an ordinary word ("Standard",
 * "Health") and the tagger reads as none, is kept where it opens a pair news writes as one name of two partners (the
 * learnt table, partner-names.ts) and the article writes neither word alone, for `joinPartners` to join with its
 * partner: inside a sentence the pair is read whole, at its start only the partner was ("Poor"). Not joined, it goes.
 */
function partnersOpener(text: string, sentence: Sentence, tokens: Token[], body: string): Candidate | null {
  // The news opens after a dateline too ("PELLA, May 5 - Standard and Vellmark's put …"), where the same holds.
  const from = sentence.start + datelineLength(sentence.text);
  const k = tokens.findIndex((t) => t.start >= from);
  if (k < 0 || !opensTheNews(text, sentence, tokens[k]!)) return null;
  const [t, and, partner] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!t || !and || !partner || !opensPartnersName(text, tokens, k)) return null;
  if (timesWritten(body, t.text) !== timesWritten(body, `${t.text} and ${partner.text}`)) return null;
  const { evidence } = weighRun(text, [t], { after: and, after2: partner }, {
    titleStripped: false, datelineCaps: false, usState: false, employer: false, ampersand: false, teamSheet: false,
  });
  return { paragraph: sentence.paragraph, sentence: sentence.index, start: t.start, end: t.end, text: t.text, tokens: [t], evidence, rules: { ...evidence }, partnersOpener: true };
}

/**
 * "ST. LOUIS, April 9 -", "THE HAGUE, April 9 -", "OAK BROOK, Ill., April 9 -": the city a dateline opens with is one
 * place, however its words read alone (a saint's abbreviation, "The", common words in capitals).
 */
function datelineCity(text: string, sentence: Sentence, tokens: Token[]): Candidate | null {
  const span = datelineCitySpan(sentence.text);
  if (!span) return null;
  const run = tokens.filter((t) => t.start >= sentence.start + span.start && t.end <= sentence.start + span.end);
  if (!run.length) return null;
  const [first, last] = [run[0]!, run.at(-1)!];
  const next = tokens.indexOf(last) + 1;
  const written = text.slice(first.start, last.end);
  const name = run.every((t) => keepsCapitals(t.text)) ? written : titleCase(written);
  const { evidence } = weighRun(text, run, { after: tokens[next], after2: tokens[next + 1] }, {
    titleStripped: false, datelineCaps: true, usState: false, employer: false, ampersand: false, teamSheet: false,
  });
  return { paragraph: sentence.paragraph, sentence: sentence.index, start: first.start, end: last.end, text: name, tokens: run, evidence, rules: { ...evidence }, bound: true, dateline: true };
}
