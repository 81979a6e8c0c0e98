/**
 * A happening's doer written as a description an earlier sentence resolved ("The Welsh runner beat Ann Lee", "The
 * duo signed with Miro Records", "The bank was fined by the Zorbia Bureau"): the description is the clause's subject,
 * and who it stands for is the one earlier name that fits it — by head noun and type, as a reader takes it:
 *
 * - a person's role (PERSON_DESCRIPTIONS: "the runner", "the 21-year-old singer") stands for the one person named
 *   before with that role written right before the name ("Welsh runner Ann Lee") or in apposition to it ("Ann Lee,
 *   the Welsh runner,"), every qualifier of the description in that phrase; a role written elsewhere in the sentence
 *   is someone else's ("Ann Lee met the minister"), and "the new manager", "the former coach" (OTHER_ONE_QUALIFIERS)
 *   is not the one named with the role;
 * - an age alone ("the 28-year-old") for the one person written with that age ("Ann Lee, 28,");
 * - a pair (PAIR_DESCRIPTIONS: "the duo") for the one pair of people named together, joined by "and";
 * - "the bank" for the one bank named before.
 *
 * Only where exactly one candidate fits, none of the sentence's own names comes before the description (it may be in
 * apposition to one: "Ann Lee, the Welsh runner, won"), and the candidate is not itself named in the sentence (then
 * the description is someone else: "The 28-year-old beat Ann Lee"). Precision over recall: "the coach" of a match
 * report is seldom the player named before, so a role must have been written with its person. (The company an
 * article is about, "the company", is read by extract/events/roles.ts `standsForSubject`.)
 */
import { alternation, BANK_DESCRIPTIONS, BANK_NAME_WORDS, OTHER_ONE_QUALIFIERS, PAIR_DESCRIPTIONS, PERSON_DESCRIPTIONS, SUBJECT_REPORTING_VERBS,
  SUBJECT_VERB_FILLERS } from './lexicon.ts';
import type { EntityMention, Sentence } from '../types.ts';

const HEADS = [...PERSON_DESCRIPTIONS, ...PAIR_DESCRIPTIONS, ...BANK_DESCRIPTIONS].join('|');
/** Where a clause's subject may start: the sentence's start, after a clause's comma or dash, or "and"/"but". */
export const CLAUSE_OPENS = String.raw`(?:^|[,;]\s+|\s[-–—]\s+|\b(?:and|but)\s+)`;
/** Between a subject and its verb: only auxiliaries and adverbs ("has also acquired", "was later sued"), to the trigger. */
export const UP_TO_ITS_VERB = String.raw`\s+(?:(?:\w+ly|${alternation(SUBJECT_VERB_FILLERS)})\s+)*$`;
/** An age used as a noun, or before a role ("the 28-year-old", "the 21-year-old singer"). */
const AGE = String.raw`\d{1,3}-year-old`;
/**
 * "the", up to two words that qualify (a demonym, an age, "former"), and the head, as the subject of the trigger's verb:
 * at the sentence's or a clause's start, with only auxiliaries and adverbs, or a reporting verb and a pronoun, between
 * it and the trigger ("The duo have also signed", "the minister said he would resign").
 */
const DESCRIBED_SUBJECT = new RegExp(String.raw`${CLAUSE_OPENS}the\s+((?:[\p{L}\d'’-]+\s+){0,2}?)(${AGE}|${HEADS})`
  + String.raw`(?:\s+(?:${alternation(SUBJECT_REPORTING_VERBS)})(?:\s+that)?\s+(?:he|she|they|it))?${UP_TO_ITS_VERB}`, 'iu');

/** The described subject of the clause whose trigger starts at `triggerIndex`: its head noun and its qualifiers. */
export function describedSubject(sentence: Sentence, triggerIndex: number, names: EntityMention[]): { head: string; words: string[] } | undefined {
  const m = DESCRIBED_SUBJECT.exec(sentence.text.slice(0, triggerIndex));
  if (!m) return undefined;
  const head = m[2]!;
  // A capitalised head is a name's piece ("The Bank of …" cut by the name reader), not a description.
  if (!/^[\p{Ll}\d]/u.test(head)) return undefined;
  const at = sentence.start + m.index;
  if (names.some((n) => n.start < at)) return undefined;
  const words = m[1]!.trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  // "The new manager", "the former coach": someone else than the one named with that role.
  if (words.some((w) => OTHER_ONE_QUALIFIERS.has(w))) return undefined;
  return { head: head.toLowerCase(), words };
}

/**
 * The earlier mentions (indexes into `entities`) a described subject stands for: one (a person, a bank) or two (a
 * pair); none where not exactly one candidate fits, or it is named in the sentence itself.
 */
