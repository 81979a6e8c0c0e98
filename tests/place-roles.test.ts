import { describe, expect, it } from 'vitest';
import { describingOdds, placeRoleFeatures, PLACE_ROLE_THRESHOLD, possessiveDescribes, takenByPlaceRule, type PlaceInSentence } from '../src/resolve/place-roles.ts';
import type { EntityType } from '../src/types.ts';

/** The invented sentence `text` with its names (first occurrences, typed), read for the place `place`. */
function placeIn(text: string, place: string, trigger: string, names: [string, EntityType][]): PlaceInSentence {
  const span = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name });
  return {
    sentence: { paragraph: 'p1', index: 0, start: 0, end: text.length, text },
    mention: { ...span(place), confidence: 0.95 },
    type: 'place',
    trigger,
    inSentence: names.map(([name, type]) => ({ ...span(name), type })),
  };
}

describe('place-role model (session 38, evt84)', () => {
  it("reads what a place's possessive owns: the state's organ, people, a body's head", () => {
    const organ = placeRoleFeatures(placeIn("Norland's trade ministry said it cut tariffs on Zorbian steel.", 'Norland', 'cut', [['Norland', 'place']]));
    expect(organ['possessive.organ']).toBe(1);
    const people = placeRoleFeatures(placeIn("Zorbia's 10 soybean importers awarded a contract to Quanta Inc.", 'Zorbia', 'awarded', [['Zorbia', 'place'], ['Quanta Inc', 'organization']]));
    expect(people['possessive.people']).toBe(1);
    const counted = placeRoleFeatures(placeIn("Velia will talk with Norland's 10 provincial governments.", 'Norland', 'talk', [['Velia', 'place'], ['Norland', 'place']]));
    expect(counted['possessive.organ']).toBe(1);
  });

  it('reads a home after a bracketed name and a place outside the trigger clause', () => {
    const home = placeRoleFeatures(placeIn('Quanta Corp bought Zorbix Holdings Ltd (ZHL) of Norland.', 'Norland', 'bought', [['Quanta Corp', 'organization'], ['Zorbix Holdings Ltd', 'organization'], ['Norland', 'place']]));
    expect(home['after-bracketed-name']).toBe(1);
    const other = placeRoleFeatures(placeIn('Quanta Corp sued Velmar Inc, which sells mills in Norland.', 'Norland', 'sued', [['Quanta Corp', 'organization'], ['Velmar Inc', 'organization'], ['Norland', 'place']]));
    expect(other['clause.other'] ?? other['in-relative']).toBe(1);
  });

  it("keeps a state that acts and reads a body's country set off after it as likelier describing", () => {
    const acts = placeIn('Norland said it would veto the plan for price cuts.', 'Norland', 'veto', [['Norland', 'place']]);
    expect(describingOdds(acts)).toBeLessThan(PLACE_ROLE_THRESHOLD);
    const home = placeIn('Quanta Corp, the largest bank of Norland, said it acquired Velmar Inc.', 'Norland', 'acquired', [['Quanta Corp', 'organization'], ['Norland', 'place'], ['Velmar Inc', 'organization']]);
    expect(takenByPlaceRule(home)).toBe(false);
    expect(describingOdds(home)).toBeGreaterThan(describingOdds(acts) + 0.3);
  });

  it('has no features of the place rules, which run first (session 39)', () => {
    const sold = placeIn('Quanta Corp sold its mill in Norland to Velmar Inc.', 'Norland', 'sold', [['Quanta Corp', 'organization'], ['Norland', 'place'], ['Velmar Inc', 'organization']]);
    expect(Object.keys(placeRoleFeatures(sold)).filter((k) => k.startsWith('rule.'))).toEqual([]);
  });
});

describe("possessiveDescribes: a place's possessive of people, a body or a name (session 44, evt99)", () => {
  const org = (name: string): [string, EntityType] => [name, 'organization'];
  it('takes the place that says whose people, body or named one', () => {
    expect(possessiveDescribes(placeIn("Quanta Inc acquired Norland's largest copper miner - Vell Holdings.", 'Norland', 'acquired', [org('Quanta Inc'), ['Norland', 'place'], org('Vell Holdings')]))).toBe(true);
    expect(possessiveDescribes(placeIn("The committee of Zorbia's soybean importers awarded a contract to Quanta Inc.", 'Zorbia', 'awarded', [['Zorbia', 'place'], org('Quanta Inc')]))).toBe(true);
    expect(possessiveDescribes(placeIn("Norland's <Vell Airways> will buy 20 pct of Quanta Inc.", 'Norland', 'buy', [['Norland', 'place'], org('Vell Airways'), org('Quanta Inc')]))).toBe(true);
    expect(possessiveDescribes(placeIn("Zorbia's state-owned mining company Velkumpu said it bought a stake in Quanta.", 'Zorbia', 'bought', [['Zorbia', 'place'], org('Velkumpu'), org('Quanta')]))).toBe(true);
    expect(takenByPlaceRule(placeIn("Quanta Inc acquired Norland's largest copper miner - Vell Holdings.", 'Norland', 'acquired', [org('Quanta Inc'), ['Norland', 'place'], org('Vell Holdings')]))).toBe(true);
  });
  it("keeps the state's organs, posts and own bodies, and its affairs", () => {
    expect(possessiveDescribes(placeIn("Zorbia's central bank cut its rates.", 'Zorbia', 'cut', [['Zorbia', 'place']]))).toBe(false);
    expect(possessiveDescribes(placeIn("Norland's cabinet approved a plan to help Quanta.", 'Norland', 'approved', [['Norland', 'place'], org('Quanta')]))).toBe(false);
    expect(possessiveDescribes(placeIn("Norland's finance minister Ann Vell met Quanta on Monday.", 'Norland', 'met', [['Norland', 'place'], ['Ann Vell', 'person'], org('Quanta')]))).toBe(false);
    expect(possessiveDescribes(placeIn("Quanta downgraded Zorbia's long-term debt.", 'Zorbia', 'downgraded', [org('Quanta'), ['Zorbia', 'place']]))).toBe(false);
    expect(possessiveDescribes(placeIn('Norland cut its rates on Monday.', 'Norland', 'cut', [['Norland', 'place']]))).toBe(false);
  });
});
