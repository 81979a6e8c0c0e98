import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractEvents, markTheNews } from '../src/extract/events.ts';
import { markNotNews } from '../src/extract/news-kind.ts';
import { amountAfter, isFigureVerb, ledeTellsALevel, quantityHead } from '../src/extract/figure-lede.ts';
import type { IngestedArticle, Sentence } from '../src/types.ts';

/** The mood markNotNews gives the news of a dated article of one lede and one more sentence under `title`. */
function newsMood(title: string, lede: string): string {
  const lines = [lede, 'The figures were given by the Pella agency.'];
  const a = { id: 'n', file: 'n.txt', format: 'plain', title, date: '2020-05-05', dateSource: 'header', section: null, source: null, hash: 'n',
    paragraphs: lines.map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: i + 1 })) } as IngestedArticle;
  const sentences: Sentence[] = lines.map((text, i) => ({ paragraph: `p${i + 1}`, index: i, start: 0, end: text.length, text }));
  const events = extractEvents(a, sentences, [], []);
  markTheNews(a, sentences, [], [], events);
  markNotNews(a, sentences, events);
  const news = events.find((e) => e.lede);
  return news === undefined ? 'no news' : news.mood ?? 'asserted';
}

describe('a lede that tells a measure\'s level or change (session 32, evt65)', () => {
  it('reads a level lede and a change of a measure WordNet names as a figure, not a happening', () => {
    // A level: "stood at" with an amount; "backlog" is a quantity in WordNet, not in the lexicon's or the corpus's measures.
    expect(ledeTellsALevel('PELLA, May 4 - The order backlog of the Norland shipyards stood at 3.1 billion crowns at the end of April, the yards group said.')).toBe(true);
    // A change of value WordNet gives ("swelled"), of a plural measure ("balances").
    expect(ledeTellsALevel('Cash balances of the Vell road fund swelled to 9.2 billion crowns over the winter, its keeper wrote.')).toBe(true);
    expect(ledeTellsALevel('PELLA, May 4 - The Vell ministry said the national average climbed sharply to a record high of 61.3 pct last month.')).toBe(true);
    expect(ledeTellsALevel('The Norland budget deficit was 4.2 billion crowns in April, the finance ministry said.')).toBe(true);
    // A phrase of time between the move and its amount.
    expect(ledeTellsALevel('The Vell trade deficit narrowed sharply in January to 1.1 billion dlrs, the ministry said.')).toBe(true);
    expect(ledeTellsALevel('Zorbix Corp said it bought in the fourth quarter 3 mln shares of Quanta.')).toBe(false);
    expect(newsMood('Norland yard backlog rises', 'PELLA, May 4 - The order backlog of the Norland shipyards rose to 3.1 billion crowns in April, the yards group said.')).toBe('not-news');
  });

  // Session 51 (evt124): a process noun a wire reports as a statistic's measure heads a level's subject, written at the
  // lede's start too (PROCESS_MEASURES; WordNet gives it no quantity sense).
  it('reads a process measure ("utilization", "inflow", "insolvencies") heading a level\'s subject as a figure', () => {
    expect(ledeTellsALevel('PELLA, May 4 - Utilization of offshore drilling rigs in the Vell Sea climbed by 2.1 pct last week to 38.9 pct, a survey firm said.')).toBe(true);
    expect(ledeTellsALevel('PELLA, May 4 - Capacity utilization in Norland factories rose to 79.6 pct in April from 79.3 pct in March.')).toBe(true);
    expect(ledeTellsALevel('The net inflow of foreign investment into Norland jumped to 7.3 billion crowns in the fourth quarter.')).toBe(true);
    expect(ledeTellsALevel('PELLA, May 4 - Norland corporate insolvencies totalled 1,099 in January, the statistics office said.')).toBe(true);
    expect(newsMood('Norland rig use rises', 'PELLA, May 4 - Utilization of offshore drilling rigs in the Vell Sea climbed by 2.1 pct last week to 38.9 pct, a survey firm said.')).toBe('not-news');
    // Its own figure, told by a company, stays its news; the lede-kind model's quantity features do not read the list.
    expect(ledeTellsALevel('PELLA, May 4 - Zorbix Corp said its growth rose to 12 pct in April.')).toBe(false);
    expect(quantityHead('utilization')).toBe(false);
  });

  it('keeps a happening told with a figure, a company\'s own figure and a score as news', () => {
    expect(ledeTellsALevel('PELLA, May 4 - Zorbix Corp said it agreed to buy Quanta Inc for 40 mln dlrs in cash.')).toBe(false);
    expect(ledeTellsALevel('PELLA, May 4 - Zorbix Corp said its order backlog rose to 300 mln dlrs.')).toBe(false);
    expect(ledeTellsALevel('About 5,000 workers at the Vell mill went on strike on Monday, the union said.')).toBe(false);
    expect(ledeTellsALevel('The final score was 2-1 after extra time at the Pella ground.')).toBe(false);
    // A capitalised head WordNet calls a quantity heads a name: a body that acts.
    expect(ledeTellsALevel('PELLA, May 4 - The Vell Pension Fund cut 500 jobs in April, the fund said.')).toBe(false);
    expect(ledeTellsALevel('PELLA, May 4 - Zorbix Corp net profit rose 20 pct to 5 mln dlrs.')).toBe(false);
    expect(newsMood('Zorbix to buy Quanta', 'PELLA, May 4 - Zorbix Corp said it agreed to buy Quanta Inc for 40 mln dlrs in cash.')).toBe('asserted');
  });

  it('reads the amount after the verb over marks of the scale only', () => {
    const words = (s: string) => s.split(' ');
    expect(amountAfter(words('prices rose sharply to a record high of 4.1'), 1, 'change')).toBe(true);
    expect(amountAfter(words('the deficit was 2-1'), 2, 'level')).toBe(false);
    expect(amountAfter(words('the deficit was 2.1 billion'), 2, 'level')).toBe(true);
    expect(amountAfter(words('exports fell after the strike of 5,000 workers'), 1, 'change')).toBe(false);
    expect(quantityHead('backlog')).toBe(true);
    expect(quantityHead('profit')).toBe(false);
    expect(quantityHead('workers')).toBe(false);
  });

  it('ships the WordNet table its builder writes, with no inline word set in the module', () => {
    const table = JSON.parse(readFileSync(new URL('../src/extract/figure-words.json', import.meta.url), 'utf8')) as { nouns: string[]; verbs: string[] };
    expect(table.nouns).toContain('backlog');
    expect(table.verbs).toContain('swelled');
    // The British doubled l of a past beside the American one (the lede-kind model's v:figure-verb reads both).
    for (const past of ['totaled', 'totalled']) expect(isFigureVerb(past)).toBe(true);
    // A kind of increase told of an object ("added", "included") is done to something: no measure's own change.
    expect(table.verbs).not.toContain('included');
    expect(table.nouns).not.toContain('deal');
  });
});
