import { describe, expect, it } from 'vitest';
import { extractDates, resolveDateText, resolveDatesIn } from '../src/extract/dates.ts';
import { timexValue } from '../eval/timex.ts';
import { splitParagraph } from '../src/extract/sentences.ts';
import { datelineCitySpan, datelineDay, datelineLength } from '../src/extract/dateline.ts';
import type { IngestedArticle, Paragraph, Sentence } from '../src/types.ts';

const TUESDAY = '2021-12-14';
const value = (text: string, ref: string | null = TUESDAY) => resolveDateText(text, ref);

describe('past-biased dates', () => {
  it('reads weekdays as the last such day on or before the article', () => {
    expect(value('on Friday')).toEqual({ value: '2021-12-10', precision: 'day' });
    expect(value('Saturday')).toEqual({ value: '2021-12-11', precision: 'day' });
  });
  it('keeps a year written on its own before a word that only ends in "s", not before a plural', () => {
    const years = (t: string) => resolveDatesIn(t, '2005-03-01').map((d) => d.value);
    expect(years('The Pella mill closed in 1999 as demand for its cloth fell.')).toEqual(['1999']);
    expect(years('Quanta has grown since 2004 thus far.')).toEqual(['2004']);
    expect(years('The plant turned out in 1995 cars and vans.')).toEqual([]);
  });
  it('keeps a year written on its own before a capitalised word ending in "s": a name, no plural (review28 item 7)', () => {
    const years = (t: string) => resolveDatesIn(t, '2005-03-01').map((d) => d.value);
    expect(years('The fair came back in 1999 Korvus hosted it for a week.')).toEqual(['1999']);
    expect(years('Since 2004 Velmas has held the cup.')).toEqual(['2004']);
  });
  it('reads a part of a day as a day of the report, and "ago" as counted from it', () => {
    const told = (t: string) => resolveDatesIn(t, TUESDAY).map((d) => `${d.value}/${d.precision}`);
    expect(told('The panel was sitting this afternoon.')).toEqual(['2021-12-14/day']);
    expect(told('The panel sat last night.')).toEqual(['2021-12-13/day']);
  });
  it('reads the day a happening is moved to ("rescheduled for Thursday") as ahead', () => {
    const days = (t: string) => resolveDatesIn(t, TUESDAY).map((d) => d.value);
    expect(days('Quanta said its vote on the Zorbia offer was rescheduled for Thursday.')).toEqual(['2021-12-16']);
    expect(days('The Quanta hearing was postponed for Friday.')).toEqual(['2021-12-17']);
    // A day with no move before it stays the last such day.
    expect(days('Zorbia met Quanta on Thursday.')).toEqual(['2021-12-09']);
  });
  it('reads "last Tuesday" in a Tuesday article as a week back, a bare "Tuesday" as the day itself', () => {
    expect(resolveDatesIn('The board met last Tuesday.', TUESDAY).map((d) => d.value)).toEqual(['2021-12-07']);
    expect(resolveDatesIn('The board met Tuesday.', TUESDAY).map((d) => d.value)).toEqual(['2021-12-14']);
    // "the July 1/March 25 period": a span written with a slash, not March of a year "25".
    expect(resolveDatesIn('Buyers had taken 2.5 mln tonnes in the July 1/March 25 period.', TUESDAY).map((d) => d.value)).toEqual([]);
    // "June 9/12": a span of days, not June 9 of a year "12".
    expect(resolveDatesIn('The council will meet on June 9/12, officials said.', '1987-03-30').map((d) => [d.text, d.value])).toEqual([['June 9', '1987-06-09']]);
  });
  it('reads yearless dates and months as the last one before the article', () => {
    expect(value('February 1 was the day')).toEqual({ value: '2021-02-01', precision: 'day' });
    expect(value('in April')).toEqual({ value: '2021-04', precision: 'month' });
    expect(value('last year')).toEqual({ value: '2020', precision: 'year' });
    // "last December" in a December story is a year back; the article's own month alone is this one.
    expect(resolveDatesIn('Ann Lee moved to Pella last December, her brother said.', TUESDAY).map((d) => d.value)).toEqual(['2020-12']);
    expect(resolveDatesIn('Ann Lee moved to Pella in December, her brother said.', TUESDAY).map((d) => d.value)).toEqual(['2021-12']);
  });
  it('reads a part of a day ("this afternoon") as that day, not as its year', () => {
    expect(value('this afternoon')).toEqual({ value: TUESDAY, precision: 'day' });
    expect(resolveDatesIn('Delegates from Pella were gathering at the harbour this afternoon.', TUESDAY).map((d) => [d.value, d.precision])).toEqual([[TUESDAY, 'day']]);
  });
  it('keeps a yearless date a few days ahead as a preview', () => {
    expect(value('talks resume Dec. 20')?.value).toBe('2021-12-20');
  });
  it('goes forward only on explicit future phrasing', () => {
    expect(resolveDatesIn('He will visit on Monday.', TUESDAY).map((d) => d.value)).toEqual(['2021-12-20']);
    expect(value('tomorrow')?.value).toBe('2021-12-15');
  });
  it('invents no day for vague spans', () => {
    expect(resolveDatesIn('In recent years prices rose.', TUESDAY)).toEqual([]);
    expect(resolveDatesIn('Earlier this week talks began.', TUESDAY).filter((d) => d.precision === 'day')).toEqual([]);
    expect(resolveDatesIn('Corn was smuggled in over the past few months.', TUESDAY)).toEqual([]);
  });
  it('reads wire-copy fractions ("7-1/2 pct", "up 7/8") as prices and rates, not days', () => {
    expect(resolveDatesIn('Zorbix bought debentures paying 7-1/2 pct, priced at 101-3/4.', TUESDAY)).toEqual([]);
    expect(resolveDatesIn('Fees are 5/8 pct, and Quanta shares closed up 7/8 at a ratio of 2.9/1.', TUESDAY)).toEqual([]);
    expect(resolveDatesIn('The notes are due 10/15.', TUESDAY).map((d) => d.value)).toEqual(['2021-10-15']);
  });
  it('reads wire-copy clock times ("by 1700 GMT") as times of day, not years', () => {
    expect(resolveDatesIn('By 1700 GMT the index was down 12 points.', TUESDAY)).toEqual([]);
    expect(resolveDatesIn('Dealers quoted the dollar from 0930 EST until 1600 local time.', TUESDAY)).toEqual([]);
    expect(resolveDatesIn('Prices had doubled by 1990, and by 1700 hrs trading stopped.', TUESDAY).map((d) => d.value)).toEqual(['1990']);
    expect(resolveDatesIn('The bridge was built in 1750.', TUESDAY).map((d) => d.value)).toEqual(['1750']);
  });
  it('reads a span up to a date ("the week to February 25") as ending on that date', () => {
    const thursday = '1987-02-26';
    expect(resolveDatesIn('Borrowings averaged 310 mln dlrs in the week to Wednesday February 25, the Fed said.', thursday).map((d) => [d.value, d.text])).toEqual([['1987-02-25', 'Wednesday February 25']]);
    expect(resolveDatesIn('M1 rose in the four weeks to February 16.', thursday).map((d) => d.value)).toEqual(['1987-02-16']);
    expect(resolveDatesIn('Sales fell in the month to January.', thursday).map((d) => d.value)).toEqual(['1987-01']);
  });
  it('without an article date resolves only absolute dates', () => {
    expect(resolveDatesIn('On Friday, and on 3 March 2019.', null).map((d) => d.value)).toEqual(['2019-03-03']);
    // A relative date with no anchor dates nothing (chrono would count from its own default day: 1999).
    expect(resolveDatesIn('Last year GE bought it, a year ago it fell, yesterday it rose, last month it fell.', null)).toEqual([]);
    expect(resolveDatesIn('Two years ago, in March 2004, it rose.', null).map((d) => d.value)).toEqual(['2004-03']);
  });
});

