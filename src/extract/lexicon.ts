/**
 * Word classes that type names from their shape and context. These are closed classes of ordinary English
 * words (titles, head nouns, cue words), not names: names come from the text, compromise's lexicon and curation.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { escapeRegExp } from '../util/escape.ts';
/** Every list as written, by name: a word written twice in one list is a slip (tests/lexicon.test.ts). */
export const WORD_LISTS: Record<string, readonly string[]> = {};
const listed = (name: string, words: string) => {
  const list = words.split(/\s+/).filter(Boolean);
  WORD_LISTS[name] = list;
  return new Set(list);
};
/** A list of phrases, separated by commas ("reported that, called on"), kept by name as `listed` keeps words. */
const listedPhrases = (name: string, phrases: string) => {
  const list = phrases.split(',').map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean);
  WORD_LISTS[name] = list;
  return new Set(list);
};

/**
 * Words of running prose (articles, prepositions, the commonest verbs): a row of a price or rate table hardly has any
 * ("OATMEAL EU Afloat 171 Apl 173 up one", "THREES JUNE 176.00 178.00 NOM"); a sentence with figures has them. "a" is
 * not one: tables write it for "per" ("1425 1445 a tonne") and as a grade ("Copper Grade A").
 */
export const PROSE_WORDS = listed('PROSE_WORDS', `
  the of to in on for and or but with by from at as is are was were be been said says that which it its this
  will would has have had not after before than`);


/**
 * Words that head a title before a person's name ("Deputy Finance Minister Wally Adeyemo"). Military ranks written as one
 * hyphenated word ("Major-General", "Rear-Admiral") are listed whole: the tokenizer keeps the hyphenated word as one.
 */
export const TITLE_HEADS = listed('TITLE_HEADS', `
  President Minister Secretary Spokesman Spokeswoman Spokesperson Chancellor Governor Gov Senator Sen Rep Representative
  Mayor Ambassador Chairman Chairwoman Premier King Queen Prince Princess Pope Judge Commissioner Envoy Emir Sultan
  Mr Mrs Ms Miss Dr Sir Dame Lord Lady Gen Col Capt Lt Sgt Prof Professor Rev Reverend Cardinal Archbishop Bishop
  Sheikh Coach Attorney-General Treasurer Inspector Detective Superintendent Lieutenant Colonel Captain Admiral
  Major-General Lieutenant-General Brigadier-General Brigadier Lieutenant-Colonel Vice-Admiral Rear-Admiral
  Commander Sergeant Marshal Vice-President Vice-Chairman Vice-Chairwoman Secretary-General Director-General Governor-General Solicitor-General Congressman Congresswoman Councillor Councilman Justice Leader Chief General
  Speaker Director Officer Executive Manager Prosecutor Attorney DJ CEO CFO COO CTO MP MEP MSP Founder Co-founder President-elect Striker Midfielder Defender Goalkeeper Ayatollah Rabbi Imam Father
`);
/**
 * Forms of address said before a surname, never before a first name alone ("Mr Howard" is Michael Howard, not Howard
 * Flight; "Sir Alan" and "Dame Barbara" take first names and are not here): a listed first name after one is someone's
 * surname (src/extract/entities/within-article.ts `joinFirstWords`).
 */
export const SURNAME_ADDRESSES = listed('SURNAME_ADDRESSES', `Mr Mrs Ms Miss Messrs Dr Prof Professor`);
/**
 * Title heads that also follow what they qualify, with no name after them: "Margaret Moran MP", "a Tory MP", "the Apple
 * CEO", "the Bank of England Governor". None ends a name of its own (unlike "Burger King", "Ministry of Justice").
 */
export const TRAILING_TITLES = listed('TRAILING_TITLES', `
  MP MEP MSP CEO CFO COO CTO Spokesman Spokeswoman Spokesperson Chairman Chairwoman Governor Mayor Minister Secretary
  Senator Ambassador Commissioner Envoy Chancellor President QC KC
`);
/**
 * Title modifiers that say when someone holds a post ("Former Conservative leader X", "Acting Orlin chief Y"): at a
 * sentence's start before a name they are capitalised for the sentence, never a body's or a place's first word (as
 * "Foreign", "Police", "High" may be: "Foreign Office", "High Court").
 */
export const TENURE_MODIFIERS = listed('TENURE_MODIFIERS', `Former Acting Outgoing Incoming`);
/**
 * A member of a U.S. party, said after the state he sits for: "a Texas Democrat", "a New York Republican". The state
 * is the name there; the party member names no one of his own.
 */
export const PARTY_MEMBERS = listed('PARTY_MEMBERS', `Democrat Democrats Republican Republicans`);
/**
 * The chambers of a legislature news names before a party: "Senate Republican leader", "House Democrats". With a
 * party word after them (PARTY_MEMBERS or "Democratic") they name the chamber's members of that party, a group of
 * legislators (src/resolve/page-rules.ts `chamber-and-party`).
 */
export const CHAMBERS = listed('CHAMBERS', `House Senate`);
export const PARTY_WORDS = listed('PARTY_WORDS', `${[...PARTY_MEMBERS].join(' ')} Democratic`);
/**
 * Words that name a party or its members, said before a member's name as what the member is: "Conservative Michael
 * Fallon", "Liberal Democrat Charles Kennedy", "Tory Edward Turnour", "Lib Dem Sarah Teather". Before a first name and a
 * surname they describe the person and are no part of the name (src/extract/entities/name-edges.ts `describedPerson`); the
 * party's own name ("Labour Party", "Liberal Democrats") has no first name after it and is left whole.
 */
export const PARTY_MEMBER_WORDS = listed('PARTY_MEMBER_WORDS', `
  ${[...PARTY_MEMBERS].join(' ')} Tory Tories Conservative Conservatives Labour Liberal Liberals Lib Dem Dems Unionist
  Socialist Socialists Communist Communists`);
/** Title heads that also begin organisation names ("General Motors", "Chief Executive"): need a clear person after. */
export const AMBIGUOUS_TITLE_HEADS = listed('AMBIGUOUS_TITLE_HEADS', `General Chief Leader Director Officer Executive Manager Justice Father Lord Lady Marshal DJ`);
/** Words that may precede a title head inside a title ("Foreign", "Deputy", "Armed Forces"). */
export const TITLE_MODIFIERS = listed('TITLE_MODIFIERS', `
  Deputy Vice Prime Foreign Finance Defence Defense Interior Home Health Trade Economy Economic Energy Education
  Agriculture Transport Environment Labor Labour Security Social Former Acting Opposition State Assistant Senior
  Junior First Crown Grand Supreme Majority Minority Party Shadow Culture Sports Industry Justice Treasury Commerce
  Information Communications Foreign-Affairs Affairs Development Planning Budget Fisheries Tourism Water Mines
  Petroleum Oil Armed Forces Police Army Navy Air Force Military Chief Executive General Managing Regional Federal
  National Provincial Interim Outgoing Incoming Exchequer Attorney Solicitor Lord High Secretary-General Under
  Permanent Special UN US EU
`);

/**
 * Common nouns for a body rather than for people one by one ("the military overthrew …", "the authorities arrested
 * …", "a jury ruled …"), beyond the heads of bodies' names (ORG_HEADS): a happening such a body did reads as a page
 * with the body unnamed, where one an unnamed person did ("the chancellor unveiled …") does not
 * (src/extract/unnamed-party.ts).
 */
export const BODY_NOUNS = listed('BODY_NOUNS', `
  military authorities government regime junta jury panel opposition administration troops forces police
  ministry parliament
`);

/**
 * Prepositions before a verb's -ing form that make it the name of an activity, not a happening told ("a fine job in
 * fighting cuts", "a barrier to fighting poverty", "talks about buying"): the sentence says something of the activity,
 * not that it took place (src/extract/state.ts). Not the prepositions of time ("after buying X" tells that it did),
 * "by" (the means of another verb: extract/events/governing.ts `meansOf`), nor "for" and "of", which give a reason or a charge
 * the act is known by ("jailed for shooting …", "convicted of killing …": on BBC politics dev, the shooting was news).
 */
export const ACTIVITY_PREPOSITIONS = listed('ACTIVITY_PREPOSITIONS', `
  in to against about towards toward at
`);

export const ORG_HEADS = listed('ORG_HEADS', `
  Ministry Department Exchange Party Group Company Co Cos Corp Corporation Inc Ltd Plc LLC LLP LP L.P AG SA NV GmbH Pty Bhd Bank University
  College School Council Committee Commission Agency Office Embassy Association Union Organization Organisation
  Institute Institution Center Court Army Navy Forces Police Federation Foundation Fund Trust Board Bureau Authority
  Administration Service Services Airlines Airways Motors Industries Holdings Systems Technologies Technology Partners
  Capital Securities Club Parliament Congress Senate Assembly Cabinet Government Treasury Times Post Journal News
  Network Channel Press Telegraph Guardian Herald Tribune Radio Television TV Media Studios Pictures Records
  Entertainment Communications Electronics Energy Petroleum Oil Gas Pharmaceuticals Labs Laboratories Mining
  Steel Insurance Investments Brothers Bros Alliance Coalition Front Movement Ministries Reserve
  Tribunal Secretariat Mission Consulate Command Guard Corps Brigade Regiment Division Church Hospital
  Airport Railway Railways Rail Stores Markets Foods Beverages Brewery Brands Global International Computer
  Computers Software Semiconductor Semiconductors Electric Mobile Networks Interactive Digital Pharma Chemicals Motor
`);
/**
 * Banks and trust companies are named for the town they serve ("First National Trust Co of Perry", "Exchange Bank
 * and Trust Co of Thibodaux"): after these words a firm's "Co of" a town is one name, not a firm and where it is
 * (connectors.ts `saysWhichTownFirmIsIn`, longer-spans.ts `firmOfState`).
 */
export const TOWN_NAMED_HEADS = listed('TOWN_NAMED_HEADS', `Trust Bank Banking Savings Loan Bancorp Bancshares`);
/** Words that begin organisation names ("Ministry of Finance", "Bank of England"). */
export const ORG_FIRST = listed('ORG_FIRST', `Ministry Department University Bank Office Court Council Committee Commission Federation Association Institute Agency Board Bureau House`);

/**
 * Head words of places' names ("Orvel Province", "Isle of Quenby"). "Isle" and "Isles" are "Island"'s older forms,
 * which open an island's name before "of" and its island: without them "of" and a place parted the name, leaving an
 * "Isle" page (entities.ts `saysWhereNameIs`).
 */
export const PLACE_HEADS = listed('PLACE_HEADS', `
  Province Region City County District Island Islands River Mountains Mountain Valley Street Square Sea Ocean Lake Bay
  Peninsula Strait Straits Desert Coast Territory Territories Prefecture Republic Kingdom Emirates Gulf Canal Park
  Avenue Road Heights Hills Plain Plains Basin Delta Oblast Governorate Municipality Borough Township Village Harbour
  Harbor Port Beach Falls Gorge Isle Isles
`);

/**
 * Of the heads of events, laws and works below (`OTHER_HEADS`), those of a written law, agreement or policy: "the
 * Quenby Fisheries Act", "the Quarrow Treaty", "the Vell Initiative", "the Charter of Zorbian Freedoms". No body's
 * name ends on one (a body is named for what it does; a law or a treaty is what a body passes or signs), while the
 * tagger reads "the Zorbia Opportunity Act (ZOA)" a body by its capitals and its acronym. Read by
 * src/resolve/page-rules.ts (`headedByLaw`) as a cue for every mention of the name.
 */
export const LAW_HEADS = listed('LAW_HEADS', `Act Treaty Accord Accords Agreement Initiative Declaration Doctrine Protocol Bill Charter Pact`);

/**
 * Heads of the names of a rate, an index, an average or a price that markets quote or a body sets ("London Interbank
 * Offered Rate", "Dow Jones Industrial Average", "FT-Actuaries World Indices", "Guaranteed Minimum Price"): a figure,
 * not the body that sets or publishes it (type other). The capitals of such a name and the place or body that opens
 * it read as a body's to the tagger and the type model; on train stories of reut2-005 and -015 four of them were typed
 * organisations (session 49, ent94). Read by src/resolve/page-rules/type-cues.ts (`headedByMeasure`) as a cue for
 * every mention of a name of three words or more; "Price" and "Prices" only where no first name or initial stands
 * before them, since a surname ends a person's or a firm's name ("T. Rowe Price", `MEASURE_HEADS_ALSO_SURNAMES`).
 */
export const MEASURE_HEADS = listed('MEASURE_HEADS', `Rate Rates Index Indexes Indices Average Averages Price Prices`);
/** Of `MEASURE_HEADS`, those that are also surnames: see there. */
export const MEASURE_HEADS_ALSO_SURNAMES = listed('MEASURE_HEADS_ALSO_SURNAMES', `Price Prices`);
/**
 * Last words of a crude oil grade's name ("West Norland Intermediate", "Light Pella Sweet", "Vell Coast Sour", "Quarrow
 * Blend"): a grade of oil (type other), not the place its first words name nor a body, whatever the tagger and the
 * type model read in its capitals. On train stories (Reuters-21578 reut2-018 0–899 and reut2-016 900–999, session 50,
 * ent97) every such name was typed an organisation (three grades, 18 articles), and every name of three words or more
 * ending on one of these in reut2-003 … reut2-021 0–899 is a crude grade (none in the BBC articles). Read by
 * src/resolve/page-rules/type-cues.ts as `MEASURE_HEADS` are (three words or more: "Texas Intermediate" of two is a
 * grade's name cut short).
 */
export const CRUDE_GRADE_HEADS = listed('CRUDE_GRADE_HEADS', `Intermediate Sour Sweet Blend`);

export const OTHER_HEADS: ReadonlySet<string> = new Set([...listed('OTHER_HEADS', `
  Summit Conference Games Cup Olympics Olympic War Festival Awards Award Prize
  Convention Championship Championships Open Forum Index Prix Marathon Tour Series
  Derby League Bowl Expo Week Revolution Crisis Show Album Film Novel
`), ...LAW_HEADS]);

/**
 * Head nouns of buildings, constructions and natural features ("dam", "palace", "capitol", "stadium", "river"), lower
 * case, from WordNet by `npm run build-place-heads` (place-heads.json; eval/build-place-heads.ts says which nouns and
 * why). Facilities and geographic features are places (issue 15's judging), and the hand lists above held few of them:
 * "Three Gorges Dam", "Buckingham Palace", "US Capitol" were read as bodies. A head the hand lists give a kind keeps it
 * ("Hospital", "Airport", "Bank" are bodies' heads there, "Summit" an event's).
 */
