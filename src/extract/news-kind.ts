/**
 * Whether an article's news — the happening markTheNews reads in its headline and lede — is a happening at all
 * (issue 19). Wire services send, under a headline, much that reports nothing that happened: notices of data in
 * capitals, listings (a desk's highlights, a day's calendar), a market's session or a statistic's figure, and
 * views put as statements. Such a lede is no event page; it is kept in graph.json `reports` (why `not-news`, or
 * `unasserted` for a view) so that nothing read is lost. The sentences of its body are read as any other.
 *
 * TimeML annotates no headlines and marks every verb as an EVENT whoever reports it, so the notices are rules where
 * the data is silent (each with its reason here, its words in src/extract/lexicon.ts); the views are read with the
 * TimeML-trained assertion model (src/extract/assertion.ts; the state model was tried and dropped: see tellsAView).
 */
import { taggedTerms, type TaggedTerm } from './nlp.ts';
import { assertionOf, negationAt } from './assertion.ts';
import { datelineLength } from './dateline.ts';
import { shippedJson } from '../util/shipped-json.ts';
import {
  AFTER_HEAD, alternation, AMOUNT_SCALES, AMOUNT_UNITS, AMOUNT_WORDS, ASSERTING_AUXILIARIES, DECIDING_MODALS, FIGURE_MOVES, FIGURE_RECORDS,
  FIGURE_REPORTING, FIGURE_VERBS, FORECAST_WORDS, HEADLINE_REPORTING, MEASURES, NEGATED_GROUP_FILLERS, OPEN_MODALS, OWNING_PRONOUNS, REPORTING_TRIGGERS, RESULTS,
  FINITE_BE, SELLER_PREPOSITIONS, STATE_VERBS,
} from './lexicon.ts';
import { findTrigger } from './events.ts';
import { ledeTellsALevel } from './figure-lede.ts';
import { eventKind } from '../event-types.ts';
import type { EventMention, IngestedArticle, Sentence } from '../types.ts';

/** Why an article's news is no happening, or undefined when it is one. */
export type NotNews = 'not-news' | 'unasserted';

/**
 * Marks the article's news (the `lede` mention of `events`) when it reports no happening: `not-news` for a data
 * notice, a listing or a figure's report, `unasserted` for a view told as a statement. A listing's other mentions are
 * its items, each told in a story of its own or still to come (a calendar): `not-news` as well.
 */
export function markNotNews(article: IngestedArticle, sentences: Sentence[], events: EventMention[]): void {
  const news = events.find((e) => e.lede);
  if (!news || news.mood) return;
  const lede = sentences.find((s) => s.index === news.sentence);
  if (!lede) return;
  const body = article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);
  if (isListing(body)) {
    for (const e of events) e.mood ??= 'not-news';
    return;
  }
  if (isDataNotice(article.title, lede.text) || reportsAFigure(article.title) || ledeTellsAFigure(lede.text) || ledeTellsALevel(lede.text)) news.mood = 'not-news';
  else if (negatedNews(lede.text) || tellsAView(article.title, lede.text, news)) news.mood = 'unasserted';
  else if (!scheduled(news, article) && tellsAForecast(article.title, lede.text)) news.mood = 'forecast';
}

/**
 * An item of a listing: a paragraph opened by a list mark ("-- House subcommittee reviews …") or by a city with no
 * date ("MONTREAL - Alcan set up …": a desk's highlights, each item from a story filed there), or written in capitals
 * (a calendar: "PRESIDENT REAGAN MEETS … (1000/1400)..."). A story's own dateline carries its date ("MONTREAL, April 7
 * -"), so it is no item.
 */
