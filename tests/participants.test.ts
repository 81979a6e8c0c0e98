import { describe, expect, it } from 'vitest';
import { namesHome, noParty, onlyReports, opponentOfOccasion, ownerInApposition, ownsThing, placeOfPeople, placeOfThingSold, qualifiesNoun, shortFormOfEarlier } from '../src/resolve/participants.ts';
import type { EntityType, Sentence } from '../src/types.ts';

/** The invented sentence `text` and the span of `name` (its first occurrence) in it. */
function spanIn(text: string, name: string): [Sentence, { start: number; end: number; text: string }] {
  const start = text.indexOf(name);
  return [{ paragraph: 'p1', index: 0, start: 0, end: text.length, text }, { start, end: start + name.length, text: name }];
}

/** Whether `name` in the invented sentence `text` names no party, typed `type`. */
const noPartyIn = (text: string, name: string, type: EntityType): boolean => noParty(...spanIn(text, name), type);

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
    expect(noPartyIn('Zorbia pounds rebel positions near Pella.', 'Zorbia', 'place')).toBe(false);
    expect(noPartyIn('Dealers said Norlandia marks fell sharply in Pella.', 'Norlandia', 'place')).toBe(true);
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

/** Whether the place `name` in the invented sentence `text` only qualifies a noun after it, for the trigger `trigger`. */
const qualifiesIn = (text: string, name: string, trigger: string, type: EntityType = 'place'): boolean => qualifiesNoun(...spanIn(text, name), type, trigger);

describe('qualifiesNoun: a place that only qualifies a noun is no party (session 27, evt41)', () => {
  it('drops a place written before a common noun it qualifies, subject or object', () => {
    expect(qualifiesIn('Norland car makers sold 30 pct more cars to Quantex Corp in May.', 'Norland', 'sold')).toBe(true);
    expect(qualifiesIn('Quantex Corp sold 200 mln dlrs of Zorbia corporate bonds.', 'Zorbia', 'sold')).toBe(true);
    expect(qualifiesIn('Trading in the Zorbia Government securities market was halted, dealers said.', 'Zorbia', 'halted')).toBe(true);
    expect(qualifiesIn('Quantex welcomed a Z.R. Supreme Court decision dismissing the claims.', 'Z.R.', 'welcomed')).toBe(true);
    // An organ of the state as an object, or a subject of another verb than the trigger, only says whose.
    expect(qualifiesIn('Zorbia imposed tariffs on Norland officials.', 'Norland', 'imposed')).toBe(true);
    expect(qualifiesIn('Norland banks could face changes from a law adopted by Zorbia.', 'Norland', 'adopted')).toBe(true);
  });
  it('keeps a place that acts, whose noun is the trigger, or that heads no common noun', () => {
    expect(qualifiesIn('Zorbia imposed tariffs on Norland car makers.', 'Zorbia', 'imposed')).toBe(false);
    expect(qualifiesIn('Zorbia trade sanctions on Norland began today.', 'Zorbia', 'sanctions')).toBe(false);
    expect(qualifiesIn('Zorbia aims to cut its oil output by 10 pct.', 'Zorbia', 'cut')).toBe(false);
    // The state's organs as the trigger's own subject act as the place.
    expect(qualifiesIn('Zorbia authorities intervened in the currency market twice in May.', 'Zorbia', 'intervened')).toBe(false);
    expect(qualifiesIn('Norland officials have quickly sued Quantex Corp.', 'Norland', 'sued')).toBe(false);
    expect(qualifiesIn('Zorbia authorities intervened in May, the Quanta Bank said.', 'Zorbia', 'said')).toBe(false);
    expect(qualifiesIn('Zorbia last year sued Quantex Corp over the dam.', 'Zorbia', 'sued')).toBe(false);
    expect(qualifiesIn("Zorbia's car makers sold 30 pct more cars.", 'Zorbia', 'sold')).toBe(false);
    expect(qualifiesIn('Zorbia Airways said it bought two jets.', 'Zorbia', 'bought')).toBe(false);
    expect(qualifiesIn('Quantex sold its stake to Zorbia, traders said.', 'Zorbia', 'sold')).toBe(false);
    // The place's own verb, read as a plural noun, is no noun it qualifies (session 27, mendD).
    expect(qualifiesIn('Zorbia needs aid after the earthquake hit Pella.', 'Zorbia', 'hit')).toBe(false);
    // A plural noun the tagger reads as a verb, before an auxiliary, is the phrase's head (session 28, evt46).
    expect(qualifiesIn('Three leading Norland names have launched appeals against the fines.', 'Norland', 'launched')).toBe(true);
    expect(qualifiesIn('Trading in the Z.R. Government bond market was halted.', 'Z.R.', 'halted')).toBe(true);
    // A firm named before a noun is its owner ("the Quantex car plant"), not only a qualifier.
    expect(qualifiesIn('The Quantex car plant was sold to Miro Ltd.', 'Quantex', 'sold', 'organization')).toBe(false);
  });
});

