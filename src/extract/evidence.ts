/**
 * The evidence that types one candidate name: an ordered table of named rules, each with the kind of name it
 * votes for, its weight and why. extract/entities/readings.ts builds a `RunView` of the candidate and its neighbours and adds
 * up the weights of the rules that apply; the tagger's reading is added after (entities/tagger-evidence.ts `addTaggerEvidence`).
 *
 * The weights were set by hand on the development sets (seeds, CoNLL eng.train/testa, MEANTIME Apple) before the
 * tagger existed; the tagger now carries most of the typing, and these rules keep what it has no data for
 * (head nouns, cue words, a stripped title). Order matters only for the last rule, which reads what came before.
 */
import type { EntityType } from '../types.ts';
import {
  FIRM_NAME_ENDS, GROUP_NOUNS, ORG_CUES, ORG_FIRST, ORG_HEADS, ORG_NOUNS_BEFORE_OF, ORG_POSSESSIONS, ORG_WORDS_AFTER, OTHER_HEADS, PERSON_CUES_BEFORE,
  PLACE_CUES_BEFORE, PLACE_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS_AFTER, STRUCTURE_HEADS,
} from './lexicon.ts';
import { LEGAL_FORMS, isLowerInitialBrand, isAcronym, isCamelCase, isCapitalised } from './shapes.ts';

export type Evidence = Record<EntityType, number>;

/** The parts of a token the rules read. */
export interface EvidenceToken {
  text: string;
  tags: ReadonlySet<string>;
  possessive: boolean;
}

/** One candidate name as the rules see it: its words (title already stripped) and the words around it. */
export interface RunView {
  tokens: readonly EvidenceToken[];
  words: readonly string[];
  first: EvidenceToken;
  last: EvidenceToken;
  /** The last word without a final period ("Inc." is "Inc"). */
  head: string;
  before?: EvidenceToken;
  after?: EvidenceToken;
  after2?: EvidenceToken;
  /** The word before, lowercase ('' when it is a possessive), the word before that, the two words after. */
  prev: string;
  prevPrev: string;
  next: string;
  nextNext: string;
  /** Whether no punctuation stands between the word before and the name, the name and the word after, and those two after. */
  joinedBefore: boolean;
  joinedAfter: boolean;
  afterJoinedNext: boolean;
  /** A title was stripped from the front ("Finance Minister X"). */
  titleStripped: boolean;
  /** One word in capitals followed by a dash, as a dateline writes its place ("WASHINGTON –"). */
  datelineCaps: boolean;
  /** One word after a city and a comma that abbreviates a U.S. state ("Malvern, Pa."): see entities.ts `usStateAfterCity`. */
  usState: boolean;
  /** A player's name in a team sheet (see entities.ts `teamSheetItems`). */
  teamSheet: boolean;
  /** The run is the organisation before a title ("Apple" in "Apple CEO Steve Jobs"). */
  employer: boolean;
  /** The name is written with its 's and possesses nothing ("McDonald's said"): see entities.ts `namesWithItsS`. */
  withItsS: boolean;
  /** Its words are joined by "&" ("Marks & Spencer"): see entities.ts `ampersandJoins`. */
  ampersand: boolean;
  /** Two founders' initials joined by "and" open or make it ("Q. and R. Vellmark"): see entities.ts `initialsJoined`. */
  foundersInitials?: boolean;
  /** A title with small words inside, written as a work's (quoted, after "film", "About a Boy"): see entities.ts `titleEvidence`. */
  workTitle?: boolean;
  /** The archive marks the run as one whole name: Reuters' angle brackets (see entities.ts `joinMarkedWhole`). */
  marked?: boolean;
}

export interface EvidenceRule {
  name: string;
  votes: EntityType;
  weight: number;
  reason: string;
  /** The rule reads a head word of the name (the kind of name its last word, or the word before "of", names). */
  head?: true;
  /** The rule reads WordNet's noun for a building or natural feature (`structure-head`): see `structureAgainstBody`. */
  structure?: true;
  applies: (v: RunView, so_far: Readonly<Evidence>) => boolean;
}

const has = (v: RunView, tag: string) => v.tokens.some((t) => t.tags.has(tag));
/** Several words ending in an organisation's head word. */
const orgHead = (v: RunView) => ORG_HEADS.has(v.head) && v.tokens.length > 1;
/**
 * "Virtual Summit for Democracy", "Central Reserve Bank of Pella": the head is the word before "of"/"for". A first
 * word before it ("Bank of Zorbia") is left to the rules of first words (`ORG_FIRST`), so it is no inner head.
 */
