import { describe, expect, it } from 'vitest';
import type { EntityType } from '../src/types.ts';
import { ledeNews, resolvedLedeNews } from './helpers/lede-news.ts';

/** The names of the article's news as extraction lists them. */
function extracted(title: string, text: string, names: [string, EntityType][]): string[] {
  const { entities, events } = ledeNews(title, text, names);
  return events.filter((e) => e.lede).flatMap((e) => e.participants.map((p) => entities[p.mention]!.text));
}

/** The parties of the article's news once resolved, by entity id (each name its own entity). */
function resolved(title: string, text: string, names: [string, EntityType][]): string[] {
  return resolvedLedeNews(title, text, names).flatMap((e) => e.participants.map((p) => (typeof p === 'string' ? p : p.entity))).sort();
}

describe('the one succeeded in an appointment (issue 19, session 46)', () => {
  it('keeps the one the appointed succeeds or replaces, after an apposition', () => {
    const names: [string, EntityType][] = [['Quanta Corp', 'organization'], ['Ann Lee', 'person'], ['John Vell', 'person']];
    expect(extracted('QUANTA PICKS CHIEF', "PELLA, June 1 - Quanta Corp said its board elected Ann Lee, the company's president, to succeed John Vell as chief executive.", names))
      .toEqual(['Quanta Corp', 'Ann Lee', 'John Vell']);
    expect(extracted('QUANTA PICKS CHIEF', "PELLA, June 1 - Quanta Corp said its board elected Ann Lee, the company's president, replacing the retiring chairman John Vell.", names))
      .toEqual(['Quanta Corp', 'Ann Lee', 'John Vell']);
  });
  it('still drops a name of another clause after the apposition', () => {
    const names: [string, EntityType][] = [['Quanta Corp', 'organization'], ['Ann Lee', 'person'], ['John Vell', 'person']];
    expect(extracted('QUANTA PICKS CHIEF', "PELLA, June 1 - Quanta Corp said its board elected Ann Lee, the company's president, after John Vell resigned.", names))
      .toEqual(['Quanta Corp', 'Ann Lee']);
  });
});

describe('the doer a headline names by surname (issue 19, session 46)', () => {
  const lede = "PELLA, June 1 - Publisher Ann Vell's Miro Printing Corp said it filed a lawsuit against Zorbix Inc.";
  const names: [string, EntityType][] = [['Ann Vell', 'person'], ['Miro Printing Corp', 'organization'], ['Zorbix Inc', 'organization']];
  it('is a party where the headline writes the surname as its subject, though the lede writes an owner', () => {
    expect(resolved('VELL FILES SUIT TO STOP ZORBIX <ZRB>', lede, names)).toEqual(['ann-vell', 'miro-printing-corp', 'zorbix-inc']);
  });
  it('is no party where the headline names someone else, or the surname not as its subject', () => {
    expect(resolved('MIRO FILES SUIT TO STOP ZORBIX <ZRB>', lede, names)).toEqual(['miro-printing-corp', 'zorbix-inc']);
    expect(resolved('ZORBIX <ZRB> SUED BY VELL UNIT', lede, names)).toEqual(['miro-printing-corp', 'zorbix-inc']);
  });
});