describe('the verb decides which way a date without a year points', () => {
  const ref = '1989-10-26';
  const at = (sentence: string, expression: string) => resolveDatesIn(sentence, ref).find((d) => d.text.endsWith(expression))?.value;
  it('past verbs look back, future and scheduled ones forward, terms to the nearest', () => {
    expect(at('The army seized power on February 1.', 'February 1')).toBe('1989-02-01');
    expect(at('The company will redeem the notes on Feb. 1.', 'Feb. 1')).toBe('1990-02-01');
    expect(at('The dividend is payable Dec. 15 to holders of record.', 'Dec. 15')).toBe('1989-12-15');
    expect(at('Officials said Friday it would investigate.', 'Friday')).toBe('1989-10-20');
    expect(at('Talks are set to resume Monday in Belfast.', 'Monday')).toBe('1989-10-30');
    expect(at('On Friday, the minister resigned.', 'Friday')).toBe('1989-10-20');
  });
  it('reads a participle joined by "and" with the verb group before it, and a running span or a limit as a term', () => {
    const read = [
      ['Zorbia plans an issue which will be dated and delivered Nov. 6, officials said.', 'Nov. 6'],
      ['Shares of Quanta rose and closed at a record on Oct. 2.', 'Oct. 2'],
      ['Quanta said it had invited tenders up to Nov. 7 for the export of rice.', 'Nov. 7'],
      ['The budget rose 6.2 pct for the current year ending December, a spokesman said.', 'December'],
      // Still past where nothing ahead is said: "ended" closes a span that is over.
      ['Sales rose in the quarter ended Nov. 30, the company said.', 'Nov. 30'],
    ].map(([sentence, expression]) => at(sentence!, expression!));
    expect(read).toEqual(['1989-11-06', '1989-10-02', '1989-11-07', '1989-12', '1988-11-30']);
  });
  it('reads a yearless date within the coming month as the coming one when no verb points back', () => {
    expect(resolveDateText('Nov. 20', ref)?.value).toBe('1989-11-20');
    expect(resolveDateText('in November', ref)?.value).toBe('1989-11');
    expect(resolveDateText('in August', ref)?.value).toBe('1989-08');
    expect(at('The army seized power on Nov. 20.', 'Nov. 20')).toBe('1988-11-20');
  });
  it('reads a yearless date no verb points more than eight months back as the coming one (session 48)', () => {
    // Wire copy dates a happening that far back with "last" or its year: "Pay Dec. 8" in October is this December.
    expect(resolveDateText('Pay Dec. 8', ref)?.value).toBe('1989-12-08');
    expect(resolveDateText('in December', ref)?.value).toBe('1989-12');
    expect(at('Quanta shares rose 40 pct since February.', 'February')).toBe('1989-02');
    expect(at('The shares are 20 pct higher than last December.', 'December')).toBe('1988-12');
    // A present perfect takes no past day of its own; a date after "for" is the time a thing is set for.
    expect(at('Quanta said it has called a shareholder meeting for a vote on directors for January 27.', 'January 27')).toBe('1990-01-27');
    expect(at('Quanta set its annual meeting for January 14 to vote on the merger.', 'January 14')).toBe('1990-01-14');
    // A past verb's own date stays in the past.
    expect(at('Quanta sold its Pella unit in January and was sued in May.', 'January')).toBe('1989-01');
  });
  it('reads a day number spelled out after a month as that day, not the month (session 48)', () => {
    const read = (t: string) => resolveDatesIn(t, '1987-03-09').map((d) => [d.text, d.value]);
    expect(read('Quanta said it raised its posted price, effective March six.')).toEqual([['March six', '1987-03-06']]);
    expect(read('The dividend is payable April One to holders of record March 23.')).toEqual([['April One', '1987-04-01'], ['March 23', '1987-03-23']]);
    expect(read('QUANTA CORP 1ST QTR JAN THREE NET')).toEqual([['JAN THREE', '1987-01-03']]);
    // Not the modal, not across a stop, not an amount counted after the month.
    expect(read('Prices may one day fall.')).toEqual([]);
    expect(read('Sales rose in March six pct from February.').map(([t]) => t)).toEqual(['March', 'February']);
    expect(read('Talks resumed in April. Four banks joined.').map(([t]) => t)).toEqual(['April']);
  });
  it('reads infinitives, plans, expectations and granted time as pointing ahead', () => {
    expect(at('The committee asked the minister to appear on Nov. 20.', 'Nov. 20')).toBe('1989-11-20');
    expect(at('The committee asked the minister to appear in November.', 'November')).toBe('1989-11');
    expect(at('Officials expect the bridge to be finished by Dec. 1.', 'Dec. 1')).toBe('1989-12-01');
    expect(at('The union planned a strike for Monday.', 'Monday')).toBe('1989-10-30');
    expect(at('The regulator gave the bank until Dec. 12 to sell the unit.', 'Dec. 12')).toBe('1989-12-12');
    expect(at('The city will buy all bonds offered by holders through Nov. 10.', 'Nov. 10')).toBe('1989-11-10');
    expect(at('The minister went to Paris to sign the treaty on Oct. 20.', 'Oct. 20')).toBe('1989-10-20');
    // A verb of intending governs the infinitive across its object.
    expect(at('Vellor Inc said it plans a two-for-one stock split to take effect May 14.', 'May 14')).toBe('1990-05-14');
    expect(at('Vellor Inc said it sold a unit to raise cash in May.', 'May')).toBe('1989-05');
  });
  it('reads a past clause with an infinitive as no plan: a cause after "due to", a verb after the date', () => {
    // Article of Thursday 1989-10-26: "Sunday" is the 22nd, not the coming 29th.
    expect(at('The refinery was forced to shut down due to a strike on Sunday.', 'Sunday')).toBe('1989-10-22');
    expect(at('Acme said it was forced to shut the plant on Sunday and expects it to reopen soon.', 'Sunday')).toBe('1989-10-22');
    expect(at('Acme is due to report results on Monday.', 'Monday')).toBe('1989-10-30');
  });
  it('reads an infinitive after a verb of intending by that verb\'s tense: told in the past, its date is the nearest', () => {
    // Article of Thursday 1989-10-26: last August, not next; this December (the joining's); last Monday. A plan told
    // now, or one agreed to in the present perfect, is still ahead.
    expect(at('Zorbix agreed to buy Quanta in August.', 'August')).toBe('1989-08');
    expect(at('Zorbix agreed to join the network in December.', 'December')).toBe('1989-12');
    expect(at('Zorbix agreed to buy Quanta on Monday.', 'Monday')).toBe('1989-10-23');
    expect(at('In August, Zorbix decided to close its Lyon plant.', 'August')).toBe('1989-08');
    expect(at('Zorbix had promised to repay the loan on Aug. 3.', 'Aug. 3')).toBe('1989-08-03');
    expect(at('Zorbix plans to buy Quanta in August.', 'August')).toBe('1990-08');
    expect(at('Zorbix has agreed to buy Quanta in August.', 'August')).toBe('1990-08');
  });
  it('reads a date in brackets from the words before the brackets', () => {
    expect(at('The envoy will fly out at dawn (6 a.m. Monday), aides said.', 'Monday')).toBe('1989-10-30');
  });
  it('reads spans back from the article date', () => {
    expect(resolveDateText('two years ago', ref)).toEqual({ value: '1987', precision: 'year' });
    expect(resolveDateText('10 days ago', ref)).toEqual({ value: '1989-10-16', precision: 'day' });
    expect(resolveDatesIn('It happened a week ago.', ref)).toEqual([]);
  });
});