export const STRUCTURE_HEADS: ReadonlySet<string> = (() => {
  const table = shippedJson(new URL('./place-heads.json', import.meta.url)) as { heads: string[] };
  const listedElsewhere = new Set([...ORG_HEADS, ...ORG_FIRST, ...PLACE_HEADS, ...OTHER_HEADS].map((w) => w.toLowerCase()));
  return new Set(table.heads.filter((w) => !listedElsewhere.has(w)));
})();

/**
 * Nouns for one person of a nation, region or city that the gazetteers' demonyms (adjectives of countries) do not
 * list ("Briton", "Welshman", "Scotsman", "Londoner"), from WordNet by `npm run build-demonym-nouns`
 * (demonym-nouns.json; eval/build-demonym-nouns.ts says which nouns and why). Such a noun says what someone is, not
 * who: it opens no person's name ("Briton Zorbo Vance") and standing alone it is no name a reader looks up.
 */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set((shippedJson(new URL('./demonym-nouns.json', import.meta.url)) as { nouns: string[] }).nouns);

/**
 * The words compromise's lexicon lists as a people's (its tag Demonym: "American", "Texan", "Europeans"), in lower
 * case, by `npm run build-compromise-demonyms` (compromise-demonyms.json; eval/build-compromise-demonyms.ts checks
 * against compromise that it sets the tag on no other word of letters). A word of letters not listed is no Demonym to
 * compromise, so entity extraction need not parse it to ask (session 36, speed46: compromise out of the hot path).
 */
export const COMPROMISE_DEMONYMS: ReadonlySet<string> = new Set((shippedJson(new URL('./compromise-demonyms.json', import.meta.url)) as { words: string[] }).words);

/** The word is a noun of `DEMONYM_NOUNS` or its plural ("Britons", "Welshmen", "Scotswomen"). */
export function isDemonymNoun(word: string): boolean {
  const singular = word.endsWith('men') ? `${word.slice(0, -3)}man` : word.replace(/s$/, '');
  return DEMONYM_NOUNS.has(word) || DEMONYM_NOUNS.has(singular);
}

/**
 * Of OTHER_HEADS, the heads of events that news writes with a country straight after ("the World Cup Wales side"):
 * a country there is the next name. Not the heads that also end bodies' names with their country ("Awami League
 * Bangladesh", "Special Olympics Ireland") nor those that are also first names ("Lord Bill Jordan").
 */
export const EVENT_HEADS_BEFORE_COUNTRY = listed('EVENT_HEADS_BEFORE_COUNTRY', `Cup Games Championship Championships Open Prix Marathon Tour Series Derby Bowl`);

/** Small words inside a listed work's title ("Zorbix And The City", "Return of the Quanta"). */
export const TITLE_SMALL_WORDS = listed('TITLE_SMALL_WORDS', `of the and in on for a to with`);
/**
 * Small words a name says again and again with the same capitalised words round it ("Vellspeare in Lurve", "Friends
 * of the Quay"): a name written whole more than once across them is one name (entities.ts `titleEvidence`). Not "and",
 * "to", "for", "with": two names are written together so (two runners, "Orla and Vell"; a transfer, "Harbour to
 * Lantern").
 */
export const REPEATED_TITLE_SMALL_WORDS = listed('REPEATED_TITLE_SMALL_WORDS', `of the in on a an`);

/** Lowercase words before a name that say what it is ("spokesperson Liu", "company SenseTime"). */
export const PERSON_CUES_BEFORE = listed('PERSON_CUES_BEFORE', `
  spokesperson spokesman spokeswoman minister president leader chairman chairwoman secretary chief director official
  analyst economist lawyer judge premier senator governor mayor ambassador envoy commander general actor actress
  singer writer author producer striker player coach manager captain rapper star footballer boxer
  prosecutor professor dr mr mrs ms executive founder ceo candidate rival opponent colleague husband wife son daughter
  brother sister father mother
`);
export const ORG_CUES = listed('ORG_CUES', `
  company group firm bank agency organization organisation party maker giant manufacturer carrier insurer retailer
  operator startup start-up conglomerate broker lender network newspaper broadcaster airline automaker carmaker
  developer publisher regulator watchdog union club team exchange fund charity ngo militia movement outlet channel
  station label studio brand chain distributor supplier provider producer miner refiner
`);
export const PLACE_CUES_BEFORE = listed('PLACE_CUES_BEFORE', `region province city town village capital state country island district county port`);
/**
 * Nouns in lower case right after a name that say it names a place: an electoral or administrative unit it is the
 * name of ("Zorbfield constituency", "the Vell Mesa state inquiry", "Quarrow province"). Not the nouns a body or a thing
 * also stands before ("city", "town", "village", "port", "capital", "country": "Olympic village", "venture capital",
 * "USB port"); "seat" and "ward" take a party before them ("a Labour seat"). Read by page-rules.ts `readTypeCue`.
 */
export const PLACE_NOUNS_AFTER = listed('PLACE_NOUNS_AFTER', `constituency state province region county district prefecture borough`);
/**
 * Nouns of a body's people or premises after a place noun ("the Quanta county office", "Miro Mining prefecture
 * officials", "the Vell district manager"): the place noun then says what area a body covers, and the name before it
 * may be that body's, so the place-noun cue says nothing (page-rules.ts `placeNounAfter`).
 */
export const BODY_NOUNS_AFTER_PLACE_NOUN = listed('BODY_NOUNS_AFTER_PLACE_NOUN', `
  office offices officials official headquarters branch branches manager managers staff
`);
/** Nouns after a one-word name that make it a people's or a faith's name used as an adjective ("Muslim minorities"). */
export const GROUP_NOUNS = listed('GROUP_NOUNS', `
  minority minorities majority community communities population populations diaspora descent origin ethnicity
  tribe tribes tribesmen clans refugees separatists militants insurgents pilgrims clerics worshippers faithful
`);

/** Prepositions before places; "at", "from" and "to" are left out: "at Apple", "from Reuters" are as common. */
export const PLACE_PREPOSITIONS = listed('PLACE_PREPOSITIONS', `in near across into throughout outside inside around`);

/**
 * Months as a wire writes them before a day ("March six", "Dec One"): src/extract/dates.ts `digitsForSpelledDays` reads
 * a day number spelled out after one (tests/gold/page-dates.json, session 48), which chrono reads as the month alone.
 */
export const MONTH_NAMES = listed('MONTH_NAMES', `
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`);

/** Name-like words that are never names on their own (calendar words, debris). */
export const NEVER_NAMES = listed('NEVER_NAMES', `
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday ${[...MONTH_NAMES].join(' ')} Day Today Yesterday Tomorrow Tonight
  Mon Tue Wed Thu Fri Sat Sun AM PM GMT EST BST UTC I I'm I've I'd I'll OK People
`);

/**
 * Head words of newspapers' names that a weekday may open ("the Sunday Times", "the Sunday Telegraph", "the Sunday
 * Mirror"), where the weekday is the paper's, not a date.
 */
export const NEWSPAPER_HEADS = listed('NEWSPAPER_HEADS', `Times Telegraph Post Herald Tribune Mirror Express Mail Independent Observer Star People Journal Sport`);

/** Ordinals that, capitalised inside a sentence before a name word, open that name ("Third World", "First Boston"). */
export const NAME_ORDINALS = listed('NAME_ORDINALS', `First Second Third`);
/** Numbers that do the same before a word that is no place ("Six Nations", "Three Gorges Dam"; not "Two U.S. agencies"). */
export const NAME_NUMBERS = listed('NAME_NUMBERS', `One Two Three Four Five Six Seven Eight Nine Ten Twelve`);
/** Prefixes that, before a hyphen and a word in lower case, make an ordinary word ("Ex-health secretary", "Anti-war"). */
export const ORDINARY_PREFIXES = listed('ORDINARY_PREFIXES', `Ex Anti Pro Non Post Pre Mid Self Semi Multi Pan`);
/**
 * Of those, the prefixes that describe someone by a name ("Ex-BBC chat show host", "Anti-Zorb campaigners",
 * "Non-British citizens"); the others also open names of their own ("Mid-South", "Pan-Am").
 */
export const DESCRIBING_PREFIXES = listed('DESCRIBING_PREFIXES', `Ex Anti Pro Non`);

/** Words that, at the start of a sentence, are ordinary words and not the start of a name. */
export const FUNCTION_WORDS = listed('FUNCTION_WORDS', `
  The A An This That These Those It Its It's He She They We You I His Her Their Our Your My But And Or So Yet If When
  While Although Though Because Since After Before As At In On Of For From To With Without By About Under Over Into
  Onto Upon Between Among Amid During Despite However Meanwhile Earlier Later Also Still Even Just Only Now Then
  There Here What Which Who Whom Whose Why How Where Some Many Most More Much Few Several All Both Each Every Any No
  Not Nor One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Other Another Such
  Yesterday Today Tomorrow Once Twice Never Always Often Sometimes Perhaps Maybe Indeed Instead Thus Therefore Hence
  According Following Including Asked Like Unlike Please Yes Overall Separately Elsewhere
  Nothing Everything Something Anything Nobody Everybody Somebody Anyone Everyone Someone None
  Officials Police Analysts Experts Critics Residents Witnesses Sources Investors Shares Prices Markets Stocks
`);

/**
 * Particles of personal names, written in lower case inside the name: "Ursula von der Leyen", "Ludwig van
 * Beethoven", "Abdullah bin Zayed". One or two may stand between name words; with a hyphen they open a name
 * word of their own ("al-Sisi", "el-Sheikh").
 */
export const NAME_PARTICLES = listed('NAME_PARTICLES', `de del della di da du des la le van von der den ter ten bin ibn al el dos das do y`);
/**
 * Particles that are also English words ("Banco do Brasil", "Rio Grande do Sul"; but "Americans do Business" is a
 * clause): they join only after a word that could open a body's or a place's name, not after a plural or a person.
 */
export const PARTICLES_ALSO_ENGLISH = listed('PARTICLES_ALSO_ENGLISH', `do`);
/**
 * Articles of Spanish, Portuguese, Italian and French that open names of places, firms and works, capitalised: "El
 * Paso", "Los Angeles", "Las Vegas", "La Fenice", "Le Figaro". Alone they name nothing, so the name is one with its
 * article even where the tagger reads the article apart ("Vellmark Inc's El Dorado Natural Gas Co" as "El", a place,
 * and "Dorado Natural Gas Co"). Not "Les" (a first name) nor "Al" (a first name, "Al Gore").
 */
export const NAME_ARTICLES = listed('NAME_ARTICLES', `El La Los Las Le Il Lo`);
/**
 * English connectors allowed inside a name when a capitalised word follows ("Ministry of Finance", "Summit for
 * Democracy"); the span choice (span-choice.ts `linkOf`) reads each, and "the", as the link a longer span adds.
 */
export const NAME_LINK_WORDS = listed('CONNECTORS', `of for and`);
/** Connectors allowed inside a name when a capitalised word follows: the English ones and the name particles. */
export const CONNECTORS = new Set([...NAME_LINK_WORDS, ...NAME_PARTICLES]);
/**
 * Connectors that join only after a body's or a thing's head word, naming its subject: "National Commission on Dairy
 * Policy", "Committee on Human Rights", "General Agreement on Tariffs and Trade". Elsewhere "on" parts two names
 * ("Vellmark on Monday", "agreed with Orlin on Ohio's plant").
 */
export const HEAD_CONNECTORS = listed('HEAD_CONNECTORS', `on`);
/**
 * The heads a subject follows with "on": bodies set up to deal with something, meetings, agreements and laws about
 * it ("Committee on Human Rights", "Conference on Disarmament", "Agreement on Tariffs and Trade"). A firm's head is
 * not one: "Partners on Draugen", "Vellmark Holdings on Monday" are a name and what follows it.
 */
export const SUBJECT_HEADS = listed('SUBJECT_HEADS', `
  Commission Committee Subcommittee Council Conference Agreement Accord Accords Convention Treaty Summit Forum Board
  Institute Panel Tribunal Bureau Office Agency Authority Secretariat Mission Initiative Declaration Protocol Charter
  Pact Act Bill Talks
`);
/**
 * Links inside a body's name that the rules part at (src/extract/entities/longer-spans.ts `joinHeadedBodies`): a court "for the"
 * its district, a firm "of" its country, towns "and" the railway that joins them.
 */
export const HEADED_LINKS = listedPhrases('HEADED_LINKS', `for the, of the, of, and`);
/**
 * Heads that end a body's name and may hold the words before them across a link (`joinHeadedBodies`): courts and
 * their districts and circuits, railways, firms' legal forms that a name goes on after ("Co of ..."), banks and
 * associations.
 */
export const HEADED_BODY_HEADS = listed('HEADED_BODY_HEADS', `
  Court District Circuit Railway Railroad Co Corp Company Corporation Bank Association Partnership
`);
/** Heads that end a name named for the places before it, with no legal form after them ("Vellby and Orlin Railway"). */
export const HEADED_PLACE_ENDS = listed('HEADED_PLACE_ENDS', `Railway Railroad`);
/**
 * The kinds of `joinHeadedBodies` points joined (src/extract/entities/longer-spans.ts `headedKind`), as the judged Reuters train
 * points (tests/gold/headed-bodies.json, eval/headed-bodies.ts check) support them: a name ending in a body's head,
 * then "for the"/"of the" (a court and its district) was one name at every judged point; places before a firm's
 * legal form with "and" were one name at the one point met (a bank named for two cities). "Co of" a U.S. state was one
 * name at the 4 judged train points, and so were all 9 the reader parted in the train articles of stories 0-899 of
 * reut2-003 … -020 (session 45, evt100: "Morgan Guaranty Trust Co of New York" 4 times, "Public Service Co of
 * Colorado", "Centel Cable Television Co of Michigan"); joined since session 45, save a state named as a city after a firm that
 * is no bank (`STATES_NAMED_AS_CITIES`: on dev a grain firm "of" New York, where it is, was glued, session 37). "Co of" a
 * town or a country (where the firm is), "Co of" a firm with its own legal form (a parent and what it sells), any other
 * "and" (two firms, two banks) and a name "of" a firm (an analyst of his firm) are two names mostly, and stay parted.
 */
export const HEADED_JOINED_KINDS = new Set(['head-for', 'places-and', 'head-of-state']);
/**
 * U.S. states that share their name with a city news names more often than the state (the largest city, the
 * capital): after a firm's "Co of", the city where the firm is as often as the state it is named for.
 */
