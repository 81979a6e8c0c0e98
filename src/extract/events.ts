/**
 * Event mentions: a sentence that reports a happening — a trigger word of a type of the taxonomy
 * (`src/event-types.ts`, tried in its order so the most specific type wins) — with at least one named participant.
 * Participants before the trigger are actors, after it targets; places are places. The date is the date expression
 * nearest the trigger in the same sentence (none: the event stays undated).
 */
import { hasTag, taggedTerms, type TaggedTerm } from './nlp.ts';
import { posTerms } from './pos-tagger.ts';
import { memoByString } from '../util/memo.ts';
import { assertionOf, tokenize, underUnassertedInfinitive } from './assertion.ts';
import { anchorScore } from './anchor.ts';
import { ledeDatesOf, ledeDayChooser } from './lede-anchor.ts';
import { isPersonNoun, senseHere } from './trigger-sense.ts';
import { isOfRegister, sentencesRegister, type Register } from './register.ts';
import { ledeToldAsState, namesActivity, tellsState, toldAsPresentState } from './state.ts';
import { unnamedSubjectOf } from './unnamed-party.ts';
import { clauseBreakBetween, clauseToldAsOngoing, hasFiniteVerb, pastForm, toldAsHabit, toldAsOngoing, toldAsRepeated, toldInPastPerfect } from './tense.ts';
import { datelineLength } from './dateline.ts';
import { scheduledDay, contentVerbGroup } from './scheduled.ts';
import { WRITTEN_YEAR } from './dates.ts';
import { alternation, COMPANY_STAND_INS, NAME_PIECES, PASSIVE_AUXILIARIES, FACILITY_HEADS, FIGURE_VERBS, FILING_WORDS, ORG_HEADS, PRESS_NOUNS, PRICED_SUBJECTS, SUBJECT_PRONOUNS, WEEKS_BEFORE,
  SUBJECT_REPORTING_VERBS, SUBJECT_VERB_FILLERS, NOUN_MARKERS, REFERENT_CLAUSE_OPENERS, BODY_REFERENT_PRONOUNS, PERSON_REFERENT_PRONOUNS, REFLEXIVES,
  ANTECEDENT_POSSESSIVES, PLURAL_REFERENT_PRONOUNS, MATCH_MOMENT_PHRASES, DENYING_VERBS, SPEECH_ACTS, UNDECIDED_AFTER_MODAL, DECIDING_MODALS, PERSONAL_PRONOUNS, RESCHEDULING, TIME_RELATIVES, RELATIVE_PRONOUNS, LEDE_PERIOD_END, PLACE_PREPOSITIONS, WHERE_OR_WHO_PREPOSITIONS } from './lexicon.ts';
import { isTableRow, isTableStory } from './table-row.ts';
import { describesNounBefore } from './participle.ts';
import { escapeRegExp } from '../util/escape.ts';
import { LEGAL_FORMS } from './shapes.ts';
import { agentOfDescribingParticiple, appositions, commentAfter, mainVerbGroup, dateInClauseOfItsOwn, inApposition, inCommaRelative, inRelativeClause, objectRelative, purposeAfter, purposePhrases, reportTail, triggerClause, verbInClauseOfItsOwn } from './clause.ts';
import { antecedentOf, CLAUSE_OPENS, describedSubject, UP_TO_ITS_VERB } from './described.ts';
import { describedParty, lastBefore } from './described-party.ts';
import { EVENT_KINDS, NEWS_TYPE, eventKind } from '../event-types.ts';
import type { DateMention, EntityMention, EventMention, IngestedArticle, PartyRole, Sentence } from '../types.ts';

