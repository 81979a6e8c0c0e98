/** Extraction on fixtures of our own: names, types, titles, merges, dates with past bias, events. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { resolveDatesIn } from '../src/extract/dates.ts';
import { findTrigger } from '../src/extract/events.ts';
import { joinOdds } from '../src/extract/joiner.ts';
import { bracketedShortFor } from '../src/extract/entities/words.ts';
import type { IngestedArticle } from '../src/types.ts';

function article(text: string, date: string | null = '2021-12-14', id = 'a'): IngestedArticle {
  return {
    id, file: `${id}.txt`, format: 'plain', title: 'T', date, dateSource: date ? 'header' : null, section: null, source: null, hash: id,
    paragraphs: text.split('\n\n').map((t, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text: t, line: i + 1 })),
  };
}
const names = (text: string) => {
  const x = extractArticle(article(text));
  return Object.fromEntries(x.entities.map((m) => [m.text, `${m.type}${m.canonical !== m.text ? `>${m.canonical}` : ''}`]));
};

/** The article's text finds each whole name and none of the pieces a cut or a glued reading would make. */
function expectWholeNames(text: string, wholes: string[], pieces: string[]) {
  const found = names(text);
  for (const whole of wholes) expect(found).toHaveProperty([whole]);
  for (const piece of pieces) expect(found).not.toHaveProperty([piece]);
}