export const STATES_NAMED_AS_CITIES = listedPhrases('STATES_NAMED_AS_CITIES', `New York, Washington`);
/** Heads of broadcasters' stations named by their number: "Radio 4", "BBC Radio 1", "Channel 4". */
export const NUMBERED_HEADS = listed('NUMBERED_HEADS', `Radio Channel`);
/** Connectors only allowed when the name so far looks like an organisation or event ("Bank of", "Summit for"). */
export const WEAK_CONNECTORS = listed('WEAK_CONNECTORS', `and`);

/** Lowercase words after "X's" that companies have ("Apple's shares", "Apple's chief executive"). */
export const ORG_POSSESSIONS = listed('ORG_POSSESSIONS', `
  shares stock stocks profit profits revenue revenues sales earnings ceo cfo chairman chairwoman founder co-founder
  board headquarters subsidiary subsidiaries products customers employees staff workers shareholders investors chief
  executive executives stores brand website
`);

/** Words right after a name, joined to it, that make it a company ("Apple shares", "Johnson Inc"); matched in lowercase. */
export const ORG_WORDS_AFTER = listed('ORG_WORDS_AFTER', `shares stock stocks inc corp ltd plc`);

/** Nouns before "of X" that make X a company ("shares of Apple", "chairman of Fiat"). */
export const ORG_NOUNS_BEFORE_OF = listed('ORG_NOUNS_BEFORE_OF', `shares stock stake ceo chairman shareholders owner maker makers`);

/**
 * Words near a grade of a credit rating scale ("rated AA by", "junior debt to BB from BBB", "the BBB-plus rating"):
 * with a letter grade's shape they tell a debt's rating from a name written in the same capitals ("the AA said
 * motorists"). Read among the words in lower case near a mention (`MentionContext.near`).
 */
export const RATING_CUES_NEAR = listed('RATING_CUES_NEAR', `rated rates rating ratings downgraded upgraded affirmed debt debentures notes bonds`);

/** Verbs of speaking right after a name of two or more words: someone said it ("John Smith said"). */
export const SPEECH_VERBS_AFTER = listed('SPEECH_VERBS_AFTER', `said says told added wrote argued insisted explained`);

/**
 * Compass points: before "of" and a place they name a part of it ("the West of England", "the North of Scotland"),
 * one region's name, not a firm or a person placed there (entities.ts `saysWhereNameIs`). The case table reads them
 * as words news writes capitalised ("West Germany", "the West"), and compromise's lexicon knows them as no place.
 */
export const COMPASS_POINTS = listed('COMPASS_POINTS', `North South East West Northeast Northwest Southeast Southwest`);

/** First parts of compound adjectives of places ("Sino-US", "Anglo-French"). */
export const PLACE_COMPOUND_PREFIXES = listed('PLACE_COMPOUND_PREFIXES', `Sino Anglo Franco Indo Afro Euro Russo Austro Greco Judeo Pan Trans Inter Ibero Italo Germano Turco Arab`);

/**
 * Words right before a name that say it names a work ("drama Miami Vice", "sang Hey Jude"): read across the archive
 * by resolution (src/resolve/page-rules.ts `TYPE_CUES`). No verb that also reads as such a noun ("show", "play") and
 * no word sport writes before a team ("game", "series", "thriller").
 */
export const WORK_CUES_BEFORE = listed('WORK_CUES_BEFORE', `
  film films movie song songs album albums drama sitcom novel cartoon documentary musical soap opera comedy sang sing sings
  programme
`);

/**
 * Nouns for a work that sport also writes before a team ("the game Cameroon won"), read as a cue only after a word
 * that says which kind of work ("video game Halo", "console game Rising Sun", "drama series Desperate Housewives",
 * "hit track Lady Marmalade", "talent show X Factor", "cartoon book Flanimals"; src/resolve/page-rules.ts `TYPE_CUES`).
 * "show" is as often a verb ("figures show China", "will show Congress"): the kind must be no plural, auxiliary or
 * function word; "book" alone stands before the subject of a sentence ("In his book Mr Brown is…").
 */
export const WORK_CUES_AFTER_A_KIND = listed('WORK_CUES_AFTER_A_KIND', `game games series track show book`);

/**
 * Kinds written in capitals that say which kind of work the noun after them names ("TV show Brass Eye", "TV series
 * Lost"), as a kind in lower case does ("talent show", "drama series").
 */
export const WORK_KINDS_IN_CAPITALS = listed('WORK_KINDS_IN_CAPITALS', `TV`);

/**
 * Plural nouns for works, products and happenings that open a list of examples ("hits such as X", "games like X",
 * "such classics as X, Y and Z", "consoles, such as X", "viruses such as X"; Hearst's patterns of a kind and its
 * instances): every name of the list names that kind of thing (type other). Only kinds whose examples are no bodies or
 * people: not "sites", "channels", "services", "brands" (firms: "sites such as Google"), "acts" (bands, singers),
 * "events" ("events like Enron").
 */
export const WORK_KINDS_LISTED = listed('WORK_KINDS_LISTED', `
  films movies songs albums singles hits classics dramas sitcoms soaps musicals novels books shows programmes series
  games titles franchises consoles programs browsers viruses products festivals
`);

/** Words that describe a company rather than name it (normalised, lowercase): "Apple Computer" is "Apple". */
export const CORPORATE_DESCRIPTORS = listed('CORPORATE_DESCRIPTORS', `
  computer computers motor motors company companies corporation group holdings industries international incorporated
  electronics systems technologies technology airlines airways bank financial entertainment communications
  pharmaceuticals
`);

/** How or how often a meeting is held, opening its name ("Virtual Summit for Democracy"): not part of the name (lowercase). */
export const MEETING_FORMATS = listed('MEETING_FORMATS', `virtual online annual emergency extraordinary informal`);

/** Words a reordered name may gain or lose: "Summit for Democracy" ↔ "Democracy Summit". */
export const BAG_STOPWORDS = listed('BAG_STOPWORDS', `of for the on in`);

/** Tokens that end with a period but rarely end a sentence (lowercase). */
export const ABBREVIATIONS = listed('ABBREVIATIONS', `
  mr mrs ms dr prof sen rep gov gen col lt capt sgt maj adm cmdr st mt ft jr sr rev hon pres supt insp det
  jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp bros dept univ approx est fig vol
`);

/**
 * Regions a wire's dateline abbreviates after its city ("MIRO FALLS, Ont.") that the us-abbreviations package
 * (src/extract/us-states.ts, which gives the U.S. states) lacks: Canada's provinces, and the older "Kans" for Kansas.
 * A period there ends no sentence (src/extract/sentences.ts). Read only right after a dateline's city: "Man." may end
 * a sentence elsewhere.
 */
export const DATELINE_REGIONS = listed('DATELINE_REGIONS', `Kans Ont Que Alta Sask Man`);

/** Auxiliaries right after a name that stands as a verb's subject ("Sony has said", "Blair was"): the type model's cue. */
export const AUXILIARIES_AFTER = listed('AUXILIARIES_AFTER', `has have had is are was were will would could can may might should must did does`);

/**
 * Words right after a name that open no noun phrase the name could qualify ("Zorbix said", "Zorbix has", "Zorbix
 * and Quanta", "Vell of Quanta"): participants.ts `qualifiesNoun` does not ask compromise to tag the sentence then.
 * A speed rule (tagging every event sentence with a named party cost resolve 0.4 s per 200 BBC stories), kept only
 * because graph.json stays byte-identical with it on the dev archives.
 */
export const NO_QUALIFIED_NOUN_AFTER = new Set([
  ...SPEECH_VERBS_AFTER,
  ...AUXILIARIES_AFTER,
  ...listed('NO_QUALIFIED_NOUN_AFTER', `and or but of in on at to for from with by as than that who which`),
]);

/**
 * Nouns that, after "the", stand for a company or a happening an earlier sentence named ("Zorbix bought the unit",
 * "The merger was announced"): a title is read alone, and needs the name (resolve/events/readable-clause.ts `namesByStandIn`).
 */
export const STAND_IN_NOUNS = listed('STAND_IN_NOUNS', `unit company firm group concern business subsidiary division merger deal takeover acquisition purchase sale stake`);

/**
 * Nouns that, after "the", stand as a clause's subject for the company an article is about ("The company acquired
 * Zorbix", "the group said it bought …"): where the lede names one company, that company is the doer
 * (extract/events/roles.ts `standsForSubject`). Nouns for a company only: "the unit" or "the bank" may be another one.
 */
export const COMPANY_STAND_INS = listed('COMPANY_STAND_INS', `company firm group concern corporation`);

/**
 * Descriptions that stand, as a clause's subject after "the", for someone an earlier sentence named (extract/described.ts):
 * a person by a role news gives people ("the Welsh runner", "the 21-year-old singer", "the minister"; an age alone,
 * "the 28-year-old", is read apart), two people named together ("the duo"), a bank ("the bank"). Each is resolved only
 * where exactly one earlier name fits: a role must have been written in a sentence naming its person ("Welsh runner Ann
 * Lee"), since "the coach" of a match report is seldom the player named before him.
 */
export const PERSON_DESCRIPTIONS = listed('PERSON_DESCRIPTIONS', `
  runner sprinter athlete striker midfielder defender winger goalkeeper keeper forward player captain coach manager
  boss champion star singer rapper actor actress director presenter comedian musician guitarist drummer author writer
  minister chancellor premier president senator governor chairman chairwoman founder veteran teenager youngster
`);
export const PAIR_DESCRIPTIONS = listed('PAIR_DESCRIPTIONS', `duo pair couple`);
export const BANK_DESCRIPTIONS = listed('BANK_DESCRIPTIONS', `bank`);
/** The words that make an organisation's name a bank's ("Miro Bank", "Banque Zorbia", "Quantabank"): what "the bank" may stand for. */
export const BANK_NAME_WORDS = /(?:^|\s)(?:bank|banque|banco|banca|bankgesellschaft)(?:\s|$)|\p{Ll}bank$/iu;

/**
 * The shipped gazetteers' lists (src/extract/ner/gazetteers.json) whose names an article's register retypes
 * (src/resolve/type-model.ts): a town's name is its club in a match report, a person's or a firm's name a band's or a
 * work's. Demonyms, holidays and legal forms read the same in every kind of news.
 */
export const REGISTER_RETYPED_LISTS = listed('REGISTER_RETYPED_LISTS', `CITY COUNTRY PERSON FIRST COMPANY`);

/** A person's name's suffix, which the name reader may cut off alone ("John Pope Jr"): no name of its own. */
export const NAME_SUFFIXES = listed('NAME_SUFFIXES', `Jr Sr Jnr Snr`);
/**
 * Words that end a firm named for its founders after "and" ("Pesch and Co", "Len M. House and Associates", "Brown
 * Boveri und Cie", "Smith and Sons"): read alone, they are the tail of that firm's name, not a name. Only these: an
 * institution's head after "and" ("the Fed and Treasury") may stand for it.
 */
export const FIRM_NAME_ENDS = listed('FIRM_NAME_ENDS', `Co Company Cie Associates Partners Sons Brothers Bros`);

/**
 * A company's legal form, written last in its registered name ("Leeds, Inc.", "Pesch Corp", "Williams Cos", a limited
 * partnership's "L.P.", the Danish and Norwegian "A/S"), with or without its period: a list of names that one closes
 * after a comma ("Vell, Orvel, Harrow and Leeds, Inc.") is one firm named for its partners. The one home of the forms
 * (session 42, ent77): shapes.ts `LEGAL_FORMS` is this list as a word's test, read by name extraction and event
 * participants alike.
 */
export const LEGAL_FORMS = listed('LEGAL_FORMS', `Inc Corp Co Cos Ltd Plc PLC LLC LLP LP L.P AG SA S.A NV N.V GmbH SpA BV AB ASA A/S I/S K/S Oyj KK Pty Bhd`);

/**
 * The press: lowercase nouns that say a name is a news outlet ("the official daily Zorbia Matin", "the Quanta news
 * agency": "agency" only after "news" or "press", a government's agency reports its own doings), and the words that end
 * an outlet's own name ("Miro Times", "Quanta Radio", and before "Agency": "Zorbia News Agency"). An
 * outlet that says or reports a happening is its source, not a party (src/resolve/participants.ts `onlyReports`).
 * Not every newspaper head (NEWSPAPER_HEADS): "Express", "Mail", "Star" end firms' names too ("American Express").
 */
export const PRESS_NOUNS = listed('PRESS_NOUNS', `newspaper newspapers daily weekly paper magazine journal radio television broadcaster newsletter`);
export const PRESS_NAME_ENDS = listed('PRESS_NAME_ENDS', `News Press Daily Times Herald Tribune Gazette Journal Radio Television`);
/**
 * Nouns for the organs through which a state acts as itself: written after a place as the subject of a happening's
 * verb ("Zorbia authorities intervened", "Norland officials said", "Zorbian troops attacked"), the place acts, and
 * its page is where a reader looks for what it did. Any other noun a place qualifies ("Norland car makers",
 * "Zorbia corporate bonds") only says whose, and the place is no party (resolve/participants.ts `qualifiesNoun`).
 */
export const STATE_ORGAN_NOUNS = listed('STATE_ORGAN_NOUNS', `authorities authority government governments officials official ministry ministries minister ministers troops forces army navy police delegation delegates negotiators envoy envoys diplomats`);
/**
 * Posts through which a state acts as itself, written as a title between a place and the holder's name ("Norland
 * Governor Ann Vell signed …", "talks with Zorbia Treasury Secretary Karl Brenn", "Pella Mayor …"): the happening is
 * the state's act, and the place is a party, not a describer of the holder (issue 19's missing party; session 49's
 * lead decision, docs/quality-log.md "Session 49 (lead)" point 2; session 50, evt117: 3 such places left out of the
 * train labels of tests/gold/participants-train-s46.json). STATE_ORGAN_NOUNS' posts and the heads of a state's
 * executive. Not a legislator's seat ("Norland Senator Ann Vell", "Rep", "Congressman": where the member is from), and
 * not any title of a body ("chairman", "director", "leader": a firm's and a party's words as often).
 */
