/** What joins capitalised words into one name or parts them: "and", "of", "&", a slash, a partnership's list, a station's number, a regnal number. */
import { lexiconTags } from '../nlp.ts';
import { LEGAL_FORMS, isAcronym, isCapitalised, isDottedInitials } from '../shapes.ts';
import { usualCase } from '../ner/words.ts';
import { joinsByModel } from '../joiner.ts';
import { isPersonNoun } from '../trigger-sense.ts';
import { countryInitials, gazetteerKey, shippedGazetteers } from '../ner/gazetteer.ts';
import {
  CHAMBERS, COMPASS_POINTS, CONNECTORS, FIRM_NAME_ENDS, HEAD_CONNECTORS, FUNCTION_WORDS, NAME_PARTICLES, NUMBERED_HEADS, NEWSPAPER_HEADS,
  ORG_FIRST, ORG_HEADS, OTHER_HEADS, EVENT_HEADS_BEFORE_COUNTRY, PLACE_HEADS, STRUCTURE_HEADS, SUBJECT_HEADS, TITLE_HEADS, WEAK_CONNECTORS,
  PARTICLES_ALSO_ENGLISH, TOWN_NAMED_HEADS,
} from '../lexicon.ts';
import type { Candidate, Token } from './types.ts';
import { breakBetween, INITIAL, isCommonWord, isNameWord, nameWordsFrom, timesWritten } from './words.ts';
import { namesACountryOrRegion, namesAListedPlace, namesAPlaceWhole } from './listed.ts';
import { isStateName } from '../us-states.ts';
import { describesTheNameAfter } from '../recased-description.ts';

/** "Radio 4", "Channel 4": a station's number ends its name ("Radio 1 DJ Trevor Nelson" is the station and a DJ). */
export function stationNumber(text: string, head: Token, t: Token): boolean {
  return NUMBERED_HEADS.has(head.text) && !head.possessive && /^\d{1,2}$/.test(t.text) && text.slice(head.end, t.start) === ' ';
}

/** The article (`body`) writes the word in lower case somewhere (words.ts `timesWritten`: whole words, counted once per article). */
const writtenInLowerCase = (word: string, body: string): boolean => body !== '' && /^\p{L}+$/u.test(word) && timesWritten(body, word.toLowerCase()) > 0;

/**
 * The capital of a word after dotted initials is its own, not the recasing's: a ticker follows it ("U.S. Quarrow <UQW>":
 * Reuters writes a listed firm's symbol right after its name), or the article writes the word alone as a name after
 * "the" elsewhere ("director of the U.S. Quarrow, …" and "the Quarrow is …"), unless the word is a body's head (ORG_HEADS:
 * "the Bank" stands for another bank's whole name, "the Bank of Norland") or "of" or a capital follows it there.
 * Session 50 (ent97), train stories (1,118 of Reuters-21578 reut2-003 … reut2-021, every one with dotted initials
 * before a `mixed` word its article also writes in lower case): of the 93 spans the cut below takes, 3 were real names
 * (a mint, a tobacco firm before its ticker, a customs service); these two readings keep the first two and none of the
 * 90 junk spans (a first version that took any lower-case word before the word alone kept "U.S. Bank" and "U.S.
 * Industry" glued: "the Bank's action", "Trade and Industry").
 */
function ownCapital(text: string, t: Token, body: string): boolean {
  if (/^\s*<[A-Z][A-Z.]*>/.test(text.slice(t.end))) return true;
  if (body === '' || ORG_HEADS.has(t.text)) return false;
  return new RegExp(String.raw`(?:^|\s)the\s+${t.text}(?![\p{L}\d])(?!['’]?s?\s+(?:\p{Lu}|of\b))`, 'u').test(body);
}

