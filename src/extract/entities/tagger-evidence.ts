/** The trained tagger's reading added to the rules' candidates: runs of mixed kinds split, the span joins and edge moves run, the tagger's odds added as evidence. */
import { LEGAL_FORMS, isAcronym, isCapitalised } from '../shapes.ts';
import type { ReadWord, TaggedSpan } from '../ner/index.ts';
import type { Sentence } from '../../types.ts';
import { COMPASS_POINTS, CONNECTORS, NAME_ARTICLES, NAME_LINK_WORDS, NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon.ts';
import type { ArticleWriting, Candidate, Token } from './types.ts';
import { isCommonWord, isFigureOrdinal, titleCase, within } from './words.ts';
import { averageOdds, noEvidence, spanReading, TAGGER_WEIGHT } from './readings.ts';
import { FIRM_NAME_GOES_ON, partsAtSecondBody } from './connectors.ts';
import { withoutTrailingTitle } from './name-edges.ts';
import { usStateAfterCity } from './openers.ts';
import { namesACountryOrRegion } from './listed.ts';
import { followsTitlePortfolio, isProperName, portfolioEnd } from './clean-run.ts';
import {
  commonWordsFirm, describesPeople, opensDemonym, shoutedFunctionWord, taggerOnlyName, takeTaggerEdges, weakenHeadAgainstPlace, weakenStructureAgainstBody,
} from './tagger-edges.ts';
import { chooseLongerSpans, joinBracketedFirms, joinHeadedBodies } from './longer-spans.ts';
import { cutAtLearntEdges } from './span-edges.ts';
import { joinFirmsWithItsS, joinMarkedWhole, joinPartners, joinSpelledOut, joinWrittenWhole } from './written-joins.ts';

// ------------------------------------------------------------------ one name, one type per article

/**
 * The trained tagger (src/extract/ner) reads the sentence as a whole: where it finds a name overlapping a
 * candidate, its type counts as strong evidence. Names it finds that the capitalisation rules missed (sports clubs,
 * one-word companies in all-capital headlines) are added when they start with a capital.
 */
export function addTaggerEvidence(found: Candidate[], sentence: Sentence, text: string, tokens: Token[], read: { spans: TaggedSpan[]; words: ReadWord[] }, { standalone, tiedAtAnd, marked, body }: ArticleWriting): void {
  const spans = read.spans.map((s) => ({ ...s, start: s.start + sentence.start, end: s.end + sentence.start }));
  const words = read.words.map((w) => ({ ...w, start: w.start + sentence.start, end: w.end + sentence.start }));
  splitRunsOfMixedKinds(found, spans, text);
  takeTaggerEdges(found, spans, sentence, text, tokens, standalone, body);
  joinFirmsWithItsS(found, spans, sentence, text, tokens);
  joinSpelledOut(found, sentence, text, tokens);
  joinMarkedWhole(found, sentence, text, tokens, marked);
  joinWrittenWhole(found, sentence, text, tokens, tiedAtAnd);
  chooseLongerSpans(found, spans, words, sentence, text, tokens, body);
  joinHeadedBodies(found, sentence, text, tokens);
  joinBracketedFirms(found, sentence, text, tokens);
  cutAtLearntEdges(found, sentence, text, tokens, body);
  addSpanEvidence(found, spans, words, sentence, text, tokens);
  found.sort((a, b) => a.start - b.start);
  joinPartners(found, text, tokens, body);
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.partnersOpener) found.splice(k, 1);
  // The name without its opening word (see `cleanRun`) is read too: it is the one kept when the article never writes
  // that word inside a sentence, and a name with no reading counted as one the tagger never reads as a name.
  for (const c of found.flatMap((x) => (x.withoutOpener ? [x, x.withoutOpener] : [x]))) {
    c.odds = averageOdds(words, c.start, c.end);
    c.span = spanReading(words, text, c.start, c.end);
  }
}

/**
 * Runs the tagger parts into names of different kinds that are one name all the same, each with its reason (issue 15,
 * session 49, ent95: of 40 train pairs of names written side by side with one space, 29 were one name cut in two, and
 * the shapes below mend 18 of them and part none of the 5 true pairs; session 50, ent96: 40 more judged, the middle
 * initial's shape added). A run with "of", "for", "and" or a possessive is never one.
 */
