/**
 * Cues of a name's kind that a reader takes from the words after it in its sentence, read for the type model
 * (src/resolve/type-model.ts): what a pronoun that refers back to the name calls it, and an age set after it.
 *
 * - "Ann Vell said she would", "Vell, who", "Vell … his" call it a person; "Orvex said it would", "Orvex, which",
 *   "its" a thing or a body; "they", "their" a body or a group as often as people. A personal pronoun is read up to
 *   the first capitalised word or singular noun for people after the name (the nearer antecedent then: "Orvex
 *   chairman Ann Vell said she", "Orvex's chief said he"; a plural one only for "they"), within `maxWords` words and its clause's sentence; a relative pronoun
 *   only right after the name.
 * - "Ann Vell, 45," sets a person's age after the name.
 * - Nouns for people around the name (`isPeopleNoun`: "economists, including Ann Vell", "governor Ann Vell", "Vell,
 *   vice minister for trade,") and nouns for works near it (`nearWorkNoun`: "the new film", "the show").
 *
 * The pronoun classes are data (type-cues.json); which of them tells which kind, and how much, the type model learns
 * from CoNLL eng.train's names and the judged train names.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { isPersonNoun } from '../extract/trigger-sense.ts';
import { AUXILIARIES_AFTER, SPEECH_VERBS_AFTER } from '../extract/lexicon.ts';

/** What the words after a mention say it is. */
export type Reference = 'person' | 'thing' | 'plural' | 'age';

interface ReferenceTable {
  person: string[];
  thing: string[];
  plural: string[];
  personRelative: string[];
  thingRelative: string[];
  maxWords: number;
}

let table: { classOf: Map<string, Exclude<Reference, 'age'>>; relative: Map<string, Exclude<Reference, 'age'>>; maxWords: number } | null = null;
function referenceTable(): NonNullable<typeof table> {
  if (table) return table;
  const t = shippedJson(new URL('./type-cues.json', import.meta.url)) as ReferenceTable;
  const classOf = new Map<string, Exclude<Reference, 'age'>>();
  for (const kind of ['person', 'thing', 'plural'] as const) for (const w of t[kind]) classOf.set(w, kind);
  const relative = new Map<string, Exclude<Reference, 'age'>>([
    ...t.personRelative.map((w) => [w, 'person'] as const),
    ...t.thingRelative.map((w) => [w, 'thing'] as const),
  ]);
  table = { classOf, relative, maxWords: t.maxWords };
  return table;
}

/** An age after the name: ", 45," or ", 45" closing the sentence. */
const AGE_AFTER = /^\s*,\s*\d{1,2}\s*(?:,|[.;]|$)/;
/** A clause's or sentence's end, past which a pronoun stands for something else. */
const CLAUSE_END = /^[.;:!?()]$/;

/** What the words of a mention's sentence after the name (`rest`) say the name is, if anything. */
export function referenceAfter(rest: string): Reference | undefined {
  if (AGE_AFTER.test(rest)) return 'age';
  // A possessive's noun is the nearer antecedent ("Orvex's chief said he").
  if (/^['’]s?\b/.test(rest)) return undefined;
  const { classOf, relative, maxWords } = referenceTable();
  const tokens = rest.match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
  let at = 0;
  if (tokens[at] === ',') at++;
  const first = tokens[at]?.toLowerCase();
  if (first && relative.has(first)) return relative.get(first);
  // A plural noun right after the name is what the name modifies, the nearer antecedent ("the Orvex states … told
  // him", "Vell shares … its"): a word in lower case ending in -s that is no verb of speech or auxiliary ("Vell says").
  const next = tokens[at];
  if (next && /^\p{Ll}+[^s]s$/u.test(next) && !SPEECH_VERBS_AFTER.has(next) && !AUXILIARIES_AFTER.has(next)) return undefined;
  let words = 0;
  // People written in the plural ("told reporters she") are no antecedent of "he" or "she", only of "they".
  let people = false;
  for (const token of tokens.slice(at)) {
    if (CLAUSE_END.test(token)) return undefined;
    if (!/^[\p{L}\p{N}]/u.test(token)) continue;
    if (++words > maxWords) return undefined;
    const kind = classOf.get(token);
    if (kind) return kind === 'plural' && people ? undefined : kind;
    if (/^\p{Lu}/u.test(token)) return undefined;
    if (isPersonNoun(token)) {
      if (!/[^s]s$/.test(token)) return undefined;
      people = true;
    }
  }
  return undefined;
}

let works: Set<string> | null = null;
/**
 * A noun for a work, a programme or a title (WordNet's, work-nouns.json: "film", "album", "show", "sitcom",
 * "software"), as written or in the plural ("films", "comedies").
 */
export function isWorkNoun(word: string): boolean {
  works ??= new Set((shippedJson(new URL('./work-nouns.json', import.meta.url)) as { nouns: string[] }).nouns);
  return holdsNoun(works, word);
}

/** Whether a table of nouns (singular, lower case) holds a word, as written or as a regular plural ("-s", "-ies", "-men"). */
function holdsNoun(table: ReadonlySet<string>, word: string): boolean {
  const w = word.toLowerCase();
  return table.has(w) || (/[^s]s$/.test(w) && table.has(w.slice(0, -1))) || (/ies$/.test(w) && table.has(`${w.slice(0, -3)}y`)) || (/men$/.test(w) && table.has(`${w.slice(0, -3)}man`));
}

let people: Set<string> | null = null;
/**
 * A noun for a person (WordNet's first sense, no group's: people-nouns.json), as written or in the plural: "economist",
 * "economists", "governor"; not "company", "firm" or "maker", which src/extract/person-nouns.json holds as groups of people.
 */
export function isPeopleNoun(word: string | undefined): boolean {
  if (!word) return false;
  people ??= new Set((shippedJson(new URL('./people-nouns.json', import.meta.url)) as { nouns: string[] }).nouns);
  return holdsNoun(people, word);
}

/** "Ns, including X", "Ns such as X", "Ns like X": the kind a list's example is one of, right before it (lower case). */
const EXAMPLE_OF_KIND = /(\p{Ll}+),? +(?:including|such as|like|among them) +$/u;

/**
 * Whether the words before a mention set it among people ("senior economists, including X", "analysts such as X"):
 * the kind a list's example is one of, as Hearst's patterns read it, is a noun for people. (page-rules.ts reads the
 * kind of "such Ns as X", "Ns like Y and X" into `listKind` for all kinds; this reads the kind before a comma too.)
 */
export function listedAmongPeople(lead: string): boolean {
  const kind = EXAMPLE_OF_KIND.exec(lead)?.[1];
  return !!kind && /[^s]s$/.test(kind) && isPeopleNoun(kind);
}

/** Whether a noun for a work stands among the words near a mention (page-rules.ts `MentionContext.near`). */
export const nearWorkNoun = (near: readonly string[] | undefined) => (near ?? []).some(isWorkNoun);