/**
 * "U.S. Firms said", "U.K. Interest rates", "U.S. And Japan": wire copy recased from capitals opens every word after a
 * period with a capital, so after "U.S." or "U.K." a word news writes in lower case is no part of the name, unless
 * more of the name follows it ("U.S. Government Accounting Office") and the word is no noun describing that name
 * ("U.S. Firm Amoco Corp": recased-description.ts). So is a word news writes both ways (the case table's `mixed`:
 * "Bank", "Equity", "Group") that the article itself writes in lower case elsewhere (`body`) and that no more of a
 * name follows: "a U.S. Bank said" where the story says "bank", but "U.S. Department of Transportation" (session 46,
 * ent84: on the train labels every such span is no name, 7 of 7, while the 9 real names of that shape — "U.S. Lines",
 * "U.S. District Court" — have no such lower-case word in their article).
 */
export function recasedAfterInitials(text: string, tokens: Token[], i: number, j: number, body = ''): boolean {
  const t = tokens[j]!;
  if (j - 1 !== i || !isDottedInitials(tokens[i]!.text)) return false;
  const usual = usualCase(t.text);
  const next = tokens[j + 1];
  if (usual === 'mixed') return writtenInLowerCase(t.text, body) && !ownCapital(text, t, body) && (!next || breakBetween(text, t, next) || (!isNameWord(next) && !CONNECTORS.has(next.text)));
  if (usual !== 'lower') return false;
  return FUNCTION_WORDS.has(t.text.toLowerCase()) || CONNECTORS.has(t.text.toLowerCase()) || !next || !isNameWord(next) || breakBetween(text, t, next) || describesTheNameAfter(tokens[i]!.text, t.text, nameWordsFrom(text, tokens, j + 1).map((w) => w.text));
}

/**
 * "at the Zorbix Cup Wales' big talk", "the Davis Cup Spain side": a country (compromise's lexicon or the shipped
 * list; "Wales" is only in the first) right after the head of an event's name (lexicon EVENT_HEADS_BEFORE_COUNTRY) is
 * the next name, written without a comma: events put their country first ("Wales Open", "England Cup").
 */
export function countryAfterEventHead(head: Token, t: Token): boolean {
  if (!EVENT_HEADS_BEFORE_COUNTRY.has(head.text) || head.possessive) return false;
  return lexiconTags(t.text).has('Country') || (shippedGazetteers().entries.get(gazetteerKey(t.text))?.includes('COUNTRY') ?? false);
}

/** II to XXX: a regnal or sequel number after a name. */
export const REGNAL_NUMBER = /^X{0,2}(?:IX|IV|V?I{1,3}|V|X)$/;

/**
 * A legal form with its period ends a company's name: "Apple Inc. Steve Jobs" is two names, "First Boston Corp. The
 * notes" one. So does a legal form before a country's initials ("Miro Cars Inc U.S. subsidiary", "Orvex Inc U.K.
 * unit"): the country says where the firm's unit is, it is no word of its name. But a body's head word and a legal
 * form again after the period go on with the name: "Tarnel Securities Co. International Ltd" is the firm's unit.
 */
export function endsFirmWithPeriod(form: Token, next: Token, afterNext: Token | undefined): boolean {
  if (!LEGAL_FORMS.test(form.text) || LEGAL_FORMS.test(next.text)) return false;
  if (ORG_HEADS.has(next.text) && afterNext && LEGAL_FORMS.test(afterNext.text)) return false;
  return form.text.endsWith('.') || countryInitials(next.text, true);
}

/**
 * "Marks & Spencer", "Ogilvy & Mather", "Oil & Natural Gas Corp": an ampersand between capitalised words joins one
 * name, as news writes firms, duos and titles with it (of 60 kinds written so in 2,225 BBC articles, all but a few
 * are one name). Two people's full names stay two ("Matt Lucas & David Walliams").
 */
export function ampersandJoins(text: string, tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j]!;
  if (text.slice(tokens[j - 1]!.end, next.start) !== ' & ' || !isNameWord(next) || FUNCTION_WORDS.has(next.text)) return false;
  const firstNames = (t: Token | undefined) => !!t && (t.tags.has('FirstName') || lexiconTags(t.text).has('FirstName'));
  return !(j - i >= 2 && firstNames(tokens[i]) && firstNames(next) && tokens[j + 1] && isNameWord(tokens[j + 1]!));
}