describe('entity mentions', () => {
  it('reads a party, a nationality or a position before a first name and a surname as what the person is, not the name', () => {
    expectWholeNames('The bill was attacked by Conservative Michael Dorwick on Monday.', ['Michael Dorwick'], ['Conservative Michael Dorwick']);
    expectWholeNames('A vote was called by Liberal Democrat Charles Quennell after the debate.', ['Charles Quennell'], ['Liberal Democrat Charles Quennell']);
    expectWholeNames('The try was scored by New Zealander Graham Vorbeck in the second half.', ['Graham Vorbeck'], ['New Zealander Graham Vorbeck']);
    expectWholeNames('The second try came from Argentine Lucio Varbeck late on.', ['Lucio Varbeck'], ['Argentine Lucio Varbeck']);
    expectWholeNames('The side named Flanker Owen Quennell on Monday.', ['Owen Quennell'], ['Flanker Owen Quennell']);
    // The party's own name, a firm and a first name that is also a word keep their words.
    expectWholeNames('He left the Conservative Party and joined American Express, said Mark Anthony Dorwick.', ['Conservative Party', 'American Express', 'Mark Anthony Dorwick'], ['Anthony Dorwick']);
  });
  it('keeps whole a run the tagger parts into kinds where a compass point opens it, a body named with its country ends it or a surname opens with a particle (ent95)', () => {
    // Each is read as a place and a body (or a person) by the tagger alone, and was parted so before session 49.
    expectWholeNames('The refiner said its new posting for West Norland Sweet is 18 dlrs a barrel.', ['West Norland Sweet'], ['West', 'Norland Sweet']);
    expectWholeNames('A spokesman for the Taiwan Weavers Association told reporters the mission would buy cotton.', ['Taiwan Weavers Association'], ['Weavers Association']);
    expectWholeNames('A U.S. Fisheries Department official said the catch was down.', ['U.S. Fisheries Department'], ['Fisheries Department']);
    expectWholeNames('Oil Minister Tarek al-Vorani said output would stay the same.', ['Tarek al-Vorani'], ['Tarek', 'al-Vorani']);
    // A country before a person is two names still.
    expectWholeNames('The general manager for Canada Hajimu Watanabe told Reuters the unit would open in June.', ['Canada', 'Hajimu Watanabe'], ['Canada Hajimu Watanabe']);
  });
  it('keeps whole a run the tagger ends with a person and parts at an initial: a middle initial, or one opening the surname after a first name (ent96)', () => {
    // Each is read as a body or a place, then a person, by the tagger, and was parted so before session 50.
    expectWholeNames('Varnell Corp said its president had been named chairman, succeeding Glenn W. Bartley, who stays on the board.', ['Glenn W. Bartley'], ['Glenn W.', 'Bartley']);
    expectWholeNames('An analyst at Sanford C. Velbrook said the unit would earn more.', ['Sanford C. Velbrook'], ['Sanford', 'C. Velbrook']);
    // A country before a person's initial is two names still.
    expectWholeNames('The general manager for Canada J. Vorlan told Reuters the unit would open in June.', ['Canada', 'J. Vorlan'], ['Canada J. Vorlan']);
  });
  it('keeps whole a run the tagger reads as a one-word place, then a person ending on a word news writes in lower case (ent101)', () => {
    // Each was parted before session 52 into a place and a "person" ("Vellany Commodities"); whole, it is a body.
    expectWholeNames('Gold dealers at Johnson Vellany Commodities said prices rose.', ['Johnson Vellany Commodities'], ['Johnson', 'Vellany Commodities']);
    expectWholeNames('Exports by Fiji Vorrel Marketing rose, he said.', ['Fiji Vorrel Marketing'], ['Fiji', 'Vorrel Marketing']);
    expect(names('Gold dealers at Johnson Vellany Commodities said prices rose.')['Johnson Vellany Commodities']).toBe('organization');
    // A country before a person whose surname is no common word is two names still.
    expectWholeNames('The general manager for Canada Hajimu Watanabe told Reuters the unit would open in June.', ['Canada', 'Hajimu Watanabe'], ['Canada Hajimu Watanabe']);
  });
  it('keeps whole a first name\'s initials the tagger reads as a body before the surname it reads as a person: a firm named for its founder (ent101)', () => {
    // Each was parted before session 52 into a body ("KL", "R.T.") and a person ("Miller").
    expectWholeNames('"It might be early next week," Jerry Vosk, livestock analyst for KL Miller, said.', ['KL Miller'], ['KL', 'Miller']);
    expectWholeNames('Tom Quist of R.T. Miller said Varnco had a record of completing acquisitions.', ['R.T. Miller'], ['R.T.', 'Miller']);
    expect(names('Tom Quist of R.T. Miller said Varnco had a record of completing acquisitions.')['R.T. Miller']).toBe('organization');
  });
  it('reads no place in a compass point that opens a people\'s adjective the tagger alone reads as a name (ent99)', () => {
    // The tagger reads "West" of "West German" as a place; it was a name of its own, with a page, before session 51.
    expectWholeNames('Vellish aid to Bolivia will rise to 91 mln marks, West German President Anton Vorlecker said.', ['Bolivia', 'Anton Vorlecker'], ['West', 'West German']);
    // The West alone is a name still.
    expectWholeNames('Relations between the West and Moscow improved, officials said.', ['West', 'Moscow'], []);
  });
  it('parts a firm written straight before its officer, whom an apposition gives a post, into the firm and the person', () => {
    expectWholeNames('Belmarsh Group Peter Olvande, president, said sales rose.', ['Belmarsh Group', 'Peter Olvande'], ['Belmarsh Group Peter Olvande']);
    expectWholeNames('Tarnwell Industries Inc Robert K. Fennimore, chairman and chief executive officer, said the bid was low.', ['Tarnwell Industries Inc', 'Robert K. Fennimore'], ['Tarnwell Industries Inc Robert K. Fennimore']);
    // The firm's head before the person is no cue of a body for the person's name, nor does the tagger's span over both type it.
    expect(names('Belmarsh Group Peter Olvande, president, said sales rose.')['Peter Olvande']).toBe('person');
    // With no post after a comma, the run is read as before.
    expectWholeNames('Velbrook Industries Inc Robert K. Fennimore said the bid was low.', ['Velbrook Industries Inc Robert K. Fennimore'], ['Robert K. Fennimore']);
  });
  it("leaves out a sentence's first word that is a verb when the article never writes it with the name again", () => {
    expectWholeNames("Traffic in Varsholm has grown fast this year. Unclogging Varsholm's crowded streets is a concern.", ['Varsholm'], ['Unclogging Varsholm']);
  });
  it('reads a noun for a person of a nation ("Spaniard", "Frenchwoman") before a name as what the person is', () => {
    expectWholeNames('Dutchman Harm Vosberg beat Frenchwoman Camille Vurn and Englishman Tom Vell.', ['Harm Vosberg', 'Camille Vurn', 'Tom Vell'], ['Dutchman Harm Vosberg', 'Frenchwoman Camille Vurn', 'Englishman Tom Vell']);
    // A surname alone after such a noun is the person; an adjective of a nation still opens a firm's name.
    expectWholeNames('Spaniard Varsola won, and Swede Kellqvist lost to him.', ['Varsola', 'Kellqvist'], ['Spaniard Varsola', 'Swede Kellqvist']);
    expectWholeNames('He flew with American Varnair and Swiss Kellen, the airlines said.', ['American Varnair', 'Swiss Kellen'], ['Varnair', 'Kellen']);
    expectWholeNames('Prices rose in Saudi Arabia as the Scottish Varsmen and Welsh Kellen Party gathered.', ['Saudi Arabia', 'Scottish Varsmen', 'Welsh Kellen Party'], ['Arabia', 'Varsmen', 'Kellen Party']);
  });
  it('reads WordNet\'s noun for a person of a nation or city ("Briton", "Welshman", "Londoner") before a first name as what the person is', () => {
    expectWholeNames('Briton Clive Varrow beat Welshman Gareth Vosbey, and Londoner Dan Kellqvist was third.', ['Clive Varrow', 'Gareth Vosbey', 'Dan Kellqvist'], ['Briton Clive Varrow', 'Welshman Gareth Vosbey', 'Londoner Dan Kellqvist']);
    // A first name such a noun also spells opens the person's name: the noun list holds no first names.
    expectWholeNames('Guests included Sami Al Vorrak and Tom Quist.', ['Sami Al Vorrak'], ['Al Vorrak']);
    // Before no first name it may open a body's name.
    expectWholeNames('The Basque Varsmen Party met in Kellen.', ['Basque Varsmen Party'], ['Varsmen Party']);
    expectWholeNames('He joined the European Kira Rights Centre in Kellen.', ['European Kira Rights Centre'], ['Kira Rights Centre']);
  });
  it('reads a nationality, a role or a title before a first name no list holds as what the person is, not the name', () => {
    expectWholeNames('He finished clear of fellow American Brevshan Vackton in Arkansas.', ['Brevshan Vackton'], ['American Brevshan Vackton']);
    expectWholeNames('Director Anuvrag Keshvap said the film would open.', ['Anuvrag Keshvap'], ['Director Anuvrag Keshvap']);
    expectWholeNames('Singer Jenivra Vorbeck took home two awards; Champion Tom Vellan won.', ['Jenivra Vorbeck', 'Tom Vellan'], ['Singer Jenivra Vorbeck', 'Champion Tom Vellan']);
    expectWholeNames('The Californian Thomas Vlattery beat Texan Ross Verot.', ['Thomas Vlattery', 'Ross Verot'], ['Californian Thomas Vlattery', 'Texan Ross Verot']);
    // An initial opens the person's name as a first name does; a body's head or legal form after it keeps the nationality.
    expectWholeNames('Dallas financier and Texan Q. Vorn Quellan bought 5 pct of Dravel Corp.', ['Q. Vorn Quellan'], ['Texan Q. Vorn Quellan']);
    expectWholeNames('American Q. Vorn Holdings bought 5 pct of Dravel Corp.', ['American Q. Vorn Holdings'], ['Q. Vorn Holdings']);
    expectWholeNames('The European Roma Vorbeck Centre said so.', ['European Roma Vorbeck Centre'], ['Roma Vorbeck Centre']);
    // A firm whose last word news writes in lower case keeps its nationality; so do known firms' opening words.
    expectWholeNames('Profits at Canadian Zorbix Mines rose, and American Medical International fell.', ['Canadian Zorbix Mines', 'American Medical International'], ['Zorbix Mines', 'Medical International']);
  });
  it("parts a country written right after an event's head from the event, an award's category from the work after \"for\"", () => {
    expectWholeNames("At the 1995 Varsh Cup Wales' big talk came to nothing, and the Vellan Games England team flew home.", ['Varsh Cup', 'Wales', 'Vellan Games', 'England'], ['Varsh Cup Wales', 'Vellan Games England']);
    // A first name or a body's head before the country is no event's: the person and the body stay whole.
    expectWholeNames('Lord Bill Jordan spoke, and the Awami League Bangladesh met.', ['Bill Jordan', 'Awami League Bangladesh'], ['Lord Bill', 'Awami League']);
    expectWholeNames('Vorbeck won Best Actress for Million Zorbix Baby on Sunday.', ['Million Zorbix Baby'], ['Best Actress for Million Zorbix Baby']);
    // A body's name with "for" keeps it, and so does an event the country opens.
    expectWholeNames('The Campaign for Vellan Disarmament and the Centre for Zorbix Studies met at the Wales Open.', ['Campaign for Vellan Disarmament', 'Centre for Zorbix Studies', 'Wales Open'], ['Vellan Disarmament', 'Zorbix Studies']);
  });
  it('reads a title that small words part whole where the text says it is one (quoted, after a work cue, a capitalised "About", or written whole twice)', () => {
    expectWholeNames("Vorbeck starred in 'Lost in Vellmark Translation' last year.", ['Lost in Vellmark Translation'], ['Lost', 'Vellmark Translation']);
    expectWholeNames('The film Lost in Zorbia won.', ['Lost in Zorbia'], ['Zorbia']);
    expectWholeNames('The prize went to the director of About a Zorb, said Tom Vell.', ['About a Zorb', 'Tom Vell'], ['Zorb']);
    expectWholeNames('It was won by Orlin Vell for On the Quayfront.', ['Orlin Vell', 'On the Quayfront'], ['Orlin Vell for On', 'Quayfront']);
    expectWholeNames('Last year, The Lord Of the Zorbs was named best film.', ['The Lord Of the Zorbs'], ['Lord Of', 'Zorbs']);
    expectWholeNames("Hopes rose after Vellspeare in Lurve won, and Vellspeare in Lurve's producers cheered.", ['Vellspeare in Lurve'], ['Lurve']);
    expect(names("The fans of 'Will and Grace' wept.")).toHaveProperty(['Will and Grace']);
    // Quoted whole, a title that only "for" parts and a common noun opens: not a role before a name.
    expectWholeNames('Pell Orrin was voted the best "Envoy for Chess" on the Quay Tour.', ['Envoy for Chess', 'Pell Orrin'], ['Chess']);
    // Unquoted, "and" parts two titles.
    expectWholeNames('Last year, The Zorbanos and Quayfront won.', ['Quayfront'], ['The Zorbanos and Quayfront']);
    // A place after "in" stays a place; a run written once, with no such sign, stays in its parts.
    expectWholeNames('Mr Vell went to The Hague in the Netherlands.', ['Hague', 'Netherlands'], ['The Hague in the Netherlands']);
    expectWholeNames('The parcel from Orla Quennet in Vellmouth arrived late.', ['Orla Quennet', 'Vellmouth'], ['Orla Quennet in Vellmouth']);
    expectWholeNames('He said Labour in Vellshire lost, and Labour in Vellshire will fight on in Vellshire.', ['Vellshire'], ['Labour in Vellshire']);
    // Written whole twice, but its opening written alone too: two names side by side, not one.
    expectWholeNames('Harbour Town in the Vellcup drew. Fans said Harbour Town in the Vellcup would rise, and Harbour Town agreed.', ['Harbour Town', 'Vellcup'], ['Harbour Town in the Vellcup']);
  });
  it('leaves a sentence-opening "Former" and a trailing "QC" out of the name', () => {
    expectWholeNames('Former Quaytel treasurer Ansel Morrow kept quiet.', ['Quaytel', 'Ansel Morrow'], ['Former Quaytel']);
    expectWholeNames('Former Conservative leader William Vell says he will not stand.', ['William Vell'], ['Former Conservative']);
    expectWholeNames('He met Guy Vellfield QC on Monday.', ['Guy Vellfield'], ['Guy Vellfield QC']);
  });
  it('reads the Portuguese and Spanish particles "do" and "y" inside a name, not "do" after a plural', () => {
    expectWholeNames('Banco do Vellmark and National do Orlin Ltd said so.', ['Banco do Vellmark', 'National do Orlin Ltd'], ['Banco', 'National']);
    expectWholeNames('Americans do Business in Vellmark.', ['Vellmark'], ['Americans do Business']);
  });
  it('leaves a hyphenated military rank ("Major-General", "Rear-Admiral") out of the name after it', () => {
    expectWholeNames('Major-General Tarvo Lindquell, commander of the northern district, said the roads were open.', ['Tarvo Lindquell'], ['Major-General Tarvo Lindquell']);
    expectWholeNames('Rear-Admiral Osk Vellan took command on Friday.', ['Osk Vellan'], ['Rear-Admiral Osk Vellan']);
  });
  it('reads a title head misspelt by one slip ("Preesident") before a name as the title', () => {
    expectWholeNames('He served as Treasury Secretary under Preesident Vorbeck and Minnister Vellan.', ['Vorbeck', 'Vellan'], ['Preesident Vorbeck', 'Minnister Vellan']);
  });
  it('cuts the words up to a describing compound ("X-based", "X-led") off the name they describe', () => {
    expectWholeNames('The stake is held by New York-based Brookehill Partners, it said.', ['Brookehill Partners'], ['New York-based Brookehill Partners', 'New York-based']);
    expectWholeNames('Asher Vellman-led Orlin Group said.', ['Orlin Group'], ['Asher Vellman-led Orlin Group']);
    expectWholeNames('Kestrel tycoon Li Ka-shing bought it.', ['Li Ka-shing'], ['Ka-shing']);
  });
  it('starts a second body at an "and" before a body\'s first word, the same head or the other chamber; one body\'s trades stay joined', () => {
    expectWholeNames('The loan came from Bank of Vellmark and Bank of Orlin, it said.', ['Bank of Vellmark', 'Bank of Orlin'], ['Bank of Vellmark and Bank of Orlin']);
    expectWholeNames('Vellmark Bank and National Bank of Orlin agreed.', ['Vellmark Bank', 'National Bank of Orlin'], ['Vellmark Bank and National Bank of Orlin']);
    expectWholeNames('House and Senate negotiators met.', ['House', 'Senate'], ['House and Senate']);
    expectWholeNames('The Department of Trade and Industry said so.', ['Department of Trade and Industry'], ['Department of Trade', 'Industry']);
    expectWholeNames('Harris Trust and Savings Bank said so.', ['Harris Trust and Savings Bank'], ['Harris Trust', 'Savings Bank']);
  });
  it('joins a body\'s two subjects at "and" where the joiner learnt from training text is sure; two places or bodies stay two', () => {
    // No rule knows these ("Danish" opens no body's name); the joiner (src/extract/joiner.ts) reads "<body> of <subject> and <subject>".
    expectWholeNames('The Danish Department of Enterprise and Employment said so.', ['Danish Department of Enterprise and Employment'], ['Danish Department of Enterprise', 'Employment']);
    expectWholeNames('The Danish Council for Security and Cooperation met.', ['Danish Council for Security and Cooperation'], ['Danish Council for Security', 'Cooperation']);
    expectWholeNames('Zorbia and Pella agreed, as did Vell Corp and Orlin Bank.', ['Zorbia', 'Pella', 'Vell Corp', 'Orlin Bank'], ['Zorbia and Pella', 'Vell Corp and Orlin Bank']);
    expectWholeNames('Britain and France agreed with Quennell and Dorwick.', ['Britain', 'France'], ['Britain and France', 'Quennell and Dorwick']);
  });
  it('joins at "and" by what the article writes elsewhere: a side written alone parts it, a list\'s comma before it parts it (session 43)', () => {
    // The joiner (src/extract/joiner.ts, refitted on judged Reuters train junctions) reads the article's other writings.
    const body = 'The International Federation of Purchasing and Materials Management met.';
    expectWholeNames(body, ['International Federation of Purchasing and Materials Management'], ['International Federation of Purchasing', 'Materials Management']);
    const sold = 'It sold the Second Orvel Building and Loan to a rival.';
    const [b, a] = [['Second', 'Orvel', 'Building'], ['Loan']];
    expect(joinOdds(b, a, `${sold} Second Orvel Building said so, and Loan agreed.`)).toBeLessThan(joinOdds(b, a, sold) - 0.3);
    const list = 'in the Midwestern, Central and Northeastern sections';
    expect(joinOdds(['Central'], ['Northeastern'], list)).toBeLessThan(joinOdds(['Central'], ['Northeastern'], list.replace('Midwestern, ', '')));
    expectWholeNames(`Sales rose ${list}.`, ['Central', 'Northeastern'], ['Central and Northeastern']);
  });
  it('reads two founders\' initials joined by "and" as one firm\'s name', () => {
    expectWholeNames('Shares of Q. and R. Vellmark fell.', ['Q. and R. Vellmark'], ['Q.', 'R. Vellmark']);
    expect(names('Shares of Q. and R. Vellmark fell.')['Q. and R. Vellmark']).toBe('organization');
    expectWholeNames('Q. and R. Vellmark Plc said so.', ['Q. and R. Vellmark Plc'], ['R. Vellmark Plc']);
    // Two letters on each side are two places' initials.
    expectWholeNames('Trade between the U.S. and U.K. rose.', ['U.S.', 'U.K.'], ['U.S. and U.K.']);
  });
  it('keeps "<firm> Co of <place> Ltd" one firm where the tagger parts the firm from the place', () => {
    expectWholeNames('Vellmark Life Insurance Co of Canada Ltd said so.', ['Vellmark Life Insurance Co of Canada Ltd'], ['Vellmark Life Insurance Co', 'Canada Ltd']);
    // Without the closing legal form, "of" and a country may say where the firm is, as before.
    expectWholeNames('Vellmark Mining Co of Canada said so.', ['Vellmark Mining Co'], ['Vellmark Mining Co of Canada']);
  });
  it('ends a name at a word recased after "U.S." that news writes in lower case, unless more of the name follows', () => {
    const found = names('U.S. Firms said they would sell to the U.S. And Japan. It raised 30 mln U.S. Dlrs. The U.S. Government Zorbix Office agreed.');
    expect(Object.keys(found).filter((n) => n.startsWith('U.S.')).sort()).toEqual(['U.S.', 'U.S. Government Zorbix Office']);
    for (const junk of ['Firms', 'Dlrs', 'And']) expect(found).not.toHaveProperty(junk);
  });
  it('ends a name at a word news writes both ways, recased after "U.S.", where the article writes it in lower case', () => {
    // "Bank" and "Equity" are written both ways in news; this article writes "bank" and "equity" in lower case.
    const found = names('Vellmark said the bank would buy shares. One official at a U.S. Bank said equity was cheap. Investors bought U.S. Equity funds.');
    expect(Object.keys(found).filter((n) => n.startsWith('U.S.'))).toEqual(['U.S.']);
    // Where the article never writes the word in lower case, the name stays whole ("U.S. Lines").
    expect(names('Zorvane Corp agreed to buy ships from U.S. Lines, it said.')).toHaveProperty(['U.S. Lines']);
    // Nor where more of a name follows the word ("of Transportation"), though the article writes "department".
    expect(names('The department said so. The U.S. Department of Transportation agreed.')).toHaveProperty(['U.S. Department of Transportation']);
  });
  it('keeps a word after "U.S." whose capital is its own: a ticker after it, or the article writes it alone as a name (session 50, ent97)', () => {
    // "Foundry" is written both ways in news; the article writes "foundry" in lower case too, but also "the Foundry
    // is": the word is the body's own name here.
    const own = names('Ana Vell, director of the U.S. Foundry, said so. Since then the Foundry is old, and the foundry work goes on.');
    expect(own).toHaveProperty(['U.S. Foundry']);
    const ticker = names('Shares of U.S. Timber <UTB> rose 1/2 while timber prices fell.');
    expect(ticker).toHaveProperty(['U.S. Timber']);
    // Capitalised only inside another name ("Orlin Timber Co"), it is cut as before.
    const inside = names('The U.S. Timber market fell, said Orlin Timber Co, as timber prices fell.');
    expect(Object.keys(inside).filter((n) => n.startsWith('U.S.'))).toEqual(['U.S.']);
  });
  it('parts a country\'s initials from the firm a recased noun after them describes, keeping bodies that noun opens', () => {
    expectWholeNames('Madagascar extended its agreement with the U.S. Firm Zorvane Corp for 17 months.', ['U.S.', 'Zorvane Corp'], ['U.S. Firm Zorvane Corp', 'Firm Zorvane Corp']);
    expectWholeNames('Vellmark Ltd plans to float its U.K. Subsidiary Orlin Brewing Ltd to raise cash.', ['U.K.', 'Orlin Brewing Ltd'], ['U.K. Subsidiary Orlin Brewing Ltd']);
    // The noun opens a body's own name where its words end in a body's head; a firm's own initials are no country's.
    expectWholeNames('The U.S. Equal Employment Opportunity Commission dismissed the case.', ['U.S. Equal Employment Opportunity Commission'], ['Employment Opportunity Commission']);
    expectWholeNames('C.T.C. Dealer Holdings Ltd said it agreed.', ['C.T.C. Dealer Holdings Ltd'], ['Dealer Holdings Ltd']);
  });
  it('keeps the article that opens a name with the name, where the tagger reads it apart', () => {
    const found = names("Vellmark Inc's El Dorado Natural Gas Co said it filed new rates.");
    expect(found['El Dorado Natural Gas Co']).toBe('organization');
    expect(found).not.toHaveProperty('El');
    expect(found).not.toHaveProperty('Dorado Natural Gas Co');
  });
  it('reads two firms joined by a slash before one legal form as one firm, other slashes as two names', () => {
    const found = names('The staffs of Zorbix Inc and Vellan Cities/QRB Inc struck. Orlin Dutch/Kestrel Group said so. Pellam Corp/Orlin Inc agreed.');
    expect(found).toMatchObject({ 'Vellan Cities/QRB Inc': 'organization', 'Orlin Dutch/Kestrel Group': 'organization', 'Pellam Corp': 'organization', 'Orlin Inc': 'organization' });
    for (const piece of ['Vellan Cities', 'QRB Inc', 'Kestrel Group']) expect(found).not.toHaveProperty(piece);
  });
  it('reads a unit named with its country\'s dotted initials in brackets and its legal form as one firm', () => {
    const found = names('Zorvex Inc said its unit Zorvex Oil (U.S.) Inc sold a refinery to Quanta Petroleum Ltd. The trader Marrow (U.K.) Ltd bought sugar from Pellan Industrial Co (H.K.) Ltd. The mood in the (U.S.) Congress is bad.');
    expect(found).toMatchObject({ 'Zorvex Oil (U.S.) Inc': 'organization', 'Marrow (U.K.) Ltd': 'organization' });
    expect(Object.keys(found).some((n) => n.startsWith('Pellan Industrial Co (H.K.) Ltd'))).toBe(true);
    for (const piece of ['Zorvex Oil', 'Marrow', 'U.K.', 'H.K.', 'Pellan Industrial Co']) expect(found).not.toHaveProperty(piece);
    expect(found).toHaveProperty('Congress');
  });
  it('reads capitalised words spelled out by the acronym in brackets after them as one name, parted by "and" or not', () => {
    const found = names('The brewer Vellish and Orlin (V&O) is to buy a stake. So the Guild of Zorbix Artists and Writers (Gzaw) has done it.');
    for (const whole of ['Vellish and Orlin', 'Guild of Zorbix Artists and Writers']) expect(found).toHaveProperty([whole]);
    expect(found['V&O']).toMatch(/>Vellish and Orlin$/);
    for (const piece of ['Orlin', 'Guild of Zorbix Artists', 'Writers']) expect(found).not.toHaveProperty(piece);
  });
  it('reads the words an archive marks in angle brackets as one company\'s whole name, not a stock code', () => {
    // A foreign connector, an "and" and a first name opening it cut or retype no name the brackets mark.
    const found = names('PARIS, March 3 - The trading house <Vorlande et Quibel> has sold its stake in <Istituto per la Valmeria Industriale> (IVI) to <Harrow and Quenby Holdings PLC>. Vorlande said it kept its mill. <Marcus Velden Associates> said it was no buyer, nor was <All Vellan Airways>.\n\nVorlande et Quibel said the sale would close in May.');
    // Nothing is stripped from a marked name, not even a word that opens no name elsewhere ("All").
    const marked = ['Vorlande et Quibel', 'Istituto per la Valmeria Industriale', 'Harrow and Quenby Holdings PLC', 'Marcus Velden Associates', 'All Vellan Airways'];
    expect(marked.map((name) => found[name])).toEqual(marked.map(() => 'organization'));
    // Its first word written alone later is the company, as a legal form's firm's is.
    expect(found['Vorlande']).toBe('organization>Vorlande et Quibel');
    expect(found['IVI']).toMatch(/>Istituto per la Valmeria Industriale$/);
    // The marked words written again without brackets are the name again: no piece of them is read.
    expect(names('The house <Vorlande et Quibel> has sold its stake.\n\nVorlande et Quibel said the sale would close in May.')).not.toHaveProperty(['Quibel']);
    for (const piece of ['Quibel', 'Istituto', 'Valmeria Industriale', 'Harrow', 'Quenby Holdings PLC']) expect(found).not.toHaveProperty([piece]);
    // A stock code after a listed firm's name, with its exchange or share class, leaves the name before it whole.
    const coded = names('Orvell AB <ORVL ST> and Tamsin Mills Ltd <TAMS.L> said they would merge.');
    for (const name of ['Orvell AB', 'Tamsin Mills Ltd']) expect(coded).toHaveProperty([name]);
  });
  it('lets the tagger part a line of fixtures in capitals at a function word ("CLEVELAND AT TEXAS"), where it reads two kinds', () => {
    const found = names('Results of games played on Friday (home team in CAPS):\n\nVellan Rovers 4 ORLIN 2\n\nSCHEDULE FOR SATURDAY\n\nCLEVELAND AT TEXAS\n\nBOSTON AT SEATTLE');
    for (const glued of ['CLEVELAND AT TEXAS', 'BOSTON AT SEATTLE']) expect(found).not.toHaveProperty([glued]);
    for (const name of ['CLEVELAND', 'TEXAS', 'BOSTON', 'SEATTLE']) expect(found).toHaveProperty([name]);
  });
  it('leaves out an ordinal in figures after a name that the tagger leaves out (a scorer and his minute)', () => {
    expectWholeNames('Scorers: Gordon Vellan 75th minute, Peter Dorwick 81st.', ['Gordon Vellan', 'Peter Dorwick'], ['Gordon Vellan 75th', 'Peter Dorwick 81st']);
  });
  it('ties a name spelled out by an acronym in brackets across a small word inside it ("in") and spaced brackets', () => {
    expectWholeNames('Talks were held by the Council for Trade in Vellish Grain (CTVG) on Monday.', ['Council for Trade in Vellish Grain'], ['Council for Trade', 'Vellish Grain']);
    expectWholeNames('Talks were held by the Council for Trade in Vellish Grain ( CTVG ) on Monday.', ['Council for Trade in Vellish Grain'], ['Council for Trade', 'Vellish Grain']);
  });
  it('opens no name at one letter before a slash and another ("N / A" in a table)', () => {
    expect(names('Shares offered by company N / A. Shares outstanding N / A.')).not.toHaveProperty(['N']);
  });
  it("joins a body's head word alone to the one body ending in it that the article named before, not to one of two", () => {
    const found = names('The Vellan Agriculture Department said prices rose. In its report, the Department said rates fell.');
    expect(found['Department']).toBe('organization>Vellan Agriculture Department');
    const two = names('The Orlin Stock Exchange and the Orlin Futures Exchange said so. By the end of the year, the Exchange said.');
    expect(two['Exchange']).toBe('organization');
  });
  it('joins "on" only after the head of a body or an agreement, not after a firm\'s head', () => {
    expectWholeNames('Orlin Partners on Vellan field agreed. The Zorbian Committee on Farm Policy met.', ['Orlin Partners', 'Vellan', 'Zorbian Committee on Farm Policy'], ['Orlin Partners on Vellan']);
  });
  it('reads a legal form written with a slash as one word of the firm\'s name', () => {
    expectWholeNames('Orlin Zorbix A/S said it sold its stake to Vellan Holding K/S on Monday.', ['Orlin Zorbix A/S', 'Vellan Holding K/S'], ['Orlin Zorbix A', 'S', 'K']);
  });
  it('ends a station\'s name with its number, and a DJ after it is no part of it', () => {
    const text = 'Listeners of Radio 4 and Channel 4 complained. Radio 1 DJ Vellan Orwig said so on Radio 4\'s news show.';
    expectWholeNames(text, ['Radio 4', 'Channel 4', 'Radio 1', 'Vellan Orwig'], ['Radio', 'Channel', 'Listeners of Radio']);
  });
  it('reads a proper name after a head\'s "and" as a second body, and common trades after it as the same body', () => {
    const text = 'Kestrel Steel and ORX merged. The Vellan Gas and Electric Co and the Orlin Securities and Exchange Board said so.';
    expectWholeNames(text, ['Kestrel Steel', 'ORX', 'Vellan Gas and Electric Co', 'Orlin Securities and Exchange Board'], ['Kestrel Steel and ORX']);
  });
  it('joins a head cut from a longer name to no other body of the article', () => {
    const found = names('The Vellan Justice Department sued. Jobs at the Department of the Environment, Food and Rural Affairs went.');
    expect(found['Department']).toBe('organization');
  });
  it('joins "on" after a head word into one name with its subject, and "on" elsewhere not', () => {
    const found = names('The bill extends the life of the National Commission on Farm Policy. The Orlin Agreement on Tariffs and Trade met. Vellmark Inc on Ohio said.');
    for (const whole of ['National Commission on Farm Policy', 'Orlin Agreement on Tariffs and Trade', 'Vellmark Inc', 'Ohio']) expect(found).toHaveProperty([whole]);
    for (const piece of ['Farm Policy', 'Orlin Agreement', 'Tariffs']) expect(found).not.toHaveProperty([piece]);
  });
  it("parts a name the article writes on its own from the name its possessive owns, where the tagger reads one", () => {
    const found = names("A Vellan Cymru MP believes security services were involved. Vellan Cymru's Elfyn Orwig has suggested the security services could have been involved. He said Vellan Cymru and the nationalist vote were the target.");
    expect(found).toHaveProperty(['Elfyn Orwig']);
    expect(found).not.toHaveProperty(["Vellan Cymru's Elfyn Orwig"]);
  });
  it('keeps a place and a firm of common words and a legal form as one firm where the tagger reads two', () => {
    const found = names('Its board withdrew its backing in light of a competing revised bid from U.S. Air Group Inc <U>. Continental Grain Co of New York won the cargo.');
    expect(found['U.S. Air Group Inc']).toBe('organization');
    expect(found).not.toHaveProperty('Air Group Inc');
    expect(found).toMatchObject({ 'Continental Grain Co': 'organization', 'New York': 'place' });
  });
  it("reads a team sheet's players as people, its clubs apart, and a substitution as two players", () => {
    const found = names('Zelnik; Marrow, Tavy, Orsk (Quillam 65), Brenner; Wexley, Danforth (Stade Vellan); Ulbrandt, Korsgaard, Pettifer (Hollis 70).');
    for (const player of ['Zelnik', 'Marrow', 'Tavy', 'Orsk', 'Quillam', 'Brenner', 'Wexley', 'Danforth', 'Ulbrandt', 'Korsgaard', 'Pettifer', 'Hollis']) expect(found[player]).toBe('person');
    expect(names('Replacements: Danaher for Gustard, Orsk, Tavy.')).not.toHaveProperty('Danaher for Gustard');
  });
  it("reads a short list after a sheet's label as players, the label no name", () => {
    const found = names('Vellan won 2-0 at home. Subs Not Used: Quorrel, Kabbin, Dravesh. Booked: Ostrander, Pelloux.');
    for (const player of ['Quorrel', 'Kabbin', 'Dravesh', 'Ostrander', 'Pelloux']) expect(found[player]).toBe('person');
    expect(found).not.toHaveProperty('Subs Not Used');
  });
  it('reads a list of initials and surnames as a team sheet, the letter "A" an initial there', () => {
    const found = names('The squad was named. A Vellish, D Orlin, S Bracken, A Hazlet, M Dorrow, A Goodlan, O Smyth.');
    for (const player of ['A Vellish', 'D Orlin', 'S Bracken', 'A Hazlet', 'M Dorrow', 'A Goodlan', 'O Smyth']) expect(found[player]).toBe('person');
    expect(found).not.toHaveProperty('Hazlet');
  });
  it("reads a dateline's city as one place, written as a name, and an abbreviated state after it as that state", () => {
    const lede = (dateline: string) => names(`${dateline}, April 9 - Vellmark Industries Inc said it would close its plant for two weeks in the summer to retool its lines.`);
    expect(lede('ST. ALDER, MINN')).toMatchObject({ 'St. Alder': 'place', Minn: 'place>Minnesota' });
    expect(lede('OAK VELLAN, Ill.')).toMatchObject({ 'Oak Vellan': 'place', Ill: 'place>Illinois' });
    expect(lede('CITY OF LORO')).toMatchObject({ 'City of Loro': 'place' });
    expect(lede('SAN LORO, Calif.')).toMatchObject({ 'San Loro': 'place', Calif: 'place>California' });
    expect(names('The plant of Vellmark Industries Inc in Dunmore, Pa., will close.')).toMatchObject({ Pa: 'place>Pennsylvania' });
  });

  it('reads a word with a lower-case initial and a capital inside as a name, a product unless a legal form or cue says firm', () => {
    const found = names('iCamera sales rose as the iKettle and the eBook led. eGarden Inc bought Orlin Group. eGarden said it was pleased.');
    expect(found).toMatchObject({ iCamera: 'other', iKettle: 'other', eBook: 'other', 'eGarden Inc': 'organization', eGarden: 'organization>eGarden Inc' });
    expect(names('The company iCamera said so.').iCamera).toBe('organization');
    // Units, an acronym after a prefix, a typing slip and two words run together keep their lower-case initial: no names.
    expect(Object.keys(names('The plant made 40 kWh of power and the mRNA vaccine helped, Orlin said.'))).toEqual(['Orlin']);
    expect(Object.keys(names('The bVella shop in ofVellmark closed and the eLectorate voted, Orlin said.'))).toEqual(['Orlin']);
  });
  it('strips titles and possessives, and types by head words, shapes and cues', () => {
    const found = names(
      'Deputy Foreign Minister Anna Kowalczyk met executives of BrightLoop, the software company, in Lower Saxony Province. ' +
        'The Ministry of Trade said Kowalczyk’s visit was welcome. The Harbour Watch campaign group said it was worried.',
    );
    expect(found['Anna Kowalczyk']).toBe('person');
    expect(found['Kowalczyk']).toBe('person>Anna Kowalczyk');
    expect(found['BrightLoop']).toBe('organization');
    expect(found['Lower Saxony Province']).toBe('place');
    expect(found['Ministry of Trade']).toBe('organization');
    expect(found['Harbour Watch']).toBe('organization');
    expect(Object.keys(found)).not.toContain('Deputy Foreign Minister Anna Kowalczyk');
  });

  it("reads a title's portfolio (\"of State\", \"of the Exchequer\", \"for Health\") as the title's, not the name's", () => {
    const found = names('U.S. Secretary of State Anna Kowalczyk flew in. Chancellor of the Exchequer Tomas Verlind spoke. ' +
      'She met the Minister of State for Trade, Ola Brenner, and Minister of Finance Idris Vellan. He wrote to the Secretary of State for Health.');
    for (const person of ['Anna Kowalczyk', 'Tomas Verlind', 'Ola Brenner', 'Idris Vellan']) expect(found[person]).toBe('person');
    for (const junk of ['State Anna Kowalczyk', 'Exchequer Tomas Verlind', 'Finance Idris Vellan', 'Health', 'State for Health', 'State for Trade']) expect(found).not.toHaveProperty(junk);
  });

  it('reads an occupation that opens a sentence before a first name as what the person is, not their name', () => {
    const found = names('Singer Tomas Verlind will spend the weekend in jail. Novelist Ola Brenner won. Attorney Idris Vellan said so. DJ Anna Kowalczyk played. The DJ left.');
    for (const person of ['Tomas Verlind', 'Ola Brenner', 'Idris Vellan', 'Anna Kowalczyk']) expect(found[person]).toBe('person');
    for (const junk of ['Singer Tomas Verlind', 'Novelist Ola Brenner', 'Attorney Idris Vellan', 'DJ Anna Kowalczyk', 'DJ']) expect(found).not.toHaveProperty(junk);
  });

  it('keeps a function word capitalised inside a sentence as the first word of a title, not after a quote', () => {
    const found = names("Her song Here We Go Vellano won. They praised the album My Zorbic World. Orlin's Like Tin Soldiers fell.");
    for (const title of ['Here We Go Vellano', 'My Zorbic World', 'Like Tin Soldiers']) expect(found).toHaveProperty([title]);
    for (const cut of ['We Go Vellano', 'Zorbic World', 'Tin Soldiers']) expect(found).not.toHaveProperty([cut]);
    expect(names('Subs Not Used: Orlin, Vask.')).not.toHaveProperty(['Not Used']);
    expect(names('He said: "Like Orlin I want to stay."')).not.toHaveProperty(['Like Orlin']);
  });

  it('reads a weekday between "the" and a newspaper\'s head as the paper\'s name, not a date', () => {
    const found = names('He told the Sunday Vellish Times. The claims were in the Sunday Telegraph. On Sunday Times Square was empty.');
    expect(found).toHaveProperty(['Sunday Telegraph']);
    expect(found).not.toHaveProperty(['Telegraph']);
    expect(found).toHaveProperty(['Times Square']);
    expect(found).not.toHaveProperty(['Sunday Times Square']);
    // After "and", "The" opens the next paper's name.
    expect(Object.keys(names('The Sunday Times and The Sunday Telegraph oppose it. Reports in the Vellish Times and The Orlin Observer agreed.')).sort()).toEqual(['Orlin Observer', 'Sunday Telegraph', 'Sunday Times', 'Vellish Times']);
    // Nor does it end a name the tagger reads up to it.
    expect(names('It bought Vellan Inc, publisher of the Orlin News Daily Press and The Times-Herald.')).toHaveProperty(['Orlin News Daily Press']);
  });

  it('reads a firm named after a person as one firm, and the lone name after it as that firm', () => {
    // The tagger reads "Ashcroft" as a person and "Shipyards Corp" as a firm; "Garfield" alone as a person.
    expect(names('DALLAS, March 3 - Ashcroft Shipyards Corp said sales rose. Ashcroft said it would grow.')).toMatchObject({ 'Ashcroft Shipyards Corp': 'organization', Ashcroft: 'organization>Ashcroft Shipyards Corp' });
    expect(names('DALLAS, March 3 - Garfield Mines Ltd said sales rose. Garfield said it would grow.')).toMatchObject({ Garfield: 'organization>Garfield Mines Ltd' });
    // A person of the story ending with that word stays the person.
    expect(names('Ann Garfield of Garfield Mines Ltd said sales rose. Garfield said it would grow.')).toMatchObject({ Garfield: 'person>Ann Garfield' });
  });
  it('reads a title word inside a firm or a law ("General", "Justice") as a word of its name, not a title', () => {
    const found = names('Zorblax General Corp said sales rose. Talks with Farben Detective Agency Inc ended. The men were charged under the Vellish Justice Act.');
    expect(found).toMatchObject({ 'Zorblax General Corp': 'organization', 'Farben Detective Agency Inc': 'organization', 'Vellish Justice Act': 'other' });
    for (const cut of ['General Corp', 'Detective Agency Inc', 'Justice Act']) expect(found).not.toHaveProperty(cut);
    // A person after a firm's title is still that person: "Zorblax Chairman Ivo Brandt".
    expect(names('Zorblax Chairman Ivo Brandt said so.')).toMatchObject({ Zorblax: 'organization', 'Ivo Brandt': 'person' });
    // A title joined to a firm by "of" is someone's title at the firm: the firm is the name.
    const titled = names('She resigned as Vice Chairman of Zorblax Inc. on Monday.');
    expect(titled).toHaveProperty(['Zorblax Inc.']);
    expect(titled).not.toHaveProperty(['Vice Chairman of Zorblax Inc.']);
    // A founder's name that the shipped city list also holds opens its firm's name ("Preston's Zorb Co").
    expect(names("Preston's Zorb Co said it agreed to sell.")).toHaveProperty(["Preston's Zorb Co"]);
  });
  it('reads no quotation closed by a plural possessive\'s apostrophe after a double quote mark', () => {
    // '"None of the Vellists\'' was read as a quoted title from the double mark to the apostrophe.
    const found = names('The minister said: "None of the Vellists\' sums add up, so they cannot make these savings."');
    expect(found).not.toHaveProperty(['None of the Vellists']);
    expect(found).toHaveProperty(['Vellists']);
    // A title quoted in single marks stays whole.
    expect(names("She starred in 'Lost in Orlin' last year.")).toHaveProperty(['Lost in Orlin']);
  });
  it('keeps the word before a title word inside a firm ("<X> General <Y> Corp") when the tagger reads the run as one name', () => {
    // The rules part the run at "General" (a title head); the tagger reads it whole, and the prefix stands nowhere alone.
    const found = names('The group agreed to sell Zorvane General Plastics Corp to a rival for cash.');
    expect(found).toHaveProperty(['Zorvane General Plastics Corp']);
    for (const cut of ['Zorvane', 'General Plastics Corp']) expect(found).not.toHaveProperty([cut]);
    expect(names('The group agreed to sell Quillmont General Medical Corp and two mills.')).toHaveProperty(['Quillmont General Medical Corp']);
  });


  it('makes no names of weekdays, months, sentence-initial words, lone titles or nationalities', () => {
    const found = names('On Friday, the President spoke. Earlier, Italian officials met in May. However, Minister said nothing on Monday.');
    for (const junk of ['Friday', 'On', 'President', 'Earlier', 'Italian', 'May', 'However', 'Minister', 'Monday']) expect(found).not.toHaveProperty(junk);
  });

  it('makes no name of a common noun that opens a sentence, but keeps a name there', () => {
    const found = names('Human rights groups protested. Security forces fired. Veltrano said it would appeal. Climate change was not discussed.');
    for (const junk of ['Human', 'Security', 'Climate']) expect(found).not.toHaveProperty(junk);
    expect(found).toHaveProperty('Veltrano');
  });

  it('keeps the \'s of a name that possesses nothing, and joins its possessive uses to it', () => {
    const found = names("Drinks at Harrowby's, the chain said, cost more. Harrowby's said prices rose. Harrowby's shops opened. Britain's economy grew.");
    expect(found["Harrowby's"]).toBe('organization');
    expect(found['Harrowby']).toBe("organization>Harrowby's");
    expect(found['Britain']).toBeDefined();
    expect(Object.keys(found)).not.toContain("Britain's");
  });

  it('leaves out a title written after a name, and makes no name of a title\'s plural', () => {
    const found = names('Harriet Vell MP said the vote was lost. A Whig MP said so too. The Orbex CEO said sales rose. Labour MPs and MEPs met Ravi Senn, MP for Ashdown.');
    expect(found['Harriet Vell']).toBe('person');
    expect(found['Whig']).toBeDefined();
    expect(found['Orbex']).toBeDefined();
    expect(found['Ashdown']).not.toBe('person');
    for (const junk of ['Harriet Vell MP', 'Whig MP', 'Orbex CEO', 'Labour MPs', 'MPs', 'MEPs']) expect(found).not.toHaveProperty(junk);
    const lone = names('The MP said the vote was lost. Ms Vell said Mrs Orme agreed.');
    for (const junk of ['MP', 'Ms', 'Mrs']) expect(lone).not.toHaveProperty(junk);
  });

  it('reads a partnership\'s "and Co" as part of its name, and "and" after a legal form as the start of the next firm', () => {
    const found = names('Shares were sold by Harlan Vost and Co Inc and Drewe Brothers Inc, dealers said. Analysts at Pell Morrow and Co said so.');
    expect(found['Harlan Vost and Co Inc']).toBe('organization');
    expect(found['Drewe Brothers Inc']).toBe('organization');
    expect(found['Pell Morrow and Co']).toBe('organization');
    for (const junk of ['Co Inc', 'Co', 'Harlan Vost', 'Pell Morrow']) expect(found).not.toHaveProperty(junk);
  });

  it('keeps a name parted at "and" whole where the article writes it whole with its legal form elsewhere', () => {
    const found = names('A group owns 786,800 shares of Varnell and Hoskin Co common stock. It bought Varnell and Hoskin common shares in June.');
    expect(found['Varnell and Hoskin']).toBe('organization>Varnell and Hoskin Co');
    for (const piece of ['Varnell', 'Hoskin']) expect(found).not.toHaveProperty([piece]);
    // Without the whole name written anywhere, two names joined by "and" stay two.
    expectWholeNames('It bought Varnell and Hoskin shares in June.', ['Varnell', 'Hoskin'], ['Varnell and Hoskin']);
  });

  it("reads a word alone that opens the one person's name the article writes whole as that person, not a surname after \"Mr\"", () => {
    const found = names('Scrum-half Brad Kellner was recalled. "I would bring Brad back," the coach said.\n\nSir Norvan Pelk was knighted. Sir Norvan thanked them.');
    expect(found['Brad']).toBe('person>Brad Kellner');
    expect(found['Norvan']).toBe('person>Norvan Pelk');
    // A surname written first ("Zhou" of "Zhou Daoqing") is no listed first name, and joins after "Mr" too.
    expect(names('The tycoon Zhou Daoqing bought shares. Mr Zhou said he would hold them.')['Zhou']).toBe('person>Zhou Daoqing');
    // A first name after "Mr" is someone's surname; two persons opening with the word leave it apart.
    expect(names('The MP Howard Trelk quit. Mr Howard said he was sorry. Howard Trelk disagreed.')['Howard']).toBe('person');
    expect(names('Brad Kellner and Brad Osterly were recalled. "Brad was ready," the coach said.')['Brad']).toBe('person');
    // A "person" ending in a common word is a firm or club read as one: a word opening it stays apart.
    expect(names('Wright Vell Engineers said. Wright bought it.')['Wright']).not.toMatch(/>/);
    expect(names('Wright Vell Rock and Wright Vell Orlan said. Wright bought them.')['Wright']).not.toMatch(/>/);
    // A word that opens a name of another kind too may be that name's: it says not which.
    expect(names('Scrum-half Brad Kellner was recalled. "I would bring Brad back," the coach said. Brad Holdings Ltd sponsors the club.')['Brad']).not.toMatch(/>/);
    // A dateline's city that is also a first name stays the city.
    expect(names('AUSTIN, Texas, March 20 - Austin Vellmar said he sold the unit.')['Austin']).toBe('place');
  });

  it('reads a firm named for its founders whole where "and Sons" or "and Associates" ends it, with no legal form after', () => {
    const found = names('The notes were placed by Vell-Harrow and Associates and by Orvel and Sons, brokers said.');
    expect(found['Vell-Harrow and Associates']).toBe('organization');
    expect(found['Orvel and Sons']).toBe('organization');
    for (const piece of ['Vell-Harrow', 'Associates', 'Orvel', 'Sons']) expect(found).not.toHaveProperty([piece]);
    // A firm's own name that holds such a word after its first word stays its own ("Lehman Brothers", "Salomon Brothers").
    expectWholeNames('Vellan Brothers and Orlin Brothers led it.', ['Vellan Brothers', 'Orlin Brothers'], ['Vellan Brothers and Orlin Brothers']);
  });

  it('reads two words news writes as one name of partners (the learned table) as one firm where the article writes neither alone', () => {
    // The table's pairs are learned from news; these two are firms written so in it, the sentences around them invented.
    const found = names("The notes were rated by Standard and Poor's on Monday, said analysts at Coopers and Lybrand.");
    expect(found["Standard and Poor's"]).toBe('organization');
    expect(found['Coopers and Lybrand']).toBe('organization');
    for (const piece of ['Standard', 'Poor', "Poor's", 'Coopers', 'Lybrand']) expect(found).not.toHaveProperty([piece]);
    expectWholeNames("It was rated by Moody's and Standard and Poor's.", ["Standard and Poor's"], ['Standard', "Poor's"]);
    // A word the article also writes alone names someone of its own; a pair no table holds stays two names.
    expectWholeNames('Coopers and Lybrand advised. Lybrand said it was paid.', ['Coopers', 'Lybrand'], ['Coopers and Lybrand']);
    // A capitalised word before a comma opens no list: "Meanwhile, Coopers and Lybrand said".
    expectWholeNames('Meanwhile, Coopers and Lybrand said it was paid.', ['Coopers and Lybrand'], ['Coopers', 'Lybrand']);
    // The last two names of a list written with commas are the list's.
    expect(names('The fund hired Brant Vellacott, Orme Tassel, Coopers and Lybrand.')).not.toHaveProperty(['Coopers and Lybrand']);
    expectWholeNames('Vellmarsh and Orlinby advised the board.', ['Vellmarsh', 'Orlinby'], ['Vellmarsh and Orlinby']);
    // The last two of a list written with commas are not the pair's name.
    expect(names('It hired Vellmarsh, Coopers and Lybrand.')).not.toHaveProperty(['Coopers and Lybrand']);
  });

  it('keeps a run whole where the tagger would part off a lone word news writes in lower case', () => {
    expectWholeNames('Doctors at Mount Orvane Medical Center said the drug worked. The firm is based in Salt Lake City, Utah.',
      ['Mount Orvane Medical Center', 'Salt Lake City'], ['Mount', 'Salt', 'Lake City', 'Orvane Medical Center']);
  });

  it('reads a lone word after a firm named with it and its legal form as that firm, unless a list names it a place', () => {
    const found = names('Orvel Ltd agreed to sell its stake in Canvora Foods Ltd to Macluan Capital Corp.\n\nOrvel said Macluan made no offer for its stake in Canvora before the deadline.');
    expect(found['Canvora']).toBe('organization>Canvora Foods Ltd');
    // Its leading words too; opened by a first name only where the article writes them no person's way (session 42,
    // ent77): "John Verlan" after "John Verlan Ltd" is the founder where "Mr Verlan" or a title names him.
    const words = names('Silicon Orvane Systems Corp said it will sell shares.\n\nSilicon Orvane said the sale would close in July. John Verlan Ltd agreed.\n\nJohn Verlan said so.');
    expect(words['Silicon Orvane']).toMatch(/>Silicon Orvane Systems Corp$/);
    expect(words['John Verlan']).toBe('organization>John Verlan Ltd');
    const founder = names('John Verlan Ltd agreed to sell shares.\n\nJohn Verlan said so. Mr Verlan founded the firm in 1950.');
    expect(founder['John Verlan']).toBe('person');
    // A listed city that opens a firm's name stays the place ("Houston Industries Inc", then "Houston").
    const place = names('Houston Industries Inc said it would build a plant.\n\nThe plant is near Houston, it said.');
    expect(place['Houston']).toBe('place');
  });

  it('reads a body after a title and "of" as the name, where a word a portfolio takes opens the body\'s name', () => {
    expectWholeNames('"We will compete," said Ivo Stutz, Executive Vice President of Home Vellish Savings and Loan Association, in June.',
      ['Ivo Stutz', 'Home Vellish Savings and Loan Association'], ['Executive Vice President of Home Vellish Savings and Loan Association', 'Vellish Savings and Loan Association']);
    // A portfolio with a person's name after it stays a title: "Minister of State for Trade Ann Crane".
    expectWholeNames('Minister of State for Trade Ann Vellan spoke.', ['Ann Vellan'], ['Trade Ann Vellan']);
  });

  it('reads "a Missouri Democrat" as the state a party member sits for, and keeps a party named so whole', () => {
    const found = names('Rep. Ivo Vellan, a Missouri Democrat, agreed. Senator Ann Orsk, a New York Republican, spoke. The Vellish Liberal Democrats won.');
    expect(found).toMatchObject({ Missouri: 'place', 'New York': 'place', 'Ivo Vellan': 'person' });
    for (const glued of ['Missouri Democrat', 'New York Republican']) expect(found).not.toHaveProperty([glued]);
    expect(found).toHaveProperty(['Vellish Liberal Democrats']);
  });

  it('reads a body\'s possessive as owning the name after it, not as part of one name', () => {
    const found = names('He saw the Orlin National Party\'s Vellan on Monday. The Vellish Workers Party\'s Orlin Plan failed.');
    expect(found).toHaveProperty(['Orlin National Party']);
    expect(found).toHaveProperty(['Vellish Workers Party']);
    for (const glued of ["Orlin National Party's Vellan", "Vellish Workers Party's Orlin Plan"]) expect(found).not.toHaveProperty([glued]);
  });

  it("reads a possessive before a person's full name as owning him, and the owner's reading as typing neither name", () => {
    const found = names("The Office's Ricky Vellmore won the award.");
    expect(found['Ricky Vellmore']).toBe('person');
    expect(found).not.toHaveProperty(["Office's Ricky Vellmore"]);
    // The tagger reads "Microsoft's Zintrax" as one firm; the rules part the firm from what it owns, and the firm's
    // reading types only the firm.
    expect(names("Microsoft's Zintrax is the most used program on office computers.")).toMatchObject({ Microsoft: 'organization', Zintrax: 'other' });
  });

  it('reads "Speaker" as a title before a person\'s name', () => {
    const found = names('House Speaker Tom Vellmore said the bill would pass. Deputy Speaker Sylvia Harrowgate agreed.');
    expect(found).toMatchObject({ 'Tom Vellmore': 'person', 'Sylvia Harrowgate': 'person' });
    for (const glued of ['House Speaker Tom Vellmore', 'Deputy Speaker Sylvia Harrowgate']) expect(found).not.toHaveProperty([glued]);
  });

  it("ends a firm's name at its legal form before a country's initials", () => {
    const found = names('Orvex Industries Inc U.S. unit said it would cut jobs, and Vellmark Cars Ltd U.K. sales rose.');
    expect(found).toMatchObject({ 'Orvex Industries Inc': 'organization', 'Vellmark Cars Ltd': 'organization' });
    expect(found).toHaveProperty(['U.S.']);
    for (const glued of ['Orvex Industries Inc U.S.', 'Vellmark Cars Ltd U.K.']) expect(found).not.toHaveProperty([glued]);
  });

  it('reads a country the shipped list names with its "and" as one place, and two countries as two', () => {
    const found = names('The team from Antigua and Barbuda won. Flights to Svalbard and Jan Mayen stopped. Italy and France agreed.');
    expect(found).toMatchObject({ 'Antigua and Barbuda': 'place', Italy: 'place', France: 'place' });
    expect(found).toHaveProperty(['Svalbard and Jan Mayen']);
    for (const cut of ['Antigua', 'Barbuda', 'Svalbard', 'Jan Mayen']) expect(found).not.toHaveProperty([cut]);
  });

  it('reads a firm named after its partners whole where words of its trade stand before its legal form', () => {
    const found = names('Shares of Vellan and Orsk Drilling Supplies Inc rose. Grelle and Rowan Publishers Inc said its board met.');
    expect(found).toMatchObject({ 'Vellan and Orsk Drilling Supplies Inc': 'organization', 'Grelle and Rowan Publishers Inc': 'organization' });
    for (const cut of ['Vellan', 'Orsk Drilling Supplies Inc', 'Rowan Publishers Inc']) expect(found).not.toHaveProperty([cut]);
    // Only capitalised words: "Vellan and Orsk and Co" is Vellan and the firm Orsk and Co.
    expect(names('The SEC barred Vellan and Orsk and Co from paying.')).toHaveProperty(['Orsk and Co']);
  });

  it('reads a firm named after its partners whole across its commas and its "and", and a list of firms as a list', () => {
    const found = names(
      'The issue was managed by Harlow, Vickery and Co Inc. and by Dunmore Brandt, Pellow Quist and Co, dealers said. ' +
        'The bank hired Tolland, Brisk, Fennick and Smale Inc for the sale. Shares of Quorne and Blathe Corp rose. ' +
        'Microsoft and Apple Inc were not involved, nor was Orvex Corp, Ladd and Pimm Corp and Zanetti AG.',
    );
    expect(found['Harlow, Vickery and Co Inc.']).toBe('organization');
    expect(found['Dunmore Brandt, Pellow Quist and Co']).toBe('organization');
    expect(found['Tolland, Brisk, Fennick and Smale Inc']).toBe('organization');
    expect(found['Quorne and Blathe Corp']).toBe('organization');
    // Known firms stay apart, and a legal form ends one firm of a list.
    expect(found['Microsoft']).toBeDefined();
    expect(found['Orvex Corp']).toBe('organization');
    expect(found['Ladd and Pimm Corp']).toBe('organization');
    for (const junk of ['Harlow', 'Vickery and Co Inc.', 'Smale Inc', 'Blathe Corp', 'Microsoft and Apple Inc', 'Orvex Corp, Ladd and Pimm Corp']) expect(found).not.toHaveProperty(junk);
  });

  it('joins a firm named after its trades across "and", not two firms of their own', () => {
    const found = names(
      'American Telephone and Telegraph Co cut prices. Shares of Vermont Drilling and Refining Co rose, as did Farrow Trust and Savings Bank. ' +
        'Dominion Securities and Wood Gundy Inc and Morgan Stanley International and Svenska Handelsbanken PLC arranged it. Halvard Oil and Exxon Corp agreed.',
    );
    expect(found['American Telephone and Telegraph Co']).toBe('organization');
    expect(found['Vermont Drilling and Refining Co']).toBe('organization');
    expect(found['Farrow Trust and Savings Bank']).toBe('organization');
    expect(found['Wood Gundy Inc']).toBe('organization');
    expect(found['Svenska Handelsbanken PLC']).toBe('organization');
    expect(found['Exxon Corp']).toBe('organization');
    for (const glued of ['Dominion Securities and Wood Gundy Inc', 'Morgan Stanley International and Svenska Handelsbanken PLC', 'Halvard Oil and Exxon Corp']) expect(found).not.toHaveProperty(glued);
  });

  it('joins a firm named after its regions across "and" (two proper adjectives before its trade), not places of their own', () => {
    expectWholeNames('The Great Atlantic and Pacific Grocery Co said it agreed to buy Zorbix Stores.', ['Great Atlantic and Pacific Grocery Co'], ['Great Atlantic', 'Pacific Grocery Co']);
    expectWholeNames('Zorbia and Texas Instruments Inc signed the accord.', ['Texas Instruments Inc'], ['Zorbia and Texas Instruments Inc']);
  });

  it('keeps the \'s of a shop named after its founder before its legal form, not a parent\'s possessive', () => {
    const found = names("Shares of Gretel's Stores Inc rose. Britain's National Westminster Bank PLC and Ford's Jaguar Cars Ltd lent. Tormey's Corp said so.");
    expect(found["Gretel's Stores Inc"]).toBe('organization');
    expect(found["Tormey's Corp"]).toBe('organization');
    expect(found['National Westminster Bank PLC']).toBe('organization');
    expect(found['Jaguar Cars Ltd']).toBe('organization');
    for (const junk of ["Britain's National Westminster Bank PLC", "Ford's Jaguar Cars Ltd", "'s Corp", 'Stores Inc']) expect(found).not.toHaveProperty(junk);
  });

  it('reads a limited partnership\'s "L.P." and "Cos" as legal forms, and keeps a particle inside a firm\'s name', () => {
    const found = names('Hallam Associates L.P. said it holds a stake. Pettigrew Cos said so. E.J. du Marnay de Lusse and Co said it would sell the unit.');
    expect(found['Hallam Associates L.P.']).toBe('organization');
    expect(found['Pettigrew Cos']).toBe('organization');
    expect(found['E.J. du Marnay de Lusse and Co']).toBe('organization');
  });

  it('ends a firm at its legal form\'s period before the next sentence, and joins letters across "and"', () => {
    const found = names(
      'Quill Carbide Corp is raising 350 mln dlrs, said sole underwriter Kessel Harrow Lambert Inc. The debentures are convertible. ' +
        'K and K Pretzel Foods Corp said it filed. Shares of Biosent Corp rose after a pact with Del Mar Gyronics. ' +
        'BSA Secretary-General Mark Wexley said so. Talks between the US and UK ended.',
    );
    expect(found['Kessel Harrow Lambert Inc.']).toBeDefined();
    expect(found['K and K Pretzel Foods Corp']).toBe('organization');
    expect(found['Del Mar Gyronics']).toBeDefined();
    expect(found['Mark Wexley']).toBe('person');
    for (const junk of ['Kessel Harrow Lambert Inc. The', 'Pretzel Foods Corp', 'K', 'Gyronics', 'Del', 'BSA Secretary-General Mark Wexley', 'US and UK']) expect(found).not.toHaveProperty(junk);
  });

  it('keeps a regnal number and a capitalised number with their names, and opens none with a prefixed ordinary word or a month', () => {
    const found = names(
      'She starred in a staging of Marlowe\'s Edmund III. Ireland kept their Nine Counties Shield hopes. ' +
        'Ex-health secretary Alan Vickery spoke, as did the Coalition of Non-governmental Trusts. Three London markets merged. ' +
        'Last June Harwick was banned for two months.',
    );
    expect(found['Harwick']).toBe('person');
    expect(found['Edmund III']).toBe('person');
    expect(found['Nine Counties Shield']).toBeDefined();
    expect(found['Alan Vickery']).toBe('person');
    expect(found['Coalition of Non-governmental Trusts']).toBeDefined();
    for (const cut of ['III', 'Counties Shield', 'Ex-health', 'Three London', 'June Harwick']) expect(found).not.toHaveProperty(cut);
  });

  it('takes no people\'s adjective the tagger alone reads as a name, but a country compromise reads as a people', () => {
    const found = names('Most jobs in the Tarvish islands, in the Indian ocean, depend on tourism. Exports to the Philippines rose.');
    expect(found['Philippines']).toBe('place');
    expect(found).not.toHaveProperty('Indian');
  });

  it('joins a name across "&" as firms write their partners, and keeps two people\'s full names two', () => {
    const found = names('Shares in Pellow & Quist rose, and Harrow Oil & Natural Gas Corp gained. The comedians Tom Vantrell & David Orme won.');
    expect(found['Pellow & Quist']).toBe('organization');
    expect(found['Harrow Oil & Natural Gas Corp']).toBe('organization');
    expect(found['Tom Vantrell']).toBe('person');
    expect(found['David Orme']).toBe('person');
    for (const cut of ['Pellow', 'Quist', 'Natural Gas Corp', 'Tom Vantrell & David Orme']) expect(found).not.toHaveProperty(cut);
  });

  it('ends a firm at "Inc" or "Ltd" before "of" and a place, and a titled person before "of" and a firm', () => {
    const found = names('Shares went to Kestrel Securities Co Ltd of Japan and Lumen Signs Inc of Los Angeles. Power Corp of Canada said so. Analyst Theodore Vantrell of Shearson said it.');
    expect(found['Kestrel Securities Co Ltd']).toBe('organization');
    expect(found['Lumen Signs Inc']).toBe('organization');
    expect(found['Power Corp of Canada']).toBe('organization');
    expect(found['Theodore Vantrell']).toBe('person');
    for (const glued of ['Kestrel Securities Co Ltd of Japan', 'Lumen Signs Inc of Los Angeles', 'Theodore Vantrell of Shearson']) expect(found).not.toHaveProperty(glued);
  });

  it('parts a name from "of" and the country or city after it where no head noun or title stands before "of"', () => {
    const found = names('Orlin Motors is controlled by Vorlaine of France. Funds came from Cassa Di Risparmio Di Varenna of New York. The Bank of Canada and the Duke of Edinburgh met them.');
    expect(found['Vorlaine']).toBe('organization');
    expect(found['France']).toBe('place');
    expect(found['Cassa Di Risparmio Di Varenna']).toBeDefined();
    expect(found['New York']).toBe('place');
    expect(found['Bank of Canada']).toBe('organization');
    expect(found).toHaveProperty(['Duke of Edinburgh']);
    for (const glued of ['Vorlaine of France', 'Cassa Di Risparmio Di Varenna of New York', 'Duke']) expect(found).not.toHaveProperty(glued);
    // A place only where all the words after "of" are one ("America Securities" is no place); a compass point of a place is a region.
    const whole = names('Shares were sold by Zellco of America Securities and the West of England office.');
    expect(whole).toHaveProperty(['Zellco of America Securities']);
    expect(whole).toHaveProperty(['West of England']);
    expect(whole).not.toHaveProperty(['America Securities']);
  });

  it('keeps an island\'s and a building\'s name whole before "of" and a place', () => {
    const found = names('Ferries to the Isle of Denver were cancelled. The Palace of Lisbon was shut.');
    expect(found).toHaveProperty(['Isle of Denver']);
    expect(found).toHaveProperty(['Palace of Lisbon']);
    for (const cut of ['Isle', 'Denver']) expect(found).not.toHaveProperty([cut]);
    // A titled person's surname before "of" and his state stays a person and a place.
    const titled = names('Senator Vellan of Ohio said the bill would fail.');
    expect(titled['Vellan']).toBe('person');
    expect(titled['Ohio']).toBe('place');
  });

  it('keeps a run that ends in a legal form one firm where the tagger reads a place and a person in it', () => {
    const found = names('Last year Osaka Kokan KK sold two tankers to a buyer from Varenna.');
    expect(found['Osaka Kokan KK']).toBe('organization');
    for (const cut of ['Osaka', 'Kokan KK']) expect(found).not.toHaveProperty([cut]);
  });

  it('joins a firm named after its trades where a trade is a body\'s head word news writes capitalised', () => {
    const found = names("Most of the chips came from Zamora Telephone and Telegraph Co's new unit, and loans from Vellin Bank and Trust Co.");
    expect(found['Zamora Telephone and Telegraph Co']).toBe('organization');
    expect(found).toHaveProperty(['Vellin Bank and Trust Co.']);
    for (const cut of ['Zamora Telephone', 'Telegraph Co', 'Vellin Bank', 'Trust Co.']) expect(found).not.toHaveProperty(cut);
  });

  it('opens a name with a capitalised ordinal inside a sentence, not at its start', () => {
    const found = names('Debt of the Third Cluster nations rose, analysts at First Harlow Corp said. First Harlow said so.');
    expect(Object.keys(found)).toContain('Third Cluster');
    expect(found['First Harlow Corp']).toBe('organization');
    expect(Object.keys(found)).not.toContain('Cluster');
    expect(Object.keys(found)).not.toContain('First Harlow');
  });

  it('joins the leading words of the one firm named in full before them, read as a place or a person, unless written as one (session 42, ent77)', () => {
    // A listed place's name and a name opened by a first name: the article's firm, once named with its legal form.
    const dome = names('Dorvale Petroleum Ltd said it would sell assets.\n\nHouston Industries Inc said it may bid. Analysts said Houston would pay more than Dorvale asked.');
    expect(dome['Houston']).toBe('organization>Houston Industries Inc');
    const founder = names('Tony Orlama Co Inc said profits rose.\n\nTony Orlama said sales of boots were up.');
    expect(founder['Tony Orlama']).toBe('organization>Tony Orlama Co Inc');
    // A dateline's city stays the city; the news's mentions are the firm's.
    const x = extractArticle(article('KENTWELL, Ohio, March 16 - Kentwell Toys Inc said it signed an agreement.\n\nKentwell said it will receive a share of profits.'));
    const kent = x.entities.filter((m) => m.text === 'Kentwell').map((m) => m.canonical);
    expect(kent).toEqual(['Kentwell', 'Kentwell Toys Inc']);
    // Written as a place ("near Houston"), or a country: apart.
    expect(names('Houston Industries Inc said it would build a plant.\n\nThe plant is near Houston, it said.')['Houston']).toBe('place');
    expect(names('Japan Synthetic Rubber Co Ltd said exports rose.\n\nJapan raised its rates.')['Japan']).toBe('place');
    // Of two firms opening with the words, the one the article names first, not the longest: its units come after.
    expect(names('Ashland Oil Inc said its Ashland Petroleum Co unit lost money.\n\nAshland said results would improve.')['Ashland']).toBe('organization>Ashland Oil Inc');
    expect(names('Texaco Capital Inc sold notes.\n\nTexaco Inc guaranteed them. Texaco said so.')['Texaco']).toBe('organization>Texaco Inc');
  });

  it('cuts a possessive\'s "s" from a name the tokens kept it on, where the article writes the name without it or its last word ends a body\'s name (session 42, ent77)', () => {
    const board = names('Regulators will accept the Chicago Board of Trade\'s, CBT, proposal to trade at night.');
    expect(board).toHaveProperty(['Chicago Board of Trade']);
    expect(board).not.toHaveProperty(['Chicago Board of Trade\'s']);
    const firm = names('Texaco said it would appeal. Texaco has assets. The court cut Texaco\'s.');
    expect(Object.keys(firm)).toEqual(['Texaco']);
    // A firm named for its founder keeps its "s": the article never writes the name without it.
    expect(names('Shares of Harrowby\'s rose. Harrowby\'s said sales were up. Analysts like Harrowby\'s.')['Harrowby']).toBe('organization>Harrowby\'s');
  });

  it('joins a firm\'s short form to its full name written before it, and only an organisation\'s', () => {
    const found = names('Deposits of the failed Harlow National Bank of Tilden were assumed by Vellor Corp. Harlow National had assets of 8 mln dlrs. The Muslim Council of Britain said Muslim leaders agreed.');
    expect(found['Harlow National']).toBe('organization>Harlow National Bank of Tilden');
    expect(found['Muslim']).not.toMatch(/>/);
  });

  it('keeps a surname\'s particle after a title, and joins the bare surname to it', () => {
    const found = names('Mr van Dorrestijn met Dr de Villanor in Brussels. Later, Dorrestijn said de Villanor agreed.');
    expect(found['van Dorrestijn']).toBe('person');
    expect(found['de Villanor']).toBe('person');
    expect(found['Dorrestijn']).toBe('person>van Dorrestijn');
    expect(found['Villanor']).toBe('person>de Villanor');
  });

  it('leaves out a sentence\'s first word that news writes in lower case, unless the article writes it so inside too', () => {
    expect(Object.keys(names('Actor Marlo Quint arrived late. Quint said nothing.'))).toContain('Marlo Quint');
    expect(Object.keys(names('Comedy Tall Stories opened in June.'))).toContain('Tall Stories');
    const both = names('Global Telcoms Partners fell. Investors in Global Telcoms Partners sold.');
    expect(Object.keys(both)).toContain('Global Telcoms Partners');
    expect(Object.keys(both)).not.toContain('Telcoms Partners');
  });

  it('reads a sentence in capitals inside a paragraph with the tagger alone, not as one long name', () => {
    const found = names("Quint spoke first. NORVANIA'S HARBOUR AUTHORITY SAID TRAFFIC RESUMED. Ships moved.");
    expect(Object.keys(found).filter((n) => n.split(' ').length > 3)).toEqual([]);
  });

  it('reads a one-word name before "minority" or after "ethnic" as a people, not a person or a company', () => {
    const found = names('Police detained members of the ethnic Zarvani community. Zarvani minorities say they are watched.');
    expect(found.Zarvani).toBe('other');
  });

  it('ends a company name at its legal form: "Orvane Inc. Petra Lind" is a company and a person', () => {
    const found = names('In 1998, Orvane Inc. Petra Lind founded the lab. Kestrel Co. Ltd. said nothing.');
    expect(found['Orvane Inc.']).toBe('organization');
    expect(found['Petra Lind']).toBe('person');
    expect(found['Kestrel Co. Ltd.']).toBe('organization');
  });

  it('keeps the particles of a name: "von der", "van den", "bin", "al-"', () => {
    const found = names(
      'Commission President Margit von der Haalen met Karim Nasser al-Dabbagh in Vaduz. ' +
        'The Dutch envoy Joost van den Brekel and Sheikh Rashid bin Hamdan Al Qasimi also attended. Al-Dabbagh said little.',
    );
    expect(found['Margit von der Haalen']).toBe('person');
    expect(found['Karim Nasser al-Dabbagh']).toBe('person');
    expect(found['Joost van den Brekel']).toBe('person');
    for (const part of ['Margit', 'Haalen', 'Karim Nasser', 'Joost', 'Brekel']) expect(found).not.toHaveProperty(part);
  });

  it('never reads the month May as a name, but keeps Theresa May', () => {
    const found = names('Theresa May spoke in May. The vote was held on May 3.');
    expect(found).toEqual({ 'Theresa May': 'person' });
  });

  it('joins a bracketed acronym to its expansion', () => {
    const found = names('The Association for Assistance of Political Prisoners (AAPP) counted the dead. AAPP said more died.');
    expect(found['AAPP']).toMatch(/>Association for Assistance of Political Prisoners$/);
  });

  it('joins a bracketed short form cut from the openings of its words', () => {
    const found = names('The Zorbian Options and Futures Exchange (Zofex) opened on Monday. Zofex said trading was brisk.');
    expect(found['Zofex']).toMatch(/>Zorbian Options and Futures Exchange$/);
  });

  it('joins a bracketed acronym cut from its words\' openings, and one past the country word that opens the name', () => {
    const found = names('The International Cocoa Organization (ICCO) met on Monday. ICCO said stocks rose. The British Civil Zorbia Authority (CZA) said it agreed. CZA said so.');
    expect(found['ICCO']).toMatch(/>International Cocoa Organization$/);
    expect(found['CZA']).toMatch(/>British Civil Zorbia Authority$/);
    expect(bracketedShortFor('FAO', 'U.N. Food and Agriculture Organisation')).toBe(true);
    // A city says whose too (session 49, words.ts `whoseCountry`: one reading with span-edges.ts `namesWhoseBody`).
    expect([bracketedShortFor('FIR', 'Athens Flight Information Region'), bracketedShortFor('UAF', 'Swansea Unite Against Fascism')]).toEqual([true, true]);
    // Letters that fit no word openings, a first word that is no place's or people's, a plural and one letter join nothing.
    expect([bracketedShortFor('SEK', 'Swedish Export Credit'), bracketedShortFor('FIR', 'Zorbix Flight Information Region'), bracketedShortFor('IMF', 'World Bank and International Monetary Fund'), bracketedShortFor('Ecus', 'European Currency Units'), bracketedShortFor('C', 'Quanta Corp')]).toEqual([false, false, false, false, false]);
  });

  it('joins capitals drawn from inside the name\'s words in round brackets only, not a ticker in angle brackets', () => {
    expect(names('Zorvath Metals Co (ZOMC) said it sold a unit. ZOMC said so.')['ZOMC']).toBe('organization>Zorvath Metals Co');
    expect(names('Zorvath Metals Co <ZOMC> said it sold a unit. ZOMC said so.')['ZOMC']).toBe('organization');
  });

  it('gives a short form only the wider bracketed forms join the name\'s type, and reads no plural\'s s as a capital', () => {
    // Exact initials pool their evidence with the name's ("ZDW" read as a body); capitals drawn from inside words do not.
    const found = names('The Zorvan Drone Wireless (ZODW) system sends data. ZODW said it was fast.');
    expect(found['ZODW']).toBe(`${found['Zorvan Drone Wireless']}>Zorvan Drone Wireless`);
    expect([bracketedShortFor('ECUS', 'European Currency Units'), bracketedShortFor('ICCO', 'International Cocoa Organization')]).toEqual([false, true]);
  });

  it('joins an acronym written alone to a name past the country word that opens it, three letters or more', () => {
    expect(names('The U.S. Interstate Commerce Commission rejected the merger on Monday. The ICC said competition would fall.')['ICC']).toBe('organization>U.S. Interstate Commerce Commission');
    expect(names('American Express Co said its profit rose. The EC said farm prices fell.')['EC']).toBe('organization');
  });

  it('reports offsets that point at the name as written', () => {
    const text = 'Embassy spokesperson Liu Pengyu said SenseTime’s shares fell.';
    const x = extractArticle(article(text));
    for (const m of x.entities) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(x.entities.map((m) => m.text)).toEqual(['Liu Pengyu', 'SenseTime']);
  });
});