describe('extractDates', () => {
  it('gives paragraph offsets that point at the expression', () => {
    const text = 'Intro. The ban came on Friday, officials said.';
    const article = { id: 'a', date: TUESDAY, dateSource: 'header', paragraphs: [{ id: 'p1', kind: 'body', text, line: 1 }] } as unknown as IngestedArticle;
    const sentences: Sentence[] = [
      { paragraph: 'p1', index: 0, start: 0, end: 6, text: 'Intro.' },
      { paragraph: 'p1', index: 1, start: 7, end: text.length, text: text.slice(7) },
    ];
    const [d] = extractDates(article, sentences);
    expect(d).toMatchObject({ paragraph: 'p1', sentence: 1, value: '2021-12-10', precision: 'day' });
    expect(text.slice(d!.start, d!.end)).toMatch(/Friday/);
  });
  it('reads no day in a period that ends now (the TimeML-trained date-kind model), but keeps the month or year it names', () => {
    const told = (text: string) => {
      const article = { id: 'a', date: TUESDAY, dateSource: 'header', paragraphs: [{ id: 'p1', kind: 'body', text, line: 1 }] } as unknown as IngestedArticle;
      return extractDates(article, [{ paragraph: 'p1', index: 0, start: 0, end: text.length, text }]).map((d) => d.text);
    };
    expect(told('Orders for the gadgets doubled in the last two months, the maker said.')).toEqual([]);
    expect(told('Ticket sales have fallen over the past 18 months.')).toEqual([]);
    expect(told('Exports of the fruit shrank during the last four years of 2020.')).toEqual(['2020']);
    expect(told('Orders for the gadgets doubled in October, the maker said.')).toEqual(['October']);
    expect(told('Orders for the gadgets doubled last month, the maker said.')).toEqual(['last month']);
  });
});

