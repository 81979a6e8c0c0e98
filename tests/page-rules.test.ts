/** The archive-level page decision and type cues (src/resolve/page-rules.ts), on articles written for the purpose. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { resolveEntities } from '../src/resolve/entities.ts';
import { cueType, mentionContext, PAGE_RULES, pageDenial } from '../src/resolve/page-rules.ts';
import { BAR_DENIAL } from '../src/resolve/page-bar.ts';
import { usualCase } from '../src/extract/ner/words.ts';
import { emptyCuration, parseCuration } from '../src/curation.ts';
import { toGraphJson } from '../src/graph/graph-json.ts';
import type { ArticleRecord, EntityType, IngestedArticle } from '../src/types.ts';

function article(id: string, text: string): IngestedArticle {
  return {
    id, file: `${id}.txt`, format: 'plain', title: id, date: '1987-03-02', dateSource: 'header', section: null, source: null, hash: id,
    paragraphs: text.split('\n\n').map((t, k) => ({ id: `p${k + 1}`, kind: 'body' as const, text: t, line: k + 1 })),
  };
}
function resolve(articles: IngestedArticle[], curation = emptyCuration) {
  const extractions = articles.map(extractArticle);
  const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
  return { ...resolveEntities({ articles: records, extractions, curation }), extractions, records };
}
const paged = (r: ReturnType<typeof resolve>) => r.entities.map((e) => e.name);
const plain = (r: ReturnType<typeof resolve>, name: string) => r.plainNames.find((e) => e.name === name || e.aliases.includes(name));

describe('page rules', () => {
  it('are ordered, named and give their reasons', () => {
    const names = PAGE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(PAGE_RULES.every((r) => r.reason.length > 60)).toBe(true);
  });

  it('read how news usually writes a word from the development-time case table', () => {
    expect(usualCase('sanctions')).toBe('lower');
    expect(usualCase('Based')).toBe('lower');
    expect(usualCase('Chelsea')).toBe('capital');
    expect(usualCase('zqxv')).toBeUndefined();
  });

  it('give a stock code no page, and keep it with its rule in graph.json', () => {
    const r = resolve([
      article('a', 'Mobil Corp <MOB.N> said it will open an office in Peking. Exxon Corp <XON> and Chevron Corp <CHV> signed the accord.'),
    ]);
    expect(paged(r)).toEqual(expect.arrayContaining(['Mobil Corp', 'Exxon Corp', 'Chevron Corp']));
    for (const code of ['MOB.N', 'XON', 'CHV']) {
      expect(paged(r)).not.toContain(code);
      expect(plain(r, code)?.noPage).toBe('stock-code');
    }
    const graph = toGraphJson({ articles: r.records, extractions: r.extractions, entities: r.entities, plainNames: r.plainNames, events: [], quotes: [], problems: [], notes: [] });
    expect(graph.plainNames.find((e) => e.name === 'MOB.N')?.noPage).toBe('stock-code');
  });

  it('give a name written in capitals outside brackets its page', () => {
    const n = (raw: string, before = ' ', after = ' ') => ({ name: raw, mentions: [{ ...mentionContext(`x${before}${raw}${after}y`, 1 + before.length, 1 + before.length + raw.length) }], isOtherName: () => false });
    expect(pageDenial(n('IBM'))).toBeUndefined();
    expect(pageDenial(n('IBM', ' <', '> '))).toBe('stock-code');
  });

  it('give a describing compound no page, but keep a name with a hyphenated part', () => {
    const r = resolve([article('a', 'The Israel-based company said Li Ka-shing bought the stake. The Geneva-based WTO agreed. The New York-based firm agreed. Finance Minister Pak Tong-sang met them.')]);
    expect(plain(r, 'Israel-based')?.noPage).toBe('describing-compound');
    expect(plain(r, 'New York-based')?.noPage).toBe('describing-compound');
    expect(paged(r)).toContain('Li Ka-shing');
    expect(paged(r)).not.toContain('Geneva-based WTO');
    // A given name's syllable that is also an English word in lower case ("sang") describes nothing.
    expect(paged(r)).toContain('Pak Tong-sang');
  });

  it('give a common word capitalised only by its place no page, but keep it where the text writes it as a name', () => {
    const r = resolve([
      article('a', 'Sanctions have hurt the economy, Kellerman Trading said.'),
      article('b', 'Divers searched the ferry.\n\nThe rescue of Divers Wharf took hours, said Orla Quinlan.'),
    ]);
    expect(plain(r, 'Sanctions')?.noPage).toBe('common-word-at-a-capital');
    expect(paged(r)).toContain('Orla Quinlan');
    // "Divers" opens one sentence, but "Divers Wharf" is written as a name mid-sentence: a different name, kept, and no
    // page rule denies it (whether it gets a page is the page model's and the page bar's: its kind no word tells).
    const wharf = [...r.entities, ...r.plainNames].find((e) => e.name.startsWith('Divers Wharf'));
    expect(wharf).toBeDefined();
    expect(wharf!.noPage === undefined || wharf!.noPage === BAR_DENIAL).toBe(true);
  });

  it('give a one-letter name no page', () => {
    const r = resolve([
      article('a', 'Agency S cut Vellor Corp to B from B-plus, and S said more cuts may follow.'),
      article('b', 'Vellor Corp said S acted too soon.'),
    ]);
    expect(plain(r, 'S')?.noPage).toBe('single-letter');
    expect(paged(r)).toContain('Vellor Corp');
  });

  it('give a class or series of shares no page, and keep the firm', () => {
    const r = resolve([
      article('a', 'Vellor Corp said it may buy back up to five mln of its Class A common shares. Class A holders will vote.'),
      article('b', 'Vellor Corp sold 20 mln dlrs of Series B preferred stock, and its Class A shares rose.'),
    ]);
    for (const name of ['Class A', 'Series B']) expect(plain(r, name)?.noPage).toBe('share-class');
    expect(paged(r)).toContain('Vellor Corp');
  });

  it('give the plural of an acronym no page, and keep the acronym and names in capitals', () => {
    const r = resolve([
      article('a', 'Vellor Corp said sales of its ZVDs rose, and buyers of QXRs and ZT-9s waited. The ZVD player sold well.'),
      article('b', 'Orlin Corp said it bought 40 ZT-9s from Vellor Corp. ZPS said the order was large.'),
    ]);
    for (const name of ['ZVDs', 'QXRs', 'ZT-9s']) expect(plain(r, name)?.noPage).toBe('acronym-plural');
    expect(pageDenial({ name: 'ZVDs', mentions: [], isOtherName: () => false })).toBe('acronym-plural');
    expect(pageDenial({ name: 'AT-ATs', mentions: [], isOtherName: () => false })).toBe('acronym-plural');
    for (const name of ['ZPS', 'Ts', 'As', 'Vellor Corp', 'Zorbs']) expect(pageDenial({ name, mentions: [], isOtherName: () => false })).toBeUndefined();
    expect(paged(r)).toEqual(expect.arrayContaining(['ZVD', 'Orlin Corp']));
  });

  it('give a day of the week, one or many, no page', () => {
    const r = resolve([
      article('a', 'Vellor Corp said its market will open from 1800 to 2100 hrs on Mondays to Thursdays, Orlin Corp said.'),
      article('b', 'Orlin Corp said Fridays would follow later.'),
    ]);
    for (const name of ['Thursdays', 'Mondays', 'Fridays']) expect(paged(r)).not.toContain(name);
    for (const name of ['Thursdays', 'Friday', 'SUNDAYS']) expect(pageDenial({ name, mentions: [], isOtherName: () => false })).toBe('weekday');
    for (const name of ['Fridley', 'Sundance']) expect(pageDenial({ name, mentions: [], isOtherName: () => false })).toBeUndefined();
  });

  it('give a nationality alone no page, keep it in graph.json, and keep names it only opens', () => {
    const r = resolve([
      article('a', 'Orla Quinlan lost the Quenby final to the Uruguayan in three sets.\n\nThe Uruguayan plans a long rest.'),
      article('b', 'By noon Sierra Leoneans had queued for hours, Tamsin Reyes of Dravel Foods said.'),
    ]);
    for (const name of ['Uruguayan', 'Sierra Leoneans']) {
      expect(paged(r)).not.toContain(name);
      expect(plain(r, name)?.noPage).toBe('nationality-alone');
    }
    expect(paged(r)).toContain('Orla Quinlan');
    const view = (name: string) => pageDenial({ name, mentions: [], isOtherName: () => false });
    for (const name of ['Ecuadorean', 'Ecuadoreans', 'Sri Lankan', 'Papua New Guinean', 'Polish']) expect(view(name), name).toBe('nationality-alone');
    // A country or city the list also writes as its demonym, and a name the demonym opens, stay.
    for (const name of ['Djibouti', 'Gibraltar', 'Brazilian Vela Corp', 'Ecuador', 'Quenby']) expect(view(name), name).toBeUndefined();
  });

  it('keep a nationality\'s adjective that a mention\'s evidence types a body or a person (a firm\'s short name)', () => {
    const line = 'Swiss said it would cut its fares to Quenby by a tenth.';
    const view = (name: string, type: EntityType) => pageDenial({ name, mentions: [mentionContext(line, 0, 5)], mentionTypes: [type], isOtherName: () => false });
    expect(view('Swiss', 'organization')).toBeUndefined();
    expect(view('Swiss', 'person')).toBeUndefined();
    expect(view('Swiss', 'other')).toBe('nationality-alone');
    // A plural is a people, which the evidence types as persons: still no page.
    expect(view('Ecuadoreans', 'person')).toBe('nationality-alone');
    // An adjective of the noun after it, though its evidence voted a body: no page.
    const before = (text: string, type: EntityType) => pageDenial({ name: 'Swiss', mentions: [mentionContext(text, 4, 9)], mentionTypes: [type], isOtherName: () => false });
    expect(before('The Swiss authorities cut fares to Quenby.', 'organization')).toBe('nationality-alone');
    expect(before('The Swiss told Quenby it would cut fares.', 'organization')).toBeUndefined();
  });

  it('give WordNet\'s noun for a person of a nation or city alone no page ("Briton", "Welshmen"), unless a mention types it a body', () => {
    const r = resolve([
      article('a', 'Orla Quinlan lost the Quenby final to the Briton in three sets.\n\nThe Briton plans a long rest.'),
      article('b', 'By noon Welshmen had queued for hours, Tamsin Reyes of Dravel Foods said.'),
    ]);
    for (const name of ['Briton', 'Welshmen']) {
      expect(paged(r)).not.toContain(name);
      expect(plain(r, name)?.noPage).toBe('demonym-noun-alone');
    }
    const line = 'Briton said it would cut its fares to Quenby by a tenth.';
    const view = (name: string, ...types: EntityType[]) => pageDenial({ name, mentions: types.map(() => mentionContext(line, 0, 6)), mentionTypes: types, isOtherName: () => false });
    for (const name of ['Briton', 'Britons', 'Scotsman', 'Welshman', 'Vikings', 'Londoners']) expect(view(name), name).toBe('demonym-noun-alone');
    expect(view('Briton', 'person')).toBe('demonym-noun-alone');
    // A firm named so keeps its page; a name the noun opens stays.
    expect(view('Briton', 'organization')).toBeUndefined();
    // A plural is a people, unless most of its mentions' evidence types it a body (a team, a charity: "Vikings said").
    expect(view('Vikings', 'organization')).toBeUndefined();
    expect(view('Vikings', 'organization', 'organization', 'person')).toBeUndefined();
    expect(view('Vikings', 'organization', 'person')).toBe('demonym-noun-alone');
    expect(view('Britons', 'person')).toBe('demonym-noun-alone');
    for (const name of ['Asian Britons', 'Briton Clive Varrow', 'Quenby', 'Britain']) expect(view(name), name).toBeUndefined();
    // A newspaper named so: "The" capitalised inside the sentence.
    const paper = 'Tom Vell, editor of The Scotsman, said so.';
    expect(pageDenial({ name: 'Scotsman', mentions: [mentionContext(paper, paper.indexOf('Scotsman'), paper.indexOf('Scotsman') + 8)], mentionTypes: ['place'], isOtherName: () => false })).toBeUndefined();
  });

  it('give letters WordNet knows only as a common noun no page ("UHF", "GNP"), unless evidence rules read them a body', () => {
    const r = resolve([article('a', 'Vellmark Broadcasting said its UHF signal now reached Quenby, where UHF viewers had doubled since May, Tamsin Reyes said.')]);
    expect(paged(r)).not.toContain('UHF');
    expect(plain(r, 'UHF')?.noPage).toBe('common-abbreviation');
    const line = 'GNP said it would cut its fares to Quenby by a tenth.';
    const reading = (organization: number, other: number) => ({ rules: { organization, other, person: 0, place: 0 } });
    const view = (name: string, readings: ({ rules: Record<EntityType, number> } | undefined)[]) =>
      pageDenial({ name, mentions: readings.map(() => mentionContext(line, 0, 3)), mentionTypes: readings.map(() => 'organization'), readings, isOtherName: () => false });
    // The tagger's reading of a word in capitals as a body does not count, nor the rules' vote for its shape (1.5).
    expect(view('GNP', [undefined, reading(1.5, 0)])).toBe('common-abbreviation');
    expect(view('GNP', [reading(3.5, 2.5)])).toBe('common-abbreviation');
    expect(view('GNP', [undefined, reading(3.5, 1)])).toBeUndefined();
    // Not where the letters describe the noun after them, whatever the rules read there ("GNP channel 44").
    const channel = 'It is carried over GNP channel 44 in Quenby.';
    const c = channel.indexOf('GNP');
    expect(pageDenial({ name: 'GNP', mentions: [mentionContext(channel, c, c + 3)], mentionTypes: ['organization'], readings: [reading(4.5, 0)], isOtherName: () => false })).toBe('common-abbreviation');
    // A cue's type keeps the name: a work's noun before it.
    const drama = 'He directed an episode of the medical drama GNP in May.';
    const at = drama.indexOf('GNP');
    expect(pageDenial({ name: 'GNP', mentions: [mentionContext(drama, at, at + 3)], mentionTypes: ['organization'], readings: [reading(1.5, 0)], isOtherName: () => false })).toBeUndefined();
    // Letters WordNet knows as a body, or not at all, stay.
    for (const name of ['NATO', 'QZV', 'Gnp']) expect(view(name, [undefined]), name).toBeUndefined();
    // Letters WordNet spells in no words, which CoNLL train writes outside names.
    expect(view('M2', [undefined])).toBe('common-abbreviation');
  });

  it('give a grade of Moody\'s scale no page, and keep the agency, the issuer and one-letter grades', () => {
    const r = resolve([
      article('a', "Moody's Investors Service Inc said it cut Vellor Corp's senior debt to Aa-3 from Aa-2 and affirmed the Baa-1 notes."),
      article('b', "Moody's Investors Service Inc said Orlin Corp's Aa-2 rating stands."),
    ]);
    for (const name of ['Aa-3', 'Aa-2', 'Baa-1']) if (plain(r, name) || paged(r).includes(name)) expect(plain(r, name)?.noPage).toBe('credit-rating');
    for (const name of ['Aaa', 'Baa2', 'Caa-1']) expect(pageDenial({ name, mentions: [], isOtherName: () => false })).toBe('credit-rating');
    for (const name of ['B-1', 'A-2', 'Ca', 'Bath']) expect(pageDenial({ name, mentions: [], isOtherName: () => false })).toBeUndefined();
    expect(paged(r)).toContain("Moody's Investors Service Inc");
  });

  it('give a grade of a letter scale no page where rating words stand near it, and keep the same letters elsewhere', () => {
    const at = (sentence: string, name: string) => mentionContext(sentence, sentence.indexOf(name), sentence.indexOf(name) + name.length);
    const view = (name: string, ...sentences: string[]) => ({ name, mentions: sentences.map((s) => at(s, name)), isOtherName: () => false });
    expect(pageDenial(view('BB', 'Quenby Ratings cut the senior debt of Vellor Corp to BB from BBB.'))).toBe('credit-rating');
    expect(pageDenial(view('AAA', 'The notes are rated AAA by Quenby Ratings.', 'Orlin Corp keeps its AAA rating.'))).toBe('credit-rating');
    expect(pageDenial(view('A-1-plus', 'Vellor Corp\'s A-1-plus commercial paper rating was affirmed.'))).toBe('credit-rating');
    // The same capitals naming a body, and an aircraft's code: no rating word near.
    expect(pageDenial(view('AA', 'The AA said motorists should check their tyres before the trip.'))).toBeUndefined();
    expect(pageDenial(view('B-1', 'The B-1 bombers flew over the Orlin base at dawn.'))).toBeUndefined();
    expect(pageDenial(view('BBC', 'The notes are rated by the BBC.'))).toBeUndefined();
  });

  it('give a ticker with its exchange after a space in angle brackets no page, and keep a firm with its legal form', () => {
    const at = (sentence: string, name: string) => ({ name, mentions: [mentionContext(sentence, sentence.indexOf(name), sentence.indexOf(name) + name.length)], isOtherName: () => false });
    expect(pageDenial(at('Vellor <VELL ST> bought Orlin <ORLN ST> shares.', 'VELL ST'))).toBe('stock-code');
    expect(pageDenial(at('Vellor bought a stake in <ORLN AB>, a maker of valves.', 'ORLN AB'))).toBeUndefined();
    expect(pageDenial(at('Vellor bought the VELL ST unit.', 'VELL ST'))).toBeUndefined();
  });

  it('give a group or pool of a draw named by its letter no page, and keep a firm named with a number', () => {
    expect(pageDenial({ name: 'Group B', mentions: [], isOtherName: () => false })).toBe('lettered-group');
    expect(pageDenial({ name: 'Pool A', mentions: [], isOtherName: () => false })).toBe('lettered-group');
    expect(pageDenial({ name: 'Group 4', mentions: [], isOtherName: () => false })).toBeUndefined();
    expect(pageDenial({ name: 'Vellor Group', mentions: [], isOtherName: () => false })).toBeUndefined();
  });

  it('count a capital after an abbreviation\'s period as a sentence\'s, where the splitter saw no sentence end', () => {
    const r = resolve([
      article('a', 'Vellor Corp said it sold its pump unit to Harmon Industries Inc. Terms were not disclosed.'),
      article('b', 'Terms of the sale were not given, Vellor Corp said.'),
    ]);
    expect(plain(r, 'Terms')?.noPage).toBe('common-word-at-a-capital');
    expect(paged(r)).toContain('Vellor Corp');
  });

  it('give a common word or a number glued to another name no page, and keep that name', () => {
    const r = resolve([
      // (Extraction already leaves out a sentence's lower-case opener, "Previous Zarnok Brother": the tagger's names can still carry one.)
      article('a', 'Housemates of the 1990s Zarnok Brother were Sunita Sharma and Sandy Cumming.'),
      article('b', 'Orla Quinlan said viewers of Zarnok Brother complained.'),
    ]);
    expect(plain(r, '1990s Zarnok Brother')?.noPage).toBe('common-word-glued-to-a-name');
    expect(paged(r)).toContain('Zarnok Brother');
  });

  it("give a chamber's members of a party no page, and keep the people, the chamber and the party", () => {
    const r = resolve([
      article('a', 'Senate Republican leader Tomas Vellberg said the farm bill would pass. Former Senate Republican leader Orla Quinlan agreed.'),
      article('b', 'Some House Democrats, including Sunita Marlowe, opposed it. Two House Republicans backed it in the Senate.'),
    ]);
    for (const group of ['Senate Republican', 'House Democrats', 'House Republicans']) {
      expect(paged(r)).not.toContain(group);
      expect(plain(r, group)?.noPage).toBe('chamber-and-party');
    }
    expect(paged(r)).toEqual(expect.arrayContaining(['Tomas Vellberg', 'Orla Quinlan', 'Sunita Marlowe', 'Senate']));
    const n = (name: string) => ({ name, mentions: [mentionContext(`the ${name} said`, 4, 4 + name.length)], isOtherName: () => false });
    expect(pageDenial(n('Two House Republicans'))).toBe('chamber-and-party');
    expect(pageDenial(n('House Democratic Caucus'))).toBeUndefined();
    expect(pageDenial(n('Senate Banking Committee'))).toBeUndefined();
  });

  it('give a head word news writes in lower case no page when it stands alone, and keep heads also written capitalised', () => {
    const n = (name: string) => ({ name, mentions: [mentionContext(`NOTE: ${name} is a mutual savings bank.`, 6, 6 + name.length)], isOtherName: () => false });
    expect(pageDenial(n('Company'))).toBe('lone-common-head');
    expect(pageDenial(n('Treasury'))).toBeUndefined();
    expect(pageDenial(n('Vellan Company'))).toBeUndefined();
  });

  it('give a head news writes mostly inside longer names no page alone, and keep heads news writes alone and papers', () => {
    const r = resolve([
      article('a', 'Vellan farmers asked the Commission for help. A Department spokesman said the Army would help.'),
      article('b', 'The Commission said it would reply. He told the Times that the Army agreed. Congress did too.'),
    ]);
    for (const head of ['Commission', 'Department']) expect(plain(r, head)?.noPage).toBe('lone-head-short-for-a-body');
    expect(paged(r)).toEqual(expect.arrayContaining(['Army', 'Congress', 'Times']));
  });

  it('give an acronym spelled out in lower-case words no page, and keep acronyms of names', () => {
    const r = resolve([
      article('a', 'The player takes the new compact disk videos (CDV) and plays them. Vellmark said CDV sales would grow.'),
      article('b', 'The Orlin Trade Council (OTC) met in Ohio. OTC said it would meet again.'),
    ]);
    expect(plain(r, 'CDV')?.noPage).toBe('acronym-of-common-words');
    expect(paged(r)).toEqual(expect.arrayContaining(['Vellmark', 'Orlin Trade Council']));
    const n = (sentence: string, name: string) => ({ name, mentions: [mentionContext(sentence, sentence.indexOf(name), sentence.indexOf(name) + name.length)], isOtherName: () => false });
    expect(pageDenial(n('exports of liquefied natural gas (LNG) rose', 'LNG'))).toBe('acronym-of-common-words');
    expect(pageDenial(n('the Vellan quota unit (VQU) was sold', 'VQU'))).toBeUndefined();
  });

  it('give a country glued to a firm that is named alone elsewhere no page, and keep the firm and firms named after a country', () => {
    const r = resolve([
      article('a', 'The U.S. Vellmark Co and Japan\'s Orlin Corp agreed to build a plant in Ohio.'),
      article('b', 'Vellmark Co said the plant would open next year.'),
    ]);
    expect(plain(r, 'U.S. Vellmark Co')?.noPage).toBe('country-glued-to-a-firm');
    expect(paged(r)).toEqual(expect.arrayContaining(['Vellmark Co', 'Orlin Corp']));
    const n = (name: string, other: string) => ({ name, mentions: [mentionContext(`the ${name} said`, 4, 4 + name.length)], isOtherName: (t: string) => t === other });
    expect(pageDenial(n('U.S. Pellan Inc', 'Vellmark Co'))).toBeUndefined();
    expect(pageDenial(n('U.S. Pellan Inc', 'Pellan Inc'))).toBe('country-glued-to-a-firm');
  });

  it('give a legislator\'s party and state no page, and keep the legislator', () => {
    const r = resolve([
      article('a', 'Sen. Orla Quinlan, D-Conn., said the farm bill would pass. Rep. Tomas Vellberg (R-N.C.) opposed it.'),
      article('b', 'Rep. Sunita Marlowe (R-Iowa) said the I-Hawk upgrade was late.'),
    ]);
    for (const code of ['D-Conn', 'R-N.C', 'R-Iowa']) {
      expect(paged(r)).not.toContain(code);
      expect(plain(r, code)?.noPage).toBe('party-and-state');
    }
    expect(paged(r)).toEqual(expect.arrayContaining(['Orla Quinlan', 'Tomas Vellberg', 'Sunita Marlowe']));
    const n = (name: string) => ({ name, mentions: [mentionContext(`the ${name} upgrade`, 4, 4 + name.length)], isOtherName: () => false });
    expect(pageDenial(n('I-Hawk'))).toBeUndefined();
  });

  it('give a country glued to the noun phrase it describes no page, and keep a body or a firm named after it', () => {
    const n = (name: string, ...sentences: string[]) => ({
      name,
      mentions: sentences.map((s) => mentionContext(s, s.indexOf(name), s.indexOf(name) + name.length)),
      isOtherName: () => false,
    });
    expect(pageDenial(n('U.S. Budget', 'Vellor blamed the huge U.S. Budget deficit for the fall.'))).toBe('country-glued-to-a-common-word');
    expect(pageDenial(n('U.K. Insider', 'He was charged under U.K. Insider dealing laws.'))).toBe('country-glued-to-a-common-word');
    expect(pageDenial(n('U.S. State', 'They appealed to the U.S. State department for help.'))).toBe('country-glued-to-a-common-word');
    // A body's head word, or a name the text goes on from with a verb, stays.
    expect(pageDenial(n('U.S. Embassy', 'A U.S. Embassy spokesman said no.'))).toBeUndefined();
    expect(pageDenial(n('U.S. Sprint', 'Vellor signed a contract with U.S. Sprint to carry its calls.'))).toBeUndefined();
    // One mention where the name stands alone is enough to keep it.
    expect(pageDenial(n('U.S. Budget', 'Vellor blamed the huge U.S. Budget deficit.', 'The U.S. Budget said it agreed.'))).toBeUndefined();
    const r = resolve([article('a', 'Vellor Corp blamed the huge U.S. Budget deficit for the fall in its U.S. Exploration activity.')]);
    expect(paged(r)).toContain('Vellor Corp');
    for (const name of ['U.S. Budget', 'U.S. Exploration']) expect(plain(r, name)?.noPage).toBe('country-glued-to-a-common-word');
  });

  it('give a curated name its page whatever the rules say', () => {
    const { curation } = parseCuration('entities:\n  - name: Sanctions\n    type: other\n', 'content/entities.yaml');
    const r = resolve([article('a', 'Sanctions have hurt the economy, Kellerman Trading said.')], curation);
    expect(paged(r)).toContain('Sanctions');
  });
});

describe('type cues across the archive', () => {
  /** The type cue of one mention of `name` in `sentence`. */
  const cueOf = (sentence: string, name: string) => {
    const at = sentence.indexOf(name);
    return cueType(mentionContext(sentence, at, at + name.length));
  };

  it('types a name as a work wherever one mention says so', () => {
    const r = resolve([
      article('a', 'Colin Farrell will star in a film version of the drama Quarrow Vice, the studio said.'),
      article('b', 'Quarrow Vice was shot in Florida, said Orla Quinlan.'),
    ]);
    const e = r.entities.find((x) => x.name === 'Quarrow Vice');
    expect(e?.type).toBe('other');
    expect(new Set(e?.mentions.map((m) => m.article))).toEqual(new Set(['a', 'b']));
  });

  it('reads "game", "series" and "track" as a work cue only after a word saying which kind', () => {
    expect(cueOf('Sales of the console game Dravel Sunrise rose in May.', 'Dravel Sunrise')).toBe('other');
    expect(cueOf('She recorded the hit track Lady Quorrel in a week.', 'Lady Quorrel')).toBe('other');
    expect(cueOf('It was the game Vastora won easily.', 'Vastora')).toBeUndefined();
    expect(cueOf('The figures show Vastora grew.', 'Vastora')).toBeUndefined();
    expect(cueOf('They lost every game Vastora played.', 'Vastora')).toBeUndefined();
  });

  /** Sentences, the name in each, and the type its cue gives (undefined: no cue). */
  const cuesRead = (cases: readonly [string, string, EntityType | undefined][]) => {
    for (const [sentence, name, type] of cases) expect(cueOf(sentence, name), `${name} in "${sentence}"`).toBe(type);
  };

  it('reads "show" as a work cue after a kind, "programme" alone, and a cue before a title that keeps its "The"', () => {
    cuesRead([
      ['He presented the car show Quarrow Maniacs for cable.', 'Quarrow Maniacs', 'other'],
      ['He will promote his cartoon book Vastimals in March.', 'Vastimals', 'other'],
      ["In Mr Quorrel's book Mr Dravel is said to be angry.", 'Mr Dravel', undefined],
      ['She sang the theme to the TV show The Dravel Hillbillies.', 'Dravel Hillbillies', 'other'],
      ['He told the World Service programme Vastora Digital so.', 'Vastora Digital', 'other'],
      ['He starred in the drama The Quorrel Hours last year.', 'Quorrel Hours', 'other'],
      ['The polls show Vastora Labour ahead.', 'Vastora Labour', undefined],
      ['Analysts track Vastora shares daily.', 'Vastora', undefined],
      ['The results will show Vastora Mills gained.', 'Vastora Mills', undefined],
      ['Gains at The Dravel Group lifted shares.', 'Dravel Group', undefined],
    ]);
  });

  it("types the names of a list of examples of a kind of work as works (Hearst's patterns)", () => {
    const classics = 'The show will include such classics as Dravel Trouper, SOS and Lady Quenby.';
    const works: Record<string, string> = {
      Quarrow: 'Hit games like Quarrow 2 helped sales.', 'Lady Quenby': classics, 'Dravel Trouper': classics,
      'Sex And The Vastora': 'It is home of hits such as Sex And The Vastora, and more.',
      Xvane: 'Smaller festivals like Quenbydance and Xvane, which run the same week.',
      Vastation: "New consoles such as Dravel's Quenbox and Vastation sold well.",
    };
    for (const [name, sentence] of Object.entries(works)) expect(cueOf(sentence, name), name).toBe('other');
    // After a comma (an earlier noun's examples), of a kind of body, no list, no name listed, a maker's possessive.
    cuesRead(([
      ['Portal sites which offer casual games, like Quenby, Vastora and Dravel Arcade, grew.', 'Vastora'],
      ['Firms such as Dravel Foods and Quenby Stores cut jobs.', 'Quenby Stores'], ['The hits such as they were came late for Vastora.', 'Vastora'],
      ['Games like that, said Orla Quinlan, are rare.', 'Orla Quinlan'], ["Hit shows such as Vastora TV's quiz Dravel Nights return.", 'Vastora TV'],
    ] as const).map(([sentence, name]) => [sentence, name, undefined]));
  });

  it('types a holiday as other, its eve or weekday aside, by the date-holidays list', () => {
    const r = resolve([
      article('a', 'Shops in Marlow Vane will close early for Easter.\n\nTrading at Quenby Stores slowed over Easter, said Orla Quinlan.'),
      article('b', 'Christmas brought Dravel Foods its best week. Sales on Boxing Day rose, said Tamsin Reyes.'),
    ]);
    const typeOf = (name: string) => [...r.entities, ...r.plainNames].find((x) => x.name === name)?.type;
    expect(typeOf('Easter')).toBe('other');
    expect(typeOf('Christmas')).toBe('other');
    expect(typeIn(r, 'Orla Quinlan')).toBe('person');
    // The feast is listed without its weekday only where news writes its word capitalised: not "Good" of "Good Friday".
    expect(cueOf('Markets shut on Good Friday and Easter Monday.', 'Easter Monday')).toBe('other');
    expect(cueOf('Sales on Boxing Day rose.', 'Boxing Day')).toBe('other');
    expect(cueOf('A Good result for Vastora.', 'Good')).toBeUndefined();
    expect(cueOf('Labour said the vote was close.', 'Labour')).toBeUndefined();
  });

  it('types a name before a place noun in lower case ("X constituency", "X state inquiry") a place, wherever one mention says so', () => {
    /** The type the archive of these texts gives the name. */
    const typed = (name: string, ...texts: string[]) => {
      const r = resolve(texts.map((t, k) => article(`p${k}`, t)));
      return [...r.entities, ...r.plainNames].find((x) => x.name === name)?.type;
    };
    expect(typed('Zorbfield', 'Prospective candidate Orla Quinlan, whose Zorbfield constituency holds many farms, said it was tasteless.')).toBe('place');
    expect(typed('Vell Mesa', 'A later Vell Mesa state inquiry criticised Quenby Mills, said Tamsin Reyes.')).toBe('place');
    expect(cueOf('Voters in the Quarrow province said no.', 'Quarrow')).toBe('place');
    // Not a nationality's adjective, a noun written capitalised (a name's own word), nor a noun a body stands before.
    cuesRead([
      ['The Norwegian state will pay.', 'Norwegian', undefined],
      ['Vell Mesa State won again.', 'Vell Mesa', undefined],
      ['The Quarrow village team won.', 'Quarrow', undefined],
      // "of" after the noun names the place there: the name before says whose seat it is.
      ['He holds the Quarrow constituency of Vell Mesa.', 'Quarrow', undefined],
      // A party's or a body's name, or a noun of a body's people or premises after the place noun (session 27, mendD).
      ['He won a safe Labour constituency in May.', 'Labour', undefined],
      ['It was the first Tory region to fall.', 'Tory', undefined],
      ['The Communist state will pay.', 'Communist', undefined],
      ['The Vell Reserve district bank said so.', 'Vell Reserve', undefined],
      ['The Quanta county office shut.', 'Quanta', undefined],
      ['Miro Mining prefecture officials said so.', 'Miro Mining', undefined],
    ]);
    // Where the name's evidence reads it a body, the noun is what the body covers; in sport a county is a side.
    const at = (sentence: string, name: string) => mentionContext(sentence, sentence.indexOf(name), sentence.indexOf(name) + name.length);
    expect(cueType(at('The Vell Farm Agency county office shut.', 'Vell Farm Agency'), true)).toBeUndefined();
    expect(cueType({ ...at('The Quarrow county side won.', 'Quarrow'), register: { sport: 0.9, business: 0.1 } })).toBeUndefined();
    // The archive reads a sport article's register for such a mention, even where the type model reads none.
    const sport = 'The demise of the Quarrow Vellers region left the fly-half without a club, and he missed the match. The striker scored twice as the side won the league title on penalties after extra time.';
    expect(typed('Quarrow Vellers', sport)).not.toBe('place');
  });

  it('types an award as other wherever it stands, by WordNet\'s kinds of award', () => {
    const r = resolve([
      article('a', 'The Oscars organisers picked Orla Quinlan. Quenby Films hopes to win at the Oscars.\n\nThe Oscars will be held in Marlow Vane.'),
      article('b', 'Tamsin Reyes won the Victoria Cross and two Emmys, Dravel Foods said.'),
    ]);
    const typeOf = (name: string) => [...r.entities, ...r.plainNames].find((x) => x.name === name)?.type;
    expect(typeOf('Oscars')).toBe('other');
    expect(typeIn(r, 'Orla Quinlan')).toBe('person');
    expect(cueOf('He won the Nobel Prize in 1990.', 'Nobel Prize')).toBe('other');
    expect(cueOf('Tamsin Reyes won the Victoria Cross.', 'Victoria Cross')).toBe('other');
    // A first name that also names an award stays open; so does a person named after it.
    expect(cueOf('Oscar said he would stay.', 'Oscar')).toBeUndefined();
    expect(cueOf('Oscar Vell said he would stay.', 'Oscar Vell')).toBeUndefined();
    // A firm named after an award, where a mention's evidence rules read it a body ("shares"): the award cue gives
    // way for all its mentions. The award itself, read a body by the tagger alone, keeps it.
    const firm = resolve([article('c', 'Silver Star said it would buy Quenby Mills for $40 million.\n\nSilver Star shares rose.')]);
    expect([...firm.entities, ...firm.plainNames].find((x) => x.name === 'Silver Star')?.type).toBe('organization');
    const medal = resolve([article('d', 'Tom Vell won the Silver Star in 1970, and the Silver Star was given to him.')]);
    expect([...medal.entities, ...medal.plainNames].find((x) => x.name === 'Silver Star')?.type).toBe('other');
  });
});

