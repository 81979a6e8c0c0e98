/**
 * Which resolved names get a page: decided over all of a name's mentions in the whole archive, by ordered, named
 * rules, each with its reason. A name a rule denies a page keeps everything else: it stays plain text in its
 * articles and is kept in graph.json (`plainNames`, with the rule's name as `noPage`), so nothing read is lost.
 *
 * The rules read what each mention's sentence shows around the name (`MentionContext`) and how a word is usually
 * written in news: the case table learnt at development time from unlabeled Reuters-21578 and BBC text
 * (src/extract/ner/words.json, `npm run build-word-table`: a word capitalised under 10% of the time away from a
 * sentence start and headlines is "lower"). They are shapes of what is not a name, measured on the dev page
 * judgments (README "Entity pages a reader meets"); none names a word of an evaluation file.
 */
import type { EntityType } from '../types.ts';
import type { Register } from '../extract/register.ts';
import { usualCase } from '../extract/ner/words.ts';
import { countryInitials, gazetteerKey, shippedGazetteers } from '../extract/ner/gazetteer.ts';
import { tokenize } from '../extract/ner/index.ts';
import { shippedJson } from '../util/shipped-json.ts';
import { memoByString } from '../util/memo.ts';
import { describingCompound, describingParticiple, isAcronym, LEGAL_FORMS } from '../extract/shapes.ts';
import { EVIDENCE_RULES } from '../extract/evidence.ts';
import { alternation, APPOSITION_OPENERS, AUXILIARIES_AFTER, BODY_NOUNS_AFTER_PLACE_NOUN, CHAMBERS, DEMONYM_NOUNS, isDemonymNoun, TITLE_SMALL_WORDS, DESCRIBING_PREFIXES, FUNCTION_WORDS, LAW_HEADS, NEWSPAPER_HEADS, RATING_CUES_NEAR, ORG_HEADS, PARTY_MEMBER_WORDS, PARTY_WORDS, PLACE_NOUNS_AFTER, SPEECH_VERBS_AFTER, WORK_CUES_AFTER_A_KIND, WORK_CUES_BEFORE, WORK_KINDS_IN_CAPITALS, WORK_KINDS_LISTED } from '../extract/lexicon.ts';
import { isStateName, stateNamed } from '../extract/us-states.ts';
import { datelineLength } from '../extract/dateline.ts';
import { teamSheetItems } from '../extract/team-sheet.ts';
import { isTableLine, isTableRow } from '../extract/table-row.ts';

/** What one mention's sentence shows of the name: the text as written and where it stands. */
export interface MentionContext {
  /** The name as written in the sentence (before any title-casing of a capitals line). */
  raw: string;
  /** Up to 3 characters before and after the name in its sentence. */
  before: string;
  after: string;
  /** The name opens its sentence, where any word is capitalised. */
  opensSentence: boolean;
  /** The sentence is a line in capitals, where every word is capitalised. */
  headline: boolean;
  /** The word right before the name (lower case), when only spaces part them: "drama" in "drama Miami Vice". */
  previous: string;
  /** The word right after the name (lower case), when only spaces part them: "said" in "Blair said". */
  next: string;
  /** The two words right before the name (as written), when only spaces part them: "shares of" in "shares of Acme". */
  previousTwo: string;
  /** The two words right after the name (lower case), when only spaces part them: "said it" in "Acme said it would". */
  nextTwo: string;
  /** The word after the name's possessive (lower case): "chairman" in "Acme's chairman". */
  afterPossessive: string;
  /** A credit (byline, source), not a sentence: always a real name. */
  credit: boolean;
  /** A player of a team sheet (extract/team-sheet.ts): a person, however the name reads alone. */
  teamSheet?: true;
  /**
   * The words written in lower case near the name in its sentence (up to `NEAR_WORDS` each side, no function words,
   * lower case): "starring", "album", "released", "shares", "river" — the kind of thing a sentence is about.
   */
  near?: readonly string[];
  /**
   * The sentence is a row of a table of figures or a line of its block, a heading alone or a row's label
   * (extract/table-row.ts), and the name is no dateline's place.
   */
  tableRow?: true;
  /** The name is an acronym in brackets right after words in lower case that it spells: "compact disk videos (CDV)". */
  spelledInLowerCase?: true;
  /** What kind of news its article is (src/extract/register.ts): sport, business, politics, entertainment, tech. */
  register?: Register;
  /**
   * The two words before a title's capitalised "The" inside a sentence, as written ("TV show" in "TV show The Pella
   * Farmers"): the words a cue is read from where the title keeps its article.
   */
  beforeThe?: string;
  /**
   * The kind (a word in lower case) whose examples a list the name is in gives: "hits" in "hits such as X", "games" in
   * "games like Y and X", "classics" in "such classics as Y, Z and X" (Hearst's patterns).
   */
  listKind?: string;
  /**
   * What the words after the name say it is (`describedAfter`): `apposition`, the last word in lower case of an
   * apposition after a comma ("group" in "X, the Swiss engineering group, said"; "soap" in "X, a BBC soap,"), and
   * `compound`, the last of two or more words in lower case the name is written before ("watch" in "the X quartz
   * digital watch"). Words, for the type model to weigh: what a name is called tells its kind.
   */
  apposition?: string;
  compound?: string;
}

const FUNCTION_WORDS_LOWER = new Set([...FUNCTION_WORDS].map((w) => w.toLowerCase()));

/** How many words each side of a name `MentionContext.near` reads. */
export const NEAR_WORDS = 6;

