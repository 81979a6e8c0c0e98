/** The patterns a clause is read by (its lead, its pronoun subject, a verb opening it): clause titles and readableClause share them. */
import { taggedTerms } from '../../extract/nlp.ts';
import { alternation, CONNECTIVES, STAND_IN_SUBJECTS } from '../../extract/lexicon.ts';

/** A word that links a sentence to the one before it, not part of what happened: "But", "However,", "In addition,". */
export const CONNECTIVE = new RegExp(`^(?:(?:${alternation(CONNECTIVES)})\\b,?\\s+)`, 'i');

/**
 * A phrase set before the subject and closed by a comma: a preposition or a participle opening it ("Following the
 * accord,", "During 1986,", "Presenting the budget on Saturday,", "For the year ended May 31, 1985,"), then a
 * subject (a capitalised word or "the").
 */
export const INTRODUCTION = /^(?:(?:in|on|at|for|during|after|before|following|since|by|as|with|under|despite|amid|earlier|later|late|last|on behalf of|in a [\w ]+|[A-Z][a-z]+ing)\b[^,;:]{0,90}?(?:,\s*\d{4})?,\s+)(?=(?:the\s+)?[A-Z\d])/i;

/** A date set before the subject without a comma: "In 1986 he bought Pixar", "in 1984 the first Macintosh was …". */
export const DATE_INTRODUCTION = /^(?:in|on|by|during|since)\s+(?:the\s+)?(?:(?:late|early|mid)[\s-]+)?(?:\d{4}(?:['’]?s)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\s+(?=\S)/i;

/**
 * A pronoun, or a noun that stands for a company named before ("The firm", "The company"), as the subject of a
 * title's clause: "It said …", "They also held talks", "The firm launched …". A title is read alone: it needs the name.
 */
export const PRONOUN_SUBJECT = new RegExp(`^(?:it|he|she|they|the (?:${alternation(STAND_IN_SUBJECTS)}))(?=\\s+(?!(?:is|was)\\s+(?!\\w+ing\\b))[a-z])`, 'i');

/**
 * An age after a name: "Jeffrey Royer, 41, fed …". Before an apposition ("Mr Lorvan, 31, a bank clerk, was
 * arrested") its comma is kept, so that the apposition is still read as one and left out of the title.
 */
const AGE_APPOSITION = /(\b\p{Lu}[\p{L}'’-]*),\s+\d{1,3},(?=\s)(\s+(?:a|an|the|his|her|its|their)\s)?/gu;
export const withoutAge = (text: string) => text.replace(AGE_APPOSITION, (_, name: string, apposition?: string) => (apposition ? `${name},${apposition}` : `${name} `));

/** The name a relative clause opened by ", which" is about: "… linked to Bank One, which …". */
export const NAME_BEFORE_WHICH = /((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,4}\p{Lu}[\p{L}\d&'’.-]*),$/u;

/** The name a relative clause opened by "who" or "which" is about, with a comma or dash before it: "… Mr Lane - who …". */
export const NAME_BEFORE_RELATIVE = /((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,4}\p{Lu}[\p{L}\d&'’.-]*)\s*(?:,|\s[-–—])$/u;


/** An auxiliary of the passive right before the verb: "that were sued", "which has been bought". */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/i;

/** Whether the text ends with a noun ("the number of banks"), which a "that" after it then describes. */
export function nounEnds(text: string): boolean {
  const last = taggedTerms(text.split(/\s+/).slice(-4).join(' ')).at(-1);
  return last !== undefined && last.tags.includes('Noun') && !last.tags.includes('Verb');
}

/** A time told between a relative pronoun and its verb: "which this morning introduced", "who yesterday resigned". */
export const TIME_BEFORE_VERB = String.raw`(?:this|last|earlier this) (?:morning|afternoon|evening|night|week|month|year)\s+|yesterday\s+|today\s+`;

/** A clause that starts with a verb or an adverb, not a subject, perhaps after a time ("which this morning introduced"). */
export const SUBJECTLESS = new RegExp(String.raw`^(?:${TIME_BEFORE_VERB})?(?:was|were|is|are|am|be|been|has|have|had|would|will|could|can|may|might|must|should|did|does|do|also|then|later|[a-z]+ed|[a-z]+ly|knew|said|says|told|took|made|gave|went|saw|began|won|lost|met|held|left|sent|set|put|led|got|came)\b`);
