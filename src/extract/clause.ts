/**
 * The clause that tells a happening, read around its trigger word: who did what to whom is told there, and a name
 * outside it (in a relative clause about another noun, in a clause of time or reason, in an apposition that says what
 * a name is) takes no part in it. A small reader of English clause marks over one sentence, with the rules as data;
 * the verb test is tense.ts's (`hasFiniteVerb`). The words around a "to" (purposeAfter) are read from the sentence
 * as compromise tags it whole (nlp.ts `termsWithin`): once per sentence, however many "to"s and triggers it has, and
 * each word with its context (tagged alone, "help cut its debts" opens with a noun). A clause that may have a subject
 * of its own is tagged from where it opens, as a sentence of its own would be (toldVerb, ownSubjectClause), by the
 * perceptron (pos-tagger.ts `posTerms`): they read parts of speech only, which it tags at a sixth of compromise's cost
 * (session 34, speed44; the words around a "to" stay compromise's: the perceptron reads an unseen plural after a
 * name, "his Norland counterparts", as a verb, and the object before the "to" was lost).
 */
import { hasFiniteVerb } from './tense.ts';
import { datelineLength } from './dateline.ts';
import { takesClause, tokenize } from './assertion.ts';
import { taggedTerms, termsWithin } from './nlp.ts';
import { shippedJson } from '../util/shipped-json.ts';
import { describesNounBefore } from './participle.ts';
import { isEventNoun } from './scheduled.ts';
import { posTerms } from './pos-tagger.ts';
import type { TaggedTerm } from './nlp.ts';
import { alternation, APPOSITION_OPENERS, AUXILIARIES_AFTER, CLAUSE_OPENERS, PURPOSE_CONJUNCTIONS, PURPOSE_OPENERS, OBJECT_PRONOUNS, SUBORDINATE_OPENERS, IF_AS_WHETHER_AFTER, MADE_BY_PARTY, AGENT_GAP_WORDS, CLAUSE_JUNCTIONS, PASSIVE_AUXILIARIES, OPENING_PREPOSITIONS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, SPEECH_VERBS_AFTER, SUBJECT_REPORTING_VERBS, SUBJECT_VERB_FILLERS } from './lexicon.ts';

/**
 * A span of a sentence (offsets into it); `head`: the clause is about the noun just before `start` (a relative one);
 * `asides`: relative clauses inside it, closed before the trigger ("Quanta, which holds shares of Zorbix, sued Miro").
 */
export interface ClauseSpan {
  start: number;
  end: number;
  head: boolean;
  asides: { start: number; end: number }[];
}

/** The relative pronouns a comma before them marks: "that" after a comma is no relative clause's ("…, that is"). */
const WH_RELATIVES = [...RELATIVE_PRONOUNS].filter((w) => w !== 'that');

/** "and", "but" or a bare comma: where a second clause with a subject of its own may open (ownSubjectClause). */
const JUNCTION = new RegExp(String.raw`\s(?:${alternation(CLAUSE_JUNCTIONS)})\s|,\s(?!\s*(?:${alternation([...CLAUSE_JUNCTIONS, ...WH_RELATIVES])})\s)`, 'gi');

/**
 * A clause of time, reason, concession or condition: its opener after a space or a comma, or opening the sentence.
 * "if" opens a condition ("… sued Miro if Zorbix is right": Zorbix takes no part in the suit), but not after a verb of
 * asking or knowing ("wondered if", IF_AS_WHETHER_AFTER), where it asks whether. A mark counts only with a finite verb
 * after it (triggerClause). ("as" is no mark: on train builds its clause told the news as often as another happening,
 * "a takeover battle began as Quanta announced a bid", and "as chairman and resigned" reads a verb after a noun;
 * session 39, evt88.)
 */
const SUBORDINATE = new RegExp(String.raw`(?:^|,?\s+)(?:${alternation([...SUBORDINATE_OPENERS].filter((w) => w !== 'if'))}|(?<!\b(?:${alternation(IF_AS_WHETHER_AFTER)})\s)if)\s`, 'gi');

/**
 * Clause marks, each with why it opens a clause of its own (matched at the mark's first character):
 * - `relative`: ", which", " who": a relative clause tells about the noun before it, not the happening around it
 *   ("… a stake in Quanta Rail, which runs the Pella line").
 * - `subordinate`: a clause of time, reason or concession ("after Mr Lorvan was ousted", "while Zorbix Bank
 *   shares fell") is another happening — only with a finite verb of its own, since "after", "before",
 *   "since" and "until" are also prepositions ("after talks with Iran"), or with a gerund ("after leading Quanta to
 *   victory", GERUND_AFTER).
 * - `coordinate`: ", and" / ", but" between two clauses with verbs of their own; a list ("A, B, and C") has none.
 * - `coordinate`, with no comma: "and" / "but" right before an auxiliary opens a second verb phrase of the subject
 *   ("Norland removed Ivo Penrik and has said it seeks closer trade ties with Zorbia"); a list of names never puts
 *   an auxiliary there. Before a subject pronoun it opens a second clause ("Zorbia launched a league and it has
 *   more players than Norland"): a pronoun is no name of a list either.
 * - `relative`, "that" after a noun of time or manner ("born in the same month that paper tickets first appeared in
 *   Pella", "the day that"): after such a noun "that" opens a relative clause about it; after a verb ("said that")
 *   it opens what was said, which may be the happening's own clause, so no other "that" is a mark.
 * - `coordinate`: " - and" / " - but", a dash for the comma ("has denied the charge - and on Monday blamed Quanta").
 * - `junction`, after the trigger only: "and", "but" or a bare comma before a noun phrase and a finite verb of its own
 *   opens a second clause with its own subject ("Quanta was fined 5m, Zorbix was penalized 2m", "the entry took ten
 *   years and talks with Norland have been going on", "has denied it but the panel has upheld the ban"): see
 *   ownSubjectClause.
 * - `shared`, after the trigger only: "and" / "but" before a second participle of the trigger's perfect ("has forced
 *   Tom Quill out of the tie and left Ann Lee in line to play": the auxiliary "has" told once for both), which
 *   compromise may tag another word alone ("left" an adjective): read after "has", it is a verb phrase of its own,
 *   another happening (session 30, evt59).
 * - `stop`: a semicolon or colon ends a clause.
 * - `telling`, after the trigger only: a participle of saying ("…, saying Zorbix broke the deal", "resigned in a
 *   letter stating, \"… as Quanta's chief …\"") opens what is said, another happening; before the trigger it may be
 *   the subject's aside ("Quanta, saying it had no choice, sued Miro"), which the subject's clause keeps.
 */
