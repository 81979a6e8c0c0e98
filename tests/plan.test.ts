import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { ledeTellsForecast, periodsNamed } from '../src/extract/plan.ts';
import { datesAnotherNoun } from '../src/extract/events/dating.ts';
import { ledeAnchorFeatures, useLedeAnchorModel, useLedeModel } from '../eval/lede-anchor-model.ts';
import type { IngestedArticle } from '../src/types.ts';

/** The article's news as extraction reads it: a dated wire story under `title`, its lede `lede` (invented text). */
function news(title: string, lede: string) {
  const found = extractArticle(wireStory(title, lede)).events.find((e) => e.lede);
  return { date: found?.date, precision: found?.precision, mood: found?.mood ?? 'asserted' };
}

describe('a lede that tells a plan or a forecast (issue 19, session 32)', () => {
  it('reads a forecast as no happening: a possibility or an expectation the assertion model reads as not asserted', () => {
    expect(news('Quanta sees first quarter loss', 'Quanta Inc expects to report a loss for the first quarter, its chairman told shareholders.').mood).toBe('forecast');
    expect(news('Zorbix tariff could help Pella farmers', 'The new Zorbix tariff could help Pella farmers sell more grain abroad.').mood).toBe('forecast');
    expect(ledeTellsForecast('PELLA, March 2 - Quanta Inc said it anticipates a charge of about 3 mln dlrs against its second quarter.')).toBe(true);
    // A relative clause's expectation is not the lede's verb; a decision not to act is read elsewhere.
    expect(ledeTellsForecast('PELLA, March 2 - Zorbix Corp, which expects to report a loss, said it sold its Pella unit to Quanta Inc.')).toBe(false);
    expect(ledeTellsForecast('PELLA, March 2 - Zorbix Corp said it may not sell its Pella unit.')).toBe(false);
  });

  it('reads a state told to come with "will" as a forecast, and a decision told so as news (session 38)', () => {
    // What is to hold: both TimeML-trained state models read the verb a state.
    expect(ledeTellsForecast('PELLA, March 2 - Quanta Inc chairman Ann Lee told Reuters that the company will consider any realistic offer for its Pella unit.')).toBe(true);
    // A decision its holder announces, active or passive, is news.
    expect(ledeTellsForecast('PELLA, March 2 - Zorbix Corp said it will raise the price of its Pelion modems by 2 pct.')).toBe(false);
    expect(ledeTellsForecast('PELLA, March 2 - The Pella utility board said Quanta Power will be allowed to raise its rates 10 pct.')).toBe(false);
    expect(ledeTellsForecast('PELLA, March 2 - Zorbix Corp said it will acquire Quanta Inc for 30 mln dlrs.')).toBe(false);
  });

  it('dates a plan the lede gives a later time of its own at that time, not the report\'s day', () => {
    expect(news('Zorbix to open Pella plant', 'Zorbix Corp will open its new Pella plant next month.')).toEqual({ date: '1987-04', precision: 'month', mood: 'asserted' });
    expect(news('Zorbix to list shares', 'Zorbix Corp will list its shares in Pella on June 5.')).toEqual({ date: '1987-06-05', precision: 'day', mood: 'asserted' });
    expect(news('Quanta to start Pella service', 'Quanta Airways Inc will begin flights to Pella next year.')).toEqual({ date: '1988', precision: 'year', mood: 'asserted' });
    // A week the dates reader does not read: the month it lies in (March 9-15 for a story of March 2).
    expect(news('Zorbix to launch modem', 'Zorbix Corp is to launch its Pelion modem next week, the company said.')).toEqual({ date: '1987-03', precision: 'month', mood: 'asserted' });
  });

  it('keeps an announced decision or plan a page of the report\'s day', () => {
    // The approval happened; what it approves is its content.
    expect(news('Zorbix to close Pella plant', 'The board of Zorbix Corp approved a plan to close its Pella plant in April.')).toEqual({ date: '1987-03-02', precision: 'day', mood: 'asserted' });
    // A statement of what the speaker will do, under a headline that tells the statement: the announcement is the news.
    expect(news('Zorbix says it will close Pella plant', 'Zorbix Corp said it will close its Pella plant in April.')).toEqual({ date: '1987-03-02', precision: 'day', mood: 'asserted' });
    // An intention with no time of its own stays the announcement (judged good on dev: "said it plans to close").
    expect(news('Zorbix to close Pella plant', 'Zorbix Corp said it plans to close its Pella plant.')).toEqual({ date: '1987-03-02', precision: 'day', mood: 'asserted' });
  });
});