export function antecedentOf(described: { head: string; words: string[] }, sentence: Sentence, sentences: Sentence[], entities: EntityMention[]): number[] {
  const before = entities.map((e, index) => ({ e, index })).filter(({ e }) => e.sentence < sentence.index);
  const named = new Set(entities.filter((e) => e.sentence === sentence.index).map((e) => e.canonical.toLowerCase()));
  const found = candidatesOf(described, before, sentences);
  if (found.length !== 1) return [];
  const chosen = found[0]!;
  if (chosen.some((c) => named.has(c.toLowerCase()) || [...named].some((n) => samePerson(n, c.toLowerCase())))) return [];
  // The last mention of each, as the reader last met it.
  return chosen.map((c) => before.filter(({ e }) => e.canonical === c).at(-1)!.index);
}

type Earlier = { e: EntityMention; index: number }[];

/** The distinct candidates (each a list of canonical names: one, or a pair's two) that fit the description. */
function candidatesOf(described: { head: string; words: string[] }, before: Earlier, sentences: Sentence[]): string[][] {
  const { head, words } = described;
  if (BANK_DESCRIPTIONS.has(head)) {
    // Only "the bank" itself: "the central bank" or "the World Bank" names another.
    if (words.length > 0) return [];
    return distinct(before.filter(({ e }) => e.type === 'organization' && BANK_NAME_WORDS.test(e.canonical))).map((c) => [c]);
  }
  const people = before.filter(({ e }) => e.type === 'person');
  if (PAIR_DESCRIPTIONS.has(head)) return pairsNamedTogether(people, sentences);
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const age = new RegExp(`^${AGE}$`).test(head) ? head.slice(0, head.indexOf('-')) : undefined;
  const fits = ({ e }: Earlier[number]) => {
    const s = byIndex.get(e.sentence);
    if (!s) return false;
    const [before, after] = [s.text.slice(0, e.start - s.start), s.text.slice(e.end - s.start)];
    return age !== undefined ? ageWrittenWith(before, after, age) : roleWrittenWith(before, after, head, words);
  };
  return persons(people.filter(fits)).map((c) => [c]);
}

/** An age written with the person: "Ann Lee, 28, …" or "28-year-old Ann Lee". */
function ageWrittenWith(before: string, after: string, age: string): boolean {
  return new RegExp(String.raw`^,\s+${age}\b`).test(after) || new RegExp(String.raw`(?<![\d-])${age}-year-old\s+(?:[\p{L}'’-]+\s+){0,2}$`, 'u').test(before);
}

/**
 * A role written with the person, with every qualifier of the description in that phrase: right before the name
 * ("Welsh runner Ann Lee") or in apposition to it ("Ann Lee, the Welsh runner, …"). Written anywhere else in the
 * sentence, it is someone else's ("Ann Lee met the minister").
 */
function roleWrittenWith(before: string, after: string, head: string, words: string[]): boolean {
  // As many words before the head as the description has qualifiers, no more: each must be one of them.
  const qualifiers = String.raw`((?:[\p{L}\d'’-]+\s+){0,${words.length}})`;
  const phrase = new RegExp(String.raw`(?:^|[\s,(])${qualifiers}${head}\s+$`, 'iu').exec(before)
    ?? new RegExp(String.raw`^,\s+(?:the|a|an)\s+${qualifiers}${head}(?![\p{L}-])`, 'iu').exec(after);
  if (!phrase) return false;
  const written = phrase[1]!.toLowerCase().split(/\s+/);
  return words.every((w) => written.includes(w));
}

function distinct(xs: Earlier): string[] {
  return [...new Set(xs.map(({ e }) => e.canonical))].sort();
}

/** Distinct people, a surname told alone ("Lee") folded into the full name it ends ("Ann Lee"). */
function persons(xs: Earlier): string[] {
  const names = distinct(xs);
  return names.filter((n) => !names.some((m) => m !== n && samePerson(n.toLowerCase(), m.toLowerCase()) && m.length > n.length));
}

/** One person's two spellings: the same, or one a surname the other ends with ("Lee", "Ann Lee"). */
export function samePerson(a: string, b: string): boolean {
  return a === b || b.endsWith(` ${a}`) || a.endsWith(` ${b}`);
}

/** The pairs of people one earlier sentence names joined by "and" or "&" ("Ann Lee and Jo Pym"), as canonical names. */
function pairsNamedTogether(people: Earlier, sentences: Sentence[]): string[][] {
  const pairs = new Map<string, string[]>();
  for (const s of sentences) {
    const own = people.filter(({ e }) => e.sentence === s.index).sort((a, b) => a.e.start - b.e.start);
    for (let k = 0; k + 1 < own.length; k++) {
      const [a, b] = [own[k]!.e, own[k + 1]!.e];
      if (!/^\s+(?:and|&)\s+$/.test(s.text.slice(a.end - s.start, b.start - s.start)) || samePerson(a.canonical, b.canonical)) continue;
      const pair = [a.canonical, b.canonical].sort();
      pairs.set(pair.join('\t'), pair);
    }
  }
  return [...pairs.values()];
}