export const STATE_POST_HEADS = listed('STATE_POST_HEADS', `
  ${[...STATE_ORGAN_NOUNS].filter((w) => /^(?:minister|envoy|official)s?$/.test(w)).join(' ')}
  governor gov president premier chancellor secretary mayor king queen emperor ambassador ambassadors treasurer
`);
/**
 * A state's chambers and councils, written in a noun phrase a place qualifies ("a Norland legislature committee
 * approved …", "a Zorbia cabinet panel said …", "Norland congressional negotiators agreed …"): the phrase is the state's
 * organ, and as its verb's subject the state acts through it, as through STATE_ORGAN_NOUNS (session 49's lead
 * decision; session 50, evt117). Not "assembly" ("a Norland assembly plant"), "national" or "federal" (a firm's and a
 * team's words as often: "the Norland national airline").
 */
export const STATE_CHAMBER_WORDS = listed('STATE_CHAMBER_WORDS', `legislature legislatures legislative parliament parliamentary congress congressional senate cabinet`);
/**
 * A state written only as its demonym before a noun of its own organs or forces, with no holder's name after it ("the
 * Indian government to agree …", "senior West German monetary officials", "dislodge Iranian troops", "Iranian gunboats
 * attacked …"), or before its forces' deed ("a previous Iranian offensive launched …"): the state acts through them, and
 * is a party of the happening they take part in (session 49's convention; issue 19's missing party, session 52, evt125:
 * 3 train labels of each, tests/gold/participants-train-s46.json). STATE_ORGAN_NOUNS and a state's warships and
 * warplanes; the deeds only its forces do.
 */
export const DEMONYM_BODY_NOUNS = listed('DEMONYM_BODY_NOUNS', `
  ${[...STATE_ORGAN_NOUNS].join(' ')}
  warplanes warships gunboats
`);
export const STATE_FORCES_DEEDS = listed('STATE_FORCES_DEEDS', `offensive offensives attack attacks raid raids invasion bombing bombings shelling`);
/**
 * The only words that may stand between such a demonym and its noun ("senior West German monetary officials", "the
 * Japanese government's"): a rank, or the field of a state's own office. Any other ("Japanese bank officials", "French
 * opposition officials", "Iranian rebel forces") makes the noun another body's, which the demonym only locates.
 */
export const STATE_BODY_QUALIFIERS = listed('STATE_BODY_QUALIFIERS', `senior top high-ranking government state federal central monetary finance financial trade foreign military naval defence defense economic security customs`);

/**
 * Words in such a title that make the post another body's or a past one ("Norland Opposition Party Secretary",
 * "Zorbia Shadow Finance Minister", "Norland's former President"): the place only says where its holder is from.
 */
export const NOT_THE_STATES_POST = listed('NOT_THE_STATES_POST', `opposition party shadow former ex communist socialist labour labor conservative liberal union company bank`);

/**
 * Words that make what a place's possessive owns the state's own body, through which the state acts ("Norland's
 * central bank", "Zorbia's federal reserve", "Norland's cabinet", "Zorbia's national assembly", "Norland's leaders", and
 * the heads of a state's bodies' names, "Norland's Economic Planning Agency", "Zorbia's Fair Trade Commission"):
 * the place stays a party (resolve/place-roles.ts `possessiveDescribes`), as before STATE_ORGAN_NOUNS. Not "state-owned":
 * a state's firm is described by its place, as any firm (tests/gold/place-roles.json labels it so).
 */
export const STATE_BODY_WORDS = listed('STATE_BODY_WORDS', `central federal national cabinet congress senate legislature assembly court courts reserve leader leaders leadership agency agencies commission bureau department office authority board council`);

/**
 * Words for a state acting that a lede writes instead of its name, under a headline whose subject is the state
 * ("U.S. PROBES …" over "Federal law enforcement authorities said they began …", "SPAIN APPROVES AID …" over "The
 * Spanish cabinet agreed …", "SRI LANKA OFFERS …" over "The Central Bank said …"): with no other body or place named
 * before the lede's trigger, the state is a party of the news (src/resolve/events/headline-place.ts; issue 19, session
 * 47, evt107). The organs of STATE_ORGAN_NOUNS and STATE_BODY_WORDS' heads of a state's bodies, and what else a
 * lede writes for a state: its treasury, regulators, "the kingdom", "the country", "the two debtor countries",
 * warplanes and warships. Not "board", "office", "leader": a firm's and a party's words as often.
 */
export const STATE_DESCRIPTION_WORDS = listed('STATE_DESCRIPTION_WORDS', `
  ${[...STATE_ORGAN_NOUNS].join(' ')}
  central cabinet congress senate legislature parliament assembly court reserve agency commission bureau department
  treasury regulators regulator kingdom country countries republic administration regime junta military president premier
  warplanes warships jets
`);

/**
 * Who speaks for a body in a closing report ("…, a syndicate manager for Miro Bank said", "…, an official at the
 * Zorbia Bureau said"): the body behind the one who reports takes no part in what is reported, when the report names
 * another party. A loan's arranger closes the report of a borrower's loan as a bond's lead manager closes an issue's
 * ("…, arranger Miro Finance Ltd said": session 45, evt102, a train lede of reut2-015).
 */
export const REPORTER_ROLES = listed('REPORTER_ROLES', `spokesman spokeswoman spokesperson spokesmen official officials manager managers dealer dealers source sources analyst analysts trader traders economist economists representative representatives executive executives banker bankers arranger arrangers`);
/**
 * Words of handing a paper to an office, before "with" ("filed with the SEC", "in a filing with the SEC", "registered
 * with the Commission", "lodged with the court"): the office after "with" receives the filing and takes no part in the
 * happening it reports ("said in a filing made with the SEC that it holds 450,000 shares"), as the one told does. A rule
 * where the data is silent: TimeML marks no roles, and the tagger reads only the name.
 */
export const FILING_WORDS = listed('FILING_WORDS', `filed filing filings registered registration registrations lodged submitted`);

/** Prepositions before a name that say as often "at Apple" as "at Paris" (left out of PLACE_PREPOSITIONS). */
export const WHERE_OR_WHO_PREPOSITIONS = listed('WHERE_OR_WHO_PREPOSITIONS', `at from to`);

/**
 * Words that say nothing of what happened (English function words, reporting verbs, agency words): two reports of
 * different happenings share them as often as two reports of one (the same-happening model's content words).
 */
export const REPORT_STOPWORDS = listed('REPORT_STOPWORDS', `
  the and for that with from this its was were has have had are been will would could said says told also but not
  which who whom whose their they them there than then into over after before about under more most other some such
  only any all per pct mln dlrs billion million year years week month today yesterday new one two three company
  companies share shares inc corp ltd plc reuters mr mrs ms
`);

/**
 * What a clause's object is read through (`objectOf`, src/resolve/same-happening.ts): forms of "be" (or "get") that
 * make a participle passive, so that its object is the subject before them ("it is itself being sued"); words that are
 * no part of an object's head (articles, possessives, a reflexive, an adverb of the verb group); and words that end the
 * object phrase after an active trigger (prepositions, conjunctions, a relative, a time — "died yesterday",
 * "announced Monday" have none — and a finite verb: "announced it would").
 */
export const PASSIVE_AUXILIARIES = listed('PASSIVE_AUXILIARIES', `is are was were be been being get gets got`);
/**
 * Words that negate a verb: the fast tagger (pos-tagger.ts) tags them Negative, as compromise does, for the callers
 * that read a verb group's negation from its tags.
 */
export const NEGATIONS = listed('NEGATIONS', `not n't never`);
/**
 * Words that may stand between "has"/"have" and its participle in the present perfect ("has not cut", "have already
 * met"), besides adverbs in -ly (src/extract/tense.ts `toldAsRepeated`).
 */
export const PERFECT_INSERTS = listed('PERFECT_INSERTS', `not never already also just now`);
/**
 * Words that open an apposition after a name before its head noun ("Miro, the miner", ", its unit", ", their
 * lawyer"); a possessive name does too (", Quanta's unit"). Read by page-rules.ts `describedAfter`.
 */
export const APPOSITION_OPENERS = listed('APPOSITION_OPENERS', `the a an its his her their`);
/**
 * A form of address or a company form read as a name on its own ("Dr" of "Dr Vell", "Ms" of "Ms Quinlan", "Co" of
 * "Pesch and Co") is a piece of a name the reader cut and tells a reader of the event page nothing: no participant
 * (src/extract/events.ts; the entity keeps its mention). So is the head of an institution's name capitalised alone
 * ("a Bank spokesman said" after "Zorbia's Central Bank", "owed … to Zorbia Shilpa (Industrial) Bank" cut at its
 * brackets): no institution is called "Bank" or "Ministry". Only these: a lone "President", "Congress" or "Office"
 * (the sitcom) may stand for someone. Each is a title or organisation head of the lexicon (tests/events.test.ts
 * checks it).
 */
export const NAME_PIECES = listed('NAME_PIECES', `
  Mr Mrs Ms Miss Dr Sir Prof Rev Gen Col Capt Lt Sgt Sen Rep Co Corp Inc Ltd Plc LLC AG SA NV GmbH Bank Ministry
  Department Company Agency Bureau
`);
export const OBJECT_FILLERS = listed('OBJECT_FILLERS', `
  the a an this that these those its his her their our my your itself himself herself themselves also not already
  now just still again`);
export const OBJECT_ENDS = listed('OBJECT_ENDS', `
  in on at over during with by from for into under amid against after before following including as since until
  without across through towards toward despite among between via of to and or but which who because while
  saying said aged yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december last next earlier later
  is are was were has have had will would could can might should must`);

/**
 * Units an amount is told in, after its number ("437 mln stg", "6.8 pct", "60,500 tonnes", "1.3 mln shares"): what a
 * report's figures are (src/resolve/figures.ts). Scale words first: "437 mln" is an amount whatever follows. Counts of
 * people are not here: sources that count them differently tell one happening (countDisagreements, resolve/events/event-page.ts).
 */
export const AMOUNT_SCALES = listed('AMOUNT_SCALES', `mln million m bln billion bn b trillion tn`);
/** Money's units, of those: a name right before one after an amount names the currency ("40 mln New Zealand dlr"). */
export const CURRENCY_UNITS = listed('CURRENCY_UNITS', `
  dlr dlrs dollar dollars stg sterling pound pounds yen mark marks franc francs lire lira guilders rand ecu ecus sdr
  sdrs euro euros cent cents
`);
/**
 * Nouns that name a finer thing of the one named after them and "of" ("a 3G version of its Qube", "the latest
 * iteration of the Qube", "the third generation of Qube tablets"): the happening is the finer thing's, and the name
 * after "of" is its family. Not a collection ("a lineup of Qube tablets", "a range of"): its members are the thing.
 */
export const FINER_THING_NOUNS = listed('FINER_THING_NOUNS', `
  version versions iteration iterations generation generations edition editions variant variants successor`);
/**
 * Nouns that, capitalised before a number, name a part of a text or a maker's model ("under Chapter 7", "its Model 40
 * loom", "Article 5"), whatever type the name reader gave them; the case table calls most of them "mixed", as it does
 * clubs and firms named by ordinary words ("Harbour 2 Lantern 1"), so the table alone cannot tell. resolve/participants.ts
 * `noParty`.
 */
export const PART_NOUNS = listed('PART_NOUNS', `
  chapter model article section form rule clause paragraph schedule title annex appendix amendment regulation
  directive resolution protocol`);
/**
 * Nouns that make a body another's part ("its Quantex of Zorbia unit", "its subsidiary, Quantex of Zorbia"): a body so
 * written beside its owner is another party, never the owner named again (resolve/participants.ts `ofPlaceAgain`).
 */
export const UNIT_NOUNS = listed('UNIT_NOUNS', `unit units subsidiary subsidiaries division divisions affiliate affiliates arm`);
/**
 * Participles that tell where a body sits, before "in" ("a Pella-based agency", "a firm based in Pella", "headquartered
 * in Pella"): the place after them is the body's home, no party of what the body does (resolve/participants.ts
 * `namesHome`).
 */
export const HOME_PARTICIPLES = listed('HOME_PARTICIPLES', `based headquartered`);
/**
 * Prepositions that tell where a thing is, between a name of a thing or body written inside a noun phrase and a place
 * ("the sale of the Vell Tower Apartments in Pella", "a letter from the Zorbia Embassy in Orlin", "to run five Quanta
 * Superstores near Pella"): the place says where the named thing is, no party of what is told of it
 * (resolve/participants.ts `namesHome`; evt81, on random labels of train pages' places: 4 such places, all
 * describing). Not "from", "to" (a route's ends, a sender) nor "into" (a motion's goal).
 */
export const LOCATING_PREPOSITIONS = listed('LOCATING_PREPOSITIONS', `in at near`);
/**
 * Prepositions that open a noun phrase for people nested in another phrase ("the profits of many banks in Pella", "loans
 * to borrowers in Zorbia", "demands from organised labour in Norland", "made by firms in Orlin"): a place after "in"
 * at the phrase's end locates those people, not the happening (resolve/participants.ts `placeOfPeople`; session 47,
 * evt109: 9 of 10 such places labelled in tests/gold/place-roles.json describe). Not "with" ("opened talks with its
 * bankers' committee in Pella": where the talks are), nor a phrase no preposition opens (the verb's own subject or object).
 */
export const PEOPLE_PHRASE_PREPOSITIONS = listed('PEOPLE_PHRASE_PREPOSITIONS', `of to from by for`);
/**
 * Words of a change of owner, in their forms (sell, buy, acquire, purchase, take a stake, and their nouns): a place
 * after "in", "at" or "near" right after the thing such a word hands over says where that thing is ("agreed to sell
 * its hotels in Pella", "the acquisition of two mills near Orlin", "an offer to buy the sawmill at Orlin"), no setting
 * of the happening and no party of it (resolve/participants.ts `placeOfThingSold`; evt82, on two random picks of
 * train pages' places). Not "move", "withdraw" or "pay": their thing's place may be where the happening is.
 */
export const TRANSFER_WORDS = listed('TRANSFER_WORDS', `
  sell sells sold selling sale sales buy buys bought buying buyout purchase purchases purchased purchasing acquire
  acquires acquired acquiring acquisition acquisitions divest divests divested divesting divestiture stake stakes`);
/**
 * Words of building, opening, closing or expanding something at a site: with such a trigger, or such a word between a
 * word of a sale and the thing, the thing's place is where the happening is ("sold its unit and will build a plant in
 * Pella", "opened an office in Orlin": the setting), and placeOfThingSold keeps it (evt82). Not "hold" and "held":
 * as a participle they describe an owner ("privately held Vell Inc, the owner of two mills in Orlin").
 */
export const SITE_WORK_WORDS = listed('SITE_WORK_WORDS', `
  build builds built building construct constructs constructed constructing construction open opens opened opening
  close closes closed closing shut shuts expand expands expanded expanding expansion`);
