/** One told happening: its mood and assertion, its tense, whether it is a view or a state, and its date. */
import { taggedTerms } from '../nlp.ts';
import { memoByString } from '../../util/memo.ts';
import { assertionOf, underUnassertedInfinitive, type Assertion } from '../assertion.ts';
import { ledeToldAsState, namesActivity, toldAsPresentState } from '../state.ts';
import { clauseToldAsOngoing, toldAsHabit, toldAsRepeated } from '../tense.ts';
import { datelineLength } from '../dateline.ts';
import { FIGURE_VERBS, PRICED_SUBJECTS } from '../lexicon.ts';
import type { EventMention, Sentence } from '../../types.ts';
import type { ArticleReading } from './types.ts';
import { SPEECH_TRIGGERS, type Trigger } from './triggers.ts';
import { governingReading } from './governing.ts';
import { anchoredIn, inDateline, laterThanArticle, nearest } from './dating.ts';

/**
 * A lede told in the present of a verb of a state ("are considering a merger", "said it is posing a problem":
 * src/extract/state.ts `ledeToldAsState`) tells a plan or a state, not the day's happening: kept as a report. Not
 * under a headline that tells a statement ("Lee says Acme considering a merger"): the saying is then the news.
 */
export function ledeState(headline: string, lede: string): 'state' | undefined {
  return !SPEECH_TRIGGERS.some((t) => t.test(headline)) && ledeToldAsState(lede) ? 'state' : undefined;
}

/** The happening the sentence's trigger tells, read for its mood and its date. */
export function toldHappening(at: ArticleReading, sentence: Sentence, found: Trigger, kept: EventMention['participants'], triggerStart: number, speech: boolean): EventMention {
  const { governed, read } = assertionRead(at, sentence, found);
  const sentenceDates = at.datesBySentence.get(sentence.index) ?? [];
  const near = nearest(sentenceDates.map((d) => d.item), { start: triggerStart, end: sentence.start + found.index + found.text.length }, sentence, speech);
  const written = near && (inDateline(sentence, near) || anchoredIn(sentence, found.index, near)) ? near : undefined;
  // Inside a plan's or a proposal's complement ("wants to let tenants repair any flat they bought") a body
  // trigger with no day of its own is part of the plan (underUnassertedInfinitive).
  const inPlan = read === 'asserted' && sentence.index !== at.ledeIndex && written === undefined && underUnassertedInfinitive(sentence.text, found.index);
  const assertion = inPlan ? 'unasserted' : read;
  // Told as to come ("will meet", "is to sign"): TimeML does not tell a schedule from a forecast, so this rule does.
  // A happening to come with a day of its own is scheduled ("will meet on Monday") and is an event on that day; one
  // without ("sales will rise", "will sign in 2025") is a forecast, not a happening. So is one whose own month or
  // year is still to come however it is told ("a ruling could come as early as April" in a March story): it cannot
  // have happened then. (A lede is the article's news, told on its day: ownDateFits never dates it later.)
  const toCome = assertion === 'future' || (sentence.index !== at.ledeIndex && written !== undefined && laterThanArticle(written, at.article.date));
  // A share price's move ("Zorbix shares fell 3%") is a market's figure, no happening: kept as a report (`not-news`).
  const mood = moodOf(assertion, governed, toCome && written?.precision !== 'day', found.text);
  // With no date in the sentence, a happening told in the present or present perfect ("Apple unveils …", "has
  // agreed", "Acme says …") is the article's own news: it takes the article's written (not inferred) date. Anything
  // told in the past with no date stays undated — statements too: "Acme said" tells that the saying came before the
  // article, not on its day (it may be the day before, or a letter of last week), so the timeline does not place it
  // on a day the text never gives; the statement is still an event, shown undated with its quote. Except when what
  // it reports is told in the present ("Acme said its tablet leads the market", "\"We love it,\" Lee said"): that
  // holds on the article's day, and so does the statement that reports it. (Read only for an asserted happening
  // with no mood and no date of its own, the only one it dates: compromise tags the reported speech.)
  const ofTheDay = () => at.article.date !== null && at.article.dateSource === 'header'
    && (toldInPresent(sentence.text, found.index, found.text) || (speech && reportsThePresent(sentence.text, found.index, found.text)));
  const date = mood ? undefined : written ?? (assertion === 'asserted' && ofTheDay() ? { value: at.article.date!, precision: 'day' as const } : undefined);
  return {
    paragraph: sentence.paragraph,
    sentence: sentence.index,
    trigger: found.text,
    type: found.type,
    date: date?.value ?? null,
    precision: date?.precision ?? null,
    participants: kept,
    quote: sentence.text,
    ...(mood ? { mood } : {}),
  };
}

