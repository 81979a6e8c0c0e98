/**
 * Which names of an event's sentence a reader is shown as its participants. Every name there already has a page (the
 * resolver assigns no entity to a name below the page threshold or denied by a page rule); what is left out here is
 * a piece the name reader cut from a longer name written in the same sentence. Such a piece is the longer name's
 * fragment ("ZRB" of "ZRB/Quanta-Tel", "Associates" and "Ann B. Vell" of "Ann B. Vell and Associates", "Cie" of
 * "Vellmar Quist und Cie"): shown on the event page, it names someone who took no part. It is not lost: the event
 * keeps it (`Event.alsoNamed`, graph.json `alsoNamed`), and its entity keeps its mention.
 */
import type { EntityMention, EntityType, Sentence } from '../types.ts';
import { alternation, AMOUNT_SCALES, APPOSITION_OPENERS, AUXILIARIES_AFTER, CONTEST_NOUNS, COURT_HEADS, CURRENCY_UNITS, FACILITY_HEADS, FINER_THING_NOUNS, FIRM_NAME_ENDS, FUNCTION_WORDS, GATHERING_HEADS, HOME_PARTICIPLES, isPlaceThingHead, ORG_HEADS, ILLNESS_CUES, ILLNESS_HEADS, LEGAL_FORMS, LOCATING_PREPOSITIONS, NAME_NUMBERS, PEOPLE_PHRASE_PREPOSITIONS, NAME_OWNED_HEADS, NAME_SUFFIXES, NOT_INITIALS, OBJECT_FILLERS, OCCASION_DETERMINERS, OCCASION_PREPOSITIONS, PART_NOUNS, PRESS_NAME_ENDS, PRESS_NOUNS, REPORTER_ROLES, SPEECH_VERBS_AFTER, SITE_WORK_WORDS, STATE_CHAMBER_WORDS, STATE_ORGAN_NOUNS, TRANSFER_WORDS, UNIT_NOUNS, WORK_HEADS } from '../extract/lexicon.ts';
import { normalizeName } from './entities.ts';
import { escapeRegExp } from '../util/escape.ts';
import { datelineLength } from '../extract/dateline.ts';
import { usualCase } from '../extract/ner/words.ts';
import { inNounPhrase, listedAs, taggedTerms, type TaggedTerm } from '../extract/nlp.ts';
import { posTerms } from '../extract/pos-tagger.ts';
import { isPersonNoun } from '../extract/trigger-sense.ts';
import { possessiveAfter, wordOpeningPhraseAfter } from './tag-ahead.ts';
import { shippedJson } from '../util/shipped-json.ts';

