/** The register model (src/extract/register.ts) and the type model's features read by it. */
import { describe, expect, it } from 'vitest';
import { articleRegister, registerWords, shippedRegisterModel } from '../src/extract/register.ts';
import { isContextFeature, typeFeatures, type TypedMention } from '../src/resolve/type-model.ts';
import { mentionContext } from '../src/resolve/page-rules.ts';
import type { EntityType } from '../src/types.ts';

const top = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1])[0]![0];
const odds = (t: Partial<Record<EntityType, number>>): Record<EntityType, number> => ({ person: 0, organization: 0, place: 0, other: 0, ...t });

const MATCH = 'Dunmarsh beat Kelbury 3-1 in the league on Saturday. The striker scored twice before half-time and the midfielder added a third from the penalty spot, leaving the champions four points clear with ten games of the season left. The manager praised his defenders after the win.';
const TRADE = 'Dunmarsh port handled more cargo last year, the harbour authority said. Exports of grain and steel rose while imports fell, and the council expects investment in new warehouses to create jobs. Shipping firms want lower fees and the government is reviewing its budget.';
const FILM = 'The film opens in cinemas next month after winning praise at the festival. Its director cast the actress in the leading role, and the soundtrack album features songs by the band. Critics said the comedy was the best of the year and the studio plans a sequel.';

describe('register', () => {
  it('reads what kind of news an article is from the words it writes in lower case', () => {
    const model = shippedRegisterModel();
    expect(model.registers).toEqual(['business', 'entertainment', 'politics', 'sport', 'tech']);
    expect(top(articleRegister(model, MATCH))).toBe('sport');
    expect(articleRegister(model, MATCH)['sport']).toBeGreaterThan(0.9);
    expect(top(articleRegister(model, TRADE))).toBe('business');
    expect(top(articleRegister(model, FILM))).toBe('entertainment');
    // Names, function words and short words are not read: a text of names alone has no register but the prior's.
    expect([...registerWords('Dunmarsh beat Kelbury in the league')].sort()).toEqual(['beat', 'league']);
    const prior = articleRegister(model, 'Dunmarsh Kelbury');
    for (const v of Object.values(prior)) expect(v).toBeLessThan(0.5);
  });

  it('reads a word that names a property of every JavaScript object ("constructor") as an unknown word, not a crash', () => {
    const model = shippedRegisterModel();
    const r = articleRegister(model, 'The constructor of the toll bridge said its shares rose.');
    expect(Object.values(r).every((v) => Number.isFinite(v))).toBe(true);
    expect(articleRegister(model, 'the constructor')).toEqual(articleRegister(model, 'the'));
  });

  it('gives the type model the register of each mention, within each cue and gazetteer list', () => {
    const model = shippedRegisterModel();
    const mention = (text: string, sentence: string, name: string): TypedMention => {
      const at = sentence.indexOf(name);
      return { context: { ...mentionContext(sentence, at, at + name.length), register: articleRegister(model, text) }, type: 'place', reading: { tagger: odds({ place: 0.8 }), rules: odds({}) } };
    };
    // "Paris" is a city of the gazetteer; in a match report its register is sport, by a port's trade business.
    const sport = typeFeatures({ name: 'Paris', voted: 'place', mentions: [mention(MATCH, 'At home Paris beat Kelbury 3-1 in the league.', 'Paris')] });
    const trade = typeFeatures({ name: 'Paris', voted: 'place', mentions: [mention(TRADE, 'Cargo rose in Paris last year.', 'Paris')] });
    expect(sport['register.sport']).toBeGreaterThan(0.9);
    expect(sport['register.sport.list.CITY']).toBeGreaterThan(0.9);
    expect(sport['register.sport.lower-word-after']).toBeGreaterThan(0.9);
    expect(sport['register.sport.place-preposition']).toBeUndefined();
    expect(trade['register.sport.list.CITY'] ?? 0).toBeLessThan(0.1);
    expect(trade['register.business.place-preposition']).toBeGreaterThan(0.5);
    // The tagger's odds within a register are the combining model's; the rest are the context model's.
    expect(sport['tagger.register.sport.place']).toBeCloseTo(0.8 * sport['register.sport']!, 2);
    expect(isContextFeature('tagger.register.sport.place')).toBe(false);
    expect(isContextFeature('register.sport.list.CITY')).toBe(true);
    // A credit, or a mention read with no article, has no register.
    expect(Object.keys(typeFeatures({ name: 'Paris', voted: 'place', mentions: [{ context: mentionContext('In Paris.', 3, 8), type: 'place' }] })).some((n) => n.includes('register'))).toBe(false);
  });
});