const MARKS: { kind: 'relative' | 'subordinate' | 'coordinate' | 'stop' | 'telling' | 'junction' | 'shared'; re: RegExp }[] = [
  // (Not "under which": what follows spells out the terms of the agreement or plan before it, whose parties it names:
  // "signed an agreement under which Quanta Bell will buy its phones".)
  { kind: 'relative', re: /(?<!\bunder),?\s+(?:which|who|whom|whose)\s/gi },
  { kind: 'relative', re: /(?<=\b(?:year|years|day|days|week|weeks|month|months|time|times|moment|way)),?\s+that\s/gi },
  // (Also at the sentence's start, "While Zorbix shares fell, Quanta …", a clause set before the main one.)
  { kind: 'subordinate', re: SUBORDINATE },
  { kind: 'coordinate', re: /(?:,|\s[-–—])\s+(?:and|but)\s/gi },
  { kind: 'coordinate', re: /\s(?:and|but)\s(?=(?:has|have|had|is|are|was|were|will|would)\s)/gi },
  { kind: 'coordinate', re: /\s(?:and|but)\s(?=(?:it|he|she|they|we)\s)/gi },
  { kind: 'shared', re: /\s(?:and|but)\s(?=[a-z]+\s)/g },
  { kind: 'stop', re: /[;:]\s*/g },
  // After the trigger only: "and", "but" or a comma before a clause with a subject of its own (ownSubjectClause).
  { kind: 'junction', re: JUNCTION },
  // After a comma, or a written message with no comma ("a statement saying …"); not "charged with writing letters".
  { kind: 'telling', re: /(?:,|(?<=\b(?:letter|statement|note|memo|message|release)))\s+(?:saying|stating|adding|writing|telling)\b/gi },
];

/**
 * A gerund right after a word of time or reason is a clause with a verb of its own ("two months after leading Quanta
 * to victory in Pella"); "after talks with Zorbix" is a preposition with its noun.
 */
const GERUND_AFTER = /^(?:\w+ly\s+)?[a-z]{2,}ing\s+(?!(?:of|for|in|on|at|by)\b)/;

/** A subject pronoun opening a clause. */
const SUBJECT_PRONOUN = /^(?:it|he|she|they|we)\s/i;

/** A verb right after a relative clause's closing comma: the main clause goes on ("…, won a prize", "…, has said"). */
const MAIN_VERB_AFTER = /^\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|[a-z]+ed|won|lost|said|says|told|made|took|gave|got|went|became|left|sold|bought|led|held|met|saw|began|came|ran|set|put|kept|paid|won)\b/;

/**
 * A participle right after a comma and a name ("Ann Lee, named chair in the spring, …"): a reduced relative;
 * or the second of two ("Lee, fired by Quanta and fined for missing a test, is …").
 */
const REDUCED_RELATIVE = /,\s+(?:\w+ly\s+)?(?:[a-z]{3,}(?:ed|en|wn)\s[^,;:]*\s(?:and|or)\s+(?:\w+ly\s+)?)?$/;

/** An age set after a name: ", 27" before the comma that opens a reduced relative. */
const AGE_BEFORE = /,\s+\d{1,3}$/;

/**
 * A participle phrase set between commas after a word, before the trigger: a reduced relative clause about that word
 * ("Actress Ann Lee, famous across Norland for her parts in the Quanta films, has died"; "Lee, born in Pella on May 2,
 * 1955, has built …"; "Miro, owned by Zorbix, sued Quanta"). Its names describe the word; they take no part.
 */
const REDUCED_ASIDE = /(?<=\w),\s+(?:\w+ly\s+)?(?:[a-z]{3,}(?:ed|en|wn)|known|born|made|held|led|built|set|bought|sold)\s[^,;:]*(?:,\s+\d{4})?,/g;

/** A perfect's auxiliary right before the trigger ("has forced", "have already signed"). */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:\w+ly\s+)?$/i;

/** The text opens with a past participle: compromise, reading it after "has", tags it a verb's past ("left Ann Lee in line"). */
function perfectParticiple(text: string): boolean {
  const [aux, verb, object] = taggedTerms(`has ${text.split(/[,;:]/)[0]!}`);
  // (Told of a pronoun, the first verb's object again: one happening in two verbs, "appointed Ann Lee and sent her".)
  if (object !== undefined && (OBJECT_PRONOUNS.has(object.text.toLowerCase()) || PERSONAL_PRONOUNS.has(object.text.toLowerCase()))) return false;
  return aux?.tags.includes('Auxiliary') === true && verb !== undefined && verb.tags.includes('Verb') && (verb.tags.includes('PastTense') || verb.tags.includes('Participle'));
}

/**
 * Where a clause of time, reason or condition opened at `after` closes before the trigger at `from` (offset from
 * `after`), or -1: at the first comma with a finite verb (or an opening gerund) before it. "While Zorbix shares fell,
 * Quanta bought Miro": the fall is another happening and Zorbix no party of the sale; "After the takeover of Miro,
 * Quanta sued" is a preposition's phrase, no clause (Miro stays, as before).
 */
function subordinateClosedAt(text: string, after: number, from: number): number {
  const rest = text.slice(after, from);
  const commas = [...rest.matchAll(/,/g)];
  // (An opening gerund closes the clause at its first comma, whatever comes before it.)
  if (GERUND_AFTER.test(rest)) return commas[0]?.index ?? -1;
  return commas.find((comma) => finite(withoutRelative(rest.slice(0, comma.index))))?.index ?? -1;
}