const FIRM_END = [...FIRM_NAME_ENDS].join('|');
/** What joins a founder's name to a firm's ending, in the languages of the wires ("and", "&", German "und", French "et"). */
const AND = String.raw`(?:and|und|et|&)`;
/** Before a piece: a capitalised word, "and", and the piece (a firm's ending). */
const AFTER_FOUNDER = new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*\s+${AND}\s+$`, 'u');
/** After a piece: "and" and a firm's ending, which the name ran on into. */
const BEFORE_FIRM_END = new RegExp(String.raw`^\s+${AND}\s+(?:${FIRM_END})\b`, 'u');
/** Two names joined by a slash with no space ("ZRB/Quanta-Tel", "QV and R/ZBT"): one written name. */
const SLASH_AFTER = /^\/[\p{L}\d]/u;
const SLASH_BEFORE = /[\p{L}\d.]\/$/u;

/**
 * A model's number after a capitalised word, which the name ran on from: "Condor 3" of "Condor 3 Database Management
 * System" (not a year, nor a number after a function word: "In 1998 Apple …").
 */
const AFTER_MODEL_NUMBER = /(\p{Lu}[\p{L}'’-]*)\s+\d{1,3}[A-Za-z]?\s+$/u;
/** An amount right before a name: "100 mln Ecu", "2.14 billion Taiwan dlrs", "3.3 mln Quanta shares". */
const AFTER_AMOUNT = new RegExp(String.raw`\d(?:[\d.,/-]*\d)?\s+(?:${[...AMOUNT_SCALES].join('|')})\s+$`, 'i');
/**
 * After a piece: the rest of a list of single names closed by a comma and a legal form ("Vell, Orvel, Harrow and
 * Leeds, Inc.": each is a partner's name in one firm's). The comma tells it from a list of firms, each with its own
 * form ("Chrysler, Ford and General Motors Corp").
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const LIST_TO_LEGAL_FORM = new RegExp(String.raw`^((?:\s*,\s*${NAME_WORD}|\s+${AND}\s+${NAME_WORD})*)\s*,\s*(?:${alternation(LEGAL_FORMS)})\b`, 'u');
/** Before a piece: a name and a list's joiner (", " or " and "). */
const AFTER_LIST_ITEM = new RegExp(String.raw`${NAME_WORD}(?:\s*,\s*|\s+${AND}\s+)$`, 'u');
/** A number right after a name: "Chapter 7", "Section 12", "Article 5" (a part of a text). */
const BEFORE_NUMBER = /^\s+\d/;

type Spanned = Pick<EntityMention, 'start' | 'end' | 'text'>;

/** The mention is a piece of a longer name written around it in its sentence (see the file's comment). */
export function pieceOfLongerName(sentence: Sentence, mention: Spanned): boolean {
  const { before, after } = around(sentence, mention);
  if (SLASH_AFTER.test(after) || SLASH_BEFORE.test(before)) return true;
  if (FIRM_NAME_ENDS.has(mention.text) && AFTER_FOUNDER.test(before)) return true;
  const list = LIST_TO_LEGAL_FORM.exec(after);
  // (One word: a partner's name; the list's other names before or after it.)
  if (list && !/\s/.test(mention.text.trim()) && (list[1] !== '' || AFTER_LIST_ITEM.test(before))) return true;
  // "Jr" of "John Pope Jr": a name's suffix alone names no one.
  if (NAME_SUFFIXES.has(mention.text.replace(/\.$/, ''))) return true;
  const model = AFTER_MODEL_NUMBER.exec(before);
  return BEFORE_FIRM_END.test(after) || (model !== null && !FUNCTION_WORDS.has(model[1]!));
}

/**
 * The mention names no party of a happening though the name reader took it for a name: a currency told after an
 * amount ("a 120 mln Norland crown bond", "100 mln Ecu", "1.2 billion European Currency Units"), or a place whose
 * money a currency's unit after it names ("the U.S. Dlr fell"); a work's name read as a body ("Qubewrite Version",
 * "Kestrel Creek Project": WORK_HEADS); or, for a name of
 * no person, company or place (type other: a thing), a word news writes in lower case (the case table,
 * src/extract/ner/words.ts) capitalised before a noun it qualifies ("a 40 mln dlr Eurobond issue": an instrument's
 * kind) or only as its sentence's first ("Grants and fees fell"), or a word news does not always capitalise before a
 * number ("under Chapter 7": a part of a law; whatever its type when it is a part noun or a lower-case word). A town or firm named by
 * an ordinary word ("Split, Yugoslavia", "Next") is typed so and stays. A name glued to a currency sign
 * ("US$ 49") tells whose dollar; a thing after "a version of" is the family of the finer thing that takes part
 * (familyOfFinerThing). Kept as the event's `alsoNamed`, as pieces are.
 */
export function noParty(sentence: Sentence, mention: Spanned, type: EntityType): boolean {
  const { before, after } = around(sentence, mention);
  const lastWord = mention.text.split(/\s+/).at(-1)!.toLowerCase();
  const nextWord = /^\s+([\p{L}.]+)/u.exec(after)?.[1]?.replace(/\.$/, '') ?? '';
  if (AFTER_AMOUNT.test(before) && CURRENCY_UNITS.has(lastWord)) return true;
  // A name right before a currency's unit, amount or not, tells whose money: "the U.S. Dlr fell", "bought Norlandia
  // marks" (the currency is what moved or was bought); so does a sign glued to it ("US$ 49"). Not a unit's word
  // that is the name's verb, an object after it ("Norlandia marks the day", "pounds the rebels": OBJECT_FILLERS).
  if ((CURRENCY_UNITS.has(nextWord.toLowerCase()) && !verbBeforeObject(after)) || CURRENCY_SIGN_AFTER.test(after)) return true;
  // A work's name read as a body by its capitals ("Qubewrite Version", "Kestrel Creek Project"): what is made or
  // worked on, no body taking part (WORK_HEADS).
  if (type === 'organization' && (WORK_HEADS.has(lastWord) || namesWorkAfter(mention.text, after))) return true;
  const oneWord = !/\s/.test(mention.text.trim());
  const usual = oneWord ? usualCase(mention.text) : undefined;
  // A part noun or a word news writes in lower case, before a number, names a part or a model whatever type the reader
  // gave it ("under Chapter 7" read as a place, "its Model 40 loom" as a firm). A word the case table only calls
  // "mixed" may be a club's or a firm's name ("Harbour 2 Lantern 1", "20 pct of Harbour"): its type decides, below.
  const partWord = usual === 'lower' || PART_NOUNS.has(mention.text.toLowerCase()) || WORK_HEADS.has(mention.text.toLowerCase());
  if (oneWord && partWord && BEFORE_NUMBER.test(after)) return true;
  if (namesIllness(mention.text, before) || (type !== 'person' && ILLNESS_NOUN_BEFORE.test(before))) return true;
  if (type !== 'other') return false;
  if (familyOfFinerThing(before, after)) return true;
  if (!oneWord) return false;
  // A word news writes in lower case, capitalised only as its sentence's first ("Grants and fees … were").
  if (usual === 'lower' && atSentenceStart(sentence, before)) return true;
  return (usual === 'lower' && modifiesNoun(nextWord)) || (usual !== 'capital' && BEFORE_NUMBER.test(after));
}

/**
 * A place written as a modifier of a common noun right after it ("Norland car makers sold …", "sold Zorbia corporate
 * bonds", "the Zorbia Government bond market moved", "welcomed a Zorbia Supreme Court decision"): the noun is who or
 * what takes part, the place only says whose or where; the noun's own party, if any, is named elsewhere. Read from
 * compromise's tags, not from a list of nouns: after the name, with a single space between, a run of adjectives and
 * nouns (no verb, date or number) that ends on a noun written in lower case. Not where the run holds the trigger
 * itself ("Zorbia trade sanctions on Norland": the place is whose sanctions, the doer), nor where its last noun is a
 * verb compromise read as a noun ("Zorbia aims to cut": an infinitive follows), nor where the place is its
 * sentence's subject acting ("the Zorbia said", no noun after it). Nor where the phrase is a verb's subject (the
 * trigger's, or a reported clause's: "Zorbia authorities intervened, the bank said") and its head a noun for an organ
 * of the state (STATE_ORGAN_NOUNS: "Norland officials said"), or holding a state's chamber (STATE_CHAMBER_WORDS: "a
 * Norland legislature committee approved"): the state acts through them, as itself; its car makers
 * ("Norland car makers sold") are not it, and as an object ("imposed tariffs on Norland officials") the place only
 * says whose. Any other name so written (a body's, a product's, a person's, a disease's: "a new Velmar test", "an Orlin
 * aid package", "Orlin Community steelmakers", "the Vell scale") likewise only says of what kind, unless the noun is
 * the name's own (NAME_OWNED_HEADS: "the Quanta chairman", "Zorbix shares", "its Velmar unit"): then the name is whose
 * people or stock, and stays. A name of a possessive ("Zorbia's car makers") or of a body's capitalised head ("Zorbia
 * Airways said") stays (a place's possessive of a physical thing is `ownsThing`'s). Kept as the event's `alsoNamed`.
 */
export function qualifiesNoun(sentence: Sentence, mention: Spanned, type: EntityType, trigger: string): boolean {
  // (Tagging the sentence is the cost: a word after the name that opens no noun phrase answers first. Written in lower
  // case only: the tagger may read a capitalised "And" in a headline-cased phrase as a name's word.)
  // (A place written with its region set off by commas inside an opened noun phrase, before the noun it qualifies:
  // "its Pella, Norland, tin smelter", "the Orlin, Zorbia, glass bottle works". evt81.)
  const regionThenWord = PLACE_WITH_REGION_BEFORE_NOUN.exec(sentence.text.slice(mention.end - sentence.start))?.[1];
  if (type === 'place' && regionThenWord !== undefined && !FUNCTION_WORDS_LOWER.has(regionThenWord) && OPENER_RIGHT_BEFORE.test(around(sentence, mention).before)) return true;
  if (wordOpeningPhraseAfter(sentence, mention) === undefined) return false;
  // (Inside a noun phrase that "a", "an", "the" or an owner opens, a place's noun is read first from the fast tagger's
  // tags, pos-tagger.ts, which reads a noun compromise takes for a verb, "a U.S. firm had made", "an unidentified U.S.
  // firm."; then from compromise's. Not without an opener: the fast tagger has no dates, "Norland last week". evt67.)
  const opened = type === 'place' && (PHRASE_OPENED.test(around(sentence, mention).before) || THE_BEFORE.test(around(sentence, mention).before));
  const phrase = (opened ? nounPhraseAfter(sentence, mention, trigger, posTerms) : undefined) ?? nounPhraseAfter(sentence, mention, trigger);
  if (!phrase) return false;
  const head = phrase.head.text.toLowerCase();
  // Any other name (a body, a product, a person, a disease) before a noun only says of what kind ("a new Velmar
  // test", "an Orlin aid package"), unless the noun is its own people, post, part or stock (NAME_OWNED_HEADS).
  if (type !== 'place') return !NAME_OWNED_HEADS.has(head) && !NAME_OWNED_HEADS.has(head.replace(/s$/, '')) && inOpenedPhrase(sentence, mention, phrase);
  // (A state's chamber in the phrase makes it the state's organ too: "a Norland legislature committee approved",
  // STATE_CHAMBER_WORDS.)
  const organ = STATE_ORGAN_NOUNS.has(head) || phrase.run.some((t) => STATE_CHAMBER_WORDS.has(t.text.toLowerCase()));
  return !(organ && subjectOfVerb(phrase.terms, phrase.next));
}

/**
 * A place written as the possessive of a noun phrase headed by a physical thing ("bought Norland's biggest paper mill",
 * "the rice, Zorbia's chief export, was bought", "to build Norland's newest power plant"): the thing is what takes part, the
 * place only says where it is (isPlaceThingHead: WordNet's things, less the heads that name a body). Before a noun for
 * people, a body or a post ("Norland's government", "Zorbia's finance minister", "Norland's central bank"), a deed
 * ("Zorbia's decision"), a possession or a state ("Norland's stake", "Zorbia's debt") the place stays a party: they are
 * the state's own. Read from the tagger's terms after the possessive: adjectives and nouns up to a common noun in lower
 * case that closes the phrase (not the trigger, nor a noun that is itself a possessive: "Norland's mill's owner").
 * Only a place: a body's or a person's things are its own ("Quanta's plant was struck"). Kept as `alsoNamed`.
 */
export function ownsThing(sentence: Sentence, mention: Spanned, type: EntityType, trigger: string): boolean {
  if (type !== 'place' || !possessiveAfter(sentence, mention)) return false;
  const terms = taggedTerms(sentence.text);
  const end = mention.end - sentence.start;
  let k = terms.findIndex((t) => t.offset.start >= end + 2);
  if (k < 0) return false;
  let head: TaggedTerm | undefined;
  // (An adjective after a noun opens what follows the phrase: "Zorbia's radio mast north of Pella".)
  for (; k < terms.length && inNounPhrase(terms[k]!) && !(head?.tags.includes('Noun') && !terms[k]!.tags.includes('Noun')); k++) {
    head = terms[k]!;
    if (/[^\s]/.test(head.post ?? '')) { k++; break; }
  }
  if (!head || !head.tags.includes('Noun') || !/^\p{Ll}+$/u.test(head.text) || terms[k]?.tags.includes('Possessive')) return false;
  const word = head.text.toLowerCase();
  if (word === trigger.trim().split(/\s+/)[0]?.toLowerCase()) return false;
  return isPlaceThingHead(word);
}

/**
 * The run of adjectives and nouns right after the mention, ending on a common noun, that the mention qualifies (see
 * qualifiesNoun): its head, the sentence's terms and the index of the term after the run; none where the run holds the
 * trigger, opens on the name's own verb or is an infinitive's ("aims to cut").
 */
function nounPhraseAfter(sentence: Sentence, mention: Spanned, trigger: string, tagger: (text: string) => readonly TaggedTerm[] = taggedTerms): { head: TaggedTerm; run: TaggedTerm[]; terms: readonly TaggedTerm[]; next: number } | undefined {
  const end = mention.end - sentence.start;
  if (!/^ [\p{L}]/u.test(sentence.text.slice(end))) return undefined;
  const terms = tagger(sentence.text);
  let k = terms.findIndex((t) => t.offset.start >= end);
  if (k < 0 || terms[k]!.offset.start !== end + 1) return undefined;
  const run: TaggedTerm[] = [];
  // (A plural noun read as a verb before an auxiliary is the phrase's head, no verb of the name's.)
  const subjectNoun = nounReadAsVerb(terms[k]!, terms[k + 1]);
  if (subjectNoun) run.push({ ...terms[k++]!, tags: ['Noun', 'Plural'] });
  for (; k < terms.length && !subjectNoun && inNounPhrase(terms[k]!); k++) {
    run.push(terms[k]!);
    // (A comma or other mark after a word closes its phrase.)
    if (/[^\s]/.test(terms[k]!.post ?? '')) { k++; break; }
  }
  const head = run.at(-1);
  if (!head || !head.tags.includes('Noun') || !/^\p{Ll}/u.test(head.text)) return undefined;
  if (!subjectNoun && placesVerb(run)) return undefined;
  const triggerWord = trigger.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (run.some((t) => t.text.toLowerCase() === triggerWord)) return undefined;
  // (Not after "a", "an" or an owner, which make the run a noun phrase: "its Velmar jet to replace …".)
  const opened = PHRASE_OPENED.test(sentence.text.slice(0, Math.max(0, mention.start - sentence.start)));
  if (!opened && terms[k]?.text.toLowerCase() === 'to' && terms[k + 1]?.tags.includes('Infinitive')) return undefined;
  return { head, run, terms, next: k };
}

/** After a place: its region set off by commas, then a word in lower case (", Norland, copper mine"), captured. */
const PLACE_WITH_REGION_BEFORE_NOUN = /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+(\p{Ll}[\p{Ll}-]+)\b/u;
/**
 * A determiner or an owner right before a name, perhaps past modifiers in lower case ("its", "the new"): case kept, so
 * that a capitalised word between ("the Orlin quay of Pella Harbour in") is no modifier of the name's phrase.
 */
const OPENER_RIGHT_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alternation(APPOSITION_OPENERS)})\s+(?:\p{Ll}[\p{Ll}-]*\s+)*$`, 'u');
/** "a", "an" or an owner, and adjectives, before a name: the name is inside the noun phrase they open. */
const PHRASE_OPENED = new RegExp(String.raw`(?:^|\s)(?:${[...APPOSITION_OPENERS].filter((w) => w !== 'the').join('|')})\s+(?:[\p{Ll}-]+\s+)*$`, 'iu');
const THE_BEFORE = /(?:^|\s)the\s+(?:[\p{Ll}-]+\s+)*$/iu;

