/** The type model (src/resolve/type-model.ts): its features, its shipped weights and the type decision it makes. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { resolveEntities } from '../src/resolve/entities.ts';
import { combinedFeatures, decideType, isContextFeature, likeliestType, manyMentions, ownReading, shippedTypeModel, typeDecision, typeFeatureMap, typeFeatures, typeProbabilities, TYPES, voteTrust, type TypedMention, type TypeModel } from '../src/resolve/type-model.ts';
import type { Features } from '../src/resolve/page-model.ts';
import { mentionContext, CREDIT_CONTEXT } from '../src/resolve/page-rules.ts';
import { emptyCuration } from '../src/curation.ts';
import type { ArticleRecord, EntityType, IngestedArticle } from '../src/types.ts';
import { fit, partyConvention } from '../eval/train-type-model.ts';
import { structureHead } from '../src/extract/evidence.ts';

function article(id: string, text: string): IngestedArticle {
  return {
    id, file: `${id}.txt`, format: 'plain', title: id, date: '2005-03-02', dateSource: 'header', section: null, source: null, hash: id,
    paragraphs: text.split('\n\n').map((t, k) => ({ id: `p${k + 1}`, kind: 'body' as const, text: t, line: k + 1 })),
  };
}
const odds = (t: Partial<Record<EntityType, number>>): Record<EntityType, number> => ({ person: 0, organization: 0, place: 0, other: 0, ...t });
const mention = (sentence: string, name: string, tagger: Partial<Record<EntityType, number>>, type: EntityType = 'place'): TypedMention => {
  const at = sentence.indexOf(name);
  return { context: mentionContext(sentence, at, at + name.length), type, reading: { tagger: odds(tagger), rules: odds({}) } };
};
/** The type features of a name voted a person, mentioned once in each sentence (as the name, or as the form given). */
const namedIn = (name: string, sentences: readonly (string | readonly [string, string])[]): Features =>
  typeFeatures({ name, voted: 'person', mentions: sentences.map((s) => (typeof s === 'string' ? mention(s, name, {}) : mention(s[0], s[1], {}))) });