const LIST_ITEM = /^\s*(?:--|[-*•]\s|\p{Lu}[\p{Lu} .'&/]{1,30}\s[-–—]\s)/u;

/** How many body paragraphs a listing has at least, and the share of them that are items. */
const LISTING_PARAGRAPHS = 3;
const LISTING_SHARE = 0.5;

/** A story that is a list of items, not one report: half its body's paragraphs or more are items (three at least). */
export function isListing(body: readonly string[]): boolean {
  if (body.length < LISTING_PARAGRAPHS) return false;
  return body.filter((p) => LIST_ITEM.test(p) || inCapitals(p)).length >= LISTING_SHARE * body.length;
}

/** Share of a text's letters in capitals from which it is written in capitals (a few mixed-case units allowed). */
const CAPITALS_SHARE = 0.8;

/** Text written in capitals: four words at least, four letters in five capitals ("… 187.45 up 0.83 COMPARED WITH 186.9 unch"). */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return text.trim().split(/\s+/).length >= 4 && letters.length > 0 && letters.replace(/\p{Ll}/gu, '').length >= CAPITALS_SHARE * letters.length;
}

/** Letters and digits of a text in lower case, to compare a lede with its headline. */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, '');

/**
 * A wire's data notice: its lede is written in capitals (the agencies' data and price services: "CASH AND FORWARD
 * RATES FROM BANK OF PELLA", "THE GRAIN STUDY BOARD FUTURES PRICES INDEX May 4 - 187.45 up 0.83"; news prose
 * is written in mixed case), or it only repeats its headline ("Pella tin … open interest of May 4 nil"):
 * it tells no news in prose. The dateline is no part of the lede's text.
 */
export function isDataNotice(headline: string, lede: string): boolean {
  const text = lede.slice(datelineLength(lede));
  const head = bare(headline);
  return inCapitals(text) || (head.length > 0 && bare(text).startsWith(head));
}

/** A headline's words up to its reporting verb ("API says "), before what it reports. */
const TOLD_IN_HEADLINE = new RegExp(`^.*?\\b(?:${alternation(HEADLINE_REPORTING)})\\s+`, 'i');

/**
 * A headline that reports a figure, not a happening: a measure — a market, a price, a statistic (MEASURES) — as its
 * subject, then how it moved or where it stands (FIGURE_MOVES: "Vellmark tin stocks fall in May", "Silver opens
 * firmer in Pella", "Quarnish unemployment steady", "Vellmark jobless rate 4.1 pct", "Pella corn syrup trade put
 * at 52 contracts"); after a reporting verb too ("Oil group says heating oil, petrol stocks up in week"). The measure
 * must be the subject: no verb before it ("Quarnland raises prices to cut budget deficit" is the government's act).
 * A company's results are not measures here (profit, net, sales): what a company did is its news. The measures are the
 * lexicon's and those learned from running text (`isMeasure`): "Quarnby farm loans fell 12 mln dlrs".
 */
