/** A clause put in a headline's form and cut to a title's length, where a phrase ends. */
import { escapeRegExp } from '../../util/escape.ts';
import { appositions } from '../../extract/clause.ts';
import { hasFiniteVerb } from '../../extract/tense.ts';
import { taggedTerms } from '../../extract/nlp.ts';
import { alternation, AUXILIARIES_AFTER, CONNECTORS, HEAD_CONNECTORS, PARTICIPLE_AUXILIARIES, TITLE_PHRASE_OPENERS } from '../../extract/lexicon.ts';
import { TIME_BEFORE_VERB } from './clause-words.ts';

/** Words of a title, at most: a headline's length. */
const TITLE_WORDS = 14;

/** The clause as a headline: without the subject's apposition, a second verb's first verb or a dangling verb. */
export function headlineForm(clause: string, trigger: string): string {
  // A happening told in an apposition or a relative clause of the subject reads as a headline without its comma: "Jobs,
  // born in San Francisco on February 24" → "Jobs born in …", "The Qube, which was launched last spring" → "The Qube
  // was launched last spring".
  // An apposition after the subject says who the subject is, not what happened: "Ann Lee, a spokesperson for Quanta,
  // told …" → "Ann Lee told …".
  const firstComma = clause.indexOf(',');
  const described = firstComma > 0 ? appositions(clause, [firstComma])[0] : undefined;
  if (described && clause.toLowerCase().indexOf(trigger.toLowerCase(), described.end) > described.end) clause = `${clause.slice(0, firstComma)}${clause.slice(described.end + 1)}`;
  const apposition = new RegExp(`^([^,]{2,60}?),\\s+(?:(?:which|who)\\s+)?((?:${TIME_BEFORE_VERB})?(?:(?:was|were|has been|had been)\\s+)?(?:\\w+ly\\s+)?${escapeRegExp(trigger.split(/\s+/)[0] ?? '')}\\b)`, 'i').exec(clause);
  if (trigger && apposition) clause = `${apposition[1]} ${clause.slice(apposition[0].length - apposition[2]!.length)}`;
  clause = secondVerbOfSubject(clause, trigger);
  // A second verb cut from what it tells ("quit his post on 24 November and vowed: …") ends nothing: left out.
  clause = clause.replace(/[\s,.;:]+$/, '');
  // A clause cut at a phrase after "and" ("lied to Congress and | before the grand jury") ends on the conjunction: what
  // it joins is cut, so the title ends where the first part does.
  clause = clause.replace(/\s+(?:and|or|but)$/i, '');
  const dangling = /\s+(?:and|but)\s+(?:\w+ly\s+)?[a-z]+$/.exec(clause);
  if (dangling && clause.toLowerCase().indexOf(trigger.toLowerCase()) + trigger.length <= dangling.index) clause = clause.slice(0, dangling.index);
  const title = titleWords(clause, trigger).join(' ').replace(/[\s,;:]+$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * A clause whose trigger is its subject's second verb, after "and" and an auxiliary ("A shipyard opened its gates in 1950
 * and was bought by Quanta in 1979"), told with the subject and that verb alone: "A shipyard was bought by Quanta
 * in 1979" — one happening, as the title of its page. Without an auxiliary ("fell ill and resigned") the two verbs
 * are left as one telling; with no subject before the first verb (compromise's tagger), the clause is left as it is.
 */
function secondVerbOfSubject(clause: string, trigger: string): string {
  const at = trigger ? clause.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  const joined = at > 0 ? SECOND_VERB_BEFORE.exec(clause.slice(0, at)) : null;
  if (!joined) return clause;
  const terms = taggedTerms(clause.slice(0, joined.index));
  const verb = terms.findIndex((t) => t.tags.includes('Verb'));
  if (verb <= 0 || /[,;:]/.test(clause.slice(0, terms[verb]!.offset.start))) return clause;
  return `${clause.slice(0, terms[verb]!.offset.start).trim()} ${clause.slice(joined.index + joined[1]!.length)}`;
}

/** "and" or "but" and an auxiliary right before a trigger, perhaps with an adverb or "been": "… and was later acquired". */
const SECOND_VERB_BEFORE = new RegExp(String.raw`(\s(?:and|but)\s+)(?:${alternation(AUXILIARIES_AFTER)})\s+(?:\w+ly\s+)?(?:been\s+|being\s+)?$`);

/**
 * Words of a clause title, whole where it can be: a clause of at most WHOLE_TITLE_WORDS words is kept whole; a longer
 * one ends where a phrase after its trigger opens (TITLE_PHRASE_OPENERS, or "and" before a second verb: "released its
 * handset last spring and has since raised …"), the last such place that keeps it that short. A title cut
 * mid-phrase ("… met open dissent at Tuesday's gathering of the Parliamentary …") reads as unfinished; one cut
 * where a phrase ends reads as a headline does. Only a clause with no such place is cut at TITLE_WORDS, with "…".
 */
function titleWords(clause: string, trigger: string): string[] {
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length <= WHOLE_TITLE_WORDS) return words;
  const at = trigger ? clause.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at >= 0) {
    const triggerEnd = clause.slice(0, at + trigger.length).split(/\s+/).filter(Boolean).length;
    // What a trigger reports ("ruled on Tuesday that …") is its news: the title is cut inside it, after its verb.
    const that = words.findIndex((w, i) => i >= triggerEnd && i < WHOLE_TITLE_WORDS && bareWord(w) === 'that');
    for (let k = WHOLE_TITLE_WORDS; k >= Math.max(triggerEnd, MIN_TITLE_WORDS, that + 2); k--) {
      if (opensPhrase(words, k) && !reducedRelativeCut(words, k, triggerEnd) && !reportedClauseCut(words.slice(triggerEnd, k))) return words.slice(0, k);
    }
  }
  return [...words.slice(0, TITLE_WORDS), '…'];
}

/**
 * The word before the cut is a participle after the trigger that describes the noun before it ("a company known as
 * …", "shipments valued at …", "the actions launched in …"): its phrase completes it, so the title would end on it.
 * (After an auxiliary, "was charged | by", it is the clause's own verb.)
 */
function reducedRelativeCut(words: readonly string[], k: number, triggerEnd: number): boolean {
  return k - 1 >= triggerEnd && /[a-z](?:ed|en|wn)$/.test(bareWord(words[k - 1])) && !PARTICIPLE_AUXILIARIES.has(bareWord(words[k - 2]));
}

/**
 * The words after the trigger open a reported clause ("ruled on Tuesday that Ann Lee's death in custody …") whose verb
 * they do not reach: cut there, the title would end on the clause's subject. A verb is what tense.ts reads as one or
 * what compromise tags a past tense (an irregular past tense.ts does not list: "held that Quanta lied in its filings …").
 */
function reportedClauseCut(after: readonly string[]): boolean {
  const that = after.findIndex((w) => bareWord(w) === 'that');
  if (that < 0) return false;
  const reported = after.slice(that + 1).join(' ');
  return !hasFiniteVerb(reported) && !taggedTerms(reported).some((t) => t.tags.includes('PastTense'));
}

/** A title's words at most when it ends where its clause or a phrase does; at least, when cut before a phrase. */
const WHOLE_TITLE_WORDS = 16;
const MIN_TITLE_WORDS = 3;

const bareWord = (w: string | undefined) => (w ?? '').toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
const capitalised = (w: string | undefined) => w !== undefined && /^[^\p{L}]*\p{Lu}/u.test(w);

/**
 * The word at `k` opens a phrase after the clause's verb: a preposition or participle of TITLE_PHRASE_OPENERS (not a
 * connector inside a name, "Bank for International Settlements", "Stratford on Avon", nor the complement of a
 * participle before it), or "and" / "but" before a second verb of the subject ("and has raised", "and was fined").
 */
function opensPhrase(words: readonly string[], k: number): boolean {
  const word = bareWord(words[k]);
  if (word === 'and' || word === 'but') return AUXILIARIES_AFTER.has(bareWord(words[k + 1])) || /^[a-z]+ed$/.test(words[k + 1] ?? '');
  // After a participle the phrase is its complement ("at prices ranging from …"), after a conjunction or an article the
  // phrase is what it joins or opens, and inside an aside opened by a dash ("Ann Lee - elected as …") the aside is not
  // closed: the title would end on any of them.
  // (An "-ing" word after an article or possessive is a noun: "in its financing on Friday".)
  const participle = /[a-z]ing$/.test(bareWord(words[k - 1])) && !/^(?:the|a|an|its|his|her|their|our|this|that)$/.test(bareWord(words[k - 2]));
  if (!TITLE_PHRASE_OPENERS.has(word) || participle || /^(?:and|or|but|the|a|an)$/.test(bareWord(words[k - 1]))) return false;
  // "by" after a passive participle names who did it ("was eventually acquired by Rosneft"): no place to cut.
  if (word === 'by' && /(?:ed|en|wn|ld|ght)$/.test(bareWord(words[k - 1]))) return false;
  if (words.slice(0, k).filter((w) => /^[-–—]$/.test(w)).length % 2 === 1) return false;
  return !((CONNECTORS.has(word) || HEAD_CONNECTORS.has(word)) && capitalised(words[k - 1]) && capitalised(words[k + 1]));
}