describe('qualifiesNoun: any name that only qualifies a noun is no party (session 28, evt50)', () => {
  it('drops a body, a product, a person or a disease written before a common noun it qualifies', () => {
    expect(qualifiesIn('Ann Vell unveiled plans for an Orlin aid package on Monday.', 'Orlin', 'unveiled', 'organization')).toBe(true);
    expect(qualifiesIn('Quantex Corp launched a new Velmar test in May.', 'Velmar', 'launched', 'other')).toBe(true);
    expect(qualifiesIn('The quake measured 6.1 on the Vell scale, the institute said.', 'Vell', 'measured', 'person')).toBe(true);
    expect(qualifiesIn('Orlin Community steelmakers cut output by 10 pct in May.', 'Orlin Community', 'cut', 'organization')).toBe(true);
    expect(qualifiesIn('Two runners were banned after the Quanta investigation.', 'Quanta', 'banned', 'organization')).toBe(true);
    // After "a", "an" or an owner the run is a noun phrase even before an infinitive.
    expect(qualifiesIn('Quantex said it plans to bid its Velmar helicopter to replace the fleet.', 'Velmar', 'bid', 'other')).toBe(true);
  });
  it('keeps a name before its own people, post, part or stock, and a subject before a verb read as a noun', () => {
    expect(qualifiesIn('Velmar Corp workers went on strike on Monday.', 'Velmar Corp', 'strike', 'organization')).toBe(false);
    expect(qualifiesIn('Orlin agreed to sell Zorbix Inc shares to Miro Ltd.', 'Zorbix Inc', 'sell', 'organization')).toBe(false);
    expect(qualifiesIn('Miro Bank officials approved the loan to Quantex.', 'Miro Bank', 'approved', 'organization')).toBe(false);
    expect(qualifiesIn('The Velmar chairman resigned on Monday.', 'Velmar', 'resigned', 'organization')).toBe(false);
    // A holder's kin act for the holder (session 45, evt102).
    expect(qualifiesIn('The Ann Vell family made a bid to acquire Quantex Corp.', 'Ann Vell', 'bid', 'person')).toBe(false);
    expect(qualifiesIn('Quantex sold its Velmar unit to Miro Ltd.', 'Velmar', 'sold', 'organization')).toBe(false);
    expect(qualifiesIn('The Orlin Bank cut rates on Monday.', 'Orlin Bank', 'cut', 'organization')).toBe(false);
    expect(qualifiesIn('Quantex rose 1/2 to 30 in heavy trading.', 'Quantex', 'rose', 'organization')).toBe(false);
    expect(qualifiesIn('The Orlin Exchange set April 1 for the start of night trading.', 'Orlin Exchange', 'set', 'organization')).toBe(false);
    expect(qualifiesIn('Balances at the Velmar Reserve rose on May 2, the Treasury said.', 'Velmar Reserve', 'rose', 'organization')).toBe(false);
    // A venue's or a gathering's noun names the venue or the gathering itself.
    expect(qualifiesIn('About 300 fans protested outside the Quanta ground on Monday.', 'Quanta', 'protested', 'other')).toBe(false);
    // A body's own kind after its name names the body itself.
    expect(qualifiesIn('A group of banks called the Orlin group agreed to buy Quantex.', 'Orlin', 'buy', 'organization')).toBe(false);
    expect(qualifiesIn('Talks with the Velmar union broke down on Monday.', 'Velmar', 'broke', 'organization')).toBe(false);
    expect(qualifiesIn('Quantex Medical corp said it signed a deal with Orlin.', 'Quantex Medical', 'signed', 'organization')).toBe(false);
    // The name's noun is the trigger: the name is whose happening, a party.
    expect(qualifiesIn('The Quantex takeover was approved on Monday.', 'Quantex', 'takeover', 'organization')).toBe(false);
  });
});

