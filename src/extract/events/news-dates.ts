/** The date of an article's news: the lede's own day, a period's end, a date reported under the headline, a scheduled day. */
import { taggedTerms } from '../nlp.ts';
import { tokenize } from '../assertion.ts';
import { anchorScore } from '../anchor.ts';
import { ledeDatesOf, ledeDayChooser } from '../lede-anchor.ts';
import { pastForm, toldInPastPerfect } from '../tense.ts';
import { datelineLength } from '../dateline.ts';
import { scheduledDay, contentVerbGroup, monthQualifiesNoun } from '../scheduled.ts';
import { WRITTEN_YEAR } from '../dates.ts';
import { alternation, ANNOUNCING_VERBS, WEEKS_BEFORE, RESCHEDULING, LEDE_PERIOD_END, LEDE_WEEK_END, EFFECTIVE_BEFORE, FIGURE_VERBS } from '../lexicon.ts';
import { dateInClauseOfItsOwn, verbInClauseOfItsOwn } from '../clause.ts';
import { eventKind } from '../../event-types.ts';
import type { DateMention, EventMention, Sentence } from '../../types.ts';
import { findTrigger } from './triggers.ts';
import { REPORTED } from './speakers.ts';
import { datesAnotherNoun, describingParticipleBefore } from './dating.ts';

/**
 * The article's own news (as GDELT and PETRARCH code the lede): every dated article reports one happening in its
 * headline and the first sentence of its lede. The event found in that sentence becomes it; with none (no trigger,
 * no name, a negation the headline contradicts), one is made from the sentence's names and the headline's trigger.
 * It is dated by the lede's own date — a date of the sentence not after the article — else by the article's date.
 */
/** How far before its article a lede's own date may be: a month; a week's end, a quarter. */
const LEDE_DAYS = 31;
const WEEK_END_DAYS = 92;

/**
 * The date ends a week the sentence tells a figure for: "the week ended January 16". (A month's or half year's end is
 * the period a result is for, told with the result: "earnings for the half year to December 31".)
 */
function endsWeek(sentence: Sentence, date: DateMention): boolean {
  return LEDE_WEEK_END.test(textBefore(sentence, date));
}

/**
 * The end of the week the lede tells a figure for ("U.S. roastings of green coffee in the week ended April 4 were about
 * 275,000 bags, Paton reported", "the average producer price of zinc for week ended April 10 is 790 dlrs", "issued the
 * following figures covering shipments in the week to April 1", "said it purchased 1,323 tonnes in the 21st week, ended
 * February 26"): of the lede's own days (`ownDaysOfLede`), the first that ends a week. A weekly figure is on its week's
 * last day however it is told — with a copula or no verb of happening (README, how event pages are judged): before,
 * only a reported happening's verb the anchor model tied to the day took it, and a lede with no trigger took the
 * dateline's day (tests/gold/page-dates.json, 4 train labels "figure-week-end-missed", session 51). Not under a headline
 * that tells a statement ("Zorbian ministry says jobless claims fell in week"): the saying is then the news, on the
 * report's day (session 50's convention), which leaves one of the four ("PATON REPORTS … ROASTINGS HIGHER") wrong.
 */
export function weekEndOfLede(headline: string, sentence: Sentence, ledeDates: readonly DateMention[]): DateMention | undefined {
  return headlineStatement(headline) ? undefined : ledeDates.find((d) => endsWeek(sentence, d));
}

/**
 * The day a lede's own happening `own` is dated by the lede itself, where it is not scheduled ahead: a weekly figure's
 * week end (`weekEndOfLede`), the day of a happening reported under a headline that tells it (`reportedNewsDate`), or
 * the day a change took effect before its report (`effectiveDay`).
 */
export function ledeDayOfNews(headline: string, sentence: Sentence, own: EventMention, ledeDates: DateMention[]): DateMention | undefined {
  return weekEndOfLede(headline, sentence, ledeDates) ?? reportedNewsDate(headline, sentence, own, ledeDates) ?? effectiveDay(headline, sentence, own, ledeDates);
}

/** The date ends any period a figure is for: "the quarter ended May 31", "the fiscal year ending August 31, 1986". */
function endsPeriod(sentence: Sentence, date: DateMention): boolean {
  return LEDE_PERIOD_END.test(textBefore(sentence, date));
}