/** The clause of the trigger at `from`..`to` of `text`; `junctions`: whether a junction may bound it (ownSubjectClause). */
export function triggerClause(text: string, from: number, to: number, junctions = true): ClauseSpan {
  const marks = MARKS.filter((x) => junctions || x.kind !== 'junction').flatMap(({ kind, re }) => [...text.matchAll(re)].map((m) => ({ kind, at: m.index, after: m.index + m[0].length })));
  let start = 0;
  let head = false;
  // (Before the trigger, ", and" is left to the caller: a second clause may share the first one's subject.)
  const asides: ClauseSpan['asides'] = [];
  for (const m of marks.filter((x) => x.after <= from && x.kind !== 'coordinate' && x.kind !== 'telling' && x.kind !== 'junction' && x.kind !== 'shared').sort((a, b) => a.at - b.at)) {
    // (A clause of time or reason is set aside only before the clause's own verb, "While Zorbix shares fell, Quanta
    // …", "Quanta, while denying it, …"; after it, "Quanta will revise its rates while Miro will revise theirs,
    // officials said", it goes on what the verb after the comma reports.)
    const leading = m.kind === 'subordinate' && !finite(text.slice(Math.max(start, datelineLength(text)), m.at));
    const closedAt = m.kind === 'relative' ? text.slice(m.after, from).search(/[,;]/) : leading ? subordinateClosedAt(text, m.after, from) : -1;
    if (closedAt >= 0) {
      asides.push({ start: m.at, end: m.after + closedAt });
      continue;
    }
    const opens = m.kind === 'stop' || m.kind === 'relative'
      || (m.kind === 'subordinate' && !/[,;]/.test(text.slice(m.after, from)) && (finite(text.slice(m.after, to)) || GERUND_AFTER.test(text.slice(m.after))));
    if (opens && m.at >= start) [start, head] = [m.kind === 'relative' ? m.at : m.after, m.kind === 'relative'];
  }
  start = secondClauseStart(text, marks.filter((x) => x.kind === 'junction' && x.at >= start && x.after <= from), start, from) ?? start;
  for (const r of text.slice(0, from).matchAll(REDUCED_ASIDE)) {
    if (r.index + r[0].length <= from && !finite(r[0].slice(1, -1))) asides.push({ start: r.index, end: r.index + r[0].length });
  }
  // A phrase of purpose closed before the trigger ("In a bid to win Zorbix's clients, Quanta cut its prices") tells
  // what the doer means to do, another happening.
  for (const p of purposePhrases(text)) if (p.end <= from) asides.push(p);
  // Only after the clause's first phrase: "Miro Ltd, a Quanta subsidiary, sued …" closes an apposition before its verb.
  // (An age set between commas after a name is no phrase of its own: "Lee, 27, fired by Quanta, is …".)
  const reduced = REDUCED_RELATIVE.exec(text.slice(start, from));
  const phrase = reduced === null ? '' : text.slice(start, start + reduced.index);
  const age = AGE_BEFORE.exec(phrase);
  const participle = reduced !== null && !phrase.slice(0, age?.index).includes(',') && /(?:ed|en|wn)$/i.test(text.slice(from, to).split(/\s/)[0]!);
  if (participle) [start, head] = [start + (age?.index ?? reduced.index), true];
  let end = purposeAfter(text, from, to) ?? text.length;
  // A comment after the clause ends it; one closed by a comma before the clause goes on is set aside.
  const comment = commentAfter(text, to);
  if (comment && comment.end < text.length) asides.push(comment);
  else if (comment) end = Math.min(end, comment.start);
  for (const m of marks.filter((x) => x.at >= to)) {
    const rest = withoutRelative(text.slice(m.after)).split(/[,;:]/)[0]!;
    // (A subject pronoun has its verb after it, whatever tense.ts reads there: "and it has more players".)
    const closes = m.kind === 'stop' || m.kind === 'relative' || m.kind === 'telling' || ((m.kind === 'subordinate' || m.kind === 'coordinate') && finite(rest))
      || (m.kind === 'coordinate' && SUBJECT_PRONOUN.test(rest))
      || (m.kind === 'subordinate' && GERUND_AFTER.test(rest))
      || (m.kind === 'junction' && secondClauseAt(text, start, from, m))
      || (m.kind === 'shared' && PERFECT_BEFORE.test(text.slice(0, from)) && perfectParticiple(text.slice(m.after)));
    if (closes && m.at < end) end = m.at;
  }
  // A reduced relative ends at its comma: "…, elected president in January, has urged …". So does a relative clause
  // set between commas when the main clause's verb follows ("Ann Lee, who hosted Quanta Live in the 1980s, won a
  // prize for Zorbix": the prize is no part of the hosting).
  if (participle) end = Math.min(end, commaAfter(text, to));
  else if (head && text.charAt(start) === ',') {
    const comma = commaAfter(text, to);
    if (comma < end && MAIN_VERB_AFTER.test(text.slice(comma + 1).split(/[,;:]/)[0]!)) end = comma;
  }
  return { start, end, head, asides: asides.filter((a) => a.start >= start) };
}

/** What an infinitive completes (src/extract/infinitive-frames.json, from WordNet's verb frames: eval/build-infinitive-frames.ts). */
let infinitiveFrames: Record<'control' | 'own' | 'noun', Set<string>> | undefined;
function framesTable(): Record<'control' | 'own' | 'noun', Set<string>> {
  if (infinitiveFrames) return infinitiveFrames;
  const words = (shippedJson(new URL('./infinitive-frames.json', import.meta.url)) as { words: string[] }).words.map((line) => line.split(' ') as [string, string]);
  const of = (kind: string) => new Set(words.filter(([k]) => k === kind).map(([, w]) => w));
  infinitiveFrames = { control: of('control'), own: of('own'), noun: of('noun') };
  return infinitiveFrames;
}

/**
 * An infinitive of "be" or "have" ("the final hour for its notes to be sold", "is said to have sold") completes what
 * it follows: a purpose is told by a verb of doing.
 */
const PASSIVE_INFINITIVE = /^(?:be|have)$/i;

/** "for" and a noun phrase right before "to": the infinitive's own subject ("the last day for its shares to trade"). */
const SUBJECT_OF_INFINITIVE = /\bfor\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$/i;

/** "to" and a word (perhaps an infinitive), in the trigger's sentence after it. */
const TO_WORD = /\sto\s+(?=[a-z])/g;

/**
 * Where a clause of purpose opens after the trigger at `from`..`to` of `text`: "to" and an infinitive after the
 * object of the verb ("unveiled a product, named Qube, to complement Zorbix's Mira", "plans steep duty cuts next year
 * to help trim its surplus with Norland"): why it was done, another happening with names of its own. Not the
 * complement of what it follows (infinitive-frames.json, WordNet's frames): a verb of object control and its object
 * ("ordered Quanta to pay Zorbix", frame 24), a noun that takes an infinitive ("a plan to buy Zorbix"), the trigger
 * itself ("agreed to buy", "a deal to sell"), a verb right before it ("plans to bid"), or an adjective ("is likely to").
 */
export function purposeAfter(text: string, from: number, to: number): number | undefined {
  // (A phrase of purpose headed by a noun or a conjunction, "in an effort to", "in order to", whatever the verb.)
  const phrase = purposePhrases(text).find((p) => p.start >= to)?.start;
  const infinitive = infinitiveOfPurpose(text, from, to);
  return phrase === undefined ? infinitive : infinitive === undefined ? phrase : Math.min(phrase, infinitive);
}

function infinitiveOfPurpose(text: string, from: number, to: number): number | undefined {
  const frames = framesTable();
  for (const m of text.slice(to).matchAll(TO_WORD)) {
    const at = to + m.index;
    // (The tests that need no tags first, so that a sentence whose every "to" they settle is not tagged: "to" right
    // after the trigger, "agreed to buy", or after an infinitive's own subject.)
    if (at <= to || SUBJECT_OF_INFINITIVE.test(text.slice(to, at)) || settledByWords(text, from, at, at + m[0].length, frames)) continue;
    const terms = termsWithin(text, at + m[0].length);
    if (!terms[0]?.tags.includes('Verb') || terms[0].tags.includes('Noun') || PASSIVE_INFINITIVE.test(terms[0].text)) continue;
    const before = termsWithin(text, from, at);
    const last = before.at(-1);
    // The verb "to" follows the object of: the last one before it, but a participle describing a noun of the object
    // ("wants diplomats based in Pella to meet …": the participle model).
    // (Read from the end back: the participle model is asked about the words after the verb only.)
    let verb = before.length - 1;
    while (verb >= 0 && !(before[verb]!.tags.includes('Verb') && !AUXILIARIES_AFTER.has(before[verb]!.text.toLowerCase()) && !describesNounBefore(text, from + before[verb]!.offset.start))) verb--;
    // (Nothing between the verb and "to" is no object; a verb of object control anywhere before governs it.)
    if (!last || verb === before.length - 1 || before.some((t) => frames.control.has(t.text.toLowerCase()))) continue;
    // (After a verb that takes an infinitive of its own, a phrase of time or place — "agreed on Monday to buy" — or a
    // name, whom it is told of: "elected Ann Lee to head Zorbix". Its object a thing, "to" tells why: "plans steep
    // cuts next year to help trim …".)
    const next = before[verb + 1];
    const own = verb >= 0 && frames.own.has(before[verb]!.text.toLowerCase());
    if (own && next && ((!next.tags.includes('Noun') && !next.tags.includes('Determiner')) || /^\p{Lu}/u.test(last.text))) continue;
    // (The object's own noun, before its first preposition, may take the infinitive across it: "formed a joint venture
    // with Orbis to export …", "an agreement with Quanta to sell …".)
    const object = before.slice(verb + 1);
    const head = object.slice(0, object.findIndex((t) => t.tags.includes('Preposition') || (t.post ?? '').includes(',')) + 1 || object.length);
    const noun = (t: (typeof before)[number]) => frames.noun.has(t.text.toLowerCase().replace(/[^a-z]/g, ''));
    if (noun(last) || head.some(noun) || (last.tags.includes('Adjective') && !last.tags.includes('Noun'))) continue;
    return at;
  }
  return undefined;
}

