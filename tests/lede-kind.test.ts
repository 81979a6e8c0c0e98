import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle, extractArticleWithoutLedeKind } from '../src/extract/index.ts';
import { ledeKind, ledeKindFeatures, markLedeKind, type LedeKindModel } from '../src/extract/lede-kind.ts';
import { order } from '../eval/pages.ts';
import { fit, type Example } from '../eval/logistic.ts';
import type { IngestedArticle } from '../src/types.ts';

const shipped = JSON.parse(readFileSync(new URL('../src/extract/lede-kind-model.json', import.meta.url), 'utf8')) as LedeKindModel;

/** A dated article of one lede and one more sentence under `title` (invented text). */
function article(title: string, lede: string): IngestedArticle {
  const lines = [lede, 'Dealers in Pella said trade was thin.'];
  return { id: 'n', file: 'n.txt', format: 'plain', title, date: '2020-05-05', dateSource: 'header', section: null, source: null, hash: 'n',
    paragraphs: lines.map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: i + 1 })) } as IngestedArticle;
}

const FIGURE = ['VELL TOURIST NUMBERS', 'PELLA, May 4 - Visitors to the Vell coast totalled 2.4 mln in the first quarter, up 6.5 pct from 2.25 mln in the same quarter of last year, the tourist office said.'] as const;
const DEAL = ['ZORBIX TO BUY QUANTA', 'PELLA, May 4 - Zorbix Corp said it agreed to buy Quanta Inc for 40 mln dlrs in cash.'] as const;
const SALES = ['ZORBIA CAR SALES FALL', 'PELLA, May 4 - Zorbian car sales fell 4.2 pct in April to 31,500 units, the motor trade office said.'] as const;

describe('the learned lede kind (session 33, evt68)', () => {
  it('reads a measure\'s level as unlikely a happening and a deal as a happening', () => {
    const figure = ledeKind(...FIGURE);
    expect(figure.happening).toBeLessThan(0.5);
    expect(figure.kind).toBe('figure');
    expect(ledeKind(...DEAL).happening).toBeGreaterThan(0.9);
  });

  it('marks a lede no reader marks when its odds of a happening are below the threshold, with its kind\'s mood', () => {
    const a = article(...FIGURE);
    const x = extractArticleWithoutLedeKind(a);
    const news = x.events.find((e) => e.lede)!;
    // The readers leave this wording unmarked.
    expect(news.mood).toBeUndefined();
    const events = x.events.map((e) => ({ ...e }));
    // (A threshold just above the lede's own odds: the mechanism, whatever the weights read.)
    markLedeKind(a, x.sentences, events, { ...shipped, threshold: ledeKind(...FIGURE).happening + 0.01, thresholds: undefined });
    expect(events.find((e) => e.lede)!.mood).toBe('not-news');
    // A deal stays news whatever the threshold short of certainty.
    const b = article(...DEAL);
    const y = extractArticleWithoutLedeKind(b);
    const kept = y.events.map((e) => ({ ...e }));
    markLedeKind(b, y.sentences, kept, { ...shipped, threshold: 0.5, thresholds: undefined });
    expect(kept.find((e) => e.lede)!.mood).toBeUndefined();
  });

  it('leaves a mood a reader gave and a day of its own after the article alone', () => {
    const a = article('NORLAND SALT OUTPUT LOWER', 'PELLA, May 4 - Norland salt output totalled 41,300 tonnes in April, down 4.4 pct from March, the mining office said.');
    const x = extractArticleWithoutLedeKind(a);
    const news = x.events.find((e) => e.lede)!;
    expect(news.mood).toBe('not-news');
    const events = x.events.map((e) => ({ ...e }));
    markLedeKind(a, x.sentences, events, { ...shipped, threshold: 1, thresholds: undefined });
    expect(events.find((e) => e.lede)!.mood).toBe('not-news');
    const later = x.events.map((e) => ({ ...e, ...(e.lede ? { mood: undefined, date: '2020-06-01' } : {}) }));
    markLedeKind(a, x.sentences, later, { ...shipped, threshold: 1, thresholds: undefined });
    expect(later.find((e) => e.lede)!.mood).toBeUndefined();
  });

  it('runs in the product extraction with the shipped threshold', () => {
    expect(shipped.threshold).toBeGreaterThan(0);
    expect(shipped.threshold).toBeLessThan(0.5);
    expect(extractArticle(article(...DEAL)).events.find((e) => e.lede)!.mood).toBeUndefined();
  });

  it('marks past the threshold of the lede\'s likeliest kind when the model has one per kind (session 34)', () => {
    const a = article(...FIGURE);
    const x = extractArticleWithoutLedeKind(a);
    const run = (m: LedeKindModel) => {
      const events = x.events.map((e) => ({ ...e }));
      markLedeKind(a, x.sentences, events, m);
      return events.find((e) => e.lede)!.mood;
    };
    // A figure's own threshold decides, not the one for all kinds.
    expect(run({ ...shipped, threshold: 0, thresholds: { figure: 0.9, state: 0, forecast: 0 } })).toBe('not-news');
    expect(run({ ...shipped, threshold: 0.9, thresholds: { figure: 0, state: 0.9, forecast: 0.9 } })).toBeUndefined();
  });

  it('keeps a named party\'s announced plan as news (the convention: an announced action)', () => {
    // (Sessions 34-39 held an invented offer to buy back debentures at "104 pct of face value" here too. Session 40's
    // refit reads it 0.090 under its bar 0.158: the readers leave "is offering to repurchase" unread as a commitment
    // (v:none) and its headline's verb unfound (h:none), so its odds are the counts of its amounts. The convention is
    // held on the judged ledes instead: eval/train-lede-kinds.ts reports the announced plans among the read files'
    // unmarked ledes that the bar marks on held-out odds, 0 of 102; README, session 40, evt89.)
    const plan = article('TRASK TO SELL MILL', 'PELLA, May 4 - Trask Industries Inc said it plans to sell its paper mill in Orlin to a group of managers.');
    expect(extractArticle(plan).events.find((e) => e.lede)!.mood).toBeUndefined();
  });

  it('reads features with no word list of its own: the readers, the verb, its cluster, counts', () => {
    const f = ledeKindFeatures(...FIGURE);
    expect(f['v:totalled']).toBe(1);
    expect(f['n:numbers']).toBeGreaterThan(0);
    expect(Object.keys(f).some((k) => k.startsWith('as:'))).toBe(true);
  });
});

