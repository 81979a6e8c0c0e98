/** Names the article itself writes whole elsewhere: spelled out before an acronym, marked in angle brackets, tied at "and", partners' names, a firm with its 's. */
import type { Evidence } from '../evidence.ts';
import { LEGAL_FORMS, isCapitalised } from '../shapes.ts';
import type { TaggedSpan } from '../ner/index.ts';
import { namedAsPartners } from '../partner-names.ts';
import type { Sentence } from '../../types.ts';
import { CONNECTORS, FUNCTION_WORDS, WEAK_CONNECTORS } from '../lexicon.ts';
import type { Candidate, Token } from './types.ts';
import { acronymMatches, breakBetween, timesWritten, titleCase, writtenAt } from './words.ts';
import { namesAPlaceOrFirm } from './listed.ts';
import { cleanRun } from './clean-run.ts';

/**
 * "Quanta and Pella (Q&P)", "the Academy of Screen Arts and Crafts (Asac)": an acronym in brackets
 * right after capitalised words whose initials it spells ties those words into one name, however the rules and the
 * tagger part them at "and" or at a common word: the text itself says where the name begins.
 */
export function joinSpelledOut(found: Candidate[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (let q = 1; q < tokens.length; q++) {
    const span = spelledOutSpan(text, tokens, q);
    if (!span) continue;
    const [from, to] = [tokens[span[0]]!.start, tokens[span[1]]!.end];
    const over = found.filter((c) => c.start < to && c.end > from);
    if (over.some((c) => c.start < from || c.end > to) || (over.length === 1 && over[0]!.start === from && over[0]!.end === to)) continue;
    const remade = cleanRun(text, sentence, tokens, span[0], tokens.slice(span[0], span[1] + 1));
    if (!remade || remade.start !== from) continue;
    found.splice(0, found.length, ...found.filter((c) => !over.includes(c)), { ...remade, bound: true });
    found.sort((a, b) => a.start - b.start);
  }
}

/**
 * "French group <Vorlande et Quibel> said", "<Istituto per la Valmeria Industriale> (IVI)": Reuters writes a company
 * that has no stock code as its whole name in angle brackets, and a listed one with its code after it ("Orvell AB
 * <ORV.ST>"). The brackets say where the name begins and ends, whatever the rules and the tagger make of a foreign
 * connector or an "and" inside it: the candidates inside are that one name, which the mark types (evidence.ts
 * `marked-whole-by-archive`). The text stays as the archive writes it. A stock code ("<ORV.ST>", "<ORVL>",
 * "<ORVL ST>") and a bracket whose text opens with no capital (a tag, an address) mark no name; nor does one word,
 * which no rule cuts. The name is one wherever the article writes its words again, with brackets or without ("Vorlande
 * et Quibel said"), as a name written whole is (`joinWrittenWhole`).
 */
export function joinMarkedWhole(found: Candidate[], sentence: Sentence, text: string, tokens: Token[], marked: readonly string[]): void {
  for (const [from, to] of marked.flatMap((name) => writtenAt(sentence.text, name).map((at) => [sentence.start + at, sentence.start + at + name.length] as const))) {
    const first = tokens.findIndex((t) => t.start === from);
    const last = tokens.findIndex((t) => t.end === to);
    if (first < 0 || last <= first) continue;
    const over = found.filter((c) => c.start < to && c.end > from);
    // A candidate across a bracket is left alone: the rules read the bracket as a break, so one is rare and odd.
    if (over.some((c) => c.start < from || c.end > to)) continue;
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, last + 1), 'marked');
    if (!remade) continue;
    found.splice(0, found.length, ...found.filter((c) => !over.includes(c)), { ...remade, bound: true, marked: true });
    found.sort((a, b) => a.start - b.start);
  }
}

/** The names an article marks whole in brackets (`joinMarkedWhole`), in the order first written. */
export function markedNames(body: string): string[] {
  return [...new Set([...body.matchAll(MARKED_NAME)].map((m) => m[1]!).filter((name) => !isStockCode(name)))];
}

/** A bracket's text that may be a name: it opens with a capital and holds several words. */
const MARKED_NAME = /<(\p{Lu}[^<>\n]*\s[^<>\n]*[^\s<>])>/gu;