/** Each sentence's mention of the name takes the cue type given (undefined: no cue). */
const cuesRead = (cases: readonly [string, string, EntityType | undefined][]) => {
  for (const [sentence, name, type] of cases) {
    const at = sentence.indexOf(name);
    expect(cueType(mentionContext(sentence, at, at + name.length)), `${name} in "${sentence}"`).toBe(type);
  }
};
/** The type resolve gave a name (or a name it holds as an alias), page or plain. */
const typeIn = (r: ReturnType<typeof resolve>, name: string) => [...r.entities, ...r.plainNames].find((x) => x.name === name || x.aliases.includes(name))?.type;

describe('a law\'s head', () => {
  it('types a name of several words headed by a law, an agreement or a policy as other, whatever its acronym reads (session 30, ent53)', () => {
    const r = resolve([
      article('a', 'Growers in Marlow Vane sold more abroad under the Vell Fair Harvest Act (VFHA), said Orla Quinlan.\n\nThe Quarrow Estates Initiative funds new roads, Dravel Foods said.'),
    ]);
    expect(typeIn(r, 'Vell Fair Harvest Act')).toBe('other');
    expect(typeIn(r, 'Quarrow Estates Initiative')).toBe('other');
    expect(typeIn(r, 'Orla Quinlan')).toBe('person');
    expect(typeIn(r, 'Dravel Foods')).toBe('organization');
    cuesRead([
      ['Orla Quinlan opposed the Vell Fair Harvest Act.', 'Vell Fair Harvest Act', 'other'],
      ["The Vell Fair Harvest Act's limits ended.", "Vell Fair Harvest Act's", 'other'],
      ['Tamsin Reyes signed the Quarrow Pact in May.', 'Quarrow Pact', 'other'],
      // One word alone, a head before "of" (a common noun's phrase as often as a law's), a law's head opening a body's
      // name, and a first name: no cue.
      ['The Act was passed in May.', 'Act', undefined],
      ['The new Act of Quenby Assembly bans it.', 'Act of Quenby Assembly', undefined],
      ['Accord Vell said he would stay.', 'Accord Vell', undefined],
      ['Bill Quinlan said he would stay.', 'Bill Quinlan', undefined],
    ]);
  });
});