describe('the lede verb\'s mood and the subject\'s kind (session 35, evt75)', () => {
  it('reads a to-infinitive the verb governs, and what a copula says of the subject', () => {
    expect(ledeKindFeatures('TRASK TO SELL MILL', 'PELLA, May 4 - Trask Industries Inc said it plans to sell its paper mill in Orlin to a group of managers.')['m:to']).toBe(1);
    expect(ledeKindFeatures('NORVALE BIGGEST GLASS MAKER', 'PELLA, May 4 - Norvale Corp is the largest maker of glass bottles in Zorbia, with four plants near Orlin.')['m:cop&superlative']).toBe(1);
    expect(ledeKindFeatures('NORVALE UNIONS CONFIDENT', 'PELLA, May 4 - Unions at Norvale Corp are confident of a pay deal before the summer, a union official said.')['m:cop&adjective']).toBe(1);
  });

  it('reads the kind of thing a common-noun subject names (WordNet), with its tense, and a month named', () => {
    const f = ledeKindFeatures(...SALES);
    expect(f['ns:possession']).toBe(1);
    expect(f['ns:possession&past']).toBe(1);
    expect(f['n:months']).toBeGreaterThan(0);
    // A named party's subject has no such kind: its side is the name.
    expect(Object.keys(ledeKindFeatures(...DEAL)).some((k) => k.startsWith('ns:'))).toBe(false);
  });
});

describe('what tells a measurement from an act (session 38, evt83)', () => {
  it('reads the head of the subject\'s first noun phrase, an amount as the complement and a change verb with it', () => {
    const f = ledeKindFeatures('VELL RIG USE DOWN', 'PELLA, May 4 - Utilization of mobile rigs in the Vell Sea declined by 0.7 pct during the past week, to 35.6 pct, a survey said.');
    // Headed by "utilization", not by the place before the verb.
    expect(f['s0:other']).toBe(1);
    expect(f['c:amount']).toBe(1);
    expect(f['c:amount&change']).toBe(1);
    expect(ledeKindFeatures(...SALES)['c:amount&change']).toBe(1);
    expect(ledeKindFeatures('NORVALE SALES UP', 'PELLA, May 4 - Norvale Corp said its sales fell 12 pct to 84 mln dlrs from 94 mln dlrs a year ago.')['c:from-to']).toBe(1);
    // A deal's verb takes its party's object, no amount; a lede left open before a table.
    expect(ledeKindFeatures(...DEAL)['c:amount']).toBeUndefined();
    expect(ledeKindFeatures('VELL GRAIN PRICES', 'PELLA, May 4 - The grain board set the following prices in dlrs per tonne -')['n:open-end']).toBe(1);
  });
});

