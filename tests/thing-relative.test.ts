import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { inThingRelative } from '../src/extract/events/not-of-trigger.ts';
import type { IngestedArticle } from '../src/types.ts';

/** The names each happening of an invented one-paragraph article lists, as written. */
function parties(title: string, text: string): string[][] {
  const article = { id: 'a', file: 'a.txt', format: 'plain', title, date: '1987-06-19', dateSource: 'header', section: null, source: null, hash: 'a', paragraphs: [{ id: 'p1', kind: 'body' as const, text, line: 2 }] } satisfies IngestedArticle;
  const x = extractArticle(article);
  return x.events.map((ev) => ev.participants.map((p) => x.entities[p.mention]!.text));
}

/** Whether the name `name` of `text` is read in a relative clause about a thing after the trigger `trigger`. */
function inRelative(text: string, trigger: string, name: string): boolean {
  return inThingRelative(text, text.indexOf(trigger) + trigger.length, text.indexOf(name));
}

describe('a name in a relative clause about a thing after the trigger (issue 19\'s other clause, session 49)', () => {
  it('is no party of the happening: the clause tells what the thing is or does', () => {
    expect(parties('QUANTA UNVEILS NEW PRODUCTS', 'PELLA, June 1 - Quanta Corp said it introduced a series of new products that extend its Zorbix network.'))
      .toEqual([['Quanta Corp']]);
    expect(parties('MIRO SAYS RATE RISE WOULD BE SMALL', 'PELLA, June 19 - Miro Gas Co said it will try to limit rate rises by arranging other supplies to replace the gas that Velmar Energy Co <VEL> no longer delivers, an official said.'))
      .toEqual([['Miro Gas Co']]);
    expect(inRelative('Quanta said it launched a program with <Velmar Inc> that provides participating Zorbix Lube dealers with oil.', 'launched', 'Zorbix Lube')).toBe(true);
  });
  it('keeps a name the headline writes: the headline tells who the news is about', () => {
    expect(parties('ZORBIX BOARD APPOINTMENT MAY MEAN CHANGES', 'Ann Lee was appointed by a state commission that controls 51 pct of Zorbix\'s stock, after another nominee resigned.'))
      .toContainEqual(['Ann Lee', 'Zorbix']);
  });
  it('leaves a clause that spells out the happening\'s terms or words, and a clause that is told', () => {
    expect(inRelative('Quanta said it signed an agreement that gives Zorbix the right to buy its unit.', 'signed', 'Zorbix')).toBe(false);
    expect(inRelative('Quanta said it filed a suit that accuses Zorbix of stealing its designs.', 'filed', 'Zorbix')).toBe(false);
    expect(inRelative('Quanta said it had no comment on rumors that Zorbix may make a bid for it.', 'said', 'Zorbix')).toBe(false);
    expect(inRelative('Quanta said today that Zorbix would buy its unit.', 'said', 'Zorbix')).toBe(false);
    // (A clause about people or a body says which party is meant: its name is all the sentence gives of it.)
    expect(inRelative('Quanta said it was selected to perform surveys for the authority that is building Pella International Airport.', 'selected', 'Pella')).toBe(false);
    // (Across a comma the clause is the reader's: "…, which" and appositions are clause.ts's.)
    expect(inRelative('Quanta introduced products that use chips, and Zorbix said it would buy them.', 'introduced', 'Zorbix')).toBe(false);
  });
});