describe('dates with a past bias', () => {
  it('reads weekdays and yearless dates as the last such day before a Tuesday article', () => {
    const found = resolveDatesIn('Sanctions were imposed on Friday; on Saturday it replied. The coup was on February 1, and killings rose in April.', '2021-12-14');
    expect(found.map((d) => [d.text, d.value, d.precision])).toEqual([
      ['on Friday', '2021-12-10', 'day'],
      ['on Saturday', '2021-12-11', 'day'],
      ['February 1', '2021-02-01', 'day'],
      ['April', '2021-04', 'month'],
    ]);
  });
  it('keeps explicit future and absolute dates, and leaves vague ones undated', () => {
    const found = resolveDatesIn('He will visit on Monday. They met on 3 March 2019. In recent years prices rose. Earlier this week talks began.', '2021-12-14');
    expect(found.map((d) => d.value)).toEqual(['2021-12-20', '2019-03-03']);
  });
  it('without an article date, resolves only absolute dates', () => {
    expect(resolveDatesIn('On Friday, and on 3 March 2019.', null).map((d) => d.value)).toEqual(['2019-03-03']);
  });
  it('tells a story from its dateline\'s day when the wire stamped it a day earlier or later', () => {
    const lede = (day: string, text: string) => extractArticle(article(text, day)).events.find((e) => e.lede);
    // Sent on the wire's evening of 1 March, filed in the bureau's 2 March: the news is of the 2nd.
    expect(lede('2026-03-01', 'VELMORA, March 2 - Quanta Bank offered 300 mln crowns of treasury bills at its weekly tender, a Quanta Bank spokesman said.')?.date).toBe('2026-03-02');
    // "yesterday" counts from the bureau's day too.
    expect(lede('2026-03-01', 'VELMORA, March 2 - Zorbix Corp said it acquired Quanta Ltd yesterday.')?.date).toBe('2026-03-01');
    // The same day, or a dateline too far from the header to be the same filing, changes nothing.
    expect(lede('2026-03-01', 'VELMORA, March 1 - Quanta Bank offered 300 mln crowns of bills, a Quanta Bank spokesman said.')?.date).toBe('2026-03-01');
    expect(lede('2026-03-09', 'VELMORA, March 2 - Quanta Bank offered 300 mln crowns of bills, a Quanta Bank spokesman said.')?.date).toBe('2026-03-09');
    // Across New Year's Eve.
    expect(lede('2026-12-31', 'VELMORA, Jan 1 - Quanta Bank offered 300 mln crowns of bills, a Quanta Bank spokesman said.')?.date).toBe('2027-01-01');
  });
});

