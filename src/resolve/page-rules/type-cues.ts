/** Type cues: the kind of thing the words around a mention say it is (TYPE_CUES, one table) and how a mention's cue is read. */
import type { EntityType } from '../../types.ts';
import { gazetteerKey, gazetteerLists, shippedGazetteers } from '../../extract/ner/gazetteer.ts';
import { tokenize } from '../../extract/ner/index.ts';
import { shippedJson } from '../../util/shipped-json.ts';
import { memoByString } from '../../util/memo.ts';
import { AUXILIARIES_AFTER, BODY_NOUNS_AFTER_PLACE_NOUN, CRUDE_GRADE_HEADS, LAW_HEADS, MEASURE_HEADS, MEASURE_HEADS_ALSO_SURNAMES, ORG_HEADS, PARTY_MEMBER_WORDS, PARTY_WORDS, PLACE_NOUNS_AFTER, SPEECH_VERBS_AFTER, WORK_CUES_AFTER_A_KIND, WORK_CUES_BEFORE, WORK_KINDS_IN_CAPITALS, WORK_KINDS_LISTED } from '../../extract/lexicon.ts';
import { stateNamed } from '../../extract/us-states.ts';
import { LEGAL_FORMS } from '../../extract/shapes.ts';
import { FUNCTION_WORDS_LOWER, type MentionContext } from './mention-context.ts';

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
  (awardNames ??= new Set((shippedJson(new URL('../award-names.json', import.meta.url)) as { awards: string[] }).awards.map((a) => a.toLowerCase()))).has(text.replace(/\s+/g, ' ').toLowerCase());

/** The name's words, a possessive's "'s" read over. */
const nameWords = (text: string): string[] => text.replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);

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
  const words = nameWords(text);
  if (words.length < 2) return false;
  return LAW_HEADS.has(words.at(-1)!);
});

/**
 * The name of several words is a rate's, an index's, an average's or a price's, by its last word (the lexicon's
 * `MEASURE_HEADS`: "London Interbank Offered Rate", "Dow Jones Industrial Average"): a figure, not the body that sets
 * it, whatever its capitals and the place opening it read as. Three words or more: of two, the first is as often a
 * common word capitalised or the tail of a name cut before it ("Major Market Index" read as "Market Index", "Standard
 * and Poors Index" as "Poors Index"), which the cue's fixed type would give a page. A head that is also a surname
 * ("Price") only where no first name or initial stands before it ("T. Rowe Price", "Nick Price").
 */
const MEASURE_HEAD_CUE = 'measure-head';
const headedByMeasure = memoByString(function headedByMeasure(text: string): boolean {
  const words = wordsOfThreeOrMore(text);
  if (!words || !MEASURE_HEADS.has(words.at(-1)!)) return false;
  return !MEASURE_HEADS_ALSO_SURNAMES.has(words.at(-1)!) || !words.slice(0, -1).some(namesAPerson);
});
/** The name's words (a possessive's "'s" read over) where it has three or more, else undefined. */
function wordsOfThreeOrMore(text: string): string[] | undefined {
  const words = nameWords(text);
  return words.length >= 3 ? words : undefined;
}
/**
 * The name of three words or more is a crude oil grade's, by its last word (the lexicon's `CRUDE_GRADE_HEADS`: "West
 * Norland Intermediate", "Light Pella Sweet"): a thing (other), not the place that opens it nor a body.
 */
const CRUDE_GRADE_CUE = 'crude-grade-head';
const headedByCrudeGrade = memoByString(function headedByCrudeGrade(text: string): boolean {
  const last = wordsOfThreeOrMore(text)?.at(-1);
  return last !== undefined && CRUDE_GRADE_HEADS.has(last);
});
/**
 * The name of two words or more is a mine's or a mining property's, by its last word (`SITE_HEADS` of src/resolve/place-cue-words.json:
 * "Vellridge Gold Mine", "Quarrow Hill Property"): a site (place). Not a name with "of" ("Filter Division of Mine", a
 * firm's name cut inside), nor one holding a body's head or a legal form (a miner's name).
 */
const SITE_CUE = 'site-head';
/** The place cues' word lists (src/resolve/place-cue-words.json, each with its reason), read once. */
let placeCueWords: ReadonlyMap<string, ReadonlySet<string>> | undefined;
const placeWords = (list: 'SITE_HEADS' | 'PLACE_FORMAL_OPENERS' | 'VENUE_HEADS'): ReadonlySet<string> =>
  (placeCueWords ??= new Map(Object.entries((shippedJson(new URL('../place-cue-words.json', import.meta.url)) as { lists: Record<string, { words: string[] }> }).lists)
    .map(([name, { words }]) => [name, new Set(words)]))).get(list)!;