/**
 * "Capital Cities/ABC Inc", "Royal Dutch/Shell Group": a firm formed of two, written with a slash and no space, is one
 * firm when its legal form or "Group" ends the words after the slash; other slashes part two things ("March/April",
 * "New York Times/CBS poll", "HIV/Aids"), and so does a slash after a legal form ("Vellan Corp/Orlin Inc", two firms).
 */
export function slashJoins(text: string, tokens: Token[], j: number): boolean {
  const before = tokens[j - 1]!;
  if (text.slice(before.end, tokens[j]!.start) !== '/' || !isNameWord(before) || LEGAL_FORMS.test(before.text)) return false;
  const after = nameWordsFrom(text, tokens, j);
  const last = after.at(-1)?.text;
  return after.length >= 2 && last !== undefined && (LEGAL_FORMS.test(last) || last === 'Group');
}

/**
 * "Toshiba Information Systems (U.K.) Ltd", "Asamera Oil (U.S.) Inc", "Daewoo Industrial Co (H.K.) Ltd": a unit named
 * by the dotted initials of its country or region in brackets, then its legal form, is one firm (train count, session
 * 52, lead: Reuters-21578 reut2-003 … reut2-021, 10 distinct brackets of dotted initials before a capitalised word, 8 of
 * them closing a unit's name before "Ltd"/"Inc", one of them a region's, "(F.E.)"; the other two, "(the U.S.) Silicon
 * Valley" and "(U.S.) Congress", have no legal form after them). `j` is the token of the initials; the name goes on past
 * the legal form after them.
 */
export function bracketedCountryJoins(text: string, tokens: Token[], j: number): boolean {
  const initials = tokens[j]!;
  const form = tokens[j + 1];
  return form !== undefined && /^\s?\($/.test(text.slice(tokens[j - 1]!.end, initials.start)) && /^\)\s?$/.test(text.slice(initials.end, form.start))
    && isNameWord(tokens[j - 1]!) && isDottedInitials(initials.text) && initials.text.length <= 6 && LEGAL_FORMS.test(form.text.replace(/\.$/, ''));
}

/** Marks names whose words a partnership, a trade's "and" or a particle ties together (see `Candidate.bound`). */
export const bind = (made: Candidate[]) => made.map((c) => ({ ...c, bound: true as const }));

/**
 * "Vell, Harrow and Co", "Orvel Quill, Crane, Penrik and Lee Inc", "Lorvan and Vell Corp": a firm named after
 * its partners is one name across its commas and its "and". Wire news of the 1980s writes them so (CoNLL's 1996 text
 * writes "&" and seldom a comma: the tagger has too few of them to learn from). The partners are one or two
 * capitalised words each, the name ends in "and Co" or in a legal form. Returns the index after its last token, or
 * -1 when tokens[i] opens no such name.
 */
export function partnershipEnd(text: string, tokens: Token[], i: number): number {
  const segments: Token[][] = [];
  let k = i;
  for (;;) {
    const segment = partnerWords(text, tokens, k, 2);
    if (!segment.length || segments.length === PARTNERSHIP_MAX_PARTNERS) return -1;
    segments.push(segment);
    k += segment.length;
    const gap = tokens[k] ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    if (gap === ', ') continue;
    if (gap === ' & ') break;
    if (gap === ' ' && WEAK_CONNECTORS.has(tokens[k]!.text) && tokens[k + 1] && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ') {
      k++;
      break;
    }
    return -1;
  }
  const andCo = tokens[k] && (tokens[k]!.text === 'Company' || /^Co\.?$/.test(tokens[k]!.text));
  const last = andCo ? [] : partnerWords(text, tokens, k, 1);
  let end = k + last.length;
  // Head nouns and words of a trade may stand between the last partner and the legal form ("Harper and Row Publishers Inc").
  while (last.length && tokens[end] && (ORG_HEADS.has(tokens[end]!.text) || (isCapitalised(tokens[end]!.text) && isCommonWord(tokens[end]!))) && !LEGAL_FORMS.test(tokens[end]!.text) && !breakBetween(text, tokens[end - 1]!, tokens[end]!)) end++;
  const legalFrom = end;
  while (tokens[end] && (LEGAL_FORMS.test(tokens[end]!.text) || (end === k && andCo)) && (end === k || !breakBetween(text, tokens[end - 1]!, tokens[end]!) || /^,\s$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start)))) end++;
  if (end === legalFrom) return -1;
  // Without "and Co", "Microsoft and Apple Inc" must not become one firm: partners are no known firm or place, and
  // without a comma only a pair of single names ("Tate and Lyle PLC") makes a partnership.
  if (andCo) return segments.length > 1 || segments[0]!.length > 1 ? end : -1;
  const partners = [...segments, last];
  if (partners.flat().some((t) => ['Organization', 'Place', 'Country', 'City'].some((x) => lexiconTags(t.text).has(x)))) return -1;
  if (segments.length === 1 && (segments[0]!.length > 1 || tokens[i - 1]?.text === 'and')) return -1;
  return end;
}

