import { describe, expect, it } from 'vitest';
import { participantsOf } from '../src/extract/events/participants.ts';
import { findTrigger } from '../src/extract/events/triggers.ts';
import type { EntityMention, EntityType, Sentence } from '../src/types.ts';

/** The names of an invented sentence that participantsOf keeps, each given as written with its type. */
function kept(text: string, names: [string, EntityType][]): string[] {
  const sentence: Sentence = { paragraph: 'p1', index: 0, start: 0, end: text.length, text };
  let from = 0;
  const mentions = names.map(([name, type], index) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    const item: EntityMention = { paragraph: 'p1', sentence: 0, start, end: start + name.length, text: name, type, canonical: name };
    return { item, index };
  });
  return participantsOf(sentence, mentions).map(({ item }) => item.text);
}

describe('a list of places (issue 19, session 46)', () => {
  it('keeps a list\'s middle places, which locate nothing', () => {
    expect(kept('Novo said its shares would be listed in Zurich, Basel and Geneva from May 4.', [['Novo', 'organization'], ['Zurich', 'place'], ['Basel', 'place'], ['Geneva', 'place']]))
      .toEqual(['Novo', 'Zurich', 'Basel', 'Geneva']);
    expect(kept('Quanta opened offices in Norland, Zorbia, Vellmark and the Far East.', [['Quanta', 'organization'], ['Norland', 'place'], ['Zorbia', 'place'], ['Vellmark', 'place'], ['Far East', 'place']]))
      .toEqual(['Quanta', 'Norland', 'Zorbia', 'Vellmark', 'Far East']);
  });
  it('still drops a place that locates the one before it', () => {
    expect(kept('Quanta built a plant near Pella, Nev.', [['Quanta', 'organization'], ['Pella', 'place'], ['Nev', 'place']])).toEqual(['Quanta', 'Pella']);
    // A U.S. state in a list, and a list of pairs: each second place locates the first.
    expect(kept('Quanta has plants in Pella, Texas, and Rilmo.', [['Quanta', 'organization'], ['Pella', 'place'], ['Texas', 'place'], ['Rilmo', 'place']])).toEqual(['Quanta', 'Pella', 'Rilmo']);
    expect(kept('Quanta has plants in Pella, Norland and Rilmo, Zorbia.', [['Quanta', 'organization'], ['Pella', 'place'], ['Norland', 'place'], ['Rilmo', 'place'], ['Zorbia', 'place']]))
      .toEqual(['Quanta', 'Pella', 'Rilmo']);
    // A place with no list after it, as before.
    expect(kept('Quanta bought a mill in Pella, Norland.', [['Quanta', 'organization'], ['Pella', 'place'], ['Norland', 'place']])).toEqual(['Quanta', 'Pella']);
  });
});

describe('a gathering that is told (issue 19, session 46)', () => {
  it('reads the telling, not a meeting, where the meeting is the one told', () => {
    expect(findTrigger('Ann Lee told the annual shareholders meeting that Quanta planned to expand.')).toMatchObject({ type: 'statement', text: 'told' });
    expect(findTrigger('Zorbix chairman Ann Lee told a meeting of analysts that the outlook was poor.')).toMatchObject({ type: 'statement', text: 'told' });
    expect(findTrigger('Ann Lee addressed a conference of bankers in Pella.')).not.toMatchObject({ type: 'meeting' });
  });
  it('still reads a meeting that is held, or one after another object', () => {
    expect(findTrigger('Quanta will hold its annual meeting on May 5.')).toMatchObject({ type: 'meeting', text: 'meeting' });
    expect(findTrigger('Ann Lee told reporters the two leaders held talks with Miro.')).toMatchObject({ type: 'meeting', text: 'held talks' });
    expect(findTrigger('Ann Lee told the board it had a meeting with Miro on Friday.')).toMatchObject({ type: 'meeting', text: 'meeting' });
  });
});
