import { describe, expect, it } from 'vitest';
import { EVIDENCE_RULES, headAgainstPlace, structureAgainstBody, weighEvidence, weighEvidenceWithHeads, type EvidenceToken, type RunView } from '../src/extract/evidence.ts';
import { bestType, TAGGER_WEIGHT } from '../src/extract/entities.ts';

const token = (text: string, ...tags: string[]): EvidenceToken => ({ text, tags: new Set(tags), possessive: false });

function view(words: EvidenceToken[], around: Partial<RunView> = {}): RunView {
  return {
    tokens: words, words: words.map((t) => t.text), first: words[0]!, last: words.at(-1)!, head: words.at(-1)!.text.replace(/\.$/, ''),
    prev: '', prevPrev: '', next: '', nextNext: '', joinedBefore: false, joinedAfter: false, afterJoinedNext: false,
    titleStripped: false, datelineCaps: false, usState: false, teamSheet: false, employer: false, withItsS: false, ampersand: false, ...around,
  };
}

describe('the evidence rules', () => {
  it('are named once, each with a reason', () => {
    const names = EVIDENCE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of EVIDENCE_RULES) expect(r.reason.length, r.name).toBeGreaterThan(10);
  });

  it('add up what applies: a legal form over a first name', () => {
    const e = weighEvidence(view([token('Johnson', 'FirstName', 'Person'), token('Controls'), token('Inc')]));
    // organisation head (3) + several words (1.5) + legal form (3); under an organisation's head the first name
    // counts only as a person's word (1.5), not as a first name opening the name (3).
    expect(e).toEqual({ person: 1.5, organization: 7.5, place: 0, other: 0 });
  });

  it("count an organisation's head word as one reading where the tagger reads the whole name as a place", () => {
    // "Norvel Bank": "Bank" heads organisations (and compromise knows it as an organisation's word).
    const { evidence, heads } = weighEvidenceWithHeads(view([token('Norvel'), token('Bank', 'Organization')]));
    expect(heads).toBe(evidence.organization);
    const withPlace = (e: typeof evidence) => ({ ...e, place: e.place + TAGGER_WEIGHT });
    // Before: the head word's votes outweighed the tagger's sure place.
    expect(bestType(withPlace(evidence))).toBe('organization');
    expect(bestType(withPlace(headAgainstPlace(evidence, heads)))).toBe('place');
    // A legal form is no head word: "Norvel Bank Ltd" stays a firm whatever the tagger reads.
    const firm = weighEvidenceWithHeads(view([token('Norvel'), token('Bank', 'Organization'), token('Ltd')]));
    expect(bestType(withPlace(headAgainstPlace(firm.evidence, firm.heads)))).toBe('organization');
  });

  it('read the words around the name only when nothing stands between', () => {
    const city = [token('Basra')];
    const of = { prev: 'of', prevPrev: 'city', before: token('of') };
    expect(weighEvidence(view(city, { ...of, joinedBefore: true })).place).toBe(3);
    expect(weighEvidence(view(city, { ...of, joinedBefore: false })).place).toBe(0);
  });

  it('type one brand word by its shape: CamelCase a firm, a lower-case initial a product that a company cue outweighs', () => {
    expect(weighEvidence(view([token('PayPal')]))).toEqual({ person: 0, organization: 3, place: 0, other: 0 });
    expect(weighEvidence(view([token('iKettle')]))).toEqual({ person: 0, organization: 0, place: 0, other: 1 });
    expect(weighEvidence(view([token('iKettle')], { prev: 'company', joinedBefore: true })).organization).toBe(3);
  });

  it('give unknown words of a name to a person only when nothing else spoke', () => {
    expect(weighEvidence(view([token('Myo'), token('Swe'), token('Win')])).person).toBe(0.5);
    expect(weighEvidence(view([token('Myo'), token('Swe'), token('Win')], { employer: true })).person).toBe(0);
  });

  it("type a name ending in WordNet's noun for a building or natural feature a place, over the tagger's body", () => {
    // Invented names: "Korvath Dam", "Marrowby Palace", "Dunmere Capitol", "Velis River" (a hand-listed head).
    for (const head of ['Dam', 'Palace', 'Capitol', 'Stadium', 'Gorge']) {
      const e = weighEvidence(view([token('Korvath'), token(head)]));
      expect(bestType({ ...e, organization: e.organization + TAGGER_WEIGHT }), head).toBe('place');
    }
    // Written in capitals, as a headline writes it.
    expect(weighEvidence(view([token('KORVATH'), token('DAM')])).place).toBeGreaterThan(TAGGER_WEIGHT);
    // One word is no head ("Palace" alone is a club's short name as often), nor a noun WordNet gives a body's or a
    // person's sense as much ("House", "Embassy", "Mill"), nor one the hand lists give a kind ("Hospital", "Summit").
    expect(weighEvidence(view([token('Palace')])).place).toBe(0);
    for (const head of ['House', 'Embassy', 'Mill', 'Center', 'Museum']) expect(weighEvidence(view([token('Korvath'), token(head)])).place, head).toBe(0);
    expect(weighEvidence(view([token('Korvath'), token('Hospital')])).organization).toBeGreaterThan(0);
    expect(weighEvidence(view([token('Korvath'), token('Hospital')])).place).toBe(0);
  });

  it("read a building's head before \"of\", and give way to the tagger's sure body", () => {
    // "Zorbix Thrift of Vell Mesa": the head is "Thrift", no mesa; "Palace of Velbrook" is headed by a palace too late to tell.
    expect(weighEvidence(view([token('Zorbix'), token('Thrift'), token('of'), token('Vell'), token('Mesa')])).place).toBe(0);
    expect(weighEvidence(view([token('Velbrook'), token('Dam'), token('of'), token('Norland')])).place).toBe(3);
    expect(weighEvidence(view([token('Business'), token('Shop')])).place).toBe(0);
    const { evidence, structure } = weighEvidenceWithHeads(view([token('Marrowby'), token('Palace')]));
    expect(structure).toBe(3);
    // A club named after a palace, read as a body at 0.95: the tagger's body outweighs what is left.
    const withBody = (e: typeof evidence) => ({ ...e, organization: e.organization + TAGGER_WEIGHT });
    expect(bestType(withBody(evidence))).toBe('place');
    expect(bestType(withBody(structureAgainstBody(evidence, structure)))).toBe('organization');
  });

  it('read a first name before "Center" as part of a body\'s name, not a person\'s', () => {
    const e = weighEvidence(view([token('Simon', 'FirstName', 'Person'), token('Velbrook'), token('Center')]));
    expect(bestType(e)).toBe('organization');
  });
});