/** Up to `max` capitalised words from tokens[k] that can name a partner: no acronym, title, legal form or head noun. */
function partnerWords(text: string, tokens: Token[], k: number, max: number): Token[] {
  const words: Token[] = [];
  while (words.length < max && tokens[k + words.length]) {
    const t = tokens[k + words.length]!;
    if (words.length && breakBetween(text, words.at(-1)!, t)) break;
    if (!isNameWord(t) || t.possessive || isAcronym(t.text) || LEGAL_FORMS.test(t.text) || ORG_HEADS.has(t.text) || FUNCTION_WORDS.has(t.text) || TITLE_HEADS.has(t.text) || CONNECTORS.has(t.text)) break;
    words.push(t);
  }
  return words;
}

/** Legal forms a firm's name may go on after ("Dynamics Corp of America"). */
export const FIRM_NAME_GOES_ON = /^(?:Corp|Co|Company)\.?$/;

/** "Orvel Quill, Crane, Penrik and Lee Inc" names four partners; longer lists are lists. */
const PARTNERSHIP_MAX_PARTNERS = 4;

/**
 * Whether a connector joins the words around it into one name: 'binds' where nothing else may part them again (a
 * particle, a partnership's "and Co", a trade's "and"), 'joins' where the tagger may still read two names in the run.
 * `body`: the article's text, whose other writings of the words the joiner reads.
 */
export function connectorJoins(before: Token[], connector: string, after: Token[], body: string): 'binds' | 'joins' | null {
  const decision = connectorDecision(before, connector, after, body);
  connectorProbe.report?.(before, connector, after, decision);
  return decision.join;
}

/** What a connector's rule decided, and which rule: the rules are named so that eval/and-runs.ts can map them. */
export interface ConnectorDecision { join: 'binds' | 'joins' | null; rule: string }

/** Set by eval/and-runs.ts alone: every connector the name reader decides on, with the rule that decided. */
export const connectorProbe: { report?: (before: readonly Token[], connector: string, after: readonly Token[], decision: ConnectorDecision) => void } = {};

const decided = (join: 'binds' | 'joins' | null, rule: string): ConnectorDecision => ({ join, rule });

