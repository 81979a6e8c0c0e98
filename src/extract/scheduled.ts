/**
 * The day a lede's own happening is scheduled for: "Zorbia will hold a wheat tender tomorrow", "Quanta Corp
 * said it would buy back on March 19 all …" report news that is to come on a day of the month after the article, and
 * the happening is on that day. The day must be told of the lede's own verb — the first verb after the dateline
 * that is not a reporting one — in its own clause: not a day that another happening of the sentence takes ("will mail
 * proxies for its special meeting on May 5": the meeting's; "filed a petition …, with a hearing set for May 5": the
 * hearing's), nor one a past verb tells ("was forced to shut … on Sunday"). The anchor model (src/extract/anchor.ts,
 * trained on TimeML's TLINKs) must read the verb and the date as one happening and its time. A rule where the data is
 * silent: TimeML annotates no headlines, so which happening is the news is read from the lede's main verb.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { taggedTerms, type TaggedTerm } from './nlp.ts';
import { anchorScore } from './anchor.ts';
import { clauseBreakBetween, dateDirection, intendingVerb, verbGroupDirection } from './tense.ts';
import { datelineLength } from './dateline.ts';
import { alternation, ANNOUNCING_VERBS, EFFECTIVE_AHEAD, MONTH_NAMES, PRICE_RATE_OR_POST_WORDS, STARTING_PARTICIPLES } from './lexicon.ts';
import type { DateMention, Sentence } from '../types.ts';

/** How far after its article a lede's scheduled day may be: a month. */
const SCHEDULE_DAYS = 31;

/**
 * Words before a day that make it no day of the happening: the end of a period a figure is for ("the year ending
 * May 31"), a bound of a span or a change ("from March 31", "until", "by"), a term ("due", "payable", "record").
 */
const NOT_THE_DAY_BEFORE = /\b(?:ending|ended|ends|end|from|to|until|till|through|by|before|after|due|payable|record|maturing|expiring|effective|dated|delivered)\s+(?:on\s+)?$/i;

/** A negation in the verb group before the lede's verb. */
const NEGATION = /\b(?:not|never)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;

/** Verbs of reporting: the news is what they report, not the saying. */
const REPORTING = /^(?:said|says|say|told|tells|added|reported|reports|stated)$/i;

/** A preposition opening a phrase about another happening before the day ("for its special meeting on May 5"). */
const PREPOSITION = /^(?:for|of|at|to|over|in|on|about|into|before|after|during)$/i;

/** Nouns that name a happening of their own ("meeting", "hearing"), learned from TimeML (eval/train-event-nouns.ts). */
const EVENT_NOUNS = new Set((shippedJson(new URL('./event-nouns.json', import.meta.url)) as { words: string[] }).words);
/** Whether TimeML reads a word (lower case) as a noun naming a happening (EVENT_NOUNS). */
export const isEventNoun = (word: string): boolean => EVENT_NOUNS.has(word);

/** A month named alone ("February", "in April"), with no day or year. */
const BARE_MONTH = new RegExp(String.raw`^(?:(?:in|of|for|during)\s+)?(?:${alternation(MONTH_NAMES)})\.?$`, 'i');

/**
 * A month written alone right before a noun that names no happening ("said February load factor fell", "would release
 * April consumer credit figures on Friday", "its January trade surplus") is the period that noun, a figure, is for:
 * no time of the sentence's verb (a statistic's or a company's results are their report's day: README, how event pages
 * are judged; tests/gold/page-dates.json, 2 of the 20 wrong tuned labels, session 50). A noun that names a happening
 * ("the June summit", "its March meeting", isEventNoun) is that happening's time, as before.
 */
export function monthQualifiesNoun(text: string, date: { start: number; end: number }, terms?: readonly TaggedTerm[]): boolean {
  if (!BARE_MONTH.test(text.slice(date.start, date.end).trim())) return false;
  // (`terms`: the sentence's, where the caller holds them already.)
  const next = (terms ?? taggedTerms(text)).find((t) => t.offset.start >= date.end);
  if (!next || !/^\s+$/.test(text.slice(date.end, next.offset.start)) || !/^[a-z]+$/.test(next.text)) return false;
  const tags = next.tags;
  return tags.includes('Noun') && !tags.some((t) => /^(?:Verb|Pronoun|Date|Value|Possessive)$/.test(t)) && !isEventNoun(next.text);
}