describe('the kind of doing the lede verb tells (session 42, evt94)', () => {
  it('reads its WordNet kind with its tense, a to-infinitive after a passive, a gerund it governs, a rank and a comparative', () => {
    const held = ledeKindFeatures('NORVALE HOLDS STAKE', 'PELLA, May 4 - Norvale Corp holds 8.9 pct of Trask Industries Inc, a filing showed.');
    expect(held['vs:stative']).toBe(1);
    expect(held['vs:stative&present']).toBe(1);
    const sold = ledeKindFeatures(...DEAL);
    expect(Object.keys(sold).some((k) => k.startsWith('vs:') && k.endsWith('&past'))).toBe(true);
    expect(sold['vs:stative']).toBeUndefined();
    const expected = ledeKindFeatures('NORVALE PROFIT SEEN UP', 'PELLA, May 4 - Norvale Corp is expected to report higher profits for the year, analysts said.');
    expect(expected['vs:cognition&to']).toBe(1);
    expect(expected['vs:cognition&passive']).toBe(1);
    expect(ledeKindFeatures('NORVALE SEES PRICES UP', 'PELLA, May 4 - Norvale Corp said it sees glass prices rising in the second half.')['vs:perception&ing:motion']).toBe(1);
    expect(ledeKindFeatures('NORVALE SECOND MAKER', 'PELLA, May 4 - Norvale Corp is the second largest maker of glass bottles in Zorbia.')['m:cop&rank']).toBe(1);
    expect(ledeKindFeatures('VELL SHARES HIGHER', 'PELLA, May 4 - Vell share prices were sharply higher in early trading.')['c:comparative']).toBe(1);
  });
});

describe('a negated object or subject (session 41, evt92)', () => {
  it('reads "no" over the verb\'s object, its kind and a "to" after it, and over its subject; a plain plan has neither', () => {
    const f = ledeKindFeatures('TRASK HAS NO PLANS FOR MILL', 'PELLA, May 4 - Trask Industries Inc said it has no present plans to sell its paper mill in Orlin.');
    expect(f['no:obj']).toBe(1);
    expect(f['no:obj&to']).toBe(1);
    expect(Object.keys(f).some((k) => k.startsWith('no:obj&ns:'))).toBe(true);
    expect(ledeKindFeatures('NO PROGRESS IN VELL TALKS', 'PELLA, May 4 - Officials said no progress had been made in talks with Zorbia on grain prices.')['no:subj']).toBe(1);
    const plan = ledeKindFeatures('TRASK TO SELL MILL', 'PELLA, May 4 - Trask Industries Inc said it plans to sell its paper mill in Orlin to a group of managers.');
    expect(Object.keys(plan).some((k) => k.startsWith('no:'))).toBe(false);
  });

  it('reads a said clause\'s verb form apart from a lede\'s own (session 46, evt106)', () => {
    const view = ledeKindFeatures('ACME CONFIDENT ON YEAR', 'PELLA, May 4 - Acme Corp said it is confident of a continued improvement in its mills.');
    expect(view['said&v:copula']).toBe(1);
    expect(view['said&v:past']).toBeUndefined();
    const deed = ledeKindFeatures('ACME BUYS MILL', 'PELLA, May 4 - Acme Corp said it acquired a paper mill in Orlin for 40 mln dlrs.');
    expect(deed['said&v:past']).toBe(1);
    expect(deed['said&v:copula']).toBeUndefined();
    const plain = ledeKindFeatures('ACME BUYS MILL', 'PELLA, May 4 - Acme Corp acquired a paper mill in Orlin for 40 mln dlrs.');
    expect(Object.keys(plain).some((k) => k.startsWith('said&'))).toBe(false);
  });
});

describe('tests/gold/lede-kinds.json', () => {
  const gold = JSON.parse(readFileSync(new URL('./gold/lede-kinds.json', import.meta.url), 'utf8')) as { about: string; items: Record<string, string>[] };
  it('holds ids and labels only, of train-split keys', () => {
    expect(gold.items.length).toBeGreaterThanOrEqual(1000);
    for (const item of gold.items) {
      expect(Object.keys(item).sort()).toEqual(['article', 'kind', 'pick', 'sentence', 'set']);
      expect(['fixed', 'odds', 'random', 'band', 'thin', 'built', 'said', 'said-shape']).toContain(item.pick);
      expect(item.sentence).toMatch(/^[0-9a-f]{12}$/);
      expect(order(`event|${item.article}|${item.sentence}`).split).toBe('train');
    }
  });
});

describe('a weighted fit (session 36, evt79: labels picked where a model was unsure weighted down)', () => {
  // One feature seen 4 times as a happening and 4 times not; 2 of the 'not' were picked where a model was unsure.
  const xs = (w: number): Example[] => [
    ...Array.from({ length: 4 }, () => ({ features: { f: 1 }, label: 1, offset: 0 })),
    ...Array.from({ length: 2 }, () => ({ features: { f: 1 }, label: 0, offset: 0 })),
    ...Array.from({ length: 2 }, () => ({ features: { f: 1 }, label: 0, offset: 0, weight: w })),
  ];
  const odds = (w: number) => { const m = fit(xs(w), 0.001, ['f']); return 1 / (1 + Math.exp(-(m.bias + (m.weights.f ?? 0)))); };
  it('counts an example by its weight: all weights 1 is the plain fit, a weight 0 leaves the example out', () => {
    expect(odds(1)).toBeCloseTo(0.5, 2);
    expect(odds(0)).toBeCloseTo(4 / 6, 1);
    expect(odds(0.5)).toBeGreaterThan(odds(1));
    expect(odds(0.5)).toBeLessThan(odds(0));
  });
});
