/** A happening's own date: the date expression nearest its trigger in the same sentence, not the report's date nor the dateline's. */
import { taggedTerms } from '../nlp.ts';
import { anchorScore } from '../anchor.ts';
import { clauseBreakBetween, hasFiniteVerb, toldInPastPerfect } from '../tense.ts';
import { datelineLength } from '../dateline.ts';
import { alternation, CLAUSE_TAKING_GERUNDS, CONCLUDING_PARTICIPLES, LEDE_PERIOD_END, OBJECT_PREPOSITIONS, PARTICIPLE_AUXILIARIES, TIME_RELATIVES } from '../lexicon.ts';
import { dateInClauseOfItsOwn, verbInClauseOfItsOwn } from '../clause.ts';
import { tokenize } from '../assertion.ts';
import { describesNounBefore } from '../participle.ts';
import { posTerms } from '../pos-tagger.ts';
import type { DateMention, Sentence } from '../../types.ts';
import { REPORTING_VERB } from './speakers.ts';

/** A month or year after the article's own (a day is compared whole, but is a schedule, not asked here). */
export function laterThanArticle(date: DateMention, articleDate: string | null): boolean {
  return articleDate !== null && date.value > articleDate.slice(0, date.value.length);
}

/** The date is the dateline's ("NEW YORK, March 3 -"), which TimeML never annotates: the anchor model is not asked. */
export function inDateline(sentence: Sentence, date: DateMention): boolean {
  return date.start - sentence.start < datelineLength(sentence.text);
}

/**
 * Whether a date the sentence names is when its happening happened, as the anchor model (trained on TimeML's TLINKs,
 * src/extract/anchor.ts) reads the pair: "the storm killed about 2,000 people … in 1990" is; "Quanta reported a loss … for
 * the third quarter of 1990", "profits … in 1990", "savings … by 2008", "to complete the sale by June", "as of
 * Sept. 30, the bank had assets …, Acme said" are not — the period a figure is for, a target's, or another clause's
 * day, not the report's.
 */
export function anchoredIn(sentence: Sentence, triggerAt: number, date: DateMention): boolean {
  return anchorScore(sentence.text, triggerAt, { start: date.start - sentence.start, end: date.end - sentence.start }) > 0;
}

/** A clause "that" opens, with a verb of its own, in `between` ("ruled that he lied during a trial"; not "signed that deal"). */
function thatClauseBefore(between: string): boolean {
  const m = /\bthat\s+(.*)$/i.exec(between);
  return m !== null && (hasFiniteVerb(m[1]!) || taggedTerms(m[1]!).some((t) => t.tags.includes('PastTense') || t.tags.includes('PresentTense')));
}

/** A reporting verb just before a date, which dates the report: "said on Friday", "told Reuters late Monday". */
/** A reporting verb anywhere in a text (REPORTING_VERB is global, for matchAll). */
const REPORTS = new RegExp(REPORTING_VERB.source, 'i');
const REPORTS_ON = new RegExp(`${REPORTING_VERB.source}\\s+(?:\\p{Lu}\\w*\\s+)?(?:on\\s+|late\\s+|early\\s+)?$`, 'u');

/**
 * The date at `date` is the report's, not the happening's at `triggerAt`: a reporting verb stands between them
 * ("On Friday, Acme said Zorbix had sued …", "Zorbix had sued …, Acme said on Friday") or just before the date
 * ("Acme said on Friday that Zorbix had sued …").
 */
function reportsDate(text: string, date: { start: number; end: number }, triggerAt: number): boolean {
  const between = date.start < triggerAt ? text.slice(date.end, triggerAt) : text.slice(triggerAt, date.start);
  return REPORTS.test(between) || REPORTS_ON.test(text.slice(0, date.start));
}

/**
 * The date of the trigger's own clause, nearest first; a date that only qualifies a noun ("this year's conference")
 * comes last. For a statement, a date across a clause boundary ("claims that … an agreement reached in 1991") is not
 * the statement's.
 */
