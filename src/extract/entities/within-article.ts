/** Within the article: one name, one type (the evidence of all its mentions pooled), surnames and lone heads join the full name, misspellings join the name. */
import type { Evidence } from '../evidence.ts';
import { endsWithLegalForm, LEGAL_FORMS, isLowerInitialBrand, isAcronym } from '../shapes.ts';
import { usualCase } from '../ner/words.ts';
import { misspellingJoins } from '../misspellings.ts';
import type { EntityMention, EntityType } from '../../types.ts';
import { ORG_HEADS } from '../lexicon.ts';
import type { Candidate, Token } from './types.ts';
import { abbreviates, acronymLetters, acronymMatches, bracketedShortFor, initialsVariants, pastCountryWord } from './words.ts';
import { countryInitials } from '../ner/gazetteer.ts';
import { namesACountryOrRegion, namesAListedPlace, opensWithFirstName } from './listed.ts';
import { mentionConfidence, mentionReading } from './readings.ts';

/** What the article writes around its names that resolving them reads (see `cutFromLongerName`, `afterSurnameAddress`). */
interface WrittenAround {
  /** Body head words alone that are pieces of a longer name. */
  cutHeads: ReadonlySet<string>;
  /** One-word names written after a form of address that goes before surnames. */
  addressed: ReadonlySet<string>;
  /** How many mentions of a name write it as a place's ("in Kent", "Burlington, Vt."): see `joinLeadingWords`. */
  located: ReadonlyMap<string, number>;
  /** The candidates written alone in round brackets, by `whereWritten` (see `joinBracketedAcronyms`). */
  inRoundBrackets: ReadonlySet<string>;
}

/** Where a candidate is written in its article: its paragraph and its start (the key of `WrittenAround` sets). */
export const whereWritten = (c: { paragraph: string; start: number }) => `${c.paragraph}\t${c.start}`;

/** The candidate stands alone in round brackets in its paragraph's text: "(ICCO)", not "<MTC>" or ", ICCO,". */
export const writtenInRoundBrackets = (text: string, c: { start: number; end: number }) => /\(\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)) && /^\s*\)/.test(text.slice(c.end, c.end + 3));

/**
 * The article's candidates resolved into mentions: evidence pooled per name, one type per name, and each short form,
 * surname, possessive, bracketed acronym or misspelling joined to the name it stands for (its `canonical`).
 */