/**
 * The name is a modifier inside its noun phrase, not its subject before a verb compromise read as a noun ("the Velmar
 * Bank cut rates", "Zorbix rose 1/2"): "a", "an" or an owner opens the phrase before it ("a new Velmar test"); after
 * "the", one noun follows it and closes the phrase ("the Vell scale caused …", "during the Quanta investigation."); with no opener, the run does not open on a singular noun ("Orlin
 * Community steelmakers", "Velmar air-to-air missiles"). A place's run needs none (evt41's reading).
 */
function inOpenedPhrase(sentence: Sentence, mention: Spanned, phrase: { run: readonly TaggedTerm[]; terms: readonly TaggedTerm[]; next: number }): boolean {
  const { run, terms, next } = phrase;
  const { before } = around(sentence, mention);
  if (PHRASE_OPENED.test(before)) return true;
  // (After "the", the one noun closes its phrase: a mark, the sentence's end or a verb follows it, whose subject the
  // phrase is. Not a date, a noun or a preposition: "the Orlin Exchange set April 1 for …", "the Velmar Bank rose on …".)
  if (THE_BEFORE.test(before)) return run.length === 1 && (/[^\s]/.test(run[0]!.post ?? '') || terms[next] === undefined || ['Verb', 'Auxiliary'].some((t) => terms[next]!.tags.includes(t)));
  return !run[0]!.tags.includes('Singular');
}

/**
 * The run opens on the place's own verb, which compromise read as a plural noun ("Zorbia needs aid", "Zorbia plans
 * new taxes"): its first word is tagged Plural and either more words follow it in the run (a plural noun does not
 * qualify another: "Norland car makers", "Zorbia corporate bonds" open on no plural) or compromise's lexicon lists
 * the word itself as a verb in the present tense ("needs", "plans"; not "officials", "banks", "bonds").
 */
function placesVerb(run: readonly TaggedTerm[]): boolean {
  const first = run[0]!;
  return first.tags.includes('Plural') && (run.length > 1 || listedAs(first.text, 'PresentTense'));
}

/**
 * A plural noun compromise read as a verb in the present tense, right before an auxiliary ("Two Norland names have
 * launched …": two finite verbs do not follow each other, so the first is the subject's noun).
 */
function nounReadAsVerb(term: TaggedTerm, next: TaggedTerm | undefined): boolean {
  return term.tags.includes('PresentTense') && /^\p{Ll}+s$/u.test(term.text) && next?.tags.includes('Auxiliary') === true;
}

/** The words from term `k` on are a verb's, perhaps after adverbs and auxiliaries ("quickly", "have", "will"): the phrase before is its subject. */
function subjectOfVerb(terms: readonly TaggedTerm[], k: number): boolean {
  let i = k;
  while (i < terms.length && (terms[i]!.tags.includes('Adverb') || terms[i]!.tags.includes('Auxiliary'))) i++;
  return i > k ? terms[i - 1]!.tags.includes('Auxiliary') || terms[i]?.tags.includes('Verb') === true : terms[i]?.tags.includes('Verb') === true;
}

/**
 * A place written as the home of a body or a person the sentence names, not where the happening was nor a state that
 * takes part: set off after the name ("acquired Quanta Bancorp <QBC>, Pella, Ohio", "Ann Vell of Delmar Realty, West
 * Pella, Conn., bought", "<Velmar PLC>, of Pella, agreed", "Quanta SpA of Norland and Zorbix Inc", "Police in Zorbia
 * questioned Ms Vell, 41, from south Pella": Zorbia stays, where it happened), after a unit's
 * noun ("sold its subsidiary in Pella, Ohio": UNIT_NOUNS) or a participle of where a body sits ("a firm based in
 * Pella", "the Pella-based agency": HOME_PARTICIPLES). Not a place that opens a list of places after the name
 * ("talks between Zorbix Inc, Norland and Zorbia": the next name, a place, follows with "and" or a comma), nor one
 * set off by a comma alone that "and" follows ("talks between Zorbix Inc, Norland, and Velmar Corp": a list of parties), nor one
 * with a possessive ("Zorbix Inc, Norland's biggest bank"). `others` are the sentence's names (each with the type its
 * reader gave). Kept as the event's `alsoNamed`, as pieces are.
 */