export const WHOLE_RUNS: readonly { name: string; reason: string; applies: (tokens: Token[], first: TaggedSpan, text: string, last: TaggedSpan) => boolean }[] = [
  {
    name: 'compass-opener',
    reason: 'a compass point alone opening a run opens a region\'s name ("West Texas Intermediate", a crude named for West Texas): it names nothing by itself there',
    applies: (tokens, first, text) => COMPASS_POINTS.has(tokens[0]!.text) && text.slice(first.start, first.end) === tokens[0]!.text && tokens.length > 1,
  },
  {
    name: 'place-before-body-head',
    reason: 'a one-word place or a country\'s initials before words that end in a body\'s head word, not a legal form, names the body with its country or state ("Taiwan Spinners Association", "U.S. Agriculture Department")',
    applies: (tokens, first, text) => {
      const last = tokens.at(-1)!.text.replace(/\.$/, '');
      return first.type === 'place' && first.start === tokens[0]!.start && !/\s/.test(text.slice(first.start, first.end)) && ORG_HEADS.has(last) && !LEGAL_FORMS.test(tokens.at(-1)!.text);
    },
  },
  {
    name: 'first-name-before-particle',
    reason: 'a first name the tagger reads as a person, straight before a word opened by a name particle ("Du Plessis", "al-Khorafi"), is one person\'s name with the particle that opens the surname',
    applies: (tokens, first, text) =>
      first.type === 'person' && first.start === tokens[0]!.start && first.end === tokens[0]!.end && tokens.length > 1 && !/\s/.test(text.slice(first.start, first.end)) &&
      NAME_PARTICLES.has(tokens[1]!.text.split('-')[0]!.toLowerCase()) && (tokens.length > 2 || tokens[1]!.text.includes('-')),
  },
  {
    name: 'middle-initial-at-person-edge',
    reason: 'where the tagger ends a run with a person and parts it at a middle initial, one first name before it ("Allen B." + "DeYoung", "Sanford" + "C. Bernstein"), or after "St." opening a surname ("St." + "Germain"), the first name or "St." names nothing by itself: the run is one person\'s name, or a firm\'s named for one (session 50, ent96: 5 of 44 one-name pairs; a first name\'s initials alone before a surname, "E.F." + "Hutton", is left parted: kept whole on train stories the firms so named lost their type)',
    applies: (tokens, _first, text, last) => {
      const k = tokens.findIndex((t) => t.start >= last.start);
      if (last.type !== 'person' || last.end < tokens.at(-1)!.end || k < 1 || !tokens.slice(k).every((t) => isCapitalised(t.text))) return false;
      if (k === 1 && tokens[0]!.text === 'St.') return true;
      // One first name (no country, title or body's word: "Canada J. Vorlan" is a country and a person), then the initial.
      const opener = tokens[0]!;
      return k <= 2 && tokens.length > 2 && /^\p{Lu}\.$/u.test(tokens[1]!.text) && isProperName([opener]) && !namesACountryOrRegion(opener.text) &&
        !TITLE_HEADS.has(opener.text.replace(/\.$/, '')) && !ORG_HEADS.has(opener.text.replace(/\.$/, '')) && !/\s/.test(text.slice(opener.start, opener.end));
    },
  },
  {
    name: 'place-before-common-word-person',
    reason: 'where the tagger reads a run\'s first word alone as a place and the rest as a person, a rest of two words or more that ends on a word news writes in lower case ("Mine", "Marketing", "Commodities": no surname) names no person: the run is one name, a body\'s or a place\'s opened by its place or founder ("Fiji Sugar Marketing", "Montana Tunnels Mine"; session 52, ent101)',
    applies: (tokens, first, text, last) =>
      first.type === 'place' && first.start === tokens[0]!.start && first.end === tokens[0]!.end && !/\s/.test(text.slice(first.start, first.end)) &&
      last.type === 'person' && last.start === tokens[1]?.start && last.end === tokens.at(-1)!.end && tokens.length > 2 &&
      isCommonWord(tokens.at(-1)!) && !TITLE_HEADS.has(tokens[1]!.text.replace(/\.$/, '')),
  },
  {
    name: 'initials-read-as-body-before-surname',
    reason: 'where the tagger reads a first name\'s initials alone as a body ("E.F.", "GH") and the one surname after them as a person, the initials name nothing by themselves: the run is one name — a firm\'s named for its founder ("E.F. Hutton", "GH Miller"), the tagger\'s body reading of the initials says, or a person\'s where a suffix ends it ("W.F. Rockwell Jr"); session 52, ent101: 3 of 3 train pairs of this shape',
    applies: (tokens, first, text, last) => {
      const rest = tokens.slice(1).filter((t) => !NAME_SUFFIXES.has(t.text.replace(/\.$/, '')));
      return first.type === 'organization' && first.start === tokens[0]!.start && first.end === tokens[0]!.end && /^(?:\p{Lu}\.){2,3}$|^\p{Lu}{2}$/u.test(tokens[0]!.text) &&
        !namesACountryOrRegion(tokens[0]!.text) && last.type === 'person' && last.start === tokens[1]?.start && last.end === tokens.at(-1)!.end && rest.length === 1 &&
        isProperName(rest) && !isCommonWord(rest[0]!) && !/\s/.test(text.slice(first.start, first.end));
    },
  },
];