export function resolveWithinArticle(found: Candidate[], { cutHeads, addressed, located, inRoundBrackets }: WrittenAround): EntityMention[] {
  const { candidates, pooled } = pooledCandidates(found);
  const types = new Map([...pooled].map(([name, evidence]) => [name, bestType(evidence)]));
  const names = [...pooled.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const canonical = joinSurnames(names, types, candidates, pooled);
  // A firm's short form after its full name: "First National" after "First National Bank of Crosby", "Farmers" after
  // "Farmers State Bank". Only names read as organisations ("Muslim" stays apart from "Muslim Council of Britain"), only
  // the full name's leading words, only once the full name is written.
  const firstSeen = new Map<string, number>();
  candidates.forEach((c, k) => firstSeen.has(c.text) || firstSeen.set(c.text, k));
  joinFirmShortForms(names, types, candidates, firstSeen, canonical);
  // Written as a person's (after "Mr" or a title, or by a surname alone the article joins to it) or, in half its
  // mentions in the news or more, as a place's ("shares in Dome" is no place's: one "in" says little).
  const surnamed = [...canonical].filter(([short, full]) => !short.includes(' ') && types.get(full) === 'person').map(([, full]) => full);
  const inNews = new Map<string, number>();
  for (const c of candidates) if (!c.dateline) inNews.set(c.text, (inNews.get(c.text) ?? 0) + 1);
  const placed = [...located].filter(([name, n]) => 2 * n >= (inNews.get(name) ?? 0)).map(([name]) => name);
  const apart = new Set([...addressed, ...placed, ...surnamed, ...candidates.filter((c) => c.titled).map((c) => c.text)]);
  const leading = joinLeadingWords(names, types, candidates, apart, canonical);
  joinFirstWords(names, types, addressed, canonical);
  joinLoneHeads(names.filter((n) => !cutHeads.has(n)), types, firstSeen, canonical);
  // A name the article also writes with its 's standing alone ("McDonald's said") is that name in its possessive uses.
  for (const name of names) {
    const withS = [`${name}'s`, `${name}’s`].find((n) => pooled.has(n));
    if (withS && !canonical.has(name)) canonical.set(name, withS);
  }
  const typedByName = joinBracketedAcronyms(candidates, canonical, inRoundBrackets);
  joinWrittenAcronyms(names, types, canonical);
  joinMisspellings(candidates, types, canonical);

  return candidates.map((c) => {
    // (A dateline's city stays the city where its name is a firm's short form in the news: "KENT, Ohio - Kent Toys Inc".)
    const canon = c.dateline && leading.has(c.text) ? c.text : canonical.get(c.text) ?? c.text;
    const merged = { ...pooled.get(canon)! };
    // (A firm's leading words take the firm's type: its legal form is the article's word on what they name; so does a
    // short form only the wider bracketed forms join, whose capitals the tagger reads as a body's: "UWB", "PSP".)
    if (canon !== c.text && !leading.has(c.text) && !typedByName.has(c.text)) for (const k of Object.keys(merged) as EntityType[]) merged[k] += pooled.get(c.text)![k];
    return { paragraph: c.paragraph, sentence: c.sentence, start: c.start, end: c.end, text: c.text, type: bestType(merged), canonical: canon, confidence: mentionConfidence(c), reading: mentionReading(c), ...(c.span ? { span: c.span } : {}), ...(typedByName.has(c.text) ? { typedByName: true as const } : {}) };
  });
}

/** The article's candidates (a sentence's opening word dropped where it is only the sentence's capital) and their evidence pooled per surface form. */
function pooledCandidates(found: Candidate[]): { candidates: Candidate[]; pooled: Map<string, Evidence> } {
  // A name opened by a sentence's capital keeps that first word only where the article writes it so elsewhere too.
  const inside = new Set(found.filter((c) => !c.withoutOpener).map((c) => c.text));
  let candidates = possessivesCut(found.map((c) => (c.withoutOpener && !inside.has(c.text) ? c.withoutOpener : c)));
  // Pool evidence per surface form.
  const pooled = new Map<string, Evidence>();
  for (const c of candidates) {
    const e = pooled.get(c.text) ?? { person: 0, organization: 0, place: 0, other: 0 };
    for (const k of Object.keys(e) as EntityType[]) e[k] += c.evidence[k];
    pooled.set(c.text, e);
  }
  // A word seen only opening sentences before a common noun, with no evidence at all of being a name, is capitalised
  // because it starts the sentence ("Human rights groups said…"): not a name.
  const seenInside = new Set(candidates.filter((c) => !c.initial).map((c) => c.text));
  const noEvidence = (name: string) => Object.values(pooled.get(name)!).every((v) => v === 0);
  candidates = candidates.filter((c) => seenInside.has(c.text) || !noEvidence(c.text));
  // "Calif." after a city is California: the article's name for it, wherever else it writes it.
  for (const c of candidates) if (c.state && !pooled.has(c.state)) pooled.set(c.state, { ...pooled.get(c.text)! });
  return { candidates, pooled };
}

/**
 * "the Chicago Board of Trade's, CBT, proposal", "(Electrohome Ltd's)", "cut Texaco's." where the article writes
 * "Texaco" alone: a name the tokens kept with its 's, as nothing after it is owned (tokens.ts `namesWithItsS`), is the
 * name's possessive where the article writes the name without it standing alone more often, or where the word before
 * the 's ends a firm's or a body's name (a legal form, a head word) or the name holds "of": a firm named for its
 * founder ends in the founder's name ("McDonald's", "Moody's", "Lloyd's", "Trader Joe's"). The 's is cut before the
 * names are pooled, so that the possessive groups with the name (issue 15, session 42, ent77).
 */
function possessivesCut(candidates: Candidate[]): Candidate[] {
  const alone = new Map<string, number>();
  for (const c of candidates) if (!c.tokens.at(-1)!.possessive) alone.set(c.text, (alone.get(c.text) ?? 0) + 1);
  return candidates.map((c) => {
    const last = c.tokens.at(-1)!;
    if (!POSSESSIVE_END.test(c.text) || !POSSESSIVE_END.test(last.text)) return c;
    const bare = c.text.slice(0, -2);
    const words = bare.split(' ');
    const owner = words.length > 1 && (LEGAL_FORMS.test(words.at(-1)!) || ORG_HEADS.has(words.at(-1)!) || words.includes('of'));
    if (!owner && (alone.get(bare) ?? 0) <= alone.get(c.text)!) return c;
    const cut: Token = { text: last.text.slice(0, -2), start: last.start, end: last.end - 2, possessive: true, get tags() { return last.tags; } };
    return { ...c, text: bare, end: c.end - 2, tokens: [...c.tokens.slice(0, -1), cut] };
  });
}
const POSSESSIVE_END = /\p{Lu}[^\s]*['’]s$/u;

/**
 * The canonical name of each name that stands for another: a state's abbreviation, a short form of a name written
 * whole, a surname or partial name of the fullest person name ending with it.
 */
function joinSurnames(names: readonly string[], types: ReadonlyMap<string, EntityType>, candidates: readonly Candidate[], pooled: ReadonlyMap<string, Evidence>): Map<string, string> {
  // Surnames and partial names join the fullest person name that ends with them ("Biden" → "Joe Biden"). Each
  // person name is indexed under its proper word suffixes, longest names first, so this stays linear in the
  // number of names even for a transcript with thousands of them.
  const fullestEndingWith = new Map<string, string>();
  for (const name of names) {
    if (types.get(name) !== 'person') continue;
    const words = name.split(/\s+/);
    for (let k = 1; k < words.length; k++) {
      const suffix = words.slice(words.length - k).join(' ');
      if (!fullestEndingWith.has(suffix)) fullestEndingWith.set(suffix, name);
    }
  }
  const canonical = new Map<string, string>(candidates.flatMap((c) => (c.state ? [[c.text, c.state] as const] : [])));
  // A short form of a name the article writes whole ("Bell and Howell" of "Bell and Howell Co") is that name.
  for (const c of candidates) if (c.whole && pooled.has(c.whole) && !canonical.has(c.text)) canonical.set(c.text, c.whole);
  for (const name of names) {
    if (canonical.has(name)) continue;
    const words = name.split(/\s+/);
    const full = fullestEndingWith.get(words.join(' '));
    // A lone surname joins even when its own mentions looked like something else ("the Biden administration").
    if (full && (words.length === 1 || types.get(name) === 'person')) canonical.set(name, canonical.get(full) ?? full);
  }
  return canonical;
}

/** A firm's short form joins the firm's full name written before it (see `resolveWithinArticle`). */
function joinFirmShortForms(names: readonly string[], types: ReadonlyMap<string, EntityType>, candidates: readonly Candidate[], firstSeen: ReadonlyMap<string, number>, canonical: Map<string, string>): void {
  // Each organisation name indexed under its leading words, longest names first (linear, as the surnames above).
  const orgsOpeningWith = new Map<string, string[]>();
  for (const n of names) {
    if (types.get(n) !== 'organization') continue;
    for (let i = n.indexOf(' '); i > 0; i = n.indexOf(' ', i + 1)) {
      // (A partnership's comma is no part of its leading words: "Sears" of "Sears, Roebuck and Co".)
      const opening = n.slice(0, i).replace(/,$/, '');
      const list = orgsOpeningWith.get(opening);
      if (list) list.push(n);
      else orgsOpeningWith.set(opening, [n]);
    }
  }
  // A lone word read as a person joins a firm named after it whose legal form says it is one ("Baxter" after "Baxter
  // Travenol Laboratories Inc"), unless the article names a person ending with it (handled above); so do the leading
  // words of such a firm read as a place, a thing or (opened by no first name) a person, where no list names them a
  // place ("Canbra" after "Canbra Foods Ltd", "Silicon Compiler" after "Silicon Compiler Systems Corp"): the tagger's
  // type for words it never saw is a guess, the firm's legal form is the article's word. So is the archive's mark of a
  // firm's whole name ("Vorlande" after "<Vorlande et Quibel>": see `joinMarkedWhole`).
  const marked = new Set(candidates.filter((c) => c.marked).map((c) => c.text));
  const firmWithForm = (n: string) => hasLegalForm(n) || marked.has(n);
  for (const name of names) {
    // (No firm opens with the name: nothing to join, and no need to ask compromise whether it names a place.)
    const openingFirms = orgsOpeningWith.get(name);
    if (!openingFirms) continue;
    const type = types.get(name);
    const lone = !name.includes(' ');
    const shortOfFirm = (lone && type === 'person') || (!namesAListedPlace(name) && (lone || !opensWithFirstName(name)));
    // A brand by its shape ("eBay", read as a product alone) is short for the firm the article names with it ("eBay Inc").
    const brand = isLowerInitialBrand(name);
    if (canonical.has(name) || (type !== 'organization' && !shortOfFirm && !brand)) continue;
    const needsForm = type !== 'organization' && !brand;
    const full = firmShortFor(name, openingFirms.filter((n) => firstSeen.get(n)! < firstSeen.get(name)! && (!needsForm || firmWithForm(n))), firstSeen, canonical);
    if (full) canonical.set(name, full);
  }
}

/**
 * "Dome" after "Dome Petroleum Ltd", "Burlington" after "Burlington Industries Inc", "Carter Hawley" after "Carter
 * Hawley Hale Stores Inc": the leading words of the one firm the article names in full with its legal form, written
 * after it, are that firm's short form even where a list names them a place or they open with a first name, which
 * `joinFirmShortForms` leaves apart: news names a firm in full once and by its leading words after (issue 15, session
 * 42, ent77: the largest class of one-body pairs left apart in tests/gold/short-forms.json). Not where the article
 * writes them as a person's or a place's (`apart`: after "Mr" or a title, by a surname alone, "in Kent" or "Burlington,
 * Vt." in half their mentions; or a person's name opens with them), and not for a country or a region. Of two firms opening with them, the
 * one `firmShortFor` picks.
 * Returns the names joined: a dateline's city keeps its own name (see `resolveWithinArticle`).
 */
function joinLeadingWords(names: readonly string[], types: ReadonlyMap<string, EntityType>, candidates: readonly Candidate[], apart: ReadonlySet<string>, canonical: Map<string, string>): Set<string> {
  const joined = new Set<string>();
  // Where each name is first written in the news (a dateline's city is the place, not the firm).
  const firstInNews = new Map<string, number>();
  candidates.forEach((c, k) => c.dateline || firstInNews.has(c.text) || firstInNews.set(c.text, k));
  const firms = names.filter((n) => types.get(n) === 'organization' && n.includes(' ') && hasLegalForm(n));
  const persons = names.filter((n) => types.get(n) === 'person');
  for (const name of names) {
    if (canonical.has(name) || apart.has(name) || !firstInNews.has(name)) continue;
    const opening = firms.filter((f) => (f.startsWith(`${name} `) || f.startsWith(`${name}, `)) && firstInNews.get(f)! < firstInNews.get(name)!);
    // (Asked only of a name some firm opens with: compromise's tagging of every name cost 3% of BBC extraction.)
    if (opening.length === 0 || namesACountryOrRegion(name)) continue;
    const full = firmShortFor(name, opening, firstInNews, canonical);
    if (!full || persons.some((p) => p.startsWith(`${name} `))) continue;
    canonical.set(name, full);
    joined.add(name);
  }
  return joined;
}

/**
 * A firm's name with its legal form at the end or before "of" its state ("Morgan Guaranty Trust Co of New York", which
 * the reader keeps whole: longer-spans.ts `firmOfState`): its leading words are its short form as a bare firm's are.
 */
function hasLegalForm(name: string): boolean {
  const of = name.lastIndexOf(' of ');
  return endsWithLegalForm(name) || (of > 0 && endsWithLegalForm(name.slice(0, of)));
}

/**
 * The firm, of those the article names opening with the name, that the name is short for: the name and a legal form
 * alone ("Texaco Inc" beside "Texaco Capital Inc", "Hoechst AG" beside "Hoechst Celanese Corp"), or else the one the
 * article names first ("Ashland Oil Inc" before "its Ashland Petroleum Co unit": news names its subject before the
 * subject's units), not the longest. As its canonical name.
 */
function firmShortFor(name: string, opening: readonly string[], firstSeen: ReadonlyMap<string, number>, canonical: ReadonlyMap<string, string>): string | undefined {
  const bare = opening.filter((f) => f.slice(name.length).replace(/^,/, '').trim().split(' ').every((w) => LEGAL_FORMS.test(w)));
  const first = [...(bare.length ? bare : opening)].sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!)[0];
  return first === undefined ? undefined : (canonical.get(first) ?? first);
}

/**
 * An acronym or short form in brackets right after a name is that name's short form: "Association for … (AAPP)",
 * "European Currency Units (Ecu)". In round brackets also the wider forms of `bracketedShortFor` ("International Cocoa
 * Organization (ICCO)"); elsewhere ("Monsanto Co <MTC>", a ticker in angle brackets) only exact initials and word
 * openings. Returns the short forms only the wider forms joined: they take the name's type, adding no evidence of
 * their own (the tagger reads capitals as a body's: "Ultra Wideband (UWB)" and "PlayStation Portable (PSP)" were
 * typed bodies by their short forms on BBC, "European Currency Units (ECUS)" on Reuters train).
 */
function joinBracketedAcronyms(candidates: readonly Candidate[], canonical: Map<string, string>, inRoundBrackets: ReadonlySet<string>): Set<string> {
  const typedByName = new Set<string>();
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    const p = candidates[k - 1]!;
    if (c.paragraph !== p.paragraph || c.start - p.end > 3 || p.text.split(/\s+/).length <= 1) continue;
    const exact = isAcronym(c.text) ? acronymMatches(c.text, p.text) : abbreviates(c.text, p.text);
    const wider = !exact && inRoundBrackets.has(whereWritten(c)) && bracketedShortFor(c.text, p.text);
    if (exact || wider) canonical.set(c.text, p.text);
    if (wider) typedByName.add(c.text);
  }
  return typedByName;
}