describe('a plan told for a quarter, a half or a season, or past an initialism (issue 19, session 33, evt70)', () => {
  it('dates a plan for a period of the year chrono does not read at the report\'s year, the next for "next" past December', () => {
    expect(news('Zorbix to open Pella plant', 'Zorbix Corp said it will open its new Pella plant in the second quarter.')).toEqual({ date: '1987', precision: 'year', mood: 'asserted' });
    expect(news('Quanta to list shares', 'Quanta Inc plans to float its stock on the Pella exchange this autumn, its chairman said.')).toEqual({ date: '1987', precision: 'year', mood: 'asserted' });
    expect(news('Quanta to start Pella service', 'Quanta Airways Inc will begin flights to Pella next spring.')).toEqual({ date: '1988', precision: 'year', mood: 'asserted' });
  });

  it('reads no plan\'s time in a fiscal period, the period a figure is for, or a period over by the report', () => {
    expect(news('Zorbix to open Pella plant', 'Zorbix Corp said it will open its new Pella plant in the fiscal second quarter.').date).toBe('1987-03-02');
    expect(news('Zorbix to report loss', 'Zorbix Corp said it will book a loss for the second quarter.').date).toBe('1987-03-02');
    const lede = { paragraph: 'p1', index: 0, start: 0, end: 60, text: 'Zorbix Corp said it will open the plant in the first quarter.' };
    expect(periodsNamed(lede, '1987-04-08')).toEqual([]);
    expect(periodsNamed(lede, '1987-03-08').map((d) => [d.text, d.value, d.precision])).toEqual([['the first quarter', '1987', 'year']]);
  });

  it('reads a day past an initialism\'s period in the lede\'s own clause (src/extract/tense.ts CLAUSE_PUNCT)', () => {
    expect(news('Quanta to ship Pelion modems', 'Quanta Corp will ship its first Pelion modems to U.S. retailers on March 17, its chairman said.')).toEqual({ date: '1987-03-17', precision: 'day', mood: 'asserted' });
  });
});

describe('the end of a period a figure covers is no day of the lede (issue 19, session 34, evt73)', () => {
  it('dates a lede declaring a payout for a period that ended before the report on the report\'s day', () => {
    expect(news('Quanta Trust sets first payout', 'Quanta Trust said it declared a first dividend of 40 cts a share for the period ending February 28, 1987.').date).toBe('1987-03-02');
    expect(news('Zorbix restates results', 'Zorbix Corp said it restated its net profit for the quarter ended February 27 to 2.1 mln dlrs.').date).toBe('1987-03-02');
  });
  it('keeps a week\'s end a weekly figure is for', () => {
    expect(news('Pella maize shipments up in week to February 26', 'Pella shipped 61,200 tonnes of maize in the week ended February 26, the ministry said.').date).toBe('1987-02-26');
  });
});

describe('the lede-date model\'s pairs (issue 19, session 34, evt73; off by default)', () => {
  it('reads the phrase a date closes and its place against the report', () => {
    const text = "PELLA, March 2 - Quanta Inc said its profit rose in the quarter ended February 27 from yesterday's level.";
    const verb = { start: text.indexOf('rose'), end: text.indexOf('rose') + 4 };
    const end = { start: text.indexOf('February 27'), end: text.indexOf('February 27') + 11, text: 'February 27', value: '1987-02-27', precision: 'day' as const };
    const f = ledeAnchorFeatures(text, verb, end, '1987-03-02');
    expect(f['period-end,day']).toBe(1);
    expect(f['rel=before']).toBe(1);
    const y = { start: text.indexOf('yesterday'), end: text.indexOf('yesterday') + 9, text: 'yesterday', value: '1987-03-01', precision: 'day' as const };
    expect(ledeAnchorFeatures(text, verb, y, '1987-03-02')).toMatchObject({ possessive: 1, 'kind=relative,before': 1, 'age=1': 1 });
  });

  it('is asked only when turned on (useLedeModel), by an undated lede happening and by a lede with no trigger', () => {
    // (A stand-in model that puts every day before the report above one half: the wiring, not the shipped weights.)
    const undated = ['Quanta shares up', "Quanta Inc shares rose to 20 dlrs, back to yesterday's level, dealers said."] as const;
    const noTrigger = ['Quanta wheat tender', 'Quanta Inc, at its wheat tender yesterday, took 20,000 tonnes.'] as const;
    expect([news(...undated).date, news(...noTrigger).date]).toEqual(['1987-03-02', '1987-03-02']);
    try {
      useLedeModel('fill');
      useLedeAnchorModel({ bias: -5, weights: { 'rel=before': 10 } });
      expect([news(...undated).date, news(...noTrigger).date]).toEqual(['1987-03-01', '1987-03-01']);
      useLedeModel('off');
      expect([news(...undated).date, news(...noTrigger).date]).toEqual(['1987-03-02', '1987-03-02']);
    } finally {
      useLedeModel('off');
      useLedeAnchorModel(undefined);
    }
  });
});

