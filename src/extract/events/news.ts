/** Marking the news: which happening of the lede is the article's news, and its date. */
import { posTerms } from '../pos-tagger.ts';
import { sentencesRegister } from '../register.ts';
import { datelineLength } from '../dateline.ts';
import { alternation, DENYING_VERBS, SPEECH_ACTS, UNDECIDED_AFTER_MODAL, DECIDING_MODALS, PERSONAL_PRONOUNS } from '../lexicon.ts';
import { isTableStory } from '../table-row.ts';
import { mainVerbGroup, inRelativeClause } from '../clause.ts';
import { NEWS_TYPE, eventKind } from '../../event-types.ts';
import type { DateMention, EntityMention, EventMention, IngestedArticle, Sentence } from '../../types.ts';
import { groupBySentence } from './types.ts';
import { findTrigger } from './triggers.ts';
import { ledeOf } from './lede.ts';
import { participantsOf } from './participants.ts';
import { ledeState, toldAsView } from './telling.ts';
import { ledeDayOfNews, modelsLedeDay, ownDateFits, ownDaysOfLede, precisionOf, scheduledUnder, toldBeforeReport, weekEndOfLede } from './news-dates.ts';
import { partiesOfTriggerlessLede } from './lede-parties.ts';
import { describingParticipleBefore } from './dating.ts';

/**
 * The lede's own happening `own` (a trigger of the lede) is the article's news: marked as the lede, with the
 * headline's trigger when it tells another, and dated (the scheduled day, the reported one, its own, or the report's).
 */
function markOwnNews(title: string, sentence: Sentence, own: EventMention, ledeDates: DateMention[], sentenceDates: DateMention[], scheduled: DateMention | undefined, articleDate: string): void {
  markAsNews(title, own);
  if (scheduled) {
    own.date = scheduled.value;
    own.precision = 'day';
    return;
  }
  const reported = ledeDayOfNews(title, sentence, own, ledeDates);
  if (reported) {
    own.date = reported.value;
    own.precision = 'day';
    return;
  }
  // The news is recent (ownDateFits). Undated (the trigger's own clause gives no date: "profits in the quarter,
  // which ended December 30"), it is the article's; dated otherwise, the lede's own day if it has one.
  // Undated, but told as before its report ("had sold", "sold … last week"), it stays undated: not the report's day.
  if (own.date === null && toldBeforeReport(title, sentence, own)) return;
  // A trigger told in a relative clause about a noun ("said it sold its unit to Miro, which had bought a stake in it
  // on March 3") took that clause's day: the news the headline and the main clause tell is not on it (evt61).
  // So did one told in a phrase describing a noun ("rivalling the bid announced yesterday": dating.ts, session 52).
  const triggerAt = sentence.text.indexOf(own.trigger, datelineLength(sentence.text));
  const inRelative = own.date !== null && own.trigger !== '' && (inRelativeClause(sentence.text, triggerAt) || describingParticipleBefore(sentence.text, triggerAt) !== undefined);
  // Which of the lede's own days (ledeDates) an undated happening is on, as the lede-date model reads the pairs
  // (trained on judged train ledes, eval/lede-anchor-model.ts): "bought … at its import tender yesterday" is, "back
  // to yesterday's level" is not. Asked only by evaluation: no better than the report's day under cross-validation (docs/quality-log.md).
  if (own.date === null) {
    const day = modelsLedeDay(sentence, ledeDates, articleDate);
    own.date = day?.value ?? articleDate;
    own.precision = day ? 'day' : precisionOf(articleDate);
  } else if (inRelative || !ownDateFits(own, sentence, sentenceDates, articleDate)) {
    own.date = ledeDates[0]?.value ?? articleDate;
    own.precision = ledeDates[0] ? 'day' : precisionOf(articleDate);
  }
}

export function markTheNews(article: IngestedArticle, sentences: Sentence[], entities: EntityMention[], dates: DateMention[], out: EventMention[]): void {
  if (article.date === null) {
    markUndatedNews(article, sentences, out);
    return;
  }
  const sentence = newsLede(article, sentences);
  if (!sentence) return;
  const entitiesBySentence = groupBySentence(entities);
  const datesBySentence = groupBySentence(dates);
  const articleDate = article.date;
  const own = out.find((e) => e.sentence === sentence.index);
  const sentenceDates = datesBySentence.get(sentence.index)?.map((d) => d.item) ?? [];
  const ledeDates = ownDaysOfLede(sentence, sentenceDates, articleDate);
  const scheduled = scheduledUnder(article.title, sentence, sentenceDates, articleDate);
  if (own) {
    markOwnNews(article.title, sentence, own, ledeDates, sentenceDates, scheduled, articleDate);
    return;
  }
  const register = sentencesRegister(sentences);
  const found = findTrigger(article.title, register) ?? findTrigger(sentence.text, register, true);
  const named = participantsOf(sentence, entitiesBySentence.get(sentence.index) ?? []);
  const { mentions, asides } = partiesOfTriggerlessLede(article.title, sentence, named, found !== null && eventKind(found.type).reportedSpeech === true);
  // (The first of ledeDates is mostly the dateline's own day; the lede-date model reads whether the lede tells another,
  // and a weekly figure is on its week's end.)
  const date = scheduled ?? modelsLedeDay(sentence, ledeDates, articleDate) ?? weekEndOfLede(article.title, sentence, ledeDates) ?? ledeDates[0];
  out.push({
    paragraph: sentence.paragraph,
    sentence: sentence.index,
    trigger: found?.text ?? '',
    type: found?.type ?? NEWS_TYPE,
    date: date?.value ?? articleDate,
    precision: date?.precision ?? precisionOf(articleDate),
    participants: mentions.map((m, i) => {
      const party = i === 0 ? 'actor' as const : 'other' as const;
      return m.item.type === 'place' ? { mention: m.index, role: 'place' as const, party } : { mention: m.index, role: party };
    }),
    quote: sentence.text,
    lede: true,
    ...(toldAsView(sentence.text) ? { mood: 'unasserted' as const } : ledeState(article.title, sentence.text) ? { mood: 'state' as const } : {}),
    ...(asides.length > 0 ? { asides } : {}),
  });
  out.sort((a, b) => a.sentence - b.sentence);
}

