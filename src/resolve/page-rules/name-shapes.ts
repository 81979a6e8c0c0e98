/** What the page rules read of a resolved name (NameView): its shapes and its mentions' types, as predicates the rules share. */
import type { EntityType } from '../../types.ts';
import { usualCase } from '../../extract/ner/words.ts';
import { shippedJson } from '../../util/shipped-json.ts';
import { LEGAL_FORMS } from '../../extract/shapes.ts';
import { AUXILIARIES_AFTER, CHAMBERS, RATING_CUES_NEAR, PARTY_WORDS, SPEECH_VERBS_AFTER } from '../../extract/lexicon.ts';
import { isStateName, stateNamed } from '../../extract/us-states.ts';
import { FUNCTION_WORDS_LOWER, type MentionContext } from './mention-context.ts';
import { cueType, describesTheNextWord } from './type-cues.ts';

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

export interface PageRule {
  name: string;
  /** Why a name this rule matches is no name a reader wants a page for. */
  reason: string;
  denies: (n: NameView) => boolean;
}

/** Some mention of the name is typed one of `kinds`, by its evidence (extraction) or by its cue. */
export function typedAs(n: NameView, kinds: readonly EntityType[]): boolean {
  const ofKind = (t: EntityType | undefined) => t !== undefined && kinds.includes(t);
  const types = n.mentionTypes ?? [];
  return n.mentions.some((m, i) => ofKind(cueType(m)) || (ofKind(types[i]) && !describesTheNextWord(m)));
}

/** More than half of the name's mentions are typed `kind` by their evidence (extraction), none as the describing word of the noun after it. */
export function mostlyTypedAs(n: NameView, kind: EntityType): boolean {
  const types = n.mentionTypes ?? [];
  return n.mentions.filter((m, i) => types[i] === kind && !describesTheNextWord(m)).length * 2 > n.mentions.length;
}

/**
 * A ticker as wire stories write it in angle brackets: capitals, perhaps with its exchange after a period ("<MOB.N>")
 * or a space ("<QNTX ST>", an exchange's code); a space and a legal form is a firm's name ("<QUANTA AB>").
 */
const STOCK_CODE = /^[A-Z][A-Z0-9&]{0,5}(?:\.[A-Z]{1,2}| [A-Z]{2})?$/;
export const stockCodeInBrackets = (m: MentionContext) => STOCK_CODE.test(m.raw) && !LEGAL_FORMS.test(m.raw.split(' ')[1] ?? '') && m.before.endsWith('<') && m.after.startsWith('>');
export const EXCHANGE_SUFFIXED = /^[A-Z][A-Z0-9&]{1,5}\.[A-Z]{1,2}$/;

/** "Class A", "Series B", "Class B-1": a letter (perhaps with a number) after "Class" or "Series". */
export const SHARE_CLASS = /^(?:Class|Series)\s+[A-Z]{1,2}(?:-?\d{1,2})?$/;
/**
 * The plural of an acronym or a model's code: capitals (with digits or a hyphenated part) and a lower-case "s" ("PCs",
 * "DVDs", "SUVs", "MP3s", "A300s", "AT-ATs", "F-16s", "ADRs"); two letters at least before it ("As" is a word).
 */
export const ACRONYM_PLURAL = /^(?=\S{3,}$)\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)?s$/u;
/** A group or pool of a draw named by its letter ("Group B", "Pool A"); a number may name a firm ("Group 4"). */
export const LETTERED_GROUP = /^(?:Group|Pool)\s+[A-Z]$/;
/**
 * A rating of Moody's scale, as wire stories write it ("Aaa", "Aa-3", "Baa1", "Ba-2", "Caa-1"). The one-letter grades
 * ("A-1", "B-2") are left: they also name aircraft ("B-1", "B-52").
 */
export const MOODYS_RATING = /^(?:Aaa|(?:Aa|Baa|Ba|Caa)-?[1-3])$/;
/**
 * A grade of the letter scales of Standard and Poor's and its peers: one letter of A, B or C written once to three
 * times, perhaps with a number and a "plus" or "minus" ("AA", "BBB", "BB-plus", "A-1-plus", "CCC+"). The same capitals
 * name bodies ("the AA", "BBC" is no grade), so only where rating words stand near (`ratedNear`).
 */
