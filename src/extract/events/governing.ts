/** The verb that governs a trigger noun and what it says of it: a state, something not asserted, something to come. */
import type { TaggedTerm } from '../nlp.ts';
import { posTerms } from '../pos-tagger.ts';
import { assertionOf } from '../assertion.ts';
import { tellsState } from '../state.ts';
import { toldAsOngoing } from '../tense.ts';

/** A word as compromise tags it, with its offset in the sentence and what follows it. */
type Term = TaggedTerm;

/** A comma, semicolon or colon follows the word: a clause may end there. */
const breaksAfter = (t: Term | undefined) => t !== undefined && /[,;:]/.test(t.post ?? '');

/**
 * A trigger that is a noun is told by the verb around it. Governed by a verb before it ("a 33% stake in", "a $10bn
 * bid for"): "Quanta already holds a 30% stake" is a state (the TimeML-trained state model, src/extract/state.ts),
 * and so is one under a verb told as under way ("is fighting a takeover"),
 * "had wanted to help fund … a $10bn bid" is not asserted (the assertion model at that verb). The subject of its
 * clause ("Rallies against the summit are expected to be small"): read by its predicate (`predicateReading`). A trigger
 * that is itself a verb, or a noun whose verb asserts it, is read as before (undefined).
 */
export function governingReading(text: string, index: number): 'state' | 'unasserted' | 'future' | undefined {
  const terms = posTerms(text);
  const at = terms.findIndex((t) => t.offset.start >= index);
  if (at < 0) return undefined;
  const governing = governingVerb(terms, at);
  if (governing < 0) return subjectNoun(terms, at) ? predicateReading(text, terms, at) : undefined;
  const verb = terms[meansOf(terms, governing)]!.offset.start;
  if (tellsState(text, verb) || toldAsOngoing(text, verb)) return 'state';
  // A noun under a verb told as to come ("will now look towards next month's meeting") is to come as well.
  const read = assertionOf(text, verb);
  return read === 'unasserted' || read === 'future' ? read : undefined;
}

/**
 * A gerund after "by" tells how the verb before it is done ("would pay for the deal by selling a 5% stake"): the
 * happening is as asserted as that verb. The term index of that verb, else of the gerund itself.
 */
function meansOf(terms: readonly Term[], verb: number): number {
  if (verb < 2 || !terms[verb]!.tags.includes('Gerund') || !/^by$/i.test(terms[verb - 1]!.text)) return verb;
  for (let k = verb - 2; k >= 0 && !breaksAfter(terms[k]); k--) {
    if (terms[k]!.tags.includes('Verb') && !terms[k]!.tags.includes('Auxiliary')) return k;
  }
  return verb;
}

/**
 * The trigger at `at` is a noun with no verb before it in its clause: its clause's subject. The tagger reads a plural
 * opening a clause as a verb ("Unlike previous years, protests against …"): a verb in -s cannot open its clause, so
 * there it is a noun.
 */
function subjectNoun(terms: readonly Term[], at: number): boolean {
  const trigger = terms[at]!;
  const opensClause = at === 0 || breaksAfter(terms[at - 1]);
  const noun = trigger.tags.includes('Verb') ? opensClause && /s$/i.test(trigger.text) : trigger.tags.includes('Noun');
  if (!noun) return false;
  let clauseFrom = at;
  while (clauseFrom > 0 && !breaksAfter(terms[clauseFrom - 1])) clauseFrom--;
  return !terms.slice(clauseFrom, at).some((t) => t.tags.includes('Verb'));
}

/**
 * A subject noun trigger ("Rallies against the summit are expected to be small", "The suit was lodged on Tuesday") is
 * told by its predicate: the assertion model (and its expectation rule) read at each verb of the verb group after it.
 * A predicate told as under way ("Protests have been taking place for ten years") tells a state. Undefined when no
 * verb follows within its clause, or the predicate asserts it.
 */