describe('dates told from the narrative', () => {
  it('counts "that year" and "the next day" from the last date told, not from the article', () => {
    const text = 'He joined the firm in 1995. Later that year he was promoted. The plant closed on March 3, 2001, and reopened the next day.';
    const article = { id: 'a', date: TUESDAY, dateSource: 'header', paragraphs: [{ id: 'p1', kind: 'body', text, line: 1 }] } as unknown as IngestedArticle;
    const sentences: Sentence[] = [];
    for (const m of text.matchAll(/[^.]+\./g)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      sentences.push({ paragraph: 'p1', index: sentences.length, start, end: m.index + m[0].length, text: m[0].trim() });
    }
    expect(extractDates(article, sentences).map((d) => `${d.text}=${d.value}`)).toEqual(['1995=1995', 'Later that year=1995', 'March 3, 2001=2001-03-03', 'the next day=2001-03-04']);
  });
  it('gives no day when the narrative has none', () => {
    expect(timexValue('the next day', TUESDAY, 'In 1995 it rained and the next day it snowed.', 28, { value: '1995', precision: 'year' })).toBeNull();
  });
});

describe('TimeML-style values', () => {
  it('names references, weeks, quarters, decades', () => {
    expect(timexValue('now', '1998-01-08')).toBe('PRESENT_REF');
    expect(timexValue('recent', '1998-01-08')).toBe('PAST_REF');
    expect(timexValue('this week', '1998-01-08')).toBe('1998-W02');
    expect(timexValue('the quarter', '1989-10-25', 'Profit rose in the quarter.')).toBe('1989-Q3');
    expect(timexValue('the 1990s', '1998-01-08')).toBe('199');
    expect(timexValue('October', '1998-01-08')).toBe('1997-10');
  });
  it('names spelled-out years, holidays, results periods and vague references', () => {
    expect(timexValue('nineteen ninety-six', '1998-01-15')).toBe('1996');
    expect(timexValue('the year two thousand', '1998-01-15')).toBe('2000');
    expect(timexValue('Thanksgiving Day', '2000-01-06', 'He was found on Thanksgiving Day.')).toBe('1999-11-25');
    expect(timexValue('a year earlier', '1989-11-02', 'Net income rose to $5 million from $3 million a year earlier.')).toBe('1988-Q3');
    expect(timexValue('the near future', '1989-11-01')).toBe('FUTURE_REF');
    expect(timexValue('in recent years', '1989-11-01')).toBe('PAST_REF');
    expect(timexValue('the 20th century', '1998-02-13')).toBe('19');
    expect(timexValue('mid-1996', '1998-02-19')).toBe('1996');
    expect(timexValue('the weekend', '1990-08-13', 'Officials said over the weekend that troops left.')).toBe('1990-W32-WE');
  });
  it('names recurring times by their period, decades back by their year', () => {
    expect(timexValue('daily', '2005-06-01', 'The ferry sails daily.')).toBe('P1D');
    expect(timexValue('weekly', '2005-06-01', 'The paper appears weekly.')).toBe('P1W');
    expect(timexValue('a decade ago', '2005-06-01', 'The mill closed a decade ago.')).toBe('1995');
    expect(timexValue('two decades ago', '2005-06-01')).toBe('1985');
  });
  it('dates Easter, Good Friday and Holy Week', () => {
    expect(timexValue('Easter', '2011-05-02', 'Crowds gathered at Easter.')).toBe('2011-04-24');
    expect(timexValue('Good Friday', '2011-05-02', 'The shops shut on Good Friday.')).toBe('2011-04-22');
    expect(timexValue('Easter week', '2011-04-19', 'Pilgrims arrived as Easter week began.')).toBe('2011-W16');
  });
  it('counts "the day before/after" from the date told with it, and gives a coordinated bare day its month', () => {
    const sentence = 'The day after last Friday\'s vote, the mayor resigned.';
    expect(timexValue('day after last Friday', '2011-05-04', sentence, sentence.indexOf('day after'))).toBe('2011-04-30');
    const games = 'The finals will be played on June 11 and 12 in the capital.';
    expect(timexValue('12', '2011-05-04', games, games.indexOf('12 in'))).toBe('2011-06-12');
  });
  it('reads "later in the day", "today is the third day", "then", "in a year or two" and "in five years"', () => {
    const later = 'The mayor spoke again later in the day.';
    expect(timexValue('the day', '2011-05-04', later, later.indexOf('the day'))).toBe('2011-05-04');
    expect(timexValue('the day', '2011-05-04', later, later.indexOf('the day'), { value: '2011-05-02', precision: 'day' })).toBe('2011-05-02');
    const third = 'Today is the third day of the strike.';
    expect(timexValue('the third day', '2011-05-04', third, third.indexOf('the third'))).toBe('2011-05-04');
    const then = 'Until then, the bridge stays shut.';
    expect(timexValue('then', '2011-05-04', then, then.indexOf('then'), { value: '2011-06-01', precision: 'day' })).toBe('2011-06-01');
    expect(timexValue('then', '2011-05-04', then, then.indexOf('then'))).toBeNull();
    const soon = 'Prices may, in a year or two, fall again.';
    expect(timexValue('a year or two', '2011-05-04', soon, soon.indexOf('a year'))).toBe('FUTURE_REF');
    const bonds = 'The notes will be repaid in five years.';
    expect(timexValue('five years', '2011-05-04', bonds, bonds.indexOf('five'))).toBe('2016');
    const past = 'Prices doubled in five years.';
    expect(timexValue('five years', '2011-05-04', past, past.indexOf('five'))).toBeNull();
  });
  it('compares several quarters of results with the year before, not with one quarter', () => {
    const nine = 'For the nine months, the chain earned $4 million, up from $3 million a year earlier.';
    expect(timexValue('a year earlier', '2005-10-20', nine)).toBe('2004');
    expect(timexValue('the 2004 period', '2005-10-20', 'In the first nine months, sales were flat with the 2004 period.')).toBe('2004');
    expect(timexValue('a year earlier', '2005-10-20', 'Third-quarter sales rose 5% from a year earlier.')).toBe('2004-Q3');
  });
  it('reads a count with the direction word that follows it', () => {
    const sentence = 'Profit fell to $2 million from $3 million a year earlier.';
    expect(timexValue('a year', '2005-10-20', sentence, sentence.indexOf('a year'))).toBe('2004-Q3');
  });
});