type Term = TaggedTerm;

/** Determiners: a word the tagger reads as a verb right after one qualifies the noun it opens ("a discontinued unit"). */
const DETERMINERS = /^(?:a|an|the|its|their|his|her|our)$/i;

/**
 * The lede's own verb as scheduled days and lede dates read it: the first CONTENT verb after `from` (the dateline) —
 * no auxiliary, modal or verb of reporting (REPORTING), so past a saying to what is said ("Quanta said it would buy
 * back …": "buy back") — and the verbs and particles it governs ("will begin trading": "begin trading", "is planning
 * to leave": "planning to leave"), by the compromise tagger (nlp.ts `taggedTerms`). Not clause.ts `mainVerbGroup`,
 * the sentence's grammatical main verb group that an undated article's news is read from: its first finite verb
 * outside a relative clause or an apposition, a saying included ("said"), with its auxiliary and adverbs ("has
 * sharply cut"), by the perceptron. Nor does this one pass over a relative clause ("Quanta, which makes …, will
 * close …": "makes"); tests/lede-verbs.test.ts shows the two apart.
 */
export function contentVerbGroup(terms: readonly Term[], from: number): { start: number; end: number } | undefined {
  const verb = (t: Term | undefined) => t !== undefined && t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && !t.tags.includes('Modal');
  // (A participle right after a determiner qualifies a noun: "IFG Leasing Co, a discontinued subsidiary, will redeem".)
  const first = terms.findIndex((t, i) => t.offset.start >= from && verb(t) && !REPORTING.test(t.text) && !DETERMINERS.test(terms[i - 1]?.text ?? ''));
  if (first < 0) return undefined;
  let last = first;
  for (;;) {
    if (/^to$/i.test(terms[last + 1]?.text ?? '') && verb(terms[last + 2])) last += 2;
    else if (verb(terms[last + 1]) || terms[last + 1]?.tags.includes('Particle')) last++;
    else break;
  }
  const end = terms[last]!;
  return { start: terms[first]!.offset.start, end: end.offset.start + end.offset.length };
}

/** The day the lede `sentence` schedules its own happening for, of `dates` (the sentence's), if any. */
export function scheduledDay(sentence: Sentence, dates: DateMention[], articleDate: string): DateMention | undefined {
  if (articleDate.length !== 10) return undefined;
  return scheduledTime(sentence, dates.filter((d) => d.precision === 'day' && d.value > articleDate && Date.parse(d.value) - Date.parse(articleDate) <= SCHEDULE_DAYS * 86_400_000), articleDate);
}

/**
 * The time, of `ahead` (dates of the sentence after its article), that the lede `sentence` tells its own happening
 * is to come at, read as scheduledDay reads a day; src/extract/plan.ts asks it of months, years and later days. The
 * lede's own verb is read first (contentVerbGroup); where it gives no time, the future group after it that tells the
 * plan (`plannedGroupAfter`: "announced that it will auction … on March 16", "stock comprising the units … will be
 * traded … commencing on Oct 21").
 */
export function scheduledTime(sentence: Sentence, ahead: DateMention[], articleDate: string): DateMention | undefined {
  if (articleDate.length !== 10 || ahead.length === 0) return undefined;
  const terms = taggedTerms(sentence.text);
  const verb = contentVerbGroup(terms, datelineLength(sentence.text));
  if (!verb) return undefined;
  const own = timeOfVerb(sentence, terms, verb, ahead);
  if (own) return own;
  const planned = plannedGroupAfter(sentence.text, terms, verb);
  return planned && timeOfVerb(sentence, terms, planned, ahead);
}

