import { describe, expect, it } from 'vitest';
import { heldAsView } from '../src/extract/assertion.ts';
import { extractArticle } from '../src/extract/index.ts';
import { ledeTellsAFigure } from '../src/extract/news-kind.ts';
import { clauseTitle } from '../src/resolve/events.ts';
import type { IngestedArticle } from '../src/types.ts';

/** Whether the happening at `trigger` (its first occurrence) in the invented `sentence` is held as a view. */
const held = (sentence: string, trigger: string): boolean => heldAsView(sentence, sentence.indexOf(trigger));

describe('heldAsView on plain facts (review28 item 3)', () => {
  it('reads a name opening the sentence, or a noun "trust", as no verb of a view', () => {
    expect(held('Hope Ltd sold its stake in Zorbix Corp on Monday.', 'sold')).toBe(false);
    expect(held('Trust Bank sold its stake in Zorbix Corp on Monday.', 'sold')).toBe(false);
    expect(held('The Velmar investment trust sold its stake in Zorbix Corp on Monday.', 'sold')).toBe(false);
    expect(held('A unit trust sold its stake in Zorbix Corp on Monday.', 'sold')).toBe(false);
  });
  it('skips a relative clause between commas, and a closing past form that is no holder\'s view', () => {
    expect(held('Ann Lee said Zorbix, which traders believe is cheap, sold its mill to Quanta on Monday.', 'sold')).toBe(false);
    expect(held('Zorbix sold its mill to Quanta on Monday, a step traders had expected.', 'sold')).toBe(false);
    expect(held('Zorbix sold its mill to Quanta on Monday, a step widely expected.', 'sold')).toBe(false);
    expect(held('Zorbix sold its mill to Quanta on Monday, a step traders expected.', 'sold')).toBe(false);
  });
  it('still reads a view before the trigger or closing the sentence', () => {
    expect(held('A Velmar MP believes Quantan agents sold the plans.', 'sold')).toBe(true);
    expect(held('Zorbix sold the mill too cheaply, Ann Lee believes.', 'sold')).toBe(true);
    expect(held('Zorbix sold the mill too cheaply, the traders believed.', 'sold')).toBe(true);
    expect(held('Zorbix sold the mill too cheaply, Ann Lee believed.', 'sold')).toBe(true);
  });
});

describe('clauseTitle with "and" before a capitalised word (review28 item 4)', () => {
  it('does not cut a clause at "and" before a name or a month', () => {
    expect(clauseTitle('Quanta signed Ann Lee and Will Brown to new contracts.', 'signed')).toBe('Quanta signed Ann Lee and Will Brown to new contracts');
    expect(clauseTitle('Zorbix hired staff in April and May this year.', 'hired')).toBe('Zorbix hired staff in April and May this year');
    expect(clauseTitle('Quanta sued Ann Lee and Can Brin on Monday.', 'sued')).toBe('Quanta sued Ann Lee and Can Brin on Monday');
  });
  it('still cuts at "and" before a lower-case auxiliary', () => {
    expect(clauseTitle('Quanta sued Zorbix on Monday and will appeal the fine.', 'sued')).toBe('Quanta sued Zorbix on Monday');
  });
});

/** An invented plain article of one paragraph. */
function article(text: string): IngestedArticle {
  return {
    id: 'a1', file: 'a1.txt', format: 'plain', title: 'Invented', date: '2001-03-05', dateSource: 'header', section: 'business',
    source: 'test', hash: 'h1', paragraphs: [{ id: 'p1', kind: 'body', text, line: 1 }],
  } as IngestedArticle;
}

describe('the agent of a reduced passive after a noun trigger (review28 item 5)', () => {
  it('finds the agent past a time phrase ("a suit filed last week by X")', () => {
    const found = extractArticle(article('Velm Ltd faces a suit filed last week by Norland Corp over the mill.'));
    const suit = found.events.find((e) => /suit/i.test(e.trigger));
    const role = (name: string) => suit?.participants.find((p) => found.entities[p.mention]?.text === name)?.role;
    expect(role('Norland Corp')).toBe('actor');
    expect(role('Velm Ltd')).not.toBe('actor');
  });
});

describe('ledeTellsAFigure on a company\'s own sales (review28 item 6)', () => {
  it('reads sales of goods at or by a named company as the company\'s results, not a market statistic', () => {
    expect(ledeTellsAFigure('PELLA, May 5 - Sales of used cars at Zorbix dropped 12 pct in April, the company said.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Sales of new trucks by Zorbix Corp dropped 12 pct in April.')).toBe(false);
    expect(ledeTellsAFigure('PELLA, May 5 - Sales of used trucks in the north dropped 12 pct in April, the agency said.')).toBe(true);
  });
});