function connectorDecision(before: Token[], connector: string, after: Token[], body: string): ConnectorDecision {
  // "Maria Lopez of Madrid" is a person and a place, not one name; so is "Analyst Theodore Semegran of Shearson".
  const firstName = before.slice(0, -1).some((t) => t.tags.has('FirstName')) || before[0]!.tags.has('FirstName');
  if ((connector === 'of' || connector === 'for') && firstName && !ORG_HEADS.has(before.at(-1)!.text)) return decided(null, 'person-of');
  // "Danaher for Gustard" (a substitution) is two people; "Campaign for Nuclear Disarmament" opens with a common word.
  // "Best Actress for Million Zorbix Baby": an award's category, words news writes in lower case with no body's word
  // among them, is given for the work after "for"; it is not one name with it.
  if (connector === 'for' && before.length > 1 && before.every((t) => usualCase(t.text) === 'lower' && !ORG_HEADS.has(t.text) && !ORG_FIRST.has(t.text))) return decided(null, 'award-for');
  if (connector === 'for' && before.length === 1 && !ORG_HEADS.has(before[0]!.text) && !ORG_FIRST.has(before[0]!.text) && (usualCase(before[0]!.text) ?? 'capital') === 'capital') return decided(null, 'name-for');
  // "Quanta Securities Co Ltd of Norland", "Bright Marks Inc of Pella": "Inc" and "Ltd" end a firm's name, and
  // what follows "of" says where it is; "Corp" and "Co" may go on ("Power Corp of Norland", "Tin Company of Zorbia").
  if (connector === 'of' && LEGAL_FORMS.test(before.at(-1)!.text) && !FIRM_NAME_GOES_ON.test(before.at(-1)!.text)) return decided(null, 'legal-form-of');
  if (connector === 'of' && saysWhereNameIs(before.at(-1)!, after)) return decided(null, 'says-where');
  if (connector === 'of' && saysWhichTownFirmIsIn(before, after)) return decided(null, 'firm-of-town');
  if (PARTICLES_ALSO_ENGLISH.has(connector) && ['Plural', 'Person', 'Pronoun'].some((x) => before.at(-1)!.tags.has(x))) return decided(null, 'particle-after-person');
  if (NAME_PARTICLES.has(connector)) return decided('binds', 'particle');
  if (!WEAK_CONNECTORS.has(connector)) return decided('joins', 'strong-connector');
  return andDecision(before, connector, after, body);
}

/** The rules of "and" in their order; where none knows, the joiner decides. */
function andDecision(before: Token[], connector: string, after: Token[], body: string): ConnectorDecision {
  const next = after[0]!.text;
  // "Trinidad and Tobago", "Bosnia and Herzegovina": a country the shipped list names with its "and" is one place.
  if (shippedGazetteers().entries.get([...before.map((t) => t.text), connector, ...after.map((t) => t.text)].map(gazetteerKey).join(' '))?.includes('COUNTRY')) return decided('binds', 'listed-country');
  if (secondBody(before, after)) return decided(null, 'second-body');
  // "Tom B. Crane and Co Inc", "Penrik Brothers and Company", "Joseph Orvel and Sons", "Vell-Harrow and Associates": a
  // partnership's "and Co" or the word that ends a firm named for its founders (lexicon's FIRM_NAME_ENDS) ends its name;
  // after a legal form "and" starts the next firm ("Quill Harrow and Co Inc and Vell Brothers Inc").
  if (LEGAL_FORMS.test(before.at(-1)!.text)) return decided(null, 'after-legal-form');
  if (LEGAL_FORMS.test(next) || FIRM_NAME_ENDS.has(next)) return decided('binds', 'and-co');
  if (before.length === 1 && initialsJoined(before[0]!.text, next)) return decided('binds', 'initials');
  const last = before.at(-1)!.text;
  // "Pella Trust and Savings Bank" is one name; "Quill Harrow International and Norska Miro Bank PLC" is two:
  // after "and", a proper name with its own legal form is a firm of its own.
  if (tradesJoined(before, after)) return decided('binds', 'trades');
  if (regionsJoined(before, after)) return decided('binds', 'regions');
  // "General Agreement on Tariffs and Trade", "Conference on Trade and Development", "Municipal Commission for
  // Development and Reform": two common words joined by "and" are one subject after a head's "on", or a body's head
  // and "for" (a body named for what it serves).
  const subjectOpens = (t: Token, k: number) => HEAD_CONNECTORS.has(t.text) || (t.text === 'for' && k > 0 && ORG_HEADS.has(before[k - 1]!.text));
  if (before.some(subjectOpens) && isCommonWord(before.at(-1)!) && after.length === 1 && isCommonWord(after[0]!)) return decided('joins', 'subject-on');
  const proper = (t: Token) => !isCommonWord(t) && !LEGAL_FORMS.test(t.text) && !ORG_HEADS.has(t.text);
  // Right after a head, "and" joins the trades of one body ("Securities and Exchange Commission", "Oil and Gas"); a
  // proper name after it is a second body ("Deutsche Bank and Citigroup", "General Motors and Toyota").
  if (ORG_HEADS.has(last)) return decided(after.some(proper) ? null : 'joins', 'after-head');
  if (ORG_FIRST.has(before[0]!.text)) return decided(LEGAL_FORMS.test(after.at(-1)!.text) && after.some(proper) ? null : 'joins', 'body-first');
  // Where no rule knows, the joiner learnt from training text decides, and joins only where it is sure ("Danish
  // Department of Enterprise and Employment", "Danish Council for Security and Cooperation"; src/extract/joiner.ts).
  return decided(joinsByModel(before, after, body) ? 'joins' : null, 'joiner');
}

