/**
 * A dated article's lede that tells a forecast, not a happening (issue 19, session 32): "Quanta expects to report a
 * loss", "the tariff could help farmers sell more grain", "the offering is expected to raise 40 mln dlrs". The lede is
 * the article's news whatever its mood (src/extract/events.ts: the headline asserts it), so its page was dated the
 * report's day as if the thing had happened. What may come is no happening: such a lede keeps its mention with mood
 * `forecast` (graph.json `reports`, nothing lost), unless it is scheduled for a day of its own
 * (src/extract/scheduled.ts: "will hold a tender on March 9" is an event on that day).
 *
 * The reading is the TimeML-trained assertion model's (src/extract/assertion.ts), asked at the lede's own verb — the
 * first verb after the dateline that is no reporting one, outside a relative clause — where the verb group tells a
 * possibility ("could", "may": `POSSIBILITY_MODALS`), or at the verb that a verb of expectation governs
 * ("expects to report", "is expected to raise": `FORECASTING_VERBS`, `FORECAST_WORDS`). A plan or a decision its
 * holder announces stays news, as the judged pages have it ("said it plans to close its mill", "will raise prices",
 * "agreed to buy"): verbs of intention are not read here, and "will" only where what is to come is a state ("the new
 * company will have a ratio of 60/40": `stateToCome`, session 38).
 */
import { assertionOf, negationAt } from './assertion.ts';
import { datelineLength } from './dateline.ts';
import { alternation, BE_INSIDE_GROUP, DECIDING_MODALS, FINITE_BE, FORECAST_WORDS, FORECASTING_VERBS, PERIOD_ORDINALS, PERIOD_UNIT_MONTHS, POSSIBILITY_MODALS, SEASON_MONTHS } from './lexicon.ts';
import { scheduledUnder } from './events.ts';
import { reportedVerb, withoutRelativeClauses } from './news-kind.ts';
import { scheduledTime } from './scheduled.ts';
import { taggedTerms } from './nlp.ts';
import { stateScores } from './state.ts';
import type { DateMention, EventMention, IngestedArticle, Sentence } from '../types.ts';

/**
 * Reads the article's news (the `lede` mention of `events`) as to come: marked `forecast` when its lede tells one
 * (`ledeTellsForecast`), else dated the later time its lede gives its own happening (`plannedTime`). Run after
 * src/extract/news-kind.ts `markNotNews`: a mood read there stands, and so does a day of its own.
 */
export function markPlannedNews(article: IngestedArticle, sentences: readonly Sentence[], dates: readonly DateMention[], events: EventMention[]): void {
  const news = events.find((e) => e.lede);
  if (!news || news.mood || article.date === null) return;
  // Scheduled for a day after its report (src/extract/scheduled.ts): a happening on that day.
  if (news.date !== null && news.date > article.date) return;
  const lede = sentences.find((s) => s.index === news.sentence);
  if (!lede) return;
  if (ledeTellsForecast(lede.text)) {
    news.mood = 'forecast';
    return;
  }
  // A quarter, a half or a season (`periodsNamed`) is read only for news on the report's day: dated by a month of its
  // own not before the report's ("will open the plant later this month"), it keeps it, for no period the lede names
  // after it ("for deliveries during the third quarter") is finer.
  const later = plannedTime(article.title, lede, dates.filter((d) => d.sentence === lede.index), article.date, news.date === article.date);
  if (later) {
    news.date = later.value;
    news.precision = later.precision;
  }
}

/** How far after its article a lede's planned time may be: a year. */
const PLAN_DAYS = 366;

/**
 * The later time a lede gives its own happening, beyond the month ahead that src/extract/scheduled.ts reads as its
 * day: a later day ("will redeem the notes on June 5"), a month ("plans to open the plant in April", "next month") or
 * a year ("will begin exporting next year") after the article's, within a year, read as scheduledDay reads a day — of
 * the lede's own verb told as to come, in its own clause, tied to it by the TimeML-trained anchor model; not under a
 * headline that tells a statement or a change of schedule (events.ts `scheduledUnder`). The news is then that
 * happening, dated when it is to be: the site writes it "expected" until a report of it comes after that time.
 */
