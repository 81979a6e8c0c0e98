/**
 * A happening's main party written as a definite description or a subject pronoun that the article names elsewhere
 * ("The singer was arrested …", "He resigned on Friday …", "The carmaker has launched …"), resolved to that name
 * conservatively — precision first, one candidate or none:
 *
 * - "he", "she", or "the" + a noun for one person (WordNet noun.person, src/extract/description-heads.json:
 *   "the minister", "the singer") stands for the person named last before the sentence, when that name is the
 *   subject of its own sentence (opening it, perhaps after "the" and a title: "Tory leader Ann Lee said …"), in the
 *   sentence right before or in the same paragraph, and not named again in the sentence itself. Being the last
 *   person named, no other person stands between them.
 * - "the" + a noun for one organisation (noun.group under "organization": "the club", "the carmaker"; the
 *   lexicon's COMPANY_STAND_INS and BANK_DESCRIPTIONS too) stands for the company the article is about (its lede's,
 *   or of several its headline's, extract/events/participants.ts `articleSubject`), when that company is also the organisation
 *   named last before the sentence, no other organisation is named in the paragraph before the description, the
 *   sentence does not name it itself, and the article writes the noun with it: in its name ("Quanta Bank"), right
 *   before it ("carmaker Zorbix") or in apposition to it ("Zorbix, the carmaker,"). "The court ruled …" in an
 *   article about a company is the court's, not the company's.
 *
 * The description is the clause's subject: at the sentence's or a clause's start, no name of the sentence before it,
 * then only auxiliaries and adverbs (or one relative clause between commas, "The singer, who …, was arrested") up to
 * the trigger. "The new manager", "the former coach" (OTHER_ONE_QUALIFIERS) are someone else. An indefinite ("a
 * singer") or a plural ("the singers") is no one named. The quote stays as written: only the participants change.
 *
 * compromise's coreference (`pronouns().refersTo()`, in its third build, which extraction does not load) was
 * measured first: it links pronouns only — no description, and not "it" to a company — and cost ~39 ms a short
 * document on top of extraction's tagging; it is not used.
 */
import { BANK_DESCRIPTIONS, COMPANY_STAND_INS, OTHER_ONE_QUALIFIERS } from './lexicon.ts';
import { CLAUSE_OPENS, samePerson, UP_TO_ITS_VERB } from './described.ts';
import { datelineLength } from './dateline.ts';
import { escapeRegExp } from '../util/escape.ts';
import { shippedJson } from '../util/shipped-json.ts';
import type { EntityMention, Sentence } from '../types.ts';

type HeadClass = 'person' | 'body';

let heads: Map<string, HeadClass> | undefined;
/** The class of a description's head noun (lower case), or undefined: neither one person nor one organisation. */
export function headClass(word: string): HeadClass | undefined {
  heads ??= new Map((shippedJson(new URL('./description-heads.json', import.meta.url)) as { heads: string[] }).heads.map((line) => {
    const [w, c] = line.split(' ') as [string, HeadClass];
    return [w, c];
  }));
  const w = word.toLowerCase();
  if (COMPANY_STAND_INS.has(w) || BANK_DESCRIPTIONS.has(w)) return 'body';
  return heads.get(w);
}

/** A relative clause between commas after the subject ("The singer, who was freed last week, was …"). */
const RELATIVE_ASIDE = String.raw`(?:,\s+(?:who|which|whose)\s[^,;:]{1,120},)?`;
/** "the" + up to two qualifiers + a head, or "he"/"she", as the subject of the trigger's verb. */
const SUBJECT = new RegExp(String.raw`${CLAUSE_OPENS}(?:the\s+((?:[\p{Ll}\d'’-]+\s+){0,2}?)(\p{Ll}+)|(he|she))${RELATIVE_ASIDE}${UP_TO_ITS_VERB}`, 'iu');

/** Before a person's name as its sentence's subject: quotes, "the", up to three capitalised words or nouns for people (a title). */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|[\p{Ll}-]+)$/u;

/** A description's head noun and its qualifiers, lower case ("the tall Welsh runner": runner; tall, welsh). */
interface Noun { head: string; words: string[] }

export interface DescribedParty {
  /** The index into the article's entities of the mention the description stands for. */
  mention: number;
  /** The description as written ("the singer", "he"). */
  description: string;
}

/**
 * The mention the clause's described or pronoun subject stands for (see above), or undefined. `names` are the
 * sentence's own mentions, `subject` the company the article is about (if one).
 */
export function describedParty(sentence: Sentence, triggerIndex: number, sentences: readonly Sentence[], entities: readonly EntityMention[],
  names: readonly EntityMention[], subject: EntityMention | undefined): DescribedParty | undefined {
  const m = SUBJECT.exec(sentence.text.slice(0, triggerIndex));
  if (!m) return undefined;
  const opens = m[0].search(/\b(?:the|he|she)\b/i);
  const at = sentence.start + m.index + opens;
  if (names.some((n) => n.start < at)) return undefined;
  const pronoun = m[3]?.toLowerCase();
  const head = m[2]?.toLowerCase();
  const words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  if (words.some((w) => OTHER_ONE_QUALIFIERS.has(w))) return undefined;
  const kind = pronoun ? 'person' : headClass(head!);
  if (!kind) return undefined;
  const description = pronoun ?? `the ${[...words, head].join(' ')}`;
  const found = kind === 'person' ? personBefore(sentence, sentences, entities, pronoun ? undefined : { head: head!, words })
    : bodyBefore(sentence, sentences, entities, subject, { head: head!, words }, at);
  if (found === undefined) return undefined;
  const chosen = entities[found]!;
  const own = chosen.canonical.toLowerCase();
  if (names.some((n) => n.canonical.toLowerCase() === own || (kind === 'person' && n.type === 'person' && samePerson(n.canonical.toLowerCase(), own)))) return undefined;
  return { mention: found, description };
}