/**
 * A word written plainly (letters only, perhaps between quote marks, brackets or a closing comma or stop): compromise
 * makes it one term of those letters, so a test of its text needs no tagging (every word of infinitive-frames.json
 * is so read: tests/clause-pos.test.ts).
 */
const PLAIN_WORD = /^["“(\[]*([A-Za-z]+)[,.;:!?"”)\]]*$/;
const plainWord = (chunk: string): string | undefined => PLAIN_WORD.exec(chunk)?.[1]?.toLowerCase();

/**
 * The tests of `infinitiveOfPurpose` that read words only, asked before the sentence is tagged: "to be", "to have"
 * (no purpose), a verb of object control from the trigger to "to", or a noun that takes an infinitive right before
 * it ("a plan to buy"). Each makes the tagged reading go on to the next "to" whatever the tags: a sentence whose every
 * "to" they settle is not tagged (session 45, speed60: with within-article.ts's, 14% fewer parses by compromise on
 * 300 BBC articles). `from`..`at`: the trigger's start to the space before "to"; `next`: the word after it.
 */
function settledByWords(text: string, from: number, at: number, next: number, frames: ReturnType<typeof framesTable>): boolean {
  if (/^(?:be|have)(?=[\s,.;:!?)"”]|$)/i.test(text.slice(next, next + 5))) return true;
  // (From a word's start only: a trigger read inside a longer word is no word of its own here.)
  if (from > 0 && !/[\s"“(\[]/.test(text.charAt(from - 1))) return false;
  const words = text.slice(from, at).split(/\s+/).map(plainWord);
  const last = words.at(-1);
  return (last !== undefined && frames.noun.has(last)) || words.some((w) => w !== undefined && frames.control.has(w));
}

/** Nouns of aiming, attempting, planning, promising and deciding that take an infinitive (purpose-nouns.json, from WordNet). */
let purposeNounSet: ReadonlySet<string> | undefined;
const purposeNouns = () => (purposeNounSet ??= new Set((shippedJson(new URL('./purpose-nouns.json', import.meta.url)) as { nouns: string[] }).nouns));

/** The openers of a phrase of purpose, each as its words. */
const OPENERS = [...PURPOSE_OPENERS].map((p) => p.split(' '));
const CONJUNCTIONS = [...PURPOSE_CONJUNCTIONS].map((p) => p.split(' '));

/** A sentence that may hold a phrase of purpose: one of its openers, and "to" or "of" after it (no tagging otherwise). */
const PURPOSE_CUE = new RegExp(String.raw`\b(?:${alternation([...PURPOSE_OPENERS, ...PURPOSE_CONJUNCTIONS])})\s[^;:]*\b(?:to|of)\s`, 'i');

/** At most this many words between an opener of purpose (and its determiner) and its noun: "in a renewed joint effort to". */
const PURPOSE_MODIFIERS = 3;

/** The words of `phrase` stand at `i` of `words`. */
const wordsAt = (words: readonly string[], i: number, phrase: readonly string[]) => phrase.every((w, k) => words[i + k] === w);

/** The term is a verb's base form or its -ing form ("to win", "to expanding"): what an infinitive of purpose opens with. */
const infinitiveOrGerund = (t: TaggedTerm | undefined) => t !== undefined && t.tags.includes('Verb') && (t.tags.includes('Infinitive') || t.tags.includes('Gerund'));

/**
 * The phrases of purpose of a sentence (offsets into it): a noun of aiming, attempting, planning, promising or
 * deciding that takes an infinitive (purpose-nouns.json, from WordNet), after a preposition that sets it as the
 * verb's adverbial (PURPOSE_OPENERS: "in", "with", "as part of") and before its infinitive or "of" and a gerund ("in
 * an effort to win business from Sorin Trust", "with a pledge to clean up Pella Hall", "with a view to
 * expanding in Zorbia", "with the aim of buying"), or a conjunction of purpose ("in order to compete with Miro"). It
 * tells what the doer means to do: another happening, not yet done, whose names take no part in the one told. Read
 * from the sentence as the fast tagger tags it (pos-tagger.ts, once per sentence). Not a preposition right after a
 * verb, which is the verb's own ("invested in a project to build", "succeeded in an attempt to buy": its object).
 * The phrase runs to the clause's end: a comma (not one inside a list of names), a semicolon, a colon, a dash.
 */
export function purposePhrases(text: string): { start: number; end: number }[] {
  if (!PURPOSE_CUE.test(text)) return [];
  const terms = posTerms(text);
  const words = terms.map((t) => t.text.toLowerCase());
  const nouns = purposeNouns();
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (out.length > 0 && terms[i]!.offset.start < out.at(-1)!.end) continue;
    let verb = -1;
    const conjunction = CONJUNCTIONS.find((c) => wordsAt(words, i, c));
    if (conjunction) {
      if (infinitiveOrGerund(terms[i + conjunction.length]) && !/[,;:]/.test(terms[i + conjunction.length - 1]!.post ?? '')) verb = i + conjunction.length;
    } else {
      const opener = OPENERS.find((o) => wordsAt(words, i, o));
      if (!opener || terms[i - 1]?.tags.includes('Verb')) continue;
      let k = i + opener.length;
      if (terms[k] && (terms[k]!.tags.includes('Determiner') || terms[k]!.tags.includes('Possessive'))) k++;
      for (let n = 0; n <= PURPOSE_MODIFIERS && terms[k + 1]; n++, k++) {
        const t = terms[k]!;
        if (/[,;:()]/.test(t.post ?? '')) break;
        // (The noun whatever its tag: after the preposition and its determiner, "bid" or "move" is no verb.)
        const next = words[k + 1];
        if (nouns.has(words[k]!) && ((next === 'to' && infinitiveOrGerund(terms[k + 2])) || (next === 'of' && terms[k + 2]?.tags.includes('Gerund')))) {
          verb = k + 2;
          break;
        }
        if (!(t.tags.includes('Noun') || t.tags.includes('Adjective'))) break;
      }
    }
    if (verb < 0) continue;
    out.push({ start: terms[i]!.offset.start, end: phraseEnd(text, terms, verb) });
  }
  return out;
}

/** A comma before more names of a list ("from Sorin Trust, Miro and Pella"): no end of a phrase. */
const LIST_GOES_ON = /^\s*(?:\p{Lu}[\p{L}\d.&'’-]*\s+){0,4}?(?:\p{Lu}[\p{L}\d.&'’-]*)(?:,|\s+(?:and|or)\s+\p{Lu})/u;

/** Where the phrase whose words go on from term `k` ends: its clause's end, a comma not inside a list of names. */
function phraseEnd(text: string, terms: readonly TaggedTerm[], k: number): number {
  for (; k < terms.length; k++) {
    const t = terms[k]!;
    const post = t.post ?? '';
    const end = t.offset.start + t.offset.length;
    if (/[;:()]|\s[-–—]/.test(post)) return end;
    if (post.includes(',') && !LIST_GOES_ON.test(text.slice(end + post.indexOf(',') + 1))) return end;
  }
  return text.length;
}


/** ", a" / ", an" / ", the" after the trigger: where an apposition may open. */
const APPOSED = new RegExp(String.raw`,\s+(?:${alternation(APPOSITION_OPENERS)})\s`, 'gi');

/**
 * A comment on the happening set after its clause (offsets into `text`, from its comma): an apposition headed by a
 * noun that names a happening (event-nouns.json, TimeML's event nouns), after the trigger at `to` ("said it will sell
 * its unit, a move analysts said would help Norvex", "…, a decision that angered Zorbix"). It renames the happening to
 * say what it means or what came of it; its names take no part in it. It runs to the next comma when it holds no verb
 * before it ("…, a sale worth 5 mln dlrs, to Miro Ltd": the clause goes on), else to the clause's end.
 */
export function commentAfter(text: string, to: number): { start: number; end: number } | undefined {
  for (const m of text.slice(to).matchAll(APPOSED)) {
    const at = to + m.index;
    const terms = termsAfter(text, at + m[0].length);
    // (Its head the first noun of happening among its first words, adjectives and nouns: "a cost-cutting move", and a
    // relative clause with no pronoun may follow it at once, "a move analysts said would help …".)
    let k = 0;
    while (k <= PURPOSE_MODIFIERS && terms[k] && (terms[k]!.tags.includes('Adjective') || terms[k]!.tags.includes('Noun')) && !isEventNoun(terms[k]!.text.toLowerCase())) {
      if (/[,;:()]/.test(terms[k]!.post ?? '')) break;
      k++;
    }
    const head = terms[k];
    if (!head || !head.tags.includes('Noun') || head.tags.includes('ProperNoun') || !isEventNoun(head.text.toLowerCase())) continue;
    let end = text.length;
    for (let j = k; j < terms.length; j++) {
      const t = terms[j]!;
      const post = t.post ?? '';
      const close = t.offset.start + t.offset.length;
      if (/[;:]/.test(post)) { end = close; break; }
      if (post.includes(',') && !terms.slice(k + 1, j + 1).some((x) => x.tags.includes('Verb') || RELATIVE_PRONOUNS.has(x.text.toLowerCase()))) { end = close; break; }
    }
    return { start: at, end };
  }
  return undefined;
}

/** The sentence's words (the fast tagger's, pos-tagger.ts) from offset `at` on, their offsets into the sentence. */
function termsAfter(text: string, at: number): TaggedTerm[] {
  return posTerms(text).filter((t) => t.offset.start >= at);
}

/**
 * The last junction before the trigger that opens a clause with a subject of its own, after a clause with a finite
 * verb whose subject is closed ("The runner has denied the charge but the panel has upheld the ban": the trigger
 * "upheld" is the panel's; "Quanta and Zorbix have agreed" has no verb before its "and").
 */
function secondClauseStart(text: string, junctions: { at: number; after: number }[], start: number, from: number): number | undefined {
  for (const j of junctions.sort((a, b) => b.at - a.at)) {
    const before = text.slice(start, j.at);
    if (!INTRODUCTORY.test(before) && toldVerb(text, start, j.at) && !subjectOpen(before) && ownSubjectClause(text, j.after)) return j.after;
  }
  return undefined;
}

/**
 * The trigger's own clause as junctions alone bound it (see ownSubjectClause): from the last one before it that opens
 * a clause with a subject of its own to the first one after it that does. For titles, whose other clause marks are
 * read by src/resolve/events/clause-title.ts `clauseTitle`.
 */
export function junctionBounds(text: string, from: number, to: number): { start: number; end: number } {
  const junctions = [...text.matchAll(JUNCTION)].map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const start = secondClauseStart(text, junctions.filter((j) => j.after <= from), 0, from) ?? 0;
  const end = junctions.find((j) => j.at >= to && secondClauseAt(text, start, from, j))?.at;
  return { start, end: end ?? text.length };
}

/**
 * The junction `j` after the trigger (at `from`) opens a second clause: the trigger's clause, from `start`, has had its
 * finite verb before it and no subject left open ("talks with Norland and Pellia have been …" is one subject), and a
 * clause with a subject of its own follows.
 */
function secondClauseAt(text: string, start: number, from: number, j: { at: number; after: number }): boolean {
  return toldVerb(text, start, j.at) && !subjectOpen(text.slice(from, j.at)) && ownSubjectClause(text, j.after);
}

/**
 * `text` holds a finite verb from `a` to `b`: one tense.ts reads, or one the perceptron tags a present or past tense in the
 * clause read from `a` on ("Quanta sued Zorbix": tense.ts lists no "sued"; "talks with Norland and Pellia have …"
 * opens with a noun: in the whole sentence, "took ten years and talks with Norland …", "talks" reads as a verb).
 * A gerund, an infinitive or a participle is none.
 */
function toldVerb(text: string, a: number, b: number): boolean {
  return finite(text.slice(a, b)) || posTerms(text.slice(a)).some((t) => t.offset.start < b - a && /\p{L}/u.test(t.text) && t.tags.includes('Verb')
    && (t.tags.includes('PastTense') || t.tags.includes('PresentTense')) && !t.tags.includes('Gerund') && !t.tags.includes('Infinitive') && !t.tags.includes('Participle'));
}

/** A sentence's opening phrase led by a preposition: no clause (OPENING_PREPOSITIONS says why). */
const INTRODUCTORY = new RegExp(String.raw`^\s*(?:${alternation(OPENING_PREPOSITIONS)})\s`, 'i');

/** At most this many words after a verb that takes a clause, for it to close the sentence as a report ("…, Lee ruled on Monday"). */
const REPORT_TAIL_WORDS = 3;

/** At most this many words of a noun phrase before a second clause's verb ("talks with Norland and Pellia have …"). */
const SUBJECT_WORDS = 8;

/** Verbs that report what the clause before tells ("…, Ann Lee said"): a report of it, no clause of its own. */
const REPORTS = new Set([...SPEECH_VERBS_AFTER, ...SUBJECT_REPORTING_VERBS]);

/**
 * The words at `at` of `text` (after "and", "but" or a comma, to the next comma) open a clause with a subject of its
 * own: a noun phrase — a name, "the panel", "talks with Norland", no verb in it — and then a finite verb group
 * (tense.ts) whose verb reports nothing ("…, Ann Lee said" tells who reports the clause before: speakersOfTheReport
 * reads it), and which the participle model does not read as describing the noun, nor a bare past form before a
 * preposition ("aircraft acquired from Zorbix", "a seat held by Quanta": reduced relatives). Read from the perceptron's tags: "Quanta sued Zorbix and Miro has appealed",
 * not "bought Acme and Zorbix last year".
 */
export function ownSubjectClause(text: string, at: number): boolean {
  const rest = text.slice(at).split(/[,;:]/)[0]!;
  // (Tagged alone, as a clause of its own: in the sentence, "took ten years and talks with Norland have …" reads
  // "talks" as a second verb of "took"'s subject.)
  // (Its words only: the perceptron's tokens keep an opening quote mark as a term of its own, compromise's do not.)
  const terms = posTerms(rest).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const first = terms[0];
  // (A pronoun opens one too, "…, he said": compromise tags it a noun as well, the perceptron a pronoun only.)
  if (!first || first.tags.includes('Verb') || !first.tags.some((t) => t === 'Noun' || t === 'Pronoun' || t === 'Determiner' || t === 'Adjective' || t === 'Value')) return false;
  let verb = terms.findIndex((t) => t.tags.includes('Verb'));
  // (Two verbs in a row with no auxiliary: the first is a noun the tagger misread, "the Norland rail works planned …".)
  while (verb >= 0 && terms[verb + 1]?.tags.includes('Verb') && !AUXILIARIES_AFTER.has(terms[verb]!.text.toLowerCase())) verb++;
  // (A relative pronoun before the verb makes it the verb of a relative clause inside a noun phrase: "Quanta and the
  // trust which holds the lease" is a list.)
  if (verb < 1 || verb > SUBJECT_WORDS || terms.slice(0, verb).some((t) => RELATIVE_PRONOUNS.has(t.text.toLowerCase()))) return false;
  const head = terms.slice(verb).find((t) => !AUXILIARIES_AFTER.has(t.text.toLowerCase()) && !/^(?:been|being|not)$/i.test(t.text)) ?? terms[verb]!;
  // (A verb that takes a clause closing the sentence reports the clause before: "…, the panel has ruled.")
  const after = rest.slice(head.offset.start + head.offset.length).match(/\p{L}+/gu) ?? [];
  if (REPORTS.has(head.text.toLowerCase()) || (takesClause(head.text) && after.length <= REPORT_TAIL_WORDS)) return false;
  // (A bare past form right before a preposition may be a participle the model does not call: "aircraft acquired
  // from Zorbix" — left as it was, one clause.)
  const next = terms[terms.indexOf(head) + 1];
  // (Penn, and so the perceptron, tags the "that" opening a clause a preposition: "… said that …" is none.)
  const preposition = next?.tags.includes('Preposition') === true && next.text.toLowerCase() !== 'that';
  if (head === terms[verb] && (describesNounBefore(text, at + head.offset.start) || preposition)) return false;
  const upTo = terms[Math.min(verb + 2, terms.length - 1)]!;
  return hasFiniteVerb(rest.slice(0, upTo.offset.start + upTo.offset.length));
}

/** A reporting verb (SPEECH_VERBS_AFTER) as a word. */
const SPEECH_VERB = new RegExp(String.raw`\b(?:${alternation(SPEECH_VERBS_AFTER)})\b`, 'gi');

/** "and" or "but" after the comma: the verb is a second one of the sentence's subject (", but said …"), no report's close. */
const SECOND_VERB_PHRASE = new RegExp(String.raw`^\s*(?:${alternation(CLAUSE_JUNCTIONS)})\b`, 'i');

/** What opens a clause of its own right after a reporting verb ("said that …", "said it …", "said to be …"). */
const CLAUSE_AFTER_VERB = new RegExp(String.raw`^\s*(?:that|to|${alternation(PERSONAL_PRONOUNS)})\b`, 'i');

/**
 * The words after a reporting verb that closes its sentence, when it is set after what it reports (at or after
 * `from`, the reported happening's trigger): ", Quanta said in a notice on shares listed in Oslo", ", an aide told
 * Reuters from Varna", ", said Ann Lee in Pella". They tell where, how and to whom the report was made,
 * not where or with whom the reported happening was (session 35, evt76). The verb follows a comma or a closing quote
 * with only its speaker between (no finite verb: "…, which it said was sold in Oslo" is a relative clause; no "and" or
 * "but": "…, but said Norland's part had been small" is a second verb of the subject), and no clause of its own opens
 * after it ("said that …", "said it …", "said to be …", or any finite verb after it). The span runs from the verb's end to
 * the sentence's end; undefined when no reporting verb closes the sentence so.
 */
export function reportTail(text: string, from: number): { start: number; end: number } | undefined {
  const verb = [...text.matchAll(SPEECH_VERB)].filter((m) => m.index >= from).at(-1);
  if (!verb) return undefined;
  const [at, end] = [verb.index, verb.index + verb[0].length];
  const mark = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf('”', at - 1), text.lastIndexOf('"', at - 1));
  const speaker = text.slice(mark + 1, at);
  if (mark < from || hasFiniteVerb(speaker) || /[;:]/.test(speaker) || SECOND_VERB_PHRASE.test(speaker)) return undefined;
  const tail = text.slice(end);
  if (CLAUSE_AFTER_VERB.test(tail) || /[;:"“”]/.test(tail) || hasFiniteVerb(tail)) return undefined;
  return { start: end, end: text.length };
}

/**
 * Between the trigger and a junction, a clause's subject may still be open: "that" (what a verb or a noun reports,
 * "fined Quanta over claims that Zorbix and Miro were underpaid", or a relative clause, "the deal that Quanta and Miro
 * signed") or a reporting verb ("said Zorbix and Miro have agreed"), and no finite verb since: "and" joins two nouns
 * of that subject.
 */
export function subjectOpen(between: string): boolean {
  const words: string[] = between.toLowerCase().match(/[a-z]+/g) ?? [];
  let opener = -1;
  words.forEach((w, i) => {
    if (REPORTS.has(w) || w === 'that') opener = i;
  });
  return opener >= 0 && !hasFiniteVerb(words.slice(opener + 1).join(' '));
}

/**
 * The words after a clause mark without a relative clause set between commas after its first phrase: "after Qwest,
 * which had an earlier offer rejected, said it would bid" has its own verb, "said", after the relative clause.
 */
function withoutRelative(rest: string): string {
  return rest.replace(/^([^,;:]*),\s+(?:which|who|whom|whose)\s[^,;:]*,/i, '$1');
}

/**
 * A finite verb in `text` ("Quanta was made to sell assets"): tense.ts reads a verb group from the end and stops at
 * an infinitive, so each stretch before a "to" is read on its own.
 */
function finite(text: string): boolean {
  return text.split(/\bto\s/).some((part) => hasFiniteVerb(part));
}

function commaAfter(text: string, at: number): number {
  const i = text.indexOf(',', at);
  return i < 0 ? text.length : i;
}

/** A name as an apposition lists it: capitalised words. */
const LISTED = String.raw`[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)*`;
const APPOSITION = new RegExp(String.raw`^,\s+((?:(?:formerly|previously|once|now|currently)\s+)?(?:a|an|the|its|his|her|their|one of)\s|${LISTED}['’]s\s+[a-z])([^,;:()]*)(?:(?:,\s+${LISTED})*,\s+${LISTED}\s(?:and|or)\s[^,;:()]*)?,`);

/**
 * Appositions of `text`: a phrase set between commas after a name that says what the name is ("The Pella Harbour
 * Board, a Norland state agency, said", "Zorbix Bank, Norland's biggest lender, touched"): it opens
 * with a determiner or a possessive name (perhaps after "formerly", "now": "Ann Lee, formerly a Quanta executive
 * overseeing work on the Qube, resigned") and holds no finite verb; it may hold a list of names ("Vellan, the maker
 * behind the Quanta, Miro and Pella brands, for …"). Its names describe; they take no part.
 * `nameEnds`: where the names of the sentence end.
 */
export function appositions(text: string, nameEnds: number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const at of nameEnds) {
    const m = APPOSITION.exec(text.slice(at));
    if (!m || finite(m[0].slice(1, -1))) continue;
    out.push({ start: at + 1, end: at + m[0].length - 1 });
  }
  return out;
}

/**
 * The sentence's main verb: its first finite verb (a past or present form or a modal, by the fast tagger) after the
 * dateline that no relative clause or apposition holds; undefined when the tagger reads none.
 */
export function mainVerb(text: string, terms: readonly TaggedTerm[], dateline: number): TaggedTerm | undefined {
  return terms.find((t) => t.offset.start >= dateline && (t.tags.includes('PastTense') || t.tags.includes('PresentTense') || t.tags.includes('Modal'))
    && !inRelativeClause(text, t.offset.start) && !inApposition(text, t.offset.start));
}

/**
 * The main verb's group (`mainVerb`): it and the verbs, adverbs and particles that follow it ("has died", "have
 * sharply cut", "was handed"), and an infinitive it governs ("is to close"); undefined with no main verb. The
 * sentence's grammatical main verb, a saying included ("Quanta said it would …": "said"); the verb of what a lede
 * tells past its saying, which scheduled days read, is src/extract/scheduled.ts `contentVerbGroup`
 * (tests/lede-verbs.test.ts shows the two apart).
 */
export function mainVerbGroup(text: string, terms: readonly TaggedTerm[], dateline: number): { start: number; end: number } | undefined {
  const verb = mainVerb(text, terms, dateline);
  if (!verb) return undefined;
  let k = terms.indexOf(verb);
  // (Only across a space: a comma ends the group.)
  const joined = (i: number) => /^\s*$/.test(terms[i]!.post ?? '');
  const inGroup = (t: TaggedTerm | undefined) => t !== undefined && ['Verb', 'Adverb', 'Particle', 'Negative'].some((tag) => t.tags.includes(tag));
  for (;;) {
    if (!joined(k)) break;
    const next = terms[k + 1];
    if (inGroup(next)) k++;
    else if (next && /^to$/i.test(next.text) && joined(k + 1) && terms[k + 2]?.tags.includes('Verb')) k += 2;
    else break;
  }
  const last = terms[k]!;
  return { start: verb.offset.start, end: last.offset.start + last.offset.length };
}

/**
 * The word at `index` is inside an apposition after a name ("WEDGE Group Inc, a Houston firm with a stake in AMI,
 * said …"): what the apposition tells is background to the sentence's happening.
 */
export function inApposition(text: string, index: number): boolean {
  const open = /[\p{Lu}][\p{L}.&'’-]*,\s+(?:a|an|the|its|his|her|their|one of)\s[^,;:()]*$/u.exec(text.slice(0, index));
  if (!open) return false;
  const close = text.indexOf(',', index);
  return close > 0 && !finite(text.slice(open.index + open[0].indexOf(',') + 1, close));
}

/** What may follow a verb that lost its object to a relative clause: nothing, or a time, place or source ("last year", "from Quanta"). */
export const OBJECTLESS_AFTER = /^(?:\s+(?:last|this|next|earlier|later|in|on|at|for|from|during|since|early|late|\d{4}\b)\b.*)?[\s.]*$/i;

/**
 * The subject of a relative clause whose pronoun is the verb's object ("…, which the company acquired", "which Zorbix
 * Ltd bought", "that it sold"): a pronoun, "the" and a noun, or a capitalised name, then only adverbs and "has",
 * "have", "had" before the verb. (A verb or an auxiliary right after "which" makes the pronoun the subject: "which was
 * acquired", "which bought".)
 */
const FILLER = String.raw`(?:\w+ly|${alternation(SUBJECT_VERB_FILLERS)})`;
const OBJECT_RELATIVE = new RegExp(String.raw`,?\s+(?:which|whom|that)\s+((?:${alternation(PERSONAL_PRONOUNS)})|the\s+[a-z]+(?:\s+(?!${FILLER}\s)[a-z]+)?|\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+(?:${FILLER}\s+)*$`, 'u');

/**
 * The trigger at `from`..`to` of `text` is the verb of a relative clause about the noun before it, which is the
 * verb's object: "Velmora, which the company acquired in 1999" (Velmora is what was acquired, the company who
 * acquired it), "Tarn Mobile, which it bought from Zorbix last year". The verb has no object of its own after it
 * (OBJECTLESS_AFTER, to the clause's end: "…, which Quanta bought a stake in" has one). Returns where the noun it is
 * about ends and the clause's subject (offsets into `text`).
 */
export function objectRelative(text: string, from: number, to: number): { antecedentEnd: number; subject: { start: number; end: number; text: string } } | undefined {
  const m = OBJECT_RELATIVE.exec(text.slice(0, from));
  if (!m || !/^\S+$/.test(text.slice(from, to).trim())) return undefined;
  const rest = text.slice(to).split(/[,;:]/)[0]!;
  if (!OBJECTLESS_AFTER.test(rest)) return undefined;
  const subject = m[1]!;
  const start = m.index + m[0].indexOf(subject, m[0].search(/(?:which|whom|that)\s/) + 4);
  return { antecedentEnd: m.index, subject: { start, end: start + subject.length, text: subject } };
}

/**
 * Where the clause opener nearest before `at` in `text` (from `from` on) ends: a relative pronoun or a word of time,
 * reason or condition (lexicon CLAUSE_OPENERS) with no comma, semicolon or colon between it and `at` ("the offer that
 * it announced", "Quanta, which had bought", "after they were set"). A "that" after a verb that takes a clause ("said
 * that", "announced that") opens what is told, the sentence's own clause, and is passed over. (evt61, session 31.)
 */
export function clauseOpenerBefore(text: string, from: number, at: number): number | undefined {
  const tokens = tokenize(text.slice(from, at));
  for (let k = tokens.length - 1; k >= 0; k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (/^[,;:]$/.test(w)) return undefined;
    if (!CLAUSE_OPENERS.has(w) || (w === 'that' && k > 0 && takesClause(tokens[k - 1]!.text))) continue;
    return from + tokens[k]!.end;
  }
  return undefined;
}

/**
 * The word at `at` is told inside a relative clause about a noun, not closed before it ("sold its unit to Miro, which
 * had bought a stake in it", "the offer that it announced"): the relative pronoun is the nearest clause opener before it.
 */
export function inRelativeClause(text: string, at: number): boolean {
  const opener = clauseOpenerBefore(text, 0, at);
  return opener !== undefined && RELATIVE_PRONOUNS.has(/(\w+)$/.exec(text.slice(0, opener))![1]!.toLowerCase());
}

/** A comma and a relative pronoun other than "that" (", which", ", who"). */
const COMMA_WH_RELATIVE = new RegExp(String.raw`,\s+(?:${alternation(WH_RELATIVES)})\s`, 'i');

/**
 * The word at `at` is told in a relative clause set off by a comma after a main clause with a finite verb of its own
 * ("Quanta sold its unit to Miro, which had bought Tarn Ltd last year"): the clause tells of the noun before its
 * comma, not the sentence's happening (the sale, though no trigger reads "sold"), and its names are its verb's. The
 * nearest clause opener before the word (from `from` on, no comma between) is a relative pronoun other than "that",
 * with a comma right before it, and the words from `from` to that comma hold a finite verb (tense.ts, or a past or
 * present form by the fast tagger, pos-tagger.ts). (evt67.)
 */
export function inCommaRelative(text: string, from: number, at: number): boolean {
  // (Most sentences have no such clause: one regular expression answers first, before the words are read.)
  if (!COMMA_WH_RELATIVE.test(text.slice(from, at))) return false;
  const opener = clauseOpenerBefore(text, from, at);
  if (opener === undefined) return false;
  const m = /,\s+(\w+)$/.exec(text.slice(from, opener));
  if (m === null || !WH_RELATIVES.includes(m[1]!.toLowerCase())) return false;
  const main = text.slice(from, from + m.index);
  // (The tense reader reads a verb group it knows; the fast tagger a past or present form it does not: "sued".)
  return hasFiniteVerb(main) || posTerms(main).some((t) => t.tags.includes('Verb') && (t.tags.includes('PastTense') || t.tags.includes('PresentTense')) && !t.tags.includes('Participle'));
}

/** A verb group's auxiliaries and adverbs closing `text` ("they were provisionally"): no verb of its own. */
const AUXILIARY_TAIL = new RegExp(String.raw`(?:\s+(?:${alternation([...AUXILIARIES_AFTER, ...PASSIVE_AUXILIARIES])}|\w+ly|not|n't))+\s*$`, 'i');

/**
 * The verb at `at` is told in a clause of its own opened after `from`: a clause opener stands before it, and between
 * them no finite verb but its own auxiliaries ("said it has begun the offer that it announced": "announced" is the
 * relative clause's; "Kelm, which was founded": "founded" is the aside's).
 */
export function verbInClauseOfItsOwn(text: string, from: number, at: number): boolean {
  const opener = clauseOpenerBefore(text, from, at);
  return opener !== undefined && !hasFiniteVerb(` ${text.slice(opener, at)}`.replace(AUXILIARY_TAIL, ''));
}

/**
 * The date at `at` is told in a clause of its own opened after `from` (a happening's word): a clause opener and a
 * finite verb of that clause stand before it ("begun the offer that it announced yesterday", "will now come out …
 * after it was first due on 13 May", "sold the unit to Miro, which had bought a stake on March 3"): the date is that
 * verb's, not the happening's.
 */
export function dateInClauseOfItsOwn(text: string, from: number, at: number): boolean {
  const opener = clauseOpenerBefore(text, from, at);
  return opener !== undefined && hasFiniteVerb(text.slice(opener, at));
}

/**
 * A participle ending right before "by" and a name, with up to three adverbs or words of time between ("issued this
 * week by", "owned by", "provided by"; lexicon AGENT_GAP_WORDS; not a noun, to which "by" would belong: "an
 * unsolicited offer by"), and no auxiliary before it ("was bought by" is a verb group of its own clause).
 */
const AGENT_AFTER_PARTICIPLE = new RegExp(String.raw`(?<!\b(?:${alternation([...PASSIVE_AUXILIARIES, 'has', 'have', 'had'])})\s+(?:\w+ly\s+)?)\b[A-Za-z]{3,}(?:ed|en|wn)\s+(?:(?:\w+ly|${alternation(AGENT_GAP_WORDS)})\s+){0,3}by\s+(?:the\s+)?$`, 'i');

/**
 * The name starting at `start` is the agent ("by …") of a participle phrase that describes a noun, a reduced relative
 * clause ("the yield on deposits issued this week by the Monetary Agency rose", "equipment provided by Quanta
 * Systems", "Miro Co, owned by Zorbix Inc, for 23 mln dlrs"): it says whose or what the noun is, and takes no part in
 * the happening of the trigger at `from`..`to` — unless the participle is the trigger, or the noun is one whose maker
 * takes part (MADE_BY_PARTY: "debt issued by Zorbix" was downgraded, "a suit filed by Quanta" names Miro). With no auxiliary before it
 * and an agent after it, a form in -ed, -en or -wn is no active verb of the clause ("Quanta bought by Zorbix" is no
 * English), so neither a comma before it nor the participle model (participle.ts, which reads none of the four cases
 * below as describing at its margin) is asked; only a subject pronoun before it makes it a clause's own verb.
 * (session 39, evt88: 4 of the 10 other-clause participants of tests/gold/clause-participants.json.)
 */
export function agentOfDescribingParticiple(text: string, start: number, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = AGENT_AFTER_PARTICIPLE.exec(before);
  if (!m || /[,;:]/.test(m[0])) return false;
  const at = start - before.length + m.index;
  if (at < to && at + m[0].length > from) return false;
  const noun = /([a-z]+)\s+(?:\w+ly\s+)?$/i.exec(text.slice(0, at))?.[1]?.toLowerCase() ?? '';
  if (MADE_BY_PARTY.has(noun) || isEventNoun(noun)) return false;
  // (Nor when the trigger is a second participle of the phrase: "Lee, fired by Quanta and fined for …" — the fine
  // may be Quanta's too.)
  const joined = from >= start && /^[^,;:]*\s(?:and|or)\s+(?:\w+ly\s+)?$/i.test(text.slice(start, from));
  return !joined && !SUBJECT_BEFORE_VERB.test(text.slice(0, at));
}

/** A subject pronoun right before a verb ("it owned by 1986 …"): the verb is its clause's own, no participle. */
const SUBJECT_BEFORE_VERB = new RegExp(String.raw`\b(?:${alternation(PERSONAL_PRONOUNS)})\s+(?:\w+ly\s+)?$`, 'i');