/** The words written in lower case among the last (or first) `NEAR_WORDS` words of a text, no function words. */
function nearWords(text: string, side: 'before' | 'after'): string[] {
  const all = text.match(/[\p{L}'’-]+/gu) ?? [];
  const window = side === 'before' ? all.slice(-NEAR_WORDS) : all.slice(0, NEAR_WORDS);
  return window.filter((w) => /^\p{Ll}[\p{Ll}'’-]{2,}$/u.test(w) && !FUNCTION_WORDS_LOWER.has(w));
}

/**
 * Reads a mention's context from its story's sentences, its sentence's index and the name's span in it (offsets into
 * that sentence): as `mentionContext`, with the sentences beside it telling whether it is a line of a table's block.
 */
export function mentionContextIn(sentences: readonly { text: string }[], index: number, start: number, end: number): MentionContext {
  const text = sentences[index]!.text;
  return mentionContext(text, start, end, isTableLine(text, sentences[index - 1]?.text, sentences[index + 1]?.text));
}

/**
 * Reads a mention's context from its sentence and the name's span in it (offsets into `sentence`). `tableLine`: the
 * sentence is a line of a table's block (extract/table-row.ts `isTableLine`, read with the sentences beside it); by
 * default, whether it is a row of figures.
 */
export function mentionContext(sentence: string, start: number, end: number, tableLine?: boolean): MentionContext {
  const lead = sentence.slice(0, Math.max(0, start));
  return {
    raw: sentence.slice(start, end),
    before: lead.slice(-3),
    after: sentence.slice(end, end + 3),
    opensSentence: /^[\s"“‘'([—–-]*$/.test(lead),
    headline: isHeadline(sentence),
    previous: /(\p{L}+) +$/u.exec(lead)?.[1]!.toLowerCase() ?? '',
    next: /^ +(\p{L}+)/u.exec(sentence.slice(end))?.[1]!.toLowerCase() ?? '',
    previousTwo: /(\p{L}+ +\p{L}+) +$/u.exec(lead)?.[1]!.replace(/ +/g, ' ') ?? '',
    nextTwo: /^ +(\p{L}+ +\p{L}+)/u.exec(sentence.slice(end))?.[1]!.toLowerCase().replace(/ +/g, ' ') ?? '',
    afterPossessive: /^['’]s +(\p{L}+)/u.exec(sentence.slice(end))?.[1]!.toLowerCase() ?? '',
    credit: false,
    near: [...new Set([...nearWords(lead, 'before'), ...nearWords(sentence.slice(end), 'after')])].sort(),
    ...(teamSheetItems(sentence).some(([from, to]) => start >= from && end <= to) ? { teamSheet: true } : {}),
    ...(start >= datelineLength(sentence) && (tableLine ?? isTableRow(sentence)) ? { tableRow: true } : {}),
    ...(spelledInLowerCase(lead, sentence.slice(start, end), sentence.slice(end)) ? { spelledInLowerCase: true } : {}),
    ...leadCues(lead),
    ...describedAfter(sentence.slice(end)),
  };
}

/** The most words an apposition or a compound is read over (`describedAfter`). */
const DESCRIBED_WORDS_MAX = 6;
/** A word that opens an apposition (APPOSITION_OPENERS), or a name's possessive (", Quanta's unit"). */
const APPOSITION_OPENER = new RegExp(String.raw`^(?:${alternation(APPOSITION_OPENERS)}|\p{Lu}[\p{L}.&-]*['’]s)$`, 'u');
const lowerWord = (w: string | undefined) => !!w && /^\p{Ll}[\p{Ll}'’-]{2,}$/u.test(w) && !FUNCTION_WORDS_LOWER.has(w);

/** A mention's `apposition` and `compound`, read from the words of its sentence after it. */
function describedAfter(rest: string): Pick<MentionContext, 'apposition' | 'compound'> {
  const out: Pick<MentionContext, 'apposition' | 'compound'> = {};
  const words = rest.match(/[\p{L}\p{N}'’&-]+|[^\s\p{L}\p{N}]/gu)?.slice(0, DESCRIBED_WORDS_MAX + 4) ?? [];
  if (words[0] === ',') {
    let i = 1;
    if (/^\d+$/.test(words[i] ?? '') && words[i + 1] === ',') i += 2;
    const opened = APPOSITION_OPENER.test(words[i] ?? '');
    const head = lastLowerWord(words, opened ? i + 1 : i, opened);
    if (head) out.apposition = head;
  }
  // A compound only where the name is followed by a space and two or more such words.
  if (/^ +\p{Ll}/u.test(rest)) {
    let k = 0;
    while (k < words.length && lowerWord(words[k])) k++;
    if (k >= 2 && k < DESCRIBED_WORDS_MAX) out.compound = words[k - 1]!;
  }
  return out;
}

/**
 * The last word in lower case of the words from `from` up to a mark, a function word or the sentence's end (no more
 * than `DESCRIBED_WORDS_MAX` words, capitalised ones among them: "the BBC One soap"), or undefined. After an opener
 * ("the", "its", "Japan's") a function word before that word is read over ("Japan's second largest brewer"); with no
 * opener one stops it ("X, which ...").
 */
function lastLowerWord(words: readonly string[], from: number, opened: boolean): string | undefined {
  let head: string | undefined;
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (i - from >= DESCRIBED_WORDS_MAX) return undefined;
    if (!/^[\p{L}\p{N}]/u.test(w)) return head;
    if (FUNCTION_WORDS_LOWER.has(w)) {
      if (head !== undefined || !opened) return head;
      continue;
    }
    head = lowerWord(w) ? w : /^\p{Lu}|^\d/u.test(w) ? head : undefined;
    if (head === undefined && !/^\p{Lu}|^\d/u.test(w)) return undefined;
  }
  return head;
}

/** A mention's `beforeThe` and `listKind`, read from the words of its sentence before it. */
function leadCues(lead: string): Pick<MentionContext, 'beforeThe' | 'listKind'> {
  const words = lead.match(/[\p{L}\p{N}'’&.-]+|,/gu)?.slice(-40) ?? [];
  const cues: Pick<MentionContext, 'beforeThe' | 'listKind'> = {};
  const beforeThe = words.at(-1) === 'The' && /\s$/.test(lead) ? words.slice(-3, -1) : [];
  if (beforeThe.length === 2 && beforeThe.every((w) => /^\p{L}+$/u.test(w))) cues.beforeThe = beforeThe.join(' ');
  const kind = listKindBefore(words);
  if (kind) cues.listKind = kind;
  return cues;
}

/** The most names a list of examples is read back over ("such as A, B, C and X"). */
const LIST_ITEMS_MAX = 6;

/**
 * The kind a list of examples before a name gives ("hits such as", "games like", "such classics as", "festivals
 * including"), read back over the names listed before it: each item capitalised words (and a title's small words),
 * parted by commas, "and" or "or". Undefined when the words before the name are no such list.
 */
function listKindBefore(words: readonly string[]): string | undefined {
  let i = words.length - 1;
  if (words[i] === 'The') i--;
  for (let items = 0; items <= LIST_ITEMS_MAX; items++) {
    const w = words[i];
    // Right after its kind only: after a comma a list may give examples of an earlier noun ("sites which offer
    // casual games, like AOL, Yahoo").
    if (w === 'like' || w === 'including') return lowerKind(words[i - 1]);
    if (w === 'as' && words[i - 1] === 'such') return lowerKind(words[i - 2]);
    if (w === 'as' && words[i - 2] === 'such') return lowerKind(words[i - 1]);
    if (w !== ',' && w !== 'and' && w !== 'or') return undefined;
    i = listedItemStart(words, i - 1);
    if (i < 0) return undefined;
    i--;
  }
  return undefined;
}

/** Where the listed name ending at `end` begins, or -1 when the words there are no name (at most 8 words). */
function listedItemStart(words: readonly string[], end: number): number {
  let k = end;
  while (k >= 0 && end - k < 8 && (/^[\p{Lu}\p{N}]/u.test(words[k]!) || (k < end && TITLE_SMALL_WORDS.has(words[k]!)))) k--;
  const start = k + 1;
  return start <= end && /^[\p{Lu}\p{N}]/u.test(words[start]!) ? start : -1;
}

const lowerKind = (w: string | undefined) => (w && /^\p{Ll}{3,}$/u.test(w) ? w : undefined);

/** "compact disk videos (CDV)", "high-definition television (HDTV)": the words before the bracket spell the acronym. */
function spelledInLowerCase(lead: string, raw: string, rest: string): boolean {
  const letters = raw.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2 || !/\($/.test(lead) || !rest.startsWith(')')) return false;
  const words = lead.slice(0, -1).trimEnd().split(/[\s-]+/).slice(-letters.length);
  return words.length === letters.length && words.every((w) => /^\p{Ll}/u.test(w)) && words.map((w) => w[0]).join('') === letters;
}

export const CREDIT_CONTEXT: MentionContext = { raw: '', before: '', after: '', opensSentence: false, headline: false, previous: '', next: '', previousTwo: '', nextTwo: '', afterPossessive: '', credit: true };

/**
 * Words right before a name that say what kind of name it is, wherever in the archive it stands: one such mention
 * is evidence for every mention of the name, which the article-by-article reading cannot share.
 */
export const TYPE_CUES: readonly { name: string; type: EntityType; reason: string; words: ReadonlySet<string>; afterAKind?: true }[] = [
  {
    name: 'work-noun-before',
    type: 'other',
    reason: 'A noun for a work right before a name ("drama Miami Vice", "cartoon Joko", "sang Hey Jude", "programme Go Digital"; also before a title that keeps its "The": "drama The Aviator") says it names that work (type other), whatever its words look like. Left out: verbs that also read as such nouns ("show", "play", "hit") and words sport writes before a team ("game", "series", "thriller", "track": "the game Cameroon won").',
    words: WORK_CUES_BEFORE,
  },
  {
    name: 'kind-of-work-before',
    type: 'other',
    reason: 'A noun for a work that sport also writes before a team, or that is also a verb ("game", "series", "track", "show", "book"), names a work when a word that is no function word, auxiliary or plural says which kind ("video game Halo", "console game Rising Sun", "drama series Desperate Housewives", "TV show Brass Eye"); "the game Cameroon won", "figures show China" stay a team and a verb.',
    words: WORK_CUES_AFTER_A_KIND,
    afterAKind: true,
  },
];

/** The cue a list of examples of a kind of work gives ("hits such as X"): see the lexicon's `WORK_KINDS_LISTED`. */
export const LIST_KIND_CUE = {
  name: 'listed-as-a-kind-of-work',
  type: 'other' as EntityType,
  reason: 'A name in a list of examples of a kind of work or happening ("hits such as Zorbix And The City", "games like Quanta", "such classics as Miro Nights") names that kind of thing, whatever its words look like: Hearst\'s patterns of a kind and its instances.',
  kinds: WORK_KINDS_LISTED,
};

/**
 * The two words before a name are a kind and a work noun ("video game", "talent show", "TV show"): the kind written in
 * lower case (or a kind in capitals of the lexicon's `WORK_KINDS_IN_CAPITALS`), no function word, auxiliary or adverb,
 * and not a plural, which would be the subject of a noun that is also a verb ("figures show China", "analysts track").
 */
function kindOfWork(previousTwo: string, words: ReadonlySet<string>): boolean {
  const [kind, noun] = previousTwo.split(' ');
  if (!kind || !noun || !words.has(noun.toLowerCase())) return false;
  if (WORK_KINDS_IN_CAPITALS.has(kind)) return true;
  return /^\p{Ll}{3,}$/u.test(kind) && !FUNCTION_WORDS_LOWER.has(kind) && !AUXILIARIES_AFTER.has(kind) && !/(?:[^s]s|ly)$/.test(kind);
}

/** Extra weight of a mention with a type cue in the archive-wide vote (a plain mention's type counts 1). */
export const TYPE_CUE_WEIGHT = 3;

/**
 * The name is a holiday's, as the date-holidays data writes it (the HOLIDAY list of the shipped gazetteers, built by
 * `npm run build-gazetteers`): "Boxing Day", "Thanksgiving", "Christmas" (of "Christmas Eve"). Neither CoNLL's names
 * nor the judged train names hold enough holidays for the type model to learn them, and the tagger reads a lone feast
 * as a person or a place ("Easter", "Christmas").
 */
const namesAHoliday = memoByString(function namesAHoliday(text: string): boolean {
  const key = tokenize(text).map((t) => gazetteerKey(t.text)).filter((w) => w !== '.').join(' ');
  return shippedGazetteers().entries.get(key)?.includes('HOLIDAY') ?? false;
});

/**
 * The name is an award's, as WordNet writes the kinds of award (src/resolve/award-names.json, built by `npm run
 * build-award-names`): "Oscars", "Emmys", "Victoria Cross", "Purple Heart". The tagger and the type model read "the
 * Oscars" as a body (its organisers, its ceremony stand near it), and CoNLL's names hold too few awards to learn
 * them; the head-word rule knows only "Award", "Prize", "Cup". Case aside ("Nobel Prize").
 */
let awardNames: ReadonlySet<string> | undefined;
const namesAnAward = (text: string) =>
  (awardNames ??= new Set((shippedJson(new URL('./award-names.json', import.meta.url)) as { awards: string[] }).awards.map((a) => a.toLowerCase()))).has(text.replace(/\s+/g, ' ').toLowerCase());

/**
 * The name of several words is a law's, an agreement's or a policy's, by its last word (the lexicon's `LAW_HEADS`: "the
 * Zorbia Opportunity Act", "the Vell Initiative"). Not a head before "of": "an Act of Parliament" is a common noun's
 * phrase, and read as a law it joined the archive's "Parliament Act" (a read holdout). The extraction's head rule votes
 * such a name other, but a mention read by its acronym ("(ZOA)") and
 * the tagger's odds for a run of capitalised words outvote it, and the type model, which reads the head only pooled
 * with every other rule's vote, follows them ("the government's Quarrow Estates Initiative" a body). No body's name
 * ends on such a head; a possessive "'s" is read over.
 */
const LAW_HEAD_CUE = 'law-head';
const headedByLaw = memoByString(function headedByLaw(text: string): boolean {
  const words = text.replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return LAW_HEADS.has(words.at(-1)!);
});

/** A cue a mention's words give of its kind: the type, and which cue said it (the page model reads the kind). */
export interface TypeCue {
  type: EntityType;
  /** `holiday`, `award`, `law-head`, `state-after-its-city`, `team-sheet`, `place-noun-after`, or the name of a `TYPE_CUES` entry or of `LIST_KIND_CUE`. */
  name: string;
}

/**
 * Which form of a nationality the name is, alone, as the DEMONYM list of the shipped gazetteers writes it
 * (world-countries' English demonyms, built by `npm run build-gazetteers`): its adjective ("Zorbian", "Polish"), its
 * plural ("Zorbians"), or none. Entries that also name a country or a city ("Djibouti", "Gibraltar") name a place
 * and are left out.
 */
export const nationalityForm = memoByString(function nationalityForm(text: string): 'adjective' | 'plural' | undefined {
  const key = tokenize(text).map((t) => gazetteerKey(t.text)).join(' ');
  const demonym = (k: string) => {
    const lists = shippedGazetteers().entries.get(k) ?? [];
    return lists.includes('DEMONYM') && !lists.includes('COUNTRY') && !lists.includes('CITY');
  };
  if (demonym(key)) return 'adjective';
  return key.endsWith('s') && demonym(key.slice(0, -1)) ? 'plural' : undefined;
});

/** Some mention of the name is typed one of `kinds`, by its evidence (extraction) or by its cue. */
function typedAs(n: NameView, kinds: readonly EntityType[]): boolean {
  const ofKind = (t: EntityType | undefined) => t !== undefined && kinds.includes(t);
  const types = n.mentionTypes ?? [];
  return n.mentions.some((m, i) => ofKind(cueType(m)) || (ofKind(types[i]) && !describesTheNextWord(m)));
}

/** More than half of the name's mentions are typed `kind` by their evidence (extraction), none as the describing word of the noun after it. */
function mostlyTypedAs(n: NameView, kind: EntityType): boolean {
  const types = n.mentionTypes ?? [];
  return n.mentions.filter((m, i) => types[i] === kind && !describesTheNextWord(m)).length * 2 > n.mentions.length;
}

/**
 * The name stands before a lower-case word that is no verb of saying: an adjective of the noun after it ("the Zorbian
 * authorities"), whatever its evidence voted; a firm's short name is the subject of its statement ("Zorbian said").
 */
const describesTheNextWord = (m: MentionContext) => /^\s+\p{Ll}/u.test(m.after) && !SPEECH_VERBS_AFTER.has(m.next);

/** A capitalised "The" right before the name, not opening its sentence: a title's ("editor of The Zorbman"). */
const titledWithThe = (m: MentionContext) => /\sThe$/.test(m.previousTwo);

const typeCues = new WeakMap<MentionContext, TypeCue | null>();

/**
 * The cue a mention's words give, if any. Kept for each context (contexts are never changed once read): the merge
 * rules and the type and page models ask it of every mention again and again. `readAsBody`: the name's own evidence
 * reads it a body somewhere (`readAsBody`), where an award's name is a firm named after it and takes no award cue, and
 * a place noun after it is what the body covers ("the Vell Farm Agency county office"), not what it is.
 */
export function typeCue(m: MentionContext, readAsBody = false): TypeCue | undefined {
  let cue = typeCues.get(m);
  if (cue === undefined) {
    cue = readTypeCue(m) ?? null;
    typeCues.set(m, cue);
  }
  return cue === null || (readAsBody && BODY_YIELDING_CUES.has(cue.name)) ? undefined : cue;
}

/** The cues that give way where the name's own evidence reads it a body (`typeCue`). */
const BODY_YIELDING_CUES: ReadonlySet<string> = new Set(['award', 'place-noun-after']);

/**
 * "Zorbfield constituency", "a Vell Mesa state inquiry": a place noun of the lexicon's `PLACE_NOUNS_AFTER`, written in
 * lower case right after the name, says it names that place (a constituency, a state, a province), however the name
 * reads alone; the tagger reads such a name before a noun as a body ("X state inquiry", 0.83). Not where "of" follows
 * the noun, which names the place there ("the Quarrow constituency of Vell Mesa": the name before says whose or what
 * kind), nor a nationality's adjective ("the Zorbian state"), nor a party's or a body's name (`partyOrBody`), nor before a
 * noun of a body's people or premises ("the Quanta county office": BODY_NOUNS_AFTER_PLACE_NOUN), nor in sport news, where a county or a region before its
 * noun is a side (a rugby region): the article's register is read for such a mention (see `asksRegister`).
 */
function placeNounAfter(m: MentionContext): boolean {
  const after = m.nextTwo.split(' ')[1];
  if (after === 'of' || (after !== undefined && BODY_NOUNS_AFTER_PLACE_NOUN.has(after)) || partyOrBody(m.raw)) return false;
  return asksRegister(m) && /^ +\p{Ll}/u.test(m.after) && nationalityForm(m.raw) === undefined && (m.register?.sport ?? 0) < 0.5;
}

/**
 * A name ending on a party's word or holding a body's head ("a safe Labour constituency", "the Communist state", "the
 * Vell Reserve district"): a party's or a body's, whose seat or area the place noun names, not that place's own name.
 */
function partyOrBody(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  return PARTY_WORDS.has(last) || PARTY_MEMBER_WORDS.has(last) || words.some((w) => ORG_HEADS.has(w));
}

/** A place noun follows the mention: its cue reads the article's register, which resolve then reads for it. */
export const asksRegister = (m: MentionContext) => PLACE_NOUNS_AFTER.has(m.next);

/** The type a mention's cue word gives, if any (`readAsBody`: see `typeCue`). */
export const cueType = (m: MentionContext, readAsBody = false): EntityType | undefined => typeCue(m, readAsBody)?.type;

/**
 * Some mention's evidence rules (the extraction's reading of its words and their neighbours, not the tagger's odds)
 * vote the name a body above every other kind ("Silver Star shares rose", "Silver Star Inc"). The award cue reads the
 * name alone and applies wherever it stands ("won the Silver Star"); a name the evidence reads so is a firm named after
 * the award ("Silver Star said it would buy Quenby Mills"), and the cue gives way for all its mentions. The tagger
 * reads an award's name a body as often as not ("The Oscars will be held"), so its odds do not count.
 */
export function readAsBody(mentions: readonly { reading?: { rules: Readonly<Record<EntityType, number>> } }[]): boolean {
  return mentions.some(({ reading }) => {
    const r = reading?.rules;
    return r !== undefined && r.organization > Math.max(r.person, r.place, r.other);
  });
}

/**
 * The cues that say a name is a work's (type other): a work noun before it, a kind of work, a list of works. Not a
 * law's head (`headedByLaw`): read as a work's, it gave pages to laws cut at "and" ("the Vell and Quenby Crime Bill"
 * read as "Quenby Crime Bill") that the page model's lean against an uncued `other` had kept off.
 */
export const WORK_CUE_NAMES: ReadonlySet<string> = new Set([...TYPE_CUES.filter((c) => c.type === 'other').map((c) => c.name), LIST_KIND_CUE.name]);

function readTypeCue(m: MentionContext): TypeCue | undefined {
  // "Christmas", "Boxing Day": a holiday's name is a day (other), wherever it stands.
  if (namesAHoliday(m.raw)) return { type: 'other', name: 'holiday' };
  // "the Oscars", "the Victoria Cross": an award's name is a thing (other), wherever it stands.
  if (namesAnAward(m.raw)) return { type: 'other', name: 'award' };
  // "the Zorbia Opportunity Act", "the Vell Treaty": a law's or an agreement's name is a thing (other), wherever it
  // stands (by its last word only: see headedByLaw).
  if (headedByLaw(m.raw)) return { type: 'other', name: LAW_HEAD_CUE };
  // "Malvern, Pa.", "NEWTON, Mass.,": an abbreviated U.S. state after its city is a place, however it reads alone.
  if (/[\p{L} ], $/u.test(m.before) && stateNamed(m.raw) !== undefined) return { type: 'place', name: 'state-after-its-city' };
  if (m.teamSheet) return { type: 'person', name: 'team-sheet' };
  if (placeNounAfter(m)) return { type: 'place', name: 'place-noun-after' };
  // A listed name that owns what the list names is its maker ("shows such as Pella TV's quiz X").
  if (m.listKind && LIST_KIND_CUE.kinds.has(m.listKind) && !/^['’]s\b/.test(m.after)) return { type: LIST_KIND_CUE.type, name: LIST_KIND_CUE.name };
  // "TV show The Pella Hillfolk": a title that keeps its "The" takes the cue before it.
  const previousTwo = m.beforeThe ?? m.previousTwo;
  const previous = m.beforeThe?.split(' ')[1]!.toLowerCase() ?? m.previous;
  if (!previous) return undefined;
  const matched = TYPE_CUES.filter((c) => (c.afterAKind ? kindOfWork(previousTwo, c.words) : c.words.has(previous)));
  // A word that cues two kinds ("producer": a person, a company) says nothing.
  return new Set(matched.map((c) => c.type)).size === 1 ? { type: matched[0]!.type, name: matched[0]!.name } : undefined;
}

/**
 * A line in capitals (a wire headline). Title-case lines are not counted: a line of capitalised words is as often a
 * list of names (a team sheet) as a headline.
 */
function isHeadline(sentence: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(sentence) && !/\p{Ll}/u.test(sentence);
}

/** A resolved name as the page rules see it. */
export interface NameView {
  name: string;
  mentions: readonly MentionContext[];
  /** Whether a text is the name (or a spelling) of another entity of the archive. */
  isOtherName: (text: string) => boolean;
  /** The trained tagger's clearest odds, over the name's mentions, that the words are a name; absent: not measured. */
  taggerOdds?: number;
  /** The type each mention's evidence gave it (extraction), in the order of `mentions`; absent: not known. */
  mentionTypes?: readonly EntityType[];
  /** Each mention's reading by the extraction's evidence rules (not the tagger's odds), in the order of `mentions`. */
  readings?: readonly ({ rules: Readonly<Record<EntityType, number>> } | undefined)[];
}

/** The tagger's odds under which no mention is read as a name (chosen on the dev page judgments, see the rule). */
export const TAGGER_ODDS_FLOOR = 0.05;

interface PageRule {
  name: string;
  /** Why a name this rule matches is no name a reader wants a page for. */
  reason: string;
  denies: (n: NameView) => boolean;
}


/**
 * A ticker as wire stories write it in angle brackets: capitals, perhaps with its exchange after a period ("<MOB.N>")
 * or a space ("<QNTX ST>", an exchange's code); a space and a legal form is a firm's name ("<QUANTA AB>").
 */
const STOCK_CODE = /^[A-Z][A-Z0-9&]{0,5}(?:\.[A-Z]{1,2}| [A-Z]{2})?$/;
const stockCodeInBrackets = (m: MentionContext) => STOCK_CODE.test(m.raw) && !LEGAL_FORMS.test(m.raw.split(' ')[1] ?? '') && m.before.endsWith('<') && m.after.startsWith('>');
const EXCHANGE_SUFFIXED = /^[A-Z][A-Z0-9&]{1,5}\.[A-Z]{1,2}$/;

/** "Class A", "Series B", "Class B-1": a letter (perhaps with a number) after "Class" or "Series". */
const SHARE_CLASS = /^(?:Class|Series)\s+[A-Z]{1,2}(?:-?\d{1,2})?$/;
/**
 * The plural of an acronym or a model's code: capitals (with digits or a hyphenated part) and a lower-case "s" ("PCs",
 * "DVDs", "SUVs", "MP3s", "A300s", "AT-ATs", "F-16s", "ADRs"); two letters at least before it ("As" is a word).
 */
const ACRONYM_PLURAL = /^(?=\S{3,}$)\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)?s$/u;
/** A group or pool of a draw named by its letter ("Group B", "Pool A"); a number may name a firm ("Group 4"). */
const LETTERED_GROUP = /^(?:Group|Pool)\s+[A-Z]$/;
/**
 * A rating of Moody's scale, as wire stories write it ("Aaa", "Aa-3", "Baa1", "Ba-2", "Caa-1"). The one-letter grades
 * ("A-1", "B-2") are left: they also name aircraft ("B-1", "B-52").
 */
const MOODYS_RATING = /^(?:Aaa|(?:Aa|Baa|Ba|Caa)-?[1-3])$/;
/**
 * A grade of the letter scales of Standard and Poor's and its peers: one letter of A, B or C written once to three
 * times, perhaps with a number and a "plus" or "minus" ("AA", "BBB", "BB-plus", "A-1-plus", "CCC+"). The same capitals
 * name bodies ("the AA", "BBC" is no grade), so only where rating words stand near (`ratedNear`).
 */
const LETTER_GRADE = /^(?:A{1,3}|B{1,3}|C{1,3})(?:-?[1-3])?(?:-?(?:plus|minus|Plus|Minus)|[+-])?$/;
/** Most of the name's mentions have a rating word near (`RATING_CUES_NEAR`: "rated", "debt", "downgraded"). */
const ratedNear = (n: NameView) => n.mentions.filter((m) => m.near?.some((w) => RATING_CUES_NEAR.has(w))).length * 2 > n.mentions.length;
const YEAR_OR_DECADE = /^(?:1[89]|20)\d\ds?$/;
const every = (n: NameView, test: (m: MentionContext) => boolean) => n.mentions.length > 0 && n.mentions.every(test);
/**
 * Where any word is capitalised: a line in capitals, or the opening of a sentence — unless the name itself is
 * written in capitals there, as a dateline is ("LITTLE ROCK, Ark. -").
 */
const capitalByPlace = (m: MentionContext) => !m.credit && (m.headline || ((m.opensSentence || afterPeriod(m)) && /\p{Ll}/u.test(m.raw)));
/** After an abbreviation's period a sentence may begin where the splitter saw none ("… Oak Industries Inc. Terms were …"). */
const afterPeriod = (m: MentionContext) => /\.\s+$/.test(m.before);
const words = (name: string) => name.split(/\s+/);

/** Per body's head word, the share of its capitalised uses in news that stand alone (eval/build-lone-heads.ts). */
let loneHeadShares: Readonly<Record<string, number>> | null = null;
const loneHeadShare = (head: string): number | undefined => {
  const shares = (loneHeadShares ??= shippedJson(new URL('./lone-heads.json', import.meta.url)) as Record<string, number>);
  return Object.hasOwn(shares, head) ? shares[head] : undefined;
};
/** Below this share a lone head gets no page (rule 'lone-head-short-for-a-body'). */
export const LONE_HEAD_MIN_SHARE = 0.3;

/** The months' English names, lower case ("january" …), from the platform's calendar data. */
const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, i, 1)).toLowerCase());
/** The days of the week's English names, lower case ("monday" …), from the platform's calendar data. */
const WEEKDAY_NAMES = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 2 + i)).toLowerCase());
/** A day of the week, one or many: "Thursday", "on Thursdays", "Mondays to Fridays". */
const weekday = (name: string) => WEEKDAY_NAMES.some((day) => name.toLowerCase() === day || name.toLowerCase() === `${day}s`);
/** A month's name or its abbreviation in capitals before a day: "APRIL 7", "APR 07", "SEPT 30" of a wire headline. */
const capitalMonthBeforeADay = (m: MentionContext) =>
  /^\p{Lu}{3,}$/u.test(m.raw) && MONTH_NAMES.some((month) => month.startsWith(m.raw.toLowerCase())) && /^\s+\d/.test(m.after);

/**
 * "D-Conn", "R-N.C", "R-Iowa": a U.S. legislator's party (Democrat, Republican, Independent) and the state he sits for,
 * as wire stories write them after his name ("Sen. Orla Quinlan, D-Conn., said"). The states are the us-abbreviations
 * data's (`stateNamed`, `isStateName`).
 */
function partyAndState(name: string): boolean {
  const m = /^[DRI]-(\p{Lu}[\p{L}.]*)$/u.exec(name);
  return m !== null && (stateNamed(m[1]!) !== undefined || isStateName(m[1]!));
}

/** "Senate Republican", "House Democrats", "Two House Republicans": a chamber and a party word, after a common word or none. */
function chamberAndParty(name: string): boolean {
  const w = words(name);
  const rest = w.length === 3 && usualCase(w[0]!.toLowerCase()) === 'lower' ? w.slice(1) : w;
  return rest.length === 2 && CHAMBERS.has(rest[0]!) && PARTY_WORDS.has(rest[1]!);
}

/** A word news writes in lower case at least sometimes (the case table: "lower" or "mixed"). */
const commonWord = (w: string) => ['lower', 'mixed'].includes(usualCase(w) ?? '');

/** The word after the mention is a common word of the phrase the name opens: not "said", "will", "and" or "the". */
const commonWordAfter = (m: MentionContext) => commonWord(m.next) && !FUNCTION_WORDS_LOWER.has(m.next) && !SPEECH_VERBS_AFTER.has(m.next) && !AUXILIARIES_AFTER.has(m.next);

/** The rules, in order: the first that denies a name its page is the one recorded. */
export const PAGE_RULES: readonly PageRule[] = [
  {
    name: 'stock-code',
    reason: 'A stock code ("<MOB.N>", "<CHV>", "DGSG.F") is a company\'s ticker written beside its name, not a name of its own: every mention is in capitals with an exchange suffix, or in capitals inside the angle brackets wire stories put codes in.',
    denies: (n) => every(n, (m) => EXCHANGE_SUFFIXED.test(m.raw) || stockCodeInBrackets(m)),
  },
  {
    name: 'describing-compound',
    reason: 'A word ending in a hyphen and a word news writes in lower case describes ("Israel-based", "English-speaking", "an A-rating"); a name holding it ("Geneva-based WTO", "New York-based", "Hong Kong-listed") is a description or a name glued to one (extraction cuts the name it describes free). Names whose hyphenated part is no such word stay ("Li Ka-shing").',
    denies: (n) => words(n.name).some((w, i) => (i === 0 ? describingCompound(w) : describingParticiple(w))),
  },
  {
    name: 'common-word-at-a-capital',
    reason: 'A one-word name that news writes in lower case almost always ("Sanctions", "Divers"), seen only where any word is capitalised (opening a sentence, in a headline), is a common word capitalised by its place. (Names of several such words are left to the tagger: "Best Buy" opens sentences too.)',
    denies: (n) => words(n.name).length === 1 && usualCase(n.name) === 'lower' && every(n, capitalByPlace),
  },
  {
    name: 'common-word-glued-to-a-name',
    reason: 'Another name of the archive after a year or a decade ("1980s Betamax"), or after a word news writes in lower case almost always where every mention opens a sentence ("Previous Big Brother", "Actor Bruce Willis"), is that name glued to the word before it; the name itself keeps its page. Mid-sentence such names stay ("Band Aid", "Clear Channel").',
    denies: (n) => {
      const w = words(n.name);
      if (w.length < 2 || !n.isOtherName(w.slice(1).join(' '))) return false;
      return YEAR_OR_DECADE.test(w[0]!) || (usualCase(w[0]!) === 'lower' && every(n, capitalByPlace));
    },
  },
  {
    name: 'prefix-glued-to-a-name',
    reason: 'One word of a describing prefix, a hyphen and another name of the archive ("Ex-BBC chat show host", "Ex-Labour leader", "Non-British citizens") describes someone by that name; it is no name of its own, and the name after the hyphen keeps its page. Words after the hyphen that name nothing else stay ("Ex-Im Bank", "Pro-Shift"), and so do other prefixes, which open names of their own ("Mid-South").',
    denies: (n) => {
      const m = /^(\p{Lu}\p{Ll}*)-(\S+)$/u.exec(n.name);
      return m !== null && DESCRIBING_PREFIXES.has(m[1]!) && n.isOtherName(m[2]!);
    },
  },
  {
    name: 'party-and-state',
    reason: 'A legislator\'s party letter and his state ("Sen. Orla Quinlan, D-Conn., said", "Rep. Tomas Vellberg (R-Tenn.)", "R-Iowa") say which party and state he sits for: no name of anyone or anything. The states are those the us-abbreviations data abbreviates or names; other words after a letter and a hyphen stay ("I-Hawk", a missile).',
    denies: (n) => partyAndState(n.name),
  },
  {
    name: 'chamber-and-party',
    reason: 'A chamber of a legislature and a party ("Senate Republican leader Tom Vell", "Some House Democrats", "Two House Republicans") name the chamber\'s members of that party: a group of legislators who change with each election, not a body with an address, a head or a history a reader can look up. News writes it before a title or as a count of members; the person after the title keeps his page, and so do the chamber and the party where they are named alone ("the Senate", "Republicans"). A word news writes in lower case that opens it ("Two", "Some", "Former") is read past.',
    denies: (n) => chamberAndParty(n.name),
  },
  {
    name: 'country-glued-to-a-common-word',
    reason: 'A country\'s abbreviation and one common word, followed at every mention by another common word ("U.S. Accounting principles", "the U.S. Budget deficit", "U.K. Insider dealing laws", "the U.S. State department") is the country glued to the noun phrase it describes: wire text capitalises the word after "U.S." and the tagger reads the two as one name. The country keeps its page. A body\'s head word ("U.S. Embassy spokesman", "UK Coal") or a name followed by a verb, "and" or nothing ("U.S. Sprint said") stays.',
    denies: (n) => {
      const w = words(n.name);
      return w.length === 2 && countryInitials(w[0]!) && commonWord(w[1]!) && !ORG_HEADS.has(w[1]!) && every(n, commonWordAfter);
    },
  },
  {
    name: 'country-glued-to-a-firm',
    reason: 'A country\'s abbreviation before a firm with its legal form, where the firm without the country is another name of the archive ("the U.S. Vellmark Co and Japan\'s Orlin Corp", "U.S. Zorbix Electric Co" beside "Zorbix Electric Co"), is the country glued to the firm it says is American or British: wire text writes the nationality so and the tagger reads the two as one name. The firm keeps its page, and so does the country; firms named after their country ("U.S. Trust Co", "U.S. West Inc"), whose rest names nothing else, stay.',
    denies: (n) => {
      const w = words(n.name);
      return w.length >= 3 && countryInitials(w[0]!) && LEGAL_FORMS.test(w.at(-1)!) && n.isOtherName(w.slice(1).join(' '));
    },
  },
  {
    name: 'lone-common-head',
    reason: 'A body\'s head word alone that news writes in lower case almost always ("NOTE: Company is a savings bank", "Government sources said", "Police said") is a common noun for some firm or body, capitalised by its place or by a line\'s style, not the name of one; where the article named the body, the word joined that name already (extract/entities/within-article.ts `joinLoneHeads`). Heads news also writes capitalised ("Army", "Treasury", "Congress") stay.',
    denies: (n) => !n.name.includes(' ') && ORG_HEADS.has(n.name) && usualCase(n.name) === 'lower',
  },
  {
    name: 'lone-head-short-for-a-body',
    reason: 'A body\'s head word alone that news writes mostly as the end of a longer name ("the Commission", "a Department spokesman", "Radio", "the Trust": under 30% of its capitalised uses stand alone in Reuters-21578 and BBC, lone-heads.json) is short for some body the reader is not told, or a piece cut from one ("the Office of the Deputy Prime Minister"); where the article named the body, the word joined it already (extract/entities/within-article.ts `joinLoneHeads`). Heads news writes alone as names ("the Army" 39%, "Congress", "the Treasury") stay, and so do newspapers ("the Times"). The 30% parts the lone heads judged on the dev and train samples.',
    denies: (n) => !n.name.includes(' ') && !NEWSPAPER_HEADS.has(n.name) && (loneHeadShare(n.name) ?? 1) < LONE_HEAD_MIN_SHARE,
  },
  {
    name: 'acronym-of-common-words',
    reason: 'An acronym the text spells out in words written in lower case ("compact disk videos (CDV)", "liquefied natural gas (LNG)") shortens a common noun phrase, a kind of thing and not one named thing a reader looks up; one such mention says what the letters stand for wherever else they stand.',
    denies: (n) => n.mentions.some((m) => m.spelledInLowerCase === true),
  },
  {
    name: 'single-letter',
    reason: 'A name of one letter, with or without its period, names nothing a reader can look up: the "S" of "S and P", a rating ("B"), an initial cut from its name ("C. Deilmann").',
    denies: (n) => /^\p{L}\.?$/u.test(n.name),
  },
  {
    name: 'share-class',
    reason: 'A class or series of a firm\'s shares or notes ("Class A common shares", "Series B preferred", "Class B stock") is written capitalised with its letter but names no one and nothing a reader looks up; the firm keeps its page.',
    denies: (n) => SHARE_CLASS.test(n.name),
  },
  {
    name: 'credit-rating',
    reason: 'A grade of Moody\'s rating scale ("cut to Aa-3 from Aa-2", "the Baa-1 first mortgage bonds", "Aaa") says how safe a debt is; it names no one and nothing a reader looks up, and the tagger reads it as a name because it is capitalised. So does a grade of the letter scales ("rated AA by", "senior debt to BB from B", "A-1 commercial paper") where most of its mentions have a rating word near ("rated", "debt", "downgraded"): the same letters name bodies elsewhere ("the AA said motorists") and aircraft ("B-1 bombers"), which have no such words near. The agency and the issuer keep their pages.',
    denies: (n) => MOODYS_RATING.test(n.name) || (LETTER_GRADE.test(n.name) && ratedNear(n)),
  },
  {
    name: 'lettered-group',
    reason: 'A group or pool of a draw named by its letter ("Group B", "Pool A" of a tournament) is one part of a competition the article names elsewhere, written capitalised with its letter as a share class is, not a name a reader looks up; the competition keeps its page. A number after the word may name a firm ("Group 4"), so only a letter counts.',
    denies: (n) => LETTERED_GROUP.test(n.name),
  },
  {
    name: 'common-abbreviation',
    reason: 'Letters in capitals that WordNet knows only as a common noun ("UHF" ultrahigh frequency, "GNP", "CEO", "M2"; common-abbreviations.json, none tagged alone as a body, place or person in CoNLL-2003 train) name a kind of thing, a measure or a job, not one thing a reader looks up; the tagger reads any word in capitals as a body. Where some mention\'s evidence rules read the letters as a body or a place by more than their shape ("shares of UHF", "UHF\'s chairman"), a firm or a place of that name stands there and the name stays; so does a name a cue types ("medical drama QZ", a work).',
    denies: (n) => commonAbbreviation(n.name) && !readByRulesAsBodyOrPlace(n) && !n.mentions.some((m) => cueType(m) !== undefined),
  },
  {
    name: 'acronym-plural',
    reason: 'The plural of an acronym or a model\'s code ("PCs", "DVDs", "SUVs", "GPs", "ADRs", "MP3s", "A300s") names a kind of thing or of people, many of them, not one named thing: one PC, DVD or aircraft model would be the name; many are a common noun written in capitals. Only a lower-case "s" after capitals counts, so names written all in capitals ("UPS", "NHS") stay.',
    denies: (n) => ACRONYM_PLURAL.test(n.name),
  },
  {
    name: 'weekday',
    reason: 'A day of the week, one or many ("on Thursday", "Mondays to Thursdays", "on Fridays"), is a time, not a name of anyone or anything a reader looks up; the tagger sometimes reads it as a name where the dates reader leaves it (a plural weekday is no date). The names are the platform\'s calendar data, as the months\' are.',
    denies: (n) => weekday(n.name),
  },
  {
    name: 'nationality-alone',
    reason: 'A nationality\'s adjective or its plural standing alone ("the Zorbian took the second set", "Zorbians queued to vote", "fluent in Zorbian") says what someone or something is, not which one: CoNLL calls it MISC, no name of a person, body, place or work a reader looks up. The words are the DEMONYM list of the shipped gazetteers (world-countries); entries that also name a country or a city stay ("Djibouti"), and so does any name the demonym only opens ("Brazilian Vela Corp"). A firm\'s short name may be a nationality\'s adjective too (an airline written "Zorbian said it would cut fares"): where any mention\'s evidence or cue types such a name a body or a person, it stays. A plural ("Zorbians") is a people, which the evidence types as persons: it never names one firm or one person.',
    denies: (n) => {
      const form = nationalityForm(n.name);
      return form === 'plural' || (form === 'adjective' && !typedAs(n, ['organization', 'person']));
    },
  },
  {
    name: 'demonym-noun-alone',
    reason: 'A noun for a person of a nation, region or city standing alone ("the Zorbman won the second set", "Zorbmen queued to vote"; WordNet\'s nouns of `DEMONYM_NOUNS`: "Briton", "Welshman", "Londoner") says what someone is, not who: it is no person\'s name, whatever the tagger reads. It may name a body (a firm, a club, a newspaper named so): where any mention\'s evidence or cue types the singular a body, or a capitalised "The" inside a sentence makes it a title ("editor of The Zorbman"), it stays. A plural is a people, as for `nationality-alone`, unless most of its mentions\' evidence types it a body: a team or a charity named so ("the Zorbmen said they had signed Vell Orsk", "the Zorbmen beat Quenby"), which the evidence reads as a body where it reads a people as persons.',
    denies: (n) => isDemonymNoun(n.name) && !(DEMONYM_NOUNS.has(n.name) ? typedAs(n, ['organization']) || n.mentions.some(titledWithThe) : mostlyTypedAs(n, 'organization')),
  },
  {
    name: 'month-in-capitals',
    reason: 'A month written in capitals before its day ("LONDON ECU SPOT/FORWARDS - APRIL 7", "ZURICH SILVER FIXING - APR 07") is the date of a wire headline, which the tagger can read as a name in a line of capitals. (A person named April is written so only in a headline; one mention elsewhere keeps the page.)',
    denies: (n) => every(n, capitalMonthBeforeADay),
  },
  {
    name: 'table-row',
    reason: 'A name seen only in rows of tables of figures (a market\'s prices and rates: "SUNOIL any origin dlrs tonne 345 up 10", "SFR 31.3615/4243", "TWOS MAY 182.00 184.00 NOM") is a commodity, a currency code or a column the row labels, not a name a reader looks up; where a real name stands there, the table tells nothing about it but a figure. A dateline\'s place before a results row ("AKRON, Ohio, April 8 - Shr 74 cts vs 67 cts") is no part of the row.',
    denies: (n) => every(n, (m) => m.tableRow === true),
  },
  {
    name: 'never-read-as-a-name',
    reason: 'The trained tagger reads no mention of the name as a name with odds of 0.05 or more (a word capitalised only because it opens sentences: "Workers will…"); one clear reading anywhere is enough to keep it. 0.05 was chosen on the dev page judgments: 0.1 took the seeds\' "Global Witness", 0.2 the dev sample\'s "Friends Reunited".',
    denies: (n) => n.taggerOdds !== undefined && n.taggerOdds < TAGGER_ODDS_FLOOR,
  },
];

/**
 * Abbreviations in capitals that WordNet knows only as common nouns (src/resolve/common-abbreviations.json, built by
 * `npm run build-common-abbreviations`): "UHF", "GNP", "CEO".
 */
let commonAbbreviations: ReadonlySet<string> | undefined;
export const commonAbbreviation = (text: string) =>
  (commonAbbreviations ??= new Set((shippedJson(new URL('./common-abbreviations.json', import.meta.url)) as { abbreviations: string[] }).abbreviations)).has(text);

/** What the evidence rule `acronym` votes a body for any one word in capitals (extract/evidence.ts). */
const ACRONYM_VOTE = EVIDENCE_RULES.find((r) => r.name === 'acronym')!.weight;

/**
 * Some mention's evidence rules vote the letters a body or a place above every other kind, by more than their shape:
 * a neighbour that reads a body ("shares of ABX", "ABX's chairman") or a place. Neither the tagger's odds nor the
 * rule `acronym`, which read any word in capitals as a body, count, nor a mention before a lower-case noun it
 * describes ("ABX channel 44": the letters a common noun's modifier, as "cable channel").
 */
function readByRulesAsBodyOrPlace(n: NameView): boolean {
  const shape = isAcronym(n.name) ? ACRONYM_VOTE : 0;
  return (n.readings ?? []).some((r, i) => r !== undefined && !describesTheNextWord(n.mentions[i]!) && Math.max(r.rules.organization - shape, r.rules.place) > Math.max(r.rules.person, r.rules.other, 0));
}

/** The first page rule that denies this name its page, or undefined when it gets one. */
export function pageDenial(n: NameView): string | undefined {
  return PAGE_RULES.find((r) => r.denies(n))?.name;
}