/**
 * An acronym the article writes alone is the one name of the article it spells ("SEC" and "Securities and Exchange
 * Commission", "GM" and "General Motors Corp" without its legal form), brackets or not: news writes a body in full once
 * and by its initials after (issues 15 and 19, session 41: 12 of 33 one-body pairs of a train draw,
 * tests/gold/short-forms.json). Two names it spells leave it alone ("EC": "European Community", "European
 * Commission"), and so does a person's name; a country's initials ("U.S.", "UK") spell only a place.
 */
function joinWrittenAcronyms(names: readonly string[], types: ReadonlyMap<string, EntityType>, canonical: Map<string, string>): void {
  // Each name of two words or more under the initials it may be written as (linear in the names).
  const spelling = new Map<string, Set<string>>();
  for (const n of names) {
    if (!n.includes(' ') || types.get(n) === 'person') continue;
    for (const v of initialsVariants(n)) if (v.length >= 2) spelling.set(v, (spelling.get(v) ?? new Set()).add(n));
    // Also past a first word that only says whose country the body is, three letters or more: "ICC" of "U.S. Interstate
    // Commerce Commission" (not "EC" of "American Express Co").
    for (const v of pastCountryWord(n).flatMap((rest) => [...initialsVariants(rest)])) if (v.length >= 3) spelling.set(v, (spelling.get(v) ?? new Set()).add(n));
  }
  const spells = (a: string, n: string) => acronymMatches(a, n) || (acronymLetters(a).length >= 3 && pastCountryWord(n).some((rest) => acronymMatches(a, rest)));
  for (const a of names) {
    if (!isAcronym(a) || canonical.has(a) || types.get(a) === 'person') continue;
    const placeOnly = countryInitials(a) || types.get(a) === 'place';
    const full = [...(spelling.get(acronymLetters(a)) ?? [])].filter((n) => spells(a, n) && (!placeOnly || types.get(n) === 'place'));
    const bodies = new Set(full.map((n) => canonical.get(n) ?? n));
    if (bodies.size === 1) canonical.set(a, [...bodies][0]!);
  }
}