/** The date of `ahead` the verb group `verb` of the lede `sentence` is told to come at, if any (scheduledTime). */
function timeOfVerb(sentence: Sentence, terms: readonly Term[], verb: { start: number; end: number }, ahead: DateMention[]): DateMention | undefined {
  const text = sentence.text;
  if (verbGroupDirection(text.slice(0, verb.end)) === 'past') return undefined;
  // A happening told as not to come ("will not meet on Monday") has no day.
  if (NEGATION.test(text.slice(Math.max(0, verb.start - 20), verb.start))) return undefined;
  // A lede verb of intending in the present ("plans a trip to Quantaville on September 7") puts what it governs in its
  // clause ahead, whatever tense the clause after the date tells (", a spokesman said": the report's, not the trip's).
  const intends = intendingVerb(text.slice(verb.start, verb.end).split(/\s/)[0]!);
  return ahead.find((d) => {
    const date = { start: d.start - sentence.start, end: d.end - sentence.start };
    if (date.start >= verb.end && effectiveDayOfPlan(text, terms, verb, date)) return true;
    if (date.start < verb.end || NOT_THE_DAY_BEFORE.test(text.slice(Math.max(0, date.start - 30), date.start)) || /^['’]s\b/.test(text.slice(date.end))
      || monthQualifiesNoun(text, date, terms)) return false;
    const between = terms.filter((t) => t.offset.start >= verb.end && t.offset.start < date.start);
    // Another verb between ("the tender scheduled for", "talks opening tomorrow") takes the day; a participle that
    // opens the time the act starts at ("commencing on Oct 21", lexicon STARTING_PARTICIPLES) right before it does
    // not: the time is the lede's verb's, whose own group is not past (above).
    const starting = startingParticipleBefore(between);
    if (between.some((t) => t !== starting && t.tags.includes('Verb') && !t.tags.includes('Auxiliary'))) return false;
    if (starting) return true;
    const direction = intends ? 'future' : dateDirection(text, date.start, date.end);
    if (!/\b(?:tomorrow|next|coming)\b/i.test(d.text) && direction !== 'future' && direction !== 'either') return false;
    const score = anchorScore(text, verb.start, date);
    return !clauseBreakBetween(text, verb, date) && score > 0 && !takenByNoun(text, between, date, score);
  });
}

/**
 * A day after "effective" (lexicon EFFECTIVE_AHEAD) that closes the clause of the lede's verb told as to come ("will
 * redeem, effective August One, the notes", "intends to close its works, effective July one", "will cut 259 jobs …,
 * effective around May One"): the plan's own day, as "on August One" would tell it, where the act is no change of a price,
 * a rate or a post (lexicon PRICE_RATE_OR_POST_WORDS, anywhere in the sentence's words before the day: "will lower its
 * rate, effective June 24" is decided now, its report's day). README, how event pages are judged; 3 of the 4 train
 * page-date labels "plan-time-after-effective" (tests/gold/page-dates.json, session 51). The comma before "effective"
 * is no clause break, and the anchor model, which TimeML taught such a day as BEGINS, is not asked; another verb or a
 * clause opener between the verb and "effective" gives the day to its own clause.
 */
function effectiveDayOfPlan(text: string, terms: readonly Term[], verb: { start: number; end: number }, date: { start: number; end: number }): boolean {
  const effective = EFFECTIVE_AHEAD.exec(text.slice(verb.end, date.start));
  if (!effective) return false;
  // Told as to come ("will redeem", "intends to close"), not as agreed or done ("has agreed to purchase …, effective July
  // 1": the agreement is the news, on its report's day; a train survey's one such lede).
  const head = text.slice(verb.start, verb.end).split(/\s/)[0]!;
  if (verbGroupDirection(text.slice(0, verb.start + head.length)) !== 'future' && !intendingVerb(head)) return false;
  const phraseAt = verb.end + effective.index;
  // (Commas and "and" inside the object are the clause's own: "its Geneva Works near Provo, Utah", "mechanics and related employees".)
  if (!PLAIN_PHRASE.test(text.slice(verb.end, phraseAt).replace(/\band\b|,/gi, ' '))) return false;
  if (terms.some((t) => t.offset.start >= verb.end && t.offset.start < phraseAt && t.tags.includes('Verb') && !t.tags.includes('Auxiliary'))) return false;
  const words = text.slice(datelineLength(text), phraseAt).toLowerCase().match(/[a-z]+/g) ?? [];
  return !words.some((w) => PRICE_RATE_OR_POST_WORDS.has(w));
}

/**
 * The future verb group ("will auction", "will be traded", "would buy back") after the lede's own verb `verb` that tells
 * the plan where that verb tells none: a past verb of announcing opening a "that" clause (lexicon ANNOUNCING_VERBS:
 * "announced that it will auction … on March 16", "has informed its affiliates that supplies will be … in July"), or a
 * word the tagger read as a verb that only qualifies the future group's subject ("stock comprising the units of the
 * company will be traded", "its common and prefered stock"): nothing but a plain phrase — no punctuation, clause
 * opener or conjunction of clauses (PLAIN_PHRASE) — stands between them. tests/gold/page-dates.json: 3 of the 25 wrong
 * tuned page dates (session 49).
 */
function plannedGroupAfter(text: string, terms: readonly Term[], verb: { start: number; end: number }): { start: number; end: number } | undefined {
  const modal = terms.findIndex((t) => t.offset.start >= verb.end && FUTURE_MODAL.test(t.text));
  if (modal < 0) return undefined;
  const between = text.slice(verb.end, terms[modal]!.offset.start);
  const announcing = ANNOUNCING_VERBS.has(text.slice(verb.start, verb.end).split(/\s/)[0]!.toLowerCase());
  const opened = announcing ? /^(.*?)\bthat\s+(.*)$/is.exec(between) : null;
  if (opened ? !PLAIN_PHRASE.test(opened[1]!) || !PLAIN_PHRASE.test(opened[2]!) : !PLAIN_PHRASE.test(between)) return undefined;
  return contentVerbGroup(terms, terms[modal]!.offset.start + terms[modal]!.offset.length) ?? beGroupAfter(terms, modal);
}

/** "will be 40 pct less": a future "be" with no content verb after it is the group. */
function beGroupAfter(terms: readonly Term[], modal: number): { start: number; end: number } | undefined {
  const be = terms[modal + 1];
  return be && /^be$/i.test(be.text) ? { start: be.offset.start, end: be.offset.start + be.offset.length } : undefined;
}

/** Modals of a future group a plan is told with. */
const FUTURE_MODAL = /^(?:will|shall|would)$/i;
/** A phrase with no punctuation, clause opener or conjunction of clauses: part of one clause. */
const PLAIN_PHRASE = /^(?![\s\S]*(?:[,;:()]|\s--\s|\b(?:that|which|who|whom|whose|and|but|or|if|when|while|because|after|before|since|although|as)\b))[\s\S]*$/i;

/** The participle of STARTING_PARTICIPLES that ends `between` (a preposition after it allowed: "beginning on"), if any. */
function startingParticipleBefore(between: readonly Term[]): Term | undefined {
  const last = /^(?:on|in|from)$/i.test(between.at(-1)?.text ?? '') ? between.at(-2) : between.at(-1);
  return last && STARTING_PARTICIPLES.has(last.text.toLowerCase()) ? last : undefined;
}

/**
 * A noun naming a happening (EVENT_NOUNS) in a prepositional phrase before the day, which the anchor model ties to
 * the day more strongly than the lede's verb: that happening takes the day ("will mail proxies for its special meeting
 * on May 5"; but "will open talks on tariffs tomorrow" opens them tomorrow).
 */
function takenByNoun(text: string, between: Term[], date: { start: number; end: number }, verbScore: number): boolean {
  // (A preposition right before the day opens the day's own phrase: "meeting on May 5".)
  const words = PREPOSITION.test(between.at(-1)?.text ?? '') ? between.slice(0, -1) : between;
  let k = words.length - 1;
  while (k >= 0 && !PREPOSITION.test(words[k]!.text)) k--;
  if (k < 0) return false;
  return words.slice(k + 1).some((t) => EVENT_NOUNS.has(t.text.toLowerCase()) && anchorScore(text, t.offset.start, date) > verbScore);
}