/** Whether `name` in the invented sentence `text` is a place's possessive of a physical thing, for the trigger `trigger`. */
const ownsThingIn = (text: string, name: string, trigger: string, type: EntityType = 'place'): boolean => ownsThing(...spanIn(text, name), type, trigger);

describe("ownsThing: a place's possessive of a thing only says where it is (session 30, evt58)", () => {
  it('drops a place written as the possessive of a noun phrase headed by a physical thing', () => {
    expect(ownsThingIn("Kelmar Inc bought Norland's biggest paper mill from Orvex Corp.", 'Norland', 'bought')).toBe(true);
    expect(ownsThingIn("The rice, Zorbia's chief export, was bought by the Pella Board in May.", 'Zorbia', 'bought')).toBe(true);
    expect(ownsThingIn("Orvex Corp won a contract to build Norland's newest power plant.", 'Norland', 'won')).toBe(true);
    expect(ownsThingIn("Rebels took Zorbia’s radio mast north of Pella overnight, Vell Ltd said.", 'Zorbia', 'took')).toBe(true);
  });
  it("keeps a place before its people, bodies, posts, deeds, possessions and states, and any body's own things", () => {
    expect(ownsThingIn("Norland's central bank raised its rates on Monday.", 'Norland', 'raised')).toBe(false);
    expect(ownsThingIn("Zorbia's government approved the sale of the mill.", 'Zorbia', 'approved')).toBe(false);
    expect(ownsThingIn("Zorbia's finance minister met Orvex Corp on Monday.", 'Zorbia', 'met')).toBe(false);
    expect(ownsThingIn("Norland's decision to cut tariffs was welcomed.", 'Norland', 'welcomed')).toBe(false);
    expect(ownsThingIn("Kelmar Inc bought Norland's 20 pct stake in Orvex Corp.", 'Norland', 'bought')).toBe(false);
    expect(ownsThingIn("Zorbia's foreign debt was rescheduled by its creditors.", 'Zorbia', 'rescheduled')).toBe(false);
    expect(ownsThingIn("Zorbia's state car makers cut output.", 'Zorbia', 'cut')).toBe(false);
    // A firm's plant is its own: the firm takes part in what happens to it.
    expect(ownsThingIn("Workers struck at Orvex Corp's paper mill on Monday.", 'Orvex Corp', 'struck', 'organization')).toBe(false);
    // Not a possessive, nor a possessive before a name, nor a thing that is itself an owner.
    expect(ownsThingIn('Kelmar Inc opened a paper mill in Norland on Monday.', 'Norland', 'opened')).toBe(false);
    expect(ownsThingIn("Norland's Pella Mill was sold to Orvex Corp.", 'Norland', 'sold')).toBe(false);
    expect(ownsThingIn("Norland's largest mill's owner sued Orvex Corp.", 'Norland', 'sued')).toBe(false);
  });
});

/** Whether place `name` in the invented sentence `text` is the home of another name there (`others`, with their types). */
function homeIn(text: string, name: string, others: [string, EntityType][]): boolean {
  const [sentence, mention] = spanIn(text, name);
  const spans = others.map(([n, type]) => ({ ...spanIn(text, n)[1], type }));
  return namesHome(sentence, mention, 'place', [...spans, { ...mention, type: 'place' as const }]);
}

describe('qualifiesNoun: a place with its region set off by commas before its noun (evt81)', () => {
  /** Invented sentence, the place, the trigger, and whether the place only qualifies a noun. */
  const cases: [string, string, string, boolean][] = [
    ['Quanta Corp said it would sell its Pella, Norland, tin smelter to Velmar Inc next year.', 'Pella', 'sell', true],
    ['Velmar Inc said it acquired the Orlin, Zorbia, glass bottle works of Quanta Ltd.', 'Orlin', 'acquired', true],
    // No opener: a list of places or of parties.
    ['Velmar Inc said it bought plants in Orlin, Zorbia, and Pella, Norland, last year.', 'Orlin', 'bought', false],
    ['Talks between Orlin, Zorbia, and Velmar Inc ended on Monday.', 'Orlin', 'ended', false],
    // A capitalised word between the opener and the place: no phrase of the place's own ("the Orlin quay of … in").
    ['Quanta Inc opened a depot beside the Orlin quay of Pella Harbour in Zorbia Township, Norland, early in the spring.', 'Zorbia Township', 'opened', false],
  ];
  it('drops it inside a phrase its opener opens, keeps it elsewhere', () => {
    for (const [text, name, trigger, want] of cases) expect(qualifiesNoun(...spanIn(text, name), 'place', trigger), `${name} in: ${text}`).toBe(want);
  });
});