/**
 * Heads of the name of a work, not of a body that acts ("Qubewrite Version 1.01", "the Kestrel Creek Project", "Miro
 * Release 2"): a version, model or edition of a product, or a project. Read as an organisation by its capitals, such a
 * name is what is made, launched or worked on, never a body taking part (resolve/participants.ts `noParty`);
 * capitalised before a number it is a part, as PART_NOUNS are. Not "program(me)": a named programme is run by a body
 * and joined as one (MEANTIME annotates "the Zorbix Developer Program" announced as the verb's Arg1: dropping it cost
 * one right party), nor "scheme" or "plan": a pension scheme or health plan is a body that pays.
 */
export const WORK_HEADS = listed('WORK_HEADS', `version release edition model project projects`);
/**
 * Heads of a building's or a venue's name ("Norland Convention Center", "Royal Albert Hall", "the Quanta Arena", "the Miro West
 * center"): a place written after it and "in" says where the building is ("at the Norland Convention Center in Oslo"),
 * as a place after a place does ("Mountain View, California"); the building is where the happening was.
 */
export const FACILITY_HEADS = listed('FACILITY_HEADS', `
  center centre hall theater theatre arena stadium auditorium hotel palace pavilion coliseum colosseum`);
/**
 * Heads of names of gatherings and courts ("the Macworld Conference", "the Paris Air Show", "the High Court"): after
 * "at" or "in", such a name, as a building's (FACILITY_HEADS), is where a happening was — its setting, not who did
 * it or to whom (MEANTIME annotates it ArgM-LOC, not Arg0 / Arg1). resolve/participants.ts `noParty`.
 */
export const GATHERING_HEADS = listed('GATHERING_HEADS', `conference convention expo exhibition fair show summit festival forum`);
/**
 * Nouns for a contest between sides ("the friendly against Norland", "a match against Zorbia"): in a phrase of time or
 * setting after a happening's verb ("was banned for a kick in a match against Norland", "appointed a caretaker for the
 * friendly against Zorbia"), the name after "against" is the opponent in that occasion, not a party of the ban or the
 * appointment (resolve/participants.ts `opponentOfOccasion`). Not "suit", "case" or "campaign": what is filed or waged
 * against someone makes that one a party.
 */
export const CONTEST_NOUNS = listed('CONTEST_NOUNS', `
  match matches game games friendly friendlies fixture fixtures final finals semi-final semi-finals quarter-final
  quarter-finals tie ties clash clashes international internationals qualifier qualifiers test tests bout race derby`);
/**
 * Heads a name other than a place's owns when it is written right before them: the body's or the person's own people,
 * posts, parts and stock ("the Quanta chairman", "Zorbix shares", "the Miro workers", "its Velmar unit", "the Vell
 * administration"). Before such a head the name is whose people or stock act or are dealt in, and it stays a party;
 * before any other common noun ("a new Velmar test", "an Orlin aid package", "Orlin Community steelmakers") it only says
 * of what kind, and is no party (resolve/participants.ts `qualifiesNoun`). The words a company has after "X's"
 * (ORG_POSSESSIONS), a unit's nouns, the nouns before "of X" that make X a company, a state's organs, those who speak
 * for a body, the posts written before or after a name, and the few more a person's, a party's or a club's name owns
 * ("the Vell administration", "the Orlin party whip", "the Quanta squad", "his Orlin counterparts"; a holder's kin,
 * "the Ann Vell family made a bid", "the Vell brothers": the holder acts through them, session 45, evt102);
 * and a body's own kind, which names the body itself ("the Capco group", "the Vell party", "the Quanta union", "Miro
 * corp said": the heads of bodies' names, ORG_HEADS, written in lower case, legal forms, BODY_NOUNS), and a venue's or a
 * gathering's, which names the place or the gathering itself ("outside the Quanta ground", "the Miro conference").
 */
export const NAME_OWNED_HEADS: ReadonlySet<string> = new Set([
  ...ORG_POSSESSIONS, ...UNIT_NOUNS, ...ORG_NOUNS_BEFORE_OF, ...STATE_ORGAN_NOUNS, ...REPORTER_ROLES,
  ...[...TITLE_HEADS, ...TRAILING_TITLES, ...ORG_HEADS, ...LEGAL_FORMS].map((w) => w.toLowerCase()), ...BODY_NOUNS, ...COMPANY_STAND_INS, ...FACILITY_HEADS, ...GATHERING_HEADS,
  ...listed('NAME_OWNED_MORE', `administration team squad side members member leadership counterpart counterparts colleague colleagues whip campaign boss family families brothers ground grounds chief chiefs directors presidents plant plants factory factories mill mills mine mines refinery refineries`),
]);
/**
 * Heads of a noun phrase a place's possessive only locates ("Norland's biggest paper mill", "Zorbia's new pipeline",
 * "the region's staple"): common nouns whose commonest WordNet sense is a physical thing (thing-nouns.json, built by
 * `npm run build-thing-nouns`; eval/build-thing-nouns.ts says which nouns and why), less those that name a body, its
 * unit or a post when they head a noun phrase ("Norland's central bank", "Zorbia's state oil", "its cabinet": the
 * heads of bodies' names in lower case, BODY_NOUNS, UNIT_NOUNS, posts, a state's organs), which stand for the place.
 * Read lazily: only a place's possessive asks (resolve/participants.ts `ownsThing`).
 */
let placeThingHeads: Set<string> | undefined;
export function isPlaceThingHead(word: string): boolean {
  if (!placeThingHeads) {
    const bodies = new Set([...ORG_HEADS, ...TITLE_HEADS, ...TRAILING_TITLES].map((w) => w.toLowerCase()).concat([...BODY_NOUNS, ...UNIT_NOUNS, ...STATE_ORGAN_NOUNS]));
    const nouns = (shippedJson(new URL('./thing-nouns.json', import.meta.url)) as { nouns: string[] }).nouns;
    placeThingHeads = new Set(nouns.filter((w) => !bodies.has(w) && !bodies.has(w.replace(/s$/, ''))));
  }
  return placeThingHeads.has(word);
}
/**
 * Heads of a court's name ("the High Court"): after "at" or "in" it is where a case was heard, as a venue is, but
 * also the body that rules on it, so the event keeps it among its participants, as its place (a venue, FACILITY_HEADS
 * or GATHERING_HEADS, is no participant: resolve/participants.ts `namesSetting`). MEANTIME's Apple timelines list
 * the court with the case lost there.
 */
export const COURT_HEADS = listed('COURT_HEADS', `court`);
export const AMOUNT_UNITS = new Set([...CURRENCY_UNITS, ...listed('AMOUNT_UNITS', `
  pct percent % tonne tonnes ton tons barrel barrels bushel bushels ounce ounces share shares unit units vehicle vehicles
  car cars bpd points
`)]);

/**
 * What a wire reports a figure of, as a headline's subject (src/extract/news-kind.ts): a market, a price or rate, a
 * statistic of a country or a trade ("Japan rubber stocks fall", "Gold opens firmer", "Swedish unemployment
 * steady", "Wall Street stocks closing averages"; the banks' weekly discount "borrowings" and a week's soybean "crush",
 * statistics the judging convention names). Not a company's results (profit, net, sales, earnings): what a company did is its news. A rule where the
 * data is silent: TimeML annotates no headlines, and every "rose" as a happening.
 */
export const MEASURES = listed('MEASURES', `
  price prices rate rates output production exports imports stocks inventories unemployment inflation deficit surplus
  index futures credit reserves supply supplies values dollar yen sterling gold silver currency bonds trade volume
  orders won averages indicators gnp gdp m1 m2 m3 sdr market borrowings crush`);

/**
 * Nouns of a process or an act that a wire reports as a statistic's measure, the subject of a level or a change with
 * its amount ("Utilization of offshore mobile rigs … climbed by 2.1 pct to 38.9 pct", "capacity utilization rose to
 * 79.6 pct", "The net inflow of foreign investment jumped to 7.3 billion dlrs", "New applications for unemployment
 * insurance benefits fell to 340,000", "West German corporate insolvencies totalled 1,099"): WordNet gives them no
 * sense of a quantity (their commonest is an act or a process), so figure-words.json, built from WordNet alone, lacks
 * them. Each word is in a lede of the Reuters train stories (reut2-003 … -021 stories 0–899, no unseen-draw or
 * fresh-slice story) whose subject it heads before a figure's verb and amount, 23 such ledes in all, every one a
 * figure by the judging convention (session 51, evt124); "turnover" stays a company's results (RESULTS).
 * src/extract/figure-lede.ts `quantityHead`.
 */
export const PROCESS_MEASURES = listed('PROCESS_MEASURES', `
  utilization utilisation growth inflow inflows outflow outflows applications completions registrations insolvencies
  failures carloadings ginnings grind population`);

/**
 * The verbs of a figure's move in running text, before its amount ("exports rose 10 pct", "output averaged 2.1 mln"):
 * eval/build-measures.ts learns the measures from the nouns they follow, and a lede in that shape reports a figure.
 */
export const FIGURE_VERBS = listed('FIGURE_VERBS', `
  rose fell rise rises fall falls increased decreased declined climbed dropped jumped gained eased slipped grew
  averaged totalled totaled stood narrowed widened slumped surged edged dipped plunged soared`);

/**
 * What a market prices, as the subject of a figure's move in running text ("Zorbix shares rose 15 cents", "its stock
 * fell 3%"): the move of a share price is a market's figure — nobody did it (the judging convention of session 20,
 * docs/quality-log.md "Judged event pages"), in a body sentence as in a lede. A rule where the data is silent: TimeML annotates the
 * verb as an OCCURRENCE like any other. A company's results ("sales rose") are what it did and are no price.
 */
export const PRICED_SUBJECTS = listed('PRICED_SUBJECTS', `shares share stock stocks`);

/**
 * The verbs that record where a measure stands, as their object ("Norland recorded last year its first surplus",
 * "posted a trade deficit of 2 billion"): a lede in that shape, with a measure (not a company's results) after the
 * verb, reports a figure.
 */
export const FIGURE_RECORDS = listed('FIGURE_RECORDS', `recorded posted registered`);

/**
 * A company's results: the subject of a figure's move as a statistic's is ("net profit rose 10 pct"; an airline's
 * "revenue passenger miles rose", "load factor decreased"), but what a company did is its news (the judging
 * convention), so they are no measures.
 */
export const RESULTS = listed('RESULTS', `
  sales profit profits earnings income revenue revenues turnover losses loss net shares share operations dividend
  dividends miles factor`);

/**
 * How a measure moved or where it stands, right after it in a headline: "rose", "opens firmer", "steady", "put at";
 * "given" and "offered" for a central bank's routine help to its money market, told several times a day ("Norland money
 * market given 71 mln crown assistance", "Norland money market offered lending facilities").
 */
export const FIGURE_MOVES = listed('FIGURE_MOVES', `
  rise rises rose fall falls fell up down steady unchanged widens widened narrows narrowed higher lower firmer easier
  weaker stronger mixed open opens opened close closes closed end ends ended settle settles settled ease eases eased
  gain gains drop drops dropped plummet plummets slip slips jump jumps climb climbs decline declines firm quiet move
  moves put fixed closing opening given offered increase increases decrease decreases`);

/** A regular expression's alternation of the words or phrases of a list, as written ("a|b|c"), escaped. */
export const alternation = (words: Iterable<string>) => [...words].map(escapeRegExp).join('|');

/**
 * The forms of WordNet's deny.v "declare untrue; contradict" (verb.communication): a sport lede's happening told in
 * what its subject denies ("denied that she had withdrawn from the Cup") did not occur as far as the lede
 * tells; the denial is the news, a statement (src/extract/events/triggers.ts `findTrigger`, session 30, evt59).
 */
export const DENYING_VERBS = listed('DENYING_VERBS', `deny denies denied denying`);
/**
 * Verbs whose object is the one told: a gathering after them ("chairman Ann Lee told the annual meeting", "told a
 * meeting of shareholders", "addressed a conference of bankers") is where the statement was made, its hearer, not a
 * happening of the sentence (src/extract/events/triggers.ts `findTrigger`; issue 19, session 46, evt104: session 45
 * found "meeting" made the happening of 2 train pages whose news was the telling).
 */
export const HEARER_VERBS = listed('HEARER_VERBS', `told tell tells telling addressed addresses addressing briefed briefing`);
/**
 * Nouns whose "that" clause after the trigger spells out what the happening's own terms, claims or words are, and so
 * names its parties ("signed an agreement that gives Zorbix the right to buy Quanta", "filed a suit that accuses
 * Quanta of …", "said in a statement that Norland must open its market"): such a clause is not set aside as a thing's
 * relative clause (src/extract/events/not-of-trigger.ts `inThingRelative`; issue 19's other clause, session 49,
 * evt114). The happenings TimeML names by a noun (event-nouns.json) count too.
 */
export const TERMS_NOUNS = listed('TERMS_NOUNS', `
  agreement agreements accord accords pact pacts contract contracts deal deals plan plans proposal proposals offer offers
  bid bids bill bills law laws legislation measure measures resolution motion suit suits lawsuit lawsuits complaint
  complaints petition petitions order orders charge charges claim claims statement statements letter letters release
  notice report reports announcement interview speech note memo message filing filings
`);
/**
 * Statement triggers (src/extract/events/triggers.ts TRIGGERS.statement) whose saying is itself an act: an announcement or a
 * confirmation of what the speaker does, a rejection, a call, a charge, a pledge — README's convention on judging
 * event pages: a statement that is an act (a charge, a denial, an apology, a call) and a party's announced plan are
 * happenings (DENYING_VERBS are the denials). An undated lede whose main verb is one of them is its article's news
 * (events.ts `newsSaying`, session 37, evt80): 11 of 11 such judged BBC train ledes are happenings. Not a plain saying
 * ("said", "says", "told", "stated"), a warning, a claim, an argument, a belief or a criticism: they report a view as
 * often (7 of 10 judged BBC train ledes whose main verb says or tells are states or forecasts).
 */
export const SPEECH_ACTS = listedPhrases('SPEECH_ACTS', `
  announced, announces, confirmed, confirms, rejected, urged, called on, accused, vowed, pledged`);
/**
 * Words after a decision's modal ("said it will …") that make it no decision (events.ts `newsSaying`): "will be"
 * tells a state or a forecast ("said it will be up to four years before …"), "will have to" a duty, "will not" a
 * negation (a negated lede, README's lede kinds).
 */