/** A clause a date is the time of opens right after it (TIME_RELATIVES: "January when …"). */
const TIME_RELATIVE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${alternation(TIME_RELATIVES)})\s`, 'i');

/**
 * A date in the possessive (characters `date` of `text`) after the word at `at` dates the noun it qualifies, the verb's
 * object or complement, not that verb ("welcomed Monday's confirmation", "replied to yesterday's comments": the
 * welcoming's and the reply's own day is another; tests/gold/page-dates.json, session 47). Before the verb it qualifies
 * the verb's subject, whose time the verb shares ("Friday's storm killed ten").
 */
export function datesAnotherNoun(text: string, date: { start: number; end: number }, at: number): boolean {
  return at < date.start && /^['’]s\b/.test(text.slice(date.end));
}

/** A form a past participle takes ("announced", "taken", "shown"); the tagger reads most as past tenses too. */
const PAST_PARTICIPLE = /^[a-z]{3,}(?:ed|en|wn)$/;
/** A phrase mark: a comma or dash before a space ("2,100" is no mark), a semicolon, colon or bracket. */
const PHRASE_MARK = /[,–—](?=\s)|\s-{1,2}\s|[;:()]/g;
/** A determiner opening a noun phrase, and up to six words of the phrase before its last noun ("the 2,100 franc bid"). */
const OBJECT_PHRASE = /\b([a-z]+)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[^\s;:()]+\s+){0,6}$/i;

/**
 * Where the participle starts that opens the phrase describing a noun (a reduced relative clause) in which character
 * `at` of `text` stands, if it stands in one: "rivalling the 2,100 franc bid announced yesterday by Quanta", "under the
 * agreement announced last month", "under a swap program started last August", "a stock dividend declared prior to the
 * offering of its stock in August 1986". Such a phrase tells what its noun is, with a time of its own, the
 * participle's: not the time of the clause's verb, nor the news (tests/gold/page-dates.json: 4 train labels
 * "other-clause-time", session 52). The participle is read as describing where the participle model says so
 * (participle.ts, trained on TimeML) or where its noun is an object, opened by a preposition of OBJECT_PREPOSITIONS or
 * a verb in "-ing" ("rivalling the … bid announced"), which no finite verb can have as its subject; none where a finite
 * verb stands between the participle and `at`, or a phrase mark, or an auxiliary before it ("was announced"), nor a
 * period's end ("the week ended March 7", lexicon LEDE_PERIOD_END), nor an agreement's concluding ("an agreement signed
 * Saturday", lexicon CONCLUDING_PARTICIPLES).
 */
export function describingParticipleBefore(text: string, at: number): number | undefined {
  const from = Math.max(datelineLength(text), ...[...text.slice(0, at).matchAll(PHRASE_MARK)].map((m) => m.index + m[0].length));
  const tokens = tokenize(text).filter((t) => t.start >= from && t.start <= at);
  // (A verb by the tagger: "crackdown", "women" and "hundred" end so too.)
  const verbs = new Set(posTerms(text).filter((t) => t.tags.includes('Verb')).map((t) => t.offset.start));
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i]!;
    // (Nor the end of a period a figure is for, "the week ended March 7": the period's bound, its date the figure's.)
    // (Nor an agreement's concluding, "an accord reached yesterday": the happening the clause's act is part of.)
    if (!PAST_PARTICIPLE.test(t.text) || !verbs.has(t.start) || PARTICIPLE_AUXILIARIES.has(tokens[i - 1]!.text.toLowerCase()) || LEDE_PERIOD_END.test(`${text.slice(0, t.end)} `)
      || CONCLUDING_PARTICIPLES.has(t.text.toLowerCase())) continue;
    if (hasFiniteVerb(text.slice(t.end, at))) return undefined;
    if (describesNounBefore(text, t.start) || objectBefore(text.slice(from, t.start))) return t.start;
  }
  return undefined;
}

/** The words before a participle end in a noun phrase that is an object: after a preposition or a verb in "-ing". */
function objectBefore(before: string): boolean {
  const opener = OBJECT_PHRASE.exec(before)?.[1]?.toLowerCase();
  return opener !== undefined && (OBJECT_PREPOSITIONS.has(opener) || (/ing$/.test(opener) && !CLAUSE_TAKING_GERUNDS.has(opener)));
}

export function nearest(dates: DateMention[], trigger: { start: number; end: number }, sentence: Sentence, ownClauseOnly: boolean): DateMention | undefined {
  const local = (d: DateMention) => ({ start: d.start - sentence.start, end: d.end - sentence.start });
  // A date right before a clause it is the time of, whose verb the trigger is ("since January when Lee resigned"), is
  // the trigger's own though a clause mark stands between them (TIME_RELATIVES; evt61).
  const timeOf = (d: DateMention) => d.end <= trigger.start && TIME_RELATIVE_AFTER.test(sentence.text.slice(local(d).end))
    && verbInClauseOfItsOwn(sentence.text, local(d).end, trigger.start - sentence.start);
  // A date before the trigger in a clause of its own, closed by a comma before it, is that clause's verb's ("After the
  // court approved the plan on Monday, Acme bought …", "Acme, which was founded in March, bought …"; evt61).
  const closedBefore = (d: DateMention) => d.end <= trigger.start && /[,;]/.test(sentence.text.slice(local(d).end, trigger.start - sentence.start))
    && dateInClauseOfItsOwn(sentence.text, 0, local(d).start);
  const inClause = dates.filter((d) => (!clauseBreakBetween(sentence.text, local(d), { start: trigger.start - sentence.start, end: trigger.end - sentence.start }) || timeOf(d)) && !closedBefore(d));
  // Outside reported speech a trigger is often inside the clause a date governs ("Biden said on Friday that the
  // summit …"): with no date in its own clause, the sentence's date is still the best there is — but not a date in a
  // relative clause after the trigger, which belongs to that clause's verb ("profits in the quarter, which ended on
  // June 30"), nor one in what a gerund of showing opens ("released figures showing the economy expanded in 2004"),
  // nor one in the clause "that" opens after it ("a jury ruled that he lied during a trial in 1987": the lying's).
  const relative = (d: DateMention) => {
    const between = sentence.text.slice(trigger.end - sentence.start, d.start - sentence.start);
    return d.start > trigger.end && (/\b(?:which|who|whom|whose|showing|indicating|suggesting)\b/i.test(between) || thatClauseBefore(between)
      // (Or a clause of time or reason with a verb of its own: "signed the accord after talks ended on Monday"; evt61.)
      || dateInClauseOfItsOwn(sentence.text, trigger.end - sentence.start, local(d).start));
  };
  // A date that bounds a span ("the highest since August 2002", "a director since 1984", "between January 2004 and July
  // 2009", "until 2009") dates the span's edge, not the happening (TimeML's BEGINS / ENDS, not IS_INCLUDED).
  const bound = (d: DateMention) => /\b(?:since|until|till|between|through)\s+(?:\w+\s+){0,2}$|\bbetween\s[^,;]{1,30}\sand\s+$/i.test(sentence.text.slice(Math.max(0, local(d).start - 40), local(d).start));
  // A date in a phrase a participle opens to describe a noun is the participle's, unless the trigger is that participle
  // or stands in its phrase ("rivalling the bid announced yesterday", "under a program started last August").
  const described = (d: DateMention) => {
    const participle = describingParticipleBefore(sentence.text, local(d).start);
    return participle !== undefined && !(trigger.start - sentence.start >= participle && trigger.start <= d.start);
  };
  const earlier = toldInPastPerfect(sentence.text, trigger.start - sentence.start);
  const own = (inClause.length || ownClauseOnly ? inClause : dates.filter((d) => !relative(d) && !closedBefore(d)))
    .filter((d) => (!bound(d) || timeOf(d)) && !(earlier && reportsDate(sentence.text, local(d), trigger.start - sentence.start)) && !described(d));
  const possessive = (d: DateMention) => (/^['’]s\b/.test(sentence.text.slice(d.end - sentence.start)) ? 1 : 0);
  return own.filter((d) => !datesAnotherNoun(sentence.text, local(d), trigger.start - sentence.start)).sort((a, b) => possessive(a) - possessive(b) || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start) || a.start - b.start)[0];
}
