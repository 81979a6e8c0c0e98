import { describe, expect, it } from 'vitest';
import { extractEvents, markTheNews } from '../src/extract/events.ts';
import { bareWord, isDataNotice, isListing, ledeTellsAFigure, markNotNews, reportsAFigure, tellsAForecast } from '../src/extract/news-kind.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { learnMeasures, MIN_SEEN, shippedMeasures } from '../eval/build-measures.ts';
import { RESULTS } from '../src/extract/lexicon.ts';
import { CORPUS, newsParagraphs } from '../bench/corpora.ts';
import type { EntityMention, EntityType, IngestedArticle, Sentence } from '../src/types.ts';

/** A dated article of one sentence a paragraph under `title`, its names given by their text. */
function newsOf(title: string, lines: string[], names: [number, string, EntityType][]) {
  const a = { id: 'n', file: 'n.txt', format: 'plain', title, date: '2020-05-05', dateSource: 'header', section: null, source: null, hash: 'n',
    paragraphs: lines.map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: i + 1 })) } as IngestedArticle;
  const sentences: Sentence[] = lines.map((text, i) => ({ paragraph: `p${i + 1}`, index: i, start: 0, end: text.length, text }));
  const entities: EntityMention[] = names.map(([i, text, type]) => {
    const start = sentences[i]!.text.indexOf(text);
    return { paragraph: `p${i + 1}`, sentence: i, start, end: start + text.length, text, type, canonical: text };
  });
  const events = extractEvents(a, sentences, entities, []);
  markTheNews(a, sentences, entities, [], events);
  markNotNews(a, sentences, events);
  return events;
}
const newsMood = (events: ReturnType<typeof newsOf>) => events.find((e) => e.lede)?.mood ?? 'asserted';
function* firstOf<T>(items: Iterable<T>, n: number): Generator<T> {
  for (const item of items) {
    if (n-- <= 0) return;
    yield item;
  }
}