describe('type model', () => {
  it("reads the evidence the extraction reads: a structure's head word, a nationality's form, the kind a list of examples names", () => {
    const read = (name: string, sentence = `They met near ${name} on Monday.`) => typeFeatures({ name, voted: 'organization', mentions: [mention(sentence, name, { organization: 0.6 })] });
    expect(read('Quarnby Dam')['head.structure']).toBe(1);
    // The head before "of" decides where it is not the first word, as the extraction's `structure-head` reads it
    // (evidence.ts `structureHead`): "Old Dam of Quarnby" is a dam, "Dam of Quarnby" is left to its first word.
    expect(read('Old Dam of Quarnby')['head.structure']).toBe(1);
    expect(read('Dam of Quarnby')['head.structure']).toBe(0);
    expect(structureHead(['Dam', 'of', 'Quarnby'])).toBe('Quarnby');
    // "Zorbix Savings of Vell Mesa" is no mesa, and one word alone has no head to read.
    expect(read('Zorbix Savings of Vell Mesa')['head.structure']).toBe(0);
    expect(read('Dam')['head.structure']).toBe(0);
    // The kind of thing a common-noun head names, and how the last word ends (session 39, ent71; no weight shipped).
    expect(read('Quarnby Food Programme')['head.sense.communication']).toBe(1);
    expect(read('High Court of Quarnby')['head.sense.group']).toBe(1);
    expect(Object.keys(read('Programme')).filter((k) => k.startsWith('head.sense.'))).toEqual([]);
    expect(read('Quarnbyton')['suffix.ton']).toBe(1);
    expect(read('Ecuadorean')['shape.demonym']).toBe(1);
    expect(read('Ecuadoreans')['shape.demonym-plural']).toBe(1);
    expect(read('Quarnby')['shape.demonym']).toBeUndefined();
    const listed = read('Quarnby', 'She walks in places like Vellstead and Quarnby at night.');
    expect(listed['list.places']).toBe(1);
    expect(Object.keys(listed).filter((n) => n.startsWith('list.'))).toEqual(['list.places']);
    // The cues the features are named for fire, and only there: a player of a team sheet, a U.S. state after its city.
    expect(read('Quarnby', 'The trainer Vell Orsk said Quarnby won.')['cue.team-sheet']).toBe(0);
    expect(read('Quarnby', 'Zelnik; Marrow, Tavy, Quarnby (Orsk 65), Brenner; Wexley, Danforth.')['cue.team-sheet']).toBe(1);
    expect(read('Pa.', 'They met in Vellton, Pa., on Monday.')['cue.state-after-city']).toBe(1);
    expect(read('Pa.', 'They met in Pa. on Monday.')['cue.state-after-city']).toBe(0);
  });

  it('reads the tagger apart where any word is capitalised, and the words around each mention', () => {
    const f = typeFeatures({
      name: 'Velmora', voted: 'place',
      mentions: [mention('Velmora has said it will cut jobs.', 'Velmora', { place: 0.8 }), mention('Shares in Velmora fell, and Velmora said so.', 'Velmora', { organization: 0.6 })],
    });
    expect(f['tagger.weak.place']).toBeCloseTo(0.8);
    expect(f['tagger.strong.organization']).toBeCloseTo(0.6);
    expect(f['tagger.strong.place']).toBe(0);
    expect(f['voted.place']).toBe(1);
    expect(f['cue.auxiliary-after']).toBeCloseTo(0.5);
    expect(f['cue.place-preposition']).toBeCloseTo(0.5);
    expect(f['before.in']).toBeCloseTo(0.5);
    expect(f['after.has']).toBeCloseTo(0.5);
    // Two words read together, and what the name has after its possessive.
    const g = typeFeatures({
      name: 'Velmora', voted: 'place',
      mentions: [mention('Shares of Velmora fell.', 'Velmora', {}), mention('Velmora said it would cut jobs.', 'Velmora', {}), mention("A seat on Velmora's board is open.", 'Velmora', {})],
    });
    expect(g['before2.shares of']).toBeCloseTo(1 / 3);
    expect(g['after2.said it']).toBeCloseTo(1 / 3);
    expect(g['possessive.board']).toBeCloseTo(1 / 3);
    // A vote the weak rules alone made is told apart from a sure one.
    const voted = (person: number) => {
      const m = mention('Tarnley Fold said so.', 'Tarnley Fold', { person: 0.5 });
      return typeFeatures({ name: 'Tarnley Fold', voted: 'person', mentions: [{ ...m, reading: { ...m.reading!, rules: odds({ person }) } }] });
    };
    expect(voted(0.5)['rules.person']).toBe(1);
    expect(voted(0.5)['rules.weak.person']).toBe(1);
    expect(voted(3)['rules.weak.person']).toBe(0);
    // A country in the people-names list is read as a country only.
    const west = typeFeatures({ name: 'Greater France', voted: 'place', mentions: [] });
    expect(west['gazetteer.last.COUNTRY']).toBe(1);
    expect(west['gazetteer.last.PERSON']).toBeUndefined();
    for (const v of Object.values(f)) expect(v >= 0 && v <= 1).toBe(true);
    // The context model never reads the tagger or the types made from its readings.
    expect(Object.keys(f).filter(isContextFeature).some((n) => /^(tagger|voted|article|strong)\./.test(n))).toBe(false);
    // A credit is no reading of text.
    expect(typeFeatures({ name: 'Harbour Gazette', voted: 'organization', mentions: [{ context: CREDIT_CONTEXT, type: 'organization' }] })['strong.none']).toBe(1);
  });

  it('reads the words a few words away, a name in quotes and a number after it', () => {
    const f = typeFeatures({
      name: 'Quillmoor', voted: 'organization',
      mentions: [
        mention('Fans queued all night before Quillmoor 2 was released in shops.', 'Quillmoor', {}),
        mention('Critics loved the sequel "Quillmoor" when it opened.', 'Quillmoor', {}),
      ],
    });
    // Words in lower case up to six words each side, each counted once per mention; no function words, no names.
    expect(f['near.released']).toBeCloseTo(0.5);
    expect(f['near.queued']).toBeCloseTo(0.5);
    expect(f['near.sequel']).toBeCloseTo(0.5);
    expect(f['near.critics']).toBeUndefined();
    expect(f['near.the']).toBeUndefined();
    expect(f['cue.number-after']).toBeCloseTo(0.5);
    expect(f['cue.quoted']).toBeCloseTo(0.5);
    expect(isContextFeature('near.released')).toBe(true);
    // Seven words away is too far.
    const far = typeFeatures({ name: 'Quillmoor', voted: 'organization', mentions: [mention('Quillmoor said on Monday its quarterly profit had doubled at last.', 'Quillmoor', {})] });
    expect(far['near.profit']).toBe(1);
    expect(far['near.doubled']).toBeUndefined();
  });

  it('reads the kind of thing the nouns around a name name (WordNet\'s file), by slot, as shares of its mentions', () => {
    const f = namedIn('Quarnby', [
      'Buyers liked the Quarnby investment firm last year.', 'Quarnby, the city, grew fast.',
      "Quarnby's chairman resigned.", 'The mayor of Quarnby spoke.',
    ]);
    // One mention of four each: the noun it is written before, an apposition, what it has, the noun before "of".
    const slots = Object.fromEntries(Object.entries(f).filter(([k]) => /^sense\.(?:compound|appos|possessive|of)\./.test(k)));
    expect(slots).toEqual({ 'sense.compound.group': 0.25, 'sense.appos.location': 0.25, 'sense.possessive.person': 0.25, 'sense.of.person': 0.25 });
    // A word the table does not hold as a noun gives no kind ("said").
    expect(Object.keys(namedIn('Quarnby', ['Quarnby said so.'])).filter((k) => k.startsWith('sense.after.'))).toEqual([]);
    expect(isContextFeature('sense.compound.group')).toBe(true);
  });

  it('reads what the words after a name call it: an apposition\'s last word and the noun it is written before', () => {
    const f = namedIn('Vornholt', [
      'Vornholt, the Danish pump maker, said it would sell.', 'Buyers liked the Vornholt quartz digital watch last year.',
      'Vornholt, Gralix\'s second largest brewer, grew.', 'Vornholt, which grew, said little.',
    ]);
    expect(f['appos.maker']).toBeCloseTo(0.25);
    expect(f['appos.brewer']).toBeCloseTo(0.25);
    expect(f['compound.watch']).toBeCloseTo(0.25);
    // No apposition opened by a function word, no compound of one word ("Vornholt said"), nothing of a list.
    expect(Object.keys(f).filter((k) => /^(?:appos|compound)\./.test(k)).sort()).toEqual(['appos.brewer', 'appos.maker', 'compound.watch']);
    const person = mentionContext('Brannoch, 52, chairman of Velt, resigned.', 0, 8);
    expect(person.apposition).toBe('chairman');
    const list = mentionContext('Brannoch, Velt and Quorr said.', 0, 8);
    expect(list.apposition).toBeUndefined();
    expect(isContextFeature('appos.maker')).toBe(true);
  });

  it('reads how the mentions of a name of several words write it short: its last word, its first word, another form', () => {
    // Each sentence with the form it writes the name in.
    const f = namedIn('Anna Vell', [['Anna Vell, a Danish pump maker, said so.', 'Anna Vell'], ['The Vell commission report came out.', 'Vell'], ["Vell's report came out.", "Vell's"], ['Anna said little.', 'Anna']]);
    expect(f['written.last']).toBeCloseTo(0.5);
    expect(f['written.first']).toBeCloseTo(0.25);
    expect(f['written.other']).toBe(0);
    expect(isContextFeature('written.last')).toBe(true);
    // A name of one word has none.
    expect(namedIn('Vell', ['Vell said so.'])['written.last']).toBeUndefined();
  });

  it('ships both models, trained on CoNLL eng.train names and the judged train split, with a floor chosen on dev', () => {
    const model = shippedTypeModel();
    expect(model.about).toMatch(/eng\.train/);
    expect(model.about).toMatch(/train split/);
    expect(Object.keys(model.context.weights).length).toBeGreaterThan(50);
    expect(Object.keys(model.combine.weights).every((n) => !isContextFeature(n) || n.startsWith('context.'))).toBe(true);
    const p = typeProbabilities(model.combine, combinedFeatures(model, typeFeatures({ name: 'Orla Quinlan', voted: 'person', mentions: [mention('Harbour master Orla Quinlan said so.', 'Orla Quinlan', { person: 0.9 }, 'person')] })));
    expect(TYPES.reduce((s, t) => s + p[t], 0)).toBeCloseTo(1);
    expect(p.person).toBeGreaterThan(0.5);
    // Above any probability: the vote stands.
    expect(decideType({ ...model, floor: 2 }, typeFeatures({ name: 'Orla Quinlan', voted: 'place', mentions: [] }), 'place')).toBe('place');
  });

  it("resolve's Map of features is typeFeatures in the same order, and scores to the same answer bit for bit", () => {
    const inRegister = (m: TypedMention, register: Record<string, number>, article: string): TypedMention => ({ ...m, article, context: { ...m.context, register } });
    const mentions = [
      inRegister(mention('Shares in Vellmoor Holdings rose 4 pct after Vellmoor Holdings said it would buy a drugmaker.', 'Vellmoor Holdings', { organization: 0.7, person: 0.2 }, 'organization'), { business: 0.8, politics: 0.2 }, 'a1'),
      inRegister(mention('VELLMOOR HOLDINGS TO BUY STAKE', 'VELLMOOR HOLDINGS', { place: 0.5 }), { business: 0.9, tech: 0.1 }, 'a2'),
      inRegister({ ...mention('At home Vellmoor Holdings beat Kelbury 3-1, said coach Orla Quinlan.', 'Vellmoor Holdings', { organization: 0.4 }, 'organization'), listedWith: ['place'] }, { sport: 0.95, business: 0.05 }, 'a3'),
      { context: CREDIT_CONTEXT, type: 'organization' as const },
    ];
    const model = shippedTypeModel();
    for (const voted of TYPES) {
      const evidence = { name: 'Vellmoor Holdings', voted, mentions };
      const map = typeFeatureMap(evidence);
      const object = typeFeatures(evidence);
      expect([...map]).toEqual(Object.entries(object));
      expect([...map.keys()].some((n) => n.startsWith('register.sport.'))).toBe(true);
      const fromMap = typeDecision(model, map, voted);
      const fromObject = typeDecision(model, object, voted);
      expect(fromMap.type).toBe(fromObject.type);
      expect(Object.is(fromMap.probability, fromObject.probability)).toBe(true);
      expect(typeProbabilities(model.context, map)).toEqual(typeProbabilities(model.context, object));
    }
  });

  it('reads the types the article gave the names listed beside a name', () => {
    const texts = ['Rain fell on Kenver, Dorrington and Halsby Vale, the weather office said. Orla Quinlan and Tamsin Reyes spoke.'];
    const articles = texts.map((t, k) => article(`a${k}`, t));
    const extractions = articles.map(extractArticle);
    const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
    const features = new Map<string, Features>();
    resolveEntities({ articles: records, extractions, curation: emptyCuration }, { onTypeFeatures: (e, f) => features.set(e.name, f) });
    const typeOf = (name: string) => extractions[0]!.entities.find((m) => m.text === name)!.type;
    // "Dorrington" stands between two names: both count, each by the type the article gave it.
    const middle = features.get('Dorrington')!;
    for (const t of TYPES) {
      const share = [typeOf('Kenver'), typeOf('Halsby Vale')].filter((x) => x === t).length / 2;
      expect(middle[`article.listed-with.${t}`] ?? 0).toBeCloseTo(share);
    }
    expect(features.get('Orla Quinlan')![`article.listed-with.${typeOf('Tamsin Reyes')}`]).toBe(1);
    expect(features.get('Halsby Vale')![`article.listed-with.${typeOf('Dorrington')}`]).toBe(1);
    expect(features.get('Kenver')![`article.listed-with.${typeOf('Dorrington')}`]).toBe(1);
  });

  it("lets a cue word fix a name's type only when it wins the archive's vote, else the model decides", () => {
    const texts = [
      'Sales of the video game Quorrin Vale rose. Fans queued for Quorrin Vale overnight.',
      'The video game Quorrin Vale sold a million copies.',
      'Sales of the video game Dravel rose in May.',
      'Dravel said he was pleased. Dravel told reporters he would stay. Dravel smiled.',
      'Dravel said on Monday he had signed. Dravel, 31, joined the club. Dravel scored twice.',
    ];
    const articles = texts.map((t, k) => article(`a${k}`, t));
    const extractions = articles.map(extractArticle);
    const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
    const features = new Map<string, Features>();
    resolveEntities({ articles: records, extractions, curation: emptyCuration }, { onTypeFeatures: (e, f) => features.set(e.name, f) });
    // Two cues of three mentions: the cue wins the vote and fixes the type (the model is not asked).
    expect(features.has('Quorrin Vale')).toBe(false);
    // One cue against six mentions read as a person: one vote lost, so the model reads the name, the cue among its features.
    const dravel = features.get('Dravel')!;
    expect(dravel).toBeDefined();
    expect(dravel['cue.work']).toBeGreaterThan(0);
  });

  it('reads a company the tagger takes for a place by what the archive says around it', () => {
    const texts = [
      'Carmaker Solano said its sales fell. The Solano boss wants a merger, and Solano shares rose.',
      'A deal with Solano was signed. Solano chairman Paolo Reni said the Solano unit made a loss.',
      'Investors in Solano were told that Solano owns half the plant.',
    ];
    const articles = texts.map((t, k) => article(`a${k}`, t));
    const extractions = articles.map(extractArticle);
    // Read article by article, the tagger's reading wins: a place.
    expect(extractions.flatMap((x) => x.entities).filter((m) => m.text === 'Solano').some((m) => m.type === 'place')).toBe(true);
    expect(extractions.flatMap((x) => x.entities).some((m) => m.text === 'Solano' && m.reading!.tagger.place > 0.3)).toBe(true);
    const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
    const features = new Map<string, Features>();
    const r = resolveEntities({ articles: records, extractions, curation: emptyCuration }, { onTypeFeatures: (e, f) => features.set(e.name, f) });
    const solano = features.get('Solano')!;
    expect(TYPES.find((t) => solano[`voted.${t}`] === 1)).toBe('place');
    // The context model, which never reads the tagger, reads a company from the words around it ("Solano shares",
    // "Solano chairman"). Whether that outweighs the tagger is the combining model's call, learnt from the judged
    // names: the model of 301 gave organisation 0.56, the one of 557 kept the tagger's place (0.51 against 0.36), the
    // one of 725 with the words two apart ("Solano said its", "Solano chairman Paolo") gives organisation 0.57. The
    // retrain of session 27 (with the city list read per register: "Solano" is in the cities' list) splits it, 0.47
    // organisation against 0.49 place, and the combining model reads organisation (0.49 against 0.37).
    const context = typeProbabilities(shippedTypeModel().context, solano);
    expect(context.organization).toBeGreaterThan(0.4);
    expect(context.organization + context.place).toBeGreaterThan(0.9);
    expect(r.entities.find((e) => e.name === 'Solano')?.type).toBe('organization');
    expect(r.entities.find((e) => e.name === 'Paolo Reni')?.type).toBe('person');
    // The model's organisation here is no sure one: it does not overrule a sentence's reading of a place.
    expect(r.typeSure.has(r.entities.find((e) => e.name === 'Solano')!.id)).toBe(false);
  });

  it('calls an organisation\'s type well supported on its shape', () => {
    const texts = ['Velmora Holdings said it sold the plant to Tarnley, and Tarnley bought it for cash.'];
    const articles = texts.map((t, k) => article(`a${k}`, t));
    const extractions = articles.map(extractArticle);
    const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
    const r = resolveEntities({ articles: records, extractions, curation: emptyCuration });
    const sure = (name: string) => r.typeSure.has(r.entities.find((e) => e.name === name)!.id);
    expect(r.entities.find((e) => e.name === 'Velmora Holdings')?.type).toBe('organization');
    expect(sure('Velmora Holdings')).toBe(true);
  });

  it('reads the first word of a name and a word inside it that news writes in lower case', () => {
    const read = (name: string) => typeFeatures({ name, voted: 'person', mentions: [mention(`Shares in ${name} rose.`, name, { person: 0.8 }, 'person')] });
    const firm = read('Beatrice Consumer Durables');
    expect(firm['inner.lower']).toBe(1);
    expect(firm['first.capital']).toBe(1);
    expect(read('Beatrice Anne Holt')['inner.lower']).toBe(0);
    expect(read('Friends Reunited')['first.lower']).toBe(1);
    // One word has no first word apart from its last.
    expect(Object.keys(read('Jeeves')).some((n) => /^(first|inner|cluster\.first)\./.test(n))).toBe(false);
    // A common word inside a name speaks against a person and for an organisation, as the shipped weights learnt it.
    const w = shippedTypeModel().context.weights['inner.lower']!;
    expect(w.person!).toBeLessThan(0);
    expect(w.organization!).toBeGreaterThan(w.person!);
  });

  it('reads a name\'s own reading surer the more articles agree on it, each article once', () => {
    const inArticle = (article: string, type: EntityType, sentence = 'Leaders of Orlin Party met on Monday.') => ({ ...mention(sentence, 'Orlin Party', { organization: type === 'organization' ? 0.9 : 0.1, other: type === 'other' ? 0.9 : 0.1 }, type), article });
    const read = (mentions: TypedMention[]) => typeFeatures({ name: 'Orlin Party', voted: 'organization', mentions });
    const one = read([inArticle('a1', 'organization')]);
    const many = read(Array.from({ length: 40 }, (_, k) => inArticle(`a${k}`, k % 10 === 9 ? 'other' : 'organization')));
    // The averaged share is the same or lower for forty articles than for one; the own reading is far surer.
    expect(many['article.organization']).toBeLessThan(one['article.organization']!);
    // One article is no more than itself: 0, whatever it says.
    expect(one['article.own.organization']).toBe(0);
    expect(one['tagger.own.organization']).toBe(0);
    expect(many['article.own.organization']).toBeGreaterThan(0.55);
    expect(many['article.own.other']).toBeLessThan(0.05);
    expect(many['tagger.own.organization']).toBeGreaterThan(0.5);
    expect(read([inArticle('a1', 'organization'), inArticle('a2', 'organization')])['article.own.organization']).toBeLessThan(many['article.own.organization']!);
    // Mentions of one article are one reading, however many.
    const sameArticle = read(Array.from({ length: 40 }, () => inArticle('a1', 'organization')));
    expect(sameArticle['article.own.organization']).toBe(0);
    expect(ownReading([], () => 1)).toBe(0);
    // Only the combining model reads them (they are the tagger's readings).
    expect(isContextFeature('article.own.organization') || isContextFeature('tagger.own.place')).toBe(false);
    for (const v of Object.values(many)) expect(v >= 0 && v <= 1 + 1e-9).toBe(true);
  });

  it('reads how sure the tagger is, whether it agrees with the vote, and how many articles and mentions are behind it', () => {
    const sentence = 'The hearing at the Royal Courts of Justice ended on Monday.';
    const inArticle = (article: string, tagger: Partial<Record<EntityType, number>>, type: EntityType = 'organization') => ({ ...mention(sentence, 'Royal Courts of Justice', tagger, type), article });
    const read = (mentions: TypedMention[], voted: EntityType = 'organization') => typeFeatures({ name: 'Royal Courts of Justice', voted, mentions });
    const sure = read([inArticle('a1', { organization: 0.97, place: 0.02 })]);
    const unsure = read([inArticle('a1', { organization: 0.55, person: 0.35 })]);
    expect(sure['tagger.top.organization']).toBeCloseTo(0.97);
    expect(sure['tagger.margin.organization']).toBeCloseTo(0.95);
    expect(unsure['tagger.margin.organization']).toBeCloseTo(0.2);
    expect(sure['voted.tagger.organization']).toBeCloseTo(0.97);
    expect(sure['voted.one-article.organization']).toBe(1);
    expect(sure['voted.agreement.organization']).toBe(1);
    expect(sure['voted.many.organization']).toBe(0);
    // The tagger's top type against the vote: no agreement feature; only the top type's odds are read.
    const against = read([inArticle('a1', { place: 0.8, organization: 0.1 })]);
    expect(against['voted.tagger.organization']).toBeUndefined();
    expect(against['tagger.top.place']).toBeCloseTo(0.8);
    expect(against['tagger.top.organization']).toBeUndefined();
    // Three articles, two typing it as voted (one of them with two mentions): agreement counts articles, not mentions.
    const three = read([inArticle('a1', { organization: 0.9 }), inArticle('a1', { organization: 0.9 }), inArticle('a2', { organization: 0.9 }), inArticle('a3', { place: 0.9 }, 'place')]);
    expect(three['voted.agreement.organization']).toBeCloseTo(2 / 3);
    expect(three['voted.one-article.organization']).toBe(0);
    expect(three['voted.many.organization']).toBeCloseTo(manyMentions(4));
    // Only the combining model reads them.
    expect(['tagger.top.place', 'tagger.margin.place', 'voted.tagger.place', 'voted.agreement.place', 'voted.one-article.place', 'voted.many.place'].some(isContextFeature)).toBe(false);
  });

  it("records the vote the name was built with as its one `voted.<type>` feature, 'other' (the build's fallback) too", () => {
    // eval/page-bar.ts `barEvidence` reads the vote's agreement with the type built from this feature alone, and
    // eval/type-calibration.ts reads it there (one home; tidy37).
    for (const voted of TYPES) {
      const f = typeFeatures({ name: 'Vellan Arch', voted, mentions: [mention('Crowds gathered at Vellan Arch on Sunday.', 'Vellan Arch', { place: 0.7 })] });
      expect(TYPES.filter((t) => f[`voted.${t}`] === 1)).toEqual([voted]);
    }
  });

  it('keeps the vote where its articles agree so widely that it is likelier right than the model\'s other type', () => {
    const inArticle = (article: string) => ({ ...mention('Leaders of Orlin Party met on Monday.', 'Orlin Party', { organization: 0.9 }, 'organization'), article });
    const read = (articles: number) => typeFeatures({ name: 'Orlin Party', voted: 'organization', mentions: Array.from({ length: articles }, (_, k) => inArticle(`a${k}`)) });
    const flat = { bias: { person: 0, organization: 0, place: 0, other: 0 }, weights: {} };
    // A model sure enough of "other" (0.6 against 0.13 each), and a vote trusted more as its articles agree.
    const model: TypeModel = { about: '', context: flat, combine: { ...flat, bias: { person: 0, organization: 0, place: 0, other: 1.5 } }, floor: 0, vote: { organization: { bias: -1, agreement: 6 } } };
    expect(voteTrust(model, read(1), 'organization')).toBeCloseTo(1 / (1 + Math.exp(1)));
    expect(decideType(model, read(1), 'organization')).toBe('other');
    expect(voteTrust(model, read(30), 'organization')).toBeGreaterThan(0.8);
    expect(decideType(model, read(30), 'organization')).toBe('organization');
    // No curve for the voted type, or none at all: the model decides as before.
    expect(decideType(model, read(30), 'place')).toBe('other');
    expect(decideType({ ...model, vote: undefined }, read(30), 'organization')).toBe('other');
  });

  it('reads the cues and the rules\' votes again as sure as their mentions are many, for the context model', () => {
    const said = (k: number) => ({ ...mention('The Orlin Party said on Monday it would vote against.', 'Orlin Party', { organization: 0.9 }, 'organization'), article: `a${k}` });
    const read = (mentions: number) => typeFeatures({ name: 'Orlin Party', voted: 'organization', mentions: Array.from({ length: mentions }, (_, k) => said(k)) });
    const one = read(1);
    const ten = read(10);
    const hundred = read(100);
    // The averaged shares are the same for one mention and a hundred; their copies grow with the mentions.
    expect(one['cue.the']).toBe(1);
    expect(hundred['cue.the']).toBe(1);
    expect(one['many.cue.the']).toBe(0);
    expect(ten['many.cue.the']).toBeCloseTo(0.5);
    expect(hundred['many.cue.the']).toBeCloseTo(1);
    expect(ten['many.cue.speech-after']).toBeCloseTo(ten['cue.speech-after']! * 0.5);
    expect(manyMentions(1000)).toBe(1);
    // Only grouped cues and rules get a copy, not the name's own words; the context model reads them.
    expect(Object.keys(hundred).filter((n) => n.startsWith('many.')).every((n) => /^many\.(?:cue|rules)\./.test(n))).toBe(true);
    expect(isContextFeature('many.rules.weak.person') && isContextFeature('many')).toBe(true);
    for (const v of Object.values(hundred)) expect(v >= 0 && v <= 1 + 1e-9).toBe(true);
  });

  it('reads a legal form ending a name, slashed or with periods, as a feature of its own', () => {
    const read = (name: string) => typeFeatures({ name, voted: 'person', mentions: [mention(`${name} said so.`, name, { person: 0.8 }, 'person')] });
    expect(read('Halsby Skibs A/S')['shape.legal-form']).toBe(1);
    expect(read('Velmora Holdings Inc.')['shape.legal-form']).toBe(1);
    expect(read('Orla Quinlan')['shape.legal-form']).toBe(0);
    // One word is no name with a legal form ("Co" alone).
    expect(read('Inc')['shape.legal-form']).toBe(0);
    expect(isContextFeature('shape.legal-form')).toBe(true);
  });

  it("reads the WordNet class of a name's head and of the nouns that say what it is, and a legal form written with it", () => {
    const read = (name: string, sentence = `They met near ${name} on Monday.`) => typeFeatures({ name, voted: 'organization', mentions: [mention(sentence, name, { organization: 0.6 })] });
    // noun.artifact alike, apart by class: an airport a facility, a tanker a craft, a hotel a structure.
    expect(read('Quarnby Airport')['head.class.facility']).toBe(1);
    expect(read('Quarnby Tanker')['head.class.craft']).toBe(1);
    expect(read('Quarnby Hotel')['head.class.structure']).toBe(1);
    expect(Object.keys(read('Airport')).filter((k) => k.startsWith('head.class.'))).toEqual([]);
    expect(read('Quarnby', 'Flights left Quarnby airport late.')['class.after.facility']).toBe(1);
    expect(read('Quarnby', 'Quarnby, the tanker, sank.')['class.appos.craft']).toBe(1);
    expect(isContextFeature('head.class.facility')).toBe(true);
    // A firm named after its founders, written with its legal form in the sentence: the share of mentions that do.
    const firm = namedIn('Orla Quinlan', [['Orla Quinlan and Co said so.', 'Orla Quinlan and Co'], 'Orla Quinlan and Co Inc said so.', 'Orla Quinlan Inc said so.', 'Orla Quinlan said so.']);
    expect(firm['written.legal-form']).toBeCloseTo(0.75);
    expect(namedIn('Orla Quinlan', ['Orla Quinlan said so.', 'Orla Quinlan came.'])['written.legal-form']).toBe(0);
    // A name that ends in its legal form has nothing more to say.
    expect(namedIn('Velmora Holdings Inc', ['Velmora Holdings Inc said so.'])['written.legal-form']).toBe(0);
  });

  it('reads the things a name heads or is called (a code, a law, a drug), a maker in its business sense, and what its possessive has', () => {
    const read = (name: string, sentence = `They met near ${name} on Monday.`) => typeFeatures({ name, voted: 'organization', mentions: [mention(sentence, name, { organization: 0.6 })] });
    // The lexicographer file reads "code" as a communication and "law" as a group, like the head of a body's name.
    expect(read('Quarnby Electrical Code')['head.class.written_communication']).toBe(1);
    expect(read('Quarnby Exchange Law')['head.class.collection']).toBe(1);
    expect(read('Quarnby Exchange Law')['head.class.organization']).toBeUndefined();
    expect(read('Velmora Sulfate')['head.class.chemical']).toBe(1);
    expect(read('Quarnby', 'Doctors gave the drug Quarnby to patients.')['class.before.drug']).toBe(1);
    // "maker", a person by SemCor's counts, and a closed compound WordNet lacks, read by its tail: a business too.
    expect(read('Quarnby', 'Quarnby, the French drug maker, said so.')['class.appos.business_sense']).toBe(1);
    expect(read('Quarnby', 'The drugmaker Quarnby said so.')['class.before.tail.business_sense']).toBe(1);
    expect(read('Quarnby', 'The drugmaker Quarnby said so.')['class.before.person']).toBeUndefined();
    // What the possessive has, read over its adjectives; nothing where a function word or a name comes first.
    expect(read('Quarnby', "Quarnby's new drug was approved.")['class.possessed.drug']).toBe(1);
    expect(read('Quarnby', "Quarnby's new drug was approved.")['possessive.new']).toBe(1);
    expect(Object.keys(read('Quarnby', "Quarnby's Velmora unit was sold.")).filter((k) => k.startsWith('class.possessed.'))).toEqual([]);
    expect(isContextFeature('class.possessed.drug')).toBe(true);
    // The kind of doing of the verb it follows, where that word is no noun.
    expect(read('Quarnby', 'Regulators approved Quarnby on Monday.')['verb.before.communication']).toBe(1);
    expect(Object.keys(read('Quarnby', 'They met near Quarnby.')).filter((k) => k.startsWith('verb.before.'))).toEqual([]);
  });

  it('counts a judged name as many times as its weight when fitting (the trainer weighs judged names above CoNLL names)', () => {
    const a = { features: { 'cue.the': 1 }, label: 'other' as const, name: 'A' };
    const b = { features: { 'cue.the': 1 }, label: 'organization' as const, name: 'B' };
    const p = (m: ReturnType<typeof fit>) => typeProbabilities(m, { 'cue.the': 1 }).other;
    const weighed = p(fit([{ ...a, weight: 3 }, b], 0.001, ['cue.the'], 300));
    expect(weighed).toBeCloseTo(p(fit([a, a, a, b], 0.001, ['cue.the'], 300)), 6);
    expect(weighed).toBeGreaterThan(0.7);
  });
  it('reads a name ending in a party word, and types CoNLL\'s party members and adjectives as the party', () => {
    const f = (name: string) => typeFeatures({ name, voted: 'other', mentions: [mention(`${name} said so.`, name, { other: 0.6 })] });
    expect(f('Velmor Dems')['shape.party-word']).toBe(1);
    expect(f('Tories')['shape.party-word']).toBe(1);
    expect(f('Velmor Dems Trust')['shape.party-word']).toBe(0);
    // CoNLL tags "Democrats" and the adjective "Republican" MISC; the judging convention types them the party.
    expect(partyConvention('Republican', 'other')).toBe('organization');
    expect(partyConvention('Velmor Democrats', 'other')).toBe('organization');
    expect(partyConvention('Velmor Democrat', 'person')).toBe('person');
    expect(partyConvention('Velmor Cup', 'other')).toBe('other');
  });
});