export const UNDECIDED_AFTER_MODAL = listed('UNDECIDED_AFTER_MODAL', `be have not never`);
/**
 * A moment of play inside a match (issue 19, judged cause match-play): a minute of the game, or a stroke, a kick and
 * where the ball goes. In a sport article's body, a happening told with one ("crashed a drive against the bar after 62
 * minutes", "a try bundled home in the dying minutes", a referee's call when a kick was hoisted) is a move of the match,
 * whose result is the article's news: kept as a report (`not-news`, src/extract/events/extract.ts `momentOfPlay`), as a
 * market's moves are figures. A minute is written with a number or "dying", "closing", "final", "last". "The bar" and
 * "the post" only after a strike ("hit", "struck", "against", "off"): bare, they have other senses ("appointed to the
 * post of assistant coach", review29 finding 4).
 */
export const MATCH_MOMENT_PHRASES = listedPhrases('MATCH_MOMENT_PHRASES', `
  header, headers, free-kick, free kick, volley, cross-field kick, penalty kick, drop goal, corner kick, the crossbar,
  hit the bar, struck the bar, against the bar, off the bar, hit the post, struck the post, against the post,
  off the post, far post, near post, break point, match point, set point, first serve, second serve, rising drive, low drive,
  dying minutes, closing minutes, final minutes, last minute, injury time, stoppage time`);

// ------------------------------------------------------------------ what an article's news is (src/extract/news-kind.ts)

/**
 * Words between a figure's move and its amount (any number too): "rose to", "fell by", "rose a seasonally adjusted",
 * "to a record", "rose a provisional". Anything else there means the number is no amount of the move.
 */
export const AMOUNT_WORDS = listed('AMOUNT_WORDS', `
  a an to by from at some about nearly almost around record seasonally adjusted unadjusted provisional revised further`);
/**
 * Words between a level's verb and its amount besides `AMOUNT_WORDS` (src/extract/figure-lede.ts): where a measure
 * stands is told "at a record high of 4.1 pct", "to an all-time low of 210", "by more than 5 pct", "at just over 3
 * billion": a mark of the scale, not another thing the number is of. A rule where the data is silent (TimeML tags no
 * amounts); an adverb in "-ly" ("rose sharply to") is read over as well.
 */
export const LEVEL_MARKS = listed('LEVEL_MARKS', `high low level of new all-time over under more less than just only peak`);
/**
 * Verbs of where a measure stands, read as a level's verb with an amount after them (figure-lede.ts): "the deficit
 * reached 2.1 billion dlrs", "imports amounted to 40 pct"; with "is", "was" (FINITE_BE) and the change-of-value
 * verbs WordNet gives (figure-words.json) and FIGURE_VERBS. Only with a measure as their subject: a company that
 * reached an accord tells its deal.
 */
export const LEVEL_VERBS = listed('LEVEL_VERBS', `reached reaches amounted amounts hovered hovers remained remains`);
/** Prepositions that open a phrase after a noun phrase's head: the head is before them ("output in the province of …"). */
export const AFTER_HEAD = listed('AFTER_HEAD', `of in for at on from to by with under during excluding including less outside`);
/** Verbs after which a lede's figure is told ("the bank said reserves rose …", "figures showed exports fell …"). */
export const FIGURE_REPORTING = listed('FIGURE_REPORTING', `said says reported announced showed show shows`);
/** Owners of a figure that make it a company's own, its news ("its sales rose"), not a statistic's. */
export const OWNING_PRONOUNS = listed('OWNING_PRONOUNS', `its their our`);
/**
 * Prepositions after goods' sales that name who sells them ("sales of used cars at Zorbix", "… by Zorbix Corp"): with
 * a name after them the figure is that company's results, not a market's statistic ("… in Zorbia" stays a place's).
 */
export const SELLER_PREPOSITIONS = listed('SELLER_PREPOSITIONS', `at by`);
/** Reporting verbs of a headline, after which its figure is told ("API says distillate stocks up"). */
export const HEADLINE_REPORTING = listed('HEADLINE_REPORTING', `says said reports reported`);
/** The word of a forecast's verb group, between a form of "be" and "to" ("are expected to enjoy", "is likely to fall"). */
export const FORECAST_WORDS = listed('FORECAST_WORDS', `expected forecast projected predicted likely unlikely`);
/**
 * The reporting triggers whose ledes may put a view (news-kind.ts `tellsAView`): a statement's words as the trigger
 * reader writes them, and the reporting verb the reported verb is read after.
 */
export const REPORTING_TRIGGERS = listedPhrases('REPORTING_TRIGGERS', `
  said, says, told, stated, claims, claimed, argues, argued, believes, believed, reports, reported that, warned, urged,
  called on, in a statement, said in a statement`);
/** Finite forms of "be" that open a count of what there is ("there were 12 vessels") or a forecast ("are expected to"). */
export const FINITE_BE = listed('FINITE_BE', `is are was were`);
/**
 * Finite verbs of being or feeling, a clause's main verb when no verb follows: a state ("is", "remains", "felt
 * indignation"). Not "be" or "been", which open a passive as often, nor "has": a company that has a contract tells a
 * happening.
 */
export const STATE_VERBS = listed('STATE_VERBS', `is are was were remain remains remained seem seems seemed feel feels felt`);
/**
 * Words of a negated verb group before its main verb ("has not been approached", "did not receive"), skipped with
 * adverbs to reach the verb whose negation is read (news-kind.ts `negatedNews`).
 */
export const NEGATED_GROUP_FILLERS = listed('NEGATED_GROUP_FILLERS', `not never n't been be`);
/** Modals of a decision or a plan in a reported verb group: what the speaker says it will do is news ("said it will sell"). */
export const DECIDING_MODALS = listed('DECIDING_MODALS', `will would shall 'll wo`);
/** Modals of possibility or duty, and negations: a reported verb group the assertion model decides ("could", "should not"). */
export const OPEN_MODALS = listed('OPEN_MODALS', `may might could should must can cannot ought not never no n't`);
/**
 * Modals of possibility in a lede's own verb group ("could help", "may close"): what the lede tells may happen, a
 * forecast, no happening (src/extract/plan.ts), when the TimeML-trained assertion model reads the verb as not asserted.
 * Not the modals of duty or ability ("should", "must", "can"): a demand or a ruling that something must be done is
 * news of its own ("the court said Zorbix must pay"), and so is a decision ("will", `DECIDING_MODALS`).
 */
export const POSSIBILITY_MODALS = listed('POSSIBILITY_MODALS', `may might could`);
/**
 * Verbs of expectation that govern what is to come ("expects to report a loss", "anticipates a charge", "forecast a
 * rise"): TimeML's I_STATE verbs of a view on the future (clause-verbs.json reads "expect" and "anticipate" as views,
 * learned from TimeML's MODAL links) and their kin of forecasting. A lede whose own verb is one of them tells a
 * forecast, not a happening (src/extract/plan.ts). Not the verbs of a wish or intention ("hopes to", "plans to",
 * "seeks to"): news reports an intention its holder announces as news ("is hoping to triple …", "said it plans to
 * close its mill" are judged good pages).
 */
export const FORECASTING_VERBS = listed('FORECASTING_VERBS', `expect expects expecting anticipate anticipates anticipating
  forecast forecasts forecasting predict predicts predicting project projects projecting`);
/**
 * Words of a plan, a want or a proposal that govern an infinitive ("plans to", "a proposal to", "wants to"): what lies
 * in that infinitive's complement is no more asserted than the plan (assertion.ts `underUnassertedInfinitive`).
 */
export const PLAN_WORDS = listed('PLAN_WORDS', `plan plans planned planning want wants wanted wanting hope hopes hoped
  seek seeks sought intend intends intended intention propose proposes proposed proposal proposals aim aims aimed
  expect expects expected try tries tried attempt attempts attempted offer offers offered bid bids`);
/**
 * Between a clause's subject and its verb: auxiliaries and adverbs that are not "-ly" words ("has also acquired", "was
 * later sued"); described.ts `UP_TO_ITS_VERB`.
 */
export const SUBJECT_VERB_FILLERS = listed('SUBJECT_VERB_FILLERS', `also then later again since has have had was were is are been will would`);
/** Reporting verbs between a subject and a pronoun that stands for it ("the company said it bought", "the minister added he …"). */
export const SUBJECT_REPORTING_VERBS = listed('SUBJECT_REPORTING_VERBS', `said says added announced reported`);
/**
 * Pronouns that stand for a person, as an object and as a subject: what a verb's sense takes as its object, from
 * WordNet's frames ("Somebody ----s somebody"), is read from them (src/extract/trigger-sense.ts): "released him from
 * his contract" frees a person, a launch releases something.
 */
export const PERSON_OBJECT_PRONOUNS = listed('PERSON_OBJECT_PRONOUNS', `him her them me us himself herself themselves`);
export const PERSON_SUBJECT_PRONOUNS = listed('PERSON_SUBJECT_PRONOUNS', `he she they we i`);
/**
 * Words after which a clause starts, whose subject is the first phrase after them ("bets on Lee that were dismissed",
 * "…, but was released": src/extract/trigger-sense.ts reads a passive verb's subject there).
 */
export const CLAUSE_START_WORDS = listed('CLAUSE_START_WORDS', `who which that and but while after when because`);
/**
 * Words that end, read backwards from a trigger, the reach of a verb taking a clause before them: a relative, a
 * clause of time, reason, contrast or condition, or a semicolon opens a clause of its own ("helped Acme, which sold
 * …": the selling is not under "helped"; "Lee thinks so, but Acme sold …"). src/extract/assertion.ts.
 */
export const GOVERNED_CLAUSE_ENDS = listed('GOVERNED_CLAUSE_ENDS', `; but which who whom whose when where because after before while although though since until unless if whether`);
/**
 * Words after which a verb group is a relative clause's, not its sentence's ("Acme, which is considering a bid, sold
 * …"): a lede's main verb is read past them. src/extract/state.ts.
 */
export const RELATIVE_OPENERS = listed('RELATIVE_OPENERS', `which who that whose`);
/**
 * The relative pronouns (RELATIVE_OPENERS and "whom"): one before a verb makes that verb a relative clause's, inside a
 * noun phrase ("Quanta and the trust which holds the lease" is a list, not a clause of the trust's), and a comma
 * before "which", "who", "whom" or "whose" is no junction. src/extract/clause.ts.
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([...RELATIVE_OPENERS, 'whom']);
/**
 * Words that open a clause of its own, a relative one or one of time, reason or condition (GOVERNED_CLAUSE_ENDS and
 * RELATIVE_OPENERS): a date told after one and its clause's verb is that verb's ("has begun the offer that it
 * announced yesterday"), and a verb right after one and its subject is its clause's, not its sentence's
 * (src/extract/clause.ts `clauseOpenerBefore`; evt61).
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...GOVERNED_CLAUSE_ENDS, ...RELATIVE_OPENERS]);
/**
 * Words right after a date that open a clause the date is the time of ("since January when Lee resigned", "the week
 * that Quanta fell"): the clause's verb is on that date (TimeML links it so), though a clause mark stands between
 * them (src/extract/events/dating.ts `nearest`, evt61).
 */
export const TIME_RELATIVES = listed('TIME_RELATIVES', `when that`);
/**
 * A headline's words telling a change of a schedule ("Quarterly figures delayed", "Vote postponed to May"): the news is
 * the change, told on the report's day; the day the lede names is the new day of the happening put off, not the
 * change's (src/extract/events/news-dates.ts `scheduledUnder`, evt61). A rule where the data is silent: TimeML annotates no
 * headlines.
 */
export const RESCHEDULING = listedPhrases('RESCHEDULING', `delay, delays, delayed, postpone, postpones, postponed, defer, defers, deferred,
  reschedule, reschedules, rescheduled, put off, puts off, pushed back, pushes back, brought forward, brings forward`);
/**
 * The conjunctions where a second clause with a subject of its own may open, as a bare comma may ("Quanta sued
 * Zorbix and Miro has appealed"): src/extract/clause.ts `ownSubjectClause` decides whether one does.
 */
export const CLAUSE_JUNCTIONS = listed('CLAUSE_JUNCTIONS', `and but`);
/**
 * Prepositions that may lead a sentence's opening phrase ("Under the pact Quanta signed with Miro last spring, …",
 * "With rumours running through the market, …"): no clause, whatever its participle is tagged; its names may be the
 * happening's parties (the other side of an agreement), so no junction after it opens the trigger's clause.
 * src/extract/clause.ts.
 */
export const OPENING_PREPOSITIONS = listed('OPENING_PREPOSITIONS', `under with after before following during in on at for from despite amid since by as`);
/**
 * Prepositions before a noun phrase a participle after it may describe ("under the agreement announced last month",
 * "from the 228 mln dlrs announced yesterday", "under a swap program started last August"): the noun is an object
 * there, never the subject of a clause, so a form in "-ed" after it is no finite verb but a reduced relative clause,
 * whose time is its own (src/extract/events/dating.ts `describingParticipleBefore`; 4 train page-date labels
 * "other-clause-time", tests/gold/page-dates.json, session 52). Not the ones that also open a clause ("after", "before",
 * "since", "as": "after the board approved on Monday" may be a clause of time, its verb finite).
 */
export const OBJECT_PREPOSITIONS = listed('OBJECT_PREPOSITIONS', `under with following during in on at for from despite amid by of to over against into`);
/** Verbs in "-ing" whose object may be a clause ("saying the company acquired …"): no object phrase before a participle. */
export const CLAUSE_TAKING_GERUNDS = listed('CLAUSE_TAKING_GERUNDS', `saying adding noting arguing claiming believing showing indicating suggesting reporting`);
/**
 * Participles of concluding an agreement ("under an agreement signed here Saturday", "as part of a budget accord reached
 * yesterday"): the concluding is the happening what is granted, cut or bought under the agreement is part of, so its
 * day stays the clause's (src/extract/events/dating.ts `describingParticipleBefore`; 1 train page-date label, s48d, and
 * a dev event page, "grants … under an agreement signed here Saturday" — chosen after seeing that dev page, session 52).
 */
export const CONCLUDING_PARTICIPLES = listed('CONCLUDING_PARTICIPLES', `signed reached struck concluded agreed sealed`);
/**
 * What opens a phrase of purpose headed by a noun of aiming or attempting (purpose-nouns.json: "in an effort to win
 * …", "with a pledge to clean up …", "with a view to expanding …", "as part of a drive to cut …"): the prepositions
 * that set such a noun as an adverbial of the verb, telling what its doer means to do. Not "of" ("a letter of intent
 * to buy Zorbix": the noun describes the one before it, whose object the infinitive is), nor "for" or "under" (a
 * verb's own argument: "applied for permission to", "bought under a plan to"). src/extract/clause.ts `purposePhrases`.
 */