/** What the sentence asserts of its trigger's happening (`read`), and how a governing verb or its tense tells it (`governed`). */
function assertionRead(at: ArticleReading, sentence: Sentence, found: Trigger): { governed: ReturnType<typeof governingReading>; read: Assertion } {
  // Only what the sentence asserts is a happening (a model trained on TimeML, src/extract/assertion.ts): "Quanta did
  // not sue", "Acme could launch", "if Acme sues", "plans to buy" are not. They are kept, marked, so that nothing
  // read is lost; resolution makes no event page of them. (Read only for a happening kept: compromise tags the
  // sentence for it, a few milliseconds.)
  // The lede of a dated article is its news whatever its mood ("has chosen to step down" under "Jobs resigns"): the
  // headline asserts it, and markTheNews makes it the article's event.
  // What analysts make of the news ("… just about ends his prospects, political analysts said") is a view, not a
  // happening, in the lede too.
  const view = toldAsView(sentence.text);
  // A body sentence telling its happening (or its clause's verb) as under way ("is being managed by a court appointed
  // administrator", "has been fighting") tells a state, not a
  // happening with a day (TimeML's links to the creation time read so: src/extract/tense.ts). A change announced as
  // under way ("is stepping down") is the news of the day (toldInPresent).
  const underWay = () => clauseToldAsOngoing(sentence.text, found.index) && !toldInPresent(sentence.text, found.index, found.text);
  // So does one told as a habit ("usually plays", "sells … every week": toldAsHabit, a rule where TimeML is silent),
  // or summed up in the perfect ("has cut prices three times this year": toldAsRepeated), background to the news,
  // and an -ing form after a preposition, naming an activity ("a barrier to fighting poverty": namesActivity), and a
  // state told in the present simple or passive ("the inmates are held at …": the state model, toldAsPresentState).
  const summedUp = () => toldAsHabit(sentence.text, found.index) || toldAsRepeated(sentence.text, found.index) || namesActivity(sentence.text, found.index)
    || toldAsPresentState(sentence.text, found.index);
  const governed = sentence.index === at.ledeIndex ? ledeState(at.article.title, sentence.text) : underWay() || summedUp() ? 'state' : governingReading(...assertionReading(sentence.text, found));
  const read = view ? 'unasserted' : sentence.index === at.ledeIndex ? 'asserted' : governed === 'unasserted' || governed === 'future' ? governed
    : assertionOf(...assertionReading(sentence.text, found));
  return { governed, read };
}

/**
 * The sentence and trigger position the assertion model (and the reading of a verb governing the trigger) reads. "beat", whose past is its base form, is read as
 * "defeated" (its sense's other verb in WordNet's verb.competition, with a past of its own): the model, trained on
 * TimeML's prose, where a bare verb is mostly an infinitive or a present, reads "Halvorsen beat Corby 2-1 … to go top"
 * as unasserted, and "Halvorsen could beat Corby" stays so either way.
 */
function assertionReading(text: string, found: Trigger): [string, number] {
  if (found.text.toLowerCase() !== 'beat') return [text, found.index];
  return [text.slice(0, found.index) + 'defeated' + text.slice(found.index + found.text.length), found.index];
}

/**
 * The mood of a happening: not asserted, a state, to come with no day of its own (a forecast), or a market's figure
 * (`not-news`); undefined for an asserted happening.
 */
function moodOf(assertion: string, governed: string | undefined, toComeUndated: boolean, trigger: string): EventMention['mood'] {
  if (assertion === 'unasserted') return 'unasserted';
  if (governed === 'state') return 'state';
  if (toComeUndated) return 'forecast';
  return movesAPrice(trigger) ? 'not-news' : undefined;
}

/** The trigger is a priced thing's move ("shares fell": PRICED_SUBJECTS, then one of FIGURE_VERBS): a market's figure. */
function movesAPrice(trigger: string): boolean {
  const [subject, verb] = trigger.toLowerCase().split(/\s+/);
  return subject !== undefined && verb !== undefined && PRICED_SUBJECTS.has(subject) && FIGURE_VERBS.has(verb);
}