const soldIn = (text: string, name: string, trigger: string, type: EntityType = 'place'): boolean => placeOfThingSold(...spanIn(text, name), type, trigger);

describe('placeOfThingSold: the place of a thing that changes hands only says where it is (session 37, evt82)', () => {
  it('drops a place after a common noun and "in", "at" or "near" when the happening is a sale or a purchase', () => {
    expect(soldIn('Kelmar Inc said it agreed to sell three hotels in Norland to Orvex Corp.', 'Norland', 'sell')).toBe(true);
    expect(soldIn('Orvex Corp completed the acquisition of two paper mills near Pella last week.', 'Pella', 'acquisition')).toBe(true);
    expect(soldIn('Vell Ltd bought a copper smelter at Orlin from its rival.', 'Orlin', 'bought')).toBe(true);
    expect(placeOfThingSold(...spanIn('Quanta Inc agreed to buy two mills in Pella and Orlin.', 'Orlin'), 'place', 'buy', [{ ...spanIn('Quanta Inc agreed to buy two mills in Pella and Orlin.', 'Pella')[1], type: 'place' }])).toBe(true);
    // The word of the sale need not be the trigger: the thing it hands over is located all the same.
    expect(soldIn('Kelmar Inc said its offer to buy the old sawmill at Orlin was rejected.', 'Orlin', 'rejected')).toBe(true);
  });
  it('keeps the place where a thing is built, opened or held, the place of the sale itself, and a venue', () => {
    expect(soldIn('Kelmar Inc said it will open three hotels in Norland next year.', 'Norland', 'open')).toBe(false);
    expect(soldIn('Orvex Corp built two paper mills near Pella last year.', 'Pella', 'built')).toBe(false);
    expect(soldIn('Orvex Corp sold its unit and will build two paper mills near Pella.', 'Pella', 'sold')).toBe(false);
    expect(soldIn('Kelmar Inc, which bought the firm, opened three hotels in Norland.', 'Norland', 'opened')).toBe(false);
    expect(soldIn('The bonds were sold in Zorbia on Monday.', 'Zorbia', 'sold')).toBe(false);
    expect(soldIn('The paintings were sold at an exhibition in Pella.', 'Pella', 'sold')).toBe(false);
    // A place told before the sale's trigger, and a body's place, are not the thing's.
    expect(soldIn('A dealer in Norland said it sold the mill.', 'Norland', 'sold')).toBe(false);
    expect(soldIn('Kelmar Inc sold three hotels in Norland.', 'Norland', 'sold', 'organization')).toBe(false);
  });
});

