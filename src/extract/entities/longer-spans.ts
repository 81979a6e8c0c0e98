/** Decision points between the rules' names and a longer span over them: the learnt span choice (span-choice.ts), a body's name held across a link, a firm's bracketed word. */
import type { Evidence } from '../evidence.ts';
import { LEGAL_FORMS } from '../shapes.ts';
import type { ReadWord, TaggedSpan } from '../ner/index.ts';
import { isStateName } from '../us-states.ts';
import { spanChoiceFeatures, spanChoiceOn, takesLonger, type SpanChoiceView } from '../span-choice.ts';
import type { Features } from '../../util/logistic.ts';
import type { Sentence } from '../../types.ts';
import { CONNECTORS, HEADED_BODY_HEADS, HEADED_JOINED_KINDS, HEADED_LINKS, HEADED_PLACE_ENDS, STATES_NAMED_AS_CITIES, TOWN_NAMED_HEADS } from '../lexicon.ts';
import type { Candidate, Token } from './types.ts';
import { sentenceInitial, timesWritten, within } from './words.ts';
import { namesAPlaceWhole } from './listed.ts';
import { nameOdds } from './readings.ts';
import { endsFirmWithPeriod, recasedAfterInitials } from './connectors.ts';
import { cleanRun } from './clean-run.ts';