export const PURPOSE_OPENERS = listedPhrases('PURPOSE_OPENERS', `in, with, as part of`);
/** The conjunctions of purpose before an infinitive ("cut 400 jobs in order to compete with …"): the same phrase, with no noun. */
export const PURPOSE_CONJUNCTIONS = listedPhrases('PURPOSE_CONJUNCTIONS', `in order to, so as to`);
/**
 * A phrase of time or setting before a contest's noun and "against" ("banned for a foul in the cup tie against
 * Norland"): its prepositions and the determiners or possessives after them. The name after "against" is the
 * occasion's opponent, not a party (src/resolve/participants.ts `opponentOfOccasion`, CONTEST_NOUNS). "out of" and
 * "from" name the occasion a player is ruled out of or withdraws from ("ruled out of Saturday's clash against
 * Norland": session 30, evt59).
 */
export const OCCASION_PREPOSITIONS = listedPhrases('OCCASION_PREPOSITIONS', `in, for, during, before, after, ahead of, out of, from`);
export const OCCASION_DETERMINERS = listed('OCCASION_DETERMINERS', `the a an this next last their his her its`);
/**
 * Verbs of a situation met or a decision pending whose lede told in the present progressive or passive is a state, not
 * the day's happening ("is facing resistance", "is faced with claims", "is looking to takeovers", "is mulling a bid",
 * "is trailing its rival"), where WordNet's commonest sense, which state-verbs.json reads, is a deed ("face":
 * communication, "confront"; "struggle": social; "look": perception) or is counted too rarely in SemCor to be read
 * ("mull", "ponder", "eye"), and TimeML is all but silent (135 present progressives in its train documents, 13 of them
 * states; 29 verb events of these words in all, 6 STATE or I_STATE, read in any clause, none a lede's news).
 * Since session 50 (evt118) also the verbs of a pursuit still under way, an ongoing consideration by the convention of
 * tests/gold/lede-kinds.json ("is discussing an amendment", "is researching the possibility", "is searching for
 * partners", "is pursuing a link", "is preparing for a second agreement"): WordNet's commonest senses are a
 * communication, a motion or a social deed. On the judged train ledes, 8 ledes judged a state read so, no other
 * (Reuters reut2-004 … -015 and BBC train keys); "seeking" left out: 1 state, 3 happenings ("is seeking a facility":
 * the request is the news).
 * src/extract/state.ts `ledeToldAsState`.
 */
export const SITUATION_FORMS = listed('SITUATION_FORMS', `facing faced looking struggling mulling pondering eyeing bracing trailing lagging discussing researching searching pursuing preparing`);
/**
 * Forms of a verb whose commonest WordNet sense is a state of mind (state-verbs.json: "recall", remembering, a
 * cognition) but which, after a form of "be" and before what is recalled, tell a maker's recall of goods it sold, a
 * happening: "said it was voluntarily recalling 20 lots of a drug", "is recalling about 63,000 of its cars". On the
 * Reuters train stories (reut2-003 … -021 stories 0–899, no unseen-draw or fresh-slice story), all 5 ledes with
 * "is/are/was/were recalling" recall goods (cars, lots, tablets, condoms; session 51, evt124); before a clause ("is
 * recalling that …", CLAUSE_OPENERS) the verb is still remembering. src/extract/state.ts `tellsAState`.
 */
export const GOODS_RECALL_FORMS = listed('GOODS_RECALL_FORMS', `recalling recalled`);
/** The present of "be": before an -ing form the present progressive, before a participle the present passive. src/extract/state.ts. */
export const PRESENT_BE = listed('PRESENT_BE', `is are am`);
/**
 * The past of "be" that a reporting verb's clause shifts the present into ("said it was discussing a takeover": it is
 * discussing it as it speaks): read before an -ing form only, and only in the clause a reporting verb hands on
 * (src/extract/state.ts `ledeToldAsState`; session 50, evt118). A participle after it is left alone: on the judged train
 * ledes "said it was included", "was interested" are the news, "was disappointed", "was based" a state.
 */
export const REPORTED_PAST_BE = listed('REPORTED_PAST_BE', `was were`);
/**
 * The tense an auxiliary gives the verb group it opens, as TimeML's annotators mark tense and aspect: the state model's
 * verb-group feature (src/extract/state.ts `verbGroup`; TimeBank + AQUAINT train: 0.43 of present-simple verbs are
 * STATE or I_STATE, 0.10 of present progressives, 0.06 of pasts). "be", "been", "being" mark a progressive or passive
 * and are read past to the auxiliary before them.
 */
export const TENSE_AUXILIARIES: ReadonlyMap<string, string> = new Map([...listed('TENSE_AUXILIARIES', `
  is:present are:present am:present 's:present 're:present do:present does:present was:past were:past did:past
  has:perfect have:perfect 've:perfect had:pastperfect will:future 'll:future shall:future would:modal could:modal
  can:modal may:modal might:modal must:modal should:modal to:infinitive`)].map((e) => e.split(':') as [string, string]));
/** The forms of "be" inside a verb group ("has been sold", "is being sold"): read past, they mark its voice or aspect. */
export const BE_INSIDE_GROUP = listed('BE_INSIDE_GROUP', `be been being`);
/**
 * Words right after a verb that show it takes no clause there: a preposition or "than" ("known as", "expected by",
 * "thought of", "more than expected"), so the verb governs nothing after it. src/extract/assertion.ts.
 */
export const NO_CLAUSE_AFTER = listed('NO_CLAUSE_AFTER', `as for to by in of at with on from about into than`);
/**
 * Words opening a clause of time, reason, concession or condition (clause.ts SUBORDINATE): what it tells is another
 * happening, whose names take no part in the main clause's ("while Zorbix shares fell", "if Zorbix drops its bid").
 */
export const SUBORDINATE_OPENERS = listed('SUBORDINATE_OPENERS', `while whereas although though because after before when since until unless once if`);
/**
 * The SUBORDINATE_OPENERS whose clause, after a trigger-less lede's first clause, may tell news beside it rather than
 * another happening ("Quanta will cut its prices while Miro will raise its own"): its names stay the lede's
 * (src/extract/events/lede-parties.ts `clauseAfter`; session 41, evt91).
 */
export const LEDE_PARALLEL_OPENERS = listed('LEDE_PARALLEL_OPENERS', `while whereas`);
/**
 * Verbs and words after which "if" asks whether, opening what is asked or known, no condition ("wondered if their
 * agreement was of any use"): clause.ts SUBORDINATE.
 */
export const IF_AS_WHETHER_AFTER = listed('IF_AS_WHETHER_AFTER', `wonder wonders wondered ask asks asked know knows knew see sees saw decide decides decided determine determined doubt doubted check checked question questioned unclear clear sure certain`);
/**
 * Nouns whose maker or issuer takes part in what is done to or with them: the agent of a participle describing one
 * ("a lawsuit filed by Quanta", "debt issued by Zorbix", "an offer made by Miro") is their party, no mere describer
 * (clause.ts agentOfDescribingParticiple; nouns of a happening are TimeML's, scheduled.ts isEventNoun).
 */
export const MADE_BY_PARTY = listed('MADE_BY_PARTY', `suit suits lawsuit lawsuits complaint complaints case charges claim claims bid bids proposal debt debentures notes bonds shares securities stock paper issue issues loan loans`);
/**
 * Words of time (and "jointly", "also") that may stand between a participle and its agent's "by" ("issued this week
 * by", "owned jointly by"): clause.ts agentOfDescribingParticiple.
 */
export const AGENT_GAP_WORDS = listed('AGENT_GAP_WORDS', `this last next earlier week month year today yesterday jointly also`);
/** Words opening a clause of reason or time whose subject "it" is the main clause's company ("… because it is being sued"). */
export const REFERENT_CLAUSE_OPENERS = listed('REFERENT_CLAUSE_OPENERS', `because after when since while although though`);
/**
 * The subject pronouns of a clause of reason or time that stand for the main clause's subject, by what they stand
 * for: a company ("… because it is being sued", "after they lost the case": a firm is "they" as often as "it") or a
 * person ("Ann Lee quit after she was charged"). src/extract/events/roles.ts `pronounReferent`.
 */
export const BODY_REFERENT_PRONOUNS = listed('BODY_REFERENT_PRONOUNS', `it they`);
export const PERSON_REFERENT_PRONOUNS = listed('PERSON_REFERENT_PRONOUNS', `he she`);
/**
 * A possessive before a noun for people between the name and such a pronoun ("Ann Lee fired her aide after he was
 * charged") makes that noun the nearer antecedent; a number before one ("sacked 200 workers after they went on
 * strike") does for a plural pronoun: the pronoun then stands for no name ("cut its forecast after it …" still does). src/extract/events/roles.ts `pronounReferent`.
 */
export const ANTECEDENT_POSSESSIVES = listed('ANTECEDENT_POSSESSIVES', `his her its their our`);
export const PLURAL_REFERENT_PRONOUNS = listed('PLURAL_REFERENT_PRONOUNS', `they`);
/** Reflexives that may stand between such a pronoun and its verb ("because it itself was sued"). */
export const REFLEXIVES = listed('REFLEXIVES', `itself themselves himself herself`);
/**
 * Personal pronouns as a verb's object: a second participle told of one ("had appointed Ann Lee and sent her to
 * Pella") acts on the first verb's object, one happening told in two verbs; src/extract/clause.ts `shared`.
 */
export const OBJECT_PRONOUNS = listed('OBJECT_PRONOUNS', `him her them us`);
/** Personal pronouns as a clause's subject ("which it bought", "Ann Lee said she was banned"). */
export const PERSONAL_PRONOUNS = listed('PERSONAL_PRONOUNS', `it he she they we`);
export const SUBJECT_PRONOUNS = new Set([...PERSONAL_PRONOUNS, ...listed('RELATIVE_PRONOUNS', `who which that`)]);
/** Qualifiers by which a description means someone else than the one named with that role ("the new manager", "the former coach"). */
export const OTHER_ONE_QUALIFIERS = listed('OTHER_ONE_QUALIFIERS', `new former other another ex previous next incoming outgoing`);
/** Auxiliaries of a past, perfect, passive or progressive group: what occurred or is going on ("have failed", "is engaged"). */
export const ASSERTING_AUXILIARIES = listed('ASSERTING_AUXILIARIES', `has have had is are was were been being`);

/**
 * Words after which a verb's phrase goes on past an apposition set after its object ("ruled Ann Lee, the champion, out
 * of the final", "sold Miro, its unit, to Zorbix", "accused Ann Lee, its chief, of fraud"): a verb's particle or a
 * preposition that completes the verb. After the apposition's closing comma such a word is no new clause, so a clause
 * title keeps it (resolve/events/clause-title.ts `clauseTitle`). Not a preposition of an adjunct ("in", "on", "at", "for", "as
 * part of a crackdown"): the title ends with the object, as before.
 */
export const VERB_PHRASE_GOES_ON = listed('VERB_PHRASE_GOES_ON', `out off up down away back over into onto to from of with against`);
/**
 * Heads of names of an illness ("Lyme Disease", "Hodgkin's Lymphoma", "Bronchitis"): what befell someone, never a
 * party of a happening (who did it or to whom), whatever type the name reader gave it (resolve/participants.ts `noParty`).
 */
export const ILLNESS_HEADS = listed('ILLNESS_HEADS', `
  disease syndrome disorder flu influenza bronchitis pneumonia cancer lymphoma leukaemia leukemia melanoma tumour tumor
  hepatitis malaria tuberculosis meningitis fever virus infection sclerosis dystrophy palsy`);
/** Words that tell an illness right after them ("diagnosed with", "suffering from"): the name there is no party. */
export const ILLNESS_CUES = listedPhrases('ILLNESS_CUES', `
  diagnosed with, suffering from, suffers from, suffered from, died of, died from, treated for, recovering from,
  battling, ill with, struck down by, struck down with`);

// ------------------------------------------------------------------ event pages (src/resolve/events/)

/**
 * A headline's words of a forecast or a tip (resolve/events/event-page.ts `FORECAST_HEADLINE`): "seen", "expected to", "likely",
 * "tipped", "poised", and a view of what is to come ("confident of accord"). A rule where the data is silent: TimeML
 * annotates no headlines.
 */
export const FORECAST_HEADLINE_WORDS = listed('FORECAST_HEADLINE_WORDS', `
  seen sees expected expect expects forecast forecasts predict predicts likely unlikely could may might optimistic
  pessimistic confident hopeful doubtful tipped poised`);
/** Words that end a company's name in a headline: its legal form or a word of its kind ("INC", "GROUP", "INDS", "SYSTEM"). */
export const COMPANY_WORDS = listed('COMPANY_WORDS', `
  inc corp co cos ltd plc llc lp ag nv sa group inds industries system systems fund trust bancorp bancshares holdings
  companies corporation company laboratories labs partners associates enterprises international int'l`);
/** Words that end a name opening a headline: prepositions and a headline's usual verbs ("WINS APPROVAL FOR QUANTA"). */
export const NOT_OF_A_NAME = listed('NOT_OF_A_NAME', `
  for to on in with at by from over after into against says sees sets wins buys sells gets cuts ups raises plans is are has have`);
/** Verbs that make a participle after them the clause's own verb ("was released by", "has been acquired by"). */
export const PARTICIPLE_AUXILIARIES = listed('PARTICIPLE_AUXILIARIES', `was were is are be been being has have had get got gets`);
/** Words and phrases that join a clause to what came before ("But", "In addition,"): no part of its subject. */
export const CONNECTIVES = listedPhrases('CONNECTIVES', `
  but, and, yet, so, still, also, meanwhile, however, moreover, furthermore, nevertheless, separately, instead,
  in addition, in turn, by contrast, at the same time`);
/** Words before a number that make a count the subject ("At least 82 people were killed", "About 200 workers marched"). */
export const COUNT_OPENERS = listedPhrases('COUNT_OPENERS', `
  at least, at most, more than, fewer than, less than, up to, about, over, nearly, almost, around, some`);
/** Nouns that, after "the", stand for a company named before ("The firm launched …"): a title read alone needs the name. */
export const STAND_IN_SUBJECTS = listed('STAND_IN_SUBJECTS', `firm company group concern`);
/**
 * A title's first words that are no subject: a preposition or conjunction ("Of the 116 papers presented …"), a pronoun
 * with no name to stand for ("It also introduced …"), a relative or a connective.
 */