/**
 * "Matt" after "Matt Dawson", "Sir Alan" with "Sir Alan Parker", "Zhou" with "Zhou Daojiong": a word alone that opens
 * the one person's name the article writes whole, and ends none (the surnames above), is that person by a first name
 * or a surname written first. It must be read as a person, or be a first name (the lexicon's or the shipped list's) that
 * names no listed place and is not read as one ("Alastair" read as a firm; "Celina" of a dateline stays the city); a
 * firm's short form ("Clark" of "Clark Equipment Co") has joined its firm before. A first name after "Mr" or "Dr" is a
 * surname, someone else's ("Mr Howard" beside "Howard Flight"); a word no list holds as a first name stays joined
 * there ("Dr Khoo" of "Dr Khoo Kay Peng"). Two names opening with the word leave it apart, a person's and a firm's too
 * ("Diageo" beside "Diageo North America", read as a person before "president", and "Diageo Chateau & Estate Wines"):
 * it says not which. A "person" ending in a word news writes in lower case (the case table) is a firm or club the tagger read as one
 * ("Hard Rock", "Charlton Athletic", "Wright Engineers"): a word does not join it.
 */
function joinFirstWords(names: readonly string[], types: ReadonlyMap<string, EntityType>, addressed: ReadonlySet<string>, canonical: Map<string, string>): void {
  const personsOpeningWith = new Map<string, Set<string>>();
  const otherOpeners = new Set<string>();
  for (const name of names) {
    const space = name.indexOf(' ');
    if (space < 0) continue;
    const first = name.slice(0, space);
    // A word that opens a name of another kind too may be that name's ("Diageo" of a firm's unit).
    if (types.get(name) !== 'person') {
      otherOpeners.add(first);
      continue;
    }
    personsOpeningWith.set(first, (personsOpeningWith.get(first) ?? new Set()).add(canonical.get(name) ?? name));
    if (endsInCommonWord(name)) otherOpeners.add(first);
  }
  for (const name of names) {
    const persons = personsOpeningWith.get(name);
    if (canonical.has(name) || !persons || persons.size !== 1 || otherOpeners.has(name)) continue;
    const firstName = opensWithFirstName(name);
    if (types.get(name) === 'place' || (types.get(name) !== 'person' && (!firstName || namesAListedPlace(name)))) continue;
    if (firstName && addressed.has(name)) continue;
    canonical.set(name, [...persons][0]!);
  }
}