describe('the day a lede\'s act takes effect, starts or is told in a possessive (issue 19, session 47, evt110)', () => {
  it('dates a change "effective" a day before the report on that day, and keeps a later one the report\'s', () => {
    expect(news('Quanta raises crude postings', 'Quanta Oil Corp said it raised the price it pays for Pella crude by 50 cts a barrel, effective February 27.')).toEqual({ date: '1987-02-27', precision: 'day', mood: 'asserted' });
    expect(news('Quanta cuts crude postings', 'Quanta Oil Corp said it lowered its posted prices for crude by 50 cts with an effective date of February 27.')).toEqual({ date: '1987-02-27', precision: 'day', mood: 'asserted' });
    // An announced change that takes effect later is the announcement's news; a statement headline keeps the saying.
    expect(news('Quanta to raise crude postings', 'Quanta Oil Corp said it will raise the price it pays for Pella crude by 50 cts a barrel, effective March 9.')).toEqual({ date: '1987-03-02', precision: 'day', mood: 'asserted' });
    expect(news('Quanta says it raised crude postings', 'Quanta Oil Corp said it raised the price it pays for Pella crude by 50 cts a barrel, effective February 27.').date).toBe('1987-03-02');
  });

  it('dates a plan at the time a participle of starting opens', () => {
    expect(news('Zorbix to relocate headquarters', 'Zorbix Corp said it will move its headquarters from Pella to Quantaville beginning this autumn.')).toEqual({ date: '1987', precision: 'year', mood: 'asserted' });
    expect(news('Zorbix shares to trade in Pella', 'Zorbix Corp said it will list its shares in Pella commencing on March 20.')).toEqual({ date: '1987-03-20', precision: 'day', mood: 'asserted' });
  });

  it('does not date a statement by the day of a noun it names in the possessive', () => {
    expect(news('Lee welcomes Zorbia accord', 'Pella central bank governor Ann Lee said he welcomed Friday\'s Zorbian and Quantan confirmation of their accord.').date).toBe('1987-03-02');
    // Before its verb the possessive qualifies the verb's subject, whose time the verb shares.
    const text = 'Friday\'s storm killed ten people and Lee welcomed Friday\'s confirmation.';
    const second = text.lastIndexOf('Friday');
    expect(datesAnotherNoun(text, { start: 0, end: 6 }, text.indexOf('killed'))).toBe(false);
    expect(datesAnotherNoun(text, { start: second, end: second + 6 }, text.indexOf('welcomed'))).toBe(true);
  });
});

describe('a plan told past a verb of announcing or a word qualifying its subject (issue 19, session 49, evt116)', () => {
  it('dates a plan a verb of announcing opens with "that" at its own time', () => {
    expect(news('Pella to hold bill auction', 'The Pella central bank announced that it will publicly auction 10 billion crowns of treasury bills on March 9.')).toEqual({ date: '1987-03-09', precision: 'day', mood: 'asserted' });
    expect(news('Quanta cuts July crude supplies', 'Quanta Oil has informed its Pella customers that crude oil supplies will be 40 pct less than contractual volumes in July, a customer said.')).toEqual({ date: '1987-07', precision: 'month', mood: 'asserted' });
    // A headline of announcing tells the plan it announces; one of saying keeps the saying the news.
    expect(news('Pella announces bill auction', 'The Pella central bank announced that it will publicly auction 10 billion crowns of treasury bills on March 9.').date).toBe('1987-03-09');
    expect(news('Pella says it will auction bills', 'The Pella central bank announced that it will publicly auction 10 billion crowns of treasury bills on March 9.').date).toBe('1987-03-02');
  });

  it('dates a plan whose subject a participle qualifies at the plan\'s own time, and reads no plan across a clause', () => {
    expect(news('Zorbix units to trade separately', 'Zorbix Inc said its common stock comprising the units of the company will be traded separately commencing on March 5.')).toEqual({ date: '1987-03-05', precision: 'day', mood: 'asserted' });
    // The future group of another clause ("which", "and") is not the lede's plan.
    expect(news('Zorbix sells Pella unit', 'Zorbix Inc sold its Pella unit to Quanta Corp, which will close it on March 20.').date).toBe('1987-03-02');
    expect(news('Zorbix completes Pella sale', 'Zorbix Inc completed the sale of its Pella unit and will close its plant on March 20.').date).toBe('1987-03-02');
  });
});