/** The last mention of a type before sentence `index` (as an index into `entities`): the one a reader last met. */
export function lastBefore(entities: readonly EntityMention[], index: number, type: EntityMention['type']): number | undefined {
  let last: number | undefined;
  entities.forEach((e, i) => {
    if (e.type !== type || e.sentence >= index) return;
    const l = last === undefined ? undefined : entities[last]!;
    if (!l || e.sentence > l.sentence || (e.sentence === l.sentence && e.start > l.start)) last = i;
  });
  return last;
}

/**
 * The person named last before the sentence, as its own sentence's subject, in the sentence before or the same
 * paragraph; for a noun (not a pronoun), only one the article writes with that noun ("Singer Ann Lee", "Ann Lee, the
 * singer,"): "the coach" of a match report is seldom the player named before, and "Ann Lee met the minister" makes
 * the minister someone else.
 */
function personBefore(sentence: Sentence, sentences: readonly Sentence[], entities: readonly EntityMention[], noun: Noun | undefined): number | undefined {
  const found = lastBefore(entities, sentence.index, 'person');
  if (found === undefined) return undefined;
  const e = entities[found]!;
  const own = sentences.find((s) => s.index === e.sentence);
  if (!own || (e.sentence !== sentence.index - 1 && own.paragraph !== sentence.paragraph)) return undefined;
  // Its sentence's subject: the first name after any dateline, with only quotes, "the" and a title before it.
  const dateline = datelineLength(own.text);
  const before = own.text.slice(dateline, e.start - own.start);
  if (entities.some((x) => x.sentence === e.sentence && x.start < e.start && x.start - own.start >= dateline)) return undefined;
  const opening = before.replace(/^[\s"“‘'(]*(?:the\s+)?/i, '').trim();
  const title = opening ? opening.split(/\s+/) : [];
  if (title.length > 3 || !title.every((w) => TITLE_WORD.test(w) && (/^\p{Lu}/u.test(w) || headClass(w) === 'person'))) return undefined;
  const who = e.canonical.toLowerCase();
  return noun === undefined || writtenWith(noun, (x) => x.type === 'person' && samePerson(x.canonical.toLowerCase(), who), sentences, entities) ? found : undefined;
}

/** The company the article is about, named last before the sentence, with no other organisation named in the paragraph before the description, and written with the head noun. */
function bodyBefore(sentence: Sentence, sentences: readonly Sentence[], entities: readonly EntityMention[], subject: EntityMention | undefined, noun: Noun, at: number): number | undefined {
  if (!subject || subject.type !== 'organization') return undefined;
  const found = lastBefore(entities, sentence.index, 'organization');
  if (found === undefined) return undefined;
  const own = subject.canonical.toLowerCase();
  if (entities[found]!.canonical.toLowerCase() !== own) return undefined;
  // A competitor in the paragraph: another organisation named in it before the description.
  const paragraphOf = new Map(sentences.map((s) => [s.index, s.paragraph]));
  if (entities.some((e) => e.type === 'organization' && e.canonical.toLowerCase() !== own && paragraphOf.get(e.sentence) === sentence.paragraph
    && (e.sentence < sentence.index || (e.sentence === sentence.index && e.start < at)))) return undefined;
  return (COMPANY_STAND_INS.has(noun.head) && noun.words.length === 0) || writtenWith(noun, (x) => x.canonical.toLowerCase() === own, sentences, entities) ? found : undefined;
}

/**
 * The article writes `head` with the one `isIt` picks: in a name of it ("Quanta Bank"), right before a mention
 * ("carmaker Zorbix", "Singer Ann Lee"), or in apposition ("Zorbix, the carmaker,").
 */
function writtenWith({ head, words }: Noun, isIt: (e: EntityMention) => boolean, sentences: readonly Sentence[], entities: readonly EntityMention[]): boolean {
  const word = new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(head)}(?![\p{L}-])`, 'iu');
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  // As many words before the noun as the description has qualifiers, each of them among those written.
  const qualifiers = String.raw`((?:[\p{L}\d'’-]+\s+){0,${words.length}})`;
  const right = new RegExp(String.raw`(?:^|[\s,("“])${qualifiers}${escapeRegExp(head)}\s+$`, 'iu');
  // (The apposition ends at the noun: "Ann Lee, a friend of the minister," is not the minister.)
  const apposed = new RegExp(String.raw`^,\s+(?:the|a|an|its)\s+((?:(?!of\b)[\p{L}\d'’-]+\s+){0,3}?)${escapeRegExp(head)}\s*(?:[,;.)]|$)`, 'iu');
  const all = (m: RegExpExecArray | null) => m !== null && words.every((w) => m[1]!.toLowerCase().split(/\s+/).includes(w));
  return entities.some((e) => {
    if (!isIt(e)) return false;
    if (words.length === 0 && (word.test(e.canonical) || word.test(e.text))) return true;
    const s = byIndex.get(e.sentence);
    if (!s) return false;
    return all(right.exec(s.text.slice(0, e.start - s.start))) || all(apposed.exec(s.text.slice(e.end - s.start)));
  });
}
