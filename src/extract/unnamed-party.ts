/**
 * Whether the party a happening's clause is about goes unnamed: the clause's subject, just before its verb trigger,
 * is a common noun phrase with no name in it ("The chancellor has unveiled proposals for …", "The detainees were
 * arrested under …", "A senior judge who has quit …"). Its page would be credited to whatever else the
 * sentence names (the law, the place, the thing unveiled) and titled by who-knows-whom, so the happening is kept as
 * a report and makes no page of its own (src/resolve/events/event-page.ts); an article's news is titled by its headline and
 * stays. Only people go unnamed so (the phrase's head is a noun for people, WordNet's person-nouns.json): a body
 * called by its common noun ("the central bank", "a court", "the military": ORG_HEADS, BODY_NOUNS) reads well enough
 * as a page's party, unless the sentence names nothing but the happening's site ("The tribunal was meeting at
 * Pella": `body`, read by the caller). A stand-in for a name the article gives ("the company", "the Welsh runner") is read before this, as that
 * name (extract/events.ts), and a pronoun is no common noun.
 *
 * Read on compromise's part-of-speech tags: between the phrase and the verb only auxiliaries, adverbs, a negation, a
 * comma or a relative pronoun ("who", "which", "that"); the phrase is determiners, adjectives, numbers and nouns, starts
 * with an article or a demonstrative, and opens its clause (the sentence's start, a comma, or a clause opener before it: otherwise it is an object, "sued the
 * workers who …").
 */
import { BODY_NOUNS, ORG_HEADS } from './lexicon.ts';
import type { TaggedTerm } from './nlp.ts';
import { posTerms } from './pos-tagger.ts';
import { isPersonNoun } from './trigger-sense.ts';

/** Heads of bodies' names (ORG_HEADS: "bank", "court", "party") and common nouns for bodies (BODY_NOUNS), lower case. */
let bodies: Set<string> | undefined;
const forBody = (word: string) => (bodies ??= new Set([...ORG_HEADS, ...BODY_NOUNS].map((w) => w.toLowerCase()))).has(word);

/** Words between a subject and its verb that are neither: "who has already", "which was quickly". */
const RELATIVE = /^(?:who|which|that)$/i;
/** Determiners of one particular person or group. */
const DEFINITE = /^(?:the|a|an|this|these|those)$/i;
/** Words before a clause's subject that open the clause. */
const OPENS_CLAUSE = /^(?:and|but|while|because|after|before|since|when|as|so)$/i;

const has = (t: TaggedTerm, tag: string) => t.tags.includes(tag);
const end = (t: TaggedTerm) => t.offset.start + t.offset.length;

/**
 * Whether the verb trigger at character `triggerAt` of `text` has an unnamed common noun phrase as its subject.
 * `names` are the sentence's names as character spans of `text`.
 */
export function unnamedSubject(text: string, triggerAt: number, names: readonly { start: number; end: number }[]): boolean {
  const unnamed = unnamedSubjectOf(text, triggerAt, names);
  return unnamed !== undefined && !unnamed.body;
}

/**
 * As unnamedSubject, with the indices into `names` of the names that only modify the phrase's head ("A previous Zorbian
 * Party chancellor resigned", "The Velmont co-chairman attacked …": the name says whose, the person stays unnamed);
 * undefined when the subject is named or no unnamed person.
 */
export function unnamedSubjectOf(text: string, triggerAt: number, names: readonly { start: number; end: number }[]): { modifiers: number[]; body?: true } | undefined {
  const terms = posTerms(text);
  const at = terms.findIndex((t) => end(t) > triggerAt);
  if (at < 1 || !has(terms[at]!, 'Verb')) return undefined;
  let k = at - 1;
  while (k >= 0 && (has(terms[k]!, 'Auxiliary') || has(terms[k]!, 'Adverb') || has(terms[k]!, 'Negative'))) k--;
  // (An -ing form is the clause's verb only after its auxiliary: "was meeting", not "… digging coal".)
  if (has(terms[at]!, 'Gerund') && !(k < at - 1 && has(terms[at - 1]!, 'Auxiliary'))) return undefined;
  if (k >= 0 && RELATIVE.test(terms[k]!.text)) k--;
  const head = terms[k];
  if (!head || !has(head, 'Noun') || has(head, 'Pronoun')) return undefined;
  // People, unnamed ("the chancellor", "the detainees"); not a thing ("a survey released …"). A body its common noun
  // names ("the central bank released …", "a court ruled …", "the tribunal was meeting …") is told apart (`body`):
  // its page reads well enough when the sentence names a party of the happening.
  // (A compound's last part heads it: "co-chairman", "vice-president".)
  const word = head.text.toLowerCase().replace(/^[a-z]+-(?=[a-z])/, '');
  const body = forBody(word);
  if (!isPersonNoun(word) && !body) return undefined;
  let from = k;
  while (from > 0 && !/[,;:]/.test(terms[from - 1]!.post ?? '') && inPhrase(terms[from - 1]!)) from--;
  // A determiner opens it: one unnamed person or group ("the chancellor", "a senior barrister", "the detainees"), not
  // a body news names by its common noun alone ("Police arrested …", "Ministers agreed …"), whose page reads well.
  // After a number and "of" ("One of the bankers", "Three of Norland's richest shipowners"), a possessive name opens it
  // too: the name says whose, the one of them goes unnamed.
  const partitive = from >= 2 && terms[from - 1]!.text.toLowerCase() === 'of' && has(terms[from - 2]!, 'Value');
  const opener = terms[from]!;
  if (!(has(opener, 'Determiner') && DEFINITE.test(opener.text)) && !(partitive && has(opener, 'Possessive'))) return undefined;
  const before = terms[(partitive ? from - 2 : from) - 1];
  if (before && !/[,;:(]/.test(before.post ?? '') && !OPENS_CLAUSE.test(before.text)) return undefined;
  // Between commas after a name, the phrase describes that name ("Diageo, the spirits company, has agreed …").
  if (before && /,/.test(before.post ?? '') && /,/.test(head.post ?? '')) return undefined;
  // A name holding the head names the subject ("The Zorbia Times reported …" is no person noun anyway); a name wholly
  // before the head only says whose the person is ("a previous Zorbian Party chancellor").
  const [start, headAt, stop] = [terms[from]!.offset.start, head.offset.start, end(head)];
  if (names.some((n) => n.start < stop && n.end > headAt)) return undefined;
  return { modifiers: names.flatMap((n, i) => (n.start < headAt && n.end > start ? [i] : [])), ...(body ? { body: true as const } : {}) };
}

/** A word a common noun phrase is made of: a determiner, an adjective, a number or a noun (no pronoun). */
function inPhrase(t: TaggedTerm): boolean {
  return !has(t, 'Pronoun') && !has(t, 'Verb') && !has(t, 'Preposition') && (has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Value') || has(t, 'Noun'));
}