describe("a measure's head", () => {
  it('types a name of three words or more headed by a rate, an index, an average, a price or a crude grade as other (sessions 49 and 50, ent94, ent97)', () => {
    const r = resolve([
      article('a', 'The Vell Interbank Offered Rate rose, the Quenby Exchange said.\n\nThe Vell Interbank Offered Rate was 7.5 pct, and the Quenby Stock Average fell.'),
    ]);
    expect(typeIn(r, 'Vell Interbank Offered Rate')).toBe('other');
    expect(typeIn(r, 'Quenby Stock Average')).toBe('other');
    expect(typeIn(r, 'Quenby Exchange')).toBe('organization');
    cuesRead([
      ['The Vell Guaranteed Minimum Price was set.', 'Vell Guaranteed Minimum Price', 'other'],
      // Two words (a name cut short as often), and a surname ending a person's or a firm's name: no cue.
      ['Major Market Index futures rose.', 'Market Index', undefined],
      ['Shares of T. Rowe Price rose.', 'T. Rowe Price', undefined],
      ['Golfer Nick Alan Price won.', 'Nick Alan Price', undefined],
      // A crude oil grade's head (session 50, ent97): the same reading, three words or more.
      ['West Norland Intermediate crude rose 20 cts.', 'West Norland Intermediate', 'other'],
      ['Light Pella Sweet fell 10 cts.', 'Light Pella Sweet', 'other'],
      ['Norland Intermediate fell.', 'Norland Intermediate', undefined],
    ]);
    const grades = resolve([article('b', 'West Norland Intermediate crude rose 20 cts, the Quenby Exchange said.\n\nWest Norland Intermediate was 18.50 dlrs and Vell Coast Sour fell.')]);
    expect(typeIn(grades, 'West Norland Intermediate')).toBe('other');
    expect(typeIn(grades, 'Vell Coast Sour')).toBe('other');
  });
});