/**
 * "Quarrel of France", "Orvel Rionda of New York": after a word news writes capitalised (the case table) that is no
 * head noun, legal form or person noun (WordNet's, "Duke of …", "King of …"), "of" and a country or city compromise
 * knows (or the shipped country list) say where the firm or the person named before it is; they are not one name with
 * it. In CoNLL-2003 eng.train, of a name's word of that kind before "of" and such a place, 65 are two names and 1 one
 * (an organisation's: 11 to 1, the one a market's name cut at its possessive here anyway); a head noun before
 * "of" ("Bank of Finland", "Republic of Ireland") makes one name 40 times in 50, and stays joined.
 */
function saysWhereNameIs(last: Token, after: Token[]): boolean {
  const word = last.text.replace(/\.$/, '');
  if ([ORG_HEADS, PLACE_HEADS, OTHER_HEADS, TITLE_HEADS, SUBJECT_HEADS, NEWSPAPER_HEADS].some((heads) => heads.has(word)) || LEGAL_FORMS.test(last.text) || isPersonNoun(word)) return false;
  // A building's or a natural feature's head ("Palace of …", WordNet's, STRUCTURE_HEADS) opens a place's own name.
  if (STRUCTURE_HEADS.has(word.toLowerCase())) return false;
  if ((usualCase(word) ?? 'capital') !== 'capital' || isAcronym(word) || COMPASS_POINTS.has(word)) return false;
  return after.length > 0 && namesAPlaceWhole(after.map((t) => t.text).join(' '));
}

/**
 * "Vellcor Data Corp of Minneapolis", "Orvel Oilfield Co of Houston": after a firm's "Corp" or "Co", "of" and a town
 * (a place compromise or the shipped lists know that is no U.S. state, country or region) say where the firm is. Of
 * the "Corp|Co of <town>" written in Reuters-21578 about 20 are a firm and its town and a handful one name, mostly
 * banks and trust companies named for their town ("First National Trust Co of Perry"; lexicon `TOWN_NAMED_HEADS`),
 * whose word right before the legal form keeps the town. A state or a country after "of" often names the firm's own
 * ("Public Service Co of Colorado", "Petroleum Corp of Jamaica"), and is left to the rules after.
 */
function saysWhichTownFirmIsIn(before: Token[], after: Token[]): boolean {
  const form = before.at(-1)!;
  if (!FIRM_NAME_GOES_ON.test(form.text) || before.length < 2 || TOWN_NAMED_HEADS.has(before.at(-2)!.text) || !after.length) return false;
  // "Financial Corp of Santa Barbara", "Hospital Corp of America": common words alone before the legal form name no
  // firm, and the place is the name's.
  if (before.slice(0, -1).every((t) => isCommonWord(t) || FUNCTION_WORDS.has(t.text))) return false;
  const town = after.map((t) => t.text).join(' ');
  // (The state list before compromise's tagging of the town: the cheap test first.)
  return namesAListedPlace(town) && !isStateName(town) && !namesACountryOrRegion(town);
}

/** The words of a run parted at an "and" that starts a second body (`secondBody`); the run alone where none does. */
export function partsAtSecondBody(words: Token[]): Token[][] {
  const k = words.findIndex((t, n) => n > 0 && n < words.length - 1 && WEAK_CONNECTORS.has(t.text) && secondBody(words.slice(0, n), words.slice(n + 1)));
  return k < 0 ? [words] : [words.slice(0, k), words.slice(k + 1)];
}