const headedBySite = memoByString(function headedBySite(text: string): boolean {
  const words = nameWords(text);
  return words.length >= 2 && placeWords('SITE_HEADS').has(words.at(-1)!) && !words.includes('of') && !namesABody(words);
});
/**
 * The name of two words or more is a venue's or a building's, by its last word (`VENUE_HEADS` of
 * src/resolve/place-cue-words.json: "Vellton Airport", "Quarrow Serena Hotel", "Vell Stadium"): a place. Not a name with
 * "of" or "and" (two names, or a firm's cut inside), nor one holding a legal form (the operator's name: "Vellton Airport
 * Ltd"). The airport's head is also a body's (ORG_HEADS), so the cue does not give way to a body's reading as the site's
 * does: the extraction's head rule reads every such name a body.
 */
const VENUE_CUE = 'venue-head';
const headedByVenue = memoByString(function headedByVenue(text: string): boolean {
  const words = nameWords(text);
  return words.length >= 2 && placeWords('VENUE_HEADS').has(words.at(-1)!) && !words.some((w) => w === 'of' || w === 'and' || w === '&' || LEGAL_FORMS.test(w));
});
/**
 * The name is a place's formal name: a word of `PLACE_FORMAL_OPENERS` (src/resolve/place-cue-words.json), "of" and a capitalised name
 * ("City of Vellton", "Republic of Quarrow"), no body's head, legal form or acronym after it ("City of Vellton Bank", a
 * club's "City of Vellton AC"); a
 * written "the" ("Republic of the Zorbs") is left as it was.
 */
const FORMAL_PLACE_CUE = 'formal-place-name';
const formalPlaceName = memoByString(function formalPlaceName(text: string): boolean {
  const words = nameWords(text);
  return words.length >= 3 && placeWords('PLACE_FORMAL_OPENERS').has(words[0]!) && words[1] === 'of' && /^\p{Lu}/u.test(words[2]!) && words[2] !== 'The' && !namesABody(words.slice(2)) && !words.slice(2).some((w) => /^\p{Lu}{2,}$/u.test(w));
});
/** A body's head or a legal form among the words: the name of a body, whatever else it holds. */
const namesABody = (words: readonly string[]) => words.some((w) => ORG_HEADS.has(w) || LEGAL_FORMS.test(w));
/** An initial ("T.", "E.F.") or a first name of the gazetteers: a word of a person's name. */
const namesAPerson = (word: string) => /^(?:\p{Lu}\.)+$/u.test(word) || gazetteerLists(word).includes('FIRST');

/** A cue a mention's words give of its kind: the type, and which cue said it (the page model reads the kind). */
export interface TypeCue {
  type: EntityType;
  /** `holiday`, `award`, `law-head`, `measure-head`, `crude-grade-head`, `site-head`, `formal-place-name`, `venue-head`, `state-after-its-city`, `team-sheet`, `place-noun-after`, or the name of a `TYPE_CUES` entry or of `LIST_KIND_CUE`. */
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

/**
 * The name stands before a lower-case word that is no verb of saying: an adjective of the noun after it ("the Zorbian
 * authorities"), whatever its evidence voted; a firm's short name is the subject of its statement ("Zorbian said").
 */
export const describesTheNextWord = (m: MentionContext) => /^\s+\p{Ll}/u.test(m.after) && !SPEECH_VERBS_AFTER.has(m.next);

/** A capitalised "The" right before the name, not opening its sentence: a title's ("editor of The Zorbman"). */
export const titledWithThe = (m: MentionContext) => /\sThe$/.test(m.previousTwo);

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

/**
 * The cues that give way where the name's own evidence reads it a body (`typeCue`): a site's head also where a mine's
 * mentions were joined to its miner's ("the San Vell Gold Mine" to "San Vell Gold Mines Inc", read by its legal form).
 */
const BODY_YIELDING_CUES: ReadonlySet<string> = new Set(['award', 'place-noun-after', SITE_CUE]);

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
  // "London Interbank Offered Rate", "Dow Jones Industrial Average": a rate's or an index's name is a figure (other).
  if (headedByMeasure(m.raw)) return { type: 'other', name: MEASURE_HEAD_CUE };
  // "West Norland Intermediate", "Light Pella Sweet": a crude oil grade's name is a thing (other).
  if (headedByCrudeGrade(m.raw)) return { type: 'other', name: CRUDE_GRADE_CUE };
  // "Vellridge Gold Mine", "City of Vellton": a mine's and a place's formal name are places, wherever they stand.
  if (headedBySite(m.raw)) return { type: 'place', name: SITE_CUE };
  if (formalPlaceName(m.raw)) return { type: 'place', name: FORMAL_PLACE_CUE };
  // "Vellton Airport", "Quarrow Serena Hotel": a venue's or a building's name is a place, wherever it stands.
  if (headedByVenue(m.raw)) return { type: 'place', name: VENUE_CUE };
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