function innerHeadOf(words: readonly string[]): string | null {
  const connector = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  const head = connector > 0 ? words[connector - 1]! : null;
  return head && head !== words[0] ? head : null;
}
const innerHead = (v: RunView) => innerHeadOf(v.words);
/**
 * The word `structure-head` reads as a name's head: its inner head ("Zorbix Savings of Vell Mesa": "Savings"), else
 * its last word without a final period. The type model's `head.structure` reads the same (src/resolve/type-model.ts).
 */
export function structureHead(words: readonly string[]): string {
  return innerHeadOf(words) ?? (words.at(-1) ?? '').replace(/\.$/, '');
}
const firstNameOpens = (v: RunView) => has(v, 'FirstName') && v.tokens.length > 1 && v.first.tags.has('FirstName') && !orgHead(v);
const headIsPlace = (v: RunView) => v.last.tags.has('Country') || v.last.tags.has('City') || v.last.tags.has('Region');
const hasPlaceName = (v: RunView) => has(v, 'Country') || has(v, 'City') || has(v, 'Region');

export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  { name: 'stripped-title', votes: 'person', weight: 4, reason: 'a title before a name ("Finance Minister X") is a person\'s', applies: (v) => v.titleStripped },
  { name: 'team-sheet', votes: 'person', weight: 4, reason: 'a sports report lists its players so ("Cech, Ferreira, Terry (Carvalho 45), Lampard")', applies: (v) => v.teamSheet },
  { name: 'us-state', votes: 'place', weight: 6, reason: 'an abbreviated U.S. state after its city ("Malvern, Pa.", "NEWTON, Mass.")', applies: (v) => v.usState },
  { name: 'dateline-capitals', votes: 'place', weight: 3, reason: 'a dateline writes its place in capitals before a dash', applies: (v) => v.datelineCaps },
  {
    name: 'written-with-its-s', votes: 'organization', weight: 4,
    reason: 'a name written with its \'s that possesses nothing is a shop or firm named after its founder ("McDonald\'s said")',
    applies: (v) => v.withItsS,
  },
  {
    name: 'partners-with-ampersand', votes: 'organization', weight: 4,
    reason: 'news writes the partners of a firm with "&" ("Marks & Spencer", "Ernst & Young", "Ogilvy & Mather")',
    applies: (v) => v.ampersand,
  },
  {
    name: 'founders-initials', votes: 'organization', weight: 4,
    reason: 'two capital letters joined by "and" name a firm after its founders ("H and R Block", "Q. and R. Vellmark"); a person has one set of initials',
    applies: (v) => !!v.foundersInitials,
  },
  {
    name: 'work-title', votes: 'other', weight: 4,
    reason: 'a title-case run with small words inside, quoted, after a word for a kind of work or opened by a capitalised "About", "On", "The", is a work\'s title ("Lost in Translation")',
    applies: (v) => !!v.workTitle,
  },
  {
    name: 'marked-whole-by-archive', votes: 'organization', weight: 6,
    reason: 'Reuters writes a company with no stock code as its whole name in angle brackets ("the group <Vorlande et Quibel>"): of the 2,607 distinct bracketed names of several words in Reuters-21578, about 350 read (all those of two plain words among them) name no person and no place, so the mark outweighs a first name and the tagger together (3 + 2.5), as an abbreviated state after its city does',
    applies: (v) => !!v.marked,
  },
  { name: 'employer-before-title', votes: 'organization', weight: 1.5, reason: 'the name before "CEO X" is most often the employer', applies: (v) => v.employer },
  {
    name: 'company-possession', votes: 'organization', weight: 2, reason: '"Apple\'s shares", "Apple\'s chief executive": things companies have',
    applies: (v) => v.last.possessive && !!v.after && ORG_POSSESSIONS.has(v.after.text.toLowerCase()),
  },
  {
    name: 'company-word-after', votes: 'organization', weight: 2, reason: '"Apple shares", "Johnson Inc"',
    applies: (v) => !v.last.possessive && !!v.after && v.joinedAfter && ORG_WORDS_AFTER.has(v.after.text.toLowerCase()),
  },
  {
    name: 'company-noun-of', votes: 'organization', weight: 2, reason: '"shares of X", "chairman of X"',
    applies: (v) => v.joinedBefore && v.prev === 'of' && ORG_NOUNS_BEFORE_OF.has(v.prevPrev),
  },
  { name: 'organisation-head', votes: 'organization', weight: 3, head: true, reason: 'a head noun ("Ministry", "Exchange") or a first word ("Bank of") of organisations', applies: (v) => ORG_HEADS.has(v.head) || ORG_FIRST.has(v.first.text) },
  {
    name: 'organisation-head-of-several-words', votes: 'organization', weight: 1.5, head: true,
    reason: 'several words ending in an organisation\'s head name it, whatever its first words name ("Hong Kong Stock Exchange")',
    applies: orgHead,
  },
  // Any legal form, not only those the head list repeats: "Norsk Hydro ASA", "Den Norske Bank A/S" were read as people.
  {
    name: 'legal-form', votes: 'organization', weight: 3,
    reason: 'a legal form ("Johnson Controls Inc") settles it, as does the word that ends a firm named for its founders after "and" ("Seagram and Sons")',
    applies: (v) => v.tokens.length > 1 && (LEGAL_FORMS.test(v.last.text) || (FIRM_NAME_ENDS.has(v.last.text) && v.words.at(-2) === 'and')),
  },
  { name: 'place-head', votes: 'place', weight: 3, reason: 'a head noun of places ("Province", "Valley")', applies: (v) => PLACE_HEADS.has(v.last.text) },
  {
    name: 'structure-head', votes: 'place', weight: 3,
    reason: 'several words headed by WordNet\'s noun for a building, construction or natural feature name a place ("Three Gorges Dam", "Buckingham Palace"; the head before "of" in "W X of Y": "Zorbix Savings of Vell Mesa" is no mesa), as a hand-listed place head does; it outweighs the tagger alone, not a cue or a first name beside it',
    structure: true,
    applies: (v) => v.tokens.length > 1 && STRUCTURE_HEADS.has(structureHead(v.words).toLowerCase()),
  },
  {
    name: 'other-head', votes: 'other', weight: 4, reason: 'a head noun of events, laws and works ("Summit", "Act", "Cup")',
    applies: (v) => OTHER_HEADS.has(v.last.text) || (v.words.length > 1 && OTHER_HEADS.has(v.first.text)),
  },
  { name: 'other-head-before-of', votes: 'other', weight: 4, reason: '"Summit for Democracy": the head stands before "for"/"of"', applies: (v) => OTHER_HEADS.has(innerHead(v) ?? '') },
  { name: 'organisation-head-before-of', votes: 'organization', weight: 3, head: true, reason: '"Bank of England": the head stands before "of"', applies: (v) => ORG_HEADS.has(innerHead(v) ?? '') },
  {
    name: 'camel-case', votes: 'organization', weight: 3, reason: 'one CamelCase word is a company or product brand ("PayPal")',
    applies: (v) => v.tokens.length === 1 && isCamelCase(v.first.text) && !isLowerInitialBrand(v.first.text),
  },
  {
    name: 'lower-initial-brand', votes: 'other', weight: 1,
    reason: 'one word with a lower-case initial and a capital inside ("iPhone", "iTunes") is most often a product; only a lean, since the e-firms ("eBay", "eToys") are companies: any cue, possession or legal form outweighs it',
    applies: (v) => v.tokens.length === 1 && isLowerInitialBrand(v.first.text),
  },
  { name: 'acronym', votes: 'organization', weight: 1.5, reason: 'one acronym is most often an organisation', applies: (v) => v.tokens.length === 1 && isAcronym(v.first.text) },
  {
    name: 'first-name-opens', votes: 'person', weight: 3,
    reason: 'a first name opening several words is a person, unless an organisation\'s head ends them ("Daniels Pharmaceuticals")',
    applies: firstNameOpens,
  },
  { name: 'person-word', votes: 'person', weight: 1.5, reason: 'compromise knows a word as a person\'s', applies: (v) => !firstNameOpens(v) && has(v, 'Person') },
  { name: 'place-name-head', votes: 'place', weight: 2.5, reason: 'the last word is a country, city or region', applies: headIsPlace },
  {
    name: 'place-name-inside', votes: 'place', weight: 1.5,
    reason: 'a place word that does not head the name counts less ("Hong Kong" in "Hong Kong Stock Exchange")',
    applies: (v) => !headIsPlace(v) && hasPlaceName(v),
  },
  { name: 'place-word', votes: 'place', weight: 1.5, reason: 'compromise knows a word as a place', applies: (v) => !headIsPlace(v) && !hasPlaceName(v) && has(v, 'Place') },
  {
    name: 'organisation-word-last', votes: 'organization', weight: 1, head: true, reason: 'compromise knows the last word as an organisation\'s, not a surname',
    applies: (v) => v.last.tags.has('Organization') && !v.last.tags.has('LastName') && !v.last.tags.has('Person'),
  },
  { name: 'person-cue-before', votes: 'person', weight: 3, reason: '"spokesperson X", "actor X"', applies: (v) => v.joinedBefore && PERSON_CUES_BEFORE.has(v.prev) },
  { name: 'organisation-cue-before', votes: 'organization', weight: 3, reason: '"company X", "carmaker X"', applies: (v) => v.joinedBefore && ORG_CUES.has(v.prev) },
  {
    name: 'organisation-cue-after', votes: 'organization', weight: 3, reason: '"X campaign group", "X oil company"',
    applies: (v) =>
      v.joinedAfter && !v.last.possessive && (ORG_CUES.has(v.next) || (ORG_CUES.has(v.nextNext) && !isCapitalised(v.after!.text) && !!v.after2 && v.afterJoinedNext)),
  },
  { name: 'place-cue-of', votes: 'place', weight: 3, reason: '"region of X", "city of X"', applies: (v) => v.joinedBefore && v.prev === 'of' && PLACE_CUES_BEFORE.has(v.prevPrev) },
  { name: 'place-preposition', votes: 'place', weight: 1, reason: '"in X", "near X" for a short name', applies: (v) => v.joinedBefore && PLACE_PREPOSITIONS.has(v.prev) && v.tokens.length <= 2 },
  { name: 'speaker', votes: 'person', weight: 1, reason: '"X Y said": speakers are most often people', applies: (v) => v.joinedAfter && SPEECH_VERBS_AFTER.has(v.next) && v.tokens.length >= 2 },
  {
    name: 'group-adjective', votes: 'other', weight: 3, reason: 'a people\'s or a faith\'s name used as an adjective: "ethnic Uighur", "Muslim minorities"',
    applies: (v) => v.tokens.length === 1 && ((v.joinedBefore && v.prev === 'ethnic') || (v.joinedAfter && GROUP_NOUNS.has(v.next))),
  },
  {
    name: 'unknown-words', votes: 'person', weight: 0.5, reason: 'unknown names of two to four capitalised words with no other evidence are most often people ("Myo Swe Win")',
    applies: (v, soFar) => v.tokens.length >= 2 && v.tokens.length <= 4 && Object.values(soFar).every((x) => x === 0) && v.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)),
  },
];