/**
 * A month the lede names is its happening's own ("passed Wal-Mart in February to become the No. 1 music seller") when
 * it is the only period the sentence names, so no figure is compared across periods ("rose in February after a
 * decline in January"), and the anchor model (TLINK-trained, src/extract/anchor.ts) puts the trigger in it.
 */
function monthOfHappening(own: EventMention, sentence: Sentence, dates: DateMention[]): boolean {
  const periods = dates.filter((d) => d.precision !== 'day');
  const month = periods.find((d) => d.value === own.date);
  if (periods.length !== 1 || !month || monthQualifiesNoun(sentence.text, { start: month.start - sentence.start, end: month.end - sentence.start })) return false;
  const at = own.trigger ? sentence.text.indexOf(own.trigger, datelineLength(sentence.text)) : -1;
  return at >= 0 && anchorScore(sentence.text, at, { start: month.start - sentence.start, end: month.end - sentence.start }) > 0;
}

function textBefore(sentence: Sentence, date: DateMention): string {
  return sentence.text.slice(Math.max(0, date.start - sentence.start - 40), date.start - sentence.start);
}

/**
 * Whether the date the lede's trigger took is the news's own. The news is reported on the article's day: a year or
 * a month the lede names is mostly the period a result or figure is for ("rose 0.4 pct in March after 0.9 pct in
 * February", "expects better profits this year"), not when it happened (but see monthOfHappening), and a period's end
 * is no day of it, but for a week's while the report is fresh (within a quarter: a ministry's weekly figures come
 * late; "restated its results for the year ended in the autumn" is restated now, and "a payout for the period
 * ending in May" is declared now: evt73). Never a date after the article (a forecast's) or a year or more before it (a passing
 * mention: "sells a bank it acquired in 1965"). A rule where the data is silent: TimeML annotates no wire ledes'
 * figures for periods.
 */
export function ownDateFits(own: EventMention, sentence: Sentence, dates: DateMention[], articleDate: string): boolean {
  if (own.date === null || own.precision === 'year') return false;
  if (own.date.slice(0, 7) > articleDate.slice(0, 7) || own.date > articleDate) return false;
  // (A month is as old as its first day: "a package signed last February" in a February story is a passing mention.)
  const age = Date.parse(articleDate) - Date.parse(own.precision === 'month' ? `${own.date}-01` : own.date);
  if (own.precision === 'month') return age <= NEWS_DAYS * 86_400_000 && monthOfHappening(own, sentence, dates);
  const told = dates.find((d) => d.value === own.date);
  // The end of a week a weekly figure is for dates it ("shipped … in the week ended May 9"); the end of a longer
  // period a figure covers ("a payout for the period ending in May", "the quarter ended in June") is no day of
  // the happening the lede tells (evt73): the report's day is.
  if (told && endsPeriod(sentence, told)) return endsWeek(sentence, told) && age <= WEEK_END_DAYS * 86_400_000;
  // A day written without its year in the year before the article's is the news's own only within the month before
  // it ("on December 30" in a January story): news writes a day of another year with its year. Further back, it is the
  // past-biased reading (src/extract/dates.ts) of a day still to come ("if holders approve the plan at a meeting on
  // April 20" in a March story, read as last April). A yearless day of the article's own year stays ("on March 20").
  if (told && !WRITTEN_YEAR.test(told.text) && told.value.slice(0, 4) < articleDate.slice(0, 4)) return age <= LEDE_DAYS * 86_400_000;
  return age <= NEWS_DAYS * 86_400_000;
}

/**
 * The day of `days` (the lede's own) a lede-date model puts the lede's happening on, if one is asked (evaluation
 * only: src/extract/lede-anchor.ts `useLedeDayChooser`; a build asks none).
 */
export function modelsLedeDay(sentence: Sentence, days: DateMention[], articleDate: string): DateMention | undefined {
  const choose = ledeDayChooser();
  if (!choose || days.length === 0) return undefined;
  const text = sentence.text;
  const verb = contentVerbGroup(taggedTerms(text), datelineLength(text));
  return choose(text, verb, ledeDatesOf(sentence, days), articleDate)?.date.mention;
}

/**
 * The lede's own days: the lede tells the day's news, so its own date is one of the month before the article ("on
 * Friday"), not a date it mentions in passing ("founded in 1965").
 * A week's end ("during the week ended January 16") names what a weekly figure is for, however late the report
 * (a ministry's weekly imports are told weeks after): it may be older.
 * Nor a day told in a clause of its own, a relative one or one of time, with its own verb ("said it has begun the
 * offer that it announced yesterday"): it is that verb's (evt61).
 */