describe('what an article\'s news is', () => {
  it('tells a listing (a desk\'s highlights, a calendar) from a story', () => {
    expect(isListing(['PELLA - Zorbix Corp said it bought Quanta.', 'NORLAND - Miro Ltd set up a new unit.', 'PELLA - Quanta named a chief.'])).toBe(true);
    expect(isListing(['-- Farm subcommittee reviews meat inspection. (1000)', '-- Zorbia Department releases crop report. (1500)', '-- Senate votes on the budget.'])).toBe(true);
    expect(isListing(['PELLA, May 5 - Zorbix Corp said it bought Quanta.', 'The deal is worth 20 mln dlrs.', 'Quanta makes tablets.'])).toBe(false);
    // Two paragraphs are no list.
    expect(isListing(['PELLA - Zorbix Corp said it bought Quanta.', 'NORLAND - Miro Ltd set up a new unit.'])).toBe(false);
  });
  it('reads a lede in capitals, or one that only repeats its headline, as a data notice', () => {
    expect(isDataNotice('PELLA TIN PRICES', 'PELLA TIN PRICES - MAY 5 STRAITS TIN 17.80 UP 0.05')).toBe(true);
    expect(isDataNotice('Pella rubber open position of May 5 nil', 'Pella rubber open position of May 5 nil')).toBe(true);
    expect(isDataNotice('ZORBIX BUYS QUANTA', 'PELLA, May 5 - Zorbix Corp said it bought Quanta Inc for 20 mln dlrs.')).toBe(false);
  });
  it('reads a headline whose subject is a measure that moved as a figure\'s report, not a happening', () => {
    expect(reportsAFigure('NORLAND TIN EXPORTS FALL IN MARCH')).toBe(true);
    expect(reportsAFigure('GOLD OPENS FIRMER IN PELLA')).toBe(true);
    expect(reportsAFigure('ZORBIAN UNEMPLOYMENT RATE 3.9 PCT IN QUARTER')).toBe(true);
    expect(reportsAFigure('ZORBIA BUREAU SAYS RUBBER STOCKS UP IN WEEK')).toBe(true);
    // (compromise reads "interest" as a verb: a bare form before the measure is no finite verb.)
    expect(reportsAFigure('ZORBIAN INTEREST RATE FUTURES OPEN SLIGHTLY LOWER')).toBe(true);
    expect(reportsAFigure('NORLAND MONEY MARKET GIVEN 53 MLN STG ASSISTANCE')).toBe(true);
    // A phrase after the measure before its move; a verb whose object is the amount the measure came to.
    expect(reportsAFigure('WOOL STOCKS IN NORLAND WAREHOUSES DECREASE')).toBe(true);
    expect(reportsAFigure('ZORBIA SUGAR PRODUCTION TOUCHES 3.1 MLN TONNES')).toBe(true);
    expect(reportsAFigure('ZORBIAN BOND MARKET ABSORBS 90 MLN DLRS')).toBe(true);
    // A noun after a measure is no phrase of it: the mine's opening is a happening.
    expect(reportsAFigure('GOLD MINE OPENS IN PELLA')).toBe(false);
    // A company's results are what it did; a government that moves a measure acts.
    expect(reportsAFigure('ZORBIX 1ST QTR PROFIT RISES')).toBe(false);
    expect(reportsAFigure('NORLAND RAISES PRICES TO KEEP DEFICIT DOWN')).toBe(false);
    expect(reportsAFigure('ZORBIX LOWERS COPPER PRICE')).toBe(false);
  });
  it('reads a measure learned from running text as a figure\'s subject, in a headline and in a lede where compromise tags it a verb', () => {
    // "loans" is no lexicon measure; eval/build-measures.ts learned it from subjects of a move with an amount.
    expect(reportsAFigure('NORLAND FARM LOANS FELL 37 MLN DLRS IN APRIL')).toBe(true);
    expect(ledeTellsAFigure('PELLA, May 5 - Farm loans at Norland credit unions fell 37 mln dlrs in April, the farm agency said.')).toBe(true);
    // An act is still an act.
    expect(reportsAFigure('ZORBIX LOANS 10 MLN DLRS TO QUANTA')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp said it sold its stock in Quanta for 10 mln dlrs.')).toBe(false);
  });
  it('reads a headline whose measure stands at an amount, or a central bank\'s facilities offered, as a figure\'s report', () => {
    expect(reportsAFigure('NORLAND BANK DISCOUNT BORROWINGS 310 MLN DLRS')).toBe(true);
    expect(reportsAFigure('ZORBIAN WEEKLY SOYBEAN CRUSH 21,782,929 BUSHELS')).toBe(true);
    expect(reportsAFigure('NORLAND FEB TRADE DEFICIT 224 MLN CROWNS VS 310 MLN')).toBe(true);
    expect(reportsAFigure('NORLAND MONEY MARKET OFFERED BORROWING FACILITIES')).toBe(true);
    // A verb with its amount is an act (a bond priced, a cargo bought); a unit is no measure of its own amount.
    expect(reportsAFigure('NORLAND PRICES 1.2 BILLION DLR BOND ISSUE')).toBe(false);
    expect(reportsAFigure('ZORBIA IMPORTS 12,000 TONNES CUBAN SUGAR')).toBe(false);
    expect(reportsAFigure('Zorbix group net 34.18 billion yen (59.44 billion)')).toBe(false);
  });
  it('reads a lede in a figure\'s shape as a figure\'s report whatever its headline: a learned measure, its move, an amount', () => {
    const reserves = newsOf('NORLAND APRIL RESERVES RECORD 12.5 BILLION CROWNS', ['PELLA, May 5 - Norland\'s external reserves rose to a record 12.5 billion crowns at the end of April, the central bank said.'],
      [[0, 'Norland', 'place']]);
    expect(newsMood(reserves)).toBe('not-news');
    expect(ledeTellsAFigure('PELLA, May 5 - The Zorbian central bank said the broad measure of money supply, M2, rose a seasonally adjusted 1.1 pct in April.')).toBe(true);
    expect(ledeTellsAFigure('PELLA, May 5 - Tin output in the northern province of Kell rose 22.7 pct in 1986, the agency said.')).toBe(true);
    // Sales of a kind of goods nobody owns are a market's statistic (a past participle after "of" is no clause's verb).
    expect(ledeTellsAFigure('PELLA, May 5 - Sales of newly built flats fell 8.2 pct in Norland in April, a builders\' group said.')).toBe(true);
    expect(ledeTellsAFigure('PELLA, May 5 - Sales of the Zorbix group fell 8.2 pct last month.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Sales of Zorbix tablets fell 8.2 pct last month.')).toBe(false);
    // A company's results, a company's own figure and a clause before the move are no statistic.
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp said net profit rose 20 pct to 5 mln dlrs.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp said its exports rose 20 pct to 5 mln dlrs.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp bought Quanta Inc after exports rose 20 pct.')).toBe(false);
    // A time is no subject ("profit for the year rose"); the move needs its amount.
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp said profit for the year rose 20 pct.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Norland\'s exports rose after Zorbix Corp opened a port.')).toBe(false);
  });
  it('reads a lede that counts what there is, or records where a measure stands, as a figure\'s report', () => {
    expect(ledeTellsAFigure('PELLA, May 5 - The Kell Canal Authority said in its daily report that there was a backlog of 39 ships waiting to enter the canal.')).toBe(true);
    expect(ledeTellsAFigure('PELLA, May 5 - Norland recorded last year its first overall surplus in government finances since 1974, the ministry said.')).toBe(true);
    expect(ledeTellsAFigure('PELLA, May 5 - The ministry said Zorbia posted a trade deficit of 400 mln crowns in April.')).toBe(true);
    // A company's results are what it did; a clause before the verb, or no count, is no statistic.
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp posted a loss of 5 mln dlrs in the quarter.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp said that there was no agreement with Quanta Inc.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Zorbix Corp said it bought Quanta Inc, which recorded a surplus of 5 mln dlrs.')).toBe(false);
    // A count of what a happening did is the happening's news.
    expect(ledeTellsAFigure('PELLA, May 5 - There were at least 30 people killed when a bomb exploded in a Pella market.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - There were no survivors among the 120 passengers of the Zorbian airliner that crashed near Pella.')).toBe(false);
  });
  it('reads a lede told as a forecast, with no reporting verb and nobody deciding, as unasserted', () => {
    expect(tellsAForecast('ZORBIAN FIRMS LEAD IN FUTURES', 'PELLA, May 5 - Zorbian firms are expected to enjoy an advantage over their rivals in the new futures business.')).toBe(true);
    expect(tellsAForecast('NORLAND CORPORATE OUTLOOK GLOOMY', 'PELLA, May 5 - The combined profits of Norland\'s major firms are forecast to fall 19.2 pct this year.')).toBe(true);
    // A clause before it tells what happened; a headline's happening is the news.
    expect(tellsAForecast('ZORBIX SAYS SALES WEAK', 'PELLA, May 5 - Zorbix Corp bought Quanta Inc, whose sales are expected to fall.')).toBe(false);
    expect(tellsAForecast('ZORBIX BUYS QUANTA', 'PELLA, May 5 - Zorbix Corp\'s purchase of Quanta Inc is expected to close in June.')).toBe(false);
    // A headline that only names results is no happening; a word in "-ing" is no verb of the subject, unless a progressive's.
    expect(tellsAForecast('ESTIMATED DROP IN NORLAND CORPORATE PROFITS TRIMMED', 'PELLA, May 5 - The combined profits of Norland\'s big companies, excluding banks, are forecast to fall 19.2 pct this year.')).toBe(true);
    expect(tellsAForecast('NORLAND FACES DROUGHT', 'PELLA, May 5 - Norland\'s provinces have been suffering a drought since May and the drought is expected to worsen.')).toBe(false);
    const forecast = newsOf('ZORBIAN FIRMS LEAD IN FUTURES', ['PELLA, May 5 - Zorbian firms are expected to enjoy an advantage over Norland\'s banks in the new futures business.'],
      [[0, 'Norland', 'place']]);
    expect(newsMood(forecast)).toBe('forecast');
  });
  it('learns the measures from a figure\'s shape in unlabeled text, less a company\'s results', () => {
    const text = ['Norland said tin exports fell 10 pct in May.', 'Norland said tin exports fell to 5 mln tonnes.', 'Zorbix said net profit rose 20 pct.',
      'Net profit fell 3 pct.', 'Profit for the year rose 4 pct.', 'Exports fell sharply.'];
    expect(learnMeasures(text, 2)).toEqual(['exports']);
  });
  it('ships a measures table the learner could have written: its threshold, sorted bare words, no company results', () => {
    const shipped = shippedMeasures();
    expect(shipped.minSeen).toBe(MIN_SEEN);
    expect(shipped.words).toEqual([...new Set(shipped.words.map(bareWord))].sort());
    expect(shipped.words.filter((w) => RESULTS.has(w))).toEqual([]);
  });
  // A noun's count only grows with more text, so what the corpus's first paragraphs already yield must be shipped; the
  // whole-corpus rebuild is `npm run build-measures -- --check`.
  it.skipIf(!existsSync(path.join(CORPUS, 'reuters21578')))('ships every measure the corpus\'s first 20,000 paragraphs already yield', () => {
    const shipped = shippedMeasures();
    const learned = learnMeasures(firstOf(newsParagraphs(), 20_000), shipped.minSeen);
    expect(learned.length).toBeGreaterThan(0);
    expect(learned.filter((w) => !shipped.words.includes(w))).toEqual([]);
  }, 60_000);
  it('keeps what stops being news in graph.json as a report: not-news, and every item of a listing with it', () => {
    const figure = newsOf('NORLAND TIN EXPORTS FALL IN MARCH', ['PELLA, May 5 - Norland\'s tin exports fell to 882 tonnes in March, the Zorbia Mines Department said.'],
      [[0, 'Norland', 'place'], [0, 'Zorbia Mines Department', 'organization']]);
    expect(newsMood(figure)).toBe('not-news');
    const listing = newsOf('ZORBIA BUSINESS HIGHLIGHTS', ['PELLA - Zorbix Corp said it acquired Quanta Inc.', 'NORLAND - Miro Ltd said it sued Zorbix Corp.',
      'PELLA - Quanta Inc launched a tablet.'], [[0, 'Zorbix Corp', 'organization'], [0, 'Quanta Inc', 'organization'], [1, 'Miro Ltd', 'organization'],
      [1, 'Zorbix Corp', 'organization'], [2, 'Quanta Inc', 'organization']]);
    expect(listing.length).toBeGreaterThan(1);
    expect(listing.every((e) => e.mood === 'not-news')).toBe(true);
    const deal = newsOf('ZORBIX BUYS QUANTA', ['PELLA, May 5 - Zorbix Corp said it acquired Quanta Inc for 20 mln dlrs.'],
      [[0, 'Zorbix Corp', 'organization'], [0, 'Quanta Inc', 'organization']]);
    expect(newsMood(deal)).toBe('asserted');
  });
  it('reads a lede whose own happening is negated as no happening, and a decision not to act as news', () => {
    const news = (title: string, line: string) => newsOf(title, [line], [[0, 'Zorbix Corp', 'organization'], [0, 'Quanta Inc', 'organization']]);
    const negated = news('ZORBIX NOT APPROACHED BY QUANTA', 'PELLA, May 5 - Zorbix Corp has not been approached by Quanta Inc about a merger, a company spokesman said.');
    expect(newsMood(negated)).toBe('unasserted');
    expect(newsMood(news('ZORBIX APPROACHED BY QUANTA', 'PELLA, May 5 - Zorbix Corp has been approached by Quanta Inc about a merger, a company spokesman said.'))).toBe('asserted');
    const decided = news('ZORBIX WILL NOT SELL QUANTA', 'PELLA, May 5 - Zorbix Corp will not sell its stake in Quanta Inc, a company spokesman said.');
    expect(newsMood(decided)).toBe('asserted');
    // Written short, and not the verb of a relative clause.
    expect(newsMood(news('ZORBIX NOT APPROACHED BY QUANTA', "PELLA, May 5 - Zorbix Corp hasn't been approached by Quanta Inc about a merger, a company spokesman said."))).toBe('unasserted');
    expect(newsMood(news("ZORBIX WON'T SELL QUANTA", "PELLA, May 5 - Zorbix Corp won't sell its stake in Quanta Inc, a company spokesman said."))).toBe('asserted');
    const relative = news('ZORBIX TO BUY QUANTA', 'PELLA, May 5 - Zorbix Corp, which has not paid a dividend since 1985, agreed to buy Quanta Inc for 20 mln dlrs.');
    expect(newsMood(relative)).toBe('asserted');
  });
  it('reads a statement that puts a view, by the assertion model at its reported verb, as no happening', () => {
    const view = (title: string, line: string) => newsMood(newsOf(title, [line], [[0, 'Ann Lee', 'person'], [0, 'Norland', 'place']]));
    expect(view('LEE OPPOSES NORLAND TRADE POWERS', 'PELLA, May 5 - Trade minister Ann Lee said Norland should have the authority to decide.')).toBe('unasserted');
    expect(view('LEE CALLS NORLAND BILL PROTECTIONISM', 'PELLA, May 5 - Trade minister Ann Lee said the Norland bill is pure protectionism.')).toBe('unasserted');
    expect(view('NORLAND INDIGNANT AT ZORBIAN STATEMENT', 'PELLA, May 5 - Trade minister Ann Lee said Norland felt indignation at the statement.')).toBe('unasserted');
    expect(view('LEE ARGUES FOR NORLAND PACT', 'PELLA, May 5 - Trade minister Ann Lee argued that Norland and Zorbia gain from the pact.')).toBe('unasserted');
    // What a speaker reports that happened, or was decided, is news.
    expect(view('LEE SAYS NORLAND SIGNED PACT', 'PELLA, May 5 - Trade minister Ann Lee said Norland signed the pact on Monday.')).toBe('asserted');
    expect(view('NORLAND TO BUY ZORBIAN JETS', 'PELLA, May 5 - Trade minister Ann Lee said Norland agreed to buy six jets.')).toBe('asserted');
    // Under a headline that tells the statement, the statement is the news (a formal one).
    expect(view('NORLAND ECONOMY IN EXCELLENT CONDITION, LEE SAYS', 'PELLA, May 5 - Norland\'s economy is in excellent condition, Trade minister Ann Lee said.')).toBe('asserted');
    expect(view('NORLAND ECONOMY IN EXCELLENT CONDITION', 'PELLA, May 5 - Norland\'s economy is in excellent condition, Trade minister Ann Lee said.')).toBe('unasserted');
    // A commitment ("was willing to") or a possession ("has a letter of intent") is no view.
    expect(view('NORLAND PART OF ZORBIAN LOAN', 'PELLA, May 5 - Trade minister Ann Lee said Norland was willing to join the loan.')).toBe('asserted');
    expect(view('NORLAND TO BUILD ICEBREAKER', 'PELLA, May 5 - Trade minister Ann Lee said Norland has a letter of intent to build an icebreaker.')).toBe('asserted');
    // A headline that tells a happening of its own keeps its news.
    expect(view('NORLAND SUES ZORBIA', 'PELLA, May 5 - Trade minister Ann Lee said Norland should win the case.')).toBe('asserted');
    // A progressive is the reported verb, asserted ("is publicly offering"); a verb under "to" puts no view ("plan to
    // jointly develop": a plan is news).
    expect(view('NORLAND SHARES FOR THE PUBLIC', 'PELLA, May 5 - Trade minister Ann Lee said Norland is publicly offering its shares to raise funds.')).toBe('asserted');
    expect(view('NORLAND AND ZORBIA JET PLAN', 'PELLA, May 5 - Trade minister Ann Lee said Norland and Zorbia plan to jointly develop a jet.')).toBe('asserted');
    expect(view('NORLAND SHARES HALTED', 'PELLA, May 5 - Trade minister Ann Lee said Norland would not be able to release any statement for an hour.')).toBe('unasserted');
  });
  it('reads the grammar of the reported verb group before the model: what occurred or is decided is news, not a view', () => {
    const view = (title: string, line: string) => newsMood(newsOf(title, [line], [[0, 'Ann Lee', 'person'], [0, 'Norland', 'place']]));
    // A past, perfect, passive or progressive group tells what occurred or is going on.
    expect(view('NORLAND ZORBIA PASTA TALKS', 'PELLA, May 5 - Talks between Norland and the United States have failed to settle a dispute over pasta, Trade minister Ann Lee said.')).toBe('asserted');
    expect(view('NORLAND BANK IN MARKET', 'PELLA, May 5 - The Federal Reserve entered the government securities market to arrange repurchase agreements, Ann Lee of Norland said.')).toBe('asserted');
    // An infinitive that a noun governs is no verb of the clause: the clause's own verb is read.
    expect(view('NORLAND PACT WITH ZORBIX', 'PELLA, May 5 - Ann Lee said Norland\'s agreement to sell its interest in Zorbix Corp has been terminated.')).toBe('asserted');
    // What the speaker says it will, or will not, do is its decision.
    expect(view('NORLAND WARRANTS', 'PELLA, May 5 - Ann Lee said Norland will not extend the exercise date of its warrants after July 15.')).toBe('asserted');
    expect(view('NORLAND UNIT SHARES', 'PELLA, May 5 - Ann Lee said Norland\'s unit will sell 997,756 common shares in Zorbix Corp.')).toBe('asserted');
    // A possibility, a duty, or a state after "would be" stays a view; so does a copula before "for … to".
    expect(view('NORLAND OFFSHORE BANKING', 'PELLA, May 5 - Ann Lee said Norland\'s first offshore bank could open in January.')).toBe('unasserted');
    expect(view('NORLAND TEXTILE BILL', 'PELLA, May 5 - Ann Lee said the Norland textile bill would be disastrous.')).toBe('unasserted');
    expect(view('NORLAND AGAINST MANDATORY TESTS', 'PELLA, May 5 - Ann Lee said the best way to prevent the spread of the disease in Norland is for workers to wear protective clothing.')).toBe('unasserted');
  });
});