describe("a site's head and a place's formal name", () => {
  it('types a mine, a mining property and "City of …", "Republic of …" as places (session 51, ent98)', () => {
    const r = resolve([
      article('a', 'GREENWICH, March 2 - Vellco Inc said it found more gold at its Vellridge Sleeper Mine near Quarrow, Nev.\n\nThe Quenby Hill Property is in the Northern Territory, it said.'),
      article('b', 'Governor Vell said the agreement was negotiated by the State Consumer Board and the City of Vellton.\n\nThe Republic of Quarrovia is issuing a bond, said Vell Bank.'),
    ]);
    expect(typeIn(r, 'Vellridge Sleeper Mine')).toBe('place');
    expect(typeIn(r, 'Quenby Hill Property')).toBe('place');
    expect(typeIn(r, 'City of Vellton')).toBe('place');
    expect(typeIn(r, 'Republic of Quarrovia')).toBe('place');
    expect(typeIn(r, 'Vellco Inc')).toBe('organization');
    // A mine's mentions joined to its miner's name: the miner's legal form reads it a body, and the site's cue gives way.
    const joined = resolve([article('c', 'Commerce said it and San Vellan Gold Mines Inc have rights to mine gold from the San Vellan Gold Mine.\n\nThe company is working at the San Vellan Gold Mine in El Salvador.')]);
    expect(typeIn(joined, 'San Vellan Gold Mines Inc')).toBe('organization');
    cuesRead([
      ['The Vellridge Gold Mine reopened.', 'Vellridge Gold Mine', 'place'],
      // A miner's plural, a firm's name cut at "of", a body's head or a legal form: no cue.
      ['Quarrow Gold Mines said so.', 'Quarrow Gold Mines', undefined],
      ['The Filter Division of Mine was sold.', 'Filter Division of Mine', undefined],
      ['The Vell Bank Property was sold.', 'Vell Bank Property', undefined],
      ['The City of Vellton Bank said so.', 'City of Vellton Bank', undefined],
      ['K Vell (City of Quenby AC) won.', 'City of Quenby AC', undefined],
      ['The State of Vellton was sued.', 'State of Vellton', undefined],
      ['Vellton City won 2-0.', 'Vellton City', undefined],
    ]);
  });
});