export function plannedTime(headline: string, lede: Sentence, dates: readonly DateMention[], articleDate: string, periods = true): DateMention | undefined {
  if (articleDate.length !== 10) return undefined;
  const limit = Date.parse(articleDate) + PLAN_DAYS * 86_400_000;
  const ahead = dates.filter((d) => {
    if (d.precision === 'day') return d.value > articleDate && Date.parse(d.value) <= limit;
    if (d.precision === 'month') return d.value > articleDate.slice(0, 7) && Date.parse(`${d.value}-01`) <= limit;
    return d.value > articleDate.slice(0, 4) && Date.parse(`${d.value}-01-01`) <= limit;
  });
  return scheduledUnder(headline, lede, [...ahead, ...weeksNamed(lede, articleDate), ...(periods ? periodsNamed(lede, articleDate) : [])], articleDate, scheduledTime);
}

/**
 * A quarter, a half or a season the lede names with no year ("in the second quarter", "this autumn", "next summer"):
 * chrono reads none. A plan told for one that has not ended by the report's day is read as a time of the report's
 * year (of the next, for "next" past December), at a year's precision (graph.json's dates have no quarter); one
 * already over ("the first quarter" in an April story) is a figure's period, not a plan's time, and is not read. A
 * fiscal period ("the fiscal second quarter") keeps its own calendar, one a figure is for ("a loss for the second
 * quarter") is no plan's time, and one told with its year ("the second quarter of 1988") is the year's, which
 * src/extract/dates.ts reads.
 */
const PERIOD = new RegExp(String.raw`\b(this|next|the)\s+(?:(${alternation(Object.keys(PERIOD_ORDINALS))})\s+(${alternation(Object.keys(PERIOD_UNIT_MONTHS))})|(${alternation(Object.keys(SEASON_MONTHS))}))\b(?!\s+of\s+(?:\d|fiscal|the\s+(?:year|fiscal)))`, 'gi');
/** A fiscal period, or the period a figure is for ("a loss for the second quarter"): no plan's time. */
const FISCAL_BEFORE = /\b(?:fiscal\s+(?:year\s+)?|for\s+)$/i;

export function periodsNamed(lede: Sentence, articleDate: string): DateMention[] {
  const year = Number(articleDate.slice(0, 4));
  const month = Number(articleDate.slice(5, 7));
  const out: DateMention[] = [];
  for (const m of lede.text.matchAll(PERIOD)) {
    if (FISCAL_BEFORE.test(lede.text.slice(0, m.index)) || /^fiscal\b/i.test(lede.text.slice(m.index + m[1]!.length).trim())) continue;
    const next = m[1]!.toLowerCase() === 'next';
    const [first, last] = m[4] ? SEASON_MONTHS[m[4].toLowerCase()]! : periodMonths(PERIOD_ORDINALS[m[2]!.toLowerCase()]!, PERIOD_UNIT_MONTHS[m[3]!.toLowerCase()]!);
    let periodYear = year;
    if (next) {
      // The next such period: this year's when it has not begun, else the next year's.
      if (first <= month) periodYear++;
    } else if (last < month) continue;
    const start = lede.start + m.index;
    out.push({ paragraph: lede.paragraph, sentence: lede.index, start, end: start + m[0].length, text: m[0], value: String(periodYear), precision: 'year' });
  }
  return out;
}

/** The first and last month of the `n`th period of `months` months of a year. */
function periodMonths(n: number, months: number): [number, number] {
  return [(n - 1) * months + 1, n * months];
}

/**
 * A week the lede names ("next week", "later this week"): src/extract/dates.ts reads none (a week is no precision of
 * graph.json's dates), so a plan told for one kept the report's day. Read here as the month the week lies in — "this
 * week" from the article's day to its Sunday, "next week" Monday to Sunday after it — when it lies in one month; a week
 * across two months gives no time.
 */