/**
 * "Bank of Pella and Bank of Orlin", "Royal Bank and National Bank", "House and Senate": after a body's name, "and"
 * before a word that opens bodies' names, before a name ending in the same head, or between a legislature's two
 * chambers starts a second body. (The trades of one body stay joined: "Department of Trade and Industry", "Pella
 * Trust and Savings Bank".)
 */
function secondBody(before: Token[], after: Token[]): boolean {
  const first = before[0]!.text;
  const last = before.at(-1)!.text;
  if (CHAMBERS.has(first) && CHAMBERS.has(after[0]!.text) && first !== after[0]!.text) return true;
  const body = ORG_FIRST.has(first) || before.some((t) => ORG_HEADS.has(t.text));
  return body && (ORG_FIRST.has(after[0]!.text) || (ORG_HEADS.has(last) && after.at(-1)!.text === last && after.length > 1));
}

/**
 * "Q and Q Snack Foods Corp", "AT and T", "H and R Block": a lone capital letter names no one by itself, so letters
 * joined by "and" are one name ("US and UK", two letters on each side, stay two). So are two founders' initials with
 * their periods ("Q. and R. Vellmark Plc"), and a letter with a sentence's period after it ("S and P."); "U.S. and
 * U.K." (two letters each) stay two.
 */
function initialsJoined(before: string, after: string): boolean {
  const short = (w: string) => /^\p{Lu}{1,2}$/u.test(w);
  if (INITIAL.test(before) && INITIAL.test(after)) return true;
  // "rated BBB by S and P.": the sentence's period is no part of the letter.
  const letter = after.replace(/\.$/, '');
  return short(before) && short(letter) && Math.min(before.length, letter.length) === 1;
}

/**
 * "Norland Telephone and Telegraph Co", "Zorbia Mortgage and Housing Corp", "Pella Mining and Manufacturing Co":
 * a firm named after its trades joins two common words (as the case table learnt from news writes them) with "and",
 * and ends in a legal form or a head noun. Either every word after "and" is a common word, or the words before it
 * name no one by themselves (a place or nationality and common words) and one word follows it. "Apple and Intel
 * Corp" and "Quanta Securities and Miro Vell Inc" stay two.
 */
function tradesJoined(before: Token[], after: Token[]): boolean {
  const ending = after.findIndex((t, k) => k > 0 && (LEGAL_FORMS.test(t.text) || ORG_HEADS.has(t.text)));
  if (ending < 1 || !isCommonWord(before.at(-1)!)) return false;
  const trades = after.slice(0, ending);
  // A trade may be a body's head word news writes capitalised ("Telephone and Telegraph Co", "Bank and Trust Co").
  if (trades.every((t) => isCommonWord(t) || ORG_HEADS.has(t.text))) return true;
  const [first, ...rest] = before;
  const describes = ['Place', 'Country', 'Demonym'].some((x) => lexiconTags(first!.text).has(x));
  return trades.length === 1 && rest.length > 0 && describes && rest.every(isCommonWord) && !isAcronym(trades[0]!.text);
}

/**
 * "Great Northern and Western Tea Co", "Eastern and Pacific Gas Corp": a firm named after the regions it serves joins
 * two proper adjectives (compromise's Adjective, capitalised in the case table) with "and", and goes on in common
 * words to a legal form. A proper adjective names no firm by itself, so neither side is a name alone; nouns of places
 * ("Mexico and Texas Instruments Inc") stay two.
 */
function regionsJoined(before: Token[], after: Token[]): boolean {
  const properAdjective = (t: Token) => usualCase(t.text) === 'capital' && lexiconTags(t.text).has('Adjective') && !lexiconTags(t.text).has('Noun');
  const ending = after.findIndex((t, k) => k > 1 && LEGAL_FORMS.test(t.text));
  return ending > 1 && properAdjective(before.at(-1)!) && properAdjective(after[0]!) && after.slice(1, ending).every(isCommonWord);
}