/** The WHOLE_RUNS shapes whose tagger person span is the misreading: the run is a firm's name (see `personMisread`). */
const PERSON_MISREAD = (name: string, tokens: Token[]) =>
  name === 'place-before-common-word-person' || (name === 'initials-read-as-body-before-surname' && !NAME_SUFFIXES.has(tokens.at(-1)!.text.replace(/\.$/, '')));

/**
 * Where the tagger reads one capitalised run as names of different kinds ("Ajax Amsterdam" → club, city), the run is
 * split into the tagger's names, unless a word of it the tagger is unsure of, a legal form at its end or a part that
 * names nothing by itself says it is one name (the reasons are given where each is checked).
 */
function splitRunsOfMixedKinds(found: Candidate[], spans: readonly TaggedSpan[], text: string): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    const inside = spans.filter((sp) => sp.start >= c.start && sp.end <= c.end);
    // Only clear readings: two or more spans of different kinds, none of them the tagger's catch-all MISC.
    if (inside.length < 2 || new Set(inside.map((sp) => sp.type)).size < 2 || inside.some((sp) => sp.type === 'other')) continue;
    // Nor where it leaves out a capitalised word of a run with no connector ("Turner Broadcasting System Inc" read as
    // "Turner" and "System Inc"): it is unsure of that word, and the name needs it. A title may go ("Nebraska Gov. Kay
    // Orr"), and so may a word before "of", "for" or "and" ("Reynolds' Portrait of Omai", "Nortel Networks and Motorola").
    const covered = (t: Token) => inside.some((sp) => within(t, sp));
    // Nor is a function word in capitals ("HOUSTON AT PITTSBURGH", a line of fixtures): it is no word of a name.
    const unsure = (t: Token) => !covered(t) && isCapitalised(t.text) && !TITLE_HEADS.has(t.text.replace(/\.$/, '')) && !TITLE_MODIFIERS.has(t.text) && !shoutedFunctionWord(t.text);
    if (c.bound || (c.tokens.some(unsure) && !c.tokens.some((t) => CONNECTORS.has(t.text.toLowerCase())))) continue;
    // Nor a run an ordinal in figures opens and the tagger leaves out ("the 9th U.S. Circuit Court of Appeals" read as
    // a place and a court): the ordinal numbers all that follows it ("20th Century Fox"), so the run is one name.
    if (isFigureOrdinal(c.tokens[0]!) && !covered(c.tokens[0]!)) continue;
    // Nor a firm named after its founder or its home, as firms often are ("Dunmore Velk Laboratories Inc" read as a
    // person and a firm, "Osaka Kokan KK" as a place and a person): a run that ends in a legal form, with no connector
    // or possessive, is one firm's name. In CoNLL-2003 eng.train such runs (no punctuation inside) are one
    // organisation 160 times and never names of two kinds but for a describing compound ("Los Angeles-based", cut by
    // `cleanRun` before) or a word that opens no name. A country in initials opening the run other than the founder's
    // is still read apart ("the U.S. Vorn-Chemie GmbH arm": where the firm's arm is), as the parts' check
    // below reads it ("U.S. Paper Mills Inc", a firm of common words, stays whole).
    const firstSpan = inside.reduce((a, b) => (b.start < a.start ? b : a));
    const lastSpan = inside.reduce((a, b) => (b.start > a.start ? b : a));
    const inInitials = firstSpan.type !== 'person' && isAcronym(c.tokens[0]!.text);
    // So is "Vellmark Insurance Co of Norland Ltd": "of" after a legal form that goes on, and a legal form again at
    // the end ("Norland Ltd" names no place), is one firm's name however the tagger parts it.
    const goesOn = (t: Token, k: number) => t.text === 'of' && k > 0 && FIRM_NAME_GOES_ON.test(c.tokens[k - 1]!.text);
    if (!inInitials && LEGAL_FORMS.test(c.tokens.at(-1)!.text) && !c.tokens.some((t, k) => ((CONNECTORS.has(t.text.toLowerCase()) && !goesOn(t, k)) || t.possessive))) continue;
    // Nor a run of the shapes of WHOLE_RUNS (a region opened by a compass point, a body named with its country, a
    // person's name parted at its middle initial).
    const whole = c.tokens.some((t) => NAME_LINK_WORDS.has(t.text.toLowerCase()) || t.possessive) ? undefined : WHOLE_RUNS.find((w) => w.applies(c.tokens, firstSpan, text, lastSpan));
    if (whole && PERSON_MISREAD(whole.name, c.tokens)) c.personMisread = true;
    if (whole) continue;
    // The parts start from the tagger's reading alone: it is what split the run, and its evidence is added below.
    const parts = inside.map((sp) => {
      const words = c.tokens.filter((t) => within(t, sp));
      const { heads: _heads, structure: _structure, ...whole } = c;
      return words.length ? { ...whole, start: words[0]!.start, end: words.at(-1)!.end, text: text.slice(words[0]!.start, words.at(-1)!.end), tokens: words, evidence: noEvidence(), rules: noEvidence() } : null;
    });
    // A part of head words alone ("Fund Inc" of "Japan Fund Inc") names nothing by itself.
    // Nor does an article alone ("El" of "El Paso Natural Gas Co"): the name is one with it.
    // Nor a firm of common words after the place that opens the run ("Sky Group Inc" of "U.S. Sky Group Inc").
    // Nor a lone word news writes in lower case (the case table) right before the next part: "Salt" of "Salt Lake
    // City", "Mount" of "Mount Sinai Medical Center" opens the name, it names nothing by itself.
    const opensNext = (p: Candidate, k: number) => p.tokens.length === 1 && isCommonWord(p.tokens[0]!) && !!parts[k + 1] && text.slice(p.end, parts[k + 1]!.start) === ' ';
    const named = (p: Candidate, k: number) => isProperName(p.tokens) && p.tokens.some((t) => !ORG_HEADS.has(t.text.replace(/\.$/, '')) && !LEGAL_FORMS.test(t.text) && !NAME_ARTICLES.has(t.text)) && !(k > 0 && commonWordsFirm(p.tokens)) && !opensNext(p, k);
    if (parts.every((p, k) => p !== null && named(p, k))) found.splice(i, 1, ...(parts as Candidate[]));
  }
}