describe('namesHome: a place that is a body\'s or a person\'s home is no party (session 28, evt46)', () => {
  it('drops a home set off after the name, after a unit\'s noun or a participle of where a body sits', () => {
    expect(homeIn('Velmar Corp said it agreed to acquire Quanta Bancorp <QBC>, Pella, Ohio.', 'Pella', [['Velmar Corp', 'organization'], ['QBC', 'organization'], ['Quanta Bancorp', 'organization'], ['Ohio', 'place']])).toBe(true);
    expect(homeIn('Zorbix Inc said Ann Vell of Delmar Realty, West Pella, Conn., bought shares.', 'West Pella', [['Zorbix Inc', 'organization'], ['Ann Vell', 'person'], ['Delmar Realty', 'organization']])).toBe(true);
    expect(homeIn('Zorbix Inc sued Velmar SpA of Norland on Monday.', 'Norland', [['Zorbix Inc', 'organization'], ['Velmar SpA', 'organization']])).toBe(true);
    expect(homeIn('Zorbix Inc sued Velmar SpA of Norland and Quanta Corp on Monday.', 'Norland', [['Zorbix Inc', 'organization'], ['Velmar SpA', 'organization'], ['Quanta Corp', 'organization']])).toBe(true);
    expect(homeIn('Police in Zorbia questioned Ms Vell, 41, from south Pella, on Friday.', 'Pella', [['Vell', 'person'], ['Zorbia', 'place']])).toBe(true);
    expect(homeIn('Zorbix Inc sold its subsidiary in Pella to Velmar Corp.', 'Pella', [['Zorbix Inc', 'organization'], ['Velmar Corp', 'organization']])).toBe(true);
    expect(homeIn('A courier firm based in Pella lost the parcels.', 'Pella', [])).toBe(true);
  });
  it('keeps the happening\'s site, a list of places after a name, and a place with a possessive', () => {
    expect(homeIn('Police in Zorbia questioned Ms Vell, 41, from south Pella, on Friday.', 'Zorbia', [['Vell', 'person'], ['Pella', 'place']])).toBe(false);
    expect(homeIn('Zorbix Inc said it held talks with Quanta Corp, Norland and Zorbia.', 'Norland', [['Zorbix Inc', 'organization'], ['Quanta Corp', 'organization'], ['Zorbia', 'place']])).toBe(false);
    expect(homeIn('Zorbix Inc sold its stake to Quanta Corp, Norland\'s biggest bank.', 'Norland', [['Zorbix Inc', 'organization'], ['Quanta Corp', 'organization']])).toBe(false);
    expect(homeIn('Zorbix Inc said it held talks with Quanta Corp, Norland, and Velmar Corp.', 'Norland', [['Zorbix Inc', 'organization'], ['Quanta Corp', 'organization'], ['Velmar Corp', 'organization']])).toBe(false);
    expect(homeIn('Zorbix Inc sued Quanta Corp in Norland on Monday.', 'Norland', [['Zorbix Inc', 'organization'], ['Quanta Corp', 'organization']])).toBe(false);
  });
  it('drops a home after a bracketed name, after a short form in brackets, and a place that locates a home (evt81)', () => {
    // Searched back from the place, the set-off swallowed the bracketed name as if it were a stock code.
    expect(homeIn('Quanta Corp sold the unit to <Velmar Airways> of Zorbia for 40 mln dlrs.', 'Zorbia', [['Quanta Corp', 'organization'], ['Velmar Airways', 'organization']])).toBe(true);
    expect(homeIn('Quanta Corp said it bought Zorbix Holdings Ltd (ZHL) of Norland for 40 mln dlrs.', 'Norland', [['Quanta Corp', 'organization'], ['Zorbix Holdings Ltd', 'organization'], ['ZHL', 'organization']])).toBe(true);
    expect(homeIn('Quanta Corp said its <Quanta Holding Co> of Pella in Norland agreed to buy a bank.', 'Norland', [['Quanta Corp', 'organization'], ['Quanta Holding Co', 'organization'], ['Pella', 'place']])).toBe(true);
    // A place that a body's name is not set off from stays: a list of parties, a place in brackets, a site.
    expect(homeIn('Zorbix Inc (Norland) and Quanta Corp signed the pact in Zorbia.', 'Zorbia', [['Zorbix Inc', 'organization'], ['Norland', 'place'], ['Quanta Corp', 'organization']])).toBe(false);
    expect(homeIn('Quanta Corp opened a plant in Pella in Norland on Monday.', 'Norland', [['Quanta Corp', 'organization'], ['Pella', 'place']])).toBe(false);
  });
  it('drops the place of a named thing or body a determiner, a number or an owner opens, after "in", "at" or "near" (evt81)', () => {
    expect(homeIn('Quanta Trust said it sold the Vell Tower Apartments in Pella for 9 mln dlrs.', 'Pella', [['Quanta Trust', 'organization'], ['Vell Tower Apartments', 'organization']])).toBe(true);
    expect(homeIn('Velmar Corp will run five Quanta Superstores near Pella.', 'Pella', [['Velmar Corp', 'organization'], ['Quanta Superstores', 'organization']])).toBe(true);
    expect(homeIn('A clerk from the Zorbia Embassy in Orlin will attend the talks.', 'Orlin', [['Zorbia Embassy', 'organization']])).toBe(true);
    // No opener: the name may be the party, the happening's site after it; a venue is where it happened.
    expect(homeIn('Zorbix Inc sued Quanta Corp in Norland on Monday.', 'Norland', [['Zorbix Inc', 'organization'], ['Quanta Corp', 'organization']])).toBe(false);
    expect(homeIn('The two sides held talks at the Rilmo Hotel in Pella on Monday.', 'Pella', [['Rilmo Hotel', 'organization']])).toBe(false);
  });
});