/**
 * The news of an article with no date (session 36, evt77; BBC's files are all undated): the happening its lede tells
 * with its main verb (`ownHappening`), marked as the lede, with the headline's trigger when it tells another, and left
 * undated — with no day of the report there is no "yesterday" to count from, and timelines skip an undated page. Its
 * parties come through the same lede-role path as a dated lede's. No news is made of a lede whose main verb is no
 * happening read there (a dated lede is its article's news whatever it holds): an undated file's first paragraph is as
 * often a teaser, a scene, a figure or a view (130 of 275 judged BBC train ledes tell no happening), and the lede-kind
 * model, trained mostly on wire ledes, does not tell them apart (docs/quality-log.md, evt77). Nor a lede that opens with a quotation.
 */
function markUndatedNews(article: IngestedArticle, sentences: Sentence[], out: EventMention[]): void {
  const sentence = newsLede(article, sentences);
  if (!sentence || /^\s*["“‘']/.test(sentence.text)) return;
  const own = ownHappening(sentence, out) ?? newsSaying(sentence, out);
  if (own) markAsNews(article.title, own);
}

/** The lede an article's news is told in (`ledeOf`); none in a market's table of prices or rates, which reports no happening. */
function newsLede(article: IngestedArticle, sentences: Sentence[]): Sentence | undefined {
  const sentence = ledeOf(article, sentences);
  if (!sentence) return undefined;
  const body = new Set(article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.id));
  return isTableStory(sentences.filter((s) => body.has(s.paragraph)).map((s) => s.text)) ? undefined : sentence;
}

/** The lede's happening `own` marked as the article's news, with the headline's trigger when it tells another. */
function markAsNews(title: string, own: EventMention): void {
  own.lede = true;
  const told = findTrigger(title);
  if (told && told.text.toLowerCase() !== own.trigger.toLowerCase()) own.headline = { trigger: told.text, type: told.type };
}

/**
 * The happening the lede tells with its main verb (clause.ts `mainVerbGroup`: its first finite verb outside a relative
 * clause or apposition, with the verbs it governs): an event of the sentence triggered there, not a saying. A trigger
 * elsewhere is a noun or a verb of another clause ("won a fight for a share of the takings", "despite the flood", "the
 * team that beat Zorbia"), and a saying reports what the lede's headline tells in other words ("…, the bank has said").
 */
function ownHappening(sentence: Sentence, out: readonly EventMention[]): EventMention | undefined {
  return inMainVerbGroup(sentence, out, false)?.event;
}

/**
 * The event of the sentence triggered inside its main verb group (clause.ts `mainVerbGroup`): a saying or not, as
 * asked, and where its trigger is there (the same word may be written earlier, in a relative clause the group passes).
 */
function inMainVerbGroup(sentence: Sentence, out: readonly EventMention[], saying: boolean): { event: EventMention; at: number } | undefined {
  const text = sentence.text;
  const verb = mainVerbGroup(text, posTerms(text), datelineLength(text));
  if (!verb) return undefined;
  for (const e of out) {
    if (e.sentence !== sentence.index || !e.trigger || (eventKind(e.type).reportedSpeech === true) !== saying) continue;
    const at = text.indexOf(e.trigger, verb.start);
    if (at >= verb.start && at < verb.end) return { event: e, at };
  }
  return undefined;
}

/**
 * An undated lede told as a saying whose saying is the news (session 37, evt80): its main verb is a statement that is
 * itself an act (lexicon SPEECH_ACTS, DENYING_VERBS: "Ann Vell has denied taking the Quanta money", "the Pella
 * fans have urged Zorbix to stay", "Quanta has announced a tour of Velmar"), or a plain saying of the speaker's own
 * decision, a pronoun's "will" and a verb ("Quanta has said it will close its Pella depot", not "… will be", "… will
 * not", nor "says profits will rise": someone else's forecast). Any other saying reports a view as often as a
 * happening ("Ann Vell says she is sure of a win", "Ann Vell said the Quanta board had lost its way"). What is
 * reported is read after the main verb group's saying, not after the word's first writing (rev37).
 */
function newsSaying(sentence: Sentence, out: readonly EventMention[]): EventMention | undefined {
  const found = inMainVerbGroup(sentence, out, true);
  if (!found) return undefined;
  const { event: saying, at } = found;
  const verb = saying.trigger.toLowerCase();
  if (SPEECH_ACTS.has(verb) || DENYING_VERBS.has(verb)) return saying;
  return OWN_DECISION_REPORTED.test(sentence.text.slice(at + saying.trigger.length)) ? saying : undefined;
}

/** What a plain saying reports when it tells the speaker's own decision: "(that) it will close …" (`newsSaying`). */
// The one complementizer "that" stays inline, as "by" in AGENT_AFTER: lists of words live in the lexicon's lists above.
const OWN_DECISION_REPORTED = new RegExp(String.raw`^\s+(?:that\s+)?(?:${alternation(PERSONAL_PRONOUNS)})\s+(?:${alternation(DECIDING_MODALS)})\s+(?!(?:${alternation(UNDECIDED_AFTER_MODAL)})\b)[a-z]`, 'i');