/**
 * The reported speech of a statement is told in the present, not shifted back ("Acme said its tablet leads the
 * market", not "… led" or "… would lead"): the first verb of what is said — after the reporting verb, or the quote
 * before it ("\"We love it,\" said Lee") — is in the present tense. Read with compromise's tagger, only for the
 * undated statements that need it.
 */
function reportsThePresent(sentence: string, index: number, trigger: string): boolean {
  const after = sentence.slice(index + trigger.length).replace(/^\s*(?:that\b|[,:])?/i, '');
  return firstVerbInPresent(after) ?? firstVerbInPresent(sentence.slice(0, index)) ?? false;
}

/** Whether the first finite verb of `text` is in the present; undefined when it has none (memoised: clauses recur). */
const firstVerbInPresent = memoByString((text: string): boolean | undefined => {
  const verb = taggedTerms(text).find((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund'));
  if (!verb) return undefined;
  const word = verb.text.toLowerCase();
  if (verb.tags.includes('Modal') || /^(?:had|was|were|did)$/.test(word) || verb.tags.includes('PastTense')) return false;
  return /^(?:is|are|am|has|have|do|does)$/.test(word) || verb.tags.includes('PresentTense');
});

/**
 * The trigger is in the simple present of news headlines and leads ("unveils") or the present perfect ("has
 * agreed"): the news of the day. The progressive ("is detaining") tells of a state that lasts, not a happening.
 */
function toldInPresent(sentence: string, index: number, trigger: string): boolean {
  const before = sentence.slice(Math.max(0, index - 30), index);
  if (/\b(has|have)\s+(?:\w+ly\s+)?$/i.test(before)) return true;
  // An infinitive governed by a present perfect ("has forced Acme to lower its prices", "has agreed to buy"): the
  // happening of the day is the governing verb's.
  if (/\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^,;]{0,40}\bto\s+$/i.test(sentence.slice(Math.max(0, index - 70), index))) return true;
  // "is stepping down", "is leaving the company": a change announced as under way is the news of the day.
  if (/\b(is|are|am)\s+(?:\w+ly\s+)?$/i.test(before) && /^(?:resigning|stepping down|leaving|quitting)\b/i.test(trigger)) return true;
  if (/\b(is|are|am|been|being)\s+(?:\w+ly\s+)?$/i.test(before)) return false;
  const word = trigger.split(/\s/)[0]!;
  // A plural noun after a determiner, possessive or preposition ("its profits", "Acme's earnings", "of protests") is
  // not a verb in the present.
  if (/(?:\b(?:a|an|the|its|their|his|her|our|this|these|those|of|in|on|for|with|from|by)|['’]s)\s+$/i.test(before)) return false;
  return /^[a-z]+[^s]s$|^[a-z]+(?:ches|shes|ses|xes)$/i.test(word) && !/\b(was|were|had|did|will|would)\s+$/i.test(before);
}

/**
 * Who gives views, not news: analysts, economists, observers … A sentence they are the only source of ("Zorbix's
 * slump just about ends its hopes of a rebound, political analysts said", "Analysts say the merger could …",
 * "…, according to economists") tells how they read the news, not a happening. A rule where the data is silent:
 * TimeML marks the reported event whoever reports it.
 */
const VIEWERS = String.raw`(?:(?:some|many|most|several|other|the|political|industry|market|financial|bank|oil|trade|western|foreign|private|independent|securities|money\s+market)\s+){0,3}(?:analysts|economists|observers|commentators|strategists|forecasters|experts)`;
const VIEW_CLOSES = new RegExp(String.raw`(?:,|["”])\s*(?:${VIEWERS}\s+(?:said|say|says|believe|believed|think|thought|agree|agreed|predicted|predict|expect|expected)|according\s+to\s+${VIEWERS})\b[^,;:]*[.]?\s*$`, 'i');
const VIEW_OPENS = new RegExp(String.raw`^\s*(?:but\s+|however,?\s+)?${VIEWERS}\s+(?:said|say|says|believe|believed|think|thought|agree|agreed|predicted|predict|expect|expected)\b`, 'i');

export function toldAsView(text: string): boolean {
  const body = text.slice(datelineLength(text));
  return VIEW_CLOSES.test(body) || VIEW_OPENS.test(body);
}
