/** Event mentions of one article: each sentence's trigger, its parties and its reading, in order (see src/extract/events.ts). */
import { isOfRegister, sentencesRegister, type Register } from '../register.ts';
import { datelineLength } from '../dateline.ts';
import { alternation, MATCH_MOMENT_PHRASES } from '../lexicon.ts';
import { isTableRow } from '../table-row.ts';
import { inCommaRelative } from '../clause.ts';
import { EVENT_KINDS, eventKind } from '../../event-types.ts';
import type { DateMention, EntityMention, EventMention, IngestedArticle, Sentence } from '../../types.ts';
import { type ArticleReading, groupBySentence } from './types.ts';
import { findTrigger, SPEECH_TRIGGERS } from './triggers.ts';
import { ledeOf } from './lede.ts';
import { articleSubject, participantsOf } from './participants.ts';
import { partiesOf, partyUnnamed } from './parties.ts';
import { toldHappening } from './telling.ts';

/** The kind whose triggers are read only in a sport article's lede (a contest's result), and that register's name. */
const SPORT = EVENT_KINDS.find((k) => k.ledeOfRegister)!.ledeOfRegister!;


export function extractEvents(article: IngestedArticle, sentences: Sentence[], entities: EntityMention[], dates: DateMention[]): EventMention[] {
  const out: EventMention[] = [];
  const entitiesBySentence = groupBySentence(entities);
  // (The first sentence of the body, dated or not, is the lede a contest's result is read in: findTrigger.)
  const firstBody = ledeOf(article, sentences)?.index ?? -1;
  const ledeIndex = article.date === null ? -1 : firstBody;
  const at: ArticleReading = {
    article, sentences, entities, entitiesBySentence, datesBySentence: groupBySentence(dates), ledeIndex, firstBody,
    // (Any reporting word of the headline: "Lee says summit working" tells a statement, though "summit" is a trigger.)
    headlineStatement: ledeIndex >= 0 && SPEECH_TRIGGERS.some((t) => t.test(article.title)),
    subject: articleSubject(article, sentences, entitiesBySentence),
    register: sentencesRegister(sentences),
  };
  for (const sentence of sentences) {
    const mentions = participantsOf(sentence, entitiesBySentence.get(sentence.index) ?? []);
    // (A sentence that names no one tells a happening only of a described or pronoun subject the article names
    // elsewhere: "He was arrested on Friday." — src/extract/described-party.ts, read in partiesOf.)
    const nameless = mentions.length === 0;
    if (nameless && !MAY_DESCRIBE.test(sentence.text)) continue;
    const found = findTrigger(sentence.text, at.register, sentence.index === firstBody);
    // A row of a table of figures tells no happening, whatever word of it reads as a trigger.
    if (!found || isTableRow(sentence.text)) continue;
    // A dated lede whose only trigger is a relative clause's ("Quanta sold its unit to Miro, which had bought Tarn Ltd")
    // tells its news in its main clause, whose verb no trigger reads: it is read as a lede with no trigger of its own
    // (markTheNews), the relative clause's names kept aside, not as the relative clause's happening.
    if (sentence.index === at.ledeIndex && inCommaRelative(sentence.text, datelineLength(sentence.text), found.index)) continue;
    const speech = eventKind(found.type).reportedSpeech === true;
    if (nameless && speech) continue;
    const parties = partiesOf(at, sentence, found, mentions, speech);
    if (nameless && !parties?.kept.length) continue;
    // A happening whose clause names no one (its sentence's names all sit in other clauses: "Since the inquiry was
    // launched, Zorbix has …") is kept, with no participant, so that nothing read is lost: resolution makes it a
    // report (graph.json `reports`, why `unnamed`, or its mood). Not a statement (a saying with no speaker is no
    // quote of anyone's), nor a dated article's lede, which tells the article's news with its names (markTheNews).
    if (!parties || (parties.kept.length === 0 && (speech || sentence.index === at.ledeIndex))) continue;
    const told = toldHappening(at, sentence, found, parties.kept, parties.triggerStart, speech);
    if (parties.asides.length > 0) told.asides = parties.asides;
    if (!speech && partyUnnamed(at, sentence, found, told.participants)) told.unnamedParty = true;
    // (A saying about a moment of play stays a quote of its speaker's.)
    if (!speech && !told.mood && sentence.index !== firstBody && momentOfPlay(at.register, sentence.text)) told.mood = 'not-news';
    out.push(told);
  }
  return out;
}

/** A sentence with a described or pronoun subject that may stand for a name ("He …", "…, the company …"). */
const MAY_DESCRIBE = /\b(?:the|he|she)\b/i;

/** A moment of play (MATCH_MOMENT_PHRASES), or a minute of the game by its number ("after 62 minutes", "in the 30th minute"). */
const MATCH_MOMENT = new RegExp(String.raw`\b(?:${alternation(MATCH_MOMENT_PHRASES).replace(/ /g, String.raw`\s+`)})\b|\b(?:after|in\s+the|on|in)\s+\d+(?:st|nd|rd|th)?\s+minutes?\b`, 'i');

/**
 * A body sentence of a sport article telling a moment of play inside a match ("crashed a drive against the bar",
 * "chips the keeper from twenty yards to level the tie"): a move of the match, whose result is the news, kept as a
 * report (`not-news`: MATCH_MOMENT_PHRASES says why). (A ban told with the moment it punishes would be kept so too;
 * none of the BBC sport development pages is one.)
 */
function momentOfPlay(register: Register, text: string): boolean {
  return isOfRegister(register, SPORT) && MATCH_MOMENT.test(text);
}
