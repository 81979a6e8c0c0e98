/** Whether a clause title is one a reader understands alone: its subject opens it and the happening is its verb. */
import { describesNounBefore } from '../../extract/participle.ts';
import { taggedTerms } from '../../extract/nlp.ts';
import { alternation, COUNT_OPENERS, NO_SUBJECT_OPENERS, PARTICIPLE_AUXILIARIES, SPEECH_VERBS_AFTER, STAND_IN_NOUNS, STAND_IN_SUBJECTS, STANDING_ALONE } from '../../extract/lexicon.ts';
import { SUBJECTLESS } from './clause-words.ts';

/**
 * A title that does not open with its subject: a preposition or conjunction ("Of the 116 papers presented …"), a
 * pronoun with no name to stand for ("It also introduced …"), a connective, a verb or an adverb (SUBJECTLESS), a
 * gerund ("Looking forward, …"), a demonstrative or a quantifier standing alone for what came before ("This was
 * rejected …", "Some had looked to …"; "That lawsuit was settled", "Some 300 fans protested" have their noun).
 */
const NO_SUBJECT = new RegExp(`^(?:${alternation(NO_SUBJECT_OPENERS)}|the (?:${alternation(STAND_IN_SUBJECTS)})|[a-z]+ing|` +
  `(?:${alternation(STANDING_ALONE)})(?=\\s+(?:is|was|were|are|has|have|had|will|would|could|can|may|might|\\w+ed)\\b))\\b`, 'i');

/** A subject that is a count: "At least 82 people were killed", "About 200 workers marched". */
const COUNTED_SUBJECT = new RegExp(`^(?:${alternation(COUNT_OPENERS)})\\s+\\d`, 'i');

/**
 * A clause title a reader understands: it opens with its subject (a name or a noun phrase) and the happening is its
 * verb ("the storm killed about 2,000 people", "Quanta has unveiled its new jet"), not a noun naming a state, a belief
 * or a forecast ("Millers have been making record profits", "will give its verdict", "has a presence due to
 * its acquisition"): who did what to whom, as a headline tells it. Read with compromise's tagger.
 */
export function readableClause(title: string, trigger: string): boolean {
  if (!title || (NO_SUBJECT.test(title) && !COUNTED_SUBJECT.test(title)) || SUBJECTLESS.test(title.charAt(0).toLowerCase() + title.slice(1))) return false;
  const triggerAt = title.toLowerCase().indexOf(trigger.toLowerCase());
  if (namesByStandIn(title, trigger, triggerAt) || toldBefore(title, triggerAt)) return false;
  const word = trigger.split(/\s+/)[0]!.toLowerCase();
  const terms = taggedTerms(title);
  const at = terms.findIndex((t) => t.text.toLowerCase() === word);
  // A clause that opens with its verb has lost its subject ("Ranks countries according to …").
  if (at <= 0 || (terms[0]!.tags.includes('Verb') && !terms[0]!.tags.includes('Noun'))) return false;
  // A comma between the subject and the happening: the happening is told in an apposition or a relative clause ("Mr
  // Saakashvili, elected president in January", "The Mini, which was launched last spring"), not as the clause's verb.
  if (terms.slice(0, at).some((t) => /,/.test(t.post ?? ''))) return false;
  // A participle after its noun, with its agent ("Figures released by the Cabinet Office showed …"), describes the
  // noun (a reduced relative clause): the clause's own verb comes later.
  const before = terms[at - 1]!.text.toLowerCase();
  if (/(?:ed|en)$/.test(word) && terms[at + 1]?.text.toLowerCase() === 'by' && !PARTICIPLE_AUXILIARIES.has(before)) return false;
  // So does a verb without its agent, read by the participle model (TimeML-trained, src/extract/participle.ts): "a
  // mural showing miners digging coal", "an order approving extra funds". The happening is the
  // noun's description, not what the clause tells.
  if (terms[at]!.tags.includes('Verb')) return !describesNounBefore(title, triggerAt);
  // A noun of a happening done in the past, told in the passive: "A similar suit was filed", "That lawsuit was
  // settled in 1991", "the first Macintosh was released". A present ("is set to begin", "is explained") is not.
  const next = terms.slice(at + 1, at + 4).map((t) => t.text.toLowerCase());
  return /^(?:was|were|(?:has|have|had) been) (?:\w+ly )?\w+(?:ed|en|wn|ld|ght|id)\b/.test(next.join(' '));
}

/** "the unit", "the merger", "this company" — not "the sale of Yugansk": a noun standing for what an earlier sentence named. */
const STAND_IN = new RegExp(String.raw`^(?:the|this|that)\s+(?:${[...STAND_IN_NOUNS].join('|')})\b(?!\s+of\b)`, 'i');

/**
 * The title's subject, or the object right after its trigger, is a noun standing for a name told before ("The merger
 * was announced …", "Zorbix bought the unit for $2.1bn", "Lee sued the company"): read alone, as a title is, it
 * does not say what happened to whom. (A trigger that holds the noun, "left the company", is its own.)
 */
function namesByStandIn(title: string, trigger: string, at: number): boolean {
  return STAND_IN.test(title) || (at >= 0 && STAND_IN.test(title.slice(at + trigger.length).trimStart()));
}

const SPEECH_VERB = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS_AFTER].join('|')})\b`, 'i');

/**
 * The title tells its happening through someone's telling of it ("City police told the press the three
 * detained"): read alone, its clause is the telling, not what happened.
 */
function toldBefore(title: string, at: number): boolean {
  return at > 0 && SPEECH_VERB.test(title.slice(0, at));
}