/** A name whose last word news writes in lower case at least sometimes (the case table): "Hard Rock", "Wright Engineers". */
function endsInCommonWord(name: string): boolean {
  const usual = usualCase(name.slice(name.lastIndexOf(' ') + 1));
  return usual === 'lower' || usual === 'mixed';
}

/**
 * A slip of the pen joins the article's other spelling of the name ("Pennzol" → "Pennzoil", misspellings.ts), and so do
 * the names already joined to the slip.
 */
function joinMisspellings(candidates: readonly Candidate[], types: ReadonlyMap<string, EntityType>, canonical: Map<string, string>): void {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
  for (const [slip, right] of misspellingJoins(counts, (name) => types.get(name) === 'person')) {
    const target = canonical.get(right) ?? right;
    if (canonical.has(slip) || target === slip) continue;
    canonical.set(slip, target);
    for (const [name, canon] of canonical) if (canon === slip) canonical.set(name, target);
  }
}

/**
 * "The Department said" after "the U.S. Agriculture Department", "the Exchange" after "the New York Stock Exchange":
 * a body's head word alone, which news writes in lower case at least sometimes, is the short form of the one body
 * ending in it that the article named before. Where it named two ("New York Stock Exchange", "New York Futures
 * Exchange") the word says nothing of which, and stays apart; so do heads news writes as names of their own
 * ("Congress", "Senate": the case table's "capital").
 */
function joinLoneHeads(names: string[], types: Map<string, EntityType>, firstSeen: Map<string, number>, canonical: Map<string, string>): void {
  for (const head of names) {
    if (canonical.has(head) || head.includes(' ') || !ORG_HEADS.has(head) || !['lower', 'mixed'].includes(usualCase(head) ?? '')) continue;
    const bodies = new Set(names.filter((n) => n.endsWith(` ${head}`) && types.get(n) === 'organization' && firstSeen.get(n)! < firstSeen.get(head)!).map((n) => canonical.get(n) ?? n));
    if (bodies.size === 1) canonical.set(head, [...bodies][0]!);
  }
}

const TYPE_ORDER: EntityType[] = ['organization', 'person', 'place', 'other'];
export function bestType(e: Evidence): EntityType {
  let best: EntityType = 'other';
  let score = 0;
  for (const t of TYPE_ORDER) {
    if (e[t] > score) {
      best = t;
      score = e[t];
    }
  }
  return best;
}