/** The words that trigger each type of the taxonomy. */
const TRIGGERS: Record<string, RegExp> = {
  coup: /\b(overthrew|overthrown|overthrow|ousted|seized power|staged a coup|coup)\b/i,
  sanction: /\b(blacklist(?:ed|s|ing)|sanctioned|sanctioning|(?:imposed|imposing|slapped|announced) (?:[\w-]+ ){0,5}sanctions|(?:new|fresh) sanctions (?:on|against)|added (?:[\w’'-]+ ){1,8}to (?:a|the|its) (?:\w+ )?(?:list|blacklist)|embargo(?:ed)?|designated|froze (?:the )?assets|banned)\b/i,
  attack: /\b(killed|killing|killings|attacked|attacks?|bombed|bombing|shot dead|shooting|wounded|massacred?|assassinated|invaded|invasion|airstrikes?|clashes|fighting)\b/i,
  death: /\b(died|dies|passed away|death of|funeral of)\b/i,
  birth: /(?<![\w-])(born)\b/i,
  disaster: /\b(earthquake|floods?|flooding|hurricane|typhoon|cyclone|wildfires?|tsunami|landslide|eruption|crashed|derailed|explosion)\b/i,
  election: /\b(elected|re-elected|won (?:the|a) (?:\w+ )?(?:election|vote|seat)|election|referendum|voters)\b/i,
  appointment: /\b(appointed|named (?:as )?(?:the )?new|nominated|sworn in|promoted to|succeed(?:s|ed|ing)? (?:[\w'’-]+ ){1,4}as)\b/i,
  resignation: /\b(resign(?:s|ed|ing)|stepp(?:ed|ing) down|steps? down|quit(?:s|ting)?|leaving the company|was sacked|was fired|dismissed|left the company|leaves the company|leave of absence|medical leave)\b/i,
  deal: /\b(acquired|acquire|acquisition|takeover|merger|merge|agreed to buy|bought|buys|deal to buy|stake in|bid for)\b/i,
  financial: /\b(profits?|revenues?|earnings|net loss|reported a loss|quarterly results|sales rose|sales fell|shares (?:rose|fell|jumped|slumped)|(?:cut|reduced?|lower(?:ed)?|raised?) (?:the |its |their )?prices?|prices? (?:has |have )?(?:been |was |were )?(?:cut|reduced|lowered|raised)|public offering|IPO)\b/i,
  legal: /\b(sues|sued|suing|lawsuit|suit|court case|filed (?:a |an |its |their )?(?:suit|lawsuit|complaint|case|appeal)|(?:lost|won) (?:its|their|the|a) (?:court )?case|settled (?:its|their|the|a) (?:[\w'’-]+ ){0,3}dispute|charged|convicted|sentenced|indicted|arrested|ruled|verdict|acquitted|jailed|fined|detained|trial)\b/i,
  // A contest's result: the commonest forms of WordNet's verb.competition senses of winning, losing, beating (and its
  // hyponyms: trounce, rout, thrash, crush, edge) and drawing (tying) a game, told with their object where the verb has
  // other senses ("lost to", "drew with", "held to a draw"). Verbs only: a result told by a noun in a lede ("fresh
  // from Quanta's four-goal romp at Pella, …", "a rout behind them") is background to the lede's own clause, and a
  // page's title needs a clause. Read only in a sport article's headline and lede (the kind's ledeOfRegister).
  contest: /\b(beat|beats|beaten|defeat(?:s|ed)|won(?!['’]t)|wins|lost (?:\d+-\d+ )?(?:to|against)|loses (?:\d+-\d+ )?(?:to|against)|drew (?:\d+-\d+ )?(?:with|against|at)|draws (?:\d+-\d+ )?(?:with|against|at)|held to an? (?:[\w-]+ ){0,2}draw|thrashed|trounced|routed|crushed|edged (?:out|past)|overcame)\b/i,
  // A sport lede's signing: WordNet's sign.v "engage by written agreement" ("signed two new pitchers"), "be engaged by
  // a written agreement" ("signed for Vell Rovers") and "mark with one's signature" ("signed a new contract"), and
  // join.v "become a member of a group or organization" (of a name only: trigger-sense.ts; "joined the race to sign"
  // is none); a move or transfer agreed or completed. Past and present only: "is set to join", "hopes to sign" are to
  // come, no happening.
  signing: /\b(signed|signs|joined|joins|(?:agreed|completed|sealed|secured) (?:a |an |his |her |their )?(?:[\w£$.-]+ ){0,3}(?:move|transfer|switch) to)\b/i,
  // A sport lede's absence: a player ruled out of a match or for a time (rule_out.v "make impossible", told in the
  // passive or of a player named: "has ruled out a comeback" is a decision, none), forced out of or withdrawn from an
  // event (withdraw.v "withdraw from active participation", pull_out.v "remove oneself from an obligation"). Past and
  // present only: "will miss", "is set to withdraw" are to come.
  absence: /\b((?:been|was|were|is|are) ruled out|ruled (?:[\w'’-]+ ){1,3}out (?:of|for)|(?:been|was|were) forced out|forced (?:[\w'’-]+ ){0,3}out of|forced to (?:withdraw|pull out|quit)|pulled out of|pulls out of|withdr(?:ew|awn|aws) from|(?:faces|facing) (?:[\w-]+ ){1,3}(?:weeks|months) out|sidelined)\b/i,
  protest: /\b(protests?|protested|protesters|demonstrations?|demonstrators|went on strike|general strike|rally|rallies|marched)\b/i,
  launch: /\b(launch(?:es|ed)?|unveil(?:s|ed)?|releas(?:es|ed)|introduc(?:es|ed)|rolls? out|rolled out|debut(?:s|ed)|(?:went|goes|go) on sale|began selling)\b/i,
  meeting: /\b(summit|met with|held talks|talks with|meeting|visited|hosted|conference)\b/i,
  statement: /\b(said in a statement|in a statement|announc(?:es|ed)|said|says|told|stated|claim(?:s|ed)|confirm(?:s|ed)|argu(?:es|ed)|reports|reported that|condemned|denounced|warned|criticized|criticised|urged|called on|accused|denied|denies|rejected|vowed|pledged|believes|believed)\b/i,
};

/** Each triggered type with its trigger, in the taxonomy's order. */
const EVENT_TRIGGERS = EVENT_KINDS.filter((k) => !k.untriggered).map((k) => {
  const trigger = TRIGGERS[k.type];
  if (!trigger) throw new Error(`event type ${k.type} has no trigger words`);
  return { type: k.type, trigger: new RegExp(trigger.source, `${trigger.flags.replace('g', '')}g`), reportedSpeech: k.reportedSpeech === true, violent: k.violent === true, ledeOfRegister: k.ledeOfRegister };
});

/** The kind whose triggers are read only in a sport article's lede (a contest's result), and that register's name. */
const SPORT = EVENT_KINDS.find((k) => k.ledeOfRegister)!.ledeOfRegister!;

/** The kind of a trigger read in a sense that is a saying (trigger-sense.ts): reported speech. */
const SAYING_TYPE = EVENT_KINDS.find((k) => k.reportedSpeech)!.type;

/** The reported-speech kinds' triggers, each read once (not global, so `test` keeps no state between titles). */
const SPEECH_TRIGGERS = EVENT_TRIGGERS.filter((t) => t.reportedSpeech).map((t) => new RegExp(t.trigger.source, 'i'));

const REPORTED = /\b(said|says|told|according to|reported)\b/i;

/** A trigger found in a sentence (findTrigger). */
type Trigger = NonNullable<ReturnType<typeof findTrigger>>;

/** What extractEvents reads once per article: the lede, whether the headline tells a statement, the article's subject. */
interface ArticleReading {
  article: IngestedArticle;
  sentences: Sentence[];
  entities: EntityMention[];
  entitiesBySentence: Map<number, { item: EntityMention; index: number }[]>;
  datesBySentence: Map<number, { item: DateMention; index: number }[]>;
  ledeIndex: number;
  /** The first sentence of the body, dated or not: where a contest's result is read (findTrigger's `lede`). */
  firstBody: number;
  headlineStatement: boolean;
  subject: { item: EntityMention; index: number } | undefined;
  /** Which kind of news the article is (src/extract/register.ts): a noun trigger's sense may depend on it (trigger-sense.ts). */
  register: Register;
}


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

/**
 * The clause's subject is a common noun phrase naming no one (src/extract/unnamed-party.ts), and no party was read
 * from another sentence for it (the article's subject "the company" stands for, the one "the Welsh runner" describes).
 */
function partyUnnamed(at: ArticleReading, sentence: Sentence, found: Trigger, kept: EventMention['participants']): boolean {
  if (kept.some((p) => at.entities[p.mention]!.sentence !== sentence.index)) return false;
  const inSentence = at.entitiesBySentence.get(sentence.index) ?? [];
  const names = inSentence.map(({ item }) => ({ start: item.start - sentence.start, end: item.end - sentence.start }));
  const unnamed = unnamedSubjectOf(sentence.text, found.index, names);
  if (!unnamed) return false;
  // A body called by its common noun ("The tribunal was meeting at Pella") is a party enough when the sentence names
  // another; where it names only the happening's site ("in Pella", "at the Rilmo Hotel"), no party is named.
  if (unnamed.body) return kept.every((p) => p.role === 'place' && SITE_BEFORE.test(sentence.text.slice(0, at.entities[p.mention]!.start - sentence.start)));
  if (unnamed.modifiers.length === 0) return true;
  // A name that only says whose the unnamed person is ("The Velmont co-chairman attacked …") is no doer: kept, as
  // other. Told in the passive ("a Velmont Bank manager was jailed"), the name is what the happening is done to and
  // its page stays (a page so judged good).
  const modifiers = new Set(unnamed.modifiers.map((i) => inSentence[i]!.index));
  // A place that says where the unnamed person is from ("The Norland shipowner was arrested", "Three of Norland's richest
  // shipowners quit") is no party, whichever way the clause is told: the happening's party goes unnamed.
  if (kept.some((p) => modifiers.has(p.mention) && p.role === 'place')) return true;
  const doers = kept.filter((p) => modifiers.has(p.mention) && p.role === 'actor');
  for (const p of doers) p.role = 'other';
  return doers.length > 0;
}

/** "in" or "at" (perhaps "the") right before a name: the happening's site. */
const SITE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;

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

/**
 * The parties of the happening the sentence's trigger tells, with their roles: none when its clause names no one;
 * undefined for a statement with no one to say it.
 */
function partiesOf(at: ArticleReading, sentence: Sentence, found: Trigger, mentions: { item: EntityMention; index: number }[], speech: boolean) {
  const { sentences } = at;
  const { participants, passive, relative, triggerStart, triggerEnd } = rolesByPosition(sentence, found, mentions);
  // Under a headline that tells a statement ("Acme's Lee says cooperation working"), the lede's speaker is its news's.
  const statementNews = sentence.index === at.ledeIndex && at.headlineStatement;
  // (A lede under its headline tells the article's news whole: its clauses joined by "and" are the headline's one
  // happening — a holder's two sales of shares under "Chairman sells shares" — so no junction parts them.)
  // (Where a reporting verb closing the sentence made its report, read once for the parties and the asides.)
  const closingReport = reportTail(sentence.text, found.index + found.text.length);
  const outside = notOfTheTrigger(sentence, mentions.map((m) => m.item), found.index, found.index + found.text.length, statementNews, sentence.index === at.ledeIndex, closingReport);
  // The lede's news told in a clause that its closing reporting verb reports is the clause's happening (reportedNews).
  const reported = speech && sentence.index === at.ledeIndex && !statementNews
    ? reportedNews(sentence, mentions.map((m) => m.item), found.index, found.index + found.text.length, outside) : undefined;
  if (reported) {
    participants.forEach((p, i) => {
      if (p.role !== 'place' || i === reported.doer) p.role = i === reported.doer ? 'actor' : 'other';
      else p.party = 'other';
    });
    outside.clear();
    for (const i of reported.outside) outside.add(i);
  } else if (speech) {
    // A statement belongs to its speaker — the name just before the verb ("SenseTime said"), or just after it
    // ("…, said Apple CEO Steve Jobs") — and is about the others it names.
    const speaker = speakerOf(mentions.map((m) => m.item), sentence, triggerStart, triggerEnd, outside);
    if (speaker < 0 && !participants.some((p) => p.role === 'actor') && !REPORTED.test(sentence.text)) return undefined;
    if (speaker >= 0) {
      participants.forEach((p, i) => {
        if (p.role !== 'place') p.role = i === speaker ? 'actor' : 'other';
        else p.party = 'other';
      });
    }
  }
  // Names that take no part in this happening are left out only now, after the roles were read from the sentence.
  const kept = participants.filter((_, i) => !outside.has(i));
  // "Zorbix Bank is involved because it is being sued by Quanta": "it" is the main clause's company.
  const referent = pronounReferent(sentence, found.index, mentions.map((m) => m.item));
  if (referent >= 0 && !kept.some((p) => p.mention === mentions[referent]!.index)) kept.unshift({ mention: mentions[referent]!.index, role: passive ? 'target' : 'actor' });
  const names = mentions.map((m) => m.item);
  const { subject, entities } = at;
  // "The singer was arrested …", "He resigned …", "The carmaker has launched …": the one name the article gives the
  // clause's described or pronoun subject (src/extract/described-party.ts), where no other reading names it.
  const describedDoer = () => {
    const party = speech ? undefined : describedParty(sentence, found.index, sentences, entities, names, subject?.item);
    if (party && !kept.some((p) => p.mention === party.mention)) kept.unshift({ mention: party.mention, role: passive ? 'target' : 'actor' });
  };
  if (kept.length === 0) {
    describedDoer();
    return { kept, triggerStart, asides: asidesOf(at, sentence, found, mentions, outside, kept, reported?.aside, reported ? { start: found.index + found.text.length, end: sentence.text.length } : closingReport) };
  }
  // "The company acquired Zorbix": the company the article is about is the doer, or in the passive what is done to;
  // "The company said Zorbix …": its speaker, and the statement is about the others (a quote on its page).
  // (The company named last before the sentence is what "the company" most likely stands for: "… even Velmar Motor
  // Corp sold more. In 2003, the firm launched …" is Velmar's, not the lede's company.)
  const lastFirm = () => entities[lastBefore(entities, sentence.index, 'organization') ?? -1]?.canonical === subject?.item.canonical;
  if (subject && (standsForSubject(sentence, found.index, subject.item, names) || standsInRelative(relative, subject.item, names)) && lastFirm()) {
    if (speech) for (const p of kept) if (p.role !== 'place') p.role = 'other';
    kept.unshift({ mention: subject.index, role: passive && !speech ? 'target' : 'actor' });
  } else if (subject && !speech && toldAsPassive(sentence, found.index, found.text, names) && agentStandsForSubject(sentence, found.index + found.text.length, subject.item, names) && lastFirm()) {
    // "Zorbix was acquired by the company", "… a mill bought two years ago by the company": the company did it,
    // to what is named before.
    for (const p of kept) if (p.role === 'actor' && entities[p.mention]!.end <= triggerStart) p.role = 'target';
    kept.push({ mention: subject.index, role: 'actor' });
  } else {
    // "The Welsh runner beat Ann Lee": the one earlier name the description fits (extract/described.ts).
    const described = describedSubject(sentence, found.index, names);
    const antecedents = described ? antecedentOf(described, sentence, sentences, entities) : [];
    if (antecedents.length > 0 && speech) for (const p of kept) if (p.role !== 'place') p.role = 'other';
    kept.unshift(...antecedents.map((mention) => ({ mention, role: passive && !speech ? 'target' as const : 'actor' as const })));
    if (antecedents.length === 0) describedDoer();
  }
  return { kept, triggerStart, asides: asidesOf(at, sentence, found, mentions, outside, kept, reported?.aside, reported ? { start: found.index + found.text.length, end: sentence.text.length } : closingReport) };
}

/**
 * The names left out of the happening (`outside`) because they stand in a phrase of purpose ("in an effort to win
 * business from Sorin Trust", "in order to compete with Miro") or a comment set after its clause ("…, a move analysts
 * said would help Norvex"): what the doer means to do, or what the happening means, not who took part in it
 * (src/extract/clause.ts `purposePhrases`, `commentAfter`). Kept on the mention (`asides`), so that graph.json keeps
 * them as the event's `alsoNamed`. `tail`: the words after the reporting verb that closes the sentence (clause.ts
 * `reportTail`), or after the lede's own reporting verb where it reports the news (`reportedNews`).
 */
function asidesOf(
  at: ArticleReading, sentence: Sentence, found: Trigger, mentions: { item: EntityMention; index: number }[], outside: Set<number>, kept: EventMention['participants'],
  reported?: { start: number; end: number }, tail?: { start: number; end: number },
): number[] {
  const spans = [...besideTheHappening(sentence.text, found.index, found.index + found.text.length), ...(reported ? [reported] : [])];
  const left = ({ index }: { index: number }, i: number) => outside.has(i) && !kept.some((p) => p.mention === index);
  // A name that only describes the next one ("Tennessee Senator Ann Vell", "U.S. retailer Zorbix") says whose or where
  // that party is: kept beside it too (evt67).
  const local = mentions.map(({ item }) => ({ start: item.start - sentence.start, end: item.end - sentence.start }));
  const triggerTo = found.index + found.text.length;
  const describers = mentions.filter((m, i) => left(m, i) && describesNextName(sentence.text, local, i, found.index, triggerTo) && !outside.has(i + 1));
  // (A place of the closing report, or of a participle phrase describing a noun, placeOfDescribedNoun, says where the
  // report was made or where that thing is: kept beside, as notOfTheTrigger left it out.)
  const thingPlace = (m: { item: EntityMention }, i: number) => m.item.type === 'place' && local[i]!.start >= triggerTo
    && ((tail !== undefined && local[i]!.start >= tail.start) || placeOfDescribedNoun(sentence.text, triggerTo, local[i]!.start));
  const asides = mentions.filter((m, i) => left(m, i) && !describers.includes(m)
    && (spans.some((s) => local[i]!.start >= s.start && local[i]!.end <= s.end) || thingPlace(m, i)));
  if (asides.length === 0) return describers.map(({ index }) => index);
  // (A dated lede's name its headline writes takes part in the article's news: kept, as other.)
  const headlined = sentence.index === at.ledeIndex ? asides.filter(({ item }) => headlineNames(at.article.title, item.text)) : [];
  for (const { item, index } of headlined) kept.push(item.type === 'place' ? { mention: index, role: 'place', party: 'other' } : { mention: index, role: 'other' });
  return mentions.filter((m) => describers.includes(m) || (asides.includes(m) && !headlined.includes(m))).map(({ index }) => index);
}

/** Where the first verb after the dateline ends (the fast tagger's, pos-tagger.ts); the text's end when it has none. */
function firstVerbEnd(text: string): number {
  const start = datelineLength(text);
  const verb = posTerms(text).find((t) => t.offset.start >= start && t.tags.includes('Verb'));
  return verb ? verb.offset.start + verb.offset.length : text.length;
}

/** A comma and a relative pronoun ("…, which could open the way to …"): a relative clause about what it follows. */
const COMMA_RELATIVE = new RegExp(String.raw`^,\s+(?:${alternation([...RELATIVE_PRONOUNS].filter((w) => w !== 'that'))})\s`, 'i');

/**
 * A lede with no trigger of its own read by its first verb (ending at `verbEnd`): a relative clause set after that
 * verb's clause ("The rail board widened its night services, which rival lines in Zorbia had asked for") tells of what
 * the clause names, not who took part: its span, to the sentence's end (as triggerClause ends a clause there).
 */
function relativeAfter(text: string, verbEnd: number): { start: number; end: number }[] {
  if (verbEnd >= text.length) return [];
  const { end } = triggerClause(text, verbEnd, verbEnd, false);
  // (Not an infinitive after its object: a lede's first verb may be any, and its infinitive may tell the news's own
  // result, "netted late to lift Quanta FC past Miro United".)
  return end < text.length && COMMA_RELATIVE.test(text.slice(end)) ? [{ start: end, end: text.length }] : [];
}

/**
 * The headline writes the name (its first two words, or its one, case aside: "Miro plans Velmar Medical board fight"
 * of "Velmar Medical Inc"): a party of the article's news, whichever clause of the lede names it ("will seek seats on
 * the board in a drive to change the pay rules of Velmar Medical Inc").
 */
function headlineNames(headline: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).slice(0, 2).map(escapeRegExp).join(String.raw`\s+`);
  return words.length > 0 && new RegExp(String.raw`(?:^|[^\p{L}\d])${words}(?![\p{L}\d])`, 'u').test(headline.toLowerCase());
}

/** The phrases of purpose and the comment (clause.ts) of a sentence that do not hold its trigger at `from`..`to`. */
function besideTheHappening(text: string, from: number, to: number): { start: number; end: number }[] {
  const spans = purposePhrases(text).filter((p) => p.end <= from || p.start >= to);
  const comment = commentAfter(text, to);
  return comment ? [...spans, comment] : spans;
}

/**
 * A lede told in the present of a verb of a state ("are considering a merger", "said it is posing a problem":
 * src/extract/state.ts `ledeToldAsState`) tells a plan or a state, not the day's happening: kept as a report. Not
 * under a headline that tells a statement ("Lee says Acme considering a merger"): the saying is then the news.
 */
function ledeState(headline: string, lede: string): 'state' | undefined {
  return !SPEECH_TRIGGERS.some((t) => t.test(headline)) && ledeToldAsState(lede) ? 'state' : undefined;
}

/** The happening the sentence's trigger tells, read for its mood and its date. */
function toldHappening(at: ArticleReading, sentence: Sentence, found: Trigger, kept: EventMention['participants'], triggerStart: number, speech: boolean): EventMention {
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

/** A month or year after the article's own (a day is compared whole, but is a schedule, not asked here). */
function laterThanArticle(date: DateMention, articleDate: string | null): boolean {
  return articleDate !== null && date.value > articleDate.slice(0, date.value.length);
}

/** The date is the dateline's ("NEW YORK, March 3 -"), which TimeML never annotates: the anchor model is not asked. */
function inDateline(sentence: Sentence, date: DateMention): boolean {
  return date.start - sentence.start < datelineLength(sentence.text);
}

/**
 * Whether a date the sentence names is when its happening happened, as the anchor model (trained on TimeML's TLINKs,
 * src/extract/anchor.ts) reads the pair: "the storm killed about 2,000 people … in 1990" is; "Quanta reported a loss … for
 * the third quarter of 1990", "profits … in 1990", "savings … by 2008", "to complete the sale by June", "as of
 * Sept. 30, the bank had assets …, Acme said" are not — the period a figure is for, a target's, or another clause's
 * day, not the report's.
 */
function anchoredIn(sentence: Sentence, triggerAt: number, date: DateMention): boolean {
  return anchorScore(sentence.text, triggerAt, { start: date.start - sentence.start, end: date.end - sentence.start }) > 0;
}

/** A clause "that" opens, with a verb of its own, in `between` ("ruled that he lied during a trial"; not "signed that deal"). */
function thatClauseBefore(between: string): boolean {
  const m = /\bthat\s+(.*)$/i.exec(between);
  return m !== null && (hasFiniteVerb(m[1]!) || taggedTerms(m[1]!).some((t) => t.tags.includes('PastTense') || t.tags.includes('PresentTense')));
}

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
function governingReading(text: string, index: number): 'state' | 'unasserted' | 'future' | undefined {
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

/**
 * The names of a sentence that may take part in its happening: not those of its dateline ("COLUMBUS, Ind., Feb 26 -"
 * tells where the story was filed, not where or by whom anything happened), and not a piece of a name the name
 * reader split in two ("Arvin" "Industries Inc", "Temasek Holdings (Pte) Ltd"): a name that follows another with
 * nothing but spaces or brackets between them continues it, and the first piece stands for the whole.
 */
function participantsOf(sentence: Sentence, mentions: { item: EntityMention; index: number }[]): { item: EntityMention; index: number }[] {
  const filedFrom = sentence.start + datelineLength(sentence.text);
  const text = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  const row = TABLE_ROW.test(sentence.text.slice(filedFrom - sentence.start));
  return mentions.filter(({ item }, i) => {
    if (item.start < filedFrom) return false;
    // A wire table's row label ("Semi div 11 cts vs 16 cts prior", "Oper shr 23 cts vs seven cts", "Pay Aug 17",
    // "Record July 28") is capitalised as the row's first word, not as a name; its figures ("Shr N.A. vs N.A.") are
    // none either.
    if (row) return false;
    if (NAME_PIECES.has(item.text.replace(/\.$/, ''))) return false;
    // A stock code in angle brackets after a company's name ("Alcan Aluminium Ltd <AL.N>", "<TEX>") names no one new.
    if (TICKER.test(text(item.start - 1, item.end + 1))) return false;
    const prev = mentions[i - 1]?.item;
    if (!prev || prev.start < filedFrom || NAME_PIECES.has(prev.text.replace(/\.$/, ''))) return true;
    const between = text(prev.end, item.start);
    // A company's name ends with its legal form: "Apple Inc. Steve Jobs" is two names, the person described by the company.
    if (COMPANY_FORM_END.test(prev.text)) return true;
    // "near Winnemucca, Nev.", "Mountain View, California": a place after a place locates it, it is not a party.
    if (item.type === 'place' && prev.type === 'place' && /^,\s*$/.test(between)) return false;
    return !NAME_CONTINUES.test(between);
  });
}

/**
 * The company an article is about: the one company its lede names (after its dateline; a ticker or a name's piece is
 * none), or of several, the one its headline names too. None where that is not one company: a stand-in ("the
 * company") then names no one for sure.
 */
function articleSubject(article: IngestedArticle, sentences: Sentence[], entitiesBySentence: Map<number, { item: EntityMention; index: number }[]>): { item: EntityMention; index: number } | undefined {
  const lede = ledeOf(article, sentences);
  if (!lede) return undefined;
  const firms = participantsOf(lede, entitiesBySentence.get(lede.index) ?? []).filter(({ item }) => item.type === 'organization');
  const distinct = (xs: typeof firms) => [...new Map(xs.map((x) => [x.item.canonical.toLowerCase(), x])).values()];
  const named = distinct(firms);
  if (named.length === 1) return named[0];
  // (By any of its lede's spellings: "GM, Ford cut output" names both "General Motors (GM)" and "Ford".)
  // As a whole word ("Ford" is not in "affordable").
  const inHeadline = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'iu').test(article.title);
  const headlined = named.filter(({ item }) => firms.some((f) => f.item.canonical === item.canonical && inHeadline(f.item.text)));
  return headlined.length === 1 ? headlined[0] : undefined;
}

/**
 * "The company" (COMPANY_STAND_INS) is the subject of the trigger's verb, with only auxiliaries and adverbs between
 * them ("The company has also acquired", "…, and the group said it bought"), at the sentence's start or after a
 * clause's comma or "and", and no name of the sentence comes before it that it might stand for. Then it stands for the
 * article's subject, unless the sentence names that company itself.
 */
const STAND_IN_SUBJECT = new RegExp(String.raw`${CLAUSE_OPENS}the\s+(?:${[...COMPANY_STAND_INS].join('|')})(?:\s+(?:${alternation(SUBJECT_REPORTING_VERBS)})(?:\s+that)?\s+it)?${UP_TO_ITS_VERB}`, 'i');

function standsForSubject(sentence: Sentence, triggerIndex: number, subject: EntityMention, names: EntityMention[]): boolean {
  const before = sentence.text.slice(0, triggerIndex);
  const m = STAND_IN_SUBJECT.exec(before);
  if (!m) return false;
  const at = sentence.start + m.index;
  const own = subject.canonical.toLowerCase();
  return !names.some((n) => n.start < at && n.type !== 'place') && !names.some((n) => n.canonical.toLowerCase() === own);
}

/**
 * The part each name of the sentence takes in the trigger's happening, by its place around the trigger: before it the
 * actor, after it the target, in the passive the other way round (with the agent after "by"); places keep the part
 * their place gives them (`party`). The noun an object's relative clause is about is the target (`objectRelative`);
 * with no other actor, a place that is the sentence's subject acts.
 */
/** A trigger that opens with its own be/get auxiliary and a participle: "was fired", "was sacked". */
const OWN_AUXILIARY = new RegExp(String.raw`^(?:${alternation(PASSIVE_AUXILIARIES)})\s+\w+(?:ed|en)\b`, 'i');
/** A be/get auxiliary (perhaps with an adverb in -ly) right before the trigger: "was quickly fired". */
const AUXILIARY_BEFORE = new RegExp(String.raw`\b(?:${alternation(PASSIVE_AUXILIARIES)})\s+(?:\w+ly\s+)?$`, 'i');

function rolesByPosition(sentence: Sentence, found: { index: number; text: string }, mentions: { item: EntityMention; index: number }[]) {
  const triggerStart = sentence.start + found.index;
  // Roles are split at the trigger's first word: in "added SenseTime to a list" SenseTime is the target.
  const triggerEnd = triggerStart + (found.text.split(/\s/)[0]?.length ?? found.text.length);
  const participants: EventMention['participants'] = [];
  // Passive voice ("X was blacklisted by Y"): the subject is the target, the agent after "by" the actor. "is
  // stepping down" is the progressive, not the passive. A trigger may hold its own auxiliary ("was fired").
  const told = (AUXILIARY_BEFORE.test(sentence.text.slice(0, found.index)) || OWN_AUXILIARY.test(found.text)) && !/^\w+ing\b/i.test(found.text);
  const byAt = told ? sentence.text.slice(found.index).search(/\bby\b/i) : -1;
  // A reduced passive's agent ("faces a suit brought by Quanta", "the mill acquired by Zorbix") is its doer too.
  // (Only that name: one after it, "… was sold to Velmar", is no agent.)
  const reduced = told ? undefined : reducedPassiveAgent(sentence, found, mentions.map((m) => m.item));
  const passive = told || reduced !== undefined;
  const agentFrom = byAt >= 0 ? sentence.start + found.index + byAt : reduced?.start ?? Infinity;
  const agentTo = reduced?.end ?? Infinity;
  for (const { item: m, index } of mentions) {
    const before = m.end <= triggerStart;
    const after = m.start >= triggerEnd;
    const party: PartyRole = passive && before ? 'target'
      : passive && after && m.start >= agentFrom && m.end <= agentTo ? 'actor'
      : before ? 'actor' : after ? 'target' : 'other';
    // A name read as a place keeps the part its place in the sentence gives: resolution may find it a company
    // ("Ubia's parent company", "bought Norland miller Zorbix").
    participants.push(m.type === 'place' ? { mention: index, role: 'place', party } : { mention: index, role: party });
  }
  // A relative clause whose pronoun is its verb's object ("Velmora, which the company acquired in 1999"): the noun
  // it is about is what was done to, the relative clause's subject the doer.
  const relative = passive ? undefined : objectRelative(sentence.text, found.index, found.index + found.text.length);
  if (relative) {
    mentions.forEach(({ item }, i) => {
      if (item.end - sentence.start !== relative.antecedentEnd) return;
      if (participants[i]!.role === 'place') participants[i]!.party = 'target';
      else participants[i]!.role = 'target';
    });
  }
  // Countries act in the news ("The United States on Friday blacklisted …", "China denies …"): with no other
  // actor, the place that is the sentence's subject — the first name, before the trigger — is the actor.
  if (!passive && !participants.some((p) => p.role === 'actor')) {
    const first = mentions[0];
    const subject = participants[0];
    if (first && subject && first.item.end <= triggerStart && SUBJECT_OPENS.test(sentence.text.slice(0, first.item.start - sentence.start))) {
      subject.role = 'actor';
    }
  }
  return { participants, passive, relative, triggerStart, triggerEnd };
}

/**
 * The agent of a reduced passive at the trigger: a noun trigger with a past form right after it,
 * perhaps past one more noun ("faces a suit brought by Quanta against …", "rejected a takeover bid made last week by
 * Quanta"), or a past-participle trigger that toldAsPassive reads as a reduced relative ("the mill acquired by
 * Zorbix"); then up to three lower-case words or numbers, "by" (perhaps "the") and a name, the agent returned (none:
 * undefined). PropBank gives a passive's "by" phrase the doer's role (Arg0), its subject or head noun the one done to.
 */
function reducedPassiveAgent(sentence: Sentence, found: { index: number; text: string }, names: EntityMention[]): EntityMention | undefined {
  const from = found.index + found.text.length;
  const agent = names.find((n) => n.start - sentence.start >= from);
  if (!agent) return undefined;
  const between = sentence.text.slice(from, agent.start - sentence.start);
  if (PARTICIPLE.test(found.text)) return AGENT_AFTER.test(between) && toldAsPassive(sentence, found.index, found.text, names) ? agent : undefined;
  const past = PAST_THEN_AGENT.exec(between);
  return past && [past[1], past[2]].some((w) => w !== undefined && pastForm(w)) ? agent : undefined;
}

/** Up to three lower-case words or numbers, then "by" and perhaps "the", up to the agent's name. */
const AGENT_AFTER = /^(?:\s+[\p{Ll}\d][\p{L}\d'’-]*){0,3}?\s+by\s+(?:the\s+)?$/u;
/**
 * After a noun trigger: its first two words (groups 1 and 2), one of them a past form — perhaps after one more noun
 * ("bid made …"; "suit filed last week …": the time after the form is no noun) — then as AGENT_AFTER.
 */
const PAST_THEN_AGENT = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+[\p{Ll}\d][\p{L}\d'’-]*){0,3}?\s+by\s+(?:the\s+)?$/u;

/**
 * "it" (or "they") as the subject of the trigger's verb in a clause of reason or time after the main clause ("Zorbix
 * Bank is a party to the case because it is being sued by Quanta", "Miro Ltd fell after it lost the case"): the main
 * clause's subject, a company named first in the sentence, with no other company between them; "he" or "she" so
 * stands for a person named first ("Ann Lee quit the board because she was charged by Quanta"), with no other person
 * between (index into `names`, or -1). A rule where the data is silent: MEANTIME links such pronouns only within its
 * own annotation.
 */
function pronounReferent(sentence: Sentence, triggerIndex: number, names: EntityMention[]): number {
  const m = PRONOUN_OPENS_CLAUSE.exec(sentence.text.slice(0, triggerIndex));
  // (The names of a dateline, "PELLA, April 1 -", are where the story was filed: the subject is the first after it.)
  const dateline = datelineLength(sentence.text);
  const at = names.findIndex((n) => n.start - sentence.start >= dateline);
  const first = names[at];
  const type = m && (BODY_REFERENT_PRONOUNS.has(m[1]!.toLowerCase()) ? 'organization' : 'person');
  if (!m || !first || first.type !== type) return -1;
  const [start, end] = [first.start - sentence.start, first.end - sentence.start];
  if (!SUBJECT_OPENS.test(sentence.text.slice(dateline, start)) || end > m.index) return -1;
  // (A noun for people between, with a possessive or a number before it, is the nearer antecedent.)
  const between = sentence.text.slice(end, m.index);
  const nearer = (re: RegExp) => [...between.matchAll(re)].some((n) => n[1]!.split(/\s+/).some(isPersonNoun));
  if (nearer(POSSESSED_NOUN) || (PLURAL_REFERENT_PRONOUNS.has(m[1]!.toLowerCase()) && nearer(COUNTED_NOUN))) return -1;
  return names.some((n, i) => i > at && n.type === type && n.start - sentence.start < m.index) ? -1 : at;
}

/** A possessive, or a number, before up to three lower-case words ("her aide", "200 striking workers"). */
const POSSESSED_NOUN = new RegExp(String.raw`\b(?:${alternation(ANTECEDENT_POSSESSIVES)})\s+((?:[a-z][\w-]*\s*){1,3})`, 'g');
const COUNTED_NOUN = new RegExp(String.raw`\b\d[\d,.]*\s+((?:[a-z][\w-]*\s*){1,3})`, 'g');

/** A clause of reason or time opened by a referent pronoun as its subject, up to its verb (only auxiliaries, a reflexive, adverbs between). */
const PRONOUN_OPENS_CLAUSE = new RegExp(String.raw`\b(?:${alternation(REFERENT_CLAUSE_OPENERS)})\s+(${alternation(new Set([...BODY_REFERENT_PRONOUNS, ...PERSON_REFERENT_PRONOUNS]))})\s+(?:(?:\w+ly|${alternation(REFLEXIVES)}|being|${alternation(SUBJECT_VERB_FILLERS)})\s+)*$`, 'i');

/**
 * The subject of an object's relative clause (`objectRelative`) is "the company" or "it" ("Velmora, which the company
 * acquired", "Tarn, which it bought"), and the sentence does not name the article's subject itself: it stands for
 * that company (the caller checks it is the company named last), never for the noun the clause is about.
 */
function standsInRelative(relative: ReturnType<typeof objectRelative>, subject: EntityMention, names: EntityMention[]): boolean {
  if (!relative) return false;
  const own = subject.canonical.toLowerCase();
  return STAND_IN_OR_IT.test(relative.subject.text) && !names.some((n) => n.canonical.toLowerCase() === own);
}

const STAND_IN_OR_IT = new RegExp(String.raw`^(?:it|the\s+(?:${[...COMPANY_STAND_INS].join('|')}))$`, 'i');

/** The endings of a past participle ("acquired", "taken", "shown", "bought", "sold", "meant"). */
const PARTICIPLE_ENDING = '(?:ed|en|wn|ght|ld|nt)';
/** A trigger that is a past participle, which may take an agent after "by". */
const PARTICIPLE = new RegExp(String.raw`^\S*${PARTICIPLE_ENDING}$`, 'i');
/** A be/get auxiliary, then only adverbs, up to a passive participle ("was acquired", "has been quietly sold"). */
const PASSIVE_AUXILIARY = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:\w+ly\s+)*$/i;
/** Words before a trigger that make it a clause's own verb, not a reduced relative ("it bought", "which then sold"). */
const OWN_SUBJECT = new RegExp(String.raw`\b(?:${alternation(SUBJECT_PRONOUNS)}|${alternation(SUBJECT_VERB_FILLERS)}|\w+ly)\s+$`, 'i');
/**
 * The trigger is passive, so that an agent may follow: after a be/get auxiliary ("Zorbix was acquired by …"), or as a
 * reduced relative after a noun ("a mill bought two years ago by …"), where no doer stands just before it — a name
 * or a pronoun right before a past form is its subject ("Zorbix Ltd bought …", "it sold …"), an active verb.
 */
function toldAsPassive(sentence: Sentence, triggerIndex: number, trigger: string, names: EntityMention[]): boolean {
  if (!PARTICIPLE.test(trigger)) return false;
  const before = sentence.text.slice(0, triggerIndex);
  if (PASSIVE_AUXILIARY.test(before)) return true;
  if (!/\p{Ll}[\p{L}'’-]*\s+$/u.test(before) || OWN_SUBJECT.test(before)) return false;
  const at = sentence.start + triggerIndex;
  return !names.some((n) => n.type !== 'place' && n.end <= at && /^\s*$/.test(sentence.text.slice(n.end - sentence.start, triggerIndex)));
}
/**
 * After a passive trigger: up to six words, none of them another participle (whose agent it would be: "bought the
 * shares owned by the company"), no clause's end, and "by the company" (its agent) — not "by the group of …", a
 * group of others.
 */
const STAND_IN_AGENT = new RegExp(String.raw`^(?:\s+(?![\w'’.-]*${PARTICIPLE_ENDING}\b)[\w'’.-]+){0,6}?\s+by\s+the\s+(?:${[...COMPANY_STAND_INS].join('|')})\b(?!['’]|\s+of\b)`, 'i');

/** "The company" is the passive trigger's agent, with no name between them, and the sentence does not name the subject itself. */
function agentStandsForSubject(sentence: Sentence, triggerEnd: number, subject: EntityMention, names: EntityMention[]): boolean {
  const m = STAND_IN_AGENT.exec(sentence.text.slice(triggerEnd));
  if (!m) return false;
  const from = sentence.start + triggerEnd;
  const to = from + m[0].length;
  const own = subject.canonical.toLowerCase();
  return !names.some((n) => n.start >= from && n.start < to) && !names.some((n) => n.canonical.toLowerCase() === own);
}

/**
 * A row of a wire's results or dividend table, as Reuters sends a company's figures under a headline that alone
 * names it: a label of a capitalised word and perhaps abbreviations in lower case, then figures compared with "vs"
 * ("Semi div 11 cts vs 16 cts prior", "Oper net 61.7 mln vs 52.9 mln", "Shr loss three cts vs profit six cts"; its
 * abbreviations may be capitalised, its figures not available: "Oper Shr loss 37 cts vs …", "Shr N.A. vs N.A.",
 * "Parent Company net profit 15.3 mln … vs"), or
 * a label and a day and nothing else ("Pay Aug 17", "Record July 28"). A sentence names no one that way; one with a
 * verb before its figures does ("Quanta shares rose 13 cts vs …").
 */
const TABLE_ROW = new RegExp(String.raw`^\p{Lu}\p{Ll}+\.?(?:\s+(?!(?:rose|fell|was|were|is|had|has|paid|earned|made|said|saw|posted|reported)\b)\p{L}\p{Ll}+\.?){0,3}\s+(?:(?:loss|profit)\s+)?(?:[\d.,/-]+|one|two|three|four|five|six|seven|eight|nine|ten|nil|N\.A\.)(?![\p{L}\d]).*\bvs\b`
  + String.raw`|^\p{Lu}\p{Ll}+\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\.?$`, 'u');


/** A name that ends with a company's legal form ("Apple Inc.", "Acme Corp"): complete, no piece of a longer name. */
const COMPANY_FORM_END = /\b(?:Inc|Corp|Ltd|Plc|LLC|GmbH)\.?$/;

/** What may stand between two pieces of one name: spaces and brackets ("Industrial Equity (Pacific) Ltd"). */
const NAME_CONTINUES = /^[\s()]*$/;

/** A stock code as Reuters writes it: one word in angle brackets, in capitals or with an exchange suffix. */
const TICKER = /^<(?:[A-Z\d&]+|[\w&-]+\.[A-Z]{1,3})>$/;

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
  return /\bweek\s+(?:ended|ending|to)\s+(?:\w+day,?\s+)?$/i.test(textBefore(sentence, date));
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
  if (periods.length !== 1 || !month) return false;
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
function ownDateFits(own: EventMention, sentence: Sentence, dates: DateMention[], articleDate: string): boolean {
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
function modelsLedeDay(sentence: Sentence, days: DateMention[], articleDate: string): DateMention | undefined {
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
function ownDaysOfLede(sentence: Sentence, sentenceDates: readonly DateMention[], articleDate: string): DateMention[] {
  return sentenceDates.filter((d) => d.precision === 'day' && d.value <= articleDate
    && Date.parse(articleDate) - Date.parse(d.value) <= (endsWeek(sentence, d) ? WEEK_END_DAYS : LEDE_DAYS) * 86_400_000
    && !dateInClauseOfItsOwn(sentence.text, datelineLength(sentence.text), d.start - sentence.start)
    // Nor the end of a period longer than a week a figure covers ("a dividend for the period ending March 31"): evt73.
    && (!endsPeriod(sentence, d) || endsWeek(sentence, d)));
}

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
  const reported = reportedNewsDate(title, sentence, own, ledeDates);
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
  const inRelative = own.date !== null && own.trigger !== '' && inRelativeClause(sentence.text, sentence.text.indexOf(own.trigger, datelineLength(sentence.text)));
  // Which of the lede's own days (ledeDates) an undated happening is on, as the lede-date model reads the pairs
  // (trained on judged train ledes, eval/lede-anchor-model.ts): "bought … at its import tender yesterday" is, "back
  // to yesterday's level" is not. Asked only by evaluation: no better than the report's day under cross-validation (README).
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
  // (The first of ledeDates is mostly the dateline's own day; the lede-date model reads whether the lede tells another.)
  const date = scheduled ?? modelsLedeDay(sentence, ledeDates, articleDate) ?? ledeDates[0];
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

type IndexedMention = { item: EntityMention; index: number };

/**
 * The parties of a lede with no trigger of its own (`markTheNews`), from its `named` participants, and the names kept
 * as `asides`; all the names when none is a party. `telling`: the news found is a telling.
 */
function partiesOfTriggerlessLede(title: string, sentence: Sentence, named: IndexedMention[], telling: boolean): { mentions: IndexedMention[]; asides: number[] } {
  // (A place inside a noun phrase describes its head here too, "acknowledged failings in the Zorbia arms affair";
  // unless it is the lede's only name, "two Zorbia wheat groups said": the news is the article's, and the place then
  // tells whose.)
  const names = named.map(({ item }) => ({ start: item.start - sentence.start, end: item.end - sentence.start, text: item.text, type: item.type }));
  // (Nor does the source it cites: "…, according to notices in the state gazette"; nor the one told or the
  // office filed with, unless a telling is the news: "A group told the SEC it sold its stake in Quanta".)
  // (Nor does a name of a phrase of purpose or of a comment after the lede's verb, "entered the race with a pledge to
  // return honesty to Pella Hall": kept as `asides`.)
  const verbEnd = firstVerbEnd(sentence.text);
  const beside = [...besideTheHappening(sentence.text, 0, verbEnd), ...relativeAfter(sentence.text, verbEnd)];
  // (Nor a name that only describes the next, "Tennessee Senator Ann Vell": kept as `asides` too.)
  const describer = (i: number) => describesNextName(sentence.text, names, i, -1, -1);
  const aside = ({ item }: { item: EntityMention }, i: number) => describer(i) || beside.some((s) => item.start - sentence.start >= s.start && item.end - sentence.start <= s.end);
  const parties = named.filter(({ item }, i) => (item.type !== 'place' || !describesAsPlace(sentence.text, names, i, Infinity))
    && !citedAsSource(sentence.text, item.start - sentence.start) && !hearsOf(sentence.text, item.start - sentence.start, telling)
    && (!aside({ item }, i) || (!describer(i) && headlineNames(title, item.text))));
  const mentions = parties.length > 0 ? parties : named;
  const asides = mentions === parties ? named.filter((m, i) => aside(m, i) && !parties.includes(m)).map(({ index }) => index) : [];
  return { mentions, asides };
}

/**
 * The news of an article with no date (session 36, evt77; BBC's files are all undated): the happening its lede tells
 * with its main verb (`ownHappening`), marked as the lede, with the headline's trigger when it tells another, and left
 * undated — with no day of the report there is no "yesterday" to count from, and timelines skip an undated page. Its
 * parties come through the same lede-role path as a dated lede's. No news is made of a lede whose main verb is no
 * happening read there (a dated lede is its article's news whatever it holds): an undated file's first paragraph is as
 * often a teaser, a scene, a figure or a view (130 of 275 judged BBC train ledes tell no happening), and the lede-kind
 * model, trained mostly on wire ledes, does not tell them apart (README, evt77). Nor a lede that opens with a quotation.
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

/** A word of RESCHEDULING in a headline. */
const RESCHEDULING_WORDS = new RegExp(String.raw`\b(?:${alternation(RESCHEDULING)})\b`, 'i');

/**
 * The day the lede schedules its own happening for (src/extract/scheduled.ts: "Zorbia will hold a wheat tender
 * tomorrow"), unless the headline tells a statement ("Lee says talks to open Monday"): then the saying is the news.
 */
export function scheduledUnder(headline: string, sentence: Sentence, dates: DateMention[], articleDate: string, read = scheduledDay): DateMention | undefined {
  const headlined = findTrigger(headline);
  if (headlined && eventKind(headlined.type).reportedSpeech) return undefined;
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
function reportedNewsDate(headline: string, sentence: Sentence, own: EventMention, ledeDates: DateMention[]): DateMention | undefined {
  if (ledeDates.length === 0) return undefined;
  const verb = reportedUnderHeadline(headline, own, sentence.text);
  if (verb < 0) return undefined;
  // The dateline's day is when the story was filed, not a date the lede tells.
  // Nor a date told in a clause of its own after the verb, which is that clause's verb's (evt61).
  const verbEnd = verb + (/^\S+/.exec(sentence.text.slice(verb))?.[0].length ?? 0);
  const told = ledeDates.filter((d) => d.start - sentence.start >= datelineLength(sentence.text)
    && !(d.start - sentence.start > verb && dateInClauseOfItsOwn(sentence.text, verbEnd, d.start - sentence.start)));
  const scored = told.map((d) => ({ d, score: anchorScore(sentence.text, verb, { start: d.start - sentence.start, end: d.end - sentence.start }) }));
  const best = scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score || a.d.start - b.d.start)[0];
  return best?.d;
}

/**
 * The lede's news happened before its report, on a day the lede does not give: its verb — the lede's trigger, or the
 * happening a statement reports under a headline that tells the happening (as `reportedNewsDate` reads it) — is told
 * in the past perfect ("Zorbix said it had sold its unit"), or the anchor model (TLINK-trained, src/extract/anchor.ts)
 * puts it in a span of the days before the report that names no date (WEEKS_BEFORE: "sold its unit last week").
 * TimeML links such a happening BEFORE the document's creation time, not in it.
 */
function toldBeforeReport(headline: string, sentence: Sentence, own: EventMention): boolean {
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
  const headlined = findTrigger(headline);
  return headlined && eventKind(headlined.type).reportedSpeech ? -1 : reportedVerbAt(text);
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

/** The first sentence of the article's lede paragraph (ledeParagraph): its lede. */
function ledeOf(article: IngestedArticle, sentences: Sentence[]): Sentence | undefined {
  const first = ledeParagraph(article);
  return sentences.find((s) => s.paragraph === first?.id);
}

/**
 * The article's first body paragraph that tells something: not a line set apart before it that only names a place and
 * a day ("PELLA 1996-08-23") or a writer ("Ann Vell") — a few words, none in lower case, no sentence's end. Such a line
 * names no party of the news; read as the lede, its city or writer was the news's only party. (None such: the first
 * body paragraph, whatever it holds.)
 */
export function ledeParagraph(article: IngestedArticle): IngestedArticle['paragraphs'][number] | undefined {
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  return body.find((p) => !setApart(p.text)) ?? body[0];
}

/** Up to five words, none opening in lower case, and no sentence's end ("PELLA 1996-08-23", "Ann O'Vell"). */
function setApart(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= SET_APART_WORDS && !words.some((w) => /^\p{Ll}/u.test(w)) && !/[.!?;:]["”']?$/.test(text.trim());
}

const SET_APART_WORDS = 5;

function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
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
 * Names in the sentence that take no part in the trigger's happening (indexes into `mentions`; offsets of the
 * trigger in the sentence):
 * - names of another clause: in "He founded Acme in 1990, and in 1995 the Qube was launched" Acme is not in the
 *   launch; when the second clause has no subject of its own ("Acme was founded by Ann Lee in 1990, and launched
 *   the Qube"), the first clause's subject (its first name) is shared and its other names are not. A list ("Acme,
 *   Widgets, and Qube launched …") has no verb before its ", and" and is not a clause;
 * - the source of a report ("…, according to Reuters"): it tells of the happening, it does not take part; nor does
 *   one who only reports it (speakersOfTheReport), unless `keepSpeakers` (the saying is the news);
 * - a name that describes another ("U.S. retailer Zorbix", "Acme CEO Ann Lee", "Ann Lee, the head of Acme,").
 */
function notOfTheTrigger(
  sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number, keepSpeakers = false, lede = false, tail = reportTail(sentence.text, triggerTo),
): Set<number> {
  const text = sentence.text;
  const local = (m: EntityMention) => ({ start: m.start - sentence.start, end: m.end - sentence.start });
  const out = new Set<number>();
  let join = -1;
  for (const m of text.slice(0, triggerFrom).matchAll(/(?:,|;)\s+(?:and|but)\s+|;\s+/gi)) join = m.index;
  // (Without a comma, "and" before a verb in the past and its object opens a second verb phrase of the subject: "Acme
  // is the maker of the Qube and launched the Mira in 2003" — the Qube is not launched.)
  for (const m of text.matchAll(AND_SECOND_VERB)) if (m.index < triggerFrom && m.index > join) join = m.index;
  const joinEnd = join < 0 ? -1 : join + /^(?:[,;]\s+(?:(?:and|but)\s+)?|\s+and\s+)/i.exec(text.slice(join))![0].length;
  if (join > 0 && hasFiniteVerb(text.slice(0, join).replace(/^.*[;:]/, '')) && !phraseJoined(text, join, joinEnd, triggerFrom)) {
    const between = text.slice(joinEnd, triggerFrom);
    const sharedSubject = /^(?:(?:\w+ly|then|also|later|again|has|have|had|was|were|is|are|(?:in|on|by) [\w ,]*?\d{4},?)\s+)*$/i.test(between);
    mentions.forEach((m, i) => {
      if (local(m).end > join) return;
      if (sharedSubject && i === 0) return;
      out.add(i);
    });
  }
  // Names outside the trigger's clause (but the noun a relative clause is about), or in an apposition that does not
  // hold the trigger, take no part in its happening; nor do those before the clause of time or reason that holds it,
  // where that clause names its own ("Ann Lee took over after her predecessor, Miro Tael, died": Lee did not die; in
  // "Zorbia suffered a blow when the earthquake hit" the country is all the sentence names of the earthquake).
  const clause = triggerClause(text, triggerFrom, triggerTo, !lede);
  // (A clause with no subject of its own, "after being charged with …", is about the main clause's; so is a
  // preposition's phrase with no verb of its own, "after the takeover of Miro Ltd": the main clause's names stay.)
  const from = backgroundOpener(text, triggerFrom);
  const ownSubject = from >= 0 && !/^\S+\s+\S*ing\b/i.test(text.slice(from)) && ownVerb(text.slice(from, Math.max(clause.end, triggerTo)));
  // (A pronoun as its subject stands for a name before only where pronounReferent finds one.)
  const opener = ownSubject && (mentions.some((m) => local(m).start > from) || PRONOUN_OPENS_CLAUSE.test(text.slice(0, triggerFrom))) ? from : -1;
  const described = appositions(text, mentions.map((m) => local(m).end)).filter((a) => a.end <= triggerFrom || a.start >= triggerTo);
  const reportsOnly = keepSpeakers ? new Set<number>() : speakersOfTheReport(sentence, mentions, triggerFrom, triggerTo);
  const locals = mentions.map(local);
  mentions.forEach((m, i) => {
    const { start, end } = local(m);
    // (Set off by a comma or a dash: "Ann Lee - who was elected in 1997 - …".)
    const antecedent = clause.head && /^[\s,–—-]*$/.test(text.slice(end, clause.start));
    if ((end <= clause.start && !antecedent) || start >= clause.end || end <= opener) out.add(i);
    if (clause.asides.some((a) => start >= a.start && end <= a.end)) out.add(i);
    if (described.some((a) => start >= a.start && end <= a.end)) out.add(i);
    if (citedAsSource(text, start)) out.add(i);
    if (agentOfDescribingParticiple(text, start, triggerFrom, triggerTo)) out.add(i);
    if (m.type !== 'place' && inSetting(text, end, triggerFrom)) out.add(i);
    if (hearsOf(text, start, /^told$/i.test(text.slice(triggerFrom, triggerTo)))) out.add(i);
    if (m.type === 'place' && describesAsPlace(text, mentions.map((x) => ({ ...local(x), text: x.text, type: x.type })), i, triggerTo)) out.add(i);
    if (m.type === 'place' && tail && start >= tail.start) out.add(i);
    if (m.type === 'place' && start >= triggerTo && placeOfDescribedNoun(text, triggerTo, start)) out.add(i);
    // A place after a company's part says where that part is ("its Triplett subsidiary in Bluffton, Ohio"), not where
    // the happening was.
    if (m.type === 'place' && start >= triggerTo && LOCATES_PART.test(text.slice(Math.max(triggerTo, start - 60), start))) out.add(i);
    const before = mentions[i - 1];
    if (m.type === 'place' && before && inBuilding(text, local(before), before.text, start)) out.add(i);
    // A place after a rank ("to become the No. 1 music seller in the United States", "the largest bank in Zorbia") is
    // where the rank holds, not where the happening was.
    // (So is a place joined by "and" to such a place: "the biggest brand in Zorbia and New Norland".)
    if (m.type === 'place' && start >= triggerTo && endsInRank(text.slice(Math.max(triggerTo, start - 80), start).replace(JOINED_PLACE, ''))) out.add(i);
    // A place after a company's legal form and "of" is where the company is ("Dateline Technology Inc of Redmond,
    // Wash."), before or after the happening.
    if (m.type === 'place' && HOME_OF_COMPANY.test(text.slice(Math.max(0, start - 40), start))) out.add(i);
    // A name that only describes another — "U.S. retailer Zorbix", "Acme CEO Ann Lee", "Ann Lee, the chief of
    // Acme,", "the founder of Acme Ann Lee" — is whose or where that one is, not a party of its own.
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    const acrossTrigger = next !== undefined && end <= triggerFrom && local(next).start >= triggerTo;
    if (describesNextName(text, locals, i, triggerFrom, triggerTo)) out.add(i);
    // "The Lees' Zorbix Ltd": the owner of a company or the employer of a person names whose it is. A product
    // stays its maker's ("Acme's Qube was recalled" is on Acme's timeline). A place's possessive before any name says
    // where that one is from ("Novartis bought Germany's Hexal"), as a place after a place locates it.
    const owns = next && (next.type === 'organization' || next.type === 'person' || m.type === 'place');
    if (owns && /^['’]s?\s+$/.test(text.slice(end, local(next).start))) out.add(i);
    // So is the owner of a noun whose apposition names the one meant ("Quanta's parent company, the Pella-based Miro
    // Group, is suing …": Miro sues; Quanta only says whose parent it is).
    if (owns && !acrossTrigger && OWNER_OF_APPOSED.test(text.slice(end, local(next).start)) && /^\s*,/.test(text.slice(local(next).end))) out.add(i);
    if (reportsOnly.has(i)) out.add(i);
    if (next && next.type === 'person' && new RegExp(`(?:^|\\s)(?:${TITLE_WORD}\\s+){1,5}of\\s+(?:the\\s+)?$`).test(text.slice(0, start)) && /^\s*$/.test(text.slice(end, local(next).start))) out.add(i);
    if (prev && prev.type === 'person' && new RegExp(`^,\\s+(?:(?:formerly|former|now|currently)\\s+)?(?:(?:the|a|an)\\s+(?:${TITLE_WORD}\\s+){0,5}|(?:${TITLE_WORD}\\s+){1,5}(?:of|at)\\s+(?:the\\s+)?)$`).test(text.slice(local(prev).end, start))) out.add(i);
  });
  return out;
}

/**
 * The name `names[i]` (offsets in `text`) only describes the name after it, a title or description between them ("U.S.
 * retailer Zorbix", "Acme CEO Ann Lee", "Norland Prime Minister Karl Brenn": `describing`): whose or where that one is,
 * no party of its own. Never across the trigger at `triggerFrom`–`triggerTo` ("Acme sues Quanta" is no title).
 */
function describesNextName(text: string, names: readonly { start: number; end: number }[], i: number, triggerFrom: number, triggerTo: number): boolean {
  const { start, end } = names[i]!;
  const next = names[i + 1];
  if (next === undefined || (end <= triggerFrom && next.start >= triggerTo)) return false;
  return describing(text, start, end, next.start, next.end);
}

/**
 * After an owner's name: its possessive, a noun of up to four words, and an apposition's opening up to the name that
 * heads it ("'s parent company, the Pella-based "); not a name after a preposition ("'s old quarter, the
 * trading centre of "), which only describes the apposition's own noun.
 */
const OWNER_OF_APPOSED = new RegExp(String.raw`^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+(?:(?:the|a|an|its)\s+)?(?:(?!(?:${alternation(NOUN_MARKERS)})\s)[\w-]+\s+){0,3}$`);

/** The name starting at `start` is in the source of a report ("…, according to figures from the Zorbix Bureau"). */
function citedAsSource(text: string, start: number): boolean {
  return /\baccording to\s[^,;]*$/i.test(text.slice(0, start));
}

/**
 * The sentence opens with where or when its happening took place, "At …," or "During …," (perhaps after a word of
 * time: "Yesterday, at this year's Quanta Expo,"), and the name ending at `end` is inside that phrase, before the
 * trigger: the keynote, the conference or the hall it names is the setting, not a party ("At the Quanta Expo keynote
 * at the Miro Center, Ann Lee unveiled the Qube"). Its places stay, as the happening's place. Not a phrase "with"
 * someone ("At a meeting with Zorbix, Quanta agreed …": Zorbix takes part).
 */
function inSetting(text: string, end: number, triggerFrom: number): boolean {
  const setting = /^(?:[A-Z][a-z]+,\s+)?(?:at|during)\s[^,;]*,/i.exec(text.slice(datelineLength(text)));
  if (!setting || /\bwith\b/i.test(setting[0])) return false;
  const close = datelineLength(text) + setting[0].length;
  return end < close && close <= triggerFrom;
}

/**
 * The place starting at `start` follows a building's name and "in" ("the Norland Convention Center in Oslo", "the
 * Miro West center in Oslo"): it locates the building (FACILITY_HEADS), not the happening.
 */
function inBuilding(text: string, prev: { start: number; end: number }, prevText: string, start: number): boolean {
  const gap = /^\s+(?:([a-z]+)\s+)?in\s+(?:the\s+)?$/i.exec(text.slice(prev.end, start));
  if (!gap) return false;
  const head = (gap[1] ?? prevText.split(/\s+/).at(-1)!).toLowerCase();
  return FACILITY_HEADS.has(head);
}

/**
 * The trigger is an infinitive ("to acquire", by compromise's tags) and nothing between the join and it is a finite
 * verb: the join adds a second object to the first clause ("completed the sale of shares, and warrants to acquire
 * more, to Zorbix"), not a clause with a subject of its own; the first clause's names stay the happening's.
 */
function phraseJoined(text: string, join: number, joinEnd: number, triggerFrom: number): boolean {
  if (text.slice(join, joinEnd).includes(';') || !/\bto\s+$/i.test(text.slice(joinEnd, triggerFrom))) return false;
  const toStart = text.slice(0, triggerFrom).search(/\bto\s+$/i);
  if (hasFiniteVerb(text.slice(joinEnd, toStart))) return false;
  return termTags(text)(triggerFrom).includes('Infinitive');
}

/** "and", a verb in the past (perhaps after an adverb) and the start of its object: a second verb phrase. */
const AND_SECOND_VERB = /\s+and\s+(?=(?:\w+ly\s+)?[a-z]{3,}ed\s+(?:(?:the|a|an|its|their|his|her)\s|\p{Lu}))/gu;

/** A verb that reports what another clause tells. */
const REPORTING_WORDS = 'said|says|told|added|stated|explained|noted|insisted';
const REPORTING_VERB = new RegExp(String.raw`\b(?:${REPORTING_WORDS})\b`, 'gi');
/** Those and "reported", as a report's close ("…, the newspaper Pella Daily reported"): whose speaker only reports it. */
const SPEAKER_VERB = new RegExp(String.raw`\b(?:${REPORTING_WORDS}|reported)\b`, 'gi');

/** A pronoun that may stand for a person: the speaker may be one the report is about ("Ann Lee said she resigned"). */
const PERSONAL_PRONOUN = /\b(?:i|me|my|we|us|our|he|him|his|she|her|they|them|their|himself|herself|themselves)\b/i;

/** What may follow a reporting verb that closes its sentence: a time, "in a statement", the end. */
const REPORT_CLOSES = /^(?:\s+(?:on|in|at|last|this|today|yesterday|earlier|late)\b[^,;:"“”]*)?\s*(?:[.,;]|$)/i;

/** Each mention with its index and its offsets in the sentence (speakersOfTheReport, reportersAfter, reportedNews). */
const placedInSentence = (sentence: Sentence, mentions: readonly EntityMention[]) =>
  mentions.map((m, i) => ({ m, i, start: m.start - sentence.start, end: m.end - sentence.start }));
/** A mention that may speak a report: a person or a body. */
const canSpeak = (m: EntityMention) => m.type === 'person' || m.type === 'organization';

/**
 * Who only reports the happening (indexes into `mentions`): the speaker of a reporting verb other than the trigger,
 * when the happening is told in what is reported and names its own doer. "Quanta has launched a bond, lead manager
 * Miro said", "Zorbix plans to cut 140 jobs, spokesman Bob Ray said", "Ann Lee said the surplus weakened Zorbia's
 * position in talks": the spokesman, the bank managing the issue and the one giving a view take no part in the
 * launch, the cuts or the talks. A speaker stays when what is reported may be about the speaker (a personal
 * pronoun: "Ann Lee said she resigned", "Bob Ray and Ann Lee said they bought the stake"); a company told before what
 * it reports ("Quanta said its board elected Ann Lee") stays too: companies report their own affairs, and so does
 * one told after a report with no company doing it ("Sugar imports fell, the Agriculture Department said").
 */
function speakersOfTheReport(sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number): Set<number> {
  const text = sentence.text;
  const out = new Set<number>();
  const within = (from: number, to: number) => placedInSentence(sentence, mentions).filter((x) => x.start >= from && x.end <= to && canSpeak(x.m));
  const bodyFrom = datelineLength(text);
  for (const r of text.matchAll(SPEAKER_VERB)) {
    const [rFrom, rTo] = [r.index, r.index + r[0].length];
    if ((rTo > triggerFrom && rFrom < triggerTo) || (rFrom < triggerTo && /^reported$/i.test(r[0]))) continue;
    if (rFrom >= triggerTo) {
      for (const i of reportersAfter(sentence, mentions, triggerFrom, triggerTo, rFrom, rTo)) out.add(i);
    } else {
      // Told before the report: "Ann Lee said (that) …". Only a person: a company reports its own affairs.
      // ("told a gathering of brokers that …": the one told is no report; the happening is the telling's own.)
      if (/^told$/i.test(r[0]) && /^\s+(?:[\w'’-]+\s+){0,3}$/.test(text.slice(rTo, triggerFrom))) continue;
      // ("Marsh said it has introduced …": a subject pronoun right after the verb stands for the speaker.)
      const content = text.slice(rTo);
      if (PERSONAL_PRONOUN.test(content) || /^\s+(?:\w+day\s+)?(?:that\s+)?(?:it|its)\b/i.test(content)) continue;
      const before = within(bodyFrom, rFrom).filter((x) => /^(?:\s*,[^,;]{1,60},)?\s*$/.test(text.slice(x.end, rFrom)));
      const speaker = before.at(-1);
      if (speaker && speaker.m.type === 'person') out.add(speaker.i);
    }
  }
  return out;
}

/**
 * The speakers of a reporting verb at `rFrom`..`rTo` told after the report (speakersOfTheReport): ", spokesman Bob Ray
 * said." or ", said spokesman Bob Ray.": the speaker stands between the report's last comma (or closing quote) and the
 * verb, between the verb and the sentence's end, or in an apposition right before the verb (", the head of the panel
 * drawing up the plan, Ann Lee, said"). A person reports; so does a news outlet, a press noun by its name ("the
 * official Zorbix news agency said", "the newspaper Pella Daily reported"), whoever did what it reports; and a company
 * after what a company or a place did ("Norland troops attacked rebels, the Varna agency said"), but after what a person
 * did it may be whom it was done for ("Ann Lee resigned, Quanta said"). A company reporting its own doing ("Quanta shares
 * rose …, Quanta Corp said") is the doer told again: a speaker sharing a doer's first word with no title before it
 * ("…, lead manager Miro Securities said" has one: another company of the group). (session 39, evt88: the sayers of
 * tests/gold/clause-participants.json.)
 */
function reportersAfter(sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number, rFrom: number, rTo: number): number[] {
  const text = sentence.text;
  const named = placedInSentence(sentence, mentions);
  const within = (from: number, to: number) => named.filter((x) => x.start >= from && x.end <= to && canSpeak(x.m));
  const mark = Math.max(text.lastIndexOf(',', rFrom - 1), text.lastIndexOf('”', rFrom - 1), text.lastIndexOf('"', rFrom - 1));
  if (mark < triggerTo) return [];
  let speakers: ReturnType<typeof within> = [];
  let from = mark;
  if (/^[,"”]\s*$/.test(text.slice(mark, rFrom))) {
    const rest = text.slice(rTo).replace(/[,;]\s*(?:adding|saying)\b.*$/, '').replace(/[.\s]+$/, '');
    if (/^[\s\w.&'’-]*$/.test(rest)) speakers = within(rTo, rTo + rest.length);
    const before = text.lastIndexOf(',', mark - 1);
    if (speakers.length === 0 && rest === '' && before >= triggerTo) [speakers, from] = [within(before, mark).filter((x) => x.m.type === 'person' && /^,\s*$/.test(text.slice(before, x.start)) && /^\s*$/.test(text.slice(x.end, mark))), before];
  } else if (REPORT_CLOSES.test(text.slice(rTo))) {
    speakers = within(mark, rFrom);
  }
  const bodyFrom = datelineLength(text);
  if (speakers.length === 0 || PERSONAL_PRONOUN.test(text.slice(bodyFrom, from))) return [];
  const doers = named.filter((x) => x.start >= bodyFrom && x.end <= triggerFrom).map((x) => x.m);
  const press = PRESS_SPEAKER.test(`${text.slice(from, rFrom)} ${text.slice(rTo)}`);
  return speakers.filter((x) => onlyReports(text, x.m, x.start, from, doers, press)).map((x) => x.i);
}

/**
 * The speaker `m` (starting at `start`; its phrase opens at `from`) of a report told after what it reports only reports
 * it (reportersAfter, reportedNews): see reportersAfter. `doers`: the names of what is reported.
 */
function onlyReports(text: string, m: EntityMention, start: number, from: number, doers: readonly EntityMention[], press: boolean): boolean {
  if (press) return true;
  if (m.type !== 'person' && !doers.some((d) => d.type === 'organization' || d.type === 'place')) return false;
  const firstWord = (x: EntityMention) => x.text.split(/\s+/)[0]!.toLowerCase();
  const titled = /[a-z]{3,}\s+$/.test(text.slice(from, start).replace(/\b(?:the|a|an)\s+$/i, ''));
  return !doers.some((d) => d.type !== 'place' && firstWord(d) === firstWord(m) && (!titled || d.text === m.text));
}

/**
 * A news outlet named as the speaker: a press noun or "news agency" by its name (lexicon PRESS_NOUNS); not a bare
 * "agency" ("the Central Meteorological Agency said" reports what it measured).
 */
const PRESS_SPEAKER = new RegExp(String.raw`\b(?:${alternation([...PRESS_NOUNS, 'news agency', 'news service', 'press agency'])})\b`, 'i');

/** A trigger that only reports what its sentence tells: "said", "told", "said in a statement". */
const REPORTING_TRIGGER = /^(?:said|says|told|stated)\b/i;
/** What may follow a verb that closes its sentence: a few words ("told Reuters", "said on Tuesday"), no clause. */
const CLOSES_REPORT = /^(?:\s+[\p{L}\d.&'’-]+){0,5}\s*[.]?\s*$/u;

/** What may come before a sentence's subject name: quotes, brackets, "the". */
const SUBJECT_OPENS = /^[\s"“‘'(]*(?:the\s+)?$/i;
/** After a name: its possessive before another name ("'s ruling Social Democratic Party"), whose the name says. */
const POSSESSIVE_OF_NAME = /^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}\p{Lu}/u;

/**
 * The lede's news told in a clause that a reporting verb closes ("The Zorbix Bureau is mailing its notices, the
 * Agriculture Department said"; "Acme has joined the bidders for Quanta, a panel's head told Reuters"): the happening
 * is the clause's, and its first company or person is the doer. A name takes no part when it is `outside` the
 * reporting verb's clause and outside the sentence's opening clause too (notOfTheTrigger read from the body's start):
 * "…, the head of a panel which controls them told Reuters" opens a clause the reported names are outside of, and
 * "Shell will revise prices while Caltex will revise theirs, officials said" a second one that is still reported.
 * Who says it and who is told only report it, as speakersOfTheReport reads a reporting verb that is not the trigger:
 * a person after anyone's doing, a company after a company's ("Ann Lee resigned, Quanta said": Quanta stays, whom it
 * was done for); one that shares the doer's first word is the doer told again (not a country's: "China …, the China
 * Daily said"). A country that is the clause's subject does it too ("Sweden is recalculating …, a bureau spokesman
 * said"). None when the clause names no company, person or such a country ("Prices were changed, the Agriculture
 * Department said": the speaker's is the news), quotes someone (the saying is the news), or the verb does not close
 * the sentence.
 */
function reportedNews(sentence: Sentence, mentions: EntityMention[], triggerFrom: number, triggerTo: number, outsideTrigger: Set<number>): { doer: number; outside: Set<number>; aside?: { start: number; end: number } } | undefined {
  const text = sentence.text;
  const bodyFrom = datelineLength(text);
  const mark = text.lastIndexOf(',', triggerFrom - 1);
  if (!REPORTING_TRIGGER.test(text.slice(triggerFrom, triggerTo)) || mark <= bodyFrom) return undefined;
  if (/["“”]/.test(text.slice(bodyFrom, triggerFrom)) || !CLOSES_REPORT.test(text.slice(triggerTo))) return undefined;
  // (A country that is the clause's subject acts, as in extractEvents: "Sweden is recalculating its inflation rate, a
  // statistics bureau spokesman said"; not one whose possessive names the subject, "Sweden's ruling Social Democratic
  // Party gave …".)
  const subjectPlace = (m: EntityMention) => m.type === 'place' && SUBJECT_OPENS.test(text.slice(bodyFrom, m.start - sentence.start))
    && !POSSESSIVE_OF_NAME.test(text.slice(m.end - sentence.start));
  const named = placedInSentence(sentence, mentions).filter((x) => canSpeak(x.m) || subjectPlace(x.m));
  const opening = notOfTheTrigger(sentence, mentions, bodyFrom, bodyFrom);
  const outside = new Set([...outsideTrigger].filter((i) => opening.has(i)));
  // What the reported clause's doer means to do ("Norland cut its fuel prices to end a row with Zorbia, an official
  // said"; "…, a move analysts said would help Quanta"), from its purpose or its comment to the reporting verb's
  // comma, is no part of the news, however the reporting verb's clause reads.
  const purpose = Math.min(purposeAfter(text, bodyFrom, bodyFrom) ?? mark, commentAfter(text, bodyFrom)?.start ?? mark);
  const aside = purpose < mark ? { start: purpose, end: mark } : undefined;
  if (aside) mentions.forEach((m, i) => {
    if (m.start - sentence.start >= aside.start && m.end - sentence.start <= aside.end) outside.add(i);
  });
  const doers = named.filter((x) => x.start >= bodyFrom && x.end <= mark && !outside.has(x.i));
  if (doers.length === 0) return undefined;
  // (A person set between commas right before the verb speaks: ", the head of the panel, Ann Lee, said".)
  // (Only with a doer before the phrase that describes the speaker: in ", the president of the Zorbix Bankers'
  // Association, Ann Lee, said" after a view, the association is the speaker's, and the saying the news.)
  const prev = text.lastIndexOf(',', mark - 1);
  const apposed = named.find((x) => x.m.type === 'person' && x.start > bodyFrom && /^,\s*$/.test(text.slice(prev, x.start)) && /^\s*$/.test(text.slice(x.end, mark)));
  const speakerFrom = apposed && doers.some((d) => d.end <= text.lastIndexOf(',', prev - 1)) ? prev : mark;
  const press = PRESS_SPEAKER.test(text.slice(speakerFrom));
  for (const x of named.filter((y) => y.start > speakerFrom && onlyReports(text, y.m, y.start, speakerFrom, doers.filter((d) => d.end <= speakerFrom).map((d) => d.m), press))) outside.add(x.i);
  // A place after the reporting verb is where the report was made ("…, an official told Reuters from Varna"), as
  // clause.ts reportTail reads one after another trigger.
  mentions.forEach((m, i) => {
    if (m.type === 'place' && m.start - sentence.start >= triggerTo) outside.add(i);
  });
  return { doer: doers[0]!.i, outside, ...(aside ? { aside } : {}) };
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

function toldAsView(text: string): boolean {
  const body = text.slice(datelineLength(text));
  return VIEW_CLOSES.test(body) || VIEW_OPENS.test(body);
}

/** A word's pattern with its first letter in either case (a sentence may open with it), the rest as written. */
const eitherCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
/**
 * Right before a name: the office a paper is filed with ("filed with the", "in a filing with the"), also past the
 * paper's own words ("filed draft proxy papers with the", "filed a complaint with the"; only after "filed",
 * "filing", "lodged": "registered a venture with Quanta" names a partner).
 */
const FILED_WITH = new RegExp(
  String.raw`\b(?:(?:${[...FILING_WORDS].map(eitherCase).join('|')})|(?:[Ff]iled|[Ff]iling|[Ll]odged)(?:\s+(?!jointly\b|together\b)[a-z][\w-]*){1,4})\s+with\s+(?:[Tt]he\s+)?$`,
);
/**
 * Right before a name: the one told ("told the", "told"), also a news outlet told after what it is ("told the West
 * German newspaper", "told the official news agency").
 */
const TOLD_TO = new RegExp(String.raw`\btold\s+(?:(?:the|a|an)\s+(?:[\p{L}.-]+\s+){0,3}(?:${[...PRESS_NOUNS].join('|')}|news\s+agency)\s+|(?:the\s+)?)$`, 'iu');

/**
 * The name starting at `start` hears of the happening, it takes no part: the one told ("…, a spokesman told Reuters",
 * "told the Pella Markets Board it holds …"), or written to (WRITTEN_TO), or the office a paper is filed with ("in a filing made with the
 * Pella Markets Board"). Unless the telling is the happening (`tellingIsNews`).
 */
export function hearsOf(text: string, start: number, tellingIsNews: boolean): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return (!tellingIsNews && (TOLD_TO.test(before) || WRITTEN_TO.test(before))) || FILED_WITH.test(before);
}

/**
 * Right before a name: what is written to it ("resigned in a letter to Quanta's board", "in a memo to staff"): the one
 * written to reads of the happening, as the one told hears of it (MEANTIME gives it no role of the happening).
 */
const WRITTEN_TO = /\b(?:letter|memo|memorandum|message|note|e-?mail)\s+to\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/i;

/** A company's legal form and "of" right before a place: "Zorbix Inc of", "Quanta Corp. of", "<Miro Ltd> of". */
// (The legal forms are shapes.ts's, with and without periods: "<Sedio N.V.> of Lugano".)
const HOME_OF_COMPANY = new RegExp(String.raw`\b(?:Corporation|Company|${LEGAL_FORMS.source.replace(/^\^|\$$/g, '')})>?\)?,?\s+of\s+$`);

/**
 * What ends right before a place that a rank is held in: a superlative or a rank, up to three words of its noun, and
 * "in" ("the No. 1 music seller in", "the second-largest bank in", "its biggest market in", "the top seller in").
 */
const RANK_IN = /\b(?:the|its|their|his|her)\s+(?:No\.\s*\d+|number\s+(?:one|two|three|\d+)|top|leading|[a-z]+-?(?:largest|biggest)|([a-z]{3,}est))\s+(?:[a-z][\w-]*\s+){0,3}in\s+(?:the\s+)?$/i;

/** Whether `before` (the text right before a place) ends in a rank and "in"; a word in "-est" must be a superlative by
 * compromise's lexicon ("the fastest carrier in", not "the protest in", "its interest in"). */
const isSuperlative = memoByString((word: string) => hasTag(word, 'Superlative'));
function endsInRank(before: string): boolean {
  const m = RANK_IN.exec(before);
  return !!m && (m[1] === undefined || isSuperlative(m[1].toLowerCase()));
}

/** A capitalised name and "and" or "or" right before a place: the place is the second of two. */
const JOINED_PLACE = /(?:[A-Z][\w.'’-]*\s+)+(?:and|or)\s+$/;

/** A word shaped as a participle the participle model reads ("issued", "taken", "operating"; participle.ts). */
const PARTICIPLE_SHAPE = /\b[a-z]{2,}(?:ed|en|ing)\b/g;

/**
 * The place starting at `start`, after the trigger ending at `triggerTo`, is in a participle phrase describing the
 * noun before it ("said so in a notice on shares lately listed in Oslo", "bought a plant located in
 * Varna"): it says where that thing is or was made, not where the happening was (session 35, evt76). The participle
 * is the last such word before the place with no comma between, a preposition of place right before the place
 * (THING_PLACE_GAP), and the participle model (participle.ts) reads it as
 * describing the noun before it.
 */
function placeOfDescribedNoun(text: string, triggerTo: number, start: number): boolean {
  const between = text.slice(triggerTo, start);
  if (/[,;:]/.test(between)) return false;
  const last = [...between.matchAll(PARTICIPLE_SHAPE)].at(-1);
  return last !== undefined && last.index > 0 && THING_PLACE_GAP.test(between.slice(last.index + last[0].length)) && describesNounBefore(text, triggerTo + last.index);
}

/**
 * Between such a participle and its place, a preposition of place only ("issued in", "shipped from"): a place that is
 * the participle's object ("two issues separating Norland from …") is what the phrase is about, and stays.
 */
const THING_PLACE_GAP = new RegExp(String.raw`^\s+(?:${alternation([...PLACE_PREPOSITIONS, ...WHERE_OR_WHO_PREPOSITIONS])})\s+(?:the\s+)?$`, 'i');

/** What ends right before a place that locates a company's part: "subsidiary in", "division based in". */
const LOCATES_PART = /\b(?:subsidiar(?:y|ies)|units?|divisions?|affiliates?|operations)\s+(?:(?:based|located)\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/**
 * The place `places[i]` (offsets in `text`) says what kind a noun is, not where a happening was: after the happening
 * ("to export U.S. expertise", "with Paris-based Alsthom"), or before it after an article or a possessive
 * ("acknowledged failings in the Zorbia arms affair but said he would not resign", "said its Far East buyers would
 * be billed"): a determiner opens a noun phrase, and a place inside one describes its head. A place joined by "and"
 * to one that describes a noun describes it too ("in the Pella Coast and Gulf of Zorbia regions").
 */
function describesAsPlace(text: string, names: { start: number; end: number; text: string; type: string }[], i: number, triggerTo: number): boolean {
  const { start, end } = names[i]!;
  // An organisation the name reader typed as a place ("its First Pella Bank and Trust Co of Orlin unit") is
  // a party of its own.
  if (names[i]!.text.split(/\s+/).some((w) => ORG_HEADS.has(w))) return false;
  const window = text.slice(Math.max(0, start - 40), start);
  const opens = NOUN_PHRASE_OPENS.exec(window);
  // A noun phrase that opens the sentence is its subject: its place is whose the doer is ("A Zorbian mission will
  // leave for talks", "The Zorbia City banks borrowed …"), as a country is when it is the subject itself.
  const inPhrase = opens !== null && text.slice(datelineLength(text), start - window.length + opens.index).trim() !== '';
  if (start < triggerTo && !inPhrase) return false;
  if (STANDS_FOR_ITS_COUNTRY.test(text.slice(end))) return false;
  if (describesNounAfter(text, start, end, inPhrase)) return true;
  const next = names[i + 1];
  return next !== undefined && next.type === 'place' && /^\s+(?:and|or)\s+$/.test(text.slice(end, next.start)) && describesNounAfter(text, next.start, next.end);
}

/**
 * Nouns a place before them stands for its country in: its government, its money and its economy ("dealing blows
 * against the Zorbia government", "the appreciation of the Zorbia dollar", "the Zorbia economy grew"). What happens
 * to them happens to the country, a party.
 */
const STANDS_FOR_ITS_COUNTRY = /^\s+(?:government|administration|regime|dollars?|yen|won|francs?|marks?|pounds?|pesos?|lira|rupees?|rand|currency|economy)\b/i;

/**
 * What opens a noun phrase right before a name: an article, a possessive or a number, perhaps with one adjective or
 * two joined by "and" ("the", "its new", "its onshore and offshore", "two big").
 */
const NOUN_PHRASE_OPENS = /\b(?:the|a|an|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+(?:[a-z-]+\s+(?:and|or)\s+)?(?:[a-z-]+\s+)?$/i;

/**
 * The name at `start`–`end` of `text` is said of the noun after it: "-based", or a common noun ("U.S. expertise").
 * Inside a noun phrase (`inPhrase`: an article or possessive before the name), a plural that compromise reads as a
 * verb before a singular noun is the first of two nouns ("the Zorbia arms affair"): a verb in "-s" has no subject
 * that opens with "the" and ends with a name.
 */
function describesNounAfter(text: string, start: number, end: number, inPhrase = false): boolean {
  if (/^-based\b/.test(text.slice(end))) return true;
  const word = /^\s+([a-z][a-z-]+)\b/.exec(text.slice(end));
  if (!word || FUNCTION_WORD.test(word[1]!)) return false;
  const tags = termTags(text.slice(start, end + word[0].length))(end - start + word[0].length - word[1]!.length);
  if (tags.includes('Noun') && !tags.includes('Verb')) return true;
  if (!inPhrase || !/s$/.test(word[1]!) || !tags.includes('PresentTense')) return false;
  const second = /^\s+([a-z][a-z-]+)\b/.exec(text.slice(end + word[0].length));
  if (!second || FUNCTION_WORD.test(second[1]!)) return false;
  const upTo = end + word[0].length + second[0].length;
  return termTags(text.slice(start, upTo))(upTo - start - second[1]!.length).includes('Singular');
}

/**
 * The words from `from` to `to` of `text` are a title or description between two names ("U.S. tablet retailer
 * Zorbix", "Acme CEO and co-founder Ann Lee", "the Lees' label Zorbix Ltd"): one to four nouns or adjectives
 * (compromise's tags), "and" between them, after an optional possessive.
 */
function describing(text: string, nameStart: number, from: number, to: number, nextEnd: number): boolean {
  const gap = text.slice(from, to);
  const m = /^(?:['’]s?)?(\s+)(\S.*?),?\s+$/.exec(gap);
  if (!m) return false;
  const words = m[2]!.split(/\s+/);
  if (words.length > 4 || words[0] === 'and' || words.at(-1) === 'and' || !words.every((w) => /^[\w-]+$/.test(w))) return false;
  // Cheap checks first (the tagger costs a millisecond): prepositions, articles, pronouns and verb forms are no title.
  if (words.some((w) => FUNCTION_WORD.test(w) || /^[a-z]+(?:ed|ing)$/.test(w))) return false;
  // Tagged in the phrase of the two names only, not the whole sentence (a tenth of the time, same tags here).
  const phraseTags = termTags(text.slice(nameStart, nextEnd));
  const tagsAt = (offset: number) => phraseTags(offset - nameStart);
  let at = from + gap.indexOf(m[2]!);
  for (const w of words) {
    const tags = tagsAt(at);
    at += w.length + 1;
    if (w === 'and') continue;
    if (tags.includes('Verb') || !(tags.includes('Noun') || tags.includes('Adjective'))) return false;
  }
  return true;
}

const FUNCTION_WORD = /^(?:in|on|at|of|to|for|from|with|by|as|into|over|about|against|than|the|a|an|this|that|these|those|its|his|her|their|our|it|he|she|they|we|who|which|is|are|was|were|be|been|has|have|had|will|would|said|says|told|or|but|not|also)$/i;

/** compromise's part-of-speech tags of the word starting at each offset of `text`. */
function termTags(text: string): (start: number) => readonly string[] {
  const at = new Map<number, readonly string[]>();
  for (const t of taggedTerms(text)) at.set(t.offset.start, t.tags);
  return (start) => at.get(start) ?? [];
}

/** A word of a title or description between two names: "retailer", "chief executive", "CEO and co-founder". */
const TITLE_WORD = String.raw`(?:[a-z][\w-]*|CEO|CFO|COO|CTO|Chairman|President|Chief|Executive|Officer|Director|Founder|Co-founder)`;

/** Index (in `mentions`) of who speaks in a reported-speech sentence, or -1. */
function speakerOf(mentions: EntityMention[], sentence: Sentence, triggerStart: number, triggerEnd: number, describing: Set<number>): number {
  // A name that only describes another ("Ann Lee, the head of Acme, said") does not speak.
  const speakers = mentions.map((m, i) => ({ m, i })).filter(({ m, i }) => (m.type === 'person' || m.type === 'organization') && !describing.has(i));
  const before = speakers.filter(({ m }) => m.end <= triggerStart && /^[\s\w,'’-]{0,40}$/.test(sentence.text.slice(m.end - sentence.start, triggerStart - sentence.start)) && !/[,;]\s*$/.test(sentence.text.slice(m.end - sentence.start, triggerStart - sentence.start).replace(/,\s*\w+(?:\s+[\w.]+){0,6},\s*$/, '')));
  if (before.length) return before.at(-1)!.i;
  // "said Apple Inc. CEO Steve Jobs": titles and their organisation may come first; the person is the speaker.
  const after = speakers.filter(({ m }) => m.start >= triggerEnd && m.start - triggerEnd <= 40);
  return (after.find(({ m }) => m.type === 'person') ?? after[0])?.i ?? -1;
}

/** A denial's verb and its "that" before a trigger ("denied that she had …"), in the same sentence. */
const DENIED_BEFORE = new RegExp(`\\b(?:${alternation(DENYING_VERBS)})\\b[^.;:]*\\bthat\\s`, 'i');

/**
 * The first trigger of `text` in its kind's sense (in an article of `register`, when known), or null. A kind read only
 * in the headline and lede of one register's articles (a contest's result) is tried where `lede` says `text` is one.
 */
export function findTrigger(text: string, register?: Register, lede = false): { type: string; text: string; index: number } | null {
  let background: { type: string; text: string; index: number } | null = null;
  for (const t of EVENT_TRIGGERS) {
    if (t.ledeOfRegister !== undefined && !(lede && isOfRegister(register, t.ledeOfRegister))) continue;
    for (const m of text.matchAll(t.trigger)) {
      if (describesNoun(text, m.index, m[0], t.reportedSpeech)) continue;
      // A sport lede's happening told as what its subject denies is no happening; the denial is the news.
      if (t.ledeOfRegister !== undefined && DENIED_BEFORE.test(text.slice(0, m.index))) continue;
      // A verb in a sense outside its kind ("charged down the wing", "was ruled out"; "dismissed the claims" a saying):
      // WordNet's senses, trigger-sense.ts.
      const sense = senseHere(text, m.index, m[0], t.type, register);
      if (sense === 'other') continue;
      // A violent word whose object is a proceeding or a transaction is read in that one's sense ("fighting two lawsuits").
      const type = sense === 'saying' ? SAYING_TYPE : (t.violent ? objectSense(text.slice(m.index + m[0].length)) : undefined) ?? t.type;
      // A trigger in a clause of time or reason ("…, when the Qube was first released") or in the source of a report
      // ("according to figures released by …") is background to the sentence's own happening: a trigger outside
      // such a clause is preferred. So is one outside a relative clause set off after a main clause with its own verb
      // ("sold its unit to Miro, which had bought Tarn Ltd": the clause tells of Miro, evt67).
      if (inBackgroundClause(text, m.index) || inApposition(text, m.index) || inCommaRelative(text, datelineLength(text), m.index)) background ??= { type, text: m[0], index: m.index };
      else return { type, text: m[0], index: m.index };
    }
  }
  return background;
}

/**
 * The trigger words of the kinds that name a proceeding or a transaction (the taxonomy's `proceeding`), each as a
 * whole word: a violent trigger whose object is one of them is read in its figurative sense ("is fighting two
 * lawsuits" is legal, "attacked the merger" a deal), not as violence.
 */
const OBJECT_SENSE_TRIGGERS = EVENT_KINDS.filter((k) => k.proceeding).map((k) => ({ type: k.type, word: new RegExp(`^(?:${TRIGGERS[k.type]!.source})$`, 'i') }));

/** The kind whose noun the object after a trigger names (its words up to a preposition, punctuation or a fifth word). */
function objectSense(after: string): string | undefined {
  const phrase = /^\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)/.exec(after)?.[1] ?? '';
  const words = phrase.split(/\s+/);
  const upTo = words.findIndex((w) => /^(?:in|on|at|for|with|from|by|of|to|over|and|or|as|after|near|since|against|between|that|which|who)$/i.test(w));
  const object = words.slice(0, upTo < 0 ? words.length : upTo);
  return OBJECT_SENSE_TRIGGERS.find((k) => object.some((w) => k.word.test(w) || k.word.test(w.replace(/s$/i, ''))))?.type;
}

/** A name in apposition, set off by commas (", Ann Lee,"). */
const APPOSED_NAME = /,\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3},/gu;

/** The word at `index` is in a clause opened by "when", "after", "because", "according to" … and not yet closed. */
function inBackgroundClause(text: string, index: number): boolean {
  return backgroundOpener(text, index) >= 0;
}

/**
 * A clause of time or reason (from its opener on) has a finite verb of its own ("after her predecessor, Ann Lee,
 * died"), not only a noun phrase ("after the merger of Quanta and Miro"); "according to" opens a source, never a verb.
 */
const ownVerb = (clause: string) => /^according to\s/i.test(clause) || hasFiniteVerb(clause.replace(APPOSED_NAME, ' '))
  || taggedTerms(clause).some((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && (t.tags.includes('PastTense') || t.tags.includes('PresentTense')));

/**
 * Where the clause of time or reason the word at `index` is in opens ("after", "when", …), or -1. A name set off by
 * commas stays inside it ("after his predecessor, Ann Lee, died").
 */
function backgroundOpener(text: string, index: number): number {
  const before = text.slice(0, index);
  const opener = /\b(?:when|after|before|since|while|because|although|though|once|until|as soon as|according to)\s/gi;
  let last = -1;
  for (const m of before.matchAll(opener)) last = m.index;
  return last >= 0 && !/[,;:]/.test(before.slice(last).replace(APPOSED_NAME, ' ')) ? last : -1;
}

/**
 * A participle between a preposition or a reporting verb and a word of content describes that word ("for elected
 * councillors", "between rival and armed groups", "said elected police commissioners would …"): a clause's verb
 * needs its subject before it, and no preposition takes a verb in "-ed". TimeML's training documents agree: of 133
 * "-ed" words after an article, possessive or preposition and before a content word, 127 are no EVENT and 6 are
 * annotated as a past one (2 with a quantifier subject, "some started"). After "and" or "that" (a verb as often as
 * not there: "and fired mortars", "that killed one") it is left to the verb reading.
 */
const ADJECTIVE_PARTICIPLE_BEFORE = /\b(?:of|for|with|between|among|to|in|on|from|by|against|under|about|into|said|says|told)\s+$/i;

/** A word of content next: not a function word, a number or a name (a verb's object can be a name: "said named Acme"). */
const CONTENT_WORD_AFTER = /^\s+(?!(?:the|a|an|by|to|in|on|at|for|with|from|as|that|and|or|it|its|up|out|over|into|about|than|of|off|this|these|those|his|her|their|our)\b)[a-z][a-z-]+\b/;

/**
 * A participle right before a finite verb is a reduced relative clause about the noun before it, whose own verb comes
 * next: "The other films nominated are …", "the administrator appointed will run …". A verb needs no second verb after
 * it with no subject between.
 */
const VERB_OF_NOUN_AFTER = /^\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should)\b/i;

/**
 * A participle or verb form used to describe a noun is not a happening: "a claimed battery life of nine hours", "the
 * recently announced tablet", "reports by customers" (a noun). A single-word "-ed" trigger right after an article or
 * possessive (optionally with an adverb: "the newly released") is read as an adjective; so is a reporting verb in
 * "-s" there ("its claims"), or one followed by "of"/"by" ("reports of"). Nouns that name happenings ("the
 * attacks", "a lawsuit") are not touched: only verb forms are.
 */
function describesNoun(text: string, index: number, trigger: string, reporting: boolean): boolean {
  if (/\s/.test(trigger)) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  // The second half of a hyphenated word ("recently-acquired", "state-owned") is an adjective: of 97 such "-ed" words
  // in TimeML's training documents, 94 are no EVENT (the other three: "earlier-announced", "British-owned",
  // "nose-dived"). A prefix makes no adjective ("re-", "co-": "was re-elected").
  if (/ed$/i.test(trigger) && /\p{L}-$/u.test(before) && !/\b(?:re|co|pre|un)-$/i.test(before)) return true;
  const after = text.slice(index + trigger.length);
  if ((/ed$/i.test(trigger) || (reporting && /[^s]s$/i.test(trigger))) && /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:\w+ly\s+)?$/i.test(before)) return true;
  if (/ed$/i.test(trigger) && ADJECTIVE_PARTICIPLE_BEFORE.test(before) && CONTENT_WORD_AFTER.test(after)) return true;
  if (/ed$/i.test(trigger) && !reporting && VERB_OF_NOUN_AFTER.test(after) && /\p{L}\s+$/u.test(before)) return true;
  return reporting && /[^s]s$/i.test(trigger) && /^\s+(?:of|by)\b/i.test(after) && !/\b(?:he|she|it|who|which|that)\s+$/i.test(before) && !/\b(?:[A-Z][\w'’.-]*)\s+$/.test(before);
}

function groupBySentence<T extends { sentence: number }>(items: T[]): Map<number, { item: T; index: number }[]> {
  const map = new Map<number, { item: T; index: number }[]>();
  items.forEach((item, index) => {
    const list = map.get(item.sentence) ?? [];
    list.push({ item, index });
    map.set(item.sentence, list);
  });
  return map;
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

function nearest(dates: DateMention[], trigger: { start: number; end: number }, sentence: Sentence, ownClauseOnly: boolean): DateMention | undefined {
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
  const earlier = toldInPastPerfect(sentence.text, trigger.start - sentence.start);
  const own = (inClause.length || ownClauseOnly ? inClause : dates.filter((d) => !relative(d) && !closedBefore(d)))
    .filter((d) => (!bound(d) || timeOf(d)) && !(earlier && reportsDate(sentence.text, local(d), trigger.start - sentence.start)));
  const possessive = (d: DateMention) => (/^['’]s\b/.test(sentence.text.slice(d.end - sentence.start)) ? 1 : 0);
  return own.sort((a, b) => possessive(a) - possessive(b) || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start) || a.start - b.start)[0];
}