/** The kind the evidence votes for most ('none' with no vote). */
function strongestKind(e: Evidence): string {
  const [kind, votes] = (Object.entries(e) as [string, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  return votes > 0 ? kind : 'none';
}

/** Where a decision point between the rules' names and a longer span is: its sentence, the pieces and the longer span, as written. */
interface LongerSpanAt {
  paragraph: string;
  sentence: number;
  start: number;
  end: number;
  pieces: string[];
  longer: string;
}

/** A decision point `chooseLongerSpans` asks about: its sentence, the rules' names and the longer span, as written. */
export interface SpanChoicePoint extends LongerSpanAt {
  kind: SpanChoiceView['kind'];
  features: Features;
}

/** Set by eval/train-span-choice.ts alone: each decision point is reported here and the rules' span kept. */
export const spanChoiceProbe: { report?: (point: SpanChoicePoint) => void } = {};

/** Text between words of one name: a space, with "&", a comma or a possessive before it. */
const NAME_GAP = /^(?:['’]s?)?,?\s+(?:&\s+)?$/u;
/** Text between two names side by side that a longer name may span ("and", "of", "of the" are words: see below). */
const SIDE_GAP = /^(?:['’]s?)?\s+(?:&\s+)?$/u;

/**
 * Where the rules keep a shorter name than a longer span over it — the tagger's one name over the rules' candidates
 * ("Vell and Tarn" read whole, the rules keeping "Vell"), or two candidates written side by side with "and", "of",
 * "&", a possessive or a space — the span choice model (span-choice.ts, learnt from the archives' train keys) takes
 * the longer span where it is sure that is the name: the candidate is made again from its words (`cleanRun`), and
 * stays as it was where the rules refuse them as a name or the remade name does not hold every piece.
 */
export function chooseLongerSpans(found: Candidate[], spans: TaggedSpan[], words: ReadWord[], sentence: Sentence, text: string, tokens: Token[], body: string): void {
  if (!spanChoiceProbe.report && !spanChoiceOn()) return;
  for (const { first, last, kind, type } of longerRuns(found, spans, tokens)) {
    const run = tokens.slice(first, last + 1);
    const over = found.filter((c) => c.start < run.at(-1)!.end && c.end > run[0]!.start);
    if (!over.length || over.some((c) => c.start < run[0]!.start || c.end > run.at(-1)!.end || c.dateline)) continue;
    if (over.length === 1 && over[0]!.start === run[0]!.start && over[0]!.end === run.at(-1)!.end) continue;
    if (!writtenAsOneName(run, kind, text, tokens, first, body)) continue;
    const features = spanChoiceFeatures(spanChoiceView({ run, kind, type, over, words, sentence, text, body }));
    if (!spanChoiceProbe.report && !takesLonger(features)) continue;
    // Only where the longer span makes another name: the rules' cleaning of it (a title stripped, "Mr Vell") may give
    // the rules' name again.
    const remade = cleanRun(text, sentence, tokens, first, run);
    if (!remade || over.some((c) => c.start < remade.start || c.end > remade.end) || found.some((o) => !over.includes(o) && o.start < remade.end && o.end > remade.start)) continue;
    if (over.length === 1 && over[0]!.start === remade.start && over[0]!.end === remade.end) continue;
    if (spanChoiceProbe.report) {
      spanChoiceProbe.report({ paragraph: sentence.paragraph, sentence: sentence.index, start: remade.start, end: remade.end, pieces: over.map((c) => c.text), longer: remade.text, kind, features });
      continue;
    }
    found.splice(found.indexOf(over[0]!), 1, remade);
    for (const c of over.slice(1)) found.splice(found.indexOf(c), 1);
  }
}

/** A decision point `joinHeadedBodies` meets: the rules' names, the longer span, its link and its kind. */
export interface HeadedPoint extends LongerSpanAt {
  /** "for the", "of the", "of", "and" or "list" (names parted by commas before the last "and"). */
  link: string;
  /** `headedKind`'s kind of the point. */
  kind: string;
  /** Whether the rule joins the point. */
  joins: boolean;
}

/** Set by eval/headed-bodies.ts alone: each decision point of `joinHeadedBodies` is reported here. */
export const headedProbe: { report?: (point: HeadedPoint) => void } = {};

/**
 * Names the rules part around a link that a body's name holds (issue 15 item 4, session 37): the rules' name, "for
 * the", "of the", "of" or "and" (or a list of names parted by commas before a last "and"), and a name of capitalised
 * words whose last word is a body's head (lexicon `HEADED_BODY_HEADS`: "Railway Co", "Court"), or after a name that
 * ends in one. Each such point is a decision point (`headedProbe`); the rule (`headedJoins`) joins the kinds the
 * judged train points support (lexicon `HEADED_JOINED_KINDS`).
 */
export function joinHeadedBodies(found: Candidate[], sentence: Sentence, text: string, tokens: Token[]): void {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const at = (t: Token) => tokens.indexOf(t);
  for (let k = sorted.length - 1; k > 0; k--) {
    const [a, b] = [sorted[k - 1]!, sorted[k]!];
    if (!found.includes(a) || !found.includes(b) || a.dateline || b.dateline) continue;
    const between = tokens.slice(at(a.tokens.at(-1)!) + 1, at(b.tokens[0]!)).map((t) => t.text).join(' ');
    if (!HEADED_LINKS.has(between)) continue;
    const headAfter = HEADED_BODY_HEADS.has(b.tokens.at(-1)!.text.replace(/\.$/, ''));
    const headBefore = HEADED_BODY_HEADS.has(headWord(a, between, headAfter)) && between !== 'and';
    if (!headAfter && !headBefore) continue;
    // A list: names of one word parted by commas before the "and" ("Vellby, Orlin and Tarn Railway Co").
    const pieces = [a];
    let link = between;
    if (between === 'and' && headAfter) {
      for (let j = sorted.indexOf(a) - 1; j >= 0; j--) {
        const c = sorted[j]!;
        const gap = at(pieces[0]!.tokens[0]!) - at(c.tokens.at(-1)!) - 1;
        if (!found.includes(c) || c.dateline || gap !== 0 || !/^,\s+$/.test(text.slice(c.end, pieces[0]!.start)) || c.tokens.length !== 1) break;
        pieces.unshift(c);
        link = 'list';
      }
      if (link === 'list' && pieces.some((c) => c.tokens.length !== 1)) continue;
    }
    pieces.push(b);
    const first = at(pieces[0]!.tokens[0]!);
    const last = at(b.tokens.at(-1)!);
    const run = tokens.slice(first, last + 1);
    if (!run.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || isLinkWord(t))) continue;
    if (run.some((t, n) => n > 0 && !(link === 'list' ? /^,?\s+$/ : /^\s+$/).test(text.slice(run[n - 1]!.end, t.start)))) continue;
    const longer = text.slice(run[0]!.start, run.at(-1)!.end);
    const kind = headedKind(link, headBefore ? 'before' : 'after', pieces);
    const joins = HEADED_JOINED_KINDS.has(kind);
    if (headedProbe.report) headedProbe.report({ paragraph: sentence.paragraph, sentence: sentence.index, start: run[0]!.start, end: run.at(-1)!.end, pieces: pieces.map((c) => c.text), longer, link, kind, joins });
    if (!joins) continue;
    const remade = cleanRun(text, sentence, tokens, first, run);
    if (!remade || remade.start !== run[0]!.start || remade.end !== run.at(-1)!.end) continue;
    if (kind !== 'places-and') remade.headedFrom = b.start;
    found.splice(found.indexOf(pieces[0]!), 1, remade);
    for (const c of pieces.slice(1)) found.splice(found.indexOf(c), 1);
    sorted.splice(sorted.indexOf(pieces[0]!), pieces.length, remade);
    k = sorted.indexOf(remade) + 1;
  }
}

/**
 * The head word of the name before a link: its last word, but before "for the" and a name that ends in a body's head
 * the word before the name's own "of" where it has one ("Court of Appeals for the Ninth Circuit": "Court", not
 * "Appeals") — a body named "HEAD of WHAT" goes on "for the" its circuit as a court named by its head alone does
 * ("District Court for the Southern District"); with a name of no head after it ("Bank of Japan for the Group of
 * Seven") the link is the sentence's, not the name's.
 */
function headWord(c: Candidate, link: string, headAfter: boolean): string {
  const of = c.tokens.findIndex((t, k) => k > 0 && t.text === 'of');
  return (link === 'for the' && headAfter && of > 0 ? c.tokens[of - 1]! : c.tokens.at(-1)!).text.replace(/\.$/, '');
}

/**
 * A headed point's kind: "head-for" (a name ending in a body's head, then "for the" or "of the": a court "for the"
 * its district), "head-of-state" (the same with "of" and a U.S. state: a firm's "Co of" its state, `firmOfState`),
 * "head-of-firm" (with "of" and a name with its own legal form: a unit of its parent, or a parent and what it sells),
 * "head-of-place" (with "of" and another place: mostly where the firm is),
 * "places-and" (places, a list's commas and "and" before a name ending in a legal form or a railway's head, whose
 * first word is a place too: a bank or a railway named for the towns it joins), "and" (any other "and"), "head-after"
 * (a name, "of" and a body: mostly a person of a firm).
 */
function headedKind(link: string, head: 'after' | 'before', pieces: readonly Candidate[]): string {
  // After a firm's "Co", "of" and a state name a firm of that state; "of" and a town or a country more often say where
  // the firm is, and "of" and a name with its own legal form ("Co of Norland Inc") a parent and what it sells.
  const subject = pieces.at(-1)!;
  if (head === 'before') return link !== 'of' ? 'head-for' : firmOfState(pieces[0]!, subject) ? 'head-of-state' : LEGAL_FORMS.test(subject.tokens.at(-1)!.text) ? 'head-of-firm' : 'head-of-place';
  if (link !== 'and' && link !== 'list') return 'head-after';
  const last = pieces.at(-1)!.tokens.at(-1)!.text;
  // Every piece opens with a place, the last one's first word too ("Vellby and Orlin Banking Corp"); a country "and" a
  // firm of other words is two names ("Norland and Quellstone Steel Corp").
  const placesFirst = pieces.slice(0, -1).every((c) => namesAPlaceWhole(c.text)) && namesAPlaceWhole(pieces.at(-1)!.tokens[0]!.text);
  return placesFirst && (LEGAL_FORMS.test(last) || HEADED_PLACE_ENDS.has(last)) ? 'places-and' : 'and';
}

/**
 * "Public Service Co of Colorado", "Morgan Guaranty Trust Co of New York": a U.S. state after a firm's "Co of" names the
 * firm of that state. A state named as a city news writes more (lexicon `STATES_NAMED_AS_CITIES`) may be the town the
 * firm is in, as "Co of" a town mostly is, save after a bank's or a trust's word (`TOWN_NAMED_HEADS`).
 */
function firmOfState(firm: Candidate, subject: Candidate): boolean {
  if (!isStateName(subject.text)) return false;
  return !STATES_NAMED_AS_CITIES.has(subject.text) || TOWN_NAMED_HEADS.has(firm.tokens.at(-2)?.text ?? '');
}

/** A word or two in round brackets and a space after a name: where a legal form follows, a firm's name goes on. */
const BRACKETED_PART = /^ \((\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?)\) /u;

/**
 * "Quellmark Equity (Pacific) Ltd", "Orvel Tarn (Securities) Ltd": a firm's legal name may hold a region or "Holdings"
 * in round brackets before its legal form (issue 19's entity-reader cause, session 38). The rules read a bracket as a
 * break, so the firm came out cut before it and the bracket's word as a name of its own (a place, a body); stories
 * 0–899 of reut2-005 and reut2-012 write the shape 14 times, each one firm. A name followed by the bracket and a legal
 * form is made again whole, the names inside it dropped.
 */
export function joinBracketedFirms(found: Candidate[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (const a of [...found].sort((x, y) => x.start - y.start)) {
    if (!found.includes(a) || a.dateline) continue;
    const bracket = BRACKETED_PART.exec(text.slice(a.end, sentence.start + sentence.text.length));
    const formAt = bracket ? tokens.findIndex((t) => t.start === a.end + bracket[0].length) : -1;
    if (formAt < 0 || !LEGAL_FORMS.test(tokens[formAt]!.text)) continue;
    const first = tokens.indexOf(a.tokens[0]!);
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, formAt + 1));
    if (!remade || remade.start !== a.start || remade.end !== tokens[formAt]!.end) continue;
    const over = found.filter((c) => c.start < remade.end && c.end > a.start);
    if (over.some((c) => c.start < a.start || c.end > remade.end)) continue;
    found.splice(0, found.length, ...found.filter((c) => !over.includes(c)), remade);
    found.sort((x, y) => x.start - y.start);
  }
}

/** A longer span `chooseLongerSpans` asks about: its first and last token, how it was found, the tagger's type. */
interface LongerRun {
  first: number;
  last: number;
  kind: SpanChoiceView['kind'];
  type?: string;
}

/**
 * The longer spans to ask about, read before any is taken: each tagger span, then each pair of candidates side by
 * side with one connector ("of the" too) between them that no tagger span already covers.
 */
function longerRuns(found: readonly Candidate[], spans: readonly TaggedSpan[], tokens: readonly Token[]): LongerRun[] {
  const runs: LongerRun[] = [];
  for (const sp of spans) {
    const first = tokens.findIndex((t) => within(t, sp));
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && within(tokens[last + 1]!, sp)) last++;
    runs.push({ first, last, kind: 'tagger', type: sp.type });
  }
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k]!, sorted[k + 1]!];
    const first = tokens.indexOf(a.tokens[0]!);
    const last = tokens.indexOf(b.tokens.at(-1)!);
    const between = tokens.slice(tokens.indexOf(a.tokens.at(-1)!) + 1, tokens.indexOf(b.tokens[0]!)).map((t) => t.text);
    if (first < 0 || last <= first || between.length > 2 || !between.every((w, n) => (n === 0 ? CONNECTORS.has(w) : between[0] === 'of' && w === 'the'))) continue;
    if (!runs.some((r) => r.first <= first && r.last >= last)) runs.push({ first, last, kind: 'adjacent' });
  }
  return runs;
}