describe("a venue's head", () => {
  it('types an airport, a hotel, an arena, a stadium and a theatre as places (session 52, ent100)', () => {
    const r = resolve([
      article('a', 'WASHINGTON, March 2 - Vellco Air said it will add four daily flights from Quarrow Airport to Zorbia.\n\nThe talks were held at the Vellton Serena Hotel, Vellco said.'),
      article('b', 'The band will play the Quenby Arena in May and the Velmar Theatre in June.\n\nVell Rovers won 2-0 at the Orlin Stadium.'),
    ]);
    expect(typeIn(r, 'Quarrow Airport')).toBe('place');
    expect(typeIn(r, 'Vellton Serena Hotel')).toBe('place');
    expect(typeIn(r, 'Quenby Arena')).toBe('place');
    expect(typeIn(r, 'Velmar Theatre')).toBe('place');
    expect(typeIn(r, 'Orlin Stadium')).toBe('place');
    cuesRead([
      ['Flights left Vellton Airport at noon.', 'Vellton Airport', 'place'],
      // One word, a name with "of" or "and", a legal form, a plural head: no cue.
      ['The Airport said so.', 'Airport', undefined],
      ['The Theatre of Quarrow opened.', 'Theatre of Quarrow', undefined],
      ['Vell and Quenby Hotel said so.', 'Vell and Quenby Hotel', undefined],
      ['Vellton Airport Ltd said so.', 'Vellton Airport Ltd', undefined],
      ['Quarrow Hotels said so.', 'Quarrow Hotels', undefined],
    ]);
  });
});

describe('a prefix glued to a name', () => {
  it('gives no page to "Ex-" and another name of the archive, and keeps a word of its own', () => {
    const view = (name: string, others: string[]) => {
      const sentence = `${name} chat show host Zed Quorn said so.`;
      return pageDenial({ name, mentions: [mentionContext(sentence, 0, name.length)], isOtherName: (t) => others.includes(t) });
    };
    expect(view('Ex-Zorbvision', ['Zorbvision'])).toBe('prefix-glued-to-a-name');
    expect(view('Ex-Im', ['Zorbvision'])).toBeUndefined();
    expect(view('Pro-Shift', [])).toBeUndefined();
    expect(view('Mid-Zorbland', ['Zorbland'])).toBeUndefined();
  });
});
