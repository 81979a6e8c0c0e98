/** What a mention's sentence shows of its name (MentionContext): read once per mention, before any cue or rule. */
import type { Register } from '../../extract/register.ts';
import { alternation, APPOSITION_OPENERS, TITLE_SMALL_WORDS, FUNCTION_WORDS } from '../../extract/lexicon.ts';
import { datelineLength } from '../../extract/dateline.ts';
import { teamSheetItems } from '../../extract/team-sheet.ts';
import { isTableLine, isTableRow } from '../../extract/table-row.ts';
import { nounSense } from '../../extract/noun-sense.ts';

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
  /**
   * The first noun among the words in lower case after the name's possessive, read over the words before it ("drug"
   * in "Acme's new drug", "plant" in "Acme's largest steel plant"): what the name has, where `afterPossessive` reads
   * the adjective before it.
   */
  possessed?: string;
}

export const FUNCTION_WORDS_LOWER = new Set([...FUNCTION_WORDS].map((w) => w.toLowerCase()));

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
    ...possessedAfter(sentence.slice(end)),
  };
}

/** The most words after a possessive `possessed` reads for its noun. */
const POSSESSED_WORDS_MAX = 3;

/** A mention's `possessed`: the first word WordNet knows as a noun among the words in lower case after its possessive. */
function possessedAfter(rest: string): Pick<MentionContext, 'possessed'> {
  const words = /^['’]s((?: +\p{Ll}[\p{Ll}'’-]*){1,3})/u.exec(rest)?.[1]!.trim().split(/ +/) ?? [];
  for (const w of words.slice(0, POSSESSED_WORDS_MAX)) {
    if (FUNCTION_WORDS_LOWER.has(w)) return {};
    if (nounSense(w)) return { possessed: w };
  }
  return {};
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
 * A line in capitals (a wire headline). Title-case lines are not counted: a line of capitalised words is as often a
 * list of names (a team sheet) as a headline.
 */
function isHeadline(sentence: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(sentence) && !/\p{Ll}/u.test(sentence);
}