/** A connector or "the" inside a longer span. */
const isLinkWord = (t: Token) => CONNECTORS.has(t.text) || t.text === 'the';

/**
 * The run is written as one name could be: capitalised words and link words, a plain space around each link word and
 * a name's gap between others (`NAME_GAP` in a tagger span, `SIDE_GAP` between names side by side), no firm's period
 * or recased initials inside, and no link word at either end.
 */
function writtenAsOneName(run: readonly Token[], kind: SpanChoiceView['kind'], text: string, tokens: Token[], first: number, body: string): boolean {
  if (!run.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || isLinkWord(t))) return false;
  const gap = kind === 'tagger' ? NAME_GAP : SIDE_GAP;
  if (run.some((t, k) => k > 0 && !(isLinkWord(t) || isLinkWord(run[k - 1]!) ? /^\s+$/ : gap).test(text.slice(run[k - 1]!.end, t.start)))) return false;
  if (run.some((t, k) => k > 0 && (endsFirmWithPeriod(run[k - 1]!, t, run[k + 1]) || recasedAfterInitials(text, tokens, first + k - 1, first + k, body)))) return false;
  return !CONNECTORS.has(run[0]!.text) && !CONNECTORS.has(run.at(-1)!.text) && run.at(-1)!.text !== 'the';
}