export function ownDaysOfLede(sentence: Sentence, sentenceDates: readonly DateMention[], articleDate: string): DateMention[] {
  return sentenceDates.filter((d) => d.precision === 'day' && d.value <= articleDate
    && Date.parse(articleDate) - Date.parse(d.value) <= (endsWeek(sentence, d) ? WEEK_END_DAYS : LEDE_DAYS) * 86_400_000
    && !dateInClauseOfItsOwn(sentence.text, datelineLength(sentence.text), d.start - sentence.start)
    // Nor one in a phrase describing a noun ("rivalling the bid announced yesterday"): the participle's (session 52).
    && describingParticipleBefore(sentence.text, d.start - sentence.start) === undefined
    // Nor the end of a period longer than a week a figure covers ("a dividend for the period ending March 31"): evt73.
    && (!endsPeriod(sentence, d) || endsWeek(sentence, d)));
}

/** A word of RESCHEDULING in a headline. */
const RESCHEDULING_WORDS = new RegExp(String.raw`\b(?:${alternation(RESCHEDULING)})\b`, 'i');

/**
 * The day the lede schedules its own happening for (src/extract/scheduled.ts: "Zorbia will hold a wheat tender
 * tomorrow"), unless the headline tells a statement ("Lee says talks to open Monday"): then the saying is the news. A
 * headline of announcing (lexicon ANNOUNCING_VERBS: "France announces T-bill auction") tells the plan it announces,
 * which is the news as an announced plan is (README, how event pages are judged; tests/gold/page-dates.json, session 49).
 */
export function scheduledUnder(headline: string, sentence: Sentence, dates: DateMention[], articleDate: string, read = scheduledDay): DateMention | undefined {
  const headlined = headlineStatement(headline);
  if (headlined && !ANNOUNCING_VERBS.has(headlined.text.toLowerCase())) return undefined;
  // Nor under a headline that tells a change of schedule ("Quarterly figures delayed"): the change is the news, on the
  // report's day, and the lede's day is the new day of what was put off (lexicon RESCHEDULING; evt61).
  if (RESCHEDULING_WORDS.test(headline)) return undefined;
  return read(sentence, dates, articleDate);
}

/**
 * A lede that reports its news ("Norland shipped 61,200 tonnes of maize in the week ended March 12, the ministry
 * said") under a headline that tells the happening, not the saying ("Norland maize shipments up in week to March
 * 12"): the news is what is reported, and its date is the one of the lede's own dates (a day of the month before the
 * article) the anchor model (src/extract/anchor.ts, trained on TimeML's TLINKs) puts the reported happening on — not
 * one it names in passing ("from the earlier peak at end-February"). A rule where the data is silent: TimeML
 * annotates no headlines, so which happening is the news comes from the headline. Under a headline that tells a
 * statement ("Norland confirms March money supply rise") the saying stays the news.
 */
export function reportedNewsDate(headline: string, sentence: Sentence, own: EventMention, ledeDates: DateMention[]): DateMention | undefined {
  if (ledeDates.length === 0) return undefined;
  const verb = reportedUnderHeadline(headline, own, sentence.text);
  if (verb < 0) return undefined;
  // The dateline's day is when the story was filed, not a date the lede tells.
  // Nor a date told in a clause of its own after the verb, which is that clause's verb's (evt61).
  const verbEnd = verb + (/^\S+/.exec(sentence.text.slice(verb))?.[0].length ?? 0);
  // Nor a date in the possessive of a noun the verb is not ("welcomed Monday's confirmation": datesAnotherNoun).
  const local = (d: DateMention) => ({ start: d.start - sentence.start, end: d.end - sentence.start });
  const told = ledeDates.filter((d) => d.start - sentence.start >= datelineLength(sentence.text)
    && !(d.start - sentence.start > verb && dateInClauseOfItsOwn(sentence.text, verbEnd, d.start - sentence.start))
    && !datesAnotherNoun(sentence.text, local(d), verb));
  const scored = told.map((d) => ({ d, score: anchorScore(sentence.text, verb, { start: d.start - sentence.start, end: d.end - sentence.start }) }));
  const best = scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score || a.d.start - b.d.start)[0];
  return best?.d;
}