/**
 * Each tagger span's kind as evidence for the candidates it overlaps (weighed as each case below says), and a name
 * the tagger alone reads, where no candidate holds it, added as a candidate of its own.
 */
function addSpanEvidence(found: Candidate[], spans: readonly TaggedSpan[], words: ReadWord[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (const span of spans) {
    const overlapping = found.filter((c) => c.start < span.end && c.end > span.start);
    // A span the rules part at a possessive ("Microsoft's Windows", "BBC Two's Newsnight": the owner and what it owns)
    // types the whole, which is neither name: it says nothing of the kind of either.
    const partedAtPossessive = overlapping.length > 1 && overlapping.slice(0, -1).some((c) => c.tokens.at(-1)!.possessive);
    // A span that stops before the candidate's head ("Hong Kong" in "Hong Kong Stock Exchange") counts for less.
    // A span the rules part at "of" ("Vorlaine of France": the firm, and where it is; `saysWhereNameIs`) reads the
    // whole as the name before "of": it types that one, not the place after it.
    const afterOf = (c: Candidate) => overlapping.some((o) => o.end < c.start && text.slice(o.end, c.start) === ' of ');
    // A span over a firm and its officer written straight after it (`personAfterFirm`) reads the firm: it types that one.
    const officerOfAFirm = (c: Candidate) => c.officer === true && overlapping[0] !== c && span.type !== 'person';
    const readsTheSubject = (c: Candidate) => c.headedFrom !== undefined && span.start >= c.headedFrom;
    // A person span over a run kept whole as no person's name (`personMisread`: "Matthey Commodities" after "Johnson")
    // reads a founder's name before common words: a firm's, as such runs most often are (a site's head, "… Mine", is
    // typed a place later, by resolve's site cue).
    const kindFor = (c: Candidate) => (c.personMisread === true && span.type === 'person' ? 'organization' : span.type);
    if (!partedAtPossessive) for (const c of overlapping) if (!afterOf(c) && !officerOfAFirm(c) && !readsTheSubject(c)) c.evidence[kindFor(c)] += span.end > c.tokens.at(-1)!.start ? TAGGER_WEIGHT : 1;
    if (!partedAtPossessive && span.type === 'place') for (const c of overlapping.filter((o) => !readsTheSubject(o))) weakenHeadAgainstPlace(c, span, averageOdds(words, c.start, c.end).LOC);
    if (!partedAtPossessive && span.type === 'organization') for (const c of overlapping) weakenStructureAgainstBody(c, span, averageOdds(words, c.start, c.end).ORG);
    if (span.type === 'other') continue;
    const inSpan = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    // Where the rules part the tagger's name at an "and" that starts a second body ("House and Senate"), the part no
    // candidate holds is read as the tagger's alone, as a span that overlaps nothing is.
    const parts = overlapping.length === 0 ? [inSpan] : partsAtSecondBody(inSpan).filter((p) => p.length > 0 && !found.some((c) => c.start < p.at(-1)!.end && c.end > p[0]!.start));
    for (const whole of parts) {
      // A name ends with no connector: the tagger may read on into "and" ("a Liberal-controlled Assembly and the
      // support of …", its describing compound left out), as the rules' runs drop it (cleanRun).
      let part = whole;
      while (part.length > 1 && CONNECTORS.has(part.at(-1)!.text)) part = part.slice(0, -1);
      const words = withoutTrailingTitle(part);
      if (words.length < part.length) continue;
      // "Secretary of State for Health": a title's portfolio, no name.
      if (words.length && portfolioEnd(words, 0, true) === words.length && followsTitlePortfolio(tokens, tokens.indexOf(words[0]!))) continue;
      if (taggerOnlyName(words) && !describesPeople(words) && !opensDemonym(words, tokens, text)) {
        const evidence = noEvidence();
        evidence[span.type] = TAGGER_WEIGHT;
        // The name starts at its first whole word: a span may open inside one ("'s Corp" of "McDonald's Corp").
        const start = Math.max(span.start, words[0]!.start);
        const end = part === inSpan ? span.end : words.at(-1)!.end;
        let name = text.slice(start, end);
        if (!/\p{Ll}/u.test(name) && name.replace(/\W/g, '').length > 5) name = titleCase(name);
        const state = usStateAfterCity(text, words, tokens[tokens.indexOf(words[0]!) - 1]);
        found.push({ paragraph: sentence.paragraph, sentence: sentence.index, start, end, text: name, tokens: words, evidence, rules: noEvidence(), ...(state ? { state } : {}) });
      }
    }
  }
}