describe('relative months, year-end and weekdays told from the narrative', () => {
  it('reads "last <month>" for the month just gone or the current one as a year back', () => {
    const s = 'The bridge was closed last February after the flood.';
    expect(timexValue('last February', '2010-03-04', s, s.indexOf('last February'))).toBe('2009-02');
    expect(timexValue('last March', '2010-03-04', 'It opened last March.', 9)).toBe('2009-03');
    expect(timexValue('last October', '2010-03-04', 'It opened last October.', 9)).toBe('2009-10');
    expect(timexValue('this past February', '2010-03-04', 'It opened this past February.', 9)).toBe('2010-02');
  });
  it('reads "since year-end" as the last day of the year before', () => {
    const s = 'The index has risen 12% since year-end.';
    expect(timexValue('year-end', '2010-06-15', s, s.indexOf('year-end'))).toBe('2009-12-31');
    const t = 'The deal should close by year-end.';
    expect(timexValue('year-end', '2010-06-15', t, t.indexOf('year-end'))).toBe('2010');
  });
  it('counts "the previous Friday" and "the following Monday" from the last day told', () => {
    const s = 'Shares closed lower, down 3% from the previous Friday.';
    // Article of Monday 2010-06-14; the narrative last told Friday 2010-06-11.
    expect(timexValue('the previous Friday', '2010-06-14', s, s.indexOf('the previous'), { value: '2010-06-11', precision: 'day' })).toBe('2010-06-04');
    expect(timexValue('the previous Friday', '2010-06-14', s, s.indexOf('the previous'))).toBe('2010-06-11');
    const t = 'The talks resumed the following Monday.';
    expect(timexValue('the following Monday', '2010-06-14', t, t.indexOf('the following'), { value: '2010-06-11', precision: 'day' })).toBe('2010-06-14');
  });
});