/** What the span choice model reads at a run (span-choice.ts `SpanChoiceView`): the words, which the rules hold, the odds and counts. */
function spanChoiceView(p: { run: readonly Token[]; kind: SpanChoiceView['kind']; type?: string; over: readonly Candidate[]; words: readonly ReadWord[]; sentence: Sentence; text: string; body: string }): SpanChoiceView {
  const { run, kind, type, over, words, sentence, text, body } = p;
  const held = run.map((t) => over.some((c) => c.tokens.includes(t)));
  const longer = text.slice(run[0]!.start, run.at(-1)!.end);
  const addedWords = run.filter((_, k) => !held[k] && /^[\p{Lu}\p{N}]/u.test(run[k]!.text));
  const oddsOf = addedWords.length ? addedWords : run;
  const addedOdds = oddsOf.reduce((s, t) => s + nameOdds(words.find((w) => w.start <= t.start && w.end >= t.end - (t.text.endsWith('.') ? 1 : 0))), 0) / oddsOf.length;
  const times = timesWritten(body, longer);
  return {
    kind,
    longer: run.map((t) => t.text),
    held,
    gaps: run.slice(1).map((t, k) => text.slice(run[k]!.end, t.start)),
    ...(type ? { taggerType: type } : {}),
    addedOdds,
    longerAgain: times > 1,
    pieceAlone: over.some((c) => timesWritten(body, c.text) > times),
    opens: sentenceInitial(text, sentence, run[0]!),
    pieceTypes: over.map((c) => strongestKind(c.rules)),
  };
}