const WEEK = /\b(?:(?:later|early|late)\s+)?(this|next)\s+week\b/gi;
const DAY_MS = 86_400_000;

function weeksNamed(lede: Sentence, articleDate: string): DateMention[] {
  const day = Date.parse(articleDate);
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
  const out: DateMention[] = [];
  for (const m of lede.text.matchAll(WEEK)) {
    const next = m[1]!.toLowerCase() === 'next';
    const from = next ? monday + 7 * DAY_MS : day;
    const to = monday + (next ? 13 : 6) * DAY_MS;
    if (month(from) !== month(to)) continue;
    const start = lede.start + m.index;
    out.push({ paragraph: lede.paragraph, sentence: lede.index, start, end: start + m[0].length, text: m[0], value: month(from), precision: 'month' });
  }
  return out;
}

/** Whether a lede's own verb tells a forecast: a possibility the model reads as not asserted, a state to come, or an expectation. */
export function ledeTellsForecast(lede: string): boolean {
  // A relative clause ("…, which expects to report a loss, …") is not the lede's own verb.
  const text = withoutRelativeClauses(lede);
  const verb = reportedVerb(text, text.slice(datelineLength(text), datelineLength(text)));
  if (!verb || verb.copula) return false;
  const group = verb.group.map((w) => w.toLowerCase());
  // A negated group is read elsewhere (news-kind.ts `negatedNews`): a decision not to act is news.
  if (negationAt(lede, verb.start)) return false;
  if (group.some((w) => POSSIBILITY_MODALS.has(w))) return assertionOf(lede, verb.start) === 'unasserted';
  if (stateToCome(lede, verb.start, group)) return true;
  const word = /^\s*([\p{L}'’]*)/u.exec(text.slice(verb.start))![1]!.toLowerCase();
  const expecting = FORECASTING_VERBS.has(word) || (FORECAST_WORDS.has(word) && group.some((w) => FINITE_BE.has(w)));
  if (!expecting) return false;
  // What the expectation governs: an infinitive's verb, read by the model ("expects to report": not asserted), or a
  // thing expected ("anticipates a charge"), a forecast whole.
  const governed = governedVerb(text, verb.start + word.length);
  return governed === undefined || assertionOf(lede, governed) !== 'asserted';
}

/**
 * A state told to come ("the new company will have a debt ratio of 60/40", "will consider any realistic offer"): what
 * is to hold, not a decision its holder announces ("will raise prices", "will meet on April 17"). Read where the
 * lede's own verb group is active and opened by a modal of decision ("will", "would": `DECIDING_MODALS`) and both
 * TimeML-trained state models read the verb a state (src/extract/state.ts: STATE and I_STATE against the happenings'
 * classes; the words around it, and with its verb group and WordNet's state verbs). A passive ("will be allowed to
 * raise") tells a decision. On the judged Reuters train ledes the readers and the lede-kind model leave as news (1,052,
 * tests/gold/lede-kinds.json) it reads 2, both judged forecasts.
 */
function stateToCome(lede: string, at: number, group: readonly string[]): boolean {
  if (!group.some((w) => DECIDING_MODALS.has(w)) || group.some((w) => BE_INSIDE_GROUP.has(w))) return false;
  const scores = stateScores(lede, at);
  return scores !== undefined && scores.state > 0 && scores.presentState > 0;
}

/** The verb of an infinitive right after offset `from` ("… to report"), adverbs between: its offset, if any. */
function governedVerb(text: string, from: number): number | undefined {
  const terms = taggedTerms(text).filter((t) => t.offset.start >= from);
  let k = 0;
  while (terms[k] && /ly$/i.test(terms[k]!.text)) k++;
  if (!/^to$/i.test(terms[k]?.text ?? '')) return undefined;
  k++;
  while (terms[k] && /ly$/i.test(terms[k]!.text)) k++;
  const verb = terms[k];
  return verb?.tags.includes('Verb') ? verb.offset.start : undefined;
}