/**
 * A stock code as Reuters writes it in brackets: one word in capitals ("ORVL", "ORV.ST", "VELL.L"), or a code and a
 * share class or exchange of one or two capitals ("ORVL ST", "VELL B") where that is no legal form ("ORVELL AG").
 */
function isStockCode(inner: string): boolean {
  if (/^(?:[A-Z\d&]+|[\w&-]+\.[A-Z]{1,3})$/.test(inner)) return true;
  const code = /^[A-Z\d.&-]+ ([A-Z]{1,2})$/.exec(inner);
  return !!code && !LEGAL_FORMS.test(code[1]!);
}

/**
 * A name with "and" inside that the article writes whole somewhere with a legal form, or that the rules tie there (a
 * partnership, a trade's "and": "Bell and Howell Co"): see `joinWrittenWhole`.
 */
export function isTiedAtAnd(c: Candidate): boolean {
  return c.tokens.some((t) => WEAK_CONNECTORS.has(t.text)) && (!!c.bound || LEGAL_FORMS.test(c.tokens.at(-1)!.text));
}

/**
 * "Bell and Howell common shares" after "Bell and Howell Co": two names parted at "and" that the article writes as one
 * name elsewhere, tied by its legal form or its partnership, are that name here too (the tagger reads the short form
 * as two people, and no rule ties two proper names at "and" without a legal form after them).
 */
export function joinWrittenWhole(found: Candidate[], sentence: Sentence, text: string, tokens: Token[], tiedAtAnd: readonly string[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!];
    const gap = text.slice(a.end, b.start);
    if (!/^ (?:and|&) $/.test(gap) || a.tokens.at(-1)!.possessive) continue;
    const joined = text.slice(a.start, b.end);
    const whole = tiedAtAnd.find((w) => w === joined || w.startsWith(`${joined} `));
    if (!whole) continue;
    const first = tokens.indexOf(a.tokens[0]!);
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, tokens.indexOf(b.tokens.at(-1)!) + 1));
    if (remade && remade.start === a.start && remade.end === b.end) found.splice(i, 2, { ...remade, bound: true, ...(whole !== joined ? { whole } : {}) });
  }
}

/**
 * "Coopers and Lybrand", "Standard and Poor's": one word each side of "and" that news writes as one name of two
 * partners (partner-names.ts, learned from unlabeled news) is that name, where the article writes neither word alone:
 * a story of two people or places news often names together (two runners, "Orla and Vell") names each on its own too. Such a
 * name is most often a firm's (legal form aside, the table's names are firms' but for a few duos and portfolios), so
 * it votes for one as a legal form does. Read after the tagger's names are in: it reads these words as names the
 * capitalisation rules leave out ("Standard").
 */
