/** What the words after a name in its sentence call it (src/resolve/type-cues.ts), an input of the type model. */
import { describe, expect, it } from 'vitest';
import { isPeopleNoun, isWorkNoun, listedAmongPeople, referenceAfter } from '../src/resolve/type-cues.ts';
import { mentionContext } from '../src/resolve/page-rules.ts';
import { typeFeatures, type TypedMention } from '../src/resolve/type-model.ts';

const after = (sentence: string, name: string) => referenceAfter(sentence.slice(sentence.indexOf(name) + name.length));

describe('type cues: what a pronoun referring back to a name calls it', () => {
  it('reads a personal pronoun up to the first capitalised word or noun for people, and a relative pronoun only right after the name', () => {
    expect(after('Tamsin Orvell told reporters she would stay on.', 'Tamsin Orvell')).toBe('person');
    expect(after('Kerrow said his offer stands.', 'Kerrow')).toBe('person');
    expect(after('Velmora Dynamics said it would cut jobs.', 'Velmora Dynamics')).toBe('thing');
    expect(after('Velmora said its profit fell.', 'Velmora')).toBe('thing');
    expect(after('Quelling Brothers said they would appeal.', 'Quelling Brothers')).toBe('plural');
    expect(after('Orvell, who joined in May, left.', 'Orvell')).toBe('person');
    expect(after('Velmora, which makes pumps, grew.', 'Velmora')).toBe('thing');
    // The nearer antecedent: another name, a noun for people, a possessive's noun, or a new sentence.
    expect(after('Velmora chairman Tamsin Orvell said she would stay.', 'Velmora')).toBeUndefined();
    expect(after('Velmora director Orvell said she would stay.', 'Velmora')).toBeUndefined();
    expect(after("Velmora's chief said he would stay.", 'Velmora')).toBeUndefined();
    expect(after('Velmora grew. It said so.', 'Velmora')).toBeUndefined();
    // "which" further on is some other noun's.
    expect(after('Velmora sold the unit which it bought.', 'Velmora')).toBe('thing');
    expect(after('Velmora told workers they would stay.', 'Velmora')).toBeUndefined();
    // A plural noun the name modifies is the nearer antecedent; a verb of speech or an auxiliary is not one.
    expect(after('Leaders of the Quarn Vale states told him so.', 'Quarn Vale')).toBeUndefined();
    expect(after('Kerrow says he will stay.', 'Kerrow')).toBe('person');
    expect(after('Kerrow has said he will stay.', 'Kerrow')).toBe('person');
    expect(after('Orvell sold the unit, which grew.', 'Orvell')).toBeUndefined();
  });

  it("reads an age set after a name, and none in a list's commas", () => {
    expect(after('Tamsin Orvell, 45, resigned.', 'Tamsin Orvell')).toBe('age');
    expect(after('They thanked Tamsin Orvell, 45.', 'Tamsin Orvell')).toBe('age');
    expect(after('Velmora, Kerrow and Quorr, 12 in all, met.', 'Velmora')).toBeUndefined();
    expect(after('Velmora, 1987 profit up, met.', 'Velmora')).toBeUndefined();
  });

  it("gives the type model each as a share of the name's mentions", () => {
    const m = (sentence: string, name: string): TypedMention => {
      const at = sentence.indexOf(name);
      return { context: mentionContext(sentence, at, at + name.length), type: 'organization' };
    };
    const f = typeFeatures({
      name: 'Ikumo Sarenji', voted: 'organization',
      mentions: [m('Ikumo Sarenji said he would go.', 'Ikumo Sarenji'), m('Ikumo Sarenji, 61, spoke.', 'Ikumo Sarenji'), m('We met Ikumo Sarenji at noon.', 'Ikumo Sarenji')],
    });
    expect(f['cue.refers-person']).toBeCloseTo(1 / 3);
    expect(f['cue.age-after']).toBeCloseTo(1 / 3);
    expect(f['cue.refers-thing']).toBe(0);
  });

  it('reads a noun for a work a few words from a name, from WordNet, in the plural too', () => {
    for (const w of ['film', 'films', 'album', 'show', 'sitcom', 'comedies', 'software']) expect(isWorkNoun(w), w).toBe(true);
    for (const w of ['shares', 'company', 'minister', 'river', 'magazine', 'newspaper']) expect(isWorkNoun(w), w).toBe(false);
    const at = (s: string, name: string) => mentionContext(s, s.indexOf(name), s.indexOf(name) + name.length);
    const m = (s: string): TypedMention => ({ context: at(s, 'Harrowgate Lane'), type: 'organization' });
    const f = typeFeatures({ name: 'Harrowgate Lane', voted: 'organization', mentions: [m('Fans watched the new sitcom Harrowgate Lane last night.'), m('Harrowgate Lane grew its sales.')] });
    expect(f['cue.near-work-noun']).toBeCloseTo(0.5);
  });

  it('reads nouns for a person around a name: before it, in its apposition, as the kind of a list it is in', () => {
    for (const w of ['governor', 'economists', 'analysts', 'chairman', 'minister', 'spokesmen']) expect(isPeopleNoun(w), w).toBe(true);
    // Groups of people, which WordNet also files under people's nouns, tell a body beside a name.
    for (const w of ['company', 'firm', 'maker', 'club', 'group', 'shares', undefined]) expect(isPeopleNoun(w), String(w)).toBe(false);
    expect(listedAmongPeople('Senior economists, including ')).toBe(true);
    expect(listedAmongPeople('Some analysts such as ')).toBe(true);
    expect(listedAmongPeople('Several banks, including ')).toBe(false);
    expect(listedAmongPeople('The economist, including ')).toBe(false);
    const f = (s: string, name = 'Ikumo Sarenji') => typeFeatures({ name, voted: 'organization', mentions: [{ context: mentionContext(s, s.indexOf(name), s.indexOf(name) + name.length), type: 'organization' }] });
    expect(f('Traders said economists, including Ikumo Sarenji of Velt Bank, expect a cut.')['cue.among-people']).toBe(1);
    expect(f('Velt Bank governor Ikumo Sarenji spoke.')['cue.person-noun-before']).toBe(1);
    expect(f('Ikumo Sarenji, the deputy minister for trade at Velt, spoke.')['cue.person-noun-apposition']).toBe(1);
    expect(f('Ikumo Sarenji, the Danish pump maker, spoke.')['cue.person-noun-apposition']).toBe(0);
    expect(f('Banks, including Ikumo Sarenji, spoke.')['cue.among-people']).toBe(0);
  });
});