export const LETTER_GRADE = /^(?:A{1,3}|B{1,3}|C{1,3})(?:-?[1-3])?(?:-?(?:plus|minus|Plus|Minus)|[+-])?$/;
/** Most of the name's mentions have a rating word near (`RATING_CUES_NEAR`: "rated", "debt", "downgraded"). */
export const ratedNear = (n: NameView) => n.mentions.filter((m) => m.near?.some((w) => RATING_CUES_NEAR.has(w))).length * 2 > n.mentions.length;
export const YEAR_OR_DECADE = /^(?:1[89]|20)\d\ds?$/;
export const every = (n: NameView, test: (m: MentionContext) => boolean) => n.mentions.length > 0 && n.mentions.every(test);
/**
 * Where any word is capitalised: a line in capitals, or the opening of a sentence — unless the name itself is
 * written in capitals there, as a dateline is ("LITTLE ROCK, Ark. -").
 */
export const capitalByPlace = (m: MentionContext) => !m.credit && (m.headline || ((m.opensSentence || afterPeriod(m)) && /\p{Ll}/u.test(m.raw)));
/** After an abbreviation's period a sentence may begin where the splitter saw none ("… Oak Industries Inc. Terms were …"). */
const afterPeriod = (m: MentionContext) => /\.\s+$/.test(m.before);
export const words = (name: string) => name.split(/\s+/);

/** Per body's head word, the share of its capitalised uses in news that stand alone (eval/build-lone-heads.ts). */
let loneHeadShares: Readonly<Record<string, number>> | null = null;
export const loneHeadShare = (head: string): number | undefined => {
  const shares = (loneHeadShares ??= shippedJson(new URL('../lone-heads.json', import.meta.url)) as Record<string, number>);
  return Object.hasOwn(shares, head) ? shares[head] : undefined;
};
/** Below this share a lone head gets no page (rule 'lone-head-short-for-a-body'). */
export const LONE_HEAD_MIN_SHARE = 0.3;

/** The months' English names, lower case ("january" …), from the platform's calendar data. */
const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, i, 1)).toLowerCase());
/** The days of the week's English names, lower case ("monday" …), from the platform's calendar data. */
const WEEKDAY_NAMES = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 2 + i)).toLowerCase());
/** A day of the week, one or many: "Thursday", "on Thursdays", "Mondays to Fridays". */
export const weekday = (name: string) => WEEKDAY_NAMES.some((day) => name.toLowerCase() === day || name.toLowerCase() === `${day}s`);
/** A month's name or its abbreviation in capitals before a day: "APRIL 7", "APR 07", "SEPT 30" of a wire headline. */
export const capitalMonthBeforeADay = (m: MentionContext) =>
  /^\p{Lu}{3,}$/u.test(m.raw) && MONTH_NAMES.some((month) => month.startsWith(m.raw.toLowerCase())) && /^\s+\d/.test(m.after);

/**
 * "D-Conn", "R-N.C", "R-Iowa": a U.S. legislator's party (Democrat, Republican, Independent) and the state he sits for,
 * as wire stories write them after his name ("Sen. Orla Quinlan, D-Conn., said"). The states are the us-abbreviations
 * data's (`stateNamed`, `isStateName`).
 */
export function partyAndState(name: string): boolean {
  const m = /^[DRI]-(\p{Lu}[\p{L}.]*)$/u.exec(name);
  return m !== null && (stateNamed(m[1]!) !== undefined || isStateName(m[1]!));
}

/** "Senate Republican", "House Democrats", "Two House Republicans": a chamber and a party word, after a common word or none. */
export function chamberAndParty(name: string): boolean {
  const w = words(name);
  const rest = w.length === 3 && usualCase(w[0]!.toLowerCase()) === 'lower' ? w.slice(1) : w;
  return rest.length === 2 && CHAMBERS.has(rest[0]!) && PARTY_WORDS.has(rest[1]!);
}

/** A word news writes in lower case at least sometimes (the case table: "lower" or "mixed"). */
export const commonWord = (w: string) => ['lower', 'mixed'].includes(usualCase(w) ?? '');

/** The word after the mention is a common word of the phrase the name opens: not "said", "will", "and" or "the". */
export const commonWordAfter = (m: MentionContext) => commonWord(m.next) && !FUNCTION_WORDS_LOWER.has(m.next) && !SPEECH_VERBS_AFTER.has(m.next) && !AUXILIARIES_AFTER.has(m.next);