export function namesHome(sentence: Sentence, mention: Spanned, type: EntityType, others: readonly (Spanned & { type: EntityType })[]): boolean {
  if (type !== 'place') return false;
  const { before, after } = around(sentence, mention);
  if (HOME_BEFORE.test(before) || HOME_AFTER.test(after)) return true;
  if (/^['’]/.test(after)) return false;
  // (A place after "in" that locates a home place right before it is the same home: "<Quanta Holding Co> of Pella in
  // Norland". evt81.)
  const located = others.find((o) => o.type === 'place' && o.end <= mention.start && IN_BETWEEN.test(textBetween(sentence, o, mention)));
  if (located && namesHome(sentence, located, 'place', others)) return true;
  // (A place after "in", "at" or "near" right after a name of a thing or body that a determiner, a number or an owner
  // opens, "the sale of the Vell Tower Apartments in Pella", "a letter from the Zorbia Embassy in Orlin": where that
  // thing is (LOCATING_PREPOSITIONS). A name with no opener may be the happening's party, the site after it, "sued
  // Quanta Corp in Norland"; a venue, "talks at the Rilmo Hotel in Pella", is where it happened (namesSetting). evt81.)
  if (others.some((o) => o.type !== 'place' && o.end <= mention.start && LOCATED_BETWEEN.test(textBetween(sentence, o, mention))
    && NAME_OPENED.test(sentence.text.slice(0, o.start - sentence.start)) && namesSetting(sentence, o) === undefined)) return true;
  // (The set-off is read between a body's or a person's name and the place, not found by searching back from the
  // place: searched back, it swallowed a bracketed name as if it were a stock code, "<Velmar Airways> of Zorbia". evt81.)
  const gap = others
    .filter((o) => o.type !== 'place' && o.end <= mention.start)
    .map((o) => textBetween(sentence, o, mention))
    .find((between) => SET_OFF_BETWEEN.test(between));
  if (gap === undefined) return false;
  // (Set off by a comma alone, a place with "and" right after is one of a list of parties: "Zorbix Inc, Norland, and
  // Velmar Corp". After "of" it is still the home: "Velmar SpA of Norland and Zorbix Inc".)
  if (/^[\s>]*(?:<[^<>]*>)?\s*,\s*$/.test(gap) && LIST_GOES_ON.test(after)) return false;
  return !opensListOfPlaces(sentence, mention, others);
}

/**
 * A place that says where a thing changing hands is: written right after a common noun and "in", "at" or "near"
 * (LOCATING_PREPOSITIONS), after a word of a sale or a purchase (TRANSFER_WORDS) whose thing that noun heads ("agreed
 * to sell its hotels in Pella", "the acquisition of two mills near Orlin", "its offer to buy the sawmill at Orlin was
 * rejected"). The thing's place, not the happening's: the happening's verb decides. Not where the trigger or a word
 * between builds, opens, closes or expands something at the site ("sold its unit and will build a plant in
 * Pella", "opened an office in Orlin": SITE_WORK_WORDS, the setting), nor after the sale's own word ("sold in Pella",
 * "the sale in Orlin": where it was sold) or a gathering's noun ("sold at a fair in Pella": where it happened). Kept as `alsoNamed`. (evt82.)
 */
export function placeOfThingSold(sentence: Sentence, mention: Spanned, type: EntityType, trigger: string, others: readonly (Spanned & { type: EntityType })[] = []): boolean {
  if (type !== 'place' || SITE_WORK_WORDS.has(trigger.trim().split(/\s+/)[0]?.toLowerCase() ?? '')) return false;
  // (A place listed right after such a place is the thing's too: "three mills in Pella and Orlin".)
  const listedAfter = others.find((o) => o.type === 'place' && o.end <= mention.start && LIST_JOINER.test(textBetween(sentence, o, mention)));
  if (listedAfter && placeOfThingSold(sentence, listedAfter, 'place', trigger)) return true;
  const { before } = around(sentence, mention);
  const m = THING_LOCATED_BEFORE.exec(before);
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  if (TRANSFER_WORDS.has(noun) || GATHERING_HEADS.has(noun)) return false;
  // (The words from the last word of a sale to the thing's noun: none of them builds, opens, closes or expands at the site.)
  const words = before.slice(0, m.index).toLowerCase().split(/[^\p{Ll}]+/u);
  let sale = words.length - 1;
  while (sale >= 0 && !TRANSFER_WORDS.has(words[sale]!)) sale--;
  if (sale < 0 || words.slice(sale + 1).some((w) => SITE_WORK_WORDS.has(w))) return false;
  const at = m.index + m[0].indexOf(m[1]!);
  const term = taggedTerms(sentence.text).find((t) => t.offset.start === at);
  return term !== undefined && term.tags.includes('Noun') && !term.tags.includes('Verb');
}

/** Before a place: a common noun, then "in", "at" or "near", perhaps "the" ("hotels in", "two mills near the"). */
const THING_LOCATED_BEFORE = new RegExp(String.raw`(?:^|\s)(\p{Ll}{3,})\s+(?:${alternation(LOCATING_PREPOSITIONS)})\s+(?:the\s+)?$`, 'u');

/** A verb of speaking right after a name: "… in Pella said", "…, told". */
const SPEAKS_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${alternation(SPEECH_VERBS_AFTER)})\b`);

/** What joins two names of one list: a comma, perhaps with "and" or "or", or "and" or "or" alone. */
const LIST_JOIN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Two names of the sentence next to each other in one list ("Norland, Velia and Zorbia"; "the Pella and Orlin boards";
 * a quoted name's closing quote before the joiner counts for nothing: "the ``Qube Store'' and Qube Club").
 */
export function listedTogether(sentence: Sentence, a: Spanned, b: Spanned): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = textBetween(sentence, first, second).replace(/^\s*(?:''|["”’])/, '');
  return first.end <= second.start && LIST_JOIN.test(between);
}

/**
 * A place after "from" that ends a noun phrase headed by a noun for people or bodies ("took offers from bidders from
 * Norland and Zorbia", "sold the mill to buyers from Zorbia"), or after "in" right before a verb of speaking
 * (SPEECH_VERBS_AFTER: "a spokesman in Pella said", "analysts in Orlin said Zorbix would …"): it says where those
 * people are from or where the speaker is, of the noun's referent, and is neither a party nor where the happening
 * was. Read from the fast tagger's tags (pos-tagger.ts: the word before the preposition a common noun, no verb, no
 * name) and WordNet's nouns for people and groups (person-nouns.json); places joined to the first by "and", "or" or
 * commas go with it (`others`: the sentence's names). Any other "in" after such a noun may tell where the happening
 * was ("met bankers in Pella", "opens talks with the lenders' committee in Orlin tomorrow", "Rebels in Zorbia
 * attacked"): it stays. Not a state's organs
 * (STATE_ORGAN_NOUNS: "officials from Norland" act for it). Kept as the event's `alsoNamed`. (evt67.)
 */
export function placeOfPeople(sentence: Sentence, mention: Spanned, type: EntityType, others: readonly (Spanned & { type: EntityType })[], trigger?: string): boolean {
  if (type !== 'place') return false;
  // (Back over the places listed before this one: "in Norland, Velia and Zorbia".)
  let start = mention.start;
  for (let k = others.length - 1; k >= 0; k--) {
    const o = others[k]!;
    if (o.end > start || o.type !== 'place') continue;
    if (!LIST_JOIN.test(sentence.text.slice(o.end - sentence.start, start - sentence.start))) break;
    start = o.start;
  }
  const before = sentence.text.slice(0, start - sentence.start);
  // (Capitalised where it opens the sentence: "Analysts in Orlin said".)
  const m = /(?:^|\s)(\p{L}\p{Ll}+)\s+(from|in)\s+(?:the\s+)?$/u.exec(before);
  if (!m || STATE_ORGAN_NOUNS.has(m[1]!.toLowerCase()) || !isPersonNoun(m[1]!)) return false;
  const nounAt = m.index + m[0].indexOf(m[1]!);
  const terms = posTerms(sentence.text);
  const k = terms.findIndex((t) => t.offset.start === nounAt);
  const noun = terms[k];
  if (!noun || !noun.tags.includes('Noun') || noun.tags.includes('Verb') || noun.tags.includes('ProperNoun')) return false;
  if (m[2] === 'from') return true;
  // (The one who speaks, "a spokesman in Pella said", "analysts in Orlin said": where the speaker is, not a party.)
  if (SPEAKS_AFTER.test(sentence.text.slice(mention.end - sentence.start))) return true;
  if (trigger === undefined) return false;
  const end = listEnd(sentence, mention, others);
  return peopleOnlyLocated(terms, k, sentence.text.slice(end), trigger, end);
}

/** Where the list of places a mention opens ends, in its sentence's text ("in Norland, Pella and Zorbia"). */
function listEnd(sentence: Sentence, mention: Spanned, others: readonly (Spanned & { type: EntityType })[]): number {
  let end = mention.end;
  for (const o of [...others].filter((x) => x.start >= mention.end).sort((a, b) => a.start - b.start)) {
    if (o.type !== 'place' || !LIST_JOIN.test(sentence.text.slice(end - sentence.start, o.start - sentence.start))) break;
    end = o.end;
  }
  return end - sentence.start;
}

/**
 * Session 47 (evt109): the people's "in" that locates them and not the happening — "hit the profitability of many
 * commercial banks in Norland", "dental services to families of military personnel in Zorbia", "demands from
 * organised labour in Pella": the people's phrase is nested in another, opened by "of", "to", "from", "by" or "for"
 * (PEOPLE_PHRASE_PREPOSITIONS; not "talks with its bankers' committee in Pella", where the talks are), the noun is not
 * the trigger ("a meeting in Pella" is where it met), no verb follows the place and its list ("Rebels in Zorbia
 * attacked": the people act there), and the noun's phrase is not the trigger's object ("met bankers in Pella": where
 * they met) — the trigger stands after the noun, or a verb of its own stands between them.
 */
function peopleOnlyLocated(terms: readonly TaggedTerm[], noun: number, after: string, trigger: string, end: number): boolean {
  const word = terms[noun]!.text.toLowerCase();
  // (Back over the phrase's determiners, numbers, adjectives and nouns to the word that opens it.)
  let open = noun - 1;
  while (open >= 0 && (inNounPhrase(terms[open]!) || terms[open]!.tags.some((t) => t === 'Determiner' || t === 'Value'))) open--;
  if (open < 0 || !PEOPLE_PHRASE_PREPOSITIONS.has(terms[open]!.text.toLowerCase())) return false;
  const head = trigger.toLowerCase().split(/\s+/);
  if (head.includes(word) || head.includes(word.replace(/s$/, ''))) return false;
  const next = terms.find((t) => t.offset.start >= end);
  if (next?.tags.includes('Verb') || /^\s*(?:has|have|had|is|are|was|were|will|would)\b/i.test(after)) return false;
  const at = terms.findIndex((t, i) => i < noun && head[0] !== undefined && t.text.toLowerCase() === head[0]);
  return at < 0 || terms.slice(at + 1, noun).some((t) => t.tags.includes('Verb') && !t.tags.includes('Auxiliary'));
}

/**
 * The places joined after the mention, each by a comma, "and" or "or", make a list ("Norland, Zorbia and Velia"): one
 * of them is joined by "and" or "or". Places joined by commas only locate one another ("Pella, Ohio").
 */
function opensListOfPlaces(sentence: Sentence, mention: Spanned, others: readonly (Spanned & { type: EntityType })[]): boolean {
  const after = others.filter((o) => o.start >= mention.end).sort((a, b) => a.start - b.start);
  let end = mention.end;
  for (const next of after) {
    const joiner = LIST_JOINER.exec(sentence.text.slice(end - sentence.start, next.start - sentence.start));
    if (next.type !== 'place' || !joiner) return false;
    if (joiner[1] !== undefined) return true;
    end = next.end;
  }
  return false;
}

/**
 * The mention, an organisation's, tells again, shorter, a body its sentence named in full before it ("Quanta Bancorp
 * said the board approved the acquisition of Quanta by Velmar Corp"): news writes the full name first and its first
 * word or words after. The resolver may give the short one another body's entity (a "Quanta Corp" of another
 * article); shown, it names someone who took no part. Returns the earlier, full mention (of `others`, the sentence's
 * names with the types their reader gave), which the caller must find among the happening's parties; a short name
 * written first ("Quanta sued Quanta Records") is another party.
 */
export function shortFormOfEarlier<T extends Spanned & { type: EntityType }>(mention: Spanned, type: EntityType, others: readonly T[]): T | undefined {
  if (type !== 'organization') return undefined;
  const short = mention.text.trim();
  return others.find((o) => o.type === 'organization' && o.end <= mention.start && o.text.startsWith(`${short} `));
}

/** Before a place: a unit's noun or a participle of where a body sits, and "in" ("its subsidiary in", "based in"). */
const HOME_BEFORE = new RegExp(String.raw`\b(?:${alternation(UNIT_NOUNS)}|${alternation(HOME_PARTICIPLES)})\s+in\s+(?:the\s+)?$`, 'i');
/** After a place: the participle glued to it ("Pella-based"). */
const HOME_AFTER = new RegExp(String.raw`^-(?:${alternation(HOME_PARTICIPLES)})\b`, 'i');
/** Between a name and a place: a preposition of where a thing is, perhaps "the" ("Apartments in Pella"). */
const LOCATED_BETWEEN = new RegExp(String.raw`^\s+(?:${alternation(LOCATING_PREPOSITIONS)})\s+(?:the\s+)?$`);
/** Before a name: a determiner, a number or an owner opening the noun phrase it is written in ("the", "five", "Zorbia's"). */
const NAME_OPENED = new RegExp(String.raw`(?:\b(?:${alternation(APPOSITION_OPENERS)}|${alternation(NAME_NUMBERS)})|\d[\d,.]*|['’]s?)\s+$`, 'iu');
/** Between two places, the later one locating the earlier: "in", perhaps "the" ("Pella in Norland", "in the U.S."). */
// One fixed preposition stays inline, as "in" in HOME_BEFORE: lists of words live in the lexicon (tests/lexicon.test.ts).
const IN_BETWEEN = /^\s+in\s+(?:the\s+)?$/;
/** A name's stock code in angle brackets or its short form in brackets (`SET_OFF_BETWEEN`). */
const CODE_OR_SHORT_FORM = String.raw`(?:\s*<[^<>]*>|\s*\([^()]{1,12}\))?`;
/**
 * Between a name and a place that sets off its home, the whole text between them: perhaps the name's closing
 * bracket, a stock code or the name's short form in brackets ("Zorbix Holdings Ltd (ZHL) of Norland": evt81), a comma
 * and "of" (", of"), or "of" alone ("Quanta SpA of Norland"); or a comma, perhaps an age, and "from" and perhaps a word
 * of which part ("questioned Ms Vell, 41, from south Pella").
 */
const SET_OFF_BETWEEN = new RegExp(String.raw`^(?:>?${CODE_OR_SHORT_FORM}\s*,\s*(?:of\s+)?|>?${CODE_OR_SHORT_FORM}\s+of\s+|,(?:\s*\d{1,3}\s*,)?\s*from\s+(?:\p{Ll}+\s+)?)$`, 'u');
/** "and" or "or" right after a name, perhaps after a comma: the name is one of a list. */
const LIST_GOES_ON = /^\s*,?\s*(?:and|or|&)\s/i;
/** What joins places of one list: a comma, "and" or "or". */
const LIST_JOINER = /^\s*,?\s*(?:(and|or)\s+)?(?:the\s+)?$/;

/**
 * A name of no body's shape (no word of ORG_HEADS: "Swift Kestrel Glider") qualifying a work's noun after it,
 * perhaps past its short form ("the Swift Kestrel Glider (SKG) project", "the Kestrel Creek project"): the
 * work's name, read as a body by its capitals. A firm's name there ("the Zorbix Corp project") is its owner, a party.
 */
function namesWorkAfter(text: string, after: string): boolean {
  const noun = WORK_NOUN_AFTER.exec(after)?.[1];
  return noun !== undefined && WORK_HEADS.has(noun) && !text.split(/\s+/).some((w) => ORG_HEADS.has(w));
}

/** A lower-case noun right after a name, perhaps past its short form in brackets ("(SKG) project"). */
const WORK_NOUN_AFTER = /^(?:\s*\([^()]{1,12}\))?\s+(\p{Ll}+)\b/u;

/**
 * The word after the name is a verb with its object after it: a determiner or possessive follows ("marks the day"),
 * or a noun phrase of a modifier and a plural noun in lower case ("pounds rebel positions"), where a currency is
 * followed by its verb or a preposition ("marks fell", "marks in Pella").
 */
function verbBeforeObject(after: string): boolean {
  const third = /^\s+[\p{L}.]+\s+([\p{L}]+)/u.exec(after)?.[1];
  if (third === undefined) return false;
  if (OBJECT_FILLERS.has(third.toLowerCase())) return true;
  const [, modifier, plural] = taggedTerms(after.trim());
  return modifier !== undefined && inNounPhrase(modifier) && /^\p{Ll}+s$/u.test(plural?.text ?? '');
}

/**
 * The mention names an illness, whatever type the name reader gave it: its last word heads an illness's name
 * (ILLNESS_HEADS: "Bronchitis ruled Ann Lee out", "Lyme Disease"), or it follows a cue of one ("diagnosed with
 * Hodgkin's", ILLNESS_CUES). An illness is what befell someone, not who did something or to whom.
 */
function namesIllness(text: string, before: string): boolean {
  return ILLNESS_HEADS.has(text.split(/\s+/).at(-1)!.toLowerCase()) || ILLNESS_BEFORE.test(before);
}

const ILLNESS_BEFORE = new RegExp(String.raw`\b(?:${alternation(ILLNESS_CUES)})\s+$`, 'i');
/**
 * An illness's noun in lower case right before a name, after a determiner and perhaps modifiers ("a rare goat
 * fever Vellpest", "a virus Qorbic"): the name is in apposition to it, the illness's own (ILLNESS_HEADS). A person's
 * name there is someone the illness struck ("the flu Ann Lee caught"): it stays, as the caller asks.
 */
const ILLNESS_NOUN_BEFORE = new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${alternation(ILLNESS_HEADS)})\s+$`, 'u');

/** Nothing but the dateline, quotes or brackets before the mention in its sentence. */
function atSentenceStart(sentence: Sentence, before: string): boolean {
  return /^[\s"“'‘(]*$/.test(before.slice(Math.min(before.length, datelineLength(sentence.text))));
}

/**
 * The mention names where the happening was, not who did it or to whom: a building or gathering after "at" or "in"
 * ("introduced the Qube at the Zorbix Expo", "sacked its coach at the Rilmo Hotel"; MEANTIME annotates such a setting
 * ArgM-LOC, not Arg0 / Arg1) — `venue`: no party shown on the event's page, whatever type its page has; the event
 * keeps it as its place in `alsoNamed` (graph.json `alsoNamed`), as it keeps pieces of names. A court there ("lost its
 * case in the High Court") is also the body that rules (COURT_HEADS) — `court`: it stays a participant, as the
 * happening's place.
 */
export function namesSetting(sentence: Sentence, mention: Spanned): 'venue' | 'court' | undefined {
  const { before } = around(sentence, mention);
  if (!SETTING_BEFORE.test(before)) return undefined;
  const head = mention.text.split(/\s+/).at(-1)!.toLowerCase();
  return COURT_HEADS.has(head) ? 'court' : SETTING_HEADS.has(head) ? 'venue' : undefined;
}

/**
 * The mention is the opponent in a contest a phrase of time or setting names ("was banned for a kick in a match
 * against Norland", "appointed Tom Quill as caretaker for the friendly against Zorbia": CONTEST_NOUNS): the occasion
 * only says when or where, and its opponent took no part in the ban or the appointment. Only after the trigger, and
 * not where the contest's noun is the trigger itself, the happening told. Kept as the event's `alsoNamed`.
 */
export function opponentOfOccasion(sentence: Sentence, mention: Spanned, trigger: string): boolean {
  const { before } = around(sentence, mention);
  const occasion = OCCASION_AGAINST.exec(before);
  // (The phrase qualifies the trigger told before it; an article's news with no trigger, a match's result, is the contest.)
  const at = trigger.trim() === '' ? -1 : before.indexOf(trigger.trim());
  return occasion !== null && at >= 0 && at < occasion.index && occasion[1]!.toLowerCase() !== trigger.trim().split(/\s+/)[0]?.toLowerCase();
}

/** A preposition of time or setting, a determiner or possessive, modifiers and a contest's noun, then "against". */
const OCCASION_AGAINST = new RegExp(String.raw`\b(?:${alternation(OCCASION_PREPOSITIONS).replace(/ /g, String.raw`\s+`)})\s+(?:${alternation(OCCASION_DETERMINERS)}|[\p{Lu}][\p{L}'’-]*['’]s?)\s+(?:[\p{L}\d-]+\s+){0,3}?(${alternation(CONTEST_NOUNS)})\s+against\s+(?:the\s+)?$`, 'iu');

/** "at" or "in" and perhaps a determiner or possessive before a name: where something is ("at the", "in its"). */
const SETTING_BEFORE = /\b(?:at|in)\s+(?:(?:the|its|their|his|her|this\s+year['’]s)\s+)?$/i;
/** A building's or gathering's head ending a name: after SETTING_BEFORE, the name is a happening's setting. */
const SETTING_HEADS = new Set([...FACILITY_HEADS, ...GATHERING_HEADS]);

/**
 * The mention only reports the happening its sentence tells, as the one who says it: a news outlet ("…, the official
 * daily Zorbia Matin reported.", "…, the Quanta News Agency said.", "The Miro Times reported that …"), or the body
 * whose spokesman, manager or official closes the sentence by saying it ("…, a syndicate manager for Miro Bank said.")
 * — `press` or `for-body` — or the one it is told to (`hearer`). An outlet is the source of what it reports (as "according to" names one); a body speaking
 * through someone in a closing report may still be the one the news is about, so the caller keeps it when the
 * happening names no one else. MEANTIME annotates the teller as the Arg0 of the saying, never of what is said.
 */
export function onlyReports(sentence: Sentence, mention: Spanned): 'press' | 'for-body' | 'hearer' | undefined {
  const { before, after } = around(sentence, mention);
  if (HEARER_BEFORE.test(before) && !DIRECTIVE_AFTER.test(after)) return 'hearer';
  const closing = CLOSING_REPORT_BEFORE.exec(before);
  const dateline = datelineLength(sentence.text);
  const opening = before.length >= dateline ? OPENING_REPORT_BEFORE.exec(before.slice(dateline)) : null;
  const byClosing = closing !== null && REPORT_CLOSES_AFTER.test(after);
  const told = byClosing ? closing[1]! : opening && REPORT_OPENS_AFTER.test(after) ? opening[1]! : undefined;
  if (told === undefined) {
    if (titledTeller(before, after)) return 'for-body';
    // A short form set off after the teller's name ("the Westdeutsche Landesbank, WestLB, said") reports as it does.
    const full = SHORT_FORM_AFTER.exec(before);
    if (!full || !/^\s*[,)]/.test(after)) return undefined;
    const start = sentence.start + full.index;
    return onlyReports(sentence, { start, end: start + full[1]!.length, text: full[1]! });
  }
  // An outlet telling of its own act ("The Miro Times said it would cut 200 jobs") is the one the news is about.
  if (!byClosing && OWN_ACT_AFTER.test(after)) return undefined;
  if (pressOutlet(told, mention.text, after)) return 'press';
  return (byClosing && (FOR_BODY.test(told) || TITLED_REPORTER.test(told))) || titledTeller(before, after) ? 'for-body' : undefined;
}

/**
 * A titled teller closing the report in a shape the closing reading above misses (src/resolve/party-shapes.json
 * `titledTellers`, each with its reason: ", said lead manager Miro Ltd.", ", said Miro Ltd as lead manager.", ", Miro Ltd
 * said as arranger.", ", joint lead managers Miro SA and Quanta AG said."): it speaks for the report, a party only when
 * the happening names no one else, as `for-body`.
 */
function titledTeller(before: string, after: string): boolean {
  return partyShapes().tellers.some((s) => s.before.test(before) && s.after.test(after));
}

/**
 * The mention is an owner named in an apposition after the body it owns ("Quanta Funding Corp, a unit of Quanta
 * Financial Corp,": src/resolve/party-shapes.json `ownersInApposition`, each with its reason): it says whose that body
 * is and takes no part (session 52, evt126: issue 19's describing names). Not where the owned body is what a word of a
 * sale or a purchase hands over (TRANSFER_WORDS, no "to", "from", "by" or "with" between: "Miro bought Zorbix, a unit
 * of Quanta": the owner sells it); the owner of a buyer or a seller ("sold its division to Zorbix, a unit of Quanta")
 * only says whose that one is.
 */
export function ownerInApposition(sentence: Sentence, mention: Spanned): boolean {
  const { before } = around(sentence, mention);
  for (const shape of partyShapes().owners) {
    const at = before.search(shape.before);
    if (at >= 0) return ownerTakesNoPart(before.slice(0, at).toLowerCase(), shape.partners);
  }
  return false;
}

/** The owned body's words before the apposition hold no word of a sale, or one with a partner word after it. */
function ownerTakesNoPart(owned: string, partners: ReadonlySet<string>): boolean {
  const words = owned.split(/[^\p{Ll}]+/u);
  let sale = words.length - 1;
  while (sale >= 0 && !TRANSFER_WORDS.has(words[sale]!)) sale--;
  return sale < 0 || words.slice(sale + 1).some((w) => partners.has(w));
}

interface PartyShape { name: string; before: string; after?: string; units?: string[]; partners?: string[]; reason: string }
interface CompiledShape { name: string; before: RegExp; after: RegExp; partners: ReadonlySet<string> }
let compiledShapes: { tellers: CompiledShape[]; owners: CompiledShape[] } | undefined;

/** The shapes of src/resolve/party-shapes.json, `{ROLE}` and `{UNIT}` spelt out from the lexicon's lists, read once. */
function partyShapes(): { tellers: CompiledShape[]; owners: CompiledShape[] } {
  if (compiledShapes) return compiledShapes;
  const data = shippedJson(new URL('./party-shapes.json', import.meta.url)) as { titledTellers: PartyShape[]; ownersInApposition: PartyShape[] };
  const compile = (s: PartyShape): CompiledShape => {
    const units = alternation([...UNIT_NOUNS, ...(s.units ?? [])]).replace(/ /g, String.raw`\s+`);
    const spell = (source: string) => new RegExp(source.replaceAll('{ROLE}', alternation([...REPORTER_ROLES])).replaceAll('{UNIT}', units), 'iu');
    return { name: s.name, before: spell(s.before), after: spell(s.after ?? ''), partners: new Set(s.partners) };
  };
  compiledShapes = { tellers: data.titledTellers.map(compile), owners: data.ownersInApposition.map(compile) };
  return compiledShapes;
}

/**
 * "told" right before the name: the one the report is told to ("…, a spokesman told Quanta News.", "Miro told the
 * Assembly that …") hears it and takes no part in what is told (MEANTIME's Arg0 is the teller, never the hearer).
 */
const HEARER_BEFORE = /\btold\s+(?:the\s+)?$/i;
/** "told X to …": an order or a plea, whose hearer is the one asked to act ("urged X to", "told X to"): a party. */
const DIRECTIVE_AFTER = /^\s+to\s+\p{L}/u;
/** After a comma (a closing report's start), perhaps a determiner, and up to five words before the name. */
const CLOSING_REPORT_BEFORE = /,["”]?\s+(?:(?:the|a|an|its)\s+)?((?:[\p{L}.'’-]+\s+){0,5})$/u;
/** A name and a comma or bracket right before a name: the later one may be its short form. */
const SHORT_FORM_AFTER = /(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*)*)\s*[,(]\s*$/u;
/** At the body's start: perhaps quotes and a determiner, and up to three words before the name. */
const OPENING_REPORT_BEFORE = /^[\s"“(]*(?:(?:the|a|an)\s+)?((?:[\p{L}.-]+\s+){0,3})$/iu;
/** After an opening teller's name: the reporting verb and a pronoun that is the teller again ("said it would", "said its"). */
const OWN_ACT_AFTER = new RegExp(String.raw`^[^.;]{0,40}?\b(?:said|says|reported|reports)\s+(?:that\s+)?(?:it|its|they|their)\b`, 'iu');
/** An outlet's cue after its name ("the Zorbia news agency said"). */
const PRESS_AFTER = String.raw`(?:\s+(?:news|press)\s+agency|\s+(?:${[...PRESS_NOUNS].join('|')}))?`;
const REPORT_VERB = String.raw`(?:said|says|reported|reports|quoted|told)`;
/** After the name: perhaps its short form or an outlet's cue, the reporting verb, a few words and the sentence's end. */
const REPORT_CLOSES_AFTER = new RegExp(String.raw`^(?:\s*,\s*\p{Lu}[\p{L}\d.&'’-]*\s*,|\s*\([^()]{1,20}\))?${PRESS_AFTER}\s+${REPORT_VERB}\b(?:\s+[\p{L}\d.'’-]+){0,5}\s*[.]?\s*["”]?\s*$`, 'u');
/** After the name at the body's start: an outlet's cue and the reporting verb, what it reports after. */
const REPORT_OPENS_AFTER = new RegExp(String.raw`^${PRESS_AFTER}\s+${REPORT_VERB}\b`, 'u');
/**
 * The words right before a closing report's teller: its title as one who only reports ("…, lead manager Miro Bank
 * said", "…, spokesman Ann Vell said"; session 41, evt91: the train builds' bond ledes whose manager the
 * name reader typed as a place or whose issuer as a person, so that extraction's reporter rule missed it). As `for-body`,
 * a party only when the happening names no one else.
 */
const TITLED_REPORTER = new RegExp(String.raw`\b(?:${[...REPORTER_ROLES].join('|')})\s+$`, 'i');
/** The words before a body's name in a closing report: one who speaks for it ("a syndicate manager for the"). */
const FOR_BODY = new RegExp(String.raw`\b(?:${[...REPORTER_ROLES].join('|')})\s+(?:for|at|of|with)\s+(?:the\s+)?$`, 'i');

/** A news outlet by the words before its name, its name's end, or the word after it ("the Tass news agency"). */
function pressOutlet(wordsBefore: string, name: string, after: string): boolean {
  // The noun right before the name says what it is ("the official daily"); one further back may head another phrase
  // ("a television executive at").
  // (A capitalised possessive right before the name opens the name itself, cut off by the name reader: "the trade
  // paper Vell's Motor Reports said" — the noun before it says what the whole is.)
  const nounBefore = wordsBefore.trim().replace(CUT_POSSESSIVE_END, '').toLowerCase().split(/\s+/).at(-1) ?? '';
  if (/\b(?:news|press)\s+agency\s*$/i.test(wordsBefore) || PRESS_NOUNS.has(nounBefore)) return true;
  const own = name.trim().split(/\s+/);
  const last = own.at(-1)!;
  if (PRESS_NAME_ENDS.has(last) || (last === 'Agency' && own.length > 1 && PRESS_NAME_ENDS.has(own.at(-2)!))) return true;
  return PRESS_NOUN_REPORTS_AFTER.test(after);
}

/** A capitalised possessive word ending the words before a name ("Vell's"): the name's own first word. */
const CUT_POSSESSIVE_END = /\s*\p{Lu}[\p{L}-]*['’]s$/u;

/** An outlet's cue and the reporting verb right after a name ("Tass news agency said", "Pella Matin daily reported"). */
const PRESS_NOUN_REPORTS_AFTER = new RegExp(String.raw`^\s+(?:(?:news|press)\s+agency|${[...PRESS_NOUNS].join('|')})\s+${REPORT_VERB}\b`, 'i');

/** A currency sign right after a name: "US$ 49", "A$10 mln", "HK$": the name tells whose dollar, no party. */
const CURRENCY_SIGN_AFTER = /^\$/;

/** A possessive or a determiner and up to two lower-case words, after "of" and a noun of FINER_THING_NOUNS (case
 * kept: a capitalised word there opens the name itself, "a version of Zorbix Qube"). */
const AFTER_FINER_THING = new RegExp(String.raw`\b(${[...FINER_THING_NOUNS].join('|')})\s+of\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$`);

/**
 * A thing named after "a version of", "the latest iteration of" ("launched a 3G version of its Qube device") is the
 * family of the finer thing that takes part, not a party itself. The finer one's own name may follow in apposition
 * ("…, the Qube 3GS"), and stays. A possessive is the maker's ("a new version of Zorbix's Qube"): it stays.
 */
function familyOfFinerThing(before: string, after: string): boolean {
  return AFTER_FINER_THING.test(before) && !/^['’]s?\b/.test(after);
}

/** The sentence's text from the end of `earlier` to the start of `later` (two of its names, `earlier` first). */
function textBetween(sentence: Sentence, earlier: Spanned, later: Spanned): string {
  return sentence.text.slice(earlier.end - sentence.start, later.start - sentence.start);
}

/**
 * The word after a name is a noun it qualifies ("Eurobond issue", "Euroyen loan"), not the name's verb ("the Shuffle
 * was introduced": a product named by an ordinary word stays).
 */
function modifiesNoun(next: string): boolean {
  return /^\p{Ll}{3,}$/u.test(next) && !AUXILIARIES_AFTER.has(next) && !FUNCTION_WORDS_LOWER.has(next) && !/(?:ed|ing)$/.test(next);
}

const FUNCTION_WORDS_LOWER = new Set([...FUNCTION_WORDS].map((w) => w.toLowerCase()));

function around(sentence: Sentence, mention: Spanned): { before: string; after: string } {
  return { before: sentence.text.slice(0, Math.max(0, mention.start - sentence.start)), after: sentence.text.slice(mention.end - sentence.start) };
}

/** A participant's resolved name and type, as the alias test reads them. */
export interface NamedParty { name: string; type: EntityType | undefined }

/**
 * `short` names, in the same happening, the party `long` names in full: one entity twice on the page where the
 * resolver kept two ("National Bank" and "Swiss National Bank", "Thiokol" and "Morton Thiokol Inc", "Reagan" and
 * "Ronald Reagan", "Falks" and "Helmut Falk", "FCC" and "Federal Communications Commission", "Conservative" and "Conservatives"). The short
 * name ends the long one (its legal form aside), or it is the long one's initials, or its plural. A name that starts
 * a longer one is another party ("Apple", "Apple Corps"), as is a place inside another name ("Japan", "Bank of
 * Japan"; "Africa", "South Africa"): the types must agree and be no place's, except that a person's name ending a
 * firm's ("Thiokol", "Morton Thiokol Inc") is the firm. The short one is kept as the
 * event's `alsoNamed`.
 */
export function namedTwice(short: NamedParty, long: NamedParty): boolean {
  const a = nameWords(short.name);
  const b = nameWords(long.name);
  if (a.length === 0 || a.length > b.length) return false;
  const singular = (ws: string[]) => ws.map((w) => w.replace(/s$/, ''));
  if (a.length === b.length) return a.join(' ') !== b.join(' ') && singular(a).join(' ') === singular(b).join(' ');
  // A surname told again alone is the person named in full, whatever type the name reader gave one word, which has
  // no shape to type it by ("Falk", or with a slip "Falks", of "Helmut Falk").
  if (a.length === 1 && long.type === 'person' && short.type !== 'place' && singular(a)[0] === singular(b.slice(-1))[0]) return true;
  const typesAgree = short.type === long.type || (long.type === 'organization' && short.type === 'person');
  if (!typesAgree || short.type === 'place') return false;
  // The short name ends the long one, before its legal form: the long one adds only what tells which ("Swiss").
  const head = b.at(-1) && LEGAL_FORMS_LOWER.has(b.at(-1)!) ? b.slice(0, -1) : b;
  // Initials with or without the legal form ("IP" of "International Paper Co", "POB" of "Post Office Bank Ltd"); a
  // dotted abbreviation gives all its letters ("NZFP" of "N.Z. Forest Products Ltd").
  if (a.length === 1 && /^\p{Lu}{2,5}$/u.test(short.name.trim()) && (a[0] === initialsOf(b) || a[0] === initialsOf(head))) return true;
  return a.length < head.length && a.every((w, k) => w === head[head.length - a.length + k]);
}

function initialsOf(words: string[]): string {
  return words.filter((w) => !NOT_INITIALS.has(w)).map((w) => (/^(?:\p{L}\.)+\p{L}$/u.test(w) ? w.replace(/\./g, '') : w[0])).join('');
}

const LEGAL_FORMS_LOWER = new Set([...LEGAL_FORMS].map((w) => w.toLowerCase()));

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '').replace(/['’]s$/, '')).filter(Boolean);
}

/**
 * `long` names, with the place it is of, the body `short` names ("Quantex Aluminium Co of Zorbia" and "<Quantex
 * Aluminium Co Ltd>" in one happening): both organisations, and the long name before its closing "of …" has the
 * short one's key as the resolver makes keys (normalizeName: legal forms, case, stops aside: `bareKey`), that key two
 * words or more ("Bank" is not "Bank of Zorbia", nor "Quantex Inc" its "Quantex Co of Zorbia"). Not when a sentence of
 * the happening (`quotes`) writes the long one as a part of another body, "its …" or with a unit's noun ("its Quantex
 * of Zorbia unit", ", its 60 pct-owned affiliate", ", a 51 pct owned subsidiary": UNIT_NOUNS): a firm's unit of a
 * country is another party. The short one is kept as the event's `alsoNamed`, as namedTwice's.
 */
export function ofPlaceAgain(short: NamedParty, long: NamedParty, quotes: readonly string[]): boolean {
  if (short.type !== 'organization' || long.type !== 'organization') return false;
  const base = OF_PLACE.exec(long.name.trim())?.[1];
  const key = bareKey(short.name);
  if (base === undefined || !/\s/.test(key) || bareKey(base) !== key) return false;
  const name = escapeRegExp(long.name.trim());
  const units = [...UNIT_NOUNS].join('|');
  const asUnit = new RegExp(String.raw`\bits\s+(?:[\p{L}-]+\s+){0,2}${name}|${name}\s*,?\s+(?:${units})\b|${name}\s*,\s+(?:a|an|the|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:${units})\b`, 'iu');
  return !quotes.some((q) => asUnit.test(q));
}

/** The resolver's key with every legal form gone, however many are stacked ("Quantex Co Ltd" is "quantex"). */
function bareKey(name: string): string {
  let key = normalizeName(name);
  for (let next = normalizeName(key); next !== key; next = normalizeName(key)) key = next;
  return key;
}

/** A body's name closed by "of" and a capitalised name ("Quantex Aluminium Co of Zorbia", "… of the Zorbian Isles"). */
const OF_PLACE = /^(.+?)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;