describe('a weekly figure dated its week\'s end (issue 19, session 50, evt119)', () => {
  it('dates the figure at the end of a counted week told with a comma ("the 23rd week, ended …")', () => {
    expect(news('Pella cocoa purchases ahead of last year', 'The Pella Cocoa Board said it purchased 456 tonnes of cocoa in the 23rd week, ended February 19, of the 1986/87 main crop season.').date).toBe('1987-02-19');
    // Without the comma, as before.
    expect(news('Pella cocoa purchases ahead of last year', 'The Pella Cocoa Board said it purchased 456 tonnes of cocoa in the week ended February 19.').date).toBe('1987-02-19');
  });

  it('reads a headline\'s noun of saying that a figure\'s move follows as the figure\'s subject, not a statement', () => {
    const lede = 'New applications for unemployment benefits in Zorbia fell to a seasonally adjusted 340,000 in the week ended February 21 from 373,000 in the prior week, the Labor Ministry said.';
    expect(news('Zorbian first time jobless claims fell in week', lede).date).toBe('1987-02-21');
    expect(news('ZORBIAN FIRST TIME JOBLESS CLAIMS ROSE IN WEEK', lede).date).toBe('1987-02-21');
    // A headline that tells the saying keeps the statement the news, on the report's day.
    expect(news('Zorbian ministry says jobless claims fell in week', lede).date).toBe('1987-03-02');
    // Several weeks ended a day are a month's figure, a company's results: the report's day.
    expect(news('Zorbix Stores February sales up', 'Zorbix Stores Inc said sales for the five weeks ended February 28 were up 8.2 pct to 164.0 mln dlrs.').date).toBe('1987-03-02');
  });
});

describe('a month written before a noun dates that noun, a figure, not the verb (issue 19, session 50, evt119)', () => {
  it('dates a month\'s figure told with its month before the noun on the report\'s day', () => {
    expect(news('Pella Air February load factor falls', 'Pella Air Inc said February load factor fell to 42.9 pct from 44.2 pct a year before.').date).toBe('1987-03-02');
    // The month of its release is no plan's time: not next February (the plan's Friday is left: the tagger reads "figures" as a verb).
    expect(news('Zorbian bank to release February credit figures', 'The Zorbian central bank said it would release February consumer credit figures on Friday.').date).not.toMatch(/^1988/);
  });
  it('keeps a month before a noun that names a happening, and a month after a preposition', () => {
    expect(news('Zorbix to hold meeting', 'Zorbix Inc will hold its November meeting in Pella.').date).toBe('1987-11');
    expect(news('Zorbix to open Pella plant', 'Zorbix Corp will open its new Pella plant in November.').date).toBe('1987-11');
  });
});

describe('an act to come told "effective" a later day, and a weekly figure with no verb of happening (issue 19, session 51, evt123)', () => {
  it('dates an act told as to come at the day after "effective" when it is no change of a price, a rate or a post', () => {
    expect(news('Zorbix to close Pella mill', 'Zorbix Corp said it intends to close its mill near Pella, Vellshire, effective April 15.').date).toBe('1987-04-15');
    expect(news('Zorbix unit to cut staff', 'Zorbix Corp said it will cut 120 jobs for drivers and clerks in Pella, effective around March 20.').date).toBe('1987-03-20');
    // A participle after a determiner qualifies the subject; the plan's verb is the one after it.
    expect(news('Quanta unit to redeem notes', 'Quanta Inc said Vell Leasing Co, a discontinued subsidiary, will redeem, effective May One, its 12 pct notes.').date).toBe('1987-05-01');
  });

  it('keeps a change of a price, a rate or a post effective a later day on the report\'s day', () => {
    expect(news('Zorbix raises modem prices', 'Zorbix Corp said it will raise the prices of its modems 5 pct, effective April 1.').date).toBe('1987-03-02');
    expect(news('Pella bank cuts prime', 'The Pella Savings Bank said it will lower its prime rate to 7.5 pct, effective March 16.').date).toBe('1987-03-02');
    expect(news('Quanta chairman to retire', 'Ann Lee, chairman of Quanta Inc, said she will retire effective June 30.').date).toBe('1987-03-02');
    // An act told as agreed, not as to come: the agreement is the news.
    expect(news('Zorbix buying Pella oil properties', 'Zorbix Oil Partners Ltd said it has agreed to purchase all of Quanta Inc\'s oil properties for about 5.5 mln dlrs, effective April 1.').date).toBe('1987-03-02');
  });

  it('dates a weekly figure told with a copula or with no verb of happening at its week\'s end', () => {
    expect(news('Vell coffee roastings higher in week', 'Vell roastings of green coffee in the week ended February 21 were about 275,000 bags, compared with 215,000 bags a year ago, Miro and Co reported.')).toEqual({ date: '1987-02-21', precision: 'day', mood: 'asserted' });
    expect(news('Pelion zinc producer price', 'The Pelion trade journal\'s average producer price of zinc for week ended February 27 is 790 dlrs per tonne.').date).toBe('1987-02-27');
  });
});

