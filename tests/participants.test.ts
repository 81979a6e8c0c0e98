import { describe, expect, it } from 'vitest';
import { noParty } from '../src/resolve/participants.ts';
import type { EntityType, Sentence } from '../src/types.ts';

/** Whether `name` (its first occurrence) in the invented sentence `text` names no party, typed `type`. */
function noPartyIn(text: string, name: string, type: EntityType): boolean {
  const sentence: Sentence = { paragraph: 'p1', index: 0, start: 0, end: text.length, text };
  const start = text.indexOf(name);
  return noParty(sentence, { start, end: start + name.length, text: name }, type);
}

describe('noParty before a number', () => {
  it('keeps a club or firm named by an ordinary word before a score or a share, typed so', () => {
    expect(noPartyIn('Harbour 2 Lantern 1 was the final score at the weekend.', 'Harbour', 'organization')).toBe(false);
    expect(noPartyIn('Zorbix bought Harbour 11 pct of its stake back last year.', 'Harbour', 'organization')).toBe(false);
    expect(noPartyIn('Grove Town were held by Lantern 0 and slipped a place.', 'Lantern', 'organization')).toBe(false);
  });
  it('drops a part noun or a lower-case word before a number, whatever the reader typed it', () => {
    expect(noPartyIn('Quanta Mills went into Chapter 7 after the strike.', 'Chapter', 'place')).toBe(true);
    expect(noPartyIn('Miro said its Model 40 loom sold well.', 'Model', 'organization')).toBe(true);
    expect(noPartyIn('The board cited Clause 9 of the charter.', 'Clause', 'organization')).toBe(true);
  });
});

describe('noParty for an illness', () => {
  it('drops an illness, by its head word or after a cue of one, whatever type the reader gave it (session 26)', () => {
    expect(noPartyIn('Bronchitis ruled Ann Lee out of the Kestrel Open.', 'Bronchitis', 'organization')).toBe(true);
    expect(noPartyIn('Dan Berk missed the final with Lyme Disease.', 'Lyme Disease', 'other')).toBe(true);
    expect(noPartyIn('Dan Berk was diagnosed with Kestrel Syndrome-Q in May.', 'Kestrel Syndrome-Q', 'person')).toBe(true);
    // A firm after "with" and a player are parties.
    expect(noPartyIn('Dan Berk signed with Quanta United on Monday.', 'Quanta United', 'organization')).toBe(false);
    expect(noPartyIn('Dan Berk beat Ann Lee in Pella.', 'Ann Lee', 'person')).toBe(false);
  });
});

describe('noParty for a currency or a work (session 27)', () => {
  it('drops a place that tells whose money, with no amount before it', () => {
    expect(noPartyIn('Dealers said the Norlandia Dlr fell against the yen on Monday.', 'Norlandia', 'place')).toBe(true);
    expect(noPartyIn('The Kestrel central bank bought Norlandia marks in Pella.', 'Norlandia', 'place')).toBe(true);
    // A place that acts, or where something is, stays.
    expect(noPartyIn('Norlandia bought 40,000 tonnes of wheat in May.', 'Norlandia', 'place')).toBe(false);
    expect(noPartyIn('Zorbix opened a plant in Norlandia last year.', 'Norlandia', 'place')).toBe(false);
    // A unit's word that is the place's verb, with its object after it.
    expect(noPartyIn('Norlandia marks the day with a parade in Pella.', 'Norlandia', 'place')).toBe(false);
  });
  it('drops a version, model or project read as a body, and keeps a thing so named and a body with another head', () => {
    expect(noPartyIn('Zorbix Corp launched Qubewrite Version 1.01 for personal computers.', 'Qubewrite Version', 'organization')).toBe(true);
    expect(noPartyIn('Zorbix Corp launched the program, Version 2.1, in May.', 'Version', 'person')).toBe(true);
    expect(noPartyIn('Miro Oil halted work on its Kestrel Creek Project in May.', 'Kestrel Creek Project', 'organization')).toBe(true);
    expect(noPartyIn('Miro Oil halted work on its Kestrel Creek Project in May.', 'Kestrel Creek Project', 'other')).toBe(false);
    expect(noPartyIn('Miro Oil sold Kestrel Project Finance Ltd in May.', 'Kestrel Project Finance Ltd', 'organization')).toBe(false);
    // A name of no body's shape before a work's noun is the work's; a firm's there is its owner's.
    expect(noPartyIn('Miro Corp will spend more on the Swift Kestrel Glider (SKG) project this year.', 'Swift Kestrel Glider', 'organization')).toBe(true);
    expect(noPartyIn('Miro Corp joined the Quanta Oil project in May.', 'Quanta Oil', 'organization')).toBe(false);
    // A named programme is run by a body and joined as one: it stays.
    expect(noPartyIn('Zorbix announced the Qube Developer Program on Monday.', 'Qube Developer Program', 'organization')).toBe(false);
  });
});