describe('session 29 (evt53): a name the reader cut or told again is no party of its own', () => {
  it('drops an illness named in apposition to its noun, and keeps a person there', () => {
    expect(noPartyIn('Vets urged a drive to end the lethal cattle disease Vellpest in Zorbia and Norland.', 'Vellpest', 'place')).toBe(true);
    expect(noPartyIn('Doctors traced the virus Qorbic to a farm near Pella.', 'Qorbic', 'organization')).toBe(true);
    expect(noPartyIn('Doctors said the flu Ann Vell caught kept her home.', 'Ann Vell', 'person')).toBe(false);
    // A name after an illness's noun that is no apposition (no determiner opens the noun) stays.
    expect(noPartyIn('Cases of disease Quanta Labs found rose in May.', 'Quanta Labs', 'organization')).toBe(false);
  });
  it('reads a closing outlet whose name the reader cut after a possessive word', () => {
    expect(onlyReports(...spanIn('Zorbix Motor Co has raised its output by 5 pct, the trade paper Vell\'s Motor Reports said.', 'Motor Reports'))).toBe('press');
    // A body's official who tells it is no outlet.
    expect(onlyReports(...spanIn('Zorbix Motor Co has raised its output by 5 pct, Quanta\'s chief Ann Vell said.', 'Ann Vell'))).toBe(undefined);
    // A teller titled as one who only reports speaks for the report, as one speaking for a body does (session 41, evt91).
    expect(onlyReports(...spanIn('Zorbix Ltd is issuing a 100 mln dlr bond paying 8 pct, lead manager Miro Bank Securities Ltd said.', 'Miro Bank Securities Ltd'))).toBe('for-body');
    // So does a loan's arranger, and one who tells it to someone (session 45, evt102).
    expect(onlyReports(...spanIn('Zorbix Ltd will raise a 30 mln dlr loan, arranger Miro Finance Ltd said.', 'Miro Finance Ltd'))).toBe('for-body');
    expect(onlyReports(...spanIn('Zorbix Ltd will cut 200 jobs, a spokesman for Quanta Corp told Reuters.', 'Quanta Corp'))).toBe('for-body');
  });
  it('reads a titled teller whose verb or title the closing reading misses (session 52, evt126)', () => {
    const reports = (text: string, name: string) => onlyReports(...spanIn(text, name));
    // The verb before the teller, its title before the name or after it with "as".
    expect(reports('PELLA, April 8 - Quanta Acceptance Corp is raising 500 mln dlrs via notes due 1990, said lead manager Miro Capital Markets.', 'Miro Capital Markets')).toBe('for-body');
    expect(reports('PELLA, April 8 - Quanta Corp is issuing a 200 mln dlr bond due 1992 priced at 101, said Miro Capital Markets as lead manager.', 'Miro Capital Markets')).toBe('for-body');
    // The title after the teller's verb.
    expect(reports('PELLA, Oct 20 - Zorbix Sparebank has in place a 200 mln dlr certificate of deposit program, Miro Bank of Pella said as arranger.', 'Miro Bank of Pella')).toBe('for-body');
    // The first of a list of titled tellers.
    expect(reports('PELLA, April 9 - Zorbix GmbH is issuing a 10 mln franc bond with a 6 pct coupon, joint lead managers Miro SA and Quanta und Cie, Banquiers said.', 'Miro SA')).toBe('for-body');
    // Not a name after "said" with no title (a person closing a statement, whom other rules read), nor the doer.
    expect(reports('PELLA, April 8 - Quanta Corp is issuing a 200 mln dlr bond, said Ann Vell.', 'Ann Vell')).toBe(undefined);
    expect(reports('PELLA, April 8 - Quanta Corp is issuing a 200 mln dlr bond, said Miro Capital Markets as lead manager.', 'Quanta Corp')).toBe(undefined);
  });
  it('reads an owner named in an apposition after the body it owns (session 52, evt126)', () => {
    const owner = (text: string, name: string) => ownerInApposition(...spanIn(text, name));
    expect(owner('PELLA, June 19 - Miro Ratings Corp said it affirmed the ratings on 500 mln dlrs of debt of Quanta Funding Corp, a unit of Quanta Financial Corp.', 'Quanta Financial Corp')).toBe(true);
    // Both owners of a joint venture, a code after the first.
    const venture = 'PELLA, April 9 - Zorbix Supply Co Ltd, a joint venture of Quanta Power Co Ltd <QPC.PE> and Miro Corp, has renewed its commercial paper program.';
    expect(owner(venture, 'Quanta Power Co Ltd')).toBe(true);
    expect(owner(venture, 'Miro Corp')).toBe(true);
    expect(owner(venture, 'Zorbix Supply Co Ltd')).toBe(false);
    // A code's bracket before the owner's name.
    expect(owner('PELLA, April 8 - Zorbix Systems Inc, a unit of <Quanta AG> of Norland, has reached an agreement with Miro Inc.', 'Quanta AG')).toBe(true);
    // The owned body a sale hands over: its owner sells it. The owner of the buyer only says whose the buyer is.
    expect(owner('PELLA, June 19 - Vell Corp bought Zorbix Ltd, a unit of Quanta Corp, for 20 mln dlrs.', 'Quanta Corp')).toBe(false);
    expect(owner('PELLA, June 19 - Vell Corp agreed to sell its spirits division to Zorbix Ltd, a unit of Quanta Corp.', 'Quanta Corp')).toBe(true);
    // Not a name after "of" that no unit's noun opens.
    expect(owner('PELLA, June 19 - Vell Corp, the chairman of Quanta Corp, resigned.', 'Quanta Corp')).toBe(false);
  });
  it('finds the full name told before a short one of a body, not a short name written first', () => {
    const text = 'Quanta Bancorp said the board approved the acquisition of Quanta by Velmar Corp.';
    const names = [{ text: 'Quanta Bancorp', type: 'organization' as const }, { text: 'Velmar Corp', type: 'organization' as const }].map((n) => ({ ...spanIn(text, n.text)[1], type: n.type }));
    const short = { start: text.indexOf('Quanta by'), end: text.indexOf('Quanta by') + 6, text: 'Quanta' };
    expect(shortFormOfEarlier(short, 'organization', names)?.text).toBe('Quanta Bancorp');
    expect(shortFormOfEarlier(short, 'person', names)).toBe(undefined);
    const first = 'Quanta sued Quanta Records in Pella.';
    const records = { ...spanIn(first, 'Quanta Records')[1], type: 'organization' as const };
    expect(shortFormOfEarlier(spanIn(first, 'Quanta')[1], 'organization', [records])).toBe(undefined);
  });
});