export function joinPartners(found: Candidate[], text: string, tokens: Token[], body: string): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!];
    // The partner may keep its firm's legal form after its 's, as the tagger reads it ("Standard and Vellmark's Corp").
    const partner = b.tokens.length === 1 || ((b.tokens[0]!.possessive || /['’]s$/.test(b.tokens[0]!.text)) && b.tokens.slice(1).every((t) => LEGAL_FORMS.test(t.text)));
    if (text.slice(a.end, b.start) !== ' and ' || a.tokens.length !== 1 || !partner || a.tokens[0]!.possessive) continue;
    // The last two of a list written with commas are the list's ("Britain, Spain and France") or a longer partnership's
    // ("Vell, Orvel, Crane and Harrow"): the pair is not the whole name there.
    // (A name before the comma, not any capitalised word: "Meanwhile, Coopers and Lybrand said".)
    const previous = found[i - 1];
    if (previous && text.slice(previous.end, a.start) === ', ') continue;
    const [x, y] = [a.tokens[0]!.text, b.tokens[0]!.text];
    // A name written with its 's ("… and Standard and Poor's.") keeps it in its token.
    if (!namedAsPartners(x, y.replace(/['’]s$/, ''))) continue;
    const pair = timesWritten(body, `${x} and ${y}`);
    if (timesWritten(body, x) !== pair || timesWritten(body, y) !== pair) continue;
    const vote = (e: Evidence): Evidence => ({ ...e, organization: e.organization + PARTNERS_VOTE });
    // The firm's own 's stays with its name ("Standard and Poor's Corp", "Standard and Poor's said").
    const end = b.tokens.length === 1 && b.tokens[0]!.possessive ? b.end + (/^['’]s?/.exec(text.slice(b.end))?.[0].length ?? 0) : b.end;
    const joined = { ...b, start: a.start, end, text: text.slice(a.start, end), tokens: tokens.slice(tokens.indexOf(a.tokens[0]!), tokens.indexOf(b.tokens.at(-1)!) + 1), bound: true as const };
    found.splice(i, 2, { ...joined, evidence: vote(meanEvidence(a.evidence, b.evidence)), rules: vote(meanEvidence(a.rules, b.rules)) });
  }
}

/** A partners' name's vote for a firm: a legal form's (evidence.ts `legal-form`). */
const PARTNERS_VOTE = 3;
/** The two words' readings as one name's: the tagger read the name twice, once a word, and counts once. */
const meanEvidence = (a: Evidence, b: Evidence): Evidence => ({ person: (a.person + b.person) / 2, organization: (a.organization + b.organization) / 2, place: (a.place + b.place) / 2, other: (a.other + b.other) / 2 });

/** How many words back from an acronym in brackets its spelled-out name may start. */
const SPELLED_OUT_MAX_WORDS = 10;

/** The first and last token of the capitalised words right before "(" + tokens[q] + ")" whose initials it spells. */
function spelledOutSpan(text: string, tokens: Token[], q: number): [number, number] | null {
  const acronym = tokens[q]!;
  if (acronym.text.replace(/[^\p{L}]/gu, '').length < 2 || !/^\p{Lu}/u.test(acronym.text) || !/^ ?\)/.test(text.slice(acronym.end)) || !/^ ?\( ?$/.test(text.slice(tokens[q - 1]!.end, acronym.start))) return null;
  const last = q - 1;
  for (let k = last; k >= Math.max(0, last - SPELLED_OUT_MAX_WORDS); k--) {
    const t = tokens[k]!;
    if (k < last && breakBetween(text, t, tokens[k + 1]!)) return null;
    // A small word inside the name is no initial of the acronym ("Organisation for Security and Cooperation in Europe
    // (OSCE)"): the initials around it say where the name begins.
    if (!isCapitalised(t.text)) {
      if (CONNECTORS.has(t.text) || (k < last && FUNCTION_WORDS.has(titleCase(t.text)))) continue;
      return null;
    }
    if (tokens.slice(k, last + 1).filter((w) => isCapitalised(w.text)).length >= 2 && acronymMatches(acronym.text, text.slice(t.start, tokens[last]!.end))) return [k, last];
  }
  return null;
}

/**
 * "Claire's Stores Inc", "Rose's Stores Inc", "Hermann's Sporting Goods Co": a name with 's right before capitalised
 * words that end in a legal form opens that firm's name, as shops named after their founders are, where the tagger
 * reads no place or firm in it. A parent's possessive stays one: a place or firm ("Norland's National Pella Bank
 * PLC", "Quanta's Miro Cars Ltd"), an acronym ("CP's Cominco Ltd"), the firm's own first word ("Fluor's Fluor
 * Constructors Inc").
 */
export function joinFirmsWithItsS(found: Candidate[], spans: TaggedSpan[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [owner, firm] = [found[i]!, found[i + 1]!];
    const stem = owner.tokens[0]!;
    if (owner.tokens.length !== 1 || !stem.possessive || !/^['’]s\s$/.test(text.slice(owner.end, firm.start))) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(stem.text) || firm.tokens[0]!.text === stem.text || firm.tokens.length > FIRM_AFTER_ITS_S_MAX_WORDS || !LEGAL_FORMS.test(firm.tokens.at(-1)!.text)) continue;
    // (The shipped city list holds many a founder's name, "Hudson's Bay Co": only the lexicon's places count here.)
    if (namesAPlaceOrFirm([stem], false)) continue;
    if (spans.some((sp) => sp.start < owner.end && sp.end > owner.start && sp.end <= owner.end && (sp.type === 'place' || sp.type === 'organization'))) continue;
    const first = tokens.indexOf(stem);
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, tokens.indexOf(firm.tokens.at(-1)!) + 1));
    if (remade) found.splice(i, 2, remade);
  }
}

/** "Nature's Blend Products Inc": at most four words after the 's, its legal form included. */
const FIRM_AFTER_ITS_S_MAX_WORDS = 4;