export const NO_SUBJECT_OPENERS = listed('NO_SUBJECT_OPENERS', `
  of in on at for to from with by as about during after before since under over among between through against despite
  unlike without amid upon until herself himself itself themselves it its he she they we i you there here which who
  what when where while if though although because but and or so yet also both either neither such`);
/** Demonstratives and quantifiers that, right before a verb, stand alone for what came before ("This was rejected …"). */
export const STANDING_ALONE = listed('STANDING_ALONE', `this that these those some many most others several few`);
/**
 * Words that open a phrase after a clause's verb and its object: a clause title longer than a headline ends before
 * one of them, where a phrase ends, never mid-phrase ("… have been charged by the FA over crowd trouble", not "… over
 * crowd trouble during …"). Prepositions of place, time, cause and manner, and the participles news sets after an
 * object ("has criticised Norland's policy on farming saying …"). Not "of" (it completes a noun: "accused Lee of fraud")
 * and not "to" (an infinitive or an object: "appealed to Quanta to cut").
 */
export const TITLE_PHRASE_OPENERS = listed('TITLE_PHRASE_OPENERS', `
  in on at over during with by from for into under amid against after before following including as since until
  without across through towards toward despite among between via saying claiming promising featuring where`);
/**
 * Words of frequency that tell a verb in the present simple as a habit ("usually plays", "often sells"), not a
 * happening with a day (src/extract/tense.ts `toldAsHabit`). A rule where the data is silent: TimeML marks no habit,
 * and links only 6 of TimeBank + AQUAINT's 4,691 training verbs to a SET time ("every quarter").
 */
export const HABIT_ADVERBS = listed('HABIT_ADVERBS', `
  usually often always regularly normally typically generally sometimes frequently rarely seldom routinely occasionally
  habitually traditionally customarily repeatedly constantly daily weekly monthly annually yearly`);
/** Of HABIT_ADVERBS, those that are also adjectives ("weekly sales", "the monthly meeting"): a habit only as an adverb, not before a noun. */
export const HABIT_ADVERBS_ALSO_ADJECTIVES = listed('HABIT_ADVERBS_ALSO_ADJECTIVES', `daily weekly monthly yearly`);
/** Words after which the next word is a noun, not a verb ("the election", "its sale", "20 pct rise"): no verb group to read as a habit. */
export const NOUN_MARKERS = listed('NOUN_MARKERS', `the a an this that these those its his her their our my your of in at for on by with from into pct percent`);
/**
 * Counts of times ("twice", "three times", "several times"): a verb in the perfect with one in its clause ("has cut
 * prices three times this year") sums up happenings of the past, no happening with a day of its own
 * (src/extract/tense.ts `toldAsRepeated`). A rule where the data is silent, as for HABIT_ADVERBS. `COUNTED_TIMES` are
 * the words counting "times".
 */
export const REPEAT_COUNTS = listed('REPEAT_COUNTS', `twice thrice`);
export const COUNTED_TIMES = listed('COUNTED_TIMES', `two three four five six seven eight nine ten several many numerous multiple`);
/** Words after a count of times that make it a measure ("three times as many", "twice the size", "twice a year"), no count of happenings. */
export const MEASURE_AFTER_COUNT = listed('MEASURE_AFTER_COUNT', `a an as the that its their his her more less higher lower larger bigger greater smaller per`);
/** Units of a repeated time ("every week", "each season", "twice a year"): with a verb in the present, a habit. */
export const HABIT_PERIODS = listed('HABIT_PERIODS', `day days week weeks weekend weekends month months year years season seasons morning night evening summer winter spring autumn quarter time`);
/**
 * Spans of the days just before a report that name no calendar date the product keeps ("last week", "earlier this
 * week", "late last week", "a week ago", "last weekend": src/extract/dates.ts keeps no week). A lede whose happening
 * the anchor model (trained on TimeML's TLINKs) puts in one happened before its report, not on the report's day
 * (src/extract/events/news-dates.ts `toldBeforeReport`). A rule where the data is silent: TimeML gives such a span a week's
 * value, and the product has no week's precision.
 */
export const WEEKS_BEFORE = /\b(?:(?:late|early)\s+)?(?:last|this past|earlier this|earlier in the)\s+(?:week|weekend)\b|\ba week ago\b/gi;
/**
 * Words ending in "s" that are no plural noun: after a year written on its own ("closed in 1999 as demand fell", "since
 * 2004 has grown") the year stays a year, where a plural ("in 1995 cars") makes it a count (src/extract/dates.ts).
 */
export const NOT_PLURALS = listed('NOT_PLURALS', `as was is has his its this thus plus us whereas unless less across yes does`);
/**
 * Words and phrases naming a part of a day or the day itself relative to the report ("this afternoon", "tonight"):
 * they name a day though chrono leaves the day uncertain, and they count from the report's day (src/extract/dates.ts).
 */
export const PARTS_OF_DAY = listedPhrases('PARTS_OF_DAY', `today, yesterday, tonight, last night, this morning, this afternoon, this evening`);

// ------------------------------------------------------------------ assertion and participants (src/extract/assertion.ts, src/resolve/participants.ts)

/**
 * TimeML puts a happening under a MODAL link both when it is wanted or tried ("wants to buy", "tried to sell") and
 * when it is decided ("agreed to buy", "has chosen to step down", "voted to strike"); the issue's events include the
 * decided ones, and the annotation does not tell them apart. So, a rule where the data is silent: a happening under
 * one of these verbs (src/extract/assertion.ts), itself asserted, is decided, and trained as asserted.
 */
export const DECISION_VERBS = listed('DECISION_VERBS', `
  agreed agrees decided decides decision chose chosen chooses approved approves voted votes ordered orders forced resolved
  elected opted signed moved`);
/** Words that start no initial of an acronym ("Securities and Exchange Commission" is SEC; src/resolve/participants.ts). */
export const NOT_INITIALS = listed('NOT_INITIALS', `and of the for on in &`);

/**
 * The periods of a year a plan is told for with no date chrono reads ("will open the plant in the second quarter",
 * "plans to list its shares this autumn"; issue 19, session 33, evt70): a quarter or a half by its ordinal, a season by
 * its name. Their months (1–12; winter runs on into the next year's February, 14) are what src/extract/plan.ts
 * `periodsNamed` reads: a period of the report's year that has not ended when the report is told is the plan's own
 * time, at the precision of a year (graph.json's dates have no quarter).
 */
export const PERIOD_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
/** Months of each period unit, by its ordinal (PERIOD_ORDINALS): a quarter three, a half six. */
export const PERIOD_UNIT_MONTHS: Readonly<Record<string, number>> = { quarter: 3, half: 6 };
/** The first and last month of each season, as the northern news of the corpora tells them ("fall" only after "this", "next", "the"). */
export const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };

// ------------------------------------------------------------------ lede dates (src/extract/lede-anchor.ts, src/extract/dates.ts; issue 19, session 34, evt73)

/**
 * Words that tell a time relative to the report ("last week", "this Sunday", "the past month"): the lede-date model
 * (src/extract/lede-anchor.ts) reads such an expression as its own kind, apart from a calendar date.
 */
export const DEICTIC_TIME_WORDS = listed('DEICTIC_TIME_WORDS', `last next this past coming`);
/** An expression that names a day relative to the report: a part of a day (PARTS_OF_DAY) or "overnight". */
export const LEDE_RELATIVE_DAY = new RegExp(String.raw`\b(?:${alternation(PARTS_OF_DAY)}|overnight)\b`, 'i');
/**
 * Period units whose end a date may close ("the quarter ended March 31", "the period ending May 31", "the five weeks
 * ended April 4"): the date is the end of the period a figure is for (src/extract/events/news-dates.ts `endsPeriod`, the lede-date
 * model's `period-end` feature).
 */
export const PERIOD_END_UNITS = listed('PERIOD_END_UNITS', `week weeks month months quarter period year half days`);
/**
 * The words before a date that close a period (PERIOD_END_UNITS): "the quarter ended ", "the year ending Friday, ", and
 * with a comma after the unit, as a counted week is told ("in the 23rd week, ended March 12"; session 50, evt119).
 */
export const LEDE_PERIOD_END = new RegExp(String.raw`\b(?:${alternation(PERIOD_END_UNITS)}),?\s+(?:ended|ending|to)\s+(?:\w+day,?\s+)?$`, 'i');
/**
 * The words before a date that close one week ("the week ended March 13", "the 23rd week, ended March 12", "the week to
 * Friday, March 13"): a weekly figure is for that week, and dated its end, however late the report (README, how event
 * pages are judged; src/extract/events/news-dates.ts `endsWeek`). Not "the five weeks ended April 4", a month's figure.
 */
export const LEDE_WEEK_END = /\bweek,?\s+(?:ended|ending|to)\s+(?:\w+day,?\s+)?$/i;
/**
 * Words that give the day a change takes effect ("raised its crude postings 50 cts, effective Oct 16"; "lowered posted
 * prices with an effective date of October 16"): a day before the report so given is the change's own day, which the
 * lede's act is on, not the report's (tests/gold/page-dates.json: 4 of 20 wrong train page dates; lede-dates.json's
 * convention since session 34). A rule where the data is silent: TimeML links such a day to its event as BEGINS, so the
 * anchor model reads it as no anchor. A later day so given stays the report's (an announced change, src/extract/scheduled.ts).
 */
export const EFFECTIVE_FROM = listedPhrases('EFFECTIVE_FROM', `effective, effective from, effective as of, effective on, with an effective date of, with effect from`);
/**
 * Participles that open the time a planned act starts at ("will be traded separately commencing on Oct 21", "will
 * relocate its headquarters beginning this fall"): no happening of their own, so the time they open is the lede's
 * verb's (src/extract/scheduled.ts `scheduledTime`; tests/gold/page-dates.json: 2 of 20 wrong train page dates). A rule
 * where the data is silent: TimeML links such a time to its event as BEGINS, not as an anchor.
 */
export const STARTING_PARTICIPLES = listed('STARTING_PARTICIPLES', `beginning starting commencing`);
/**
 * Verbs of announcing or informing that open a "that" clause telling a plan ("The Bank of France announced that it will
 * auction … on March 16", "has informed its affiliates that supplies will be 40 pct less … in July"): the plan's time
 * is told of the clause's own verb, past the announcing, as it is past a saying (src/extract/scheduled.ts
 * `plannedGroupAfter`; tests/gold/page-dates.json, session 49). A rule where the data is silent: TimeML annotates no
 * wire ledes' plans.
 */
export const ANNOUNCING_VERBS = listed('ANNOUNCING_VERBS', `announced announces informed informs notified notifies advised advises disclosed`);
/**
 * Day numbers as the wire spells them after a month, in order from one: Reuters spells numbers under ten (578 spelled
 * days in the train stories of reut2-003 to -021, every one of them one to nine). chrono reads ordinals ("March sixth")
 * but not these; compromise reads them only in its full build (compromise/three: 3 s to load beside extraction's
 * compromise/two, session 48 measured), so they are listed.
 */
export const SPELLED_DAY_NUMBERS: readonly string[] = [...listed('SPELLED_DAY_NUMBERS', `one two three four five six seven eight nine ten eleven twelve`)];
/** The words of EFFECTIVE_FROM right before a date (src/extract/events/news-dates.ts `effectiveDay`). */
export const EFFECTIVE_BEFORE = new RegExp(String.raw`\b(?:${alternation(EFFECTIVE_FROM)})\s+$`, 'i');
/**
 * Hedges between a word of EFFECTIVE_FROM and its day ("will cut 259 jobs, effective around May One"): the day is still
 * the one the change takes effect on, told as near.
 */
export const EFFECTIVE_HEDGES = listed('EFFECTIVE_HEDGES', `around about approximately`);
/** The words of EFFECTIVE_FROM, a hedge allowed (EFFECTIVE_HEDGES), right before a date, with the comma that may open them. */
export const EFFECTIVE_AHEAD = new RegExp(String.raw`,?\s*\b(?:${alternation(EFFECTIVE_FROM)})\s+(?:(?:${alternation(EFFECTIVE_HEDGES)})\s+)?$`, 'i');
/**
 * Words that make an act told as to come "effective" a later day a change of a price, a rate or a post (README, how
 * event pages are judged, "effective"): the change is decided now and is its report's day ("will lower its reference
 * rate …, effective June 24", "prices … will be increased … effective January 3", "will assume the added post of
 * chairman effective June One", "will retire effective June 30"), while another act to come so told is an announced
 * plan on that day ("will redeem, effective August One, the notes", "intends to close its works, effective July one",
 * "will cut 259 jobs …, effective around May One"; src/extract/scheduled.ts `effectiveDayOfPlan`). Nouns of a price or
 * rate, nouns of a post and verbs of taking or leaving one; of the 14 train page-date labels of such changes told with
 * a later effective day (tests/gold/page-dates.json, session 50) every one names one of them, of the 3 plans none. With
 * them the verbs of raising or lowering a level (README's "a raise, a cut"; "cut" itself left out, for "will cut 259
 * jobs" is a plan, a train label): added after a dev page ("will raise the margin requirement …, effective March 2")
 * showed the nouns alone miss a rate they do not list (session 51, evt123).
 */
export const PRICE_RATE_OR_POST_WORDS = listed('PRICE_RATE_OR_POST_WORDS', `
  price prices pricing posting postings posted rate rates ratio tariff tariffs fee fees fare fares premium premiums
  surcharge charge charges discount discounts dividend dividends wage wages salary salaries pay
  post posts position office chairman chairwoman president officer director directors executive treasurer secretary
  chief head manager vice
  retire retires retiring retirement resign resigns resigning resignation step steps succeed succeeds replace replaces
  appoint appoints appointed name names named elect elects elected assume assumes promote promoted become becomes
  raise raises raising increase increases increasing lower lowers lowering reduce reduces reducing hike hikes
`);
/**
 * Weekdays as wire tables abbreviate them, which chrono reads as a day: in running text such a word on its own is a
 * name ("Sun Pella Co's Sun Orlin unit": a firm, not last Sunday; "Sat" and "Wed" likewise), for prose writes its
 * weekdays whole. A rule where the data is silent: TimeML's texts write no weekday abbreviated (src/extract/dates.ts).
 */
export const WEEKDAY_ABBREVIATIONS = listed('WEEKDAY_ABBREVIATIONS', `mon tue tues wed thu thur thurs fri sat sun`);