/**
 * The day the lede's act took effect, when it gives one before (or on) the report after its verb ("Quanta said it raised
 * its crude postings 50 cts, effective Oct 16"; lexicon EFFECTIVE_FROM): the act is on that day, not the report's. The
 * act's verb is the lede's trigger, or the happening a statement reports under a headline that tells the happening
 * (as `reportedNewsDate` reads it); a statement under a headline of a statement stays the report's news.
 */
export function effectiveDay(headline: string, sentence: Sentence, own: EventMention, ledeDates: DateMention[]): DateMention | undefined {
  if (headlineStatement(headline)) return undefined;
  const reported = reportedUnderHeadline(headline, own, sentence.text);
  const verb = reported >= 0 ? reported : own.trigger && !eventKind(own.type).reportedSpeech ? sentence.text.indexOf(own.trigger, datelineLength(sentence.text)) : -1;
  if (verb < 0) return undefined;
  return ledeDates.find((d) => d.start - sentence.start > verb && EFFECTIVE_BEFORE.test(sentence.text.slice(0, d.start - sentence.start)));
}

/**
 * The lede's news happened before its report, on a day the lede does not give: its verb — the lede's trigger, or the
 * happening a statement reports under a headline that tells the happening (as `reportedNewsDate` reads it) — is told
 * in the past perfect ("Zorbix said it had sold its unit"), or the anchor model (TLINK-trained, src/extract/anchor.ts)
 * puts it in a span of the days before the report that names no date (WEEKS_BEFORE: "sold its unit last week").
 * TimeML links such a happening BEFORE the document's creation time, not in it.
 */
export function toldBeforeReport(headline: string, sentence: Sentence, own: EventMention): boolean {
  const start = datelineLength(sentence.text);
  const triggerAt = own.trigger ? sentence.text.indexOf(own.trigger, start) : -1;
  const reported = reportedUnderHeadline(headline, own, sentence.text);
  const at = reported >= 0 ? reported : triggerAt;
  if (at < 0) return false;
  if (toldInPastPerfect(sentence.text, at)) return true;
  return [...sentence.text.matchAll(WEEKS_BEFORE)].some((m) => m.index >= start && anchorScore(sentence.text, at, { start: m.index, end: m.index + m[0].length }) > 0);
}

/**
 * Where the happening a statement lede reports is told, under a headline that tells the happening rather than a
 * saying (reportedVerbAt); -1 for a lede that is no statement, or under a headline of a statement.
 */
function reportedUnderHeadline(headline: string, own: EventMention, text: string): number {
  if (!eventKind(own.type).reportedSpeech) return -1;
  return headlineStatement(headline) ? -1 : reportedVerbAt(text);
}

/**
 * The headline's trigger when it tells a statement ("Lee says talks to open Monday"); not a noun of saying that is
 * the subject of a figure's move right after it (lexicon FIGURE_VERBS: "U.S. first time jobless claims rose in week"
 * tells the claims for benefit that rose, a weekly figure, whose lede is dated the week's end; session 50, evt119).
 */
function headlineStatement(headline: string): { text: string; index: number } | undefined {
  const headlined = findTrigger(headline);
  if (!headlined || !eventKind(headlined.type).reportedSpeech) return undefined;
  const next = /^\s+([A-Za-z]+)/.exec(headline.slice(headlined.index + headlined.text.length))?.[1]?.toLowerCase();
  return next !== undefined && FIGURE_VERBS.has(next) ? undefined : headlined;
}

/**
 * Where the happening a lede reports is told: its first verb in a past form after the dateline that is not a
 * reporting verb ("said"), nor a participle closing a span ("the week ended"); -1 when it has none.
 */
function reportedVerbAt(text: string): number {
  const start = datelineLength(text);
  const tokens = tokenize(text).filter((t) => t.start >= start);
  // (Nor the verb of a clause of its own, a relative one or one of time: "said it has begun the offer that it announced
  // yesterday" reports the beginning, not the announcing; evt61.)
  const found = tokens.find((t, i) => {
    const w = t.text.toLowerCase();
    return pastForm(w) && !REPORTED.test(w) && !/^(?:week|month|quarter|period|year|weeks|months|days)$/i.test(tokens[i - 1]?.text ?? '')
      && !verbInClauseOfItsOwn(text, start, t.start);
  });
  return found?.start ?? -1;
}

/** How long before its article a lede's happening may be and still be its news: a year. */
const NEWS_DAYS = 366;

export function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}