describe('opponentOfOccasion: the opponent in a contest that only sets a happening is no party (session 29, evt53)', () => {
  const opponent = (text: string, name: string, trigger: string) => opponentOfOccasion(...spanIn(text, name), trigger);
  it('drops the opponent of a match or a friendly told after the trigger', () => {
    expect(opponent('Last June Dan Quill was banned for two months for a kick in a match against Norland.', 'Norland', 'banned')).toBe(true);
    expect(opponent('The Zorbian Football Association has appointed Tom Quill as caretaker for the friendly against Norland on 17 May.', 'Norland', 'appointed')).toBe(true);
    // The occasion a player is ruled out of or withdraws from (session 30, evt59).
    expect(opponent('Vell captain Dan Quill has been ruled out of Saturday\'s Pella Cup clash against Norland.', 'Norland', 'been ruled out')).toBe(true);
    expect(opponent('Ann Lee withdrew from the final against Mira Tael with a wrist injury.', 'Mira Tael', 'withdrew from')).toBe(true);
  });
  it('keeps a side the trigger acts on, a contest that is the trigger, and a suit against a body', () => {
    expect(opponent('Zorbia beat Norland 2-1 in Pella.', 'Norland', 'beat')).toBe(false);
    expect(opponent('Quill scored twice in the final against Norland.', 'Norland', 'final')).toBe(false);
    expect(opponent('Zorbix Corp filed a suit against Quanta Inc in May.', 'Quanta Inc', 'filed')).toBe(false);
    // (No trigger before the phrase: a lede told by its headline.)
    expect(opponent('In the final against Norland, Zorbia won 2-1.', 'Norland', '')).toBe(false);
  });
});