export function reportsAFigure(headline: string): boolean {
  const told = headline.replace(/<[^<>]*>/g, ' ').replace(TOLD_IN_HEADLINE, '');
  const words = told.toLowerCase().replace(/[^\p{L}\d.'\s/-]+/gu, ' ').split(/\s+/).filter(Boolean);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isMeasure(words[i]!.replace(/\.$/, ''))) continue;
    let j = i + 1;
    while (j < words.length && /ly$/.test(words[j]!) && !FIGURE_MOVES.has(words[j]!)) j++;
    const next = words[j];
    if (next === undefined) return false;
    if (!FIGURE_MOVES.has(next) && !(amountAt(words, j) && standsAt(told, words[i]!)) && !movesAfterPhrase(told, words, j) && !verbOfAmount(told, words, j)) continue;
    return !hasVerbBefore(words.slice(0, i).join(' '));
  }
  return false;
}

/** How many words a phrase after a headline's measure may have before its move ("stocks in Norland warehouses decrease"). */
const PHRASE_AFTER_MEASURE = 3;

/**
 * Whether a headline's words from `j`, right after its measure, are a phrase that qualifies it — opened by a
 * preposition (`AFTER_HEAD`: "Wool stocks in Norland warehouses decrease", "Tin output in Kell falls") with no
 * verb in it — then its move. A noun right after a measure is no such phrase: "Gold mine opens" is the mine's opening.
 */
function movesAfterPhrase(headline: string, words: readonly string[], j: number): boolean {
  if (!opensAfterHead(words[j]!)) return false;
  const move = words.slice(j + 1, j + 1 + PHRASE_AFTER_MEASURE).findIndex((w) => FIGURE_MOVES.has(w));
  if (move < 0) return false;
  // The phrase holds no verb of its own ("raises prices to keep deficit down": the deficit is kept down).
  const phrase = new Set(words.slice(j, j + 1 + move));
  return !taggedTerms(headline.toLowerCase()).some((t) => phrase.has(bareWord(t.text)) && t.tags.includes('Verb'));
}

/**
 * Whether a headline's word `j`, right after its measure, is a verb whose object is an amount ("Norland cotton output
 * touches 3.1 mln tonnes", "Zorbian bond market absorbs 90 mln dlrs"): the measure came to stand at the
 * amount, as after a move; compromise reads the word as a verb in the headline.
 */
function verbOfAmount(headline: string, words: readonly string[], j: number): boolean {
  if (!amountAt(words, j + 1)) return false;
  const word = words[j]!;
  return taggedTerms(headline.toLowerCase()).some((t) => bareWord(t.text) === word && t.tags.includes('Verb') && !t.tags.includes('Noun'));
}

/**
 * Whether a headline's words from `j` are an amount: a number (its groups of digits split at commas: "21,782,929"),
 * then a scale or a unit ("310 mln dlrs", "21,782,929 bushels", "3.9 pct"). Right after a measure it is where the
 * measure stands, as a move is: "Norland bank discount loans 310 mln dlrs".
 */
function amountAt(words: readonly string[], j: number): boolean {
  let k = j;
  while (/^\d/.test(words[k] ?? '')) k++;
  return k > j && (AMOUNT_SCALES.has(words[k]!) || AMOUNT_UNITS.has(words[k]!));
}

/**
 * Whether a measure before an amount in a headline is where it stands, not a verb with its object ("Norland prices
 * 1.5 billion crown bond issue", "Zorbia imports 15,000 tonnes Pella maize": compromise, reading the headline, tags
 * those as verbs), nor a unit itself ("net 27.36 billion yen (41.02 billion)").
 */
function standsAt(headline: string, measure: string): boolean {
  if (AMOUNT_UNITS.has(measure)) return false;
  const terms = taggedTerms(headline.toLowerCase());
  return !terms.some((t) => bareWord(t.text) === measure && t.tags.includes('Verb'));
}

/**
 * The nouns that name a measure in running text, learned from unlabeled Reuters and BBC text by
 * eval/build-measures.ts (the subjects of a figure's move with an amount: "exports rose 10 pct"), with the lexicon's.
 */
const LEARNED_MEASURES = new Set((shippedJson(new URL('./measures.json', import.meta.url)) as { words: string[] }).words);
export const isMeasure = (word: string) => !RESULTS.has(word) && (LEARNED_MEASURES.has(word) || MEASURES.has(word));

/** A word without the punctuation around it. */
export const bareWord = (w: string) => w.replace(/^[("'“‘]+|[),;:"'”’.]+$/g, '');

/** A word between a move and its amount (lower case): a number or one of the lexicon's `AMOUNT_WORDS`. */
const amountWord = (w: string) => /^\d[\d.,/-]*$/.test(w) || AMOUNT_WORDS.has(w);

/** Whether word `i` (bare) is a figure's move with its amount after it, within a few words ("rose a record 10 pct"). */
export function figureMoveAt(words: readonly string[], i: number): boolean {
  if (i === 0 || !FIGURE_VERBS.has(words[i]!.toLowerCase())) return false;
  for (let k = i + 1; k < Math.min(words.length, i + 6); k++) {
    if (/^\d/.test(words[k]!)) return true;
    if (!amountWord(words[k]!.toLowerCase())) return false;
  }
  return false;
}

/** A word that opens a phrase after a subject's head (the lexicon's `AFTER_HEAD`, any case). */
const opensAfterHead = (w: string) => AFTER_HEAD.has(w.toLowerCase());

/**
 * Whether the word before a move (at `i`) heads its subject: a word in lower case that no preposition governs
 * within the few words before it ("profit for the year rose": "year" is no subject; "exports rose" is).
 */
export function headOfSubject(words: readonly string[], i: number): boolean {
  if (!/^\p{Ll}[\p{Ll}\d]*$/u.test(words[i - 1] ?? '')) return false;
  for (let j = i - 2; j >= Math.max(0, i - 5) && /^\p{Ll}+$/u.test(words[j]!); j--) if (opensAfterHead(words[j]!)) return false;
  return true;
}

/**
 * A lede that reports a figure by its shape, whatever its headline: its first clause — from its start, or after a
 * reporting verb ("the Bank of England said …") — is a measure's move with an amount ("Norland's foreign reserves climbed
 * to a record 42.16 billion dlrs …", "Tin output in the … province rose 18.4 pct", "… money supply, Broad M2, rose
 * an adjusted 0.7 pct"): nobody did it. The measure heads the subject (the word before its first preposition
 * of a part between commas: "…, Broad M2,"); no other verb stands in the subject, and no "its" or "their" owns it (a company's own figure).
 */
export function ledeTellsAFigure(lede: string): boolean {
  const text = lede.slice(datelineLength(lede));
  const words = text.split(/\s+/).filter(Boolean);
  const bare = words.map(bareWord);
  if (countsWhatThereIs(text)) return true;
  const i = bare.findIndex((_, k) => figureMoveAt(bare, k));
  if (i >= 0) {
    const subject = subjectOf(words, bare, i);
    return plainSubject(subject) && subject.join(' ').split(/,\s*/).some((part) => measureHeads(part.split(/\s+/).filter(Boolean)));
  }
  const r = bare.findIndex((w) => FIGURE_RECORDS.has(w.toLowerCase()));
  return r > 0 && plainSubject(subjectOf(words, bare, r)) && isMeasure(headOf(words.slice(r + 1, r + 10)));
}

/**
 * A count told as what there is, first in the lede or in what it reports ("there was a queue of 27 barges waiting",
 * "… said in its report that there were 12 vessels …"): nobody did anything; a number within a few words of it. Not
 * when a happening follows in its clause ("there were 30 people killed when …", "no survivors of the airliner that
 * crashed"): the count is of what it did.
 */
function countsWhatThereIs(text: string): boolean {
  const count = EXISTENTIAL_COUNT.exec(text);
  if (!count) return false;
  const after = findTrigger(text.slice(count.index + count[0].length - 1));
  return after === null || eventKind(after.type).reportedSpeech === true;
}

const EXISTENTIAL_COUNT = new RegExp(
  `^(?:.*?\\b(?:${alternation(FIGURE_REPORTING)})\\b.*?\\bthat\\s+)?there\\s+(?:${alternation(FINITE_BE)})\\s+(?:\\S+\\s+){0,4}?\\d`,
  'i',
);

/** The subject of a lede's verb at `i`: the words before it, from the lede's start or after a reporting verb ("… said that"). */
export function subjectOf(words: readonly string[], bare: readonly string[], i: number): string[] {
  let said = i - 1;
  while (said >= 0 && !FIGURE_REPORTING.has(bare[said]!.toLowerCase())) said--;
  const from = said < 0 ? 0 : bare[said + 1]?.toLowerCase() === 'that' ? said + 2 : said + 1;
  return words.slice(from, i);
}

/**
 * A subject that may be a statistic's: a few words, no verb in it (another clause), not owned ("its", "their").
 * `noun` tells the words that are nouns whatever compromise reads (the measures; figure-lede.ts adds WordNet's).
 */
export function plainSubject(subject: readonly string[], noun: (word: string) => boolean = isMeasure): boolean {
  if (subject.length === 0 || subject.length > 12 || subject.some((w) => OWNING_PRONOUNS.has(w.toLowerCase()))) return false;
  return !hasVerbIn(subject.join(' '), noun);
}

/**
 * Whether a subject's head is a measure — or a company's results of goods that nobody owns: "sales" of a kind of
 * goods in lower case, with no article or owner ("Sales of newly built flats fell 8.2 pct": a market's
 * statistic), not of a name ("Sales of Zorbix Corp rose") nor owned ("sales of its drugs", "sales of the group").
 */
function measureHeads(phrase: readonly string[]): boolean {
  const head = headOf(phrase);
  if (isMeasure(head)) return true;
  if (!RESULTS.has(head)) return false;
  const at = phrase.findIndex((w) => bareWord(w).toLowerCase() === head);
  const rest = phrase.slice(at + 2);
  const cut = rest.findIndex((w) => opensAfterHead(w));
  const goods = cut < 0 ? rest : rest.slice(0, cut);
  if (phrase[at + 1]?.toLowerCase() !== 'of' || goods.length === 0 || !goods.every((w) => /^\p{Ll}/u.test(w))) return false;
  if (cut >= 0 && SELLER_PREPOSITIONS.has(rest[cut]!.toLowerCase()) && rest.slice(cut + 1).some((w) => /^\p{Lu}/u.test(w))) return false;
  return !taggedTerms(goods.join(' ')).some((t) => t.tags.some((tag) => tag === 'Determiner' || tag === 'Pronoun' || tag === 'Possessive'));
}

/** The head of a noun phrase: its word before the first preposition after its first word, or its last word. */
export function headOf(phrase: readonly string[]): string {
  const cut = phrase.findIndex((w, k) => k > 0 && opensAfterHead(w));
  return bareWord(phrase[(cut < 0 ? phrase.length : cut) - 1] ?? '').toLowerCase();
}

/** Whether compromise reads a finite verb in a subject (a clause before the move: "it said sales of X rose"). */
function hasVerbIn(text: string, noun: (word: string) => boolean): boolean {
  // A measure is the subject's noun, though compromise reads a plural one as a verb ("Farm loans at credit unions …
  // fell": "loans" tagged present tense).
  // Nor is a verb right after a preposition (adverbs between) finite: it qualifies the noun after it ("sales of
  // newly built flats": compromise tags "built" past tense).
  const terms = taggedTerms(text);
  return terms.some((t, i) => isFiniteVerb(t) && !noun(bareWord(t.text).toLowerCase()) && !afterPreposition(terms, i));
}

/** Whether term `i` follows a preposition, with adverbs between ("of newly built"). */
function afterPreposition(terms: readonly Term[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && terms[j]!.tags.includes('Adverb')) j--;
  return j >= 0 && terms[j]!.tags.includes('Preposition');
}

/**
 * A term compromise tags as a verb in the past or present tense, not as a participle, a gerund ("…, excluding financial
 * institutions, are forecast": compromise tags it present tense too) or an adjective.
 */
function isFiniteVerb(t: { tags: readonly string[] }): boolean {
  return t.tags.includes('Verb') && !t.tags.some((tag) => tag === 'Participle' || tag === 'Gerund' || tag === 'Adjective') && (t.tags.includes('PastTense') || t.tags.includes('PresentTense'));
}

/**
 * Whether a finite verb stands among the words before a headline's measure (in lower case: headlines are in
 * capitals): one compromise reads as a verb in "-s" or in the past, or after "to" ("raises prices to keep …"). A bare
 * form is left out: compromise reads the noun of "U.S. interest rate futures" as a verb.
 */
function hasVerbBefore(text: string): boolean {
  if (!text.trim()) return false;
  const terms = taggedTerms(text);
  return terms.some((t, i) => t.tags.includes('Verb') && (t.tags.includes('PastTense') || (t.tags.includes('PresentTense') && /s$/i.test(t.text)) || /^to$/i.test(terms[i - 1]?.text ?? '')));
}

/**
 * A lede that puts a view, not a happening, as its news: told by a speaker (its trigger a reporting verb) under a
 * headline that tells neither a happening nor a statement — it states the view as if it were news ("Lorvan opposes
 * Norland trade sanction power shift", "Orlin indignant at Penrik statement", "Japan given little hope of …") — and what
 * the lede reports is not asserted, as the TimeML-trained assertion model reads its first verb after the reporting
 * one ("… said the President should have the authority", "are not carrying out any checks"), or is a state told with
 * a copula ("… said the textile bill is pure protectionism", "said Moscow felt indignation"). Under a headline that
 * tells the statement ("Norland economy in fine shape, study body says") the statement is the news, a formal one,
 * as the judged development pages have it. The state model is not asked: it reads a decision or a plan as a state
 * too ("agreed to buy", "plans to float": TimeML's I_STATE), and those are news. An argument is a view put: "argued"
 * reports one whatever follows and whatever the headline (TimeML calls it REPORTING, as "said": the data is silent).
 */
function tellsAView(headline: string, lede: string, news: EventMention): boolean {
  if (!isReporting(news.trigger) || happeningInHeadline(headline)) return false;
  if (/^argu/i.test(news.trigger)) return true;
  if (findTrigger(headline) !== null) return false;
  const verb = reportedVerb(lede, news.trigger);
  if (!verb) return false;
  if (verb.copula) return true;
  return toldBy(verb.group, verb.past) === 'open' && assertionOf(lede, verb.start) === 'unasserted';
}

/**
 * A lede whose main verb is negated ("Vell Group Inc has not been contacted by … about a group buying …", "Zorbix
 * did not receive an offer"): it tells what did not occur, whichever noun or verb of it was read as the trigger. The
 * lede is read as asserted whatever its mood (the headline asserts it: src/extract/events.ts), so its negation is read
 * here, by the assertion model's rule at its first verb; a decision not to act ("will not sell") is news.
 */
export function negatedNews(lede: string): boolean {
  const from = datelineLength(lede);
  // A relative clause's verb is not the lede's ("Zorbix Corp, which has not paid a dividend since 1985, agreed …").
  const relative = [...lede.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inMainClause = (t: Term) => t.offset.start >= from && !relative.some(([a, b]) => t.offset.start >= a && t.offset.start < b);
  const terms = taggedTerms(lede).filter((t) => t.text !== '');
  const verb = terms.findIndex((t) => inMainClause(t) && t.tags.includes('Verb') && !/^(?:not|never)$/i.test(t.text));
  const main = terms.slice(verb).find((t, k) => k > 0 && !NEGATED_GROUP_FILLERS.has(t.text.toLowerCase()) && !/^\w+ly$/i.test(t.text));
  return verb >= 0 && main !== undefined && !isReporting(terms[verb]!.text) && negationAt(lede, main.offset.start) === 'negated';
}

/** A relative clause between commas after a name ("…, which has not paid …,", "…, whose shares have not traded …,"). */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\b[^,]*(?:,|$)/gi;

/**
 * A lede with its relative clauses blanked by spaces ("Acme, which runs four mills, will keep …"): not the lede's own
 * verb or subject; offsets stay those of the lede. plan.ts and lede-kind.ts read the main clause so.
 */
export function withoutRelativeClauses(lede: string): string {
  return lede.replace(RELATIVE_CLAUSE, (m) => ' '.repeat(m.length));
}

/** Whether the news is dated after its article: scheduled for a day of its own (src/extract/scheduled.ts), a happening. */
const scheduled = (news: EventMention, article: IngestedArticle) => news.date !== null && article.date !== null && news.date > article.date;

/** A forecast's verb group: a form of "be", then "expected" (`FORECAST_WORDS`: forecast, projected, likely …), then "to". */
const FORECAST = new RegExp(`\\b(?:${alternation(FINITE_BE)}|be)\\s+(?:\\w+ly\\s+)?(?:not\\s+)?(?:${alternation(FORECAST_WORDS)})\\s+to\\s+\\w+`, 'i');

/**
 * A lede told as a forecast, with no reporting verb and nobody deciding: its first clause's verb group is "is expected
 * to …" ("Norland firms are expected to see …", "profits … are forecast to fall 14.6 pct"): what may come is no
 * happening (mood `forecast`, kept in graph.json `reports`), unless it is scheduled for a day of its own. Under a headline with a happening's trigger the
 * headline's happening is the news (a forecast of its effect is told after it), so the lede is read as before.
 */
export function tellsAForecast(headline: string, lede: string): boolean {
  if (happeningInHeadline(headline) && !resultsNamedOnly(headline)) return false;
  const text = lede.slice(datelineLength(lede));
  const found = FORECAST.exec(text);
  return found !== null && !finiteVerbBefore(text, found.index);
}

/**
 * Whether compromise reads a finite verb in a text before offset `end`, tagging the whole text (its context). A word
 * right before an auxiliary or a copula is the subject's head, not a verb (compromise reads "firms are" as a verb); a
 * word in "-ing" right after one is a progressive's verb ("have been suffering a drought"), one elsewhere is none.
 */
function finiteVerbBefore(text: string, end: number): boolean {
  const terms = taggedTerms(text).filter((t) => t.text !== '');
  const auxiliary = (t: Term | undefined) => t !== undefined && (t.tags.includes('Auxiliary') || t.tags.includes('Copula') || t.tags.includes('Modal'));
  const progressive = (i: number) => terms[i]!.tags.includes('Gerund') && auxiliary(terms[i - 1]);
  return terms.some((t, i) => t.offset.start < end && ((isFiniteVerb(t) && !auxiliary(t) && !auxiliary(terms[i + 1])) || progressive(i)));
}

/**
 * What a verb group tells before the assertion model is asked — the grammar TimeML annotates as each EVENT's tense,
 * aspect, modality and polarity, which the model was trained from but reads poorly on long wire ledes (its word
 * features outweigh them: "The Federal Reserve entered the … market", "Talks between Norland and Zorbia
 * have failed to resolve …" were read as not asserted). `decided`: "will", "would" or "shall" — what the speaker
 * says it will (or will not) do is a decision or a plan, news ("said it will sell", "would not increase its offer",
 * "will no longer be working"); a forecast of someone else's is read as one elsewhere (the headline, `future`).
 * `open`: a modal of possibility or duty ("could", "should"), a negation, or a bare present or infinitive ("knows of
 * no developments") — the model decides. `asserted`: a past, perfect, passive or progressive group with none of
 * those ("entered", "have failed", "has been terminated", "is engaged in talks") tells what occurred or is going on.
 */
function toldBy(group: readonly string[], past: boolean): 'decided' | 'open' | 'asserted' {
  const words = group.map((w) => w.toLowerCase());
  if (words.some((w) => DECIDING_MODALS.has(w))) return 'decided';
  if (words.some((w) => OPEN_MODALS.has(w))) return 'open';
  return past || words.some((w) => ASSERTING_AUXILIARIES.has(w)) ? 'asserted' : 'open';
}

/** Whether a trigger or a word is a reporting one whose lede may put a view (the lexicon's `REPORTING_TRIGGERS`, any case). */
const isReporting = (text: string) => REPORTING_TRIGGERS.has(text.toLowerCase());

/**
 * Whether a headline's trigger is only a noun of results ("Forecast fall in Norland company profits cut"): it
 * names what a forecast is of, no happening; the lede's forecast ("profits … are forecast to fall") is the news.
 */
function resultsNamedOnly(headline: string): boolean {
  const found = findTrigger(headline);
  return found !== null && RESULTS.has(found.text.toLowerCase());
}

/** Whether a headline holds a trigger of a happening that is no statement ("Acme buys Zorbix", not "Lee says …"). */
function happeningInHeadline(headline: string): boolean {
  const found = findTrigger(headline);
  return found !== null && eventKind(found.type).reportedSpeech !== true;
}

/**
 * A finite verb of being or feeling (the lexicon's `STATE_VERBS`, any case), the main verb of its clause when no verb
 * follows it; not one before a word in "-ing" (a progressive: "is growing").
 */
const isCopula = (text: string) => STATE_VERBS.has(text.toLowerCase());

type Term = TaggedTerm;

/**
 * The first verb of what a lede reports: the first verb compromise reads after the reporting trigger ("said the
 * outlook shows …"), or, when the report comes first ("… is pure protectionism, Yeutter said"), the first verb of the
 * lede after its dateline. Auxiliaries and modals lead to their verb; a copula with no verb after it is the state
 * itself (`copula`). Undefined when there is none, or when the copula's adjective governs a verb (a commitment).
 */
export function reportedVerb(lede: string, trigger: string): ReportedVerb | undefined {
  const from = datelineLength(lede);
  const at = lede.indexOf(trigger, from);
  const terms = taggedTerms(lede);
  return firstVerb(terms, at + trigger.length, lede.length) ?? firstVerb(terms, from, at);
}

/** The reported verb: where it starts, whether it is a copula of state, its auxiliaries and negation, and its tense. */
export interface ReportedVerb { start: number; copula: boolean; group: string[]; past: boolean }

function firstVerb(terms: readonly Term[], from: number, to: number): ReportedVerb | undefined {
  let group: string[] = [];
  const found = (t: Term, copula: boolean): ReportedVerb => ({ start: t.offset.start, copula, group, past: t.tags.includes('PastTense') });
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.offset.start < from || t.offset.start >= to || isReporting(t.text)) continue;
    const afterAuxiliary = group.some((w) => !/^(?:not|never|\w+ly)$/i.test(w));
    // A word in "-ing" after an auxiliary is a progressive, the reported verb ("is publicly offering", "are
    // negotiating"): compromise tags it a gerund, and skipping it read a later verb under "to" instead.
    if (afterAuxiliary && /ing$/i.test(t.text)) return found(t, false);
    if (/^(?:not|never|no|\w+ly)$/i.test(t.text) && group.length > 0) {
      group.push(t.text);
      continue;
    }
    if (!t.tags.includes('Verb') || t.tags.includes('Gerund') || infinitiveOfNoun(terms, i)) {
      group = /^(?:not|never|n't)$/i.test(t.text) ? [t.text] : [];
      continue;
    }
    // A verb after "to" that a verb governs ("plan to jointly develop", "agreed to buy") puts no view: a decision or a
    // plan is news. (Under an adjective it is read: "would not be able to ship" is negated.)
    if (governedByVerb(terms, i)) return undefined;
    const next = terms.slice(i + 1).find((n) => !/^(?:not|never|\w+ly)$/i.test(n.text));
    const verbNext = next !== undefined && (next.tags.includes('Verb') || /ing$/i.test(next.text));
    // ("was willing to participate", "is able to": an adjective that governs a verb tells a commitment, not a state.)
    // (Not "the best way … is for workers to wear": no adjective there.)
    const afterNext = next === undefined ? undefined : terms[terms.indexOf(next) + 1];
    if (isCopula(t.text) && (next?.tags.includes('Adjective') || /ing$/i.test(next?.text ?? '')) && /^to$/i.test(afterNext?.text ?? '')) return undefined;
    if (isCopula(t.text) && !verbNext) return found(t, true);
    // ("would be costly": "be" before an adjective that governs no verb is a state; "be able to release" is read on.)
    if (/^be$/i.test(t.text) && next?.tags.includes('Adjective') && !/^to$/i.test(afterNext?.text ?? '')) return found(t, true);
    if (t.tags.includes('Auxiliary') || t.tags.includes('Modal') || /^(?:be|been|being)$/i.test(t.text) || isCopula(t.text)) {
      group.push(t.text);
      continue;
    }
    return found(t, false);
  }
  return undefined;
}

/**
 * Whether term `i` is an infinitive that a noun governs ("its agreement to sell … has been terminated", "urged the
 * cabinet to appoint …", "plans to construct" with "plans" read as a noun): it is no verb of the clause; the
 * clause's own verb is read on.
 */
function infinitiveOfNoun(terms: readonly Term[], i: number): boolean {
  const to = terms[i - 1];
  const before = terms[i - 2];
  return /^to$/i.test(to?.text ?? '') && before !== undefined && before.tags.includes('Noun') && !before.tags.includes('Verb');
}

/** Whether term `i` follows "to" (an adverb between: "to jointly develop") right after a verb ("plan to", "agreed to"). */
function governedByVerb(terms: readonly Term[], i: number): boolean {
  let j = i - 1;
  if (/ly$/i.test(terms[j]?.text ?? '')) j--;
  return /^to$/i.test(terms[j]?.text ?? '') && (terms[j - 1]?.tags.includes('Verb') ?? false);
}