function predicateReading(text: string, terms: readonly Term[], at: number): 'state' | 'unasserted' | 'future' | undefined {
  let k = at + 1;
  // Before its verb, "and" joins the subject's nouns ("A merger of Quanta and Zorbix may be called off").
  for (; k < terms.length && !terms[k]!.tags.includes('Verb'); k++) {
    if (breaksAfter(terms[k - 1]) || (CLAUSE_OPENER.test(terms[k]!.text) && !/^and$/i.test(terms[k]!.text))) return undefined;
  }
  let reading: 'unasserted' | 'future' | undefined;
  for (; k < terms.length && (terms[k]!.tags.includes('Verb') || terms[k]!.tags.includes('Adverb') || VERB_GROUP_WORD.test(terms[k]!.text)); k++) {
    if (!terms[k]!.tags.includes('Verb')) continue;
    if (toldAsOngoing(text, terms[k]!.offset.start)) return 'state';
    const read = assertionOf(text, terms[k]!.offset.start);
    if (read === 'unasserted') return 'unasserted';
    if (read === 'future') reading = 'future';
    if (breaksAfter(terms[k])) break;
  }
  return reading;
}

/** Words inside a verb group that are not verbs: "are not expected to be", "was quickly filed" (and adverbs: "may yet sign"). */
const VERB_GROUP_WORD = /^(?:to|not|\w+ly)$/i;

/**
 * The term index of the verb governing a noun trigger (the word at `at`), or -1. The trigger is a noun when a determiner,
 * possessive or amount opens its phrase ("an 8% stake", "its stake"; compromise tags "stake" and "bid" after an
 * amount as verbs, so the phrase decides); the verb is the nearest word compromise tags a verb before that phrase,
 * across at most one preposition ("fund Zorbix's plans for a bid"), within the clause.
 */
function governingVerb(terms: readonly Term[], at: number): number {
  // (compromise reads some possessives as a contraction, "February's" as "February is": the empty term it adds for
  // the "is" is no word of the text.)
  // Adjectives between the opener and a noun are of its phrase ("is the biggest takeover", "a new lawsuit"); not across
  // a pause, nor before a verb ('"Zorbix wants the best," said Lee').
  let opener = at - 1;
  let adjectives = 0;
  const ofPhrase = (t: Term) => terms[at]!.tags.includes('Noun') && adjectiveTerm(t) && !breaksAfter(t) && ++adjectives <= NOUN_ADJECTIVES;
  while (opener > 0 && (terms[opener]!.text === '' || ofPhrase(terms[opener]!))) opener--;
  if (opener < 0 || !NOUN_OPENER.test(terms[opener]!.text)) return -1;
  let prepositions = 0;
  for (let k = opener; k >= Math.max(0, opener - 7); k--) {
    const t = terms[k]!;
    if (k < opener && breaksAfter(t)) return -1;
    if (CLAUSE_OPENER.test(t.text)) return -1;
    if (t.tags.includes('Preposition') && ++prepositions > 1) return -1;
    if (t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && !NOUN_OPENER.test(t.text)) return k;
  }
  return -1;
}

/** How many adjectives may stand between a noun phrase's opener and its noun trigger ("the world's biggest ever takeover"). */
const NOUN_ADJECTIVES = 3;
/** A word compromise reads as an adjective and not as a verb ("biggest", "legal", "new"; not "proposed"). */
const adjectiveTerm = (t: Term) => t.tags.includes('Adjective') && !t.tags.includes('Verb');

/** What opens a noun phrase: an article, a possessive, a number or an amount ("a", "its", "Gazprom's", "33%", "$10bn"). */
const NOUN_OPENER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|[\w.&-]+['’]s|[$£€]?\d[\d.,]*(?:%|bn|m|mln|billion|million)?)$/i;
/** Words that open a clause of their own: a verb before them does not govern the trigger. */
const CLAUSE_OPENER = /^(?:that|which|who|whom|whose|when|while|because|after|before|since|if|and|but)$/i;