describe('a place that says where people are from or where a speaker is (session 32, evt67)', () => {
  /** Whether the place `name` of `text` is placeOfPeople's, among the text's `places`. */
  const ofPeople = (text: string, name: string, places: string[] = [name]) => {
    const [sentence, span] = spanIn(text, name);
    const others = places.map((p) => ({ ...spanIn(text, p)[1], type: 'place' as const }));
    return placeOfPeople(sentence, span, 'place', others);
  };
  it('leaves out the places after "from" and a noun for people, and the place of one who speaks', () => {
    expect(ofPeople('Tarn Corp sold its mill to buyers from Norland and Zorbia.', 'Norland', ['Norland', 'Zorbia'])).toBe(true);
    expect(ofPeople('Tarn Corp sold its mill to buyers from Norland and Zorbia.', 'Zorbia', ['Norland', 'Zorbia'])).toBe(true);
    expect(ofPeople('A company spokesman in Pella said Kosta Corp would raise its prices.', 'Pella')).toBe(true);
    expect(ofPeople('Analysts in Orlin said Kosta Corp would raise its prices.', 'Orlin')).toBe(true);
  });
  it('keeps a seller, the happening\'s site and a state\'s organs', () => {
    expect(ofPeople('Quell Mills bought wheat from Norland last week.', 'Norland')).toBe(false);
    expect(ofPeople('Kosta Corp opened talks with its bankers in Pella on Monday.', 'Pella')).toBe(false);
    expect(ofPeople('Officials from Norland met Kosta Corp on Monday.', 'Norland')).toBe(false);
  });
  it('leaves out the place "in" that only locates people the happening names (session 47, evt109), not where they act or meet', () => {
    const withTrigger = (text: string, name: string, trigger: string, places: string[] = [name]) => {
      const [sentence, span] = spanIn(text, name);
      return placeOfPeople(sentence, span, 'place', places.map((p) => ({ ...spanIn(text, p)[1], type: 'place' as const })), trigger);
    };
    expect(withTrigger('The rate cut will hit the profits of many commercial banks in Norland, the minister told reporters.', 'Norland', 'told')).toBe(true);
    expect(withTrigger('Velm Dental won a contract to serve the families of soldiers in Norland and Zorbia, the ministry said.', 'Zorbia', 'said', ['Norland', 'Zorbia'])).toBe(true);
    // Where people act, where the trigger's meeting is, and its object's place: kept.
    expect(withTrigger('Rebels in Zorbia attacked a convoy on Monday, the army said.', 'Zorbia', 'said')).toBe(false);
    expect(withTrigger('Coffee producers ended a meeting in Pella on Friday.', 'Pella', 'meeting')).toBe(false);
    expect(withTrigger('Kosta Corp met its bankers in Pella on Monday.', 'Pella', 'met')).toBe(false);
    // A phrase opened by "with" is whom the talks are with, and "in" may be where they are.
    expect(withTrigger('Ann Vell starts talks with the country\'s bank advisory committee in Pella tomorrow, officials said.', 'Pella', 'said')).toBe(false);
  });
  it('reads a place\'s noun compromise takes for a verb from the fast tagger, inside an opened noun phrase only', () => {
    expect(qualifiesNoun(...spanIn('Brandt Corp said a Norland firm had made an offer for its shares.', 'Norland'), 'place', 'said')).toBe(true);
    expect(qualifiesNoun(...spanIn('Garvel Co agreed to sell its barge unit to an unidentified Norland firm.', 'Norland'), 'place', 'sell')).toBe(true);
    expect(qualifiesNoun(...spanIn('Quell Mills bought wheat from Norland last week.', 'Norland'), 'place', 'bought')).toBe(false);
  });
});

describe('session 34 (lead): the one a report is told to hears it and takes no part', () => {
  it('reads the hearer of "told" as no party, and the one told to act as one', () => {
    expect(onlyReports(...spanIn('Zorbix Inc has sold its Pella mill for 20 mln dlrs, a company spokesman told Quanta News.', 'Quanta News'))).toBe('hearer');
    expect(onlyReports(...spanIn('Velmar Corp told the Norland Assembly that it would shut two plants.', 'Norland Assembly'))).toBe('hearer');
    // An order or a plea: the one told to act is a party of it.
    expect(onlyReports(...spanIn('The minister told Zorbix Inc to halt work at the Pella mill.', 'Zorbix Inc'))).toBe(undefined);
    // The teller is no hearer.
    expect(onlyReports(...spanIn('Ann Vell told reporters that Zorbix Inc had sold the mill.', 'Ann Vell'))).toBe(undefined);
  });
});