/** A dated wire story under `title`, its lede `lede` and a second sentence `body` (invented text). */
function wireStory(title: string, lede: string, body = 'The unit employs about 300 people in Pella.'): IngestedArticle {
  return {
    id: 'z', file: 'z.sgm', format: 'plain', title, date: '1987-03-02', dateSource: 'header', section: null, source: null, hash: 'z',
    paragraphs: [{ id: 'p1', kind: 'body', text: `PELLA, March 2 - ${lede}`, line: 1 }, { id: 'p2', kind: 'body', text: body, line: 2 }],
  } as IngestedArticle;
}

/** The events extraction reads past the lede of such a story. */
function bodyEvents(title: string, lede: string, body: string) {
  return extractArticle(wireStory(title, lede, body)).events.filter((e) => e.sentence > 0);
}

describe('a time in a phrase a participle opens to describe a noun is the participle\'s (issue 19, session 52, evt128)', () => {
  it('dates the lede\'s news on the report\'s day, not at the described noun\'s time', () => {
    // A bid "announced yesterday", a program "started last August": what the noun is, not when the news happened.
    expect(news('Quanta tops Zorbix bid for Miro', 'Quanta Inc has bid 30 dlrs a share for Miro Corp, topping the 28 dlr bid announced yesterday by Zorbix Corp, brokers said here.').date).toBe('1987-03-02');
    expect(news('Vell approves 80 mln dlr debt conversion', 'The Vell Central Bank has approved the conversion of 80 mln dlrs of debt into equity under a swap program started last August, the finance minister said.').date).toBe('1987-03-02');
    expect(news('Miro to pay stock dividend', 'Miro Corp said it will pay a stock dividend declared prior to the public offering of its common stock in August 1986 to holders of record.').date).toBe('1987-03-02');
  });

  it('reads no noun ending as a participle does as one ("crackdown")', () => {
    const [imposed] = bodyEvents('Vell keeps arms embargo', 'Vell said it would keep its arms embargo on Zorbia.', 'The embargo was imposed in the aftermath of Zorbia\'s crackdown on protesters in Pella in 1985.');
    expect(imposed?.date).toBe('1985');
  });

  it('leaves a body happening undated that a described noun\'s time would have dated', () => {
    const [acquired] = bodyEvents('Quanta completes Miro purchase', 'Quanta Inc said it completed its purchase of Miro Corp.', 'Under the agreement announced last month, Quanta acquired all the equity of Miro for 30 mln dlrs.');
    expect(acquired?.trigger).toBe('acquired');
    expect(acquired?.date).toBeNull();
  });

  it('keeps a time told of the clause\'s own verb, a participle\'s subject included', () => {
    expect(news('Zorbix buys Miro unit', 'Zorbix Corp said it acquired yesterday the Pella unit of Miro Corp.').date).toBe('1987-03-01');
    expect(news('Zorbix unit approved', 'Zorbix Corp said the unit it bought was approved yesterday by the Pella board.').date).toBe('1987-03-01');
    // An agreement's concluding is the happening an act under it is part of: its day stays the news's.
    expect(news('Zorbia grants 40 mln dlrs to Vell', 'Vell will receive a grant of 40 mln dlrs from Zorbia during 1987 under an agreement signed here Saturday, officials said.').date).toBe('1987-02-28');
  });
});