/** The summed weights of the rules that apply, in table order. */
export function weighEvidence(v: RunView): Evidence {
  return weighEvidenceWithHeads(v).evidence;
}

/**
 * The summed weights, the part of them an organisation's head word gave (`head` rules, all voting organisation), and
 * the part a building's or natural feature's head gave (`structure` rules, voting place).
 */
export function weighEvidenceWithHeads(v: RunView): { evidence: Evidence; heads: number; structure: number } {
  const evidence: Evidence = { person: 0, organization: 0, place: 0, other: 0 };
  let heads = 0;
  let structure = 0;
  for (const rule of EVIDENCE_RULES) {
    if (!rule.applies(v, evidence)) continue;
    evidence[rule.votes] += rule.weight;
    if (rule.head) heads += rule.weight;
    if (rule.structure) structure += rule.weight;
  }
  return { evidence, heads, structure };
}

/**
 * The evidence without the place vote a building's head word gave (`structure`), where the tagger reads the whole
 * name as a body and is sure of it: a club or a firm named after a building or a stream ("Crystal Palace" the club,
 * 0.94-0.998 in match reports) keeps the tagger's reading; "Buckingham Palace" (0.75-0.84), a capitol (0.79) stay
 * places. The mirror of `headAgainstPlace`.
 */
export function structureAgainstBody(evidence: Evidence, structure: number): Evidence {
  return { ...evidence, place: evidence.place - structure };
}

/**
 * How much an organisation's head word counts where the tagger reads the whole name as a place: one reading of a
 * word among others, not a verdict ("West Bank", "Gaza Strip" are places; "Bank of England" the tagger reads a body).
 */
export const HEAD_AGAINST_PLACE = 0.25;

/** The evidence with the organisation's head-word votes (`heads`) counted at `HEAD_AGAINST_PLACE`. */
export function headAgainstPlace(evidence: Evidence, heads: number): Evidence {
  return { ...evidence, organization: evidence.organization - heads * (1 - HEAD_AGAINST_PLACE) };
}