describe('event mentions', () => {
  it('finds the trigger and type', () => {
    expect(findTrigger('The military overthrew the government')?.type).toBe('coup');
    expect(findTrigger('The Treasury on Friday added the firm to a list of banned companies')?.type).toBe('sanction');
    // Reported speech is a statement by its speaker (the word "sanctions" alone is no sanction event).
    expect(findTrigger('Officials said the sanctions would hurt relations')?.type).toBe('statement');
    expect(findTrigger('The sanctions list is long')).toBeNull();
  });
  it('gives participants roles and the sentence date', () => {
    const x = extractArticle(article('Northwind Logistics on Friday sued Harbour Holdings in Lisbon.'));
    const [ev] = x.events;
    expect(ev).toMatchObject({ type: 'legal', date: '2021-12-10', precision: 'day' });
    const roles = Object.fromEntries(ev!.participants.map((p) => [x.entities[p.mention]!.text, p.role]));
    expect(roles).toEqual({ 'Northwind Logistics': 'actor', 'Harbour Holdings': 'target', Lisbon: 'place' });
  });
  it('takes no participant for the office a paper was filed with', () => {
    const x = extractArticle(article('Zorbix Corp said in a filing with the Quanta Exchange Commission that it bought 600,000 shares of Miro Inc.', null));
    expect(x.events[0]?.participants.map((p) => x.entities[p.mention]!.text)).toEqual(['Zorbix Corp', 'Miro Inc.']);
    const y = extractArticle(article('Ann Lee said she bought 9.8 pct of Miro Inc, according to papers registered with the Quanta Exchange Commission.', null));
    expect(y.events[0]?.participants.map((p) => y.entities[p.mention]!.text)).toEqual(['Ann Lee', 'Miro Inc']);
  });
  it('takes no participant from a list of names inside an apposition', () => {
    const x = extractArticle(article('Zorbix bought 18.8% of Quanta, the global winemaker behind the Velmora, Arbeck and Tolland brands, for 4.17 dollars per share.', null));
    expect(x.events[0]?.participants.map((p) => x.entities[p.mention]!.text)).toEqual(['Zorbix', 'Quanta']);
  });
  it('dates a lede\'s weekly figure by its week\'s end, though the report comes weeks later', () => {
    const x = extractArticle({ ...article('VELMORA, Feb 26 - Sugar imports subject to the Zorbian quota during the week ended January 9 totaled 5,988 short tons versus 46,254 tons the previous week, the Zorbian Agriculture Department said.', '2026-02-26'), title: 'ZORBIAN SUGAR IMPORTS DOWN IN WEEK' });
    expect(x.events.find((e) => e.lede)?.date).toBe('2026-01-09');
  });
  it('takes no place that locates a company\'s part as where the happening was', () => {
    const x = extractArticle(article('Quanta Corp said it is seeking to sell its Zorbix Instrument Corp subsidiary in Velmora, Ohio, to reduce its debt.', null));
    expect(x.events[0]?.participants.map((p) => x.entities[p.mention]!.text)).not.toContain('Velmora');
  });
  it('does not date a happening by the year of what it shows', () => {
    const x = extractArticle(article('Zorbia lifted a bank limit.\n\nQuanta released growth figures showing Zorbia\'s economy expanded 7.1% in 2004.', null));
    expect(x.events.find((e) => e.trigger === 'released')?.date).toBeNull();
  });
  it('takes no participant from a wire table\'s row label or a dateline with a mistyped month', () => {
    const who = (text: string) => {
      const x = extractArticle(article(text, '2026-03-02'));
      return x.events.flatMap((e) => e.participants.map((p) => x.entities[p.mention]!.text));
    };
    expect(who('VELMORA, Calif., March 2 - Semi div 13 cts vs 18 cts prior')).toEqual([]);
    expect(who('VELMORA, March 2 - Oper shr loss two cts vs loss 13 cts')).toEqual([]);
    // Capitalised abbreviations in the label, figures not available.
    expect(who('VELMORA, March 2 - Oper Shr loss 40 cts vs loss 10 cts')).toEqual([]);
    expect(who('VELMORA, March 2 - Shr N.A. vs N.A.')).toEqual([]);
    expect(who('VELMORA, March 2 - Parent Company net profit 12.8 mln francs vs 10.1 mln')).toEqual([]);
    expect(who('VELMORA, MArch 2 - Quanta Corp said it acquired Zorbix Ltd on Friday.')).toEqual(['Quanta Corp', 'Zorbix Ltd']);
    // A sentence with a verb before its figures names its subject.
    expect(who('VELMORA, March 2 - Quanta shares rose 13 cts vs 12 cts a year ago, Quanta Corp said.')).toContain('Quanta Corp');
  });

  it('ends no name the tagger reads on into "and" after a describing compound', () => {
    const found = names('The years when a Republican-controlled Senate and the backing of Democrats in the House helped Reagan.');
    expect(found).toHaveProperty(['Senate']);
    expect(Object.keys(found).filter((n) => / and$/.test(n))).toEqual([]);
  });
});