describe('sentences around clock times', () => {
  const split = (text: string) => splitParagraph({ id: 'p1', kind: 'body', text, line: 1 } as Paragraph, 0).map((s) => s.text);
  it('keeps a clock time with its zone or day, and ends a sentence after one before a new sentence', () => {
    expect(split('The polls close at 8 p.m. EST Tuesday in most states. Counting starts later.')).toHaveLength(2);
    expect(split('The deadline is 9 a.m. Friday for all bids.')).toHaveLength(1);
    expect(split('The ship left at 9 a.m. The crew was calm.')).toHaveLength(2);
  });
});

describe('datelines that abbreviate their region', () => {
  const split = (text: string) => splitParagraph({ id: 'p1', kind: 'body', text, line: 1 } as Paragraph, 0).map((s) => s.text);
  it('keeps a dateline\'s city and region with its story, and reads its day where no comma comes before it', () => {
    expect(split('PELLA, Tex. March 3 - Quanta Corp said it sold a unit.')).toEqual(['PELLA, Tex. March 3 - Quanta Corp said it sold a unit.']);
    // Elsewhere the region's period may end a sentence.
    expect(split('Quanta is based in Pella, Tex. It said so.')).toHaveLength(2);
    expect(datelineLength('MIRO LAKE, N.Y. March 3 - Quanta said')).toBe('MIRO LAKE, N.Y. March 3 - '.length);
    expect(datelineDay('MIRO LAKE, N.Y. March 3 - Quanta said', '1987-03-02')).toBe('1987-03-03');
    expect(datelineLength('U.S. March sales rose - Quanta said')).toBe(0);
  });
  it('reads only a month after a dotted region with no comma, and keeps a province\'s dateline with its story', () => {
    // A dotted acronym, then a capitalised word and a number, is no dateline: "Trophy" and "Rovers" are no months.
    expect(datelineLength('U.N. Trophy 3 - the Zorbix side lost twice')).toBe(0);
    expect(datelineLength('K.C. Rovers 4 - Zorbix won the replay')).toBe(0);
    expect(datelineLength('MIRO FALLS, Wash. APril 9 - Quanta said')).toBe('MIRO FALLS, Wash. APril 9 - '.length);
    // A province the U.S. states' package lacks, and a state it gives, both end no sentence after the city.
    expect(split('VELLTON, Ont. May 2 - Quanta shut a mill.')).toHaveLength(1);
    expect(split('VELLTON, Ky. May 2 - Quanta shut a mill.')).toHaveLength(1);
    expect(split('VELLTON, Zq. May 2 - Quanta shut a mill.')).toHaveLength(2);
  });
  it('reads a dateline whose day is an ISO date, as archive exports write it', () => {
    expect(datelineLength('VELLTON, 1996-08-22 - Quanta shut a mill.')).toBe('VELLTON, 1996-08-22 - '.length);
    expect(datelineLength('VELLTON 1996-08-22 - Quanta shut a mill.')).toBe('VELLTON 1996-08-22 - '.length);
    expect(datelineDay('VELLTON, 1996-08-22 - Quanta shut a mill.', '1996-08-22')).toBeUndefined();
  });
  it('reads a dateline with its month in lower case, after slug marks, or with a city written as two (session 39)', () => {
    expect(datelineLength('Pella, march 4 - norland\'s exports rose.')).toBe('Pella, march 4 - '.length);
    expect(datelineLength('MIRO LAKE, Tex., march 4 - Quanta said')).toBe('MIRO LAKE, Tex., march 4 - '.length);
    expect(datelineDay('Pella, march 4 - norland\'s exports rose.', '1987-03-03')).toBe('1987-03-04');
    expect(datelineLength('****VELLTON, March 5 - Quanta shut a mill.')).toBe('****VELLTON, March 5 - '.length);
    expect(datelineCitySpan('****VELLTON, March 5 - Quanta shut a mill.')).toEqual({ start: 4, end: 11 });
    expect(datelineLength('PELLA/MIRO, Tex., March 3 - Quanta said')).toBe('PELLA/MIRO, Tex., March 3 - '.length);
    // A lower-case word that is no month is no dateline's day.
    expect(datelineLength('Pella, mills 4 - the rest')).toBe(0);
  });
  it('reads a dateline closed by two hyphens written for a dash (session 44)', () => {
    expect(datelineLength('MIRO LAKE, June 19 -- Quanta Canada said it will raise prices.')).toBe('MIRO LAKE, June 19 -- '.length);
    expect(datelineDay('MIRO LAKE, June 19 -- Quanta said', '1987-06-18')).toBe('1987-06-19');
    expect(datelineCitySpan('MIRO LAKE, June 19 -- Quanta said')).toEqual({ start: 0, end: 9 });
    expect(datelineLength('Pella, march 4 -- norland\'s exports rose.')).toBe('Pella, march 4 -- '.length);
    // Two hyphens inside a sentence open no dateline.
    expect(datelineLength('Quanta said -- again -- that it would sell.')).toBe(0);
  });
  it('reads a dateline whose day is mistyped with three digits after a month, and takes no day from it (session 50)', () => {
    expect(datelineLength('MIRO LAKE, March 119 - Quanta said it cut its rates.')).toBe('MIRO LAKE, March 119 - '.length);
    expect(datelineLength('MIRO LAKE, N.J., June 215 - Quanta said')).toBe('MIRO LAKE, N.J., June 215 - '.length);
    expect(datelineCitySpan('MIRO LAKE, March 119 - Quanta said')).toEqual({ start: 0, end: 9 });
    expect(datelineDay('MIRO LAKE, March 119 - Quanta said', '1987-03-19')).toBeUndefined();
    // Three digits after a word that is no month open no dateline.
    expect(datelineLength('VELLTON, Flight 119 - Quanta said')).toBe(0);
  });
});

describe('a lede\'s yearless day and a name like a weekday (issue 19, session 34, evt73)', () => {
  const told = (t: string, ref = '1987-04-08') => resolveDatesIn(t, ref).map((d) => `${d.text}=${d.value}`);
  it('reads a day told before a verb in the past on or before the report, a year back if need be', () => {
    expect(told('On April 20, Quanta Corp sold its Pella mill to Zorbix Inc.')).toEqual(['April 20=1986-04-20']);
    expect(told('On April 2, Quanta Corp sold its Pella mill to Zorbix Inc.')).toEqual(['April 2=1987-04-02']);
    // A day after its verb keeps the fortnight's slack: a plan's day under a closing "said".
    expect(told('Quanta Corp will open its Pella mill on April 12, a spokesman said.')).toEqual(['April 12=1987-04-12']);
  });
  it('reads no weekday in an abbreviation standing alone: a name in running text', () => {
    expect(told("Pella Co's Sun Vale unit said Sun Mills raised its price.")).toEqual([]);
    expect(told('Quanta will meet on Sunday.')).toEqual(['on Sunday=1987-04-12']);
  });
});
